# The local web chat (/sandbox) used to try every flow without Telegram or Zalo.
sandbox-title = Hộp thử nghiệm dlxh-bot
sandbox-intro = Chọn một người trong danh sách để nhắn tin với bot dưới danh nghĩa người đó. Mọi thao tác ghi vào dữ liệu thật của hệ thống đang chạy.
sandbox-personas = Người dùng
sandbox-new-guest = + Người dùng mới (chưa đăng ký)
sandbox-guest = Người dùng mới
sandbox-unregistered = Chưa đăng ký — dùng mã mời để đăng ký
sandbox-role-collaborator = Cộng tác viên
sandbox-role-official = Cán bộ
sandbox-role-admin = Quản trị
sandbox-inactive = không hoạt động
sandbox-no-persona = Chưa chọn người dùng. Chọn một người trong danh sách «Người dùng».
sandbox-start-hint = Gợi ý để bắt đầu:
    • Chọn «CTV xã An Bình (demo)» và bấm «🚨 Báo tin điểm nóng» hoặc gõ /nhanh để gửi một báo cáo.
    • Rồi chọn «Cán bộ Đảng ủy xã An Bình (demo)»: tin báo đã đến, bấm «Tiếp nhận».
    • Cán bộ có nút «Mở bảng điều khiển» ở phía trên: bản đồ điểm nóng, báo cáo, tiến độ.
    • «+ Người dùng mới» để thử đăng ký bằng mã mời (mã in ở cửa sổ dòng lệnh khi khởi động).
sandbox-empty-list = Chưa có ai trong hệ thống. Tạo người dùng mới rồi đăng ký bằng mã mời.
sandbox-input-placeholder = Nhập tin nhắn…
sandbox-long-hint = tin dài hơn giới hạn của một tin sẽ được gửi thành nhiều phần (như Telegram) và được nối lại thành một câu trả lời.
sandbox-send = Gửi
sandbox-send-photo = Gửi ảnh
sandbox-send-location = Gửi vị trí
sandbox-latitude = Vĩ độ
sandbox-longitude = Kinh độ
sandbox-location-requested = Bot đề nghị gửi vị trí: bấm «Gửi vị trí» bên dưới hoặc gõ địa chỉ.
sandbox-location = Vị trí
sandbox-photo = Ảnh
sandbox-document = Tệp
sandbox-photo-sent = Đã gửi một ảnh thử
sandbox-choice = Đã chọn
sandbox-event-blocked = Đã chặn bot
sandbox-event-unblocked = Đã bỏ chặn bot
sandbox-block = Mô phỏng: người dùng chặn bot
sandbox-failed = Hệ thống chưa xử lý được tin này.
sandbox-refresh = Tải lại danh sách
sandbox-error-generic = Có lỗi xảy ra, vui lòng thử lại.
sandbox-open-console = Mở bảng điều khiển ↗
sandbox-error-bad_json = Dữ liệu gửi lên không phải JSON hợp lệ.
sandbox-error-bad_request = Yêu cầu không hợp lệ.
sandbox-error-unsupported_media_type = Yêu cầu phải gửi dạng application/json.
sandbox-error-unknown_account = Không tìm thấy tài khoản thử nghiệm này.
sandbox-error-empty_text = Tin nhắn đang trống.
sandbox-error-text_too_long = Tin nhắn quá dài (tối đa { $max } ký tự).
sandbox-error-account_blocked = Người dùng này đang chặn bot; bỏ chặn trước khi nhắn.
sandbox-error-handler_failed = Hệ thống chưa xử lý được tin nhắn; vui lòng gửi lại.
sandbox-error-payload_too_large = Yêu cầu quá lớn.
sandbox-error-forbidden_remote = Hộp thử nghiệm chỉ mở cho máy cục bộ.
