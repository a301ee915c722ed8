## Periodic, quick and thematic reports: questions, review screen, receipts.

reports-kind-periodic = Báo cáo định kỳ
reports-kind-quick = Báo cáo nhanh
reports-kind-thematic = Báo cáo chuyên đề

reports-intro-periodic = 📋 BÁO CÁO ĐỊNH KỲ — kỳ { $period }. Bản nháp được lưu sau mỗi câu trả lời: đồng chí có thể dừng lại và gõ /tieptuc để làm tiếp, hoặc /huy để hủy.
reports-intro-quick = ⚡ BÁO CÁO NHANH. Đồng chí trả lời lần lượt các câu hỏi; trước khi gửi sẽ được xem lại toàn bộ. Gõ /huy để hủy.
reports-intro-thematic = 📑 BÁO CÁO CHUYÊN ĐỀ. Bản nháp được lưu sau mỗi câu trả lời; gõ /tieptuc để làm tiếp, /huy để hủy.

reports-ask-assessment = I. Đánh giá chung tình hình tư tưởng trên địa bàn, lĩnh vực đồng chí theo dõi trong kỳ:
reports-ask-mood = Tâm trạng chủ đạo của nhân dân trong kỳ:
reports-ask-issues-any = II. Trong kỳ có vấn đề, sự kiện nào được dư luận quan tâm không?
reports-ask-topic-group = Vấn đề này thuộc nhóm chủ đề nào?
reports-ask-topic-group-thematic = Báo cáo chuyên đề về nhóm chủ đề nào?
reports-ask-topic = Chọn chủ đề cụ thể:
reports-topic-whole-group = Chung: { $group }
reports-topic-back = ‹ Chọn nhóm khác
reports-topic-nearest = Không có chủ đề nào tên đúng «{ $text }». Các chủ đề gần nhất là:
reports-topic-groups = ‹ Chọn theo nhóm chủ đề
reports-topic-none = Không tìm thấy chủ đề nào gần với «{ $text }». Đồng chí chọn nhóm chủ đề bằng các nút bên dưới.
reports-ask-report-title = Tên báo cáo chuyên đề (ngắn gọn):
reports-ask-title = Vấn đề { $n }: tên vấn đề, sự kiện (ngắn gọn, ví dụ "Giá xăng dầu tăng"):
reports-ask-title-quick = Tên sự việc (ngắn gọn, ví dụ "Tập trung đông người tại trụ sở UBND xã"):
reports-ask-scope = Phạm vi của vấn đề:
reports-ask-summary = Tóm tắt vấn đề, sự kiện:
reports-ask-summary-quick =
    Tóm tắt sự việc, nêu rõ:
    • Sự việc gì, diễn biến ra sao;
    • Ở đâu, khi nào;
    • Khoảng bao nhiêu người liên quan.
reports-ask-stance =
    Luồng ý kiến của dư luận: khuynh hướng của luồng ý kiến này là gì?
    (Đồng chí ghi nhận lần lượt từng luồng, kể cả ý kiến của số ít.)
reports-ask-prevalence = Mức độ phổ biến của luồng ý kiến này:
reports-ask-holder = Nhóm xã hội nào có ý kiến này?
reports-holder-choose = Đồng chí vui lòng chọn một nhóm trong danh sách (bấm nút hoặc gõ số thứ tự). Nếu không có nhóm phù hợp, chọn "Nhóm khác (tự nhập)".
reports-ask-holder-other = Đồng chí nhập tên nhóm xã hội (ví dụ: "tài xế xe công nghệ", "tiểu thương chợ Đông Ba"):
reports-ask-content =
    Nội dung ý kiến (diễn đạt lại ngắn gọn).
    ⚠️ Chỉ nêu theo nhóm người (ví dụ "nhiều tiểu thương cho rằng…"), không ghi họ tên hay thông tin nhận dạng người cụ thể.
