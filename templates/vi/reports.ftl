## Periodic, quick and thematic reports: questions, review screen, receipts.

ctv-rep-kind-periodic = Báo cáo định kỳ
ctv-rep-kind-quick = Báo cáo nhanh
ctv-rep-kind-thematic = Báo cáo chuyên đề

ctv-rep-intro-periodic = 📋 BÁO CÁO ĐỊNH KỲ — kỳ { $period }. Bản nháp được lưu sau mỗi câu trả lời: đồng chí có thể dừng lại và gõ /tieptuc để làm tiếp, hoặc /huy để hủy.
ctv-rep-intro-quick = ⚡ BÁO CÁO NHANH. Đồng chí trả lời lần lượt các câu hỏi; trước khi gửi sẽ được xem lại toàn bộ. Gõ /huy để hủy.
ctv-rep-intro-thematic = 📑 BÁO CÁO CHUYÊN ĐỀ. Bản nháp được lưu sau mỗi câu trả lời; gõ /tieptuc để làm tiếp, /huy để hủy.

ctv-rep-ask-assessment = I. Đánh giá chung tình hình tư tưởng trên địa bàn, lĩnh vực đồng chí theo dõi trong kỳ:
ctv-rep-ask-mood = Tâm trạng chủ đạo của nhân dân trong kỳ:
ctv-rep-ask-issues-any = II. Trong kỳ có vấn đề, sự kiện nào được dư luận quan tâm không?
ctv-rep-ask-topic-group = Vấn đề này thuộc nhóm chủ đề nào?
ctv-rep-ask-topic-group-thematic = Báo cáo chuyên đề về nhóm chủ đề nào?
ctv-rep-ask-topic = Chọn chủ đề cụ thể:
ctv-rep-topic-whole-group = Chung: { $group }
ctv-rep-topic-back = ‹ Chọn nhóm khác
ctv-rep-ask-report-title = Tên báo cáo chuyên đề (ngắn gọn):
ctv-rep-ask-title = Vấn đề { $n }: tên vấn đề, sự kiện (ngắn gọn, ví dụ "Giá xăng dầu tăng"):
ctv-rep-ask-title-quick = Tên sự việc (ngắn gọn, ví dụ "Tập trung đông người tại trụ sở UBND xã"):
ctv-rep-ask-scope = Phạm vi của vấn đề:
ctv-rep-ask-summary = Tóm tắt vấn đề, sự kiện:
ctv-rep-ask-summary-quick =
    Tóm tắt sự việc, nêu rõ:
    • Sự việc gì, diễn biến ra sao;
    • Ở đâu, khi nào;
    • Khoảng bao nhiêu người liên quan.
ctv-rep-ask-stance =
    Luồng ý kiến của dư luận: khuynh hướng của luồng ý kiến này là gì?
    (Đồng chí ghi nhận lần lượt từng luồng, kể cả ý kiến của số ít.)
ctv-rep-ask-prevalence = Mức độ phổ biến của luồng ý kiến này:
ctv-rep-ask-holder = Nhóm xã hội nào có ý kiến này?
ctv-rep-holder-choose = Đồng chí vui lòng chọn một nhóm trong danh sách (bấm nút hoặc gõ số thứ tự). Nếu không có nhóm phù hợp, chọn "Nhóm khác (tự nhập)".
ctv-rep-ask-holder-other = Đồng chí nhập tên nhóm xã hội (ví dụ: "tài xế xe công nghệ", "tiểu thương chợ Đông Ba"):
ctv-rep-ask-content =
    Nội dung ý kiến (diễn đạt lại ngắn gọn).
    ⚠️ Chỉ nêu theo nhóm người (ví dụ "nhiều tiểu thương cho rằng…"), không ghi họ tên hay thông tin nhận dạng người cụ thể.
