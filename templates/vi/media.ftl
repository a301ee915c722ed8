# Tệp người báo tin gửi kèm, chuyển tới cán bộ đã nhận thông báo (core/media/forward.ts).
media-forward-alert = 📎 Tệp kèm cảnh báo { $receipt }
media-forward-report = 📎 Tệp kèm báo cáo { $receipt }
# Console: a file that could not be kept.
media-status-refused = không lưu: tệp quá lớn hoặc không đúng loại cho phép
media-status-failed = không tải được từ nền tảng
