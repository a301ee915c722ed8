## Case handling with responsible bodies (issue 13 §4): chuyển xử lý, liaisons' answers, reminders, the reporter told.

cases-help-forward = chuyển một vấn đề, cảnh báo cho cơ quan phối hợp xử lý (gõ kèm số biên nhận)
cases-help-answer = trả lời hồ sơ được chuyển đến (dùng các nút trên hồ sơ)
cases-help-view = hồ sơ chuyển xử lý và diễn biến (gõ kèm số hồ sơ XL-… để xem một hồ sơ)
cases-menu = 📂 Hồ sơ cần xử lý

cases-forward-usage = Gõ số biên nhận sau lệnh, ví dụ: /chuyenxuly BN-2026-12-000012 (hoặc bấm «Chuyển xử lý» trên thông báo báo cáo).
cases-forward-intro = ➡️ CHUYỂN XỬ LÝ { $receipt }: { $title }
cases-ask-issue = Chuyển vấn đề nào của báo cáo?
cases-ask-body = Chuyển cho cơ quan nào xử lý?
cases-ask-due = Hạn xử lý sau bao nhiêu ngày? Đồng chí bấm một mức bên dưới (việc gấp: 1 hoặc 3 ngày; thông thường: 7, 15 hoặc 30 ngày tùy tính chất vụ việc), hoặc gõ số ngày khác (ví dụ: 10, 45).
cases-days = { $n } ngày
cases-err-due = Đồng chí chọn một hạn trong danh sách hoặc gõ số ngày (từ 1 đến 365).
cases-ask-note = Ghi chú, đề nghị gửi kèm cho cơ quan xử lý:
cases-ask-tell = Có báo cho người phản ánh biết từng bước xử lý không? (Tên cán bộ cơ quan xử lý không được nêu.)
cases-confirm =
    Xem lại trước khi chuyển:
    • Nguồn: { $receipt } — { $issue }
    • Cơ quan xử lý: { $body }
    • Hạn: { $days } ngày, đến ngày { $date }
    • Ghi chú: { $note }
    • Báo cho người phản ánh: { $tell }
cases-btn-send = ➡️ Chuyển
cases-btn-edit = ✏️ Sửa
cases-btn-cancel = 🗑 Hủy
cases-forwarded = ✅ Đã chuyển hồ sơ { $receipt } cho { $body } ({ $n } đầu mối được báo). Đồng chí sẽ nhận được mỗi lần cơ quan trả lời.
cases-forwarded-nobody = ✅ Đã lập hồ sơ { $receipt } cho { $body }, nhưng cơ quan chưa có đầu mối nào đăng ký nhận tin: đề nghị liên hệ trực tiếp.

cases-new-head = 📂 HỒ SƠ CHUYỂN XỬ LÝ { $receipt }
cases-new-from = Từ: { $name } ({ $unit }), nguồn { $source }
cases-new-title = Nội dung: { $title }
cases-new-situation = Tình hình: { $text }
cases-new-place = Địa điểm: { $place }
cases-new-coords = Tọa độ: { $lat }, { $lon } — xem bản đồ: { $map }
cases-new-note = Đề nghị: { $note }
cases-new-due = Hạn xử lý: { $due }
cases-btn-accepted = Tiếp nhận
cases-btn-in_progress = Đang xử lý
cases-btn-done = Đã xử lý
cases-btn-declined = Không thuộc thẩm quyền
cases-btn-view = Xem hồ sơ
cases-btn-tell = Báo cho người phản ánh
cases-btn-close-alert = Kết thúc điểm nóng { $receipt }

cases-answer-usage = Đồng chí dùng các nút trên hồ sơ để trả lời, hoặc gõ /hoso để xem các hồ sơ đang chờ.
cases-ask-result = Đồng chí cho biết kết quả xử lý (sẽ gửi cho cán bộ đã chuyển hồ sơ):
cases-ask-reason = Đồng chí cho biết lý do không thuộc thẩm quyền (và cơ quan có thẩm quyền, nếu biết):
cases-answered = ✅ Đã ghi nhận hồ sơ { $receipt }: { $status }.
cases-answered-already = Hồ sơ { $receipt } đã ở trạng thái «{ $status }» từ trước.

