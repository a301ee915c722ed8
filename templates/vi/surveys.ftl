# Khảo sát theo bảng hỏi: trả lời (/khaosat), phỏng vấn hộ (/phongvan), tạo đợt khảo sát (/taokhaosat), kết quả (/ketquakhaosat).
surveys-help-answer = trả lời phiếu khảo sát đang mở
surveys-help-interview = ghi phiếu khảo sát khi phỏng vấn người dân (ẩn danh)
surveys-help-create = gửi một bộ câu hỏi khảo sát tới cộng tác viên
surveys-help-results = xem kết quả một đợt khảo sát (gõ kèm số đợt)

surveys-invite = 📋 PHIẾU KHẢO SÁT SỐ { $number }: { $title }
    Đồng chí được chọn tham gia khảo sát này. Câu trả lời được ghi ẩn danh, chỉ dùng để tổng hợp.
    Hạn trả lời: { $closes }. Bấm nút bên dưới hoặc gõ /khaosat { $number } để bắt đầu; có thể dừng giữa chừng và gõ /tieptuc để làm tiếp.
surveys-remind = ⏰ Nhắc: đồng chí chưa trả lời phiếu khảo sát số { $number } ({ $title }). Hạn trả lời: { $closes }. Gõ /khaosat { $number } để trả lời.
surveys-start-button = Bắt đầu trả lời
surveys-share-button = 📣 Gửi kết quả tóm tắt cho người đã trả lời

surveys-intro = 📋 { $title }
    Phiếu có { $count } câu hỏi; một số câu có thể được bỏ qua tùy câu trả lời. Câu trả lời được ghi ẩn danh. Gõ /huy để dừng, /tieptuc để làm tiếp sau.
surveys-intro-interview = 🎤 PHỎNG VẤN: { $title }
    Đồng chí ghi lại câu trả lời của người được phỏng vấn ({ $count } câu). Không ghi họ tên hay thông tin nhận dạng người trả lời; chỉ ghi nhóm xã hội của họ.
surveys-ask-group = Người được phỏng vấn thuộc nhóm nào?
surveys-q-header = Phiếu số { $number } — câu { $n }/{ $total }
surveys-hint-single = Chọn một phương án.
surveys-hint-scale = Chọn một mức.
surveys-hint-multiple = Có thể chọn nhiều phương án (bấm lại để bỏ chọn), rồi bấm "Xong". Nếu không có nút, gõ các số cách nhau bởi dấu phẩy, ví dụ: 1, 3.
surveys-hint-number = Gõ một con số.
surveys-hint-text = Gõ câu trả lời ngắn.
surveys-hint-longtext = Gõ ý kiến của đồng chí (có thể viết dài).
surveys-hint-optional = (Câu không bắt buộc: bấm "Bỏ qua" hoặc gõ - để bỏ qua.)
surveys-back = ‹ Câu trước
surveys-skip = Bỏ qua
surveys-multi-done = Xong ({ $n } đã chọn)
surveys-err-required = Câu này bắt buộc trả lời.
surveys-err-pick-one = Xin chọn ít nhất một phương án rồi bấm "Xong".
surveys-err-too-many = Chỉ được chọn tối đa { $max } phương án.
surveys-err-one-option = Câu này chỉ chọn một phương án: gõ một số.
surveys-err-not_options = Không đọc được lựa chọn. Gõ số thứ tự phương án, ví dụ: 2 (hoặc 1, 3 nếu được chọn nhiều).
surveys-err-not_a_number = Xin gõ một con số, ví dụ: 25.
surveys-err-below_min = Số này nhỏ hơn mức thấp nhất cho phép ({ $min }).
surveys-err-above_max = Số này lớn hơn mức cao nhất cho phép ({ $max }).
surveys-err-too_long = Câu trả lời quá dài, xin viết gọn lại.
surveys-review = 📋 XEM LẠI PHIẾU: { $title }
surveys-review-group = Nhóm của người trả lời: { $group }
surveys-send = ✅ Gửi phiếu
surveys-edit = ✏️ Sửa một câu
surveys-ask-edit = Gõ số thứ tự của câu cần sửa (theo danh sách xem lại).
surveys-err-edit-number = Xin gõ một số từ 1 đến { $max }.
surveys-saved = ✅ Đã ghi nhận phiếu khảo sát. Cảm ơn đồng chí!
surveys-saved-interview = ✅ Đã ghi nhận phiếu phỏng vấn (ẩn danh).
surveys-next-interview = 🎤 Phỏng vấn người tiếp theo
surveys-choose = Có nhiều phiếu khảo sát đang mở. Chọn phiếu cần trả lời:

surveys-x-not_found = Không tìm thấy đợt khảo sát này.
surveys-x-not_open = Đợt khảo sát này chưa mở.
surveys-x-closed = Đợt khảo sát này đã kết thúc, không nhận thêm phiếu.
surveys-x-not_recipient = Đồng chí không thuộc đối tượng của đợt khảo sát này.
surveys-x-already_answered = Đồng chí đã gửi phiếu của đợt khảo sát này rồi. Cảm ơn đồng chí!
surveys-x-no_interviews = Đợt khảo sát này không nhận phiếu phỏng vấn.
surveys-x-none_open = Hiện không có phiếu khảo sát nào đang chờ đồng chí trả lời.
surveys-x-incomplete = Phiếu còn câu bắt buộc chưa trả lời.
surveys-x-not_allowed = Đồng chí không có quyền xem đợt khảo sát này.
surveys-x-not_closed = Chỉ gửi kết quả cho người trả lời sau khi đợt khảo sát kết thúc.

