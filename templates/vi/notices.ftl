## Report notices to officials (issue 13 §1) and their settings (/thongbao).

notices-report-head = 📨 { $kind } { $receipt } — { $unit }
notices-report-from = Người gửi: { $name }
notices-report-title = Sự việc: { $title }
notices-report-topic = Chủ đề: { $topic }
notices-report-scope = Phạm vi: { $scope }
notices-report-summary = Tóm tắt: { $summary }
notices-report-more-issues = (còn { $n } vấn đề khác — bấm «Xem»)
notices-btn-view = Xem
notices-btn-received = Tiếp nhận
notices-btn-more = Yêu cầu bổ sung
notices-btn-forward = Chuyển xử lý

notices-digest-head = 📋 Hôm nay nhận { $n } báo cáo:
notices-digest-head-kind = 📋 Hôm nay nhận { $n } { $kind }:
notices-digest-item = { $n }. { $receipt } — { $unit }, { $name }: { $title }
notices-digest-rest = … và { $n } báo cáo khác.
notices-digest-foot = Xem chi tiết: /xem <số biên nhận>; danh sách: /baocao_ds

notices-more-hint = Đồng chí gõ nội dung cần bổ sung theo mẫu: /bosung { $receipt } <nội dung cần bổ sung>. Người báo cáo sẽ nhận được yêu cầu.

notices-help = cách nhận thông báo về báo cáo được gửi lên (ngay / tóm tắt hằng ngày / tắt)
notices-settings-title = 🔔 Cách đồng chí nhận thông báo khi có báo cáo gửi về đơn vị:
notices-settings-line = • { $kind }: { $mode }
notices-settings-how = Đổi bằng các nút dưới đây, hoặc gõ ví dụ: /thongbao tomtat nhanh, /thongbao tat dinhky, /thongbao ngay (mọi loại).
notices-mode-now = báo ngay từng báo cáo
notices-mode-digest = tóm tắt một lần mỗi ngày
notices-mode-off = không nhận
notices-btn-set = { $kind }: { $mode }
notices-set-done = Đã lưu: { $kinds } — { $mode }.
notices-bad-args = Không hiểu "{ $arg }". Gõ /thongbao để xem cách dùng.
notices-officials-only = Thông báo báo cáo chỉ dành cho cán bộ.

## Báo cáo khẩn (issue 13 §1)
notices-urgent-head = 🚨 BÁO CÁO KHẨN — đề nghị đồng chí tiếp nhận ngay.
notices-urgent-escalated = 🚨 BÁO CÁO KHẨN chuyển lên từ { $from }: cấp dưới chưa tiếp nhận đúng hạn.
notices-urgent-reminder = 🚨 Nhắc lần { $n }: báo cáo khẩn này vẫn chưa được tiếp nhận.
notices-urgent-deadline = ⏱ Hạn tiếp nhận: { $time } (bấm "Tiếp nhận" hoặc "Yêu cầu bổ sung"; quá hạn sẽ chuyển lên cấp trên).