reports-ask-more-streams = Đã ghi nhận { $n } luồng ý kiến. Còn luồng ý kiến nào khác (kể cả ý kiến trái chiều, ý kiến của số ít) không?
reports-add-stream = Thêm luồng ý kiến
reports-streams-done = Xong, tiếp tục
reports-ask-causes = Nguyên nhân của vấn đề (theo đánh giá của đồng chí):
reports-ask-forecast = Dự báo chiều hướng diễn biến của dư luận:
reports-ask-proposals = Kiến nghị, đề xuất đối với vấn đề này (nêu cơ quan cần xử lý nếu có):
reports-ask-proposals-quick = Đề xuất xử lý, định hướng ban đầu:
reports-ask-spread = Mức độ lan truyền của sự việc:
reports-ask-source = Đồng chí nắm được thông tin từ nguồn nào?
reports-ask-reliability = Độ tin cậy của thông tin:
reports-ask-more-issues = Đã ghi nhận { $n } vấn đề (mới nhất: "{ $title }"). Còn vấn đề, sự kiện nào khác không?
reports-add-issue = Thêm vấn đề khác
reports-no-more = Không, tiếp tục
reports-ask-rumours = III. Tin đồn, thông tin sai lệch, xấu độc xuất hiện trong kỳ (nếu có):
reports-ask-good-practices = IV. Điển hình tích cực, cách làm hay (nếu có):
reports-ask-general-proposals = Kiến nghị, đề xuất chung (nếu có):

reports-review-head-periodic = 📋 XEM LẠI BÁO CÁO ĐỊNH KỲ — kỳ { $period }
reports-review-head-quick = ⚡ XEM LẠI BÁO CÁO NHANH
reports-review-head-thematic = 📑 XEM LẠI BÁO CÁO CHUYÊN ĐỀ
reports-review-no-issues = II. Không có vấn đề mới phát sinh.
reports-review-issue-count = II. Có { $n } vấn đề, sự kiện được dư luận quan tâm (chi tiết bên dưới).
reports-review-issue = ▶ Vấn đề { $n }: { $title }
reports-review-event = ▶ Sự việc: { $title }
reports-field-assessment = Đánh giá chung
reports-field-mood = Tâm trạng chủ đạo
reports-field-topic = Chủ đề
reports-field-report-title = Tên báo cáo
reports-field-scope = Phạm vi
reports-field-summary = Tóm tắt
reports-field-streams = Các luồng ý kiến
reports-field-causes = Nguyên nhân
reports-field-forecast = Dự báo
reports-field-proposals = Kiến nghị, đề xuất
reports-field-spread = Mức độ lan truyền
reports-field-source = Nguồn tin
reports-field-reliability = Độ tin cậy
reports-field-initial-proposal = Đề xuất ban đầu
reports-field-rumours = III. Tin đồn, thông tin sai lệch
reports-field-good-practices = IV. Điển hình, cách làm hay
reports-field-general-proposals = Kiến nghị, đề xuất chung
reports-review-ask = Đồng chí kiểm tra lại nội dung trên. Nếu đã chính xác, bấm "Gửi báo cáo".
reports-submit = ✅ Gửi báo cáo
reports-submit-urgent = 🚨 Gửi báo cáo khẩn
reports-edit = ✏️ Sửa một phần
reports-cancel = 🗑 Hủy báo cáo

reports-edit-ask = Đồng chí muốn sửa phần nào?
reports-edit-issue = Vấn đề { $n }: { $title }
reports-edit-issue-ask = Vấn đề { $n } ("{ $title }"): sửa nội dung nào?
reports-back-to-review = ‹ Quay lại xem báo cáo
reports-issue-deleted = Đã xóa vấn đề { $n } khỏi báo cáo.
reports-part-assessment = Đánh giá chung
reports-part-mood = Tâm trạng chủ đạo
reports-part-topic = Chủ đề
reports-part-report-title = Tên báo cáo
reports-part-title = Tên vấn đề, sự việc
reports-part-scope = Phạm vi
reports-part-summary = Tóm tắt
reports-part-streams-add = Thêm luồng ý kiến
reports-part-streams-redo = Nhập lại các luồng ý kiến
reports-part-causes = Nguyên nhân
reports-part-forecast = Dự báo
reports-part-source = Nguồn tin
reports-part-reliability = Độ tin cậy
reports-part-proposals = Kiến nghị, đề xuất
reports-part-spread = Mức độ lan truyền
reports-part-add-issue = Thêm vấn đề mới
reports-part-delete = 🗑 Xóa vấn đề này
reports-part-rumours = Tin đồn, thông tin sai lệch
reports-part-good-practices = Điển hình, cách làm hay
reports-part-general-proposals = Kiến nghị, đề xuất chung

