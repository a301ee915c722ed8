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

## /thongke
rep-stats-title = 📊 THỐNG KÊ BÁO CÁO ĐỊNH KỲ — { $unit }
rep-stats-current = Kỳ hiện tại ({ $period }, hạn { $due }):
rep-stats-previous = Kỳ trước ({ $period }, hạn { $due }):
rep-stats-period = Kỳ { $period } (hạn { $due }):
rep-stats-total = Toàn đơn vị: { $expected } phải nộp · { $onTime } đúng hạn · { $late } muộn · { $missing } chưa nộp{ $pending }
rep-stats-row = • { $unit }: { $expected } · { $onTime } đúng hạn · { $late } muộn · { $missing } chưa nộp{ $pending }
rep-stats-pending = {" "}(còn hạn)
rep-stats-more = … và { $n } đơn vị khác
rep-stats-missing-names = Chưa nộp: { $names }
rep-stats-none = Không có cộng tác viên nào phải báo cáo trong kỳ này.
rep-stats-drill = Gõ /thongke <mã đơn vị> để xem một đơn vị trực thuộc, /thongke <tháng/năm> để xem một kỳ.
rep-x-bad-args = Không hiểu tham số «{ $arg }». Cách dùng: /thongke [mã đơn vị] [tháng/năm], ví dụ /thongke XA01 11/2026.
rep-x-unknown_unit = Không tìm thấy đơn vị có mã này.
rep-x-out_of_scope = Đơn vị này không thuộc phạm vi phụ trách của đồng chí.
rep-x-future_period = Kỳ báo cáo này chưa bắt đầu.
rep-help-thongke = tình hình nộp báo cáo định kỳ của các đơn vị: /thongke [mã đơn vị] [tháng/năm]

## /nhanbaocao, /bosung (cán bộ)
rev-help-received = đánh dấu đã tiếp nhận báo cáo: /nhanbaocao <số biên nhận>
rev-help-more = đề nghị người báo cáo bổ sung: /bosung <số biên nhận> <nội dung>
rev-usage-received = Cách dùng: /nhanbaocao <số biên nhận>, ví dụ /nhanbaocao BC-2026-11-000123
rev-usage-more = Cách dùng: /bosung <số biên nhận> <nội dung cần bổ sung>
rev-done-received = Đã đánh dấu tiếp nhận báo cáo { $receipt } và thông báo cho người báo cáo.
rev-already-received = Báo cáo { $receipt } đã được tiếp nhận trước đó.
rev-done-more = Đã gửi đề nghị bổ sung báo cáo { $receipt } tới người báo cáo.
rev-x-not_found = Không tìm thấy báo cáo có số biên nhận này.
rev-x-out_of_scope = Báo cáo này không thuộc phạm vi phụ trách của đồng chí.
rev-x-empty_note = Đồng chí vui lòng ghi nội dung cần bổ sung (không quá 2.000 ký tự).
rev-x-not_owner = Báo cáo này không phải của đồng chí.
rev-x-locked = Kỳ báo cáo đã khóa, không thể sửa báo cáo.
rev-x-invalid = Nội dung báo cáo chưa hợp lệ.