surveys-no-questionnaires = Chưa có bộ câu hỏi nào. Quản trị viên nạp bộ câu hỏi bằng lệnh: npm run admin -- survey-import <tệp.yaml>
surveys-ask-survey = 📋 TẠO ĐỢT KHẢO SÁT. Chọn bộ câu hỏi:
surveys-ask-audience = Gửi tới đơn vị nào? Bấm nút, hoặc gõ tên (hay mã) đơn vị cấp dưới, ví dụ "xã An Bình".
surveys-err-unit-code = Đồng chí gõ tên đơn vị (ví dụ "xã An Bình") hoặc mã đơn vị, trên một dòng.
surveys-ask-roles = Gửi tới những ai?
surveys-roles-collaborator = Cộng tác viên
surveys-roles-official = Cán bộ
surveys-roles-everyone = Cả cộng tác viên và cán bộ
surveys-ask-sectors = Chọn ngành, lĩnh vực (hoặc gõ tên):
surveys-sectors-all = Tất cả các ngành, lĩnh vực
surveys-ask-strata = Chọn nhóm xã hội (giai tầng) (hoặc gõ tên):
surveys-strata-all = Tất cả các nhóm xã hội
surveys-ask-sample = Chọn người trả lời:
surveys-sample-all = Tất cả người thuộc đối tượng
surveys-sample-per-unit = Chọn ngẫu nhiên n người mỗi đơn vị
surveys-sample-quota = Chia chỉ tiêu theo nhóm xã hội
surveys-ask-per-unit = Mỗi đơn vị chọn ngẫu nhiên bao nhiêu người? Gõ một số.
surveys-ask-quotas = Gõ chỉ tiêu cho từng nhóm xã hội, ví dụ: Nông dân=20, Công nhân=10
    Các nhóm: { $groups }
surveys-err-per-unit = Xin gõ một số từ 1 đến 10000.
surveys-err-quotas = Không đọc được chỉ tiêu. Viết tên nhóm (như danh sách trên), dấu = rồi số người, ví dụ: Nông dân=20, Công nhân=10
surveys-ask-interviews = Cho phép cộng tác viên ghi phiếu khi phỏng vấn người dân (/phongvan)?
surveys-ask-closes = Thời hạn trả lời (nhắc một lần vào giữa thời hạn cho người chưa trả lời). Bấm nút, hoặc gõ ví dụ «10 ngày», «20/12»:
surveys-closes-24 = 1 ngày
surveys-closes-72 = 3 ngày
surveys-closes-168 = 1 tuần
surveys-closes-336 = 2 tuần
surveys-ask-baseline = Đã có đợt khảo sát số { $number } với bộ câu hỏi này. So sánh kết quả đợt mới với đợt đó (trước/sau)?
surveys-closes-days = { $n } ngày
surveys-closes-hours = { $n } giờ
surveys-err-closes = Đồng chí bấm một nút, hoặc gõ thời hạn theo ngày hay giờ (ví dụ «5 ngày», «36 giờ», tối đa 60 ngày), hay ngày kết thúc (ví dụ «20/12» là hết ngày 20/12, «17:00 20/12»).
surveys-campaign-preview = 📋 XEM TRƯỚC ĐỢT KHẢO SÁT
    Bộ câu hỏi: { $title }
    Đơn vị: { $unit }
    Đối tượng: { $who }
    Số người thuộc đối tượng: { $audience }
    Được chọn trả lời: { $sampled }
    Phỏng vấn người dân: { $interviews }
    Thời hạn: { $span ->
        [none] đến { $closes }
       *[other] { $span }, đến { $closes }
    } (nhắc người chưa trả lời một lần vào giữa thời hạn)
surveys-preview-interviews-yes = cộng tác viên được ghi phiếu khi phỏng vấn (/phongvan)
surveys-preview-interviews-no = không
surveys-send-campaign = ✅ Gửi khảo sát
surveys-cancel = Hủy
surveys-campaign-cancelled = Đã hủy, không gửi khảo sát.
surveys-campaign-created = ✅ Đã tạo đợt khảo sát số { $number }: { $sampled } người được chọn sẽ nhận phiếu. Xem kết quả: /ketquakhaosat { $number }
surveys-campaign-err-invalid = Thông tin đợt khảo sát chưa đầy đủ, xin làm lại.
surveys-campaign-err-unknown_survey = Không tìm thấy bộ câu hỏi này.
surveys-campaign-err-bad_times = Thời hạn không hợp lệ (ngày đã qua, hoặc xa quá 90 ngày). Đồng chí chọn lại thời hạn.
surveys-campaign-err-out_of_scope = Đơn vị này không thuộc phạm vi của đồng chí.
surveys-campaign-err-empty_audience = Không có ai thuộc đối tượng đã chọn.
surveys-campaign-err-bad_baseline = Đợt khảo sát so sánh không cùng bộ câu hỏi.
surveys-campaign-err-unknown_unit = Không tìm thấy đúng một đơn vị có tên hay mã này. Đồng chí gõ đầy đủ hơn, ví dụ "Đảng ủy xã An Bình", hoặc gõ mã đơn vị.

