engine-unknown-command = Lệnh { $command } không có trong hệ thống. Gõ /help để xem các lệnh có thể dùng.
engine-suspended = Tài khoản của đồng chí đang tạm dừng hoạt động trên hệ thống. Vui lòng liên hệ cán bộ phụ trách đơn vị để được hỗ trợ.
engine-suspended-help = Trong thời gian tạm dừng, đồng chí chưa sử dụng được các chức năng báo cáo, phản ánh của hệ thống. Khi cần trao đổi hoặc muốn hoạt động trở lại, đồng chí vui lòng liên hệ cán bộ phụ trách đơn vị. Cảm ơn đồng chí.
engine-stale-button = Nút này thuộc một câu hỏi trước đó nên không còn hiệu lực.
engine-empty = Tin nhắn trống. Đồng chí vui lòng nhập nội dung.
engine-unsupported = Hệ thống chưa xử lý được loại tin nhắn này (nhãn dán, danh bạ…). Đồng chí vui lòng gửi chữ, ảnh, tin nhắn thoại, tệp hoặc vị trí.
engine-not-registered = Tài khoản này chưa được đăng ký. Đồng chí vui lòng nhập mã mời do cán bộ phụ trách cung cấp (ví dụ: /start BCGH2K9M).
engine-welcome-unregistered =
    Xin chào! Đây là hệ thống báo cáo tình hình tư tưởng, dư luận xã hội của Ban Tuyên giáo và Dân vận.
    Để bắt đầu, đồng chí vui lòng nhập mã mời do cán bộ phụ trách cung cấp.
engine-nothing-to-cancel = Hiện không có thao tác nào đang dở để hủy.
engine-nothing-to-cancel-parked = Hiện không có thao tác nào đang dở để hủy. Đồng chí còn bản nháp đang tạm cất; gõ /tieptuc để làm tiếp.
engine-cancel-confirm = Bản nháp này đã có nội dung đồng chí nhập. Đồng chí có chắc muốn hủy? Nội dung đã nhập sẽ bị xóa.
engine-cancel-yes = Hủy bản nháp
engine-cancel-no = Không, làm tiếp
engine-cancelled = Đã hủy thao tác đang làm.
engine-cancelled-parked = Đã hủy thao tác đang làm. Bản nháp khác của đồng chí vẫn được giữ; gõ /tieptuc để làm tiếp.
engine-answered-other = Câu hỏi đó đã được trả lời: đồng chí đã chọn «{ $label }». Nếu muốn đổi, đồng chí sửa ở bước xem lại trước khi gửi.
engine-already-answered = Câu trả lời cho nút này đã được ghi nhận, đồng chí không cần bấm lại.
engine-not-allowed = Chức năng này không thuộc quyền của đồng chí.
engine-not-allowed-command = Lệnh { $command } không thuộc chức năng của đồng chí. Các lệnh đồng chí dùng được: gõ /help.
engine-draft-restored = Đã mở lại bản nháp đang làm dở.
engine-no-draft = Không có bản nháp nào đang làm dở.
engine-follow-again = Chào mừng đồng chí quay lại. Gõ /menu để xem các chức năng.
engine-help-title = Các lệnh đồng chí có thể dùng, theo nhóm việc:
engine-help-common =
    /tieptuc — làm tiếp bản nháp đang dở
    /huy — hủy thao tác đang làm
    /help — xem hướng dẫn này
engine-help-tip = Khi có câu hỏi kèm lựa chọn, đồng chí có thể bấm nút hoặc gõ số thứ tự (1, 2, …).
engine-help-section-reports = 📝 BÁO CÁO
engine-help-section-hot-spots = 🚨 ĐIỂM NÓNG
engine-help-section-browse = 🔎 TRA CỨU, CHUYỂN XỬ LÝ
engine-help-section-broadcasts = 📣 ĐỊNH HƯỚNG DƯ LUẬN
engine-help-section-polls = 📊 THĂM DÒ, KHẢO SÁT
engine-help-section-network = 👥 MẠNG LƯỚI, GIAO BAN, TÀI LIỆU
engine-help-section-general = ⚙️ CHUNG

