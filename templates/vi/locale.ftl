# Ngôn ngữ hiển thị (/ngonngu). locale-name là tên của ngôn ngữ này, viết bằng chính ngôn ngữ đó.
locale-name = Tiếng Việt
locale-help = chọn ngôn ngữ hiển thị của hệ thống
locale-ask = Ngôn ngữ hiện tại: { $name }. Đồng chí chọn ngôn ngữ muốn dùng:
locale-set = Đã chuyển sang { $name }. Các tin nhắn, thông báo sau này sẽ dùng ngôn ngữ này; gõ /ngonngu để đổi lại.
locale-unknown = Chưa có ngôn ngữ này. Các ngôn ngữ hiện có: { $list }.
locale-only-one = Hệ thống hiện chỉ có một ngôn ngữ: { $name }.
