## Hot-spot alert (điểm nóng), sent in at most six answers.

ctv-hs-intro = 🚨 BÁO TIN ĐIỂM NÓNG — chỉ 5 câu hỏi ngắn. Có thể gửi kèm ảnh hoặc ghi âm ở bất kỳ bước nào.
ctv-hs-ask-category = 1/5. Loại sự việc:
ctv-hs-ask-severity = 2/5. Mức độ:
ctv-hs-call-reminder = ☎️ Lưu ý: với sự việc khẩn, đồng chí cần gọi điện ngay cho cơ quan công an và lãnh đạo phụ trách. Tin báo qua hệ thống này không thay thế việc báo cáo trực tiếp bằng điện thoại.
ctv-hs-ask-place = 3/5. Địa điểm xảy ra: bấm "Gửi vị trí" để chia sẻ vị trí hiện tại, hoặc gõ địa chỉ, mô tả nơi xảy ra.
ctv-hs-place-expected = Đồng chí vui lòng gửi vị trí hoặc gõ địa chỉ nơi xảy ra.
ctv-hs-ask-description = 4/5. Mô tả ngắn gọn diễn biến (có thể gửi ảnh hoặc tin nhắn thoại kèm chú thích):
ctv-hs-description-expected = Đồng chí vui lòng gõ mô tả, hoặc gửi ảnh, tin nhắn thoại.
ctv-hs-ask-people = 5/5. Số người tham gia, liên quan (ước tính) — chọn hoặc gõ một con số:
ctv-hs-people-invalid = Đồng chí vui lòng chọn một khoảng bên dưới hoặc gõ một con số (ví dụ: 35).
ctv-hs-media-received = Đã nhận tệp đính kèm (tổng cộng { $n }).
ctv-hs-media-full = Mỗi tin báo nhận tối đa { $max } tệp đính kèm; tệp vừa gửi chưa được lưu.
ctv-hs-review-head = 🚨 TIN BÁO ĐIỂM NÓNG
ctv-hs-field-category = Loại sự việc
ctv-hs-field-severity = Mức độ
ctv-hs-field-place = Địa điểm
ctv-hs-field-description = Mô tả
ctv-hs-field-people = Số người
ctv-hs-field-media = Tệp đính kèm
ctv-hs-place-shared = vị trí đã chia sẻ ({ $lat }, { $lon })
ctv-hs-confirm-ask = Đồng chí kiểm tra lại và bấm "Gửi ngay".
ctv-hs-submit = 🚨 Gửi ngay
ctv-hs-edit = ✏️ Sửa
ctv-hs-cancel = 🗑 Hủy
ctv-hs-edit-ask = Đồng chí muốn sửa nội dung nào?
ctv-hs-back = ‹ Quay lại
ctv-hs-received = ✅ Đã tiếp nhận tin báo điểm nóng số { $receipt } (mức { $severity }). Cán bộ phụ trách sẽ được thông báo ngay. Cảm ơn đồng chí!
ctv-hs-submit-failed = Chưa gửi được tin báo vì còn thiếu thông tin (địa điểm, mô tả hoặc ảnh). Đồng chí vui lòng bổ sung.

# Điểm nóng — phía cán bộ: thông báo, nút xử lý, danh sách, phản hồi người báo tin.

hso-sev-1 = theo dõi
hso-sev-2 = cảnh báo
hso-sev-3 = khẩn
hso-sev-4 = đặc biệt khẩn

hso-status-open = chưa tiếp nhận
hso-status-acknowledged = đã tiếp nhận
hso-status-handling = đang xử lý
hso-status-resolved = đã ổn định / kết thúc
hso-status-false_alarm = báo sai
hso-status-merged = đã gộp vào vụ việc khác

hso-age-minutes = { $n } phút
hso-age-hours = { $n } giờ
hso-age-days = { $n } ngày