reports-received = ✅ Đã nhận { $kind }, số biên nhận { $receipt }. Cảm ơn đồng chí! Đồng chí có thể xem tình trạng xử lý bằng lệnh /trangthai.
reports-received-urgent = 🚨 Báo cáo được gửi khẩn: cán bộ phụ trách đã được báo ngay và phải tiếp nhận trong thời hạn; quá hạn, báo cáo tự chuyển lên cấp trên. Đồng chí sẽ được báo khi có cán bộ tiếp nhận.
reports-submit-failed = Chưa gửi được báo cáo vì nội dung còn thiếu hoặc chưa hợp lệ. Đồng chí vui lòng xem lại và bổ sung.
reports-updated = ✅ Đã cập nhật báo cáo số { $receipt } (phiên bản { $version }). Các phiên bản trước vẫn được lưu; cán bộ phụ trách sẽ xem lại bản mới.
reports-locked = Kỳ báo cáo này đã khóa sổ nên không thể sửa báo cáo đã gửi. Nếu cần bổ sung, đồng chí vui lòng gửi báo cáo nhanh hoặc liên hệ cán bộ phụ trách.

# Báo cáo định kỳ: kỳ báo cáo, nhắc hạn, danh sách chưa nộp, thống kê, tiếp nhận/yêu cầu bổ sung.
reports-period = tháng { $month }/{ $year }

## Nhắc hạn (gửi cho cộng tác viên chưa nộp)
reports-remind-d3 =
    Kính gửi đồng chí { $name },
    Báo cáo tình hình tư tưởng, dư luận xã hội { $period } có hạn nộp ngày { $due } (còn 3 ngày). Đồng chí vui lòng hoàn thành và gửi báo cáo đúng hạn.
reports-remind-d1 =
    Kính gửi đồng chí { $name },
    Ngày mai ({ $due }) là hạn nộp báo cáo tình hình tư tưởng, dư luận xã hội { $period }. Hệ thống chưa nhận được báo cáo của đồng chí.
reports-remind-d0 =
    Kính gửi đồng chí { $name },
    Hôm nay ({ $due }) là hạn nộp báo cáo tình hình tư tưởng, dư luận xã hội { $period }. Đồng chí vui lòng gửi báo cáo trong ngày.
reports-remind-open = 📝 Mở báo cáo định kỳ
reports-open-prompt = Bấm nút dưới đây (hoặc gõ /baocao) để mở báo cáo { $period }; nếu đang có bản nháp, hệ thống sẽ mở lại đúng chỗ đồng chí đang làm.
reports-open-already = Đồng chí đã gửi báo cáo { $period } (số biên nhận { $receipt }). Có thể gửi bản cập nhật đến hết ngày { $lock } bằng lệnh /baocao.
reports-open-not-collaborator = Chức năng nhắc báo cáo định kỳ chỉ dành cho cộng tác viên.

## Danh sách gửi cán bộ
reports-list-truncated = … (danh sách còn dài; xem đầy đủ bằng lệnh /thongke)
reports-late-title = 📋 DANH SÁCH CỘNG TÁC VIÊN CHƯA NỘP BÁO CÁO ĐÚNG HẠN
reports-late-unit = { $unit } — báo cáo { $period }, hạn { $due }: { $count } người chưa nộp
reports-late-footer = Đề nghị đồng chí đôn đốc các cộng tác viên trên. Xem số liệu đầy đủ bằng lệnh /thongke.

## Tiếp nhận, yêu cầu bổ sung (gửi người báo cáo)
reports-review-received-notice = ✅ Báo cáo số { $receipt } ({ $period }) của đồng chí đã được cán bộ phụ trách tiếp nhận. Trân trọng cảm ơn đồng chí.
reports-review-more-notice =
    📝 Cán bộ phụ trách đề nghị đồng chí bổ sung báo cáo số { $receipt } ({ $period }):
    «{ $note }»
    Đồng chí có thể cập nhật báo cáo đến hết ngày { $lock } (gõ /baocao).

