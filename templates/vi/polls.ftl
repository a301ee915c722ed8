# Thăm dò nhanh: tin nhắn câu hỏi, kết quả, tạo thăm dò (/taothamdo), trả lời (/thamdo).
poll-title = 📊 THĂM DÒ NHANH
poll-how-single = Chọn một phương án.
poll-how-multi = Có thể chọn nhiều phương án (bấm lại để bỏ chọn).
poll-closes = Hạn trả lời: { $closes }.
poll-anonymous-note = 🔒 Thăm dò ẩn danh: cán bộ chỉ xem được số liệu tổng hợp, không biết ai trả lời thế nào.
poll-your-answer = Đồng chí đã chọn: { $answer }
poll-hint = Bấm nút để trả lời; nếu không thấy nút, gõ /thamdo rồi gõ số thứ tự phương án.

poll-results-title = 📊 KẾT QUẢ THĂM DÒ (đang diễn ra)
poll-results-final-title = 📊 KẾT QUẢ THĂM DÒ (đã kết thúc)
poll-results-turnout = Đã trả lời: { $answered }/{ $recipients } người · hạn: { $closes }
poll-results-option = { $n }. { $option }: { $count } ({ $pct }%)
poll-results-by-unit = Theo đơn vị:
poll-results-unit = • { $unit }: { $answered }/{ $recipients } trả lời — { $counts }
poll-results-hidden = ẩn chi tiết (dưới { $min } người trả lời)
poll-shared-intro = 🙏 Cảm ơn đồng chí đã tham gia trả lời thăm dò. Kết quả chung như sau:
poll-shared-turnout = Đã trả lời: { $answered }/{ $recipients } người được hỏi
poll-refresh = 🔄 Cập nhật kết quả

poll-intro = 📊 TẠO THĂM DÒ NHANH. Gõ /huy bất cứ lúc nào để hủy.
poll-ask-question = Nội dung câu hỏi thăm dò:
poll-ask-options = Các phương án trả lời, mỗi dòng một phương án (từ 2 đến 10 phương án, mỗi phương án không quá 100 ký tự):
poll-ask-kind = Người trả lời được chọn:
poll-kind-single = Một phương án
poll-kind-multi = Nhiều phương án
poll-ask-anonymous = Thăm dò ẩn danh (cán bộ không biết ai trả lời thế nào)?
poll-anonymous-yes = Có, ẩn danh
poll-anonymous-no = Không
poll-ask-closes = Thời hạn trả lời (bấm nút, hoặc gõ ví dụ «2 ngày», «17:00 25/12»):
poll-err-closes = Chưa đọc được thời hạn. Đồng chí bấm một nút, hoặc gõ số giờ, số ngày (ví dụ «2 ngày», «36 giờ», tối đa 60 ngày) hay thời điểm kết thúc (ví dụ «17:00 25/12»).
poll-closes-2 = 2 giờ
poll-closes-24 = 1 ngày
poll-closes-72 = 3 ngày
poll-closes-168 = 7 ngày
poll-closes-other = Chọn ngày giờ khác
poll-ask-closes-at = Nhập thời điểm kết thúc, ví dụ: 17:00 30/11 hoặc 30/11/2026 17h30 (chỉ gõ ngày thì hết hạn vào cuối ngày đó)
poll-ask-audience = Gửi thăm dò tới đơn vị nào? Chọn đơn vị của đồng chí, hoặc gõ tên (hay mã) một đơn vị trực thuộc, ví dụ "xã An Bình".
poll-ask-stratum = Giới hạn theo giai tầng, nhóm xã hội?
poll-stratum-all = Tất cả
poll-ask-roles = Đối tượng nhận:
poll-roles-collaborators = Chỉ cộng tác viên
poll-roles-everyone = Cộng tác viên và cán bộ
poll-err-options-too_few = Cần ít nhất 2 phương án, mỗi dòng một phương án.
poll-err-options-too_many = Tối đa 10 phương án.
poll-err-options-too_long = Mỗi phương án không quá 100 ký tự (để hiển thị được trên nút bấm).
poll-err-options-duplicate = Có phương án bị trùng nhau.
poll-err-duplicate_options = Có phương án bị trùng nhau.
poll-err-closing-format = Chưa đọc được thời điểm. Đồng chí nhập theo dạng giờ:phút ngày/tháng, ví dụ 17:00 30/11, hoặc chỉ ngày (30/11 là hết ngày 30/11).
poll-err-unit-code = Đồng chí gõ tên đơn vị (ví dụ "xã An Bình") hoặc mã đơn vị, trên một dòng; hoặc bấm nút chọn đơn vị của đồng chí.
poll-err-bad_closing = Thời hạn phải sau thời điểm hiện tại ít nhất 5 phút và không quá 30 ngày.
poll-err-unknown_unit = Không tìm thấy đúng một đơn vị có tên hay mã này. Đồng chí gõ đầy đủ hơn, ví dụ "Đảng ủy xã An Bình", hoặc gõ mã đơn vị.
poll-err-out_of_scope = Đơn vị này không thuộc phạm vi phụ trách của đồng chí.
poll-err-empty_audience = Không có người nhận nào phù hợp với đơn vị và điều kiện đã chọn.
poll-err-invalid = Nội dung thăm dò chưa hợp lệ, đồng chí vui lòng nhập lại.
poll-preview =
    Xem lại thăm dò:
    «{ $question }»
    Gửi tới { $count } người thuộc { $unit }; hạn trả lời { $closes }.
    Câu hỏi sẽ được gửi ngay (hoặc sau giờ nghỉ đêm nếu đang trong giờ nghỉ).
