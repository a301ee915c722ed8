# Quy chế hoạt động của cộng tác viên: /quyche, chấp thuận khi đăng ký và khi có phiên bản mới.
charter-help = xem Quy chế hoạt động của cộng tác viên
charter-none = Hiện chưa ban hành Quy chế hoạt động trên hệ thống.
charter-head = 📜 { $title } (phiên bản { $version })
charter-new-head =
    📜 Ban đã ban hành { $title } (phiên bản { $version }).
    Đồng chí vui lòng đọc nội dung dưới đây và xác nhận đã đọc, chấp thuận.
charter-reg-head =
    📜 Trước khi tham gia mạng lưới, đồng chí vui lòng đọc { $title } (phiên bản { $version }):
charter-ask = Đồng chí xác nhận đã đọc và chấp thuận Quy chế hoạt động (phiên bản { $version })?
charter-accept = ✅ Tôi đã đọc và chấp thuận
charter-decline = Chưa chấp thuận
charter-accepted = ✅ Đã ghi nhận đồng chí chấp thuận Quy chế hoạt động (phiên bản { $version }). Cảm ơn đồng chí!
charter-already = Đồng chí đã chấp thuận Quy chế hoạt động (phiên bản { $version }). Gõ /quyche để xem lại bất cứ lúc nào.
charter-open = 📜 Xem quy chế mới
charter-x-outdated = Quy chế đã có phiên bản mới. Đồng chí vui lòng xem và xác nhận phiên bản đang có hiệu lực.
charter-reg-declined = Đồng chí chưa chấp thuận Quy chế hoạt động nên chưa thể tham gia mạng lưới; hệ thống không lưu thông tin nào. Khi sẵn sàng, đồng chí chỉ cần nhập lại mã mời (khi mã còn hạn) hoặc liên hệ cán bộ phụ trách để được giải đáp.
charter-stats = Quy chế hoạt động (phiên bản { $version }): { $accepted }/{ $total } cộng tác viên đã chấp thuận.
charter-stats-pending = Chưa chấp thuận: { $names }{ $more }
charter-stats-more = { " " }và { $n } người khác