## /thongke
reports-stats-title = 📊 THỐNG KÊ BÁO CÁO ĐỊNH KỲ — { $unit }
reports-stats-current = Kỳ hiện tại ({ $period }, hạn { $due }):
reports-stats-previous = Kỳ trước ({ $period }, hạn { $due }):
reports-stats-period = Kỳ { $period } (hạn { $due }):
reports-stats-current-short = Kỳ hiện tại ({ $period }):
reports-stats-previous-short = Kỳ trước ({ $period }):
reports-stats-period-short = Kỳ { $period }:
reports-stats-total = Toàn đơn vị: { $expected } phải nộp · { $onTime } đúng hạn · { $late } muộn · { $missing } chưa nộp{ $pending }
reports-stats-row = • { $unit }: { $expected } · { $onTime } đúng hạn · { $late } muộn · { $missing } chưa nộp{ $pending }
reports-stats-pending = {" "}(còn hạn)
reports-stats-more = … và { $n } đơn vị khác
reports-stats-missing-names = Chưa nộp: { $names }
reports-stats-none = Không có cộng tác viên nào phải báo cáo trong kỳ này.
reports-stats-drill = Gõ /thongke <mã đơn vị> để xem một đơn vị trực thuộc, /thongke <tháng/năm> để xem một kỳ.
reports-stats-remind = 🔔 Nhắc { $n } người chưa nộp kỳ này
reports-stats-reminded = Đã xếp { $queued } tin nhắc vào hàng gửi cho những người chưa nộp báo cáo kỳ này.{ $already ->
        [0] {""}
       *[other] {" "}{ $already } người đã được nhắc hôm nay.
    }{ $unreachable ->
        [0] {""}
       *[other] {" "}{ $unreachable } người chưa có kênh liên lạc.
    }
reports-x-bad-args = Không hiểu tham số «{ $arg }». Cách dùng: /thongke [mã đơn vị] [tháng/năm], ví dụ /thongke XA01 11/2026.
reports-x-unknown_unit = Không tìm thấy đơn vị có mã này.
reports-x-out_of_scope = Đơn vị này không thuộc phạm vi phụ trách của đồng chí.
reports-x-future_period = Kỳ báo cáo này chưa bắt đầu.
reports-help-thongke = tình hình nộp báo cáo định kỳ của các đơn vị: /thongke [mã đơn vị] [tháng/năm]

## /nhanbaocao, /bosung (cán bộ)
reports-review-help-received = đánh dấu đã tiếp nhận báo cáo: /nhanbaocao <số biên nhận>
reports-review-help-more = đề nghị người báo cáo bổ sung: /bosung <số biên nhận> <nội dung>
reports-review-usage-received = Cách dùng: /nhanbaocao <số biên nhận>, ví dụ /nhanbaocao BC-2026-11-000123
reports-review-usage-more = Cách dùng: /bosung <số biên nhận> <nội dung cần bổ sung>
reports-more-ask = Đồng chí nhập nội dung cần người báo cáo bổ sung (tối đa 2.000 ký tự); gõ /huy để thôi.
reports-review-done-received = Đã đánh dấu tiếp nhận báo cáo { $receipt } và thông báo cho người báo cáo.
reports-review-already-received = Báo cáo { $receipt } đã được tiếp nhận trước đó.
reports-review-done-more = Đã gửi đề nghị bổ sung báo cáo { $receipt } tới người báo cáo.
reports-review-x-not_found = Không tìm thấy báo cáo có số biên nhận này trong phạm vi phụ trách của đồng chí.
reports-review-x-out_of_scope = Báo cáo này không thuộc phạm vi phụ trách của đồng chí.
reports-review-x-empty_note = Đồng chí vui lòng ghi nội dung cần bổ sung (không quá 2.000 ký tự).
reports-review-x-not_owner = Báo cáo này không phải của đồng chí.
reports-review-x-locked = Kỳ báo cáo đã khóa, không thể sửa báo cáo.
reports-review-x-invalid = Nội dung báo cáo chưa hợp lệ.