## Câu trả lời dùng chung và lỗi nhập liệu (mọi luồng hội thoại).
engine-yes = Có
engine-no = Không
engine-skip = Bỏ qua
engine-page-prev = ‹ Trang trước
engine-page-next = Xem thêm ›
engine-err-choose = Đồng chí vui lòng bấm một nút bên dưới, hoặc gõ nội dung lựa chọn (không cần dấu) hay số thứ tự của nút (1, 2, …).
engine-err-text-expected = Ở bước này cần trả lời bằng tin nhắn chữ. Đồng chí vui lòng nhập nội dung.
engine-err-empty = Nội dung đang trống. Đồng chí vui lòng nhập nội dung trả lời.
engine-err-too-long = Nội dung dài { $length } ký tự, vượt quá giới hạn { $max } ký tự. Đồng chí vui lòng rút gọn.
engine-update-failed = Hệ thống không xử lý được tin nhắn vừa rồi của đồng chí nên đã bỏ qua tin này. Đồng chí vui lòng gửi lại nội dung (có thể viết lại hoặc bỏ bớt ký tự đặc biệt); nếu vẫn không được, xin báo cán bộ phụ trách.

## Đoạn dài (dán nhiều tin): giữ lại, nối các phần, không mất nội dung.
engine-long-held = Đã nhận một đoạn dài ({ $length } ký tự; mỗi câu trả lời tối đa { $max } ký tự). Nội dung đã được giữ lại. Nếu đoạn này còn tiếp (tin dài thường bị tách thành nhiều tin), đồng chí gửi tiếp các phần sau, hệ thống sẽ nối lại; gửi hết thì bấm «Xong».
engine-long-joined = Đã nối thêm phần vừa gửi: tổng cộng { $length } ký tự (tối đa { $max }). Còn phần nào thì gửi tiếp; gửi hết thì bấm «Xong».
engine-long-over = Nội dung đã vượt giới hạn { $max } ký tự: khi bấm «Xong», phần đầu được dùng làm câu trả lời, phần còn lại được gửi lại để đồng chí dùng cho câu trả lời khác.
engine-long-done = Xong, dùng nội dung này
engine-long-drop = Bỏ đoạn này
engine-long-dropped = Đã bỏ đoạn dài vừa gửi.
engine-long-rest = Phần chưa dùng ({ $n }/{ $of }), đồng chí có thể dán vào câu trả lời khác:
engine-long-back = Nội dung chưa được nhận ở câu hỏi này, gửi lại để đồng chí sửa ({ $n }/{ $of }):
engine-aside-kept = (Nội dung đồng chí vừa gõ đã được giữ lại: đến câu hỏi cần nhập nội dung, đồng chí bấm nút «Dùng: …» để dùng lại, không phải gõ lại.)
engine-aside-kept-idle = Đồng chí vừa nhắn: "{ $text }". Nội dung này đã được giữ lại: đồng chí chọn loại báo cáo hoặc việc cần làm bên dưới, đến câu hỏi cần nhập nội dung sẽ có nút «Dùng: …» để dùng lại, không phải gõ lại.
engine-media-kept = Đã nhận { $n } ảnh (tệp) đồng chí gửi. Ảnh đã được giữ lại: đồng chí chọn { $role ->
    [official] «Báo tin điểm nóng» hoặc «Định hướng» bên dưới, tệp sẽ được gửi kèm
   *[other] «Báo tin điểm nóng» hoặc loại báo cáo bên dưới, ảnh sẽ được gửi kèm
}, không phải gửi lại.
engine-media-not-taken = Việc này không kèm được ảnh, tệp: { $n } tệp đồng chí gửi trước đó chưa được lưu. Nếu cần, đồng chí gửi lại khi { $role ->
    [collaborator] báo tin điểm nóng hoặc báo cáo nhanh
   *[other] báo tin điểm nóng hoặc soạn định hướng
}.
engine-aside-use = Dùng: "{ $text }"
engine-aside-offer = Nội dung đồng chí đã gõ trước đó, bấm để dùng cho câu này:
engine-own-area = { $kind ->
    [tinh] Toàn tỉnh
    [xa] Toàn xã
    [phuong] Toàn phường
   *[other] Toàn địa bàn do { $name } phụ trách
}
