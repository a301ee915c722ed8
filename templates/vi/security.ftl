# Giới hạn tần suất (chống gửi dồn dập, chống dò mã mời) — bảo mật

security-flood =
    Đồng chí đang gửi tin nhắn quá nhanh nên hệ thống tạm dừng tiếp nhận trong giây lát.
    Vui lòng chờ khoảng { $seconds } giây rồi gửi lại. Các tin nhắn gửi trong lúc này chưa được ghi nhận.
security-invite-throttled =
    Hệ thống đang tạm khóa việc kiểm tra mã mời do có quá nhiều lần thử.
    Đồng chí vui lòng thử lại sau khoảng { $minutes } phút, hoặc liên hệ cán bộ phụ trách để được hỗ trợ.