ctv-rep-ask-more-streams = Đã ghi nhận { $n } luồng ý kiến. Còn luồng ý kiến nào khác (kể cả ý kiến trái chiều, ý kiến của số ít) không?
ctv-rep-add-stream = Thêm luồng ý kiến
ctv-rep-streams-done = Xong, tiếp tục
ctv-rep-ask-causes = Nguyên nhân của vấn đề (theo đánh giá của đồng chí):
ctv-rep-ask-forecast = Dự báo chiều hướng diễn biến của dư luận:
ctv-rep-ask-proposals = Kiến nghị, đề xuất đối với vấn đề này (nêu cơ quan cần xử lý nếu có):
ctv-rep-ask-proposals-quick = Đề xuất xử lý, định hướng ban đầu:
ctv-rep-ask-spread = Mức độ lan truyền của sự việc:
ctv-rep-ask-source = Đồng chí nắm được thông tin từ nguồn nào?
ctv-rep-ask-reliability = Độ tin cậy của thông tin:
ctv-rep-ask-more-issues = Đã ghi nhận { $n } vấn đề (mới nhất: "{ $title }"). Còn vấn đề, sự kiện nào khác không?
ctv-rep-add-issue = Thêm vấn đề khác
ctv-rep-no-more = Không, tiếp tục
ctv-rep-ask-rumours = III. Tin đồn, thông tin sai lệch, xấu độc xuất hiện trong kỳ (nếu có):
ctv-rep-ask-good-practices = IV. Điển hình tích cực, cách làm hay (nếu có):
ctv-rep-ask-general-proposals = Kiến nghị, đề xuất chung (nếu có):

ctv-rep-review-head-periodic = 📋 XEM LẠI BÁO CÁO ĐỊNH KỲ — kỳ { $period }
ctv-rep-review-head-quick = ⚡ XEM LẠI BÁO CÁO NHANH
ctv-rep-review-head-thematic = 📑 XEM LẠI BÁO CÁO CHUYÊN ĐỀ
ctv-rep-review-no-issues = II. Không có vấn đề mới phát sinh.
ctv-rep-review-issue-count = II. Có { $n } vấn đề, sự kiện được dư luận quan tâm (chi tiết bên dưới).
ctv-rep-review-issue = ▶ Vấn đề { $n }: { $title }
ctv-rep-review-event = ▶ Sự việc: { $title }
ctv-rep-field-assessment = Đánh giá chung
ctv-rep-field-mood = Tâm trạng chủ đạo
ctv-rep-field-topic = Chủ đề
ctv-rep-field-report-title = Tên báo cáo
ctv-rep-field-scope = Phạm vi
ctv-rep-field-summary = Tóm tắt
ctv-rep-field-streams = Các luồng ý kiến
ctv-rep-field-causes = Nguyên nhân
ctv-rep-field-forecast = Dự báo
ctv-rep-field-proposals = Kiến nghị, đề xuất
ctv-rep-field-spread = Mức độ lan truyền
ctv-rep-field-source = Nguồn tin
ctv-rep-field-reliability = Độ tin cậy
ctv-rep-field-initial-proposal = Đề xuất ban đầu
ctv-rep-field-rumours = III. Tin đồn, thông tin sai lệch
ctv-rep-field-good-practices = IV. Điển hình, cách làm hay
ctv-rep-field-general-proposals = Kiến nghị, đề xuất chung
ctv-rep-review-ask = Đồng chí kiểm tra lại nội dung trên. Nếu đã chính xác, bấm "Gửi báo cáo".
ctv-rep-submit = ✅ Gửi báo cáo
ctv-rep-edit = ✏️ Sửa một phần
ctv-rep-cancel = 🗑 Hủy báo cáo

