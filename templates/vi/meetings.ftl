# Hội nghị giao ban với cộng tác viên (issue 17 mục 4)

meetings-help-list = các cuộc giao ban: sắp tới, đã họp, ai tham dự
meetings-help-new = lên lịch hội nghị giao ban và gửi giấy mời
meetings-help-checkin = điểm danh khi đang dự giao ban

# Lên lịch (cán bộ)
meetings-intro = 🗓 LÊN LỊCH HỘI NGHỊ GIAO BAN. Gõ /huy bất cứ lúc nào để hủy.
meetings-ask-title = Tên cuộc họp (ví dụ "Giao ban cộng tác viên dư luận xã hội tháng 12"):
meetings-ask-when = Thời gian họp, ví dụ: 8:00 15/12 hoặc 15/12/2026 14h00
meetings-err-when-format = Chưa đọc được thời gian. Đồng chí nhập theo dạng giờ:phút ngày/tháng, ví dụ 8:00 15/12.
meetings-ask-place = Địa điểm họp, hoặc đường dẫn họp trực tuyến (có thể ghi cả hai, ví dụ "Hội trường UBND xã, https://meet.google.com/abc-defg-hij"):
meetings-ask-agenda = Chương trình, nội dung cuộc họp (gõ nội dung). Có thể đưa vào những điểm nổi bật của bản tổng hợp gần nhất.
meetings-agenda-highlights = 📊 Đưa điểm nổi bật của bản tổng hợp gần nhất
meetings-agenda-none = Không ghi chương trình
meetings-no-highlights = Chưa có bản tổng hợp nào của đơn vị để lấy điểm nổi bật. Đồng chí gõ nội dung chương trình, hoặc bấm «Không ghi chương trình».
meetings-highlights-block = Điểm nổi bật của bản tổng hợp kỳ { $period }:
    { $text }
meetings-highlights-added = Đã đưa vào chương trình:
    { $text }
meetings-ask-agenda-more = Đồng chí gõ thêm các nội dung khác của chương trình (sẽ ghi trước phần điểm nổi bật), hoặc bấm «Xong».
meetings-agenda-done = Xong
meetings-ask-audience = Mời đơn vị nào? Chọn đơn vị của đồng chí, hoặc gõ tên (hay mã) một đơn vị trực thuộc, ví dụ "xã An Bình".
meetings-ask-roles = Thành phần mời:
meetings-preview =
    Xem lại giấy mời:
    «{ $title }»
    Thời gian: { $when }
    Địa điểm: { $where }
    Mời: { $unit } ({ $count } người)
meetings-send = Gửi giấy mời
meetings-cancel = Hủy
meetings-cancelled = Đã hủy, chưa gửi giấy mời nào.
meetings-created = Đã lên lịch. Giấy mời sẽ gửi tới { $count } người (ngoài giờ nghỉ); mỗi người được nhắc trước một ngày và trước một giờ.
meetings-see-list = Xem các cuộc giao ban
meetings-pick-from-list = Đồng chí chọn cuộc họp trong danh sách giao ban (gõ /giaoban hoặc bấm nút bên dưới), rồi bấm nút «Điểm danh», «Kết luận» hay «Hủy» của cuộc họp đó.
meetings-err-invalid = Thông tin cuộc họp chưa đủ hoặc quá dài. Đồng chí nhập lại tên cuộc họp.
meetings-err-bad_time = Thời gian họp phải sau lúc này ít nhất 1 giờ và trong vòng 90 ngày.
meetings-err-out_of_scope = Đơn vị này không thuộc phạm vi phụ trách của đồng chí.
meetings-err-unknown_unit = Không tìm thấy đúng một đơn vị có tên hay mã này. Đồng chí gõ đầy đủ hơn, ví dụ "Đảng ủy xã An Bình", hoặc gõ mã đơn vị.
meetings-err-empty_audience = Đơn vị này chưa có ai để mời.

