# Yêu cầu báo cáo đột xuất / chuyên đề (issue 13 §6)

requests-help-create = yêu cầu cơ sở báo cáo đột xuất, chuyên đề
requests-help-list = xem ai đã gửi, ai chưa gửi báo cáo theo yêu cầu
requests-intro = 📨 YÊU CẦU BÁO CÁO ĐỘT XUẤT, CHUYÊN ĐỀ. Gõ /huy bất cứ lúc nào để hủy.
requests-ask-subject = Nội dung cần báo cáo (ví dụ "Dư luận về việc điều chỉnh giá điện"):
requests-ask-topic = Thuộc lĩnh vực nào?
requests-ask-questions = Các câu hỏi gợi ý để cơ sở trả lời, mỗi dòng một câu (tối đa { $max } câu). Không cần thì bấm «Không có câu hỏi gợi ý».
requests-questions-none = Không có câu hỏi gợi ý
requests-err-questions-too_few = Đồng chí gõ ít nhất một câu hỏi, mỗi dòng một câu; hoặc bấm «Không có câu hỏi gợi ý».
requests-err-questions-too_many = Tối đa { $max } câu hỏi gợi ý.
requests-err-questions-too_long = Mỗi câu hỏi không quá 300 ký tự.
requests-err-questions-duplicate = Có câu hỏi bị trùng nhau.
requests-ask-due = Hạn gửi báo cáo:
requests-due-24 = Trong 1 ngày
requests-due-72 = Trong 3 ngày
requests-due-168 = Trong 7 ngày
requests-due-other = Chọn ngày giờ khác
requests-ask-due-at = Nhập hạn gửi, ví dụ: 17:00 30/11 hoặc 30/11/2026 17h30 (chỉ gõ ngày thì hạn là cuối ngày đó)
requests-err-due-format = Chưa đọc được thời điểm. Đồng chí nhập theo dạng giờ:phút ngày/tháng, ví dụ 17:00 30/11, hoặc chỉ ngày (30/11 là hết ngày 30/11).
requests-ask-audience = Gửi yêu cầu tới đơn vị nào? Chọn đơn vị của đồng chí, hoặc gõ tên (hay mã) một đơn vị trực thuộc, ví dụ "xã An Bình".
requests-ask-stratum = Giới hạn theo giai tầng, nhóm xã hội?
requests-ask-roles = Đối tượng được yêu cầu báo cáo:
requests-preview =
    Xem lại yêu cầu báo cáo:
    «{ $subject }» — { $questions } câu hỏi gợi ý
    Gửi tới: { $unit } ({ $count } người)
    Hạn gửi: { $due }
requests-send = Gửi yêu cầu
requests-cancel = Hủy
requests-cancelled = Đã hủy, chưa gửi yêu cầu nào.
requests-created = ✅ Đã lập yêu cầu báo cáo, sẽ gửi tới { $count } người. Trước hạn, hệ thống nhắc một lần những người chưa gửi.
requests-see-status = Xem tình hình gửi báo cáo
requests-err-invalid = Nội dung yêu cầu chưa hợp lệ, đồng chí vui lòng nhập lại.
requests-err-bad_due = Hạn gửi phải sau thời điểm hiện tại ít nhất 1 giờ và không quá 60 ngày.
requests-err-unknown_unit = Không tìm thấy đúng một đơn vị có tên hay mã này. Đồng chí gõ đầy đủ hơn, ví dụ "Đảng ủy xã An Bình", hoặc gõ mã đơn vị.
requests-err-out_of_scope = Đơn vị này không thuộc phạm vi phụ trách của đồng chí.
requests-err-empty_audience = Không có người nhận nào phù hợp với đơn vị và điều kiện đã chọn.
requests-err-unknown_topic = Lĩnh vực này không còn trong danh mục, đồng chí chọn lại.
requests-list-title = 📨 YÊU CẦU BÁO CÁO GẦN ĐÂY
requests-list-empty = Chưa có yêu cầu báo cáo nào trong phạm vi phụ trách của đồng chí.
requests-list-item = { $n }. «{ $subject }» — { $unit }, hạn { $due }: đã gửi { $answered }/{ $asked }
requests-list-answered = ✅ Đã gửi: { $names }
requests-list-pending = ⏳ Chưa gửi: { $names }
requests-list-more = và { $n } người khác
requests-list-late = nộp muộn

# Người được yêu cầu
requests-card-title = 📨 YÊU CẦU BÁO CÁO CHUYÊN ĐỀ
requests-card-reminder-title = ⏰ NHẮC: đồng chí chưa gửi báo cáo theo yêu cầu sau
requests-card-subject = Nội dung: { $subject } (lĩnh vực: { $topic })
requests-card-due = Hạn gửi: { $due }
requests-card-questions = Câu hỏi gợi ý:
requests-card-hint = Bấm nút dưới đây để lập báo cáo chuyên đề theo yêu cầu này.
requests-card-open = Lập báo cáo
requests-card-unavailable = Yêu cầu báo cáo này không còn hoặc không gửi cho đồng chí; đồng chí có thể lập báo cáo chuyên đề như thường lệ.
requests-card-answering = Báo cáo theo yêu cầu: «{ $subject }» (lĩnh vực: { $topic }), hạn gửi { $due }.

## Audience by sector (issue 13 §6 gap), as in the broadcast compose.
requests-ask-sector = Giới hạn theo ngành, lĩnh vực? Chọn một ngành hoặc gõ tên ngành.
requests-sector-all = Tất cả các ngành
requests-err-sector = Không có ngành này trong địa bàn của đồng chí. Đồng chí chọn một nút bên dưới hoặc gõ đúng tên ngành.

## At the due time, to the official who asked (issue 13 §6 gap).
requests-due-head = 📋 ĐẾN HẠN yêu cầu báo cáo «{ $subject }» ({ $due }): { $answered }/{ $asked } người đã gửi.
requests-due-unit = • { $unit }: đã gửi { $answered }/{ $asked }
requests-due-nobody = Yêu cầu chưa gửi tới ai (không còn ai trong phạm vi được hỏi).