## Thông báo điểm nóng gửi cán bộ
hso-alert-title = 🚨 ĐIỂM NÓNG { $receipt } — mức { $severity } ({ $severityLabel })
hso-alert-category = Loại: { $category }
hso-alert-unit = Địa bàn: { $unit }
hso-alert-place = Nơi xảy ra: { $place }
hso-alert-coords = Toạ độ: { $lat }, { $lon }
hso-alert-people = Số người tham gia (ước tính): từ { $n } người trở lên
hso-alert-description = Diễn biến: { $text }
hso-alert-reported-at = Báo lúc: { $time }
hso-alert-deadline = Đề nghị đồng chí tiếp nhận trước { $time }.
hso-alert-watch = Mức theo dõi: không tính hạn tiếp nhận.
hso-alert-reminder = 🔔 Nhắc lần { $n }: cảnh báo này vẫn chưa được tiếp nhận.
hso-alert-escalated-deadline = ⬆️ Chuyển lên từ { $from }: quá hạn mà chưa được tiếp nhận.
hso-alert-escalated-burst = ⬆️ Chuyển lên ngay: { $from } có nhiều cảnh báo trong thời gian ngắn.
hso-alert-escalated-manual = ⬆️ { $from } đề nghị cấp trên xử lý.
hso-alert-escalated-skip = ⬆️ Chuyển lên vì { $from } không có cán bộ nhận được tin.
hso-alert-escalated-unreachable = ⬆️ Chuyển lên vì không gửi được tin tới cán bộ của { $from }.

## Nút
hso-btn-ack = Tiếp nhận
hso-btn-work = Đang xử lý
hso-btn-done = Đã ổn định / Kết thúc
hso-btn-false = Báo sai
hso-btn-up = Chuyển cấp trên
hso-btn-note = Ghi chú
hso-btn-merge = Gộp vụ việc
hso-btn-view = Xem chi tiết
hso-btn-upd = Bổ sung thông tin
hso-btn-cancel = Huỷ
hso-btn-prev = ◀ Trang trước
hso-btn-next = Trang sau ▶
hso-btn-start-done = Nhập kết quả xử lý
hso-btn-start-note = Nhập ghi chú
hso-btn-start-merge = Chọn vụ việc để gộp
hso-btn-start-upd = Gửi thông tin bổ sung

## Kết quả thao tác
hso-r-acknowledged = ✅ Đồng chí đã tiếp nhận cảnh báo { $receipt }. Việc chuyển cấp đã dừng; người báo tin sẽ được thông báo.
hso-r-already_taken = Cảnh báo { $receipt } đã được { $name } tiếp nhận (trạng thái: { $status }).
hso-r-handling = Đã ghi nhận: cảnh báo { $receipt } đang được xử lý.
hso-r-already_handling = Cảnh báo { $receipt } đã ở trạng thái đang xử lý.
hso-r-resolved = ✅ Đã kết thúc cảnh báo { $receipt }. Người báo tin sẽ được thông báo.
hso-r-false_alarm = Đã đánh dấu cảnh báo { $receipt } là báo sai và khép lại.
hso-r-escalated = ⬆️ Đã chuyển cảnh báo { $receipt } lên { $unit }.
hso-r-noted = Đã thêm ghi chú vào cảnh báo { $receipt }.
hso-r-merged = Đã gộp cảnh báo { $receipt } vào { $target }. Người báo tin sẽ theo dõi vụ việc { $target }.
hso-r-updated = ✅ Đã gửi thông tin bổ sung cho cảnh báo { $receipt } tới cán bộ phụ trách. Cảm ơn đồng chí.

## Từ chối
hso-x-not_found = Không tìm thấy cảnh báo này. Đồng chí kiểm tra lại mã cảnh báo.
hso-x-not_official = Chức năng này chỉ dành cho cán bộ phụ trách.
hso-x-out_of_scope = Cảnh báo này không thuộc địa bàn đồng chí phụ trách, nên đồng chí không thể thao tác. Việc này đã được ghi nhận.
hso-x-closed = Cảnh báo { $receipt } hiện { $status }; không còn thao tác này.
hso-x-self_merge = Không thể gộp một cảnh báo vào chính nó.
hso-x-target_closed = Vụ việc { $target } đã khép lại; chỉ gộp vào vụ việc đang mở.
hso-x-target_out_of_scope = Vụ việc muốn gộp vào không thuộc địa bàn đồng chí phụ trách.
hso-x-at_root = Cảnh báo { $receipt } đã ở cấp cao nhất, không thể chuyển lên nữa.
hso-x-not_reporter = Đồng chí chỉ bổ sung được cho cảnh báo do chính mình gửi.
hso-x-bad_input = Không hiểu yêu cầu. Đồng chí thử lại hoặc gõ /canhbao.

## Danh sách /canhbao
hso-list-title = Cảnh báo đang mở trong địa bàn ({ $total }) — trang { $page }/{ $pages }:
hso-list-item = { $n }. [Mức { $severity } – { $severityLabel }] { $receipt } · { $category } · { $unit } · { $age } trước · cấp: { $level } · { $status } · tiếp nhận: { $ack }
hso-list-nobody = chưa có
hso-list-empty = Hiện không có cảnh báo nào đang mở trong địa bàn đồng chí phụ trách.

