# Mạng lưới cộng tác viên: mời (/moi), danh sách (/mangluoi), sửa, tạm dừng, thay thế, nghỉ.
network-help-invite = mời một cộng tác viên hoặc cán bộ mới (tạo mã mời)
network-help-list = danh sách mạng lưới của đơn vị: xem, sửa, tạm dừng, thay thế

network-status-active = đang hoạt động
network-status-suspended = tạm dừng
network-status-replaced = đã được thay thế
network-status-left = đã nghỉ

network-invite-intro = 👥 MỜI THAM GIA MẠNG LƯỚI. Gõ /huy bất cứ lúc nào để hủy.
network-ask-name = Họ và tên người được mời:
network-err-name = Họ tên cần viết bằng chữ, từ 2 đến 120 ký tự. Đồng chí vui lòng gõ lại.
network-ask-unit = Người được mời thuộc đơn vị nào? Bấm nút nếu là đơn vị của đồng chí, hoặc gõ tên (hay mã) đơn vị cấp dưới, ví dụ "xã An Bình".
network-unit-own = { $unit }
network-err-unit-code = Đồng chí gõ tên đơn vị (ví dụ "xã An Bình") hoặc mã đơn vị, trên một dòng.
network-ask-role = Vai trò của người được mời:
network-ask-stratum = Người được mời thuộc giai tầng xã hội nào?
network-ask-sector = Ngành, lĩnh vực hoặc đoàn thể công tác (ví dụ: Hội Nông dân, giáo dục). Gõ nội dung hoặc bấm "Bỏ qua".
network-invite-summary =
    Đồng chí kiểm tra lại thông tin:
    • Họ tên: { $name }
    • Đơn vị: { $unit }
    • Vai trò: { $role }
    • Giai tầng: { $stratum }
    • Ngành, lĩnh vực: { $sector }
network-invite-create = ✅ Tạo mã mời
network-cancel = Hủy
network-cancelled = Đã hủy, không có thay đổi nào.
network-invite-done = ✅ Đã tạo mã mời cho đồng chí { $name } ({ $unit }).
network-replace-done = ✅ Đã ghi nhận việc thay thế. Mã mời cho người thay thế, đồng chí { $name } ({ $unit }):
network-invite-code = Mã mời: { $code } (dùng một lần, hết hạn lúc { $expires }).
network-invite-link = Trên Telegram, bấm đường dẫn: { $link }
network-invite-start = Trên Zalo hoặc kênh khác, gửi cho hệ thống tin nhắn: /start { $code }

network-list-title = 👥 Mạng lưới { $unit }: { $total } người (trang { $page }/{ $pages })
network-list-item = { $n }. { $name } — { $role }, { $unit } ({ $status })
network-list-pick = Bấm tên để xem và cập nhật thông tin.
network-list-more = Xem tiếp ›
network-list-empty = { $unit } chưa có cộng tác viên hay cán bộ nào. Gõ /moi để mời.
network-card =
    👤 { $name }
    • Vai trò: { $role }
    • Đơn vị: { $unit }
    • Giai tầng: { $stratum }
    • Ngành, lĩnh vực: { $sector }
    • Trạng thái: { $status }
network-btn-edit = ✏️ Sửa thông tin
network-btn-suspend = ⏸ Tạm dừng
network-btn-reactivate = ▶️ Hoạt động trở lại
network-btn-replace = 🔁 Thay thế
network-btn-left = 🚪 Đã nghỉ
network-btn-left-confirm = Xác nhận đã nghỉ
network-btn-back = ‹ Quay lại
network-left-confirm = Xác nhận đồng chí { $name } đã thôi tham gia mạng lưới? Các bản nháp đang dở sẽ được đóng; lịch sử báo cáo vẫn được lưu.
network-suspended = Đã tạm dừng hoạt động của đồng chí { $name } trên hệ thống.
network-reactivated = Đồng chí { $name } đã hoạt động trở lại.
network-left = Đã ghi nhận đồng chí { $name } thôi tham gia mạng lưới.
network-pick-from-list = Đồng chí chọn người cần cập nhật trong danh sách /mangluoi.