ctv-rep-edit-ask = Đồng chí muốn sửa phần nào?
ctv-rep-edit-issue = Vấn đề { $n }: { $title }
ctv-rep-edit-issue-ask = Vấn đề { $n } ("{ $title }"): sửa nội dung nào?
ctv-rep-back-to-review = ‹ Quay lại xem báo cáo
ctv-rep-issue-deleted = Đã xóa vấn đề { $n } khỏi báo cáo.
ctv-rep-part-assessment = Đánh giá chung
ctv-rep-part-mood = Tâm trạng chủ đạo
ctv-rep-part-topic = Chủ đề
ctv-rep-part-report-title = Tên báo cáo
ctv-rep-part-title = Tên vấn đề, sự việc
ctv-rep-part-scope = Phạm vi
ctv-rep-part-summary = Tóm tắt
ctv-rep-part-streams-add = Thêm luồng ý kiến
ctv-rep-part-streams-redo = Nhập lại các luồng ý kiến
ctv-rep-part-causes = Nguyên nhân
ctv-rep-part-forecast = Dự báo
ctv-rep-part-source = Nguồn tin
ctv-rep-part-reliability = Độ tin cậy
ctv-rep-part-proposals = Kiến nghị, đề xuất
ctv-rep-part-spread = Mức độ lan truyền
ctv-rep-part-add-issue = Thêm vấn đề mới
ctv-rep-part-delete = 🗑 Xóa vấn đề này
ctv-rep-part-rumours = Tin đồn, thông tin sai lệch
ctv-rep-part-good-practices = Điển hình, cách làm hay
ctv-rep-part-general-proposals = Kiến nghị, đề xuất chung

ctv-rep-received = ✅ Đã nhận { $kind }, số tiếp nhận { $receipt }. Cảm ơn đồng chí! Đồng chí có thể xem tình trạng xử lý bằng lệnh /trangthai.
ctv-rep-submit-failed = Chưa gửi được báo cáo vì nội dung còn thiếu hoặc chưa hợp lệ. Đồng chí vui lòng xem lại và bổ sung.
ctv-rep-updated = ✅ Đã cập nhật báo cáo số { $receipt } (phiên bản { $version }). Các phiên bản trước vẫn được lưu; cán bộ phụ trách sẽ xem lại bản mới.
ctv-rep-locked = Kỳ báo cáo này đã khóa sổ nên không thể sửa báo cáo đã gửi. Nếu cần bổ sung, đồng chí vui lòng gửi báo cáo nhanh hoặc liên hệ cán bộ phụ trách.

# Báo cáo định kỳ: kỳ báo cáo, nhắc hạn, danh sách chưa nộp, thống kê, tiếp nhận/yêu cầu bổ sung.
rep-period = tháng { $month }/{ $year }

## Nhắc hạn (gửi cho cộng tác viên chưa nộp)
rep-remind-d3 =
    Kính gửi đồng chí { $name },
    Báo cáo tình hình tư tưởng, dư luận xã hội { $period } có hạn nộp ngày { $due } (còn 3 ngày). Đồng chí vui lòng hoàn thành và gửi báo cáo đúng hạn.
rep-remind-d1 =
    Kính gửi đồng chí { $name },
    Ngày mai ({ $due }) là hạn nộp báo cáo tình hình tư tưởng, dư luận xã hội { $period }. Hệ thống chưa nhận được báo cáo của đồng chí.
rep-remind-d0 =
    Kính gửi đồng chí { $name },
    Hôm nay ({ $due }) là hạn nộp báo cáo tình hình tư tưởng, dư luận xã hội { $period }. Đồng chí vui lòng gửi báo cáo trong ngày.
rep-remind-open = 📝 Mở báo cáo định kỳ
rep-open-prompt = Bấm nút dưới đây (hoặc gõ /baocao) để mở báo cáo { $period }; nếu đang có bản nháp, hệ thống sẽ mở lại đúng chỗ đồng chí đang làm.
rep-open-already = Đồng chí đã gửi báo cáo { $period } (số biên nhận { $receipt }). Có thể gửi bản cập nhật đến hết ngày { $lock } bằng lệnh /baocao.
rep-open-not-collaborator = Chức năng nhắc báo cáo định kỳ chỉ dành cho cộng tác viên.

## Danh sách gửi cán bộ
rep-list-truncated = … (danh sách còn dài; xem đầy đủ bằng lệnh /thongke)
rep-late-title = 📋 DANH SÁCH CỘNG TÁC VIÊN CHƯA NỘP BÁO CÁO ĐÚNG HẠN
rep-late-unit = { $unit } — báo cáo { $period }, hạn { $due }: { $count } người chưa nộp
rep-late-footer = Đề nghị đồng chí đôn đốc các cộng tác viên trên. Xem số liệu đầy đủ bằng lệnh /thongke.
rep-inactive-title = 📋 CỘNG TÁC VIÊN KHÔNG GỬI BÁO CÁO ĐỊNH KỲ { $n } KỲ LIÊN TIẾP
rep-inactive-line = • { $name } ({ $unit }): không có báo cáo { $periods }
rep-inactive-footer = Đề nghị đồng chí xem xét, trao đổi với các cộng tác viên trên và cân nhắc việc kiện toàn, thay thế hoặc bổ sung. Hệ thống chỉ thống kê; việc quyết định do cán bộ phụ trách thực hiện.