# Giấy mời, nhắc lịch, điểm danh (người được mời)
meetings-card-title-invite = 📩 GIẤY MỜI HỘI NGHỊ GIAO BAN
meetings-card-title-day = 🔔 NHẮC LỊCH: ngày mai họp giao ban
meetings-card-title-hour = 🔔 NHẮC LỊCH: một giờ nữa họp giao ban
meetings-card-what = «{ $title }» — { $unit }
meetings-card-when = Thời gian: { $when }
meetings-card-place = Địa điểm: { $place }
meetings-card-link = Họp trực tuyến: { $link }
meetings-card-agenda = Chương trình:
meetings-card-answer-hint = Đồng chí vui lòng cho biết có tham dự không (bấm nút bên dưới, hoặc gõ /giaoban rồi chọn).
meetings-card-you-attend = Đồng chí đã báo tham dự.
meetings-card-check-in-hint = Khi tới dự (hoặc vào họp trực tuyến), đồng chí bấm «Điểm danh» hoặc gõ /diemdanh.
meetings-btn-attend = ✅ Tham dự
meetings-btn-absent = Vắng (báo lý do)
meetings-btn-check-in = 🙋 Điểm danh
meetings-ask-reason = Đồng chí vắng vì lý do gì? (gõ ngắn gọn)
meetings-answered-attend = Đã ghi nhận đồng chí tham dự «{ $title }» lúc { $when }. Trước giờ họp sẽ có tin nhắc.
meetings-answered-absent = Đã ghi nhận đồng chí vắng mặt tại «{ $title }» ({ $when }), kèm lý do đồng chí báo. Nếu thu xếp được, đồng chí bấm «Tham dự» trên giấy mời.
meetings-checked-in = ✅ Đã điểm danh: «{ $title }». Cảm ơn đồng chí.
meetings-checked-in-already = Đồng chí đã điểm danh «{ $title }» rồi.
meetings-invitations-title = 🗓 CÁC CUỘC GIAO BAN ĐỒNG CHÍ ĐƯỢC MỜI
meetings-invitations-empty = Hiện đồng chí không có lời mời giao ban nào sắp tới.
meetings-invitation-item = { $n }. «{ $title }» — { $when }, { $where }
meetings-invitation-none = { "   " }Chưa trả lời
meetings-invitation-attend = { "   " }Đã báo tham dự
meetings-invitation-absent = { "   " }Đã báo vắng
meetings-invitation-checked = { "   " }Đã điểm danh
meetings-invitation-answer-for = Trả lời cho cuộc «{ $title }»:

# Danh sách, điểm danh, kết luận (cán bộ)
meetings-list-title = 🗓 HỘI NGHỊ GIAO BAN
meetings-list-empty = Chưa có cuộc giao ban nào trong phạm vi của đồng chí.
meetings-list-upcoming = Sắp tới:
meetings-list-past = Đã họp:
meetings-list-item = { $n }. «{ $title }» — { $when }, { $where } ({ $unit })
meetings-list-answers = { "   " }Mời { $invited }: đã trả lời { $answered } (tham dự { $attending }, vắng { $absent }), chưa trả lời { $none }
meetings-list-attendance-recorded = { "   " }Có mặt { $present }/{ $invited } (đã ghi điểm danh)
meetings-list-attendance-checked = { "   " }Tự điểm danh { $checkedIn }/{ $invited } — chưa ghi điểm danh chính thức
meetings-list-concluded = { "   " }Đã gửi kết luận
meetings-btn-new = ➕ Lên lịch giao ban
meetings-btn-attendance-n = 📋 Điểm danh cuộc { $n }
meetings-btn-conclude-n = 📝 Kết luận cuộc { $n }
meetings-attendance-title = 📋 ĐIỂM DANH — «{ $title }»: có mặt { $present }/{ $invited }
meetings-attendance-hint = ✅ có mặt, ❌ vắng. Gõ số thứ tự để đổi (ví dụ: 2, 5 hoặc 3-6), rồi bấm «Lưu điểm danh».
meetings-roster-checked-in = đã tự điểm danh
meetings-roster-absent = báo vắng: { $reason }
meetings-roster-said-attend = báo tham dự, chưa điểm danh
meetings-roster-no-answer = chưa trả lời
meetings-err-numbers = Đồng chí gõ số thứ tự trong danh sách (từ 1 đến { $max }), cách nhau bằng dấu phẩy, ví dụ: 2, 5.
meetings-btn-save-attendance = 💾 Lưu điểm danh
meetings-attendance-cancelled = Đã thôi, điểm danh giữ như cũ.
meetings-attendance-nobody = Cuộc họp này chưa gửi giấy mời tới ai.
meetings-attendance-saved = Đã ghi điểm danh: có mặt { $present }/{ $invited } người ({ $corrected } người điều chỉnh so với tự điểm danh).
meetings-btn-conclude = 📝 Gửi kết luận
meetings-ask-conclusions = Nhập kết luận của hội nghị «{ $title }» (biên bản tóm tắt, các nội dung chỉ đạo). Kết luận sẽ gửi tới những người được mời dưới dạng định hướng, có yêu cầu xác nhận «Đã nhận».
meetings-conclusions-preview =
    Xem lại kết luận «{ $title }»:
    { $body }
