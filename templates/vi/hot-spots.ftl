## Hot-spot alert (điểm nóng), sent in at most six answers.

hot-spots-raise-intro = 🚨 BÁO TIN ĐIỂM NÓNG — chỉ 5 câu hỏi ngắn. Có thể gửi kèm ảnh hoặc ghi âm ở bất kỳ bước nào.
hot-spots-raise-ask-category = 1/5. Loại sự việc:
hot-spots-raise-ask-severity = 2/5. Mức độ:
hot-spots-raise-call-reminder = ☎️ Lưu ý: với sự việc khẩn, đồng chí cần gọi điện ngay cho cơ quan công an và lãnh đạo phụ trách. Tin báo qua hệ thống này không thay thế việc báo cáo trực tiếp bằng điện thoại.
hot-spots-raise-ask-place = 3/5. Địa điểm xảy ra: bấm "Gửi vị trí" để chia sẻ vị trí hiện tại, hoặc gõ địa chỉ, mô tả nơi xảy ra.
hot-spots-raise-place-expected = Đồng chí vui lòng gửi vị trí hoặc gõ địa chỉ nơi xảy ra.
hot-spots-raise-ask-description = 4/5. Mô tả ngắn gọn diễn biến (có thể gửi ảnh hoặc tin nhắn thoại kèm chú thích):
hot-spots-raise-description-expected = Đồng chí vui lòng gõ mô tả, hoặc gửi ảnh, tin nhắn thoại.
hot-spots-raise-ask-description-more = 4/5. Mô tả đồng chí đã gửi kèm ảnh: «{ $text }». Nếu cần bổ sung diễn biến, đồng chí gõ tiếp (nội dung sẽ được ghi thêm), hoặc bấm «Giữ nguyên mô tả».
hot-spots-raise-keep-description = ✅ Giữ nguyên mô tả
hot-spots-raise-ask-people = 5/5. Số người tham gia, liên quan (ước tính) — chọn hoặc gõ một con số:
hot-spots-raise-people-invalid = Đồng chí vui lòng chọn một khoảng bên dưới hoặc gõ một con số (ví dụ: 35).
hot-spots-raise-media-received = Đã nhận tệp đính kèm (tổng cộng { $n }).
hot-spots-raise-media-full = Mỗi tin báo nhận tối đa { $max } tệp đính kèm; tệp vừa gửi chưa được lưu.
hot-spots-raise-review-head = 🚨 TIN BÁO ĐIỂM NÓNG
hot-spots-raise-field-category = Loại sự việc
hot-spots-raise-field-severity = Mức độ
hot-spots-raise-field-place = Địa điểm
hot-spots-raise-field-description = Mô tả
hot-spots-raise-field-people = Số người
hot-spots-raise-field-media = Tệp đính kèm
hot-spots-raise-place-shared = vị trí đã chia sẻ ({ $lat }, { $lon })
hot-spots-raise-confirm-ask = Đồng chí kiểm tra lại và bấm "Gửi ngay".
hot-spots-raise-submit = 🚨 Gửi ngay
hot-spots-raise-edit = ✏️ Sửa
hot-spots-raise-cancel = 🗑 Hủy
hot-spots-raise-edit-ask = Đồng chí muốn sửa nội dung nào?
hot-spots-raise-back = ‹ Quay lại
hot-spots-raise-received = ✅ Đã tiếp nhận tin báo điểm nóng số { $receipt } (mức { $severity }). Cán bộ phụ trách sẽ được thông báo ngay. Cảm ơn đồng chí!
hot-spots-raise-submit-failed = Chưa gửi được tin báo vì còn thiếu thông tin (địa điểm, mô tả hoặc ảnh). Đồng chí vui lòng bổ sung.

# Điểm nóng — phía cán bộ: thông báo, nút xử lý, danh sách, phản hồi người báo tin.