poll-send = ✅ Gửi thăm dò
poll-cancel = Hủy
poll-cancelled = Đã hủy, thăm dò chưa được gửi.
poll-created = ✅ Đã tạo thăm dò, đang gửi tới { $count } người. Kết quả cuối cùng sẽ được gửi cho đồng chí khi hết hạn.
poll-see-results = 📊 Xem kết quả

poll-x-not_found = Không tìm thấy cuộc thăm dò này.
poll-x-closed = Cuộc thăm dò đã kết thúc (hạn { $closes }); câu trả lời không được ghi nhận.
poll-x-not_recipient = Cuộc thăm dò này không gửi tới đồng chí.
poll-x-bad_option = Phương án không hợp lệ.
poll-x-not_allowed = Đồng chí không có quyền xem kết quả cuộc thăm dò này.
poll-answer-saved = ✅ Đã ghi nhận: «{ $answer }». Có thể chọn lại phương án khác trước khi hết hạn.
poll-answer-multi = ✅ Đã ghi nhận các phương án: { $answer }.
poll-answer-cleared = Đã bỏ chọn tất cả; câu trả lời của đồng chí chưa được tính.
poll-none-open = Hiện không có cuộc thăm dò nào đang chờ đồng chí trả lời.
poll-list-title = Các cuộc thăm dò đang mở:
poll-list-item = { $n }. { $question } — { $state }
poll-list-pick = Gõ /thamdo kèm số thứ tự để chọn cuộc thăm dò khác.
poll-state-answered = đã trả lời
poll-state-open = chưa trả lời
poll-none-created = Đồng chí chưa tạo cuộc thăm dò nào.
poll-mine-title = Các cuộc thăm dò gần đây của đồng chí (bấm để xem kết quả):
poll-status-open = đang mở
poll-status-closed = đã kết thúc
poll-help-create = tạo thăm dò nhanh
poll-help-answer = trả lời các cuộc thăm dò đang mở
poll-help-results = xem kết quả thăm dò đã tạo

poll-reminder = ⏰ NHẮC TRẢ LỜI THĂM DÒ: đồng chí chưa trả lời câu hỏi dưới đây.