surveys-list-title = 📊 CÁC ĐỢT KHẢO SÁT GẦN ĐÂY (bấm số đợt để xem kết quả):
surveys-list-item = • Số { $number } — { $title } ({ $unit }): { $state }, { $responded }/{ $recipients } đã trả lời
surveys-list-item-scheduled = • Số { $number } — { $title } ({ $unit }): phiếu gửi đi từ { $opens }
surveys-list-state-open = đang diễn ra
surveys-list-state-closed = đã kết thúc
surveys-list-button = Số { $number }
surveys-list-empty = Chưa có đợt khảo sát nào trong phạm vi đồng chí phụ trách. Tạo đợt mới bằng /taokhaosat.
surveys-results-live = 📊 KẾT QUẢ KHẢO SÁT SỐ { $number } (đang diễn ra): { $title }
    Số phiếu: { $respondents }
surveys-results-final = 📊 KẾT QUẢ KHẢO SÁT SỐ { $number } (đã kết thúc): { $title }
    Số phiếu: { $respondents }
surveys-results-completion = Người được chọn đã trả lời: { $responded }/{ $recipients } ({ $percent }%). Theo đơn vị:
surveys-results-question = Câu { $n }. { $text } ({ $answered } trả lời)
surveys-results-number = trung bình { $mean }, trung vị { $median }, thấp nhất { $min }, cao nhất { $max }
surveys-results-more-open = … và { $n } ý kiến khác (xem trong tệp xuất).
surveys-results-hidden = Số liệu chi tiết của { $units } đơn vị và { $strata } nhóm có dưới 5 phiếu được ẩn để bảo đảm ẩn danh.
surveys-compare-title = 📈 SO SÁNH TRƯỚC/SAU: đợt số { $before } → đợt số { $after } (tỉ lệ trên số người trả lời câu hỏi)
surveys-compare-not-comparable = Không so sánh được (câu hỏi đã thay đổi): { $ids }
surveys-shared = Đã gửi kết quả tóm tắt tới { $count } người đã trả lời.
surveys-shared-already = Kết quả đã được gửi cho người trả lời trước đó.
surveys-shared-intro = 🙏 Cảm ơn đồng chí đã tham gia trả lời khảo sát. Kết quả tóm tắt như sau:

surveys-def-line = dòng { $line }{ $where }: { $message }
surveys-def-err-syntax = lỗi cú pháp YAML/JSON
surveys-def-err-not_a_questionnaire = tệp không phải một bộ câu hỏi (cần các mục code, title, sections)
surveys-def-err-bad_id = mã câu hỏi chỉ gồm chữ không dấu, số và dấu _, bắt đầu bằng chữ
surveys-def-err-bad_code = mã bộ câu hỏi chỉ gồm chữ không dấu, số và các dấu - _ .
surveys-def-err-unknown_key = mục không được hỗ trợ: { $detail }
surveys-def-err-missing = thiếu mục bắt buộc
surveys-def-err-wrong_type = sai kiểu giá trị
surveys-def-err-not_allowed = giá trị không hợp lệ; được dùng: { $detail }
surveys-def-err-too_small = quá ít hoặc quá ngắn (tối thiểu { $detail })
surveys-def-err-too_big = quá nhiều hoặc quá dài (tối đa { $detail })
surveys-def-err-invalid = giá trị không hợp lệ
surveys-def-err-duplicate_id = mã câu hỏi { $detail } bị trùng
surveys-def-err-too_many_questions = quá nhiều câu hỏi (tối đa { $detail })
surveys-def-err-unknown_target = câu chuyển tới không tồn tại: { $detail }
surveys-def-err-backward_target = chỉ được chuyển tới câu phía sau: { $detail }
surveys-def-err-number_rule = điều kiện bỏ qua của câu hỏi số cần below hoặc above
surveys-def-err-rule_needs_if = điều kiện bỏ qua cần mục if (các phương án)
surveys-def-err-unknown_option = phương án không có trong câu hỏi: { $detail }
surveys-def-err-no_skip_on_text = câu trả lời tự do không đặt điều kiện bỏ qua được
surveys-def-err-scale_and_options = câu thang đo dùng scale hoặc options, không dùng cả hai
surveys-def-err-needs_scale = câu thang đo cần scale (prevalence, agreement, satisfaction) hoặc options
surveys-def-err-scale_on_choice = câu lựa chọn không dùng scale
surveys-def-err-needs_options = câu lựa chọn cần danh sách options
surveys-def-err-duplicate_option = có phương án bị trùng
surveys-def-err-options_on_open = câu trả lời tự do hoặc câu hỏi số không có phương án
surveys-def-err-min_above_max = min lớn hơn max
