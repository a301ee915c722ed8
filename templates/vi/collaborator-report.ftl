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