hot-spots-sev-1 = theo dõi
hot-spots-sev-2 = cảnh báo
hot-spots-sev-3 = khẩn
hot-spots-sev-4 = đặc biệt khẩn

hot-spots-status-open = chưa tiếp nhận
hot-spots-status-acknowledged = đã tiếp nhận
hot-spots-status-handling = đang xử lý
hot-spots-status-resolved = đã ổn định / kết thúc
hot-spots-status-false_alarm = báo sai
hot-spots-status-merged = đã gộp vào vụ việc khác

hot-spots-age-now = vừa xong
hot-spots-age-minutes = { $n } phút trước
hot-spots-age-hours = { $n } giờ trước
hot-spots-age-days = { $n } ngày trước

## Thông báo điểm nóng gửi cán bộ
hot-spots-alert-title = 🚨 ĐIỂM NÓNG { $receipt } — mức { $severity } ({ $severityLabel })
hot-spots-alert-category = Loại: { $category }
hot-spots-alert-unit = Đơn vị báo tin: { $unit }
hot-spots-alert-venue = 🚨 Điểm nóng { $receipt }
hot-spots-alert-place = Nơi xảy ra: { $place }
hot-spots-alert-coords = Tọa độ: { $lat }, { $lon } — xem bản đồ: { $map }
hot-spots-alert-people = Số người tham gia (ước tính): { $people }
hot-spots-people-count = { $n } người
hot-spots-alert-description = Diễn biến: { $text }
hot-spots-alert-reported-at = Báo lúc: { $time }
hot-spots-alert-deadline = Đề nghị đồng chí tiếp nhận trước { $time }.
hot-spots-alert-watch = Mức theo dõi: không tính hạn tiếp nhận.
hot-spots-alert-reminder = 🔔 Nhắc lần { $n }: cảnh báo này vẫn chưa được tiếp nhận.
hot-spots-alert-escalated-deadline = ⬆️ Chuyển lên từ { $from }: quá hạn mà chưa được tiếp nhận.
hot-spots-alert-escalated-burst = ⬆️ Chuyển lên ngay: { $from } có nhiều cảnh báo trong thời gian ngắn.
hot-spots-alert-escalated-manual = ⬆️ { $from } đề nghị cấp trên xử lý.
hot-spots-alert-escalated-skip = ⬆️ Chuyển lên vì { $from } không có cán bộ nhận được tin.
hot-spots-alert-escalated-unreachable = ⬆️ Chuyển lên vì không gửi được tin tới cán bộ của { $from }.

## Nút
hot-spots-btn-ack = Tiếp nhận
hot-spots-btn-work = Đang xử lý
hot-spots-btn-done = Đã ổn định / Kết thúc
hot-spots-btn-false = Báo sai
hot-spots-btn-up = Chuyển cấp trên
hot-spots-btn-note = Ghi chú
hot-spots-btn-merge = Gộp vụ việc
hot-spots-btn-fwd = Chuyển xử lý
hot-spots-btn-view = Xem chi tiết
hot-spots-btn-upd = Bổ sung thông tin
hot-spots-btn-cancel = Hủy
hot-spots-btn-prev = ◀ Trang trước
hot-spots-btn-next = Trang sau ▶

