# Thông tin cá nhân trong nội dung gõ vào (Luật Bảo vệ dữ liệu cá nhân): hỏi trước khi gửi tin điểm nóng, phiếu khảo sát.
personal-data-found-hot-spot = ⚠️ Phần mô tả sự việc đang có thông tin cá nhân. Tin báo chỉ cần nêu sự việc và nhóm người liên quan, không ghi họ tên hay số liên lạc của một người cụ thể. Đồng chí xem lại trước khi gửi:
personal-data-found-survey = ⚠️ Câu trả lời đang có thông tin cá nhân. Phiếu khảo sát là ẩn danh, không ghi họ tên hay số liên lạc của một người cụ thể. Đồng chí vui lòng xóa trước khi gửi:
personal-data-phone = • Số điện thoại: { $items }
personal-data-id = • Số CCCD/CMND/hộ chiếu: { $items }
personal-data-email = • Địa chỉ email: { $items }
personal-data-name = • Họ tên: { $items } (bấm «Sửa» để thay bằng nhóm người, ví dụ: "một hộ dân ở thôn 3")
personal-data-remove-phone = Xóa số điện thoại
personal-data-remove-id = Xóa số giấy tờ
personal-data-remove-email = Xóa email
personal-data-edit-hot-spot = ✏️ Sửa mô tả
personal-data-edit-survey = ✏️ Sửa câu trả lời
personal-data-send-anyway = Vẫn gửi như vậy
personal-data-removed = Đã xóa { $what }. Đồng chí xem lại trước khi gửi.
personal-data-what-phone = số điện thoại
personal-data-what-id = số giấy tờ tùy thân
personal-data-what-email = địa chỉ email
