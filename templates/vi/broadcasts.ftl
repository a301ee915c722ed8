## Định hướng dư luận (broadcasts)

broadcast-help-compose = soạn và gửi định hướng dư luận
broadcast-help-list = các định hướng gần đây và kết quả gửi, xác nhận
broadcast-help-ack = xác nhận đã nhận định hướng mới nhất

# Tin định hướng người nhận thấy
broadcast-msg-header = 📢 ĐỊNH HƯỚNG: { $title }
broadcast-msg-sender = Đơn vị gửi: { $unit }
broadcast-msg-ack-by = Đề nghị đồng chí xác nhận «Đã nhận» trước { $deadline }.
broadcast-msg-ack-asked = Đề nghị đồng chí xác nhận «Đã nhận».
broadcast-msg-ack-typed = Để xác nhận, trả lời /danhan
broadcast-msg-file-elsewhere = 📎 Văn bản này có tệp đính kèm «{ $name }», nhưng kênh này chưa gửi được loại tệp đó. Đồng chí liên hệ cán bộ phụ trách để nhận tệp.
broadcast-msg-file-library = 📎 Tài liệu này có tệp đính kèm «{ $name }», nhưng kênh này chưa gửi được loại tệp đó. Đồng chí mở tài liệu trong /tailieu để nhận đường dẫn tải tệp.
broadcast-msg-file-link = 📎 Văn bản có tệp đính kèm «{ $name }» mà kênh này không gửi trực tiếp được. Đồng chí tải tệp tại:
    { $url }
    Đường dẫn dành riêng cho đồng chí, dùng được trong { $hours } giờ; xin không chuyển cho người khác.
broadcast-ack-button = ✅ Đã nhận
broadcast-remind = Nhắc: đồng chí chưa xác nhận đã nhận định hướng «{ $title }» của { $unit }.
broadcast-remind-by = Nhắc: đồng chí chưa xác nhận đã nhận định hướng «{ $title }» của { $unit }. Hạn xác nhận: { $deadline }.

# Xác nhận
broadcast-ack-acknowledged = Cảm ơn đồng chí đã xác nhận nhận định hướng «{ $title }».
broadcast-ack-already = Đồng chí đã xác nhận định hướng «{ $title }» trước đó.
broadcast-ack-cancelled = Định hướng «{ $title }» đã được thu hồi, không cần xác nhận.
broadcast-ack-not_found = Không tìm thấy định hướng cần xác nhận.
broadcast-ack-none = Hiện không có định hướng nào chờ đồng chí xác nhận.

# Soạn định hướng
broadcast-compose-title = 📢 Soạn định hướng dư luận. Nhập tiêu đề (tối đa 200 ký tự):
broadcast-compose-body = Nhập nội dung định hướng (tối đa { $max } ký tự). Có thể gửi nhiều tin nhắn liên tiếp, mỗi tin là một đoạn.
broadcast-compose-body-more = Gửi tiếp đoạn sau, hoặc bấm «Xong» khi đã đủ nội dung.
broadcast-compose-body-added = Đã nhận đoạn văn (nội dung hiện có { $length }/{ $max } ký tự).
broadcast-compose-body-added-late = Đã thêm đoạn này vào cuối nội dung định hướng (hiện có { $length }/{ $max } ký tự). Đồng chí đính kèm ảnh hoặc tài liệu nếu có, hoặc bấm «Bỏ qua».
broadcast-compose-attachment = Đính kèm một ảnh hoặc tài liệu (nếu có), hoặc bấm «Bỏ qua».
broadcast-compose-attachment-kind = Chỉ nhận ảnh hoặc tài liệu. Gửi lại, hoặc bấm «Bỏ qua».
broadcast-compose-attachment-ok = Đã nhận tệp đính kèm.
broadcast-compose-attachment-replaced = Đã thay tệp đính kèm bằng tệp vừa gửi (mỗi định hướng kèm một tệp).
broadcast-compose-attachment-has = Định hướng đã có { $kind ->
    [photo] ảnh
   *[other] tài liệu
}{ $named ->
    [yes] {" "}«{ $name }»
   *[other] {""}
} đồng chí gửi kèm. Đồng chí gửi tệp khác nếu muốn thay, hoặc bấm «Giữ tệp này» hay «Không đính kèm».
broadcast-compose-file-kind = Định hướng chỉ đính kèm được ảnh hoặc tài liệu; tệp vừa gửi chưa được lưu.
broadcast-btn-keep-file = 📎 Giữ tệp này
broadcast-btn-no-file = Không đính kèm
broadcast-dryrun-attachment = Đính kèm: { $kind ->
    [photo] ảnh
   *[other] tài liệu
}{ $named ->
    [yes] {" "}«{ $name }»
   *[other] {""}
}
broadcast-compose-unit = Chọn phạm vi nhận (đơn vị được chọn và toàn bộ đơn vị trực thuộc):
broadcast-compose-unit-code = Nhập mã đơn vị (hoặc đúng tên đơn vị) trong phạm vi phụ trách của đồng chí:
broadcast-compose-unit-unknown = Không tìm thấy đơn vị này trong phạm vi phụ trách của đồng chí.
broadcast-compose-role = Gửi cho những ai?
broadcast-compose-sector = Lọc theo lĩnh vực?
broadcast-compose-stratum = Lọc theo giai tầng xã hội?
broadcast-compose-ack = Yêu cầu người nhận bấm «Đã nhận» để xác nhận?
broadcast-compose-deadline = Hạn xác nhận? Chọn, hoặc nhập giờ và ngày (ví dụ 17:00 25/12).
broadcast-compose-urgent = Mức độ? Tin thường không gửi trong giờ nghỉ ({ $quiet }); tin khẩn gửi cả trong giờ nghỉ.
broadcast-compose-when = Gửi ngay hay hẹn giờ?
broadcast-compose-time = Nhập thời điểm gửi (ví dụ 07:30, hoặc 07:30 26/12):
broadcast-compose-time-invalid = Không đọc được thời điểm này. Nhập theo dạng 17:00 hoặc 17:00 25/12 (giờ Việt Nam), và phải là thời điểm sắp tới.
broadcast-compose-confirm = Gửi định hướng này?
broadcast-compose-choose = Đồng chí vui lòng chọn một trong các nút bên dưới.
broadcast-compose-text-expected = Đồng chí vui lòng nhập bằng chữ.
broadcast-compose-wait = Đang xử lý, đồng chí chờ trong giây lát.
broadcast-compose-cancelled = Đã hủy bản soạn định hướng.

