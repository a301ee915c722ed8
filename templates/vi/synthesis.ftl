# Văn bản tổng hợp tháng (DOCX, Markdown) và các lệnh /tonghop.
syn-nation = ĐẢNG CỘNG SẢN VIỆT NAM
syn-number = Số       -{ $suffix }
syn-place-date = { $place }, ngày { $day } tháng { $month } năm { $year }
syn-title = BÁO CÁO
syn-subtitle = Tình hình tư tưởng, dư luận xã hội tháng { $month } năm { $year }
syn-scope-line = Phạm vi: { $unit } và các đơn vị trực thuộc.
syn-window-line = Thời gian nắm tình hình: từ ngày { $from } đến ngày { $to }.
syn-basis = Báo cáo được tổng hợp từ { $count } báo cáo của cộng tác viên dư luận xã hội; số biên nhận của báo cáo nguồn ghi trong ngoặc sau mỗi nội dung.
syn-no-reports = Trong kỳ chưa nhận được báo cáo nào của cộng tác viên dư luận xã hội thuộc phạm vi trên, vì vậy các mục II–VII không có nội dung tổng hợp; tình hình thực hiện chế độ báo cáo nêu tại mục I.
syn-s1 = I. TÌNH HÌNH THỰC HIỆN CHẾ ĐỘ BÁO CÁO
syn-col-unit = Đơn vị
syn-col-due = Hạn nộp
syn-col-expected = Phải báo cáo
syn-col-on-time = Đúng hạn
syn-col-late = Muộn
syn-col-missing = Chưa báo cáo
syn-total = Tổng cộng
syn-completeness-summary = Tổng số { $expected } cộng tác viên phải báo cáo: { $onTime } báo cáo đúng hạn, { $late } báo cáo muộn, { $missing } chưa báo cáo.
syn-no-expected = Trong kỳ không có cộng tác viên nào phải báo cáo.
syn-s2 = II. TÌNH HÌNH TƯ TƯỞNG CHUNG
syn-assessment-intro = Đánh giá chung của cộng tác viên:
syn-mood-intro = Tâm trạng chủ đạo của nhân dân:
syn-tally = { $label }: { $count } báo cáo
syn-s3 = III. DƯ LUẬN XÃ HỘI VỀ CÁC VẤN ĐỀ, SỰ KIỆN NỔI BẬT
syn-topic = { $n }. { $name } ({ $count } báo cáo)
syn-issues = Vấn đề, sự kiện được phản ánh:
syn-streams = Các luồng ý kiến:
syn-stream = { $stance } — mức độ phổ biến cao nhất: { $prevalence }; chủ thể: { $holders }
syn-causes = Nguyên nhân:
syn-forecasts = Dự báo chiều hướng:
syn-proposals = Kiến nghị, đề xuất:
syn-none = Không có nội dung.
syn-s4 = IV. TIN ĐỒN, THÔNG TIN SAI LỆCH, XẤU ĐỘC
syn-s5 = V. ĐIỂM NÓNG TRONG KỲ
syn-col-receipt = Số vụ việc
syn-col-category = Loại
syn-col-severity = Mức độ
syn-col-status = Tình trạng
syn-col-outcome = Kết quả xử lý
syn-carried = (từ kỳ trước)
syn-s6 = VI. ĐIỂN HÌNH TÍCH CỰC, CÁCH LÀM HAY
syn-s7 = VII. KIẾN NGHỊ, ĐỀ XUẤT CHUNG
syn-generated = Dự thảo do hệ thống tổng hợp ngày { $date } từ báo cáo của cộng tác viên; cán bộ rà soát, biên tập trước khi trình ký, ban hành.
syn-recipients-title = Nơi nhận:
syn-recipients =
    - Thường trực Tỉnh ủy (để báo cáo),
    - Ban Tuyên giáo và Dân vận Trung ương (để báo cáo),
    - Lưu Văn phòng.
syn-sign-role = TRƯỞNG BAN
syn-sign-note = (Ký, ghi rõ họ tên)

## Lệnh /tonghop
syn-queued = ⏳ Đang tổng hợp báo cáo { $period } của { $unit }. Văn bản (DOCX) sẽ được gửi cho đồng chí khi hoàn thành.
syn-ready-caption = 📄 Báo cáo tổng hợp tình hình tư tưởng, dư luận xã hội { $period } — { $unit } ({ $count } báo cáo nguồn).
syn-failed = Rất tiếc, chưa tạo được văn bản tổng hợp { $period }. Đồng chí vui lòng thử lại sau hoặc báo quản trị viên.
syn-help = tổng hợp báo cáo tháng thành văn bản (DOCX): /tonghop [tháng/năm] [mã đơn vị]