## Tiếp nhận, yêu cầu bổ sung (gửi người báo cáo)
rev-received-notice = ✅ Báo cáo số { $receipt } ({ $period }) của đồng chí đã được cán bộ phụ trách tiếp nhận. Trân trọng cảm ơn đồng chí.
rev-more-notice =
    📝 Cán bộ phụ trách đề nghị đồng chí bổ sung báo cáo số { $receipt } ({ $period }):
    «{ $note }»
    Đồng chí có thể cập nhật báo cáo đến hết ngày { $lock } (gõ /baocao).

## /thongke
rep-stats-title = 📊 THỐNG KÊ BÁO CÁO ĐỊNH KỲ — { $unit }
rep-stats-current = Kỳ hiện tại ({ $period }, hạn { $due }):
rep-stats-previous = Kỳ trước ({ $period }, hạn { $due }):
rep-stats-period = Kỳ { $period } (hạn { $due }):
rep-stats-total = Toàn đơn vị: { $expected } phải nộp · { $onTime } đúng hạn · { $late } muộn · { $missing } chưa nộp{ $pending }
rep-stats-row = • { $unit }: { $expected } · { $onTime } đúng hạn · { $late } muộn · { $missing } chưa nộp{ $pending }
rep-stats-pending = {" "}(còn hạn)
rep-stats-more = … và { $n } đơn vị khác
rep-stats-missing-names = Chưa nộp: { $names }
rep-stats-none = Không có cộng tác viên nào phải báo cáo trong kỳ này.
rep-stats-drill = Gõ /thongke <mã đơn vị> để xem một đơn vị trực thuộc, /thongke <tháng/năm> để xem một kỳ.
rep-x-bad-args = Không hiểu tham số «{ $arg }». Cách dùng: /thongke [mã đơn vị] [tháng/năm], ví dụ /thongke XA01 11/2026.
rep-x-unknown_unit = Không tìm thấy đơn vị có mã này.
rep-x-out_of_scope = Đơn vị này không thuộc phạm vi phụ trách của đồng chí.
rep-x-future_period = Kỳ báo cáo này chưa bắt đầu.
rep-help-thongke = tình hình nộp báo cáo định kỳ của các đơn vị: /thongke [mã đơn vị] [tháng/năm]

## /nhanbaocao, /bosung (cán bộ)
rev-help-received = đánh dấu đã tiếp nhận báo cáo: /nhanbaocao <số biên nhận>
rev-help-more = đề nghị người báo cáo bổ sung: /bosung <số biên nhận> <nội dung>
rev-usage-received = Cách dùng: /nhanbaocao <số biên nhận>, ví dụ /nhanbaocao BC-2026-11-000123
rev-usage-more = Cách dùng: /bosung <số biên nhận> <nội dung cần bổ sung>
rev-done-received = Đã đánh dấu tiếp nhận báo cáo { $receipt } và thông báo cho người báo cáo.
rev-already-received = Báo cáo { $receipt } đã được tiếp nhận trước đó.
rev-done-more = Đã gửi đề nghị bổ sung báo cáo { $receipt } tới người báo cáo.
rev-x-not_found = Không tìm thấy báo cáo có số biên nhận này.
rev-x-out_of_scope = Báo cáo này không thuộc phạm vi phụ trách của đồng chí.
rev-x-empty_note = Đồng chí vui lòng ghi nội dung cần bổ sung (không quá 2.000 ký tự).
rev-x-not_owner = Báo cáo này không phải của đồng chí.
rev-x-locked = Kỳ báo cáo đã khóa, không thể sửa báo cáo.
rev-x-invalid = Nội dung báo cáo chưa hợp lệ.