## Nhãn lựa chọn: reports-opt-<danh sách>-<mã>; trợ giúp các lệnh báo cáo.
reports-help-baocao = lập báo cáo định kỳ tình hình tư tưởng, dư luận xã hội của kỳ này
reports-help-nhanh = gửi báo cáo nhanh về một sự việc vừa phát sinh
reports-help-chuyende = lập báo cáo chuyên đề về một chủ đề
reports-opt-assessment-on_dinh = Ổn định
reports-opt-assessment-co_ban_on_dinh = Cơ bản ổn định
reports-opt-assessment-phuc_tap = Có diễn biến phức tạp
reports-opt-mood-phan_khoi = Phấn khởi
reports-opt-mood-tin_tuong = Tin tưởng
reports-opt-mood-binh_thuong = Bình thường
reports-opt-mood-lo_lang = Lo lắng
reports-opt-mood-buc_xuc = Bức xúc
reports-opt-mood-hoang_mang = Hoang mang
reports-opt-stance-dong_tinh = Đồng tình
reports-opt-stance-trai_chieu = Trái chiều
reports-opt-stance-ban_khoan = Băn khoăn
reports-opt-stance-de_xuat = Đề xuất
reports-opt-stance-trung_lap = Trung lập
reports-opt-prevalence-tuyet_dai_da_so = Tuyệt đại đa số
reports-opt-prevalence-da_so = Đa số
reports-opt-prevalence-so_dong = Số đông
reports-opt-prevalence-nhieu_y_kien = Nhiều ý kiến
reports-opt-prevalence-mot_bo_phan = Một bộ phận
reports-opt-prevalence-mot_so = Một số
reports-opt-prevalence-co_nguoi = Có người
reports-opt-stratum-cong_nhan = Công nhân, người lao động
reports-opt-stratum-nong_dan = Nông dân
reports-opt-stratum-tri_thuc = Trí thức
reports-opt-stratum-cbccvc = Cán bộ, công chức, viên chức
reports-opt-stratum-huu_tri_ccb = Hưu trí, cựu chiến binh
reports-opt-stratum-doanh_nhan = Doanh nhân, tiểu thương
reports-opt-stratum-thanh_nien = Thanh niên, học sinh, sinh viên
reports-opt-stratum-llvt = Lực lượng vũ trang
reports-opt-stratum-ton_giao = Chức sắc, tín đồ tôn giáo
reports-opt-stratum-dtts = Đồng bào dân tộc thiểu số
reports-opt-stratum-nhan_dan = Nhân dân nói chung
reports-opt-stratum-khac = Nhóm khác (tự nhập)
reports-opt-scope-quoc_te = Quốc tế
reports-opt-scope-trong_nuoc = Trong nước
reports-opt-scope-trong_tinh = Trong tỉnh
reports-opt-scope-dia_phuong = Địa phương, cơ sở
reports-opt-spread-khu_dan_cu = Trong khu dân cư
reports-opt-spread-xa = Trong xã, phường
reports-opt-spread-tinh = Trong tỉnh
reports-opt-spread-mang_xa_hoi = Trên mạng xã hội
reports-opt-source-truc_tiep = Trực tiếp chứng kiến
reports-opt-source-hoi_hop = Qua hội họp, sinh hoạt
reports-opt-source-bao_chi = Báo chí
reports-opt-source-mang_xa_hoi = Mạng xã hội
reports-opt-source-nghe_lai = Nghe người khác kể lại
reports-opt-reliability-da_kiem_chung = Đã kiểm chứng
reports-opt-reliability-chua_kiem_chung = Chưa kiểm chứng
reports-opt-reliability-tin_don = Tin đồn

## Báo cáo định kỳ đã nộp trong kỳ: mở lại để sửa, không bắt đầu từ trang trắng.
reports-filed-ask = Đồng chí đã nộp báo cáo kỳ { $period } ({ $receipt }). Sửa báo cáo này?
reports-filed-edit = ✏️ Sửa báo cáo này
reports-filed-keep = Giữ nguyên
reports-filed-kept = Báo cáo { $receipt } được giữ nguyên như đã nộp.
reports-filed-opened = Dưới đây là báo cáo đã nộp. Đồng chí sửa, thêm hoặc xóa từng phần, rồi bấm "Gửi báo cáo" để lưu phiên bản mới; phần nào không sửa vẫn giữ như cũ.