## Kết quả thao tác
hot-spots-r-acknowledged = ✅ Đồng chí đã tiếp nhận cảnh báo { $receipt }. Việc chuyển cấp đã dừng; người báo tin sẽ được thông báo.
hot-spots-r-already_taken = Cảnh báo { $receipt } đã được { $name } tiếp nhận (trạng thái: { $status }).
hot-spots-r-already_yours = Đồng chí đã tiếp nhận cảnh báo { $receipt } trước đó (trạng thái: { $status }).
hot-spots-r-handling = Đã ghi nhận: cảnh báo { $receipt } đang được xử lý.
hot-spots-r-already_handling = Cảnh báo { $receipt } đã ở trạng thái đang xử lý.
hot-spots-r-resolved = ✅ Đã kết thúc cảnh báo { $receipt }. Người báo tin sẽ được thông báo.
hot-spots-r-false_alarm = Đã đánh dấu cảnh báo { $receipt } là báo sai và khép lại.
hot-spots-r-escalated = ⬆️ Đã chuyển cảnh báo { $receipt } lên { $unit }.
hot-spots-r-noted = Đã thêm ghi chú vào cảnh báo { $receipt }.
hot-spots-r-merged = Đã gộp cảnh báo { $receipt } vào { $target }. Người báo tin sẽ theo dõi vụ việc { $target }.
hot-spots-r-updated = ✅ Đã gửi thông tin bổ sung cho cảnh báo { $receipt } tới cán bộ phụ trách. Cảm ơn đồng chí.

## Từ chối
hot-spots-x-not_found = Không tìm thấy cảnh báo này trong phạm vi đồng chí được thao tác. Đồng chí kiểm tra lại mã cảnh báo.
hot-spots-x-not_official = Chức năng này chỉ dành cho cán bộ phụ trách.
hot-spots-x-out_of_scope = Cảnh báo này không thuộc địa bàn đồng chí phụ trách, nên đồng chí không thể thao tác. Việc này đã được ghi nhận.
hot-spots-x-closed = Cảnh báo { $receipt } hiện { $status }; không còn thao tác này.
hot-spots-x-self_merge = Không thể gộp một cảnh báo vào chính nó.
hot-spots-x-target_closed = Vụ việc { $target } đã khép lại; chỉ gộp vào vụ việc đang mở.
hot-spots-x-target_out_of_scope = Không tìm thấy vụ việc muốn gộp vào trong địa bàn đồng chí phụ trách. Đồng chí kiểm tra lại mã.
hot-spots-x-at_root = Cảnh báo { $receipt } đã ở cấp cao nhất, không thể chuyển lên nữa.
hot-spots-x-not_reporter = Đồng chí chỉ bổ sung được cho cảnh báo do chính mình gửi.
hot-spots-x-bad_input = Không hiểu yêu cầu. Đồng chí thử lại hoặc gõ /canhbao.
hot-spots-x-bad_input-member = Nút này không còn dùng được. Đồng chí gõ /menu để xem các chức năng.

## Danh sách /canhbao
hot-spots-list-title = Cảnh báo đang mở trong địa bàn ({ $total }) — trang { $page }/{ $pages }:
hot-spots-list-item = { $n }. [Mức { $severity } – { $severityLabel }] { $receipt } · { $category } · { $unit } · { $age } · cấp: { $level } · { $status }
hot-spots-list-status-by = { $status } ({ $name })
hot-spots-list-empty = Hiện không có cảnh báo nào đang mở trong địa bàn đồng chí phụ trách.

## Chi tiết
hot-spots-view-status = Trạng thái: { $status } · cấp đang phụ trách: { $level }
hot-spots-view-ack = Người tiếp nhận: { $name }
hot-spots-view-timeline = Diễn biến xử lý:
hot-spots-view-files = 📎 Tệp đính kèm: { $n } (đã lưu { $kept }; tệp đã lưu được gửi riêng cho cán bộ nhận cảnh báo, xem đầy đủ trên bảng điều khiển — gõ /dangnhap)
hot-spots-ev-created = tạo cảnh báo
hot-spots-ev-notified = đã gửi thông báo
hot-spots-ev-escalated = chuyển cấp
hot-spots-ev-acknowledged = tiếp nhận
hot-spots-ev-handling = đang xử lý
hot-spots-ev-note = ghi chú
hot-spots-ev-update = người báo tin bổ sung
hot-spots-ev-merged = gộp vào vụ việc khác
hot-spots-ev-merged_in = nhận gộp một cảnh báo
hot-spots-ev-resolved = kết thúc
hot-spots-ev-false_alarm = báo sai
hot-spots-ev-level_skipped = bỏ qua cấp không liên lạc được
hot-spots-ev-unattended = chưa có ai tiếp nhận
hot-spots-ev-reminder = nhắc lại

