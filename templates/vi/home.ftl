## Trang chủ: danh mục chức năng (/menu) và tình trạng đã gửi (/trangthai).

home-menu-title = Kính chào đồng chí { $name }. Đồng chí muốn thực hiện việc gì?
home-menu-after = Đồng chí có thể tiếp tục với các chức năng dưới đây.
home-menu-periodic = 📋 Báo cáo định kỳ
home-menu-quick = ⚡ Báo cáo nhanh
home-menu-thematic = 📑 Báo cáo chuyên đề
home-menu-hotspot = 🚨 Báo tin điểm nóng
home-menu-status = 📬 Tình trạng đã gửi
home-menu-help = ❓ Hướng dẫn
home-menu-alerts = 🔔 Cảnh báo
home-menu-guidance = 📣 Định hướng
home-menu-stats = 📊 Thống kê
home-menu-synthesis = 🗂 Tổng hợp

home-help-trangthai = xem các báo cáo, tin báo đã gửi và tình trạng xử lý
home-help-menu = mở danh mục chức năng

home-status-title = 📬 TÌNH TRẠNG CÁC BÁO CÁO VÀ TIN BÁO ĐÃ GỬI
home-status-reports = Báo cáo gần đây:
home-status-no-reports = • Đồng chí chưa gửi báo cáo nào.
home-status-report-line = • { $receipt } — { $kind }, kỳ { $period } — { $status } (gửi ngày { $date })
home-status-hot-spots = Tin báo điểm nóng gần đây:
home-status-no-hot-spots = • Đồng chí chưa gửi tin báo điểm nóng nào.
home-status-hs-line = • { $receipt } — { $category }, mức { $severity } — { $status } ({ $date })
home-status-report-draft = Bản nháp
home-status-report-submitted = Đã gửi, chờ tiếp nhận
home-status-report-received = Đã được tiếp nhận
home-status-report-needs_more = Đề nghị bổ sung thông tin
home-status-report-synthesised = Đã được tổng hợp
home-status-hs-open = Mới tiếp nhận, chờ xử lý
home-status-hs-acknowledged = Cán bộ phụ trách đã nắm tình hình
home-status-hs-handling = Đang xử lý
home-status-hs-resolved = Đã xử lý xong
home-status-hs-false_alarm = Đã xác minh: không phải điểm nóng
home-status-hs-merged = Đã gộp với tin báo khác cùng sự việc