## Thông tin cá nhân trước khi gửi (ý kiến ghi theo nhóm, không ghi tên người cụ thể).
reports-dup-line = ⚠️ Ý kiến số { $n } trùng với số { $same }.
reports-dup-line-issue = ⚠️ Vấn đề { $issue }: ý kiến số { $n } trùng với số { $same }.
reports-dup-ask = Bỏ bớt ý kiến trùng trước khi gửi?
reports-dup-drop = Bỏ ý kiến trùng
reports-dup-keep = Giữ nguyên và gửi
reports-dup-dropped = Đã bỏ { $count } ý kiến trùng. Đồng chí xem lại trước khi gửi.
reports-pii-found = ⚠️ Báo cáo đang có thông tin cá nhân. Ý kiến được ghi theo nhóm người, không ghi họ tên hay số liên lạc của một người cụ thể. Đồng chí vui lòng xóa trước khi gửi:
reports-pii-phone = • Số điện thoại: { $items }
reports-pii-id = • Số CCCD/CMND/hộ chiếu: { $items }
reports-pii-email = • Địa chỉ email: { $items }
reports-pii-name = • Họ tên: { $items } (bấm «Sửa báo cáo» để thay bằng nhóm người, ví dụ: "một hộ dân ở thôn 3")
reports-pii-remove-phone = Xóa số điện thoại
reports-pii-remove-id = Xóa số giấy tờ
reports-pii-remove-email = Xóa email
reports-pii-edit = ✏️ Sửa báo cáo
reports-pii-send-anyway = Vẫn gửi như vậy
reports-pii-removed = Đã xóa { $what } khỏi báo cáo. Đồng chí xem lại trước khi gửi.
reports-pii-what-phone = số điện thoại
reports-pii-what-id = số giấy tờ tùy thân
reports-pii-what-email = địa chỉ email

# Ảnh, ghi âm, tệp gửi kèm báo cáo nhanh / chuyên đề làm tư liệu (bot/features/reports/steps/evidence.ts).
reports-media-received = 📎 Đã nhận tệp đính kèm thứ { $n } — sẽ gửi cùng báo cáo.
reports-media-full = Mỗi báo cáo kèm tối đa { $max } tệp; tệp này chưa được nhận. Đồng chí tiếp tục trả lời câu hỏi bên dưới.
reports-caption-draft = Chú thích ảnh: «{ $caption }». Bấm «Dùng chú thích ảnh» nếu đó là câu trả lời; nếu gõ thêm, nội dung gõ sẽ được ghép sau chú thích.
reports-caption-use = 📝 Dùng chú thích ảnh
reports-voice-note = (ghi âm)
reports-review-media = 📎 Tệp đính kèm: { $n }

## A report request's button while another thematic draft waits (issue 13 §6).
reports-request-clash-ask = Đồng chí đang có một báo cáo chuyên đề viết dở. Làm tiếp báo cáo đó, hay lập báo cáo theo yêu cầu vừa mở? Nếu lập báo cáo theo yêu cầu, bản đang viết dở sẽ bị bỏ.
reports-request-clash-keep = Làm tiếp báo cáo đang viết
reports-request-clash-new = Lập báo cáo theo yêu cầu

## Người báo cáo gửi nội dung bổ sung (báo cáo nhanh, chuyên đề)
reports-review-more-notice-other =
    📝 Cán bộ phụ trách đề nghị đồng chí bổ sung báo cáo số { $receipt }:
    «{ $note }»
    Đồng chí bấm «Gửi nội dung bổ sung» (hoặc gõ /guibosung) để trả lời.
reports-supplement-btn = ✍️ Gửi nội dung bổ sung
reports-supplement-help = gửi nội dung bổ sung khi cán bộ đề nghị: /guibosung [số biên nhận]
reports-supplement-ask = Đồng chí nhập nội dung bổ sung cho báo cáo { $receipt } (tối đa 2.000 ký tự); gõ /huy để thôi.
reports-supplement-which = Có nhiều báo cáo đang được đề nghị bổ sung. Đồng chí chọn báo cáo cần bổ sung:
reports-supplement-none = Hiện không có báo cáo nào của đồng chí đang được đề nghị bổ sung.
reports-supplement-done = ✅ Đã gửi nội dung bổ sung cho báo cáo { $receipt } tới cán bộ phụ trách. Cảm ơn đồng chí!
reports-supplement-x-not_asked = Báo cáo này không có đề nghị bổ sung nào đang chờ (có thể cán bộ đã tiếp nhận, hoặc đồng chí đã gửi bổ sung).
reports-supplement-x-not_found = Không tìm thấy báo cáo này trong các báo cáo đồng chí đã gửi.
reports-supplement-x-empty = Đồng chí vui lòng nhập nội dung bổ sung (không quá 2.000 ký tự).
reports-supplement-notice =
    ✍️ Người báo cáo đã bổ sung báo cáo { $receipt }.
    Đồng chí đã đề nghị: «{ $asked }»
    Nội dung bổ sung: { $note }