## Thao tác nhiều bước
hot-spots-ask-pick = Đồng chí chọn cảnh báo:
hot-spots-ask-pick-own = Đồng chí muốn bổ sung cho cảnh báo nào?
hot-spots-ask-result = Nhập kết quả xử lý cảnh báo { $receipt } (tình hình đã ổn định ra sao, biện pháp đã làm):
hot-spots-ask-note = Nhập ghi chú cho cảnh báo { $receipt }:
hot-spots-ask-share = Có cho phép chia sẻ kết quả này với người báo tin không?
hot-spots-share-yes = Có
hot-spots-share-no = Không
hot-spots-ask-merge-target = Gộp { $receipt } vào vụ việc nào? Chọn bên dưới hoặc gõ mã cảnh báo.
hot-spots-ask-update = Gửi thông tin bổ sung cho cảnh báo { $receipt }: nội dung, ảnh hoặc vị trí.
hot-spots-no-merge-target = Không có vụ việc đang mở nào khác trong địa bàn để gộp vào.
hot-spots-none-own = Đồng chí không có cảnh báo nào đang được xử lý.
hot-spots-too-long = Nội dung quá dài (tối đa { $max } ký tự). Đồng chí rút gọn và gửi lại.
hot-spots-not-understood = Chưa nhận được nội dung phù hợp.

## Phản hồi người báo tin
hot-spots-fb-ack = 📬 Cảnh báo { $receipt } của đồng chí đã được cán bộ phụ trách tiếp nhận. Có thông tin mới, đồng chí bấm "Bổ sung thông tin" hoặc gõ /capnhat.
hot-spots-fb-done = ✅ Cảnh báo { $receipt } của đồng chí đã được xử lý xong. Cảm ơn đồng chí đã kịp thời báo tin.
hot-spots-fb-done-note = Kết quả: { $note }
hot-spots-fb-closed = Cảnh báo { $receipt } của đồng chí đã được cán bộ xem xét và khép lại. Cảm ơn đồng chí.

## Tin cho cán bộ
hot-spots-info-taken = Cảnh báo { $receipt } đã được đồng chí { $name } tiếp nhận.
hot-spots-info-update = 📎 Người báo tin bổ sung cho cảnh báo { $receipt }:
hot-spots-info-update-media = (kèm ảnh/tệp — xem trong hồ sơ cảnh báo)

## Trợ giúp
hot-spots-help-canhbao = cảnh báo điểm nóng đang mở trong địa bàn
hot-spots-help-tiepnhan = tiếp nhận một cảnh báo theo mã
hot-spots-help-ketthuc = kết thúc cảnh báo, ghi kết quả xử lý
hot-spots-help-ghichu = thêm ghi chú vào cảnh báo
hot-spots-help-gop = gộp cảnh báo trùng vụ việc
hot-spots-help-capnhat = bổ sung thông tin cho cảnh báo đã gửi