## Chi tiết
hso-view-status = Trạng thái: { $status } · cấp đang phụ trách: { $level }
hso-view-ack = Người tiếp nhận: { $name }
hso-view-timeline = Diễn biến xử lý:
hso-ev-created = tạo cảnh báo
hso-ev-notified = đã gửi thông báo
hso-ev-escalated = chuyển cấp
hso-ev-acknowledged = tiếp nhận
hso-ev-handling = đang xử lý
hso-ev-note = ghi chú
hso-ev-update = người báo tin bổ sung
hso-ev-merged = gộp vào vụ việc khác
hso-ev-merged_in = nhận gộp một cảnh báo
hso-ev-resolved = kết thúc
hso-ev-false_alarm = báo sai
hso-ev-level_skipped = bỏ qua cấp không liên lạc được
hso-ev-unattended = chưa có ai tiếp nhận
hso-ev-reminder = nhắc lại

## Thao tác nhiều bước
hso-prompt-done = Kết thúc cảnh báo { $receipt }: bấm nút dưới để nhập kết quả xử lý.
hso-prompt-note = Thêm ghi chú cho cảnh báo { $receipt }: bấm nút dưới để nhập.
hso-prompt-merge = Gộp cảnh báo { $receipt } vào một vụ việc đang mở (cùng sự việc): bấm nút dưới để chọn.
hso-prompt-upd = Bổ sung thông tin cho cảnh báo { $receipt }: bấm nút dưới, rồi gửi nội dung, ảnh hoặc vị trí.
hso-ask-pick = Đồng chí chọn cảnh báo:
hso-ask-pick-own = Đồng chí muốn bổ sung cho cảnh báo nào?
hso-ask-result = Nhập kết quả xử lý cảnh báo { $receipt } (tình hình đã ổn định ra sao, biện pháp đã làm):
hso-ask-note = Nhập ghi chú cho cảnh báo { $receipt }:
hso-ask-share = Có cho phép chia sẻ kết quả này với người báo tin không?
hso-share-yes = Có
hso-share-no = Không
hso-ask-merge-target = Gộp { $receipt } vào vụ việc nào? Chọn bên dưới hoặc gõ mã cảnh báo.
hso-ask-update = Gửi thông tin bổ sung cho cảnh báo { $receipt }: nội dung, ảnh hoặc vị trí.
hso-no-merge-target = Không có vụ việc đang mở nào khác trong địa bàn để gộp vào.
hso-none-own = Đồng chí không có cảnh báo nào đang được xử lý.
hso-too-long = Nội dung quá dài (tối đa { $max } ký tự). Đồng chí rút gọn và gửi lại.
hso-not-understood = Chưa nhận được nội dung phù hợp.
hso-working = Đang xử lý…

## Phản hồi người báo tin
hso-fb-ack = 📬 Cảnh báo { $receipt } của đồng chí đã được cán bộ phụ trách tiếp nhận. Có thông tin mới, đồng chí bấm "Bổ sung thông tin" hoặc gõ /capnhat.
hso-fb-done = ✅ Cảnh báo { $receipt } của đồng chí đã được xử lý xong. Cảm ơn đồng chí đã kịp thời báo tin.
hso-fb-done-note = Kết quả: { $note }
hso-fb-closed = Cảnh báo { $receipt } của đồng chí đã được cán bộ xem xét và khép lại. Cảm ơn đồng chí.

## Tin cho cán bộ
hso-info-taken = Cảnh báo { $receipt } đã được đồng chí { $name } tiếp nhận.
hso-info-update = 📎 Người báo tin bổ sung cho cảnh báo { $receipt }:
hso-info-update-media = (kèm ảnh/tệp — xem trong hồ sơ cảnh báo)

## Trợ giúp
hso-help-canhbao = cảnh báo điểm nóng đang mở trong địa bàn
hso-help-tiepnhan = tiếp nhận một cảnh báo theo mã
hso-help-ketthuc = kết thúc cảnh báo, ghi kết quả xử lý
hso-help-ghichu = thêm ghi chú vào cảnh báo
hso-help-gop = gộp cảnh báo trùng vụ việc
hso-help-capnhat = bổ sung thông tin cho cảnh báo đã gửi