meetings-btn-send-conclusions = Gửi kết luận
meetings-conclusions-cancelled = Đã thôi, chưa gửi kết luận.
meetings-conclusions-title = Kết luận hội nghị giao ban: { $title }
meetings-concluded = Đã gửi kết luận tới { $count } người; mỗi người xác nhận «Đã nhận». Xem tiến độ ở /dinhhuong_ds.
meetings-concluded-approval = Kết luận ({ $count } người nhận) đang chờ một cán bộ khác duyệt trước khi gửi.
meetings-see-guidance = Xem định hướng đã gửi

# Từ chối
meetings-x-not_found = Không tìm thấy cuộc họp này.
meetings-x-not_invited = Cuộc họp này không mời đồng chí.
meetings-x-cancelled = Cuộc họp này đã hủy.
meetings-x-over = Cuộc họp đã kết thúc.
meetings-x-not_yet = Chưa đến giờ điểm danh: điểm danh mở từ { $at }.
meetings-x-none_open = Hiện không có cuộc giao ban nào đang diễn ra mà đồng chí được mời.
meetings-x-out_of_scope = Cuộc họp này không thuộc phạm vi phụ trách của đồng chí.
meetings-x-not_started = Cuộc họp chưa diễn ra.
meetings-x-already_sent = Kết luận của cuộc họp này đã được gửi.
meetings-x-invalid = Kết luận trống hoặc quá dài.

# Bảng điều khiển, trang Mạng lưới
meetings-console-title = Hội nghị giao ban
meetings-console-empty = Chưa có hội nghị giao ban nào trong phạm vi này.
meetings-console-when = Thời gian
meetings-console-meeting = Cuộc họp
meetings-console-invited = Được mời
meetings-console-answers = Trả lời
meetings-console-answer-counts = tham dự { $attending }, vắng { $absent }
meetings-console-present = Có mặt
meetings-console-recorded = { $present }/{ $invited }
meetings-console-checked = { $present }/{ $invited } (tự điểm danh)
meetings-console-conclusions = Kết luận
meetings-console-sent = đã gửi

# Hủy cuộc họp
meetings-btn-cancel-n = ✖ Hủy cuộc { $n }
meetings-ask-cancel = Hủy cuộc họp «{ $title }» lúc { $when }? Những người đã nhận giấy mời sẽ được báo hủy.
meetings-btn-cancel-yes = Hủy cuộc họp
meetings-btn-cancel-no = Không, giữ lịch
meetings-cancel-kept = Lịch họp giữ nguyên.
meetings-cancel-done = Đã hủy cuộc họp; đã báo { $told } người được mời.
meetings-cancelled-notice = ✖ THÔNG BÁO HỦY: hội nghị giao ban «{ $title }» ({ $unit }) lúc { $when } không tổ chức nữa. Đồng chí không cần trả lời.
meetings-x-already_cancelled = Cuộc họp này đã hủy trước đó.
meetings-x-started = Cuộc họp đã bắt đầu, không hủy được nữa.