network-edit-ask-field = Cập nhật thông tin nào của đồng chí { $name }?
network-field-stratum = Giai tầng
network-field-sector = Ngành, lĩnh vực
network-field-unit = Chuyển đơn vị
network-ask-transfer = Gõ tên (hay mã) đơn vị mới, thuộc phạm vi đồng chí phụ trách, ví dụ "xã An Bình":
network-edit-done = ✅ Đã cập nhật.
network-replace-ask-name = Họ và tên người thay thế đồng chí { $name }:
network-replace-confirm = Thay đồng chí { $old } bằng đồng chí { $name }? Đồng chí { $old } sẽ thôi nhận nhiệm vụ, các bản nháp đang dở được đóng; người mới nhận mã mời vào cùng đơn vị.

network-x-unknown_unit = Không tìm thấy đúng một đơn vị có tên hay mã này. Đồng chí gõ đầy đủ hơn, ví dụ "Đảng ủy xã An Bình", hoặc gõ mã đơn vị.
network-x-out_of_scope = Việc này nằm ngoài phạm vi đơn vị đồng chí phụ trách.
network-x-not_found = Không tìm thấy người này trong mạng lưới.
network-x-bad_role = Đồng chí không thể giao hoặc thay đổi vai trò này.
network-x-bad_name = Họ tên viết bằng chữ, từ 2 đến 120 ký tự.
network-x-bad_stratum = Giai tầng không có trong danh mục.
network-x-bad_sector = Ngành, lĩnh vực quá dài (tối đa 80 ký tự).
network-x-self = Đồng chí không thể tự thay đổi trạng thái của chính mình; vui lòng đề nghị cán bộ cấp trên.
network-x-same_status = Trạng thái này đã được ghi nhận trước đó, không có thay đổi.
network-x-not_current = Người này đã thôi tham gia hoặc đã được thay thế; thông tin được giữ làm lịch sử.

network-notice-suspended = Kính gửi đồng chí { $name }: hoạt động của đồng chí trên hệ thống tạm dừng từ hôm nay. Cảm ơn đồng chí đã đồng hành cùng mạng lưới. Nếu cần trao đổi, đồng chí vui lòng liên hệ cán bộ phụ trách đơn vị.
network-notice-reactivated = Kính gửi đồng chí { $name }: tài khoản của đồng chí đã hoạt động trở lại. Gõ /help để xem các chức năng.
network-notice-left = Kính gửi đồng chí { $name }: hệ thống đã ghi nhận đồng chí thôi tham gia mạng lưới cộng tác viên. Trân trọng cảm ơn những đóng góp của đồng chí.
network-notice-replaced = Kính gửi đồng chí { $name }: nhiệm vụ cộng tác viên của đồng chí đã được bàn giao cho người thay thế. Trân trọng cảm ơn những đóng góp của đồng chí.
network-notice-transferred = Kính gửi đồng chí { $name }: đồng chí đã được chuyển sang sinh hoạt tại { $unit }. Báo cáo từ nay gửi về đơn vị mới.

network-import-line = Dòng { $line }: { $problem }
network-import-x-missing_columns = thiếu cột bắt buộc; dòng tiêu đề cần có cột họ tên (ho_ten) và mã đơn vị (ma_don_vi); có thể thêm vai_tro, giai_tang, nganh.
network-import-x-empty = tệp không có dòng dữ liệu nào.
network-import-x-too_many_rows = tệp quá dài; mỗi lần nhập tối đa 20.000 dòng, đồng chí vui lòng tách tệp.
network-import-x-bad_name = họ tên "{ $value }" cần viết bằng chữ, từ 2 đến 120 ký tự.
network-import-x-bad_unit = mã đơn vị "{ $value }" không hợp lệ.
network-import-x-unknown_unit = không có đơn vị mã "{ $value }".
network-import-x-out_of_scope = đơn vị "{ $value }" nằm ngoài phạm vi đồng chí phụ trách.
network-import-x-bad_role = vai trò "{ $value }" không hợp lệ (cộng tác viên, cán bộ, đầu mối).
network-import-x-role_not_allowed = đồng chí không thể mời người với vai trò "{ $value }".
network-import-x-bad_stratum = giai tầng "{ $value }" không có trong danh mục.
network-import-x-bad_sector = ngành, lĩnh vực "{ $value }…" quá dài (tối đa 80 ký tự).
network-import-x-duplicate = trùng với một dòng phía trên ({ $value }).
network-import-summary = Đã tạo { $count } mã mời.
network-import-held = Tệp có { $problems } lỗi nên chưa tạo mã mời nào ({ $held } dòng hợp lệ đang chờ). Đồng chí sửa các dòng trên rồi nhập lại, hoặc chọn chỉ nhập các dòng hợp lệ.
network-import-list-header = Dòng,Họ tên,Đơn vị,Mã đơn vị,Vai trò,Mã mời,Đường dẫn Telegram,Hết hạn

