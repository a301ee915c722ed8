# Khởi động và dừng (dòng hiện trên bảng điều khiển của người vận hành)

startup-port-in-use = Cổng { $port } trên { $host } đang được một tiến trình khác sử dụng (dlxh-bot đã chạy rồi?). Hãy dừng tiến trình đó hoặc đặt PORT khác; chưa khởi động gì.
startup-port-denied = Không được phép mở cổng { $port } trên { $host } (cổng dưới 1024 cần quyền quản trị). Hãy đặt PORT khác; chưa khởi động gì.
startup-sandbox-exposed = Hộp thử nghiệm không được chạy trên máy chủ công khai ({ $reason }): nó liệt kê cán bộ thật và cho phép bất kỳ ai hành động thay họ. Đặt SANDBOX=off, hoặc — chỉ trên hệ thống thử nghiệm khép kín — DANGEROUSLY_EXPOSE_SANDBOX=true.
startup-secret-short = { $key } phải dài ít nhất { $min } ký tự khi máy chủ công khai ({ $reason }); ví dụ tạo bằng `openssl rand -hex 24`.
startup-metrics-token-required = Đã đặt PUBLIC_URL nên cần METRICS_TOKEN (ít nhất { $min } ký tự) để bảo vệ /metrics.
startup-banner-title = dlxh-bot đang chạy
startup-banner-address = Địa chỉ
startup-banner-sandbox = Hộp thử nghiệm
startup-banner-invites = Mã mời demo (đăng ký người dùng mới; hiệu lực 30 ngày)
startup-banner-role-collaborator = cộng tác viên
startup-banner-role-official = cán bộ
startup-banner-more-invites = Mã mời mới
startup-banner-stop = Dừng
