# Tệp người báo tin gửi kèm, chuyển tới cán bộ đã nhận thông báo (core/media/forward.ts).
media-forward-alert = 📎 Tệp kèm cảnh báo { $receipt }
media-forward-report = 📎 Tệp kèm báo cáo { $receipt }
# Console: a file that could not be kept.
media-status-refused = không lưu: tệp quá lớn hoặc không đúng loại cho phép
media-status-failed = không tải được từ nền tảng
# Tệp Zalo không gửi trực tiếp được (ghi âm, video, tệp khác pdf/doc): đường dẫn riêng có hạn, hoặc mời xem trong trang quản trị.
media-link-alert = 📎 Cảnh báo { $receipt } có tệp kèm ({ $kind }) mà Zalo không gửi trực tiếp được. Đồng chí mở tệp tại:
    { $url }
    Đường dẫn dành riêng cho đồng chí, hết hạn sau { $hours } giờ; xin không chuyển cho người khác.
media-link-report = 📎 Báo cáo { $receipt } có tệp kèm ({ $kind }) mà Zalo không gửi trực tiếp được. Đồng chí mở tệp tại:
    { $url }
    Đường dẫn dành riêng cho đồng chí, hết hạn sau { $hours } giờ; xin không chuyển cho người khác.
media-console-alert = 📎 Cảnh báo { $receipt } có tệp kèm ({ $kind }) mà Zalo không gửi trực tiếp được. Đồng chí xem tệp trong trang quản trị trên máy tính (gõ /dangnhap để nhận đường vào), mục cảnh báo { $receipt }.
media-console-report = 📎 Báo cáo { $receipt } có tệp kèm ({ $kind }) mà Zalo không gửi trực tiếp được. Đồng chí xem tệp trong trang quản trị trên máy tính (gõ /dangnhap để nhận đường vào), mục báo cáo { $receipt }.
media-link-expired = Đường dẫn tới tệp đã hết hạn. Đồng chí xem tệp trong trang quản trị (gõ /dangnhap trong cuộc trò chuyện với bot để nhận đường vào).
media-link-invalid = Đường dẫn tới tệp không đúng hoặc đã bị sửa. Đồng chí xem tệp trong trang quản trị (gõ /dangnhap trong cuộc trò chuyện với bot).