network-console-import-title = Nhập danh sách cộng tác viên
network-console-import-help = Tệp CSV hoặc Excel (.xlsx), dòng đầu là tiêu đề: Họ tên, Mã đơn vị; có thể thêm Vai trò, Giai tầng, Ngành. Mỗi dòng được tạo một mã mời; hệ thống kiểm tra toàn bộ tệp trước và báo lỗi theo số dòng.
network-console-import-file = Tệp danh sách
network-console-import-partial = Vẫn tạo mã mời cho các dòng hợp lệ khi tệp có dòng lỗi
network-console-import-submit = Kiểm tra và tạo mã mời
network-console-import-problems = Tệp có { $count } dòng lỗi
network-console-import-list = Danh sách mã mời (in để bàn giao)
network-console-import-nofile = Đồng chí chưa chọn tệp.
network-console-import-too-big = Tệp quá lớn (tối đa 5 MB).
network-console-import-unreadable = Không đọc được tệp Excel này; đồng chí lưu lại dạng .xlsx hoặc .csv rồi thử lại.
network-console-back = Về trang Mạng lưới
network-replace-code-gone = Không còn mã mời nào đang chờ cho người thay thế này trên trình duyệt của đồng chí: mã đã được dùng, đã hết hạn hoặc được tạo ở nơi khác. Nếu người thay thế chưa tham gia, đề nghị tạo mã mời mới cho người đó.
network-console-actions = Thao tác
network-console-successor = Họ tên người thay thế

# Cơ cấu mạng lưới so với chỉ tiêu (tính đại diện).
network-gaps-title = 🧭 CƠ CẤU MẠNG LƯỚI { $unit } CHƯA ĐẠT CHỈ TIÊU:
network-gap-area = • { $unit }: { $count }/{ $min } cộng tác viên đang hoạt động
network-gap-stratum = • Giai tầng { $label }: { $count }/{ $min } cộng tác viên
network-gap-sector = • Ngành, lĩnh vực { $label }: { $count }/{ $min } cộng tác viên
network-gaps-footer = Đề nghị đồng chí xem xét giới thiệu, bổ sung cộng tác viên cho các địa bàn, giai tầng, ngành còn thiếu (gõ /moi để mời).
network-comp-title = Cơ cấu mạng lưới { $unit }: { $total } cộng tác viên đang hoạt động
network-comp-gaps = Chưa đạt chỉ tiêu cơ cấu:
network-comp-no-gaps = Cơ cấu đạt các chỉ tiêu đã đặt (hoặc đơn vị chưa có chỉ tiêu).
network-comp-by-area = Theo địa bàn (đơn vị trực thuộc)
network-comp-by-stratum = Theo giai tầng
network-comp-by-sector = Theo ngành, lĩnh vực
network-comp-group = Nhóm
network-comp-count = Số cộng tác viên
network-comp-target = Chỉ tiêu tối thiểu

# Kết quả hoạt động của cộng tác viên; đánh giá báo cáo hữu ích.
network-btn-scorecard = 📊 Kết quả hoạt động
network-score =
    📊 KẾT QUẢ HOẠT ĐỘNG — { $name } ({ $n } kỳ gần nhất)
    • Báo cáo định kỳ: { $onTime } đúng hạn, { $late } muộn, { $missing } không gửi
    • Tin nhanh: { $quick }; báo cáo chuyên đề: { $thematic }; cảnh báo điểm nóng: { $alerts }
    • Được cán bộ đánh giá hữu ích: { $useful }; đang được yêu cầu bổ sung: { $needsMore }
    • Dự giao ban: { $meetingsAttended }/{ $meetingsInvited } cuộc
network-score-periods = Từng kỳ: { $list }
network-score-state-on_time = đúng hạn
network-score-state-late = gửi muộn
network-score-state-missing = không gửi
network-score-state-none = chưa đến lượt
network-score-ok = Không có điểm cần lưu ý.
network-score-review = Cần xem xét: { $reasons }.
network-score-reason-missing_all = không gửi báo cáo, tin nào trong { $n } kỳ
network-score-reason-mostly_late = thường gửi báo cáo muộn
network-score-reason-needs_more = nhiều báo cáo phải bổ sung
network-score-reason-missed_meetings = vắng tất cả các cuộc giao ban được mời
network-score-reason-missing_periodic = không gửi báo cáo định kỳ nào trong { $n } kỳ (vẫn có tin nhanh, chuyên đề hoặc cảnh báo)

