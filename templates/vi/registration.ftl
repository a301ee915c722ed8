## Registration by invite code, with consent to personal-data processing (PDP Law 91/2025).

registration-intro = Xin chào! Đây là hệ thống tiếp nhận báo cáo tình hình tư tưởng, dư luận xã hội dành cho cộng tác viên của Ban Tuyên giáo và Dân vận.
registration-ask-code = Đồng chí vui lòng nhập mã mời gồm 8 ký tự do cán bộ phụ trách cung cấp (ví dụ: BCGH-2K9M).
registration-about-code = Mã mời là dãy 8 ký tự (ví dụ: BCGH-2K9M) do cán bộ phụ trách của Ban Tuyên giáo và Dân vận hoặc cấp ủy cơ sở cấp riêng cho từng người khi mời tham gia mạng lưới; mỗi mã chỉ dùng một lần. Nếu đồng chí đã được mời nhưng chưa nhận được mã, vui lòng liên hệ cán bộ đã mời mình.
registration-members-only = Cảm ơn quý vị đã liên hệ. Kênh này dành riêng cho thành viên mạng lưới cộng tác viên dư luận xã hội của Ban Tuyên giáo và Dân vận, nên không giải đáp câu hỏi hay tiếp nhận đề nghị khác. Về thủ tục hành chính, quý vị vui lòng liên hệ bộ phận một cửa của UBND xã, phường nơi cư trú hoặc Cổng Dịch vụ công quốc gia. Nếu là thành viên mạng lưới, xin nhập mã mời được cấp.
registration-code-expected = Ở bước này cần nhập mã mời bằng tin nhắn chữ.
registration-code-format = Mã vừa nhập không phải mã mời. Mã mời gồm đúng 8 ký tự, chỉ có các chữ cái B, C, G, H, K, M, N, P, Q, T, V và các chữ số từ 2 đến 9 (không có nguyên âm, không có số 0 và 1), ví dụ: BCGH-2K9M.
registration-code-unknown = Mã mời không đúng. Đồng chí vui lòng kiểm tra lại từng ký tự.
registration-code-expired = Mã mời này đã hết hạn. Đồng chí vui lòng liên hệ cán bộ phụ trách để được cấp mã mới.
registration-code-used = Mã mời này đã được sử dụng. Mỗi mã chỉ dùng được một lần; nếu không phải đồng chí đã dùng mã này, vui lòng báo ngay cho cán bộ phụ trách.
registration-attempts-left = Đồng chí còn { $n } lần nhập.
registration-locked = Đồng chí đã nhập sai mã quá nhiều lần. Vui lòng liên hệ cán bộ phụ trách để được hỗ trợ; có thể thử lại sau { $until }.

registration-consent =
    Mã mời hợp lệ: { $name } — { $unit }.

    Trước khi bắt đầu, theo Luật Bảo vệ dữ liệu cá nhân (Luật số 91/2025/QH15), đồng chí vui lòng đọc thông tin sau:

    • Dữ liệu được xử lý: họ tên, đơn vị, lĩnh vực và nhóm xã hội đồng chí đại diện (theo mã mời); tài khoản nhắn tin dùng để liên lạc; nội dung các báo cáo, tin báo đồng chí gửi.
    • Mục đích: tiếp nhận, tổng hợp tình hình tư tưởng, dư luận xã hội; gửi thông tin định hướng; thông báo, xử lý kịp thời các điểm nóng.
    • Ý kiến của nhân dân chỉ được ghi nhận theo nhóm xã hội (ví dụ: "một bộ phận nông dân"), không ghi tên người cụ thể.
    • Chỉ cán bộ phụ trách của đơn vị và cấp có thẩm quyền được xem thông tin; dữ liệu không chuyển cho bên ngoài.
    • Đồng chí có thể đề nghị xem, chỉnh sửa hoặc rút lại sự đồng ý bất cứ lúc nào thông qua cán bộ phụ trách.
registration-consent-ask = Đồng chí có đồng ý với việc xử lý dữ liệu nêu trên không?
registration-consent-press = Đồng chí bấm «Đồng ý» (hoặc gõ «đồng ý») nếu đồng ý với việc xử lý dữ liệu nêu trên ở tin nhắn phía trên, hoặc bấm «Không đồng ý».
registration-agree = Đồng ý
registration-decline = Không đồng ý
registration-declined = Đồng chí đã không đồng ý, vì vậy hệ thống không lưu bất kỳ thông tin nào và chưa đăng ký tài khoản. Nếu đổi ý, đồng chí chỉ cần nhập lại mã mời (khi mã còn hạn); nếu cần trao đổi thêm, vui lòng liên hệ cán bộ phụ trách.
registration-welcome-collaborator =
    Đăng ký thành công. Chào mừng đồng chí { $name } ({ $unit }) tham gia mạng lưới cộng tác viên dư luận xã hội!
    Đồng chí có thể chọn chức năng dưới đây, hoặc gõ /help để xem hướng dẫn.
registration-welcome-official =
    Đăng ký thành công. Kính chào đồng chí { $name } ({ $unit }).
    Tài khoản của đồng chí là tài khoản cán bộ phụ trách: nhận cảnh báo điểm nóng, gửi định hướng, theo dõi thống kê và tổng hợp báo cáo của địa bàn. Đồng chí có thể chọn chức năng dưới đây, hoặc gõ /help để xem hướng dẫn.
registration-welcome-admin =
    Đăng ký thành công. Kính chào đồng chí { $name } ({ $unit }).
    Tài khoản của đồng chí là tài khoản quản trị: theo dõi cảnh báo, định hướng, thống kê và tổng hợp của toàn hệ thống. Đồng chí có thể chọn chức năng dưới đây, hoặc gõ /help để xem hướng dẫn.
registration-welcome-liaison =
    Đăng ký thành công. Kính chào đồng chí { $name } ({ $unit }).
    Tài khoản của đồng chí là tài khoản đầu mối cơ quan phối hợp: nhận các vụ việc được chuyển tới cơ quan để xử lý và trả lời kết quả. Bấm «Hồ sơ cần xử lý» hoặc gõ /hoso để xem, /help để xem hướng dẫn.
