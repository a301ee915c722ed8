# Báo cáo định kỳ: kỳ báo cáo, nhắc hạn, danh sách chưa nộp, thống kê, tiếp nhận/yêu cầu bổ sung.
rep-period = tháng { $month }/{ $year }

## Nhắc hạn (gửi cho cộng tác viên chưa nộp)
rep-remind-d3 =
    Kính gửi đồng chí { $name },
    Báo cáo tình hình tư tưởng, dư luận xã hội { $period } có hạn nộp ngày { $due } (còn 3 ngày). Đồng chí vui lòng hoàn thành và gửi báo cáo đúng hạn.
rep-remind-d1 =
    Kính gửi đồng chí { $name },
    Ngày mai ({ $due }) là hạn nộp báo cáo tình hình tư tưởng, dư luận xã hội { $period }. Hệ thống chưa nhận được báo cáo của đồng chí.
rep-remind-d0 =
    Kính gửi đồng chí { $name },
    Hôm nay ({ $due }) là hạn nộp báo cáo tình hình tư tưởng, dư luận xã hội { $period }. Đồng chí vui lòng gửi báo cáo trong ngày.
rep-remind-open = 📝 Mở báo cáo định kỳ
rep-open-prompt = Bấm nút dưới đây (hoặc gõ /baocao) để mở báo cáo { $period }; nếu đang có bản nháp, hệ thống sẽ mở lại đúng chỗ đồng chí đang làm.
rep-open-already = Đồng chí đã gửi báo cáo { $period } (số biên nhận { $receipt }). Có thể gửi bản cập nhật đến hết ngày { $lock } bằng lệnh /baocao.
rep-open-not-collaborator = Chức năng nhắc báo cáo định kỳ chỉ dành cho cộng tác viên.

## Danh sách gửi cán bộ
rep-list-truncated = … (danh sách còn dài; xem đầy đủ bằng lệnh /thongke)
rep-late-title = 📋 DANH SÁCH CỘNG TÁC VIÊN CHƯA NỘP BÁO CÁO ĐÚNG HẠN
rep-late-unit = { $unit } — báo cáo { $period }, hạn { $due }: { $count } người chưa nộp
rep-late-footer = Đề nghị đồng chí đôn đốc các cộng tác viên trên. Xem số liệu đầy đủ bằng lệnh /thongke.
rep-inactive-title = 📋 CỘNG TÁC VIÊN KHÔNG GỬI BÁO CÁO ĐỊNH KỲ { $n } KỲ LIÊN TIẾP
rep-inactive-line = • { $name } ({ $unit }): không có báo cáo { $periods }
rep-inactive-footer = Đề nghị đồng chí xem xét, trao đổi với các cộng tác viên trên và cân nhắc việc kiện toàn, thay thế hoặc bổ sung. Hệ thống chỉ thống kê; việc quyết định do cán bộ phụ trách thực hiện.

## Tiếp nhận, yêu cầu bổ sung (gửi người báo cáo)
rev-received-notice = ✅ Báo cáo số { $receipt } ({ $period }) của đồng chí đã được cán bộ phụ trách tiếp nhận. Trân trọng cảm ơn đồng chí.
rev-more-notice =
    📝 Cán bộ phụ trách đề nghị đồng chí bổ sung báo cáo số { $receipt } ({ $period }):
    «{ $note }»
    Đồng chí có thể cập nhật báo cáo đến hết ngày { $lock } (gõ /baocao).