broadcast-role-all = Tất cả
broadcast-role-collaborator = Cộng tác viên
broadcast-role-official = Cán bộ
broadcast-filter-all = Không lọc
broadcast-yes = Có
broadcast-no = Không
broadcast-deadline-4h = Trong 4 giờ
broadcast-deadline-24h = Trong 24 giờ
broadcast-deadline-3d = Trong 3 ngày
broadcast-urgency-normal = Thường
broadcast-urgency-urgent = Khẩn
broadcast-when-now = Gửi ngay
broadcast-when-later = Hẹn giờ

broadcast-btn-done = Xong
broadcast-btn-skip = Bỏ qua
broadcast-btn-unit-code = Nhập mã đơn vị khác
broadcast-btn-send = Gửi
broadcast-btn-cancel = Hủy
broadcast-btn-pause = ⏸ Tạm dừng
broadcast-btn-resume = ▶️ Tiếp tục
broadcast-btn-approve = Phê duyệt
broadcast-btn-reject = Từ chối
broadcast-btn-view = Xem { $n }

# Kiểm tra trước khi gửi (dry run)
broadcast-dryrun-head = Kiểm tra trước khi gửi «{ $title }» — phạm vi { $unit }: { $total } người nhận.
broadcast-dryrun-unit = • { $name }: { $count }
broadcast-dryrun-more-units = • … và { $n } đơn vị khác
broadcast-dryrun-channels = Theo kênh: { $list }
broadcast-dryrun-unreachable = Không liên lạc được (chưa có kênh nào): { $n }
broadcast-dryrun-eta = Thời gian gửi ước tính: { $eta }
broadcast-dryrun-start = Bắt đầu gửi: { $when }
broadcast-dryrun-start-quiet = Bắt đầu gửi: { $when } (đang trong giờ nghỉ: tin thường gửi khi hết giờ nghỉ; cần gửi ngay thì chọn mức «Khẩn»)
broadcast-dryrun-ack = Hạn xác nhận: { $deadline }
broadcast-dryrun-approval = Số người nhận vượt ngưỡng: cần một cán bộ khác phê duyệt trước khi gửi.
broadcast-dryrun-empty = Không có ai trong phạm vi và bộ lọc đã chọn. Đồng chí chọn lại phạm vi.

broadcast-channel-telegram = Telegram
broadcast-channel-zalo = Zalo
broadcast-channel-zalobot = Zalo Bot
broadcast-channel-sandbox = Thử nghiệm

broadcast-eta-seconds = khoảng { $n } giây
broadcast-eta-minutes = khoảng { $n } phút
broadcast-eta-hours = khoảng { $h } giờ { $m } phút

# Kết quả tạo
broadcast-created-sending = Đã bắt đầu gửi định hướng tới { $count } người. Tiến độ sẽ được cập nhật trong một tin nhắn riêng.
broadcast-created-scheduled = Đã hẹn gửi định hướng tới { $count } người lúc { $when }.
broadcast-created-approval = Định hướng gửi tới { $count } người nên cần phê duyệt. Đã gửi yêu cầu tới { $n } cán bộ.
broadcast-created-no-approver = Định hướng gửi tới { $count } người cần phê duyệt, nhưng không có cán bộ nào khác ở đơn vị này hoặc cấp trên để phê duyệt. Đồng chí liên hệ quản trị viên.

