## Collaborator feature: main menu, status, help, shared answers and option labels.

ctv-menu-title = Kính chào đồng chí { $name }. Đồng chí muốn thực hiện việc gì?
ctv-menu-after = Đồng chí có thể tiếp tục với các chức năng dưới đây.
ctv-menu-periodic = 📋 Báo cáo định kỳ
ctv-menu-quick = ⚡ Báo cáo nhanh
ctv-menu-thematic = 📑 Báo cáo chuyên đề
ctv-menu-hotspot = 🚨 Báo tin điểm nóng
ctv-menu-status = 📬 Tình trạng đã gửi
ctv-menu-help = ❓ Hướng dẫn

ctv-help-baocao = lập báo cáo định kỳ tình hình tư tưởng, dư luận xã hội của kỳ này
ctv-help-nhanh = gửi báo cáo nhanh về một sự việc vừa phát sinh
ctv-help-chuyende = lập báo cáo chuyên đề về một chủ đề
ctv-help-diemnong = báo tin điểm nóng (chỉ vài bước)
ctv-help-trangthai = xem các báo cáo, tin báo đã gửi và tình trạng xử lý
ctv-help-menu = mở danh mục chức năng

ctv-status-title = 📬 TÌNH TRẠNG CÁC BÁO CÁO VÀ TIN BÁO ĐÃ GỬI
ctv-status-reports = Báo cáo gần đây:
ctv-status-no-reports = • Đồng chí chưa gửi báo cáo nào.
ctv-status-report-line = • { $receipt } — { $kind }, kỳ { $period } — { $status } (gửi ngày { $date })
ctv-status-hot-spots = Tin báo điểm nóng gần đây:
ctv-status-no-hot-spots = • Đồng chí chưa gửi tin báo điểm nóng nào.
ctv-status-hs-line = • { $receipt } — { $category }, mức { $severity } — { $status } ({ $date })
ctv-status-report-draft = Bản nháp
ctv-status-report-submitted = Đã gửi, chờ tiếp nhận
ctv-status-report-received = Đã được tiếp nhận
ctv-status-report-needs_more = Đề nghị bổ sung thông tin
ctv-status-report-synthesised = Đã được tổng hợp
ctv-status-hs-open = Mới tiếp nhận, chờ xử lý
ctv-status-hs-acknowledged = Cán bộ phụ trách đã nắm tình hình
ctv-status-hs-handling = Đang xử lý
ctv-status-hs-resolved = Đã xử lý xong
ctv-status-hs-false_alarm = Đã xác minh: không phải điểm nóng
ctv-status-hs-merged = Đã gộp với tin báo khác cùng sự việc

ctv-yes = Có
ctv-no = Không
ctv-skip = Bỏ qua
ctv-page-prev = ‹ Trang trước
ctv-page-next = Xem thêm ›

ctv-err-choose = Đồng chí vui lòng bấm một nút bên dưới hoặc gõ số thứ tự của lựa chọn (1, 2, …).
ctv-err-text-expected = Ở bước này cần trả lời bằng tin nhắn chữ. Đồng chí vui lòng nhập nội dung.
ctv-err-empty = Nội dung đang trống. Đồng chí vui lòng nhập nội dung trả lời.
ctv-err-too-long = Nội dung dài { $length } ký tự, vượt quá giới hạn { $max } ký tự. Đồng chí vui lòng rút gọn, hoặc chia bớt sang phần khác của báo cáo.

## Option labels: ctv-opt-<list>-<code>

ctv-opt-assessment-on_dinh = Ổn định
ctv-opt-assessment-co_ban_on_dinh = Cơ bản ổn định
ctv-opt-assessment-phuc_tap = Có diễn biến phức tạp

ctv-opt-mood-phan_khoi = Phấn khởi
ctv-opt-mood-tin_tuong = Tin tưởng
ctv-opt-mood-binh_thuong = Bình thường
ctv-opt-mood-lo_lang = Lo lắng
ctv-opt-mood-buc_xuc = Bức xúc
ctv-opt-mood-hoang_mang = Hoang mang

ctv-opt-stance-dong_tinh = Đồng tình
ctv-opt-stance-trai_chieu = Trái chiều
ctv-opt-stance-ban_khoan = Băn khoăn
ctv-opt-stance-de_xuat = Đề xuất
ctv-opt-stance-trung_lap = Trung lập