## Nhãn lựa chọn: hot-spots-opt-<danh sách>-<mã>; trợ giúp /diemnong.
hot-spots-help-diemnong = báo tin điểm nóng (chỉ vài bước)
hot-spots-opt-category-khieu_kien = Khiếu kiện đông người, vượt cấp
hot-spots-opt-category-dat_dai = Thu hồi đất, bồi thường, giải phóng mặt bằng, tái định cư
hot-spots-opt-category-tranh_chap_dat = Tranh chấp đất đai
hot-spots-opt-category-ton_giao = Tôn giáo, tín ngưỡng (kể cả "đạo lạ")
hot-spots-opt-category-dan_toc = Vấn đề dân tộc
hot-spots-opt-category-lao_dong = Đình công, ngừng việc, tranh chấp lao động
hot-spots-opt-category-moi_truong = Sự cố, ô nhiễm môi trường
hot-spots-opt-category-bieu_tinh = Tụ tập đông người, biểu tình, kích động gây rối
hot-spots-opt-category-cho_kinh_doanh = Di dời chợ, giải tỏa kinh doanh
hot-spots-opt-category-an_ninh_trat_tu = An ninh trật tự, tội phạm, tín dụng đen
hot-spots-opt-category-tin_don = Tin đồn, tin giả gây hoang mang
hot-spots-opt-category-thien_tai_dich_benh = Thiên tai, dịch bệnh
hot-spots-opt-category-khac = Loại khác
# Mã cũ, không còn đưa ra để chọn; cảnh báo đã lưu vẫn hiện nhãn này.
hot-spots-opt-category-ton_giao_dan_toc = Tôn giáo, dân tộc
hot-spots-opt-severity-1 = 1 – Theo dõi
hot-spots-opt-severity-2 = 2 – Cảnh báo
hot-spots-opt-severity-3 = 3 – Khẩn
hot-spots-opt-severity-4 = 4 – Đặc biệt khẩn
hot-spots-opt-people-lt10 = Dưới 10 người
hot-spots-opt-people-10_50 = 10–50 người
hot-spots-opt-people-50_200 = 50–200 người
hot-spots-opt-people-gt200 = Trên 200 người

## Theo dõi xử lý (issue 13 §5)
hot-spots-follow-chased = ⏰ Cảnh báo { $receipt } đang xử lý được { $hours } giờ. Đề nghị đồng chí cập nhật tình hình (Ghi chú, đánh dấu bước kịch bản) hoặc bấm "Đã ổn định / Kết thúc" khi xong.
hot-spots-follow-handling_overdue = ⚠️ Cảnh báo { $receipt } đã quá hạn cập nhật xử lý: { $hours } giờ kể từ khi tiếp nhận chưa có thông tin mới. Đề nghị đồng chí cập nhật ngay; cấp trên đã được báo.
hot-spots-follow-above = ⚠️ Cảnh báo { $receipt } do { $level } xử lý đã quá hạn cập nhật ({ $hours } giờ kể từ khi tiếp nhận chưa có thông tin mới). Đề nghị đồng chí đôn đốc.
hot-spots-ev-chased = nhắc cập nhật xử lý
hot-spots-ev-handling_overdue = quá hạn cập nhật xử lý, đã báo cấp trên

## Kịch bản ứng phó (issue 13 §5)
hot-spots-help-kichban = kịch bản ứng phó của một cảnh báo (số biên nhận), đánh dấu từng bước đã làm
hot-spots-btn-plan = 📋 Kịch bản ứng phó
hot-spots-btn-step = ☑ Xong bước { $n }
hot-spots-plan-usage = Gõ /kichban kèm số biên nhận cảnh báo, ví dụ: /kichban DN-2026-12-000123
hot-spots-plan-none = Loại điểm nóng này chưa có kịch bản ứng phó.
hot-spots-plan-summary = 📋 Kịch bản ứng phó: đã làm { $done }/{ $total } bước
hot-spots-plan-title = 📋 Kịch bản ứng phó — { $title } (cảnh báo { $receipt })
hot-spots-plan-step = { $mark } { $n }. { $text }
hot-spots-plan-call = {"   "}Liên hệ: { $call }
hot-spots-plan-report-up = 📤 Báo cáo lên: { $text }
hot-spots-plan-hint = Làm xong bước nào, đồng chí bấm nút của bước đó; bước đã đánh dấu được ghi vào diễn biến và vào báo cáo tổng hợp.
hot-spots-r-step_ticked = ✅ Đã ghi nhận bước { $n } của kịch bản (cảnh báo { $receipt }).
hot-spots-r-step_already = Bước { $n } đã được đánh dấu từ trước.
hot-spots-ev-playbook_step = làm bước kịch bản