# Danh sách «cần xem xét» hằng tháng gửi cán bộ phụ trách.
network-review-title = 📋 CỘNG TÁC VIÊN CẦN XEM XÉT ({ $count } người, tính { $n } kỳ báo cáo gần nhất)
network-review-line = { $i }. { $name } ({ $unit }): { $reasons }
network-review-missed = không có báo cáo { $periods }
network-review-footer = Đồng chí bấm «Thẻ» để xem thông tin và kết quả hoạt động, hoặc tạm dừng, thay thế ngay bằng các nút dưới đây. Hệ thống chỉ thống kê; việc quyết định do cán bộ phụ trách thực hiện.
network-review-truncated = … Danh sách còn nữa, đồng chí xem đầy đủ bằng lệnh /mangluoi.
network-review-btn-card = 👤 Thẻ: { $name }
network-review-btn-suspend = ⏸ Tạm dừng: { $name }
network-review-btn-replace = 🔁 Thay thế: { $name }
network-suspend-confirm = Tạm dừng hoạt động của đồng chí { $name } trên hệ thống? Đồng chí { $name } sẽ được thông báo và không nhận nhiệm vụ cho đến khi hoạt động trở lại.
network-score-not-collaborator = Kết quả hoạt động chỉ tính cho cộng tác viên.
network-btn-useful = 👍 Hữu ích
network-rated = Đã ghi nhận báo cáo { $receipt } là hữu ích. Cảm ơn đồng chí.
network-rated-already = Đồng chí đã đánh giá báo cáo này là hữu ích trước đó.
network-rate-x-not_found = Không tìm thấy báo cáo này.
network-rate-x-out_of_scope = Báo cáo này nằm ngoài phạm vi đơn vị đồng chí phụ trách.
network-rate-x-not_official = Chỉ cán bộ phụ trách mới đánh giá được báo cáo.
network-review-all = Xem cả mạng lưới (/mangluoi)

# Tài liệu bồi dưỡng (/tailieu): thư viện theo chủ đề; cán bộ đăng bằng /tailieu_moi.
network-help-materials = tài liệu bồi dưỡng, hướng dẫn nghiệp vụ theo chủ đề
network-help-material-new = đăng tài liệu bồi dưỡng (văn bản, đường dẫn, ghi chú ngắn) tới mạng lưới
network-mat-title = 📚 TÀI LIỆU BỒI DƯỠNG
network-mat-topic-line = • { $topic }: { $count } tài liệu{ $unread ->
        [0] {""}
       *[other] , { $unread } chưa đọc
    }
network-mat-pick-topic = Đồng chí bấm chủ đề để xem tài liệu.
network-mat-empty = Chưa có tài liệu bồi dưỡng nào được gửi tới đồng chí.
network-mat-empty-official = Thư viện tài liệu chưa có tài liệu nào. Đồng chí bấm «Đăng tài liệu mới» hoặc gõ /tailieu_moi.
network-mat-btn-new = ➕ Đăng tài liệu mới
network-mat-topic-title = 📚 Chủ đề «{ $topic }»:
network-mat-item = { $n }. { $title } — gửi tới { $unit }, { $date } (chưa đọc)
network-mat-item-read = { $n }. { $title } — gửi tới { $unit }, { $date } ✓ đã đọc
network-mat-view =
    📖 { $title }
    Chủ đề: { $topic } · gửi tới { $unit } ngày { $date }