ctv-opt-prevalence-tuyet_dai_da_so = Tuyệt đại đa số
ctv-opt-prevalence-da_so = Đa số
ctv-opt-prevalence-so_dong = Số đông
ctv-opt-prevalence-nhieu_y_kien = Nhiều ý kiến
ctv-opt-prevalence-mot_bo_phan = Một bộ phận
ctv-opt-prevalence-mot_so = Một số
ctv-opt-prevalence-co_nguoi = Có người

ctv-opt-stratum-cong_nhan = Công nhân, người lao động
ctv-opt-stratum-nong_dan = Nông dân
ctv-opt-stratum-tri_thuc = Trí thức
ctv-opt-stratum-cbccvc = Cán bộ, công chức, viên chức
ctv-opt-stratum-huu_tri_ccb = Hưu trí, cựu chiến binh
ctv-opt-stratum-doanh_nhan = Doanh nhân, tiểu thương
ctv-opt-stratum-thanh_nien = Thanh niên, học sinh, sinh viên
ctv-opt-stratum-llvt = Lực lượng vũ trang
ctv-opt-stratum-ton_giao = Chức sắc, tín đồ tôn giáo
ctv-opt-stratum-dtts = Đồng bào dân tộc thiểu số
ctv-opt-stratum-nhan_dan = Nhân dân nói chung
ctv-opt-stratum-khac = Nhóm khác (tự nhập)

ctv-opt-scope-quoc_te = Quốc tế
ctv-opt-scope-trong_nuoc = Trong nước
ctv-opt-scope-trong_tinh = Trong tỉnh
ctv-opt-scope-dia_phuong = Địa phương, cơ sở

ctv-opt-spread-khu_dan_cu = Trong khu dân cư
ctv-opt-spread-xa = Trong xã, phường
ctv-opt-spread-tinh = Trong tỉnh
ctv-opt-spread-mang_xa_hoi = Trên mạng xã hội

ctv-opt-source-truc_tiep = Trực tiếp chứng kiến
ctv-opt-source-hoi_hop = Qua hội họp, sinh hoạt
ctv-opt-source-bao_chi = Báo chí
ctv-opt-source-mang_xa_hoi = Mạng xã hội
ctv-opt-source-nghe_lai = Nghe người khác kể lại

ctv-opt-reliability-da_kiem_chung = Đã kiểm chứng
ctv-opt-reliability-chua_kiem_chung = Chưa kiểm chứng
ctv-opt-reliability-tin_don = Tin đồn

ctv-opt-hscat-khieu_kien = Khiếu kiện đông người, vượt cấp
ctv-opt-hscat-dat_dai = Thu hồi đất, bồi thường, tái định cư
ctv-opt-hscat-tranh_chap_dat = Tranh chấp đất đai (tôn giáo, quốc phòng)
ctv-opt-hscat-ton_giao_dan_toc = Tôn giáo, dân tộc, tụ tập trái phép
ctv-opt-hscat-lao_dong = Đình công, tranh chấp lao động
ctv-opt-hscat-moi_truong = Sự cố, ô nhiễm môi trường
ctv-opt-hscat-bieu_tinh = Biểu tình, kích động gây rối
ctv-opt-hscat-cho_kinh_doanh = Chợ, kinh doanh, giải tỏa
ctv-opt-hscat-an_ninh_trat_tu = An ninh trật tự, tội phạm
ctv-opt-hscat-tin_don = Tin đồn, tin giả gây hoang mang
ctv-opt-hscat-thien_tai_dich_benh = Thiên tai, dịch bệnh
ctv-opt-hscat-khac = Loại khác

ctv-opt-severity-1 = 1 – Theo dõi
ctv-opt-severity-2 = 2 – Cảnh báo
ctv-opt-severity-3 = 3 – Khẩn
ctv-opt-severity-4 = 4 – Đặc biệt khẩn

ctv-opt-people-lt10 = Dưới 10 người
ctv-opt-people-10_50 = 10–50 người
ctv-opt-people-50_200 = 50–200 người
ctv-opt-people-gt200 = Trên 200 người