cases-answer-head = 🔁 Hồ sơ { $receipt } — { $body }: { $status } ({ $name })
cases-answer-note = Nội dung trả lời: { $note }
cases-answer-told = Người phản ánh đã được báo.

cases-status-sent = đã chuyển, chờ tiếp nhận
cases-status-accepted = đã tiếp nhận
cases-status-in_progress = đang xử lý
cases-status-done = đã xử lý
cases-status-declined = không thuộc thẩm quyền

cases-reporter-forwarded = 📬 Nội dung đồng chí phản ánh ({ $title }) đã được chuyển đến { $body } xem xét, xử lý (hồ sơ { $receipt }).
cases-reporter-accepted = 📬 { $body } đã tiếp nhận nội dung đồng chí phản ánh ({ $title }), hồ sơ { $receipt }.
cases-reporter-in_progress = 📬 { $body } đang xử lý nội dung đồng chí phản ánh ({ $title }), hồ sơ { $receipt }.
cases-reporter-done = 📬 { $body } đã xử lý xong nội dung đồng chí phản ánh ({ $title }), hồ sơ { $receipt }. Kết quả: { $note }
cases-reporter-declined = 📬 Nội dung đồng chí phản ánh ({ $title }) không thuộc thẩm quyền của { $body }: { $note }. Cán bộ phụ trách sẽ chuyển nơi có thẩm quyền.

cases-remind-before = ⏰ Hồ sơ { $receipt } ({ $title }) đến hạn xử lý lúc { $due }. Đề nghị đồng chí cập nhật kết quả.
cases-remind-due = ⏰ Hồ sơ { $receipt } ({ $title }) đã đến hạn xử lý ({ $due }). Đề nghị đồng chí báo kết quả hoặc tiến độ.
cases-remind-after = ⚠️ Hồ sơ { $receipt } ({ $title }) đã quá hạn xử lý từ { $due }. Đề nghị đồng chí khẩn trương báo kết quả.
cases-overdue-official = ⚠️ Hồ sơ { $receipt } ({ $title }) chuyển { $body } đã quá hạn { $due }, hiện { $status }.

cases-view-usage = Gõ số hồ sơ sau lệnh, ví dụ: /hoso XL-2026-12-000003
cases-list-head = 📂 { $n } hồ sơ đang chờ xử lý:
cases-list-item = { $n }. { $receipt } — { $title } · hạn { $due } · { $status }
cases-list-empty = Hiện không có hồ sơ nào đang chờ cơ quan xử lý.
cases-timeline-item = { $at } · { $what } · { $who } { $note }
cases-result = Kết quả: { $text }
cases-event-forwarded = chuyển xử lý
cases-event-accepted = tiếp nhận
cases-event-in_progress = đang xử lý
cases-event-done = đã xử lý
cases-event-declined = không thuộc thẩm quyền
cases-event-reminded = nhắc hạn
cases-event-overdue = quá hạn
cases-told = Đã báo cho người phản ánh bước này của hồ sơ { $receipt }.
cases-told-already = Người phản ánh đã được báo bước này của hồ sơ { $receipt } từ trước.

cases-x-not_official = Chức năng này dành cho cán bộ phụ trách.
cases-x-not_registered = Đồng chí cần đăng ký trước khi dùng chức năng này.
cases-x-not_found = Không tìm thấy hồ sơ, báo cáo hoặc cảnh báo này trong phạm vi của đồng chí.
cases-x-out_of_scope = Nội dung này không thuộc phạm vi phụ trách của đồng chí (địa bàn hoặc cơ quan được chuyển hồ sơ).
cases-x-no_bodies = Chưa có cơ quan phối hợp nào được khai báo cho đơn vị của đồng chí. Đề nghị quản trị viên bổ sung.
cases-x-bad_body = Cơ quan đã chọn không còn trong danh sách. Đồng chí gõ lại /chuyenxuly.
cases-x-bad_due = Hạn xử lý phải sau thời điểm hiện tại.
cases-x-not_liaison = Chỉ đầu mối của cơ quan được chuyển hồ sơ mới trả lời được.
cases-x-closed = Hồ sơ đã kết thúc, không thay đổi được nữa.
cases-x-text_required = Cần nêu kết quả hoặc lý do.

cases-status-title = Nội dung đã chuyển cơ quan xử lý:
cases-status-line = • { $receipt } — { $title } · { $body } · { $status }