# Lỗi
broadcast-error-title_empty = Tiêu đề không được để trống.
broadcast-error-title_too_long = Tiêu đề quá dài.
broadcast-compose-title-invalid = Tiêu đề cần từ 1 đến { $max } ký tự.
broadcast-error-body_empty = Nội dung định hướng không được để trống.
broadcast-error-body_too_long = Nội dung định hướng quá dài.
broadcast-compose-body-too-long = Nội dung quá dài ({ $length } ký tự; tối đa { $max }). Đoạn vừa gửi chưa được thêm vào.
broadcast-error-deadline_past = Hạn xác nhận đã qua. Đồng chí chọn lại.
broadcast-error-deadline_before_start = Hạn xác nhận phải sau thời điểm gửi. Đồng chí chọn lại hạn xác nhận.
broadcast-error-schedule_past = Thời điểm gửi đã qua. Đồng chí chọn lại.
broadcast-error-out_of_scope = Đơn vị này nằm ngoài phạm vi phụ trách của đồng chí.
broadcast-error-not_found = Không tìm thấy đơn vị.
broadcast-error-not_official = Chỉ cán bộ mới gửi được định hướng.
broadcast-error-bad_draft = Bản soạn không hợp lệ, đồng chí soạn lại.
broadcast-error-unknown = Có lỗi, đồng chí thử lại.

# Tiến độ (tin nhắn được cập nhật tại chỗ)
broadcast-progress-title = 📊 Định hướng «{ $title }»
broadcast-progress-status = Trạng thái: { $status }
broadcast-progress-sent = Đã gửi: { $sent }/{ $total } · Lỗi: { $failed } · Không liên lạc được: { $unreachable } · Chờ người nhận nhắn lại qua Zalo: { $waiting }
broadcast-progress-acked = Đã xác nhận: { $acked } ({ $rate }%)
broadcast-progress-eta = Còn lại: { $eta }

broadcast-status-draft = bản nháp
broadcast-status-awaiting_approval = chờ phê duyệt
broadcast-status-scheduled = đã hẹn giờ
broadcast-status-scheduled-at = hẹn gửi lúc { $when }
broadcast-status-sending = đang gửi
broadcast-status-paused = tạm dừng
broadcast-status-quiet = tạm dừng trong giờ nghỉ, sẽ tự tiếp tục
broadcast-status-done = đã gửi xong
broadcast-status-cancelled = đã hủy

# Điều khiển, phê duyệt
broadcast-control-approve-ok = Đã phê duyệt định hướng «{ $title }» ({ $status }).
broadcast-control-reject-ok = Đã từ chối định hướng «{ $title }».
broadcast-control-pause-ok = Đã tạm dừng gửi «{ $title }».
broadcast-control-resume-ok = Định hướng «{ $title }»: { $status }.
broadcast-control-cancel-ok = Đã hủy định hướng «{ $title }». Những tin chưa gửi sẽ không được gửi.
broadcast-control-refused-not_found = Không tìm thấy định hướng này.
broadcast-control-refused-not_official = Chỉ cán bộ mới thực hiện được thao tác này.
broadcast-control-refused-out_of_scope = Định hướng này nằm ngoài phạm vi phụ trách của đồng chí.
broadcast-control-refused-self_approval = Người soạn không thể tự phê duyệt định hướng của mình; cần một cán bộ khác.
broadcast-control-refused-wrong_status = Thao tác không còn áp dụng được ở trạng thái hiện tại của định hướng.

broadcast-approval-request = Đồng chí { $author } đề nghị phê duyệt định hướng «{ $title }» gửi tới { $count } người thuộc { $unit }.
broadcast-approved-author = Định hướng «{ $title }» đã được đồng chí { $official } phê duyệt.
broadcast-rejected-author = Định hướng «{ $title }» đã bị đồng chí { $official } từ chối.

broadcast-nonack-report = Định hướng «{ $title }»: { $count } người thuộc { $unit } chưa xác nhận đã nhận:
broadcast-nonack-more = … và { $n } người khác.

# Danh sách, chi tiết
broadcast-list-title = Các định hướng gần đây:
broadcast-list-item = { $n }. «{ $title }» — { $status } — đã gửi { $sent }/{ $total }, xác nhận { $acked } ({ $rate }%) — { $created }
broadcast-list-empty = Chưa có định hướng nào trong phạm vi của đồng chí.
broadcast-view-file = 📎 Tệp đính kèm: «{ $name }» — { $state }
broadcast-view-file-stored = đã lưu, gửi kèm trên mọi kênh
broadcast-view-file-pending = đang tải về để gửi kèm
broadcast-view-when = Giờ gửi: { $when }
broadcast-view-deadline = Hạn xác nhận: { $when }
broadcast-view-units = Tỷ lệ xác nhận theo đơn vị:
broadcast-view-unit = • { $name }: { $acked }/{ $delivered } ({ $rate }%)
