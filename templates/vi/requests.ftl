# Yêu cầu báo cáo đột xuất / chuyên đề (issue 13 §6)

request-help-create = yêu cầu cơ sở báo cáo đột xuất, chuyên đề
request-help-list = xem ai đã gửi, ai chưa gửi báo cáo theo yêu cầu
request-intro = 📨 YÊU CẦU BÁO CÁO ĐỘT XUẤT, CHUYÊN ĐỀ. Gõ /huy bất cứ lúc nào để hủy.
request-ask-subject = Nội dung cần báo cáo (ví dụ "Dư luận về việc điều chỉnh giá điện"):
request-ask-topic = Thuộc lĩnh vực nào?
request-ask-questions = Các câu hỏi gợi ý để cơ sở trả lời, mỗi dòng một câu (tối đa { $max } câu). Không cần thì bấm «Không có câu hỏi gợi ý».
request-questions-none = Không có câu hỏi gợi ý
request-err-questions-too_few = Đồng chí gõ ít nhất một câu hỏi, mỗi dòng một câu; hoặc bấm «Không có câu hỏi gợi ý».
request-err-questions-too_many = Tối đa { $max } câu hỏi gợi ý.
request-err-questions-too_long = Mỗi câu hỏi không quá 300 ký tự.
request-err-questions-duplicate = Có câu hỏi bị trùng nhau.
request-ask-due = Hạn gửi báo cáo:
request-due-24 = Trong 1 ngày
request-due-72 = Trong 3 ngày
request-due-168 = Trong 7 ngày
request-due-other = Chọn ngày giờ khác
request-ask-due-at = Nhập hạn gửi, ví dụ: 17:00 30/11 hoặc 30/11/2026 17h30
request-err-due-format = Chưa đọc được thời điểm. Đồng chí nhập theo dạng giờ:phút ngày/tháng, ví dụ 17:00 30/11.
request-ask-audience = Gửi yêu cầu tới đơn vị nào? Chọn đơn vị của đồng chí, hoặc gõ mã một đơn vị trực thuộc.
request-ask-stratum = Giới hạn theo giai tầng, nhóm xã hội?
request-ask-roles = Đối tượng được yêu cầu báo cáo:
request-preview =
    Xem lại yêu cầu báo cáo:
    «{ $subject }» — { $questions } câu hỏi gợi ý
    Gửi tới: { $unit } ({ $count } người)
    Hạn gửi: { $due }
request-send = Gửi yêu cầu
request-cancel = Hủy
request-cancelled = Đã hủy, chưa gửi yêu cầu nào.
request-created = ✅ Đã lập yêu cầu báo cáo, sẽ gửi tới { $count } người. Trước hạn, hệ thống nhắc một lần những người chưa gửi.
request-see-status = Xem tình hình gửi báo cáo
request-err-invalid = Nội dung yêu cầu chưa hợp lệ, đồng chí vui lòng nhập lại.
request-err-bad_due = Hạn gửi phải sau thời điểm hiện tại ít nhất 1 giờ và không quá 60 ngày.
request-err-unknown_unit = Không tìm thấy đơn vị có mã này.
request-err-out_of_scope = Đơn vị này không thuộc phạm vi phụ trách của đồng chí.
request-err-empty_audience = Không có người nhận nào phù hợp với đơn vị và điều kiện đã chọn.
request-err-unknown_topic = Lĩnh vực này không còn trong danh mục, đồng chí chọn lại.
request-list-title = 📨 YÊU CẦU BÁO CÁO GẦN ĐÂY
request-list-empty = Chưa có yêu cầu báo cáo nào trong phạm vi phụ trách của đồng chí.
request-list-item = { $n }. «{ $subject }» — { $unit }, hạn { $due }: đã gửi { $answered }/{ $asked }
request-list-answered = ✅ Đã gửi: { $names }
request-list-pending = ⏳ Chưa gửi: { $names }
request-list-more = và { $n } người khác

# Người được yêu cầu
report-request-title = 📨 YÊU CẦU BÁO CÁO CHUYÊN ĐỀ
report-request-reminder-title = ⏰ NHẮC: đồng chí chưa gửi báo cáo theo yêu cầu sau
report-request-subject = Nội dung: { $subject } (lĩnh vực: { $topic })
report-request-due = Hạn gửi: { $due }
report-request-questions = Câu hỏi gợi ý:
report-request-hint = Bấm nút dưới đây để lập báo cáo chuyên đề theo yêu cầu này.
report-request-open = Lập báo cáo
report-request-unavailable = Yêu cầu báo cáo này không còn hoặc không gửi cho đồng chí; đồng chí có thể lập báo cáo chuyên đề như thường lệ.
report-request-answering = Báo cáo theo yêu cầu: «{ $subject }» (lĩnh vực: { $topic }), hạn gửi { $due }.