network-mat-file-elsewhere = (Tài liệu có tệp đính kèm, nhưng kênh này chưa gửi được loại tệp đó; đồng chí liên hệ cán bộ phụ trách để nhận tệp.)
network-mat-status-read = ✓ Đồng chí đã đọc tài liệu này.
network-mat-btn-read = ✅ Đã đọc
network-mat-btn-readers = 👥 Ai đã đọc
network-mat-read = Đã ghi nhận đồng chí đã đọc «{ $title }». Cảm ơn đồng chí.
network-mat-read-already = Đồng chí đã đọc «{ $title }» trước đó.
network-mat-readers = 👥 «{ $title }»: { $read }/{ $total } người đã đọc.
network-mat-readers-yes = Đã đọc: { $list }
network-mat-readers-no = Chưa đọc: { $list }
network-mat-intro = 📚 ĐĂNG TÀI LIỆU BỒI DƯỠNG. Tài liệu được gửi tới cộng tác viên của đơn vị như một định hướng có nút «Đã nhận», và lưu trong thư viện /tailieu. Gõ /huy bất cứ lúc nào để hủy.
network-mat-ask-topic = Tài liệu thuộc chủ đề nào? Bấm một chủ đề đã có hoặc gõ chủ đề mới (ví dụ: Kỹ năng nắm bắt dư luận).
network-mat-ask-kind = Loại tài liệu:
network-mat-kind-document = 📄 Văn bản (gửi tệp)
network-mat-kind-link = 🔗 Đường dẫn
network-mat-kind-note = 📝 Ghi chú ngắn
network-mat-ask-title = Tên tài liệu:
network-mat-ask-file = Đồng chí gửi tệp tài liệu (PDF, Word, ảnh…) vào đây.
network-mat-ask-link = Đồng chí dán đường dẫn (bắt đầu bằng http:// hoặc https://):
network-mat-ask-note = Nội dung ghi chú:
network-mat-ask-about = Vài dòng giới thiệu tài liệu (hoặc bấm «Bỏ qua»):
network-mat-ask-unit = Gửi tới cộng tác viên của đơn vị nào? Bấm nút nếu là đơn vị của đồng chí, hoặc gõ tên (hay mã) đơn vị cấp dưới, ví dụ "xã An Bình".
network-mat-summary =
    Đồng chí kiểm tra lại:
    • Chủ đề: { $topic }
    • Loại: { $kind }
    • Tên: { $title }
    • Gửi tới: { $unit }
network-mat-send = 📤 Gửi tài liệu
network-mat-published-sent = ✅ Đã gửi tài liệu tới { $n } cộng tác viên của { $unit }. Theo dõi người đã đọc trong /tailieu (nút «Ai đã đọc»).
network-mat-published-approval = ✅ Tài liệu gửi tới { $n } người nên cần một cán bộ khác phê duyệt; đã gửi đề nghị phê duyệt. Tài liệu có trong /tailieu sau khi gửi.
network-mat-x-bad_topic = Chủ đề cần viết bằng chữ, từ 2 đến 60 ký tự. Đồng chí gõ lại.
network-mat-x-bad_link = Đường dẫn chưa đúng (cần bắt đầu bằng http:// hoặc https://). Đồng chí dán lại.
network-mat-x-no_file = Đồng chí gửi tệp tài liệu (văn bản hoặc ảnh) vào đây.
network-mat-x-unknown_unit = Không tìm thấy đúng một đơn vị có tên hay mã này. Đồng chí gõ đầy đủ hơn, ví dụ "Đảng ủy xã An Bình", hoặc gõ mã đơn vị.
network-mat-x-out_of_scope = Đơn vị này nằm ngoài phạm vi đồng chí phụ trách.
network-mat-x-not_official = Chỉ cán bộ phụ trách mới đăng tài liệu và xem ai đã đọc.
network-mat-x-not_found = Không tìm thấy tài liệu này.
network-mat-x-title_empty = Tên tài liệu không được để trống.
network-mat-x-title_too_long = Tên tài liệu quá dài (tối đa 200 ký tự).
network-mat-x-body_empty = Nội dung không được để trống.
network-mat-x-body_too_long = Nội dung quá dài; đồng chí rút gọn hoặc gửi dưới dạng tệp.
network-mat-x-deadline_past = Thời hạn đã qua.
network-mat-x-schedule_past = Thời điểm gửi đã qua.
network-mat-x-deadline_before_start = Thời hạn phải sau thời điểm gửi.
network-mat-console-title = Tài liệu bồi dưỡng
network-mat-console-link = Tài liệu bồi dưỡng và người đã đọc
network-mat-console-note = Tài liệu đăng cho { $unit }, các đơn vị cấp trên và cấp dưới; số người đã đọc tính trong phạm vi { $unit }. Đăng tài liệu mới bằng lệnh /tailieu_moi trong chat.
network-mat-console-empty = Chưa có tài liệu nào trong phạm vi này.
network-mat-console-date = Ngày đăng
network-mat-console-topic = Chủ đề
network-mat-console-material = Tài liệu
network-mat-console-unit = Đơn vị nhận
network-mat-console-read = Ai đã đọc
network-mat-console-read-count = { $read }/{ $audience } người
network-mat-console-awaiting = chờ phê duyệt
network-mat-file-link = 📎 Tệp «{ $name }» không gửi trực tiếp được qua kênh này. Đồng chí tải tệp tại đường dẫn dưới đây (dùng được trong { $hours } giờ):
    { $url }
