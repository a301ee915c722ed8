# Văn bản tổng hợp (DOCX, Markdown, XLSX) và lệnh /tonghop.
# Thể thức theo Hướng dẫn 36-HD/VPTW; câu văn ghép từ dữ liệu, mỗi đoạn có chú thích nguồn.

## Thể thức
syn-nation = ĐẢNG CỘNG SẢN VIỆT NAM
syn-number = Số       -{ $suffix }
syn-place-date = { $place }, ngày { $day } tháng { $month } năm { $year }
syn-title = BÁO CÁO
syn-subtitle = Tình hình tư tưởng, dư luận xã hội { $span }
syn-span-month = tháng { $n } năm { $year }
syn-span-quarter = quý { $roman } năm { $year }
syn-span-half = { $n ->
    [1] 6 tháng đầu năm { $year }
   *[other] 6 tháng cuối năm { $year }
}
syn-span-year = năm { $year }
syn-draft-note = Dự thảo do hệ thống tổng hợp ngày { $date } từ báo cáo của cộng tác viên; cán bộ rà soát, biên tập trước khi trình ký.
syn-draft-note-ai = Dự thảo do hệ thống tổng hợp ngày { $date } từ báo cáo của cộng tác viên; các câu tô vàng do trợ lý AI gợi ý; cán bộ rà soát, biên tập trước khi trình ký.
syn-recipients-title = Nơi nhận:
syn-recipients =
    - Thường trực Tỉnh ủy (để báo cáo),
    - Ban Tuyên giáo và Dân vận Trung ương (để báo cáo),
    - Lưu Văn phòng.
syn-sign-role = TRƯỞNG BAN
syn-sign-note = (Ký, ghi rõ họ tên)
syn-appendix-title = PHỤ LỤC: DANH MỤC BÁO CÁO NGUỒN CỦA CỘNG TÁC VIÊN
syn-territory-root = trên địa bàn { $territory }
syn-territory-unit = trong phạm vi { $unit } và các đơn vị trực thuộc
syn-territory-default = tỉnh { $place }
syn-intro = Thực hiện chế độ báo cáo định kỳ, Ban Tuyên giáo và Dân vận Tỉnh ủy báo cáo tình hình tư tưởng, dư luận xã hội { $territory } { $span } (từ ngày { $from } đến ngày { $to }) như sau:
syn-count-periodic = { $n } báo cáo định kỳ
syn-count-quick = { $n } báo cáo nhanh
syn-count-thematic = { $n } báo cáo chuyên đề
syn-basis = Báo cáo được tổng hợp từ { $reports } của cộng tác viên dư luận xã hội{ $hotSpots ->
    [0] {""}
   *[other] { "" } cùng { $hotSpots } cảnh báo điểm nóng
}; nguồn của từng nội dung được ghi tại chú thích cuối trang và Phụ lục.
syn-no-reports = Trong kỳ chưa nhận được báo cáo nào của cộng tác viên dư luận xã hội thuộc phạm vi trên; tình hình thực hiện chế độ báo cáo được nêu tại phần công tác của Ban.
syn-none = Không có nội dung.
syn-and = và

## Các phần
syn-s-overview = TÌNH HÌNH TƯ TƯỞNG CHUNG
syn-s-issues = DƯ LUẬN XÃ HỘI VỀ CÁC VẤN ĐỀ, SỰ KIỆN NỔI BẬT
syn-s-trends = DIỄN BIẾN DƯ LUẬN QUA CÁC THÁNG
syn-s-online = DƯ LUẬN TRÊN KHÔNG GIAN MẠNG
syn-s-rumours = TIN ĐỒN, THÔNG TIN SAI LỆCH, XẤU ĐỘC
syn-s-hot-spots = ĐIỂM NÓNG, VỤ VIỆC PHỨC TẠP
syn-s-good = ĐIỂN HÌNH TÍCH CỰC, CÁCH LÀM HAY
syn-s-causes = NGUYÊN NHÂN
syn-s-forecast = DỰ BÁO TÌNH HÌNH THỜI GIAN TỚI
syn-s-work = KẾT QUẢ CÔNG TÁC NẮM BẮT, ĐỊNH HƯỚNG DƯ LUẬN XÃ HỘI CỦA BAN
syn-s-handling = KẾT QUẢ XỬ LÝ CÁC VẤN ĐỀ ĐƯỢC PHẢN ÁNH
syn-s-proposals = KIẾN NGHỊ, ĐỀ XUẤT

## I. Tình hình tư tưởng chung
syn-assess-none = Trong kỳ chưa có báo cáo định kỳ đánh giá tình hình tư tưởng chung.
syn-assess = Tình hình tư tưởng trên địa bàn nhìn chung { $state } ({ $detail }, trong tổng số { $total } báo cáo định kỳ).
syn-assess-item = { $n } báo cáo đánh giá { $state }
syn-assess-on_dinh = ổn định
syn-assess-co_ban_on_dinh = cơ bản ổn định
syn-assess-phuc_tap = có diễn biến phức tạp
syn-mood = Tâm trạng chủ đạo trong Nhân dân: { $moods }.
syn-mood-item = { $mood } ({ $n } báo cáo)
syn-mood-phan_khoi = phấn khởi
syn-mood-tin_tuong = tin tưởng
syn-mood-binh_thuong = bình thường
syn-mood-lo_lang = lo lắng
syn-mood-buc_xuc = bức xúc
syn-mood-hoang_mang = hoang mang
syn-group-cadres = Trong cán bộ, đảng viên:
syn-group-people = Trong các tầng lớp Nhân dân:
syn-group-cadres-none = các báo cáo trong kỳ chưa phản ánh riêng tư tưởng của cán bộ, đảng viên.
syn-group-people-none = các báo cáo trong kỳ chưa phản ánh ý kiến cụ thể của các tầng lớp Nhân dân.
syn-group-clause = { $clause } (về “{ $issue }”)

## Câu văn về luồng ý kiến
syn-p-stream = { $prevalence } { $holder } { $stance }, { $content }
syn-p-stream-own = { $prevalence } { $holder } { $content }
syn-prev-tuyet_dai_da_so = tuyệt đại đa số
syn-prev-da_so = đa số
syn-prev-so_dong = số đông
syn-prev-nhieu_y_kien = nhiều ý kiến trong
syn-prev-mot_bo_phan = một bộ phận
syn-prev-mot_so = một số
syn-prev-co_nguoi = có ý kiến trong
syn-stance-dong_tinh = đồng tình
syn-stance-trai_chieu = có ý kiến trái chiều
syn-stance-ban_khoan = băn khoăn
syn-stance-de_xuat = đề xuất
syn-stance-trung_lap = có ý kiến trung lập
syn-holder-cong_nhan = công nhân, người lao động
syn-holder-nong_dan = nông dân
syn-holder-tri_thuc = trí thức
syn-holder-cbccvc = cán bộ, công chức, viên chức
syn-holder-huu_tri_ccb = cán bộ hưu trí, cựu chiến binh
syn-holder-doanh_nhan = doanh nhân, tiểu thương
syn-holder-thanh_nien = thanh niên, học sinh, sinh viên
syn-holder-llvt = cán bộ, chiến sĩ lực lượng vũ trang
syn-holder-ton_giao = chức sắc, tín đồ tôn giáo
syn-holder-dtts = đồng bào dân tộc thiểu số
syn-holder-nhan_dan = Nhân dân
syn-holder-nhan_dan-few = người dân
syn-fn = Nguồn: { $list }.
syn-fn-item = { $kind } { $receipt } ({ $unit })
syn-kind-periodic = báo cáo định kỳ
syn-kind-quick = báo cáo nhanh
syn-kind-thematic = báo cáo chuyên đề

## II–IV. Vấn đề, không gian mạng, tin đồn
syn-scope-quoc_te = Dư luận về tình hình quốc tế
syn-scope-trong_nuoc = Dư luận về tình hình trong nước
syn-scope-trong_tinh = Dư luận về tình hình trong tỉnh
syn-scope-dia_phuong = Dư luận về tình hình ở địa phương, cơ sở
syn-scope-none = Dư luận về các vấn đề khác
syn-origin-item = { $n } { $kind } của { $unit }
syn-issue-origin = Vấn đề thuộc lĩnh vực { $topic }, được phản ánh trong { $origin }.
syn-issue-opinion = Dư luận:
syn-issues-none = Trong kỳ, các báo cáo không nêu vấn đề, sự kiện nổi bật nào.
syn-online-intro = Trên không gian mạng, các báo cáo ghi nhận { $n } vấn đề được quan tâm, bình luận:
syn-online-none = Trong kỳ, các báo cáo chưa ghi nhận vấn đề nổi bật nào trên không gian mạng.
syn-rumour-reaction = Phản ứng của dư luận:
syn-rumour-proposal = Đề xuất của cơ sở:
syn-rumours-none = Trong kỳ, không ghi nhận tin đồn, thông tin sai lệch, xấu độc.

## V. Điểm nóng
syn-hs-none = Trong kỳ, không phát sinh điểm nóng.
syn-hs-intro = Trong kỳ có { $fresh } điểm nóng mới phát sinh và { $carried } điểm nóng từ kỳ trước chuyển sang, trong đó { $urgent } vụ việc ở mức khẩn trở lên.
syn-hs-lead = { $n }. { $category } tại { $place } ({ $unit }), mức độ { $severity }.
syn-hs-place-unknown = địa điểm chưa xác định
syn-hs-facts = Vào { $when }, { $description }; số người tham gia ước tính { $people }.
syn-hs-no-description = cộng tác viên báo cáo sự việc, chưa mô tả chi tiết
syn-hs-note = Nguồn: cảnh báo điểm nóng { $receipt }{ $carried }.
syn-hs-carried = { " " }(từ kỳ trước chuyển sang)
syn-hs-people-unknown = chưa xác định
syn-hs-people-lt10 = dưới 10 người
syn-hs-people-10_50 = từ 10 đến 50 người
syn-hs-people-50_200 = từ 50 đến 200 người
syn-hs-people-gt200 = trên 200 người
syn-hs-people-about = khoảng { $n } người
syn-at = { $time } ngày { $date }
syn-hs-timeline = Diễn biến xử lý:
syn-tl-created = { $when }: cộng tác viên báo cáo
syn-tl-escalated = { $when }: chuyển lên { $unit }
syn-tl-acknowledged = { $when }: cán bộ tiếp nhận
syn-tl-handling = { $when }: tiến hành xử lý
syn-tl-note = { $when }: { $note }
syn-tl-update = { $when }: cơ sở cập nhật – { $note }
syn-tl-resolved = { $when }: kết thúc xử lý
syn-tl-false_alarm = { $when }: xác định là báo sai
syn-tl-merged_in = { $when }: gộp thông tin trùng lặp
syn-tl-playbook_step = { $when }: thực hiện bước kịch bản – { $note }
syn-hs-outcome = Kết quả: { $status }; { $outcome }.
syn-hs-status = Tình trạng đến thời điểm báo cáo: { $status }.

## VI–VIII, XI. Điển hình, nguyên nhân, dự báo, kiến nghị
syn-about = Về “{ $title }”: { $text }
syn-good-none = Trong kỳ, các báo cáo chưa nêu điển hình tích cực, cách làm hay.
syn-causes-none = Các báo cáo trong kỳ chưa phân tích nguyên nhân.
syn-fc-recurring = { $n ->
    [1] Vấn đề { $titles } được phản ánh trong nhiều báo cáo, dự báo tiếp tục được dư luận quan tâm trong thời gian tới.
   *[other] Các vấn đề { $titles } được phản ánh trong nhiều báo cáo, dự báo tiếp tục được dư luận quan tâm trong thời gian tới.
}
syn-fc-worry = Tâm lý băn khoăn, ý kiến trái chiều về { $titles } có thể gia tăng nếu không được thông tin, giải thích kịp thời.
syn-fc-hot-spots = { $n } điểm nóng chưa kết thúc ({ $receipts }) có nguy cơ kéo dài, cần tiếp tục theo dõi chặt chẽ.
syn-fc-rumours = Tin đồn về { $titles } có thể tiếp tục lan truyền, nhất là trên không gian mạng.
syn-fc-stable = Dự báo thời gian tới, tình hình tư tưởng, dư luận xã hội trên địa bàn cơ bản ổn định.
syn-pr-own = 1. Đề xuất của Ban Tuyên giáo và Dân vận
syn-pr-local = 2. Kiến nghị, đề xuất của cơ sở
syn-pr-inform = Đề nghị chỉ đạo các cơ quan chức năng kịp thời cung cấp thông tin chính thống, giải thích rõ để Nhân dân hiểu, đồng thuận về { $titles }.
syn-pr-hot-spots = Đề nghị chỉ đạo cấp ủy, chính quyền { $units } tập trung giải quyết dứt điểm các điểm nóng, không để phát sinh phức tạp.
syn-pr-rumours = Đề nghị cơ quan chức năng xác minh, kịp thời cải chính thông tin sai lệch về { $titles } và xử lý theo quy định.
syn-pr-reporting = Đề nghị { $units } chấn chỉnh việc thực hiện chế độ báo cáo của cộng tác viên dư luận xã hội.
syn-pr-continue = Tiếp tục làm tốt công tác nắm bắt, định hướng dư luận xã hội; duy trì chế độ báo cáo định kỳ và báo cáo nhanh của mạng lưới cộng tác viên.
syn-pr-local-none = Trong kỳ, các báo cáo không nêu kiến nghị, đề xuất.

## IX–X. Công tác của Ban, kết quả xử lý
syn-work-reporting = Chế độ báo cáo của mạng lưới cộng tác viên
syn-completeness-summary = Trong kỳ, { $expected } lượt cộng tác viên phải gửi báo cáo định kỳ: { $onTime } báo cáo đúng hạn, { $late } báo cáo muộn, { $missing } chưa báo cáo (tỷ lệ đúng hạn { $rate }%); ngoài ra có { $quick } báo cáo nhanh và { $thematic } báo cáo chuyên đề.
syn-no-expected = Trong kỳ không có cộng tác viên nào phải báo cáo.
syn-col-unit = Đơn vị
syn-col-due = Hạn nộp
syn-col-expected = Phải báo cáo
syn-col-on-time = Đúng hạn
syn-col-late = Muộn
syn-col-missing = Chưa báo cáo
syn-col-month = Kỳ
syn-col-on-time-rate = Tỷ lệ đúng hạn
syn-total = Tổng cộng
syn-work-guidance = Công tác định hướng thông tin
syn-guidance-none = Trong kỳ, Ban không phát thông tin định hướng qua hệ thống.
syn-guidance-summary = Ban đã phát { $n } thông tin định hướng tới { $audience } lượt người nhận, đã chuyển đến { $delivered } lượt.
syn-guidance-ack = Với các thông tin yêu cầu xác nhận, { $acked }/{ $asked } lượt đã xác nhận đã nhận ({ $rate }%).
syn-col-date = Ngày
syn-col-guidance = Nội dung định hướng
syn-col-audience = Người nhận
syn-col-delivered = Đã chuyển
syn-col-acked = Đã xác nhận
syn-work-polls = Thăm dò dư luận nhanh
syn-polls-none = Trong kỳ, Ban không tổ chức thăm dò nhanh.
syn-polls-summary = Ban đã tổ chức { $n } cuộc thăm dò nhanh:
syn-poll = { $n }) “{ $question }”: { $answered }/{ $recipients } người trả lời ({ $rate }%), { $state }.
syn-poll-results = Kết quả: { $results }.
syn-poll-option = “{ $label }” { $count } ý kiến ({ $pct }%)
syn-poll-open = đang mở
syn-poll-closed = đã kết thúc
syn-work-surveys = Khảo sát dư luận xã hội
syn-surveys-summary = Trong kỳ, Ban đã tổ chức { $n } đợt khảo sát dư luận xã hội:
syn-survey = { $n }) Đợt khảo sát số { $number } “{ $title }” (từ ngày { $from } đến ngày { $to }, { $state }): { $responded }/{ $recipients } người được chọn đã trả lời ({ $rate }%); tổng số phiếu thu về: { $respondents }.
syn-survey-interviews = Trong đó có { $n } phiếu do cộng tác viên phỏng vấn người dân.
syn-survey-shared = Kết quả tóm tắt đã được gửi lại những người tham gia trả lời.
syn-survey-table = Kết quả chính của đợt khảo sát số { $number }
syn-col-question = Câu hỏi
syn-col-top-answer = Ý kiến nhiều nhất
syn-col-share = Tỷ lệ
syn-col-baseline = Đợt số { $number }
syn-work-requests = Yêu cầu báo cáo đột xuất, chuyên đề
syn-requests-summary = Trong kỳ, Ban đã yêu cầu cơ sở báo cáo { $n } chuyên đề:
syn-request = { $n }) “{ $subject }” (hạn { $due }): { $answered }/{ $asked } người được yêu cầu đã gửi báo cáo ({ $rate }%).
syn-request-answer = – { $unit }: { $title }. { $summary }
syn-work-meetings = Hội nghị giao ban với cộng tác viên
syn-meetings-summary = Trong kỳ, Ban đã tổ chức { $n } hội nghị giao ban với cộng tác viên dư luận xã hội; có mặt { $present }/{ $invited } lượt người được mời ({ $rate }%):
syn-meeting = { $n }) “{ $title }” ngày { $date } ({ $unit }): có mặt { $present }/{ $invited } người ({ $rate }%), { $excused } người vắng có báo lý do; { $conclusions }.
syn-meeting-conclusions = kết luận hội nghị đã gửi tới cơ sở, { $acked }/{ $delivered } người xác nhận đã nhận
syn-meeting-no-conclusions = chưa gửi kết luận hội nghị
syn-handling-hot-spots = Kết quả xử lý điểm nóng
syn-handling-none = Trong kỳ, không có vụ việc cần báo cáo kết quả xử lý.
syn-handling-summary = Trong { $n } điểm nóng: { $resolved } vụ việc đã giải quyết ổn định, { $active } vụ việc đang xử lý, { $falseAlarm } vụ việc báo sai; thời gian xử lý trung bình { $avg } ngày.
syn-shared-yes = Đã thông báo
syn-shared-no = Không thông báo
syn-col-receipt = Số biên nhận
syn-col-place = Địa bàn
syn-col-status = Tình trạng
syn-col-outcome = Kết quả xử lý
syn-col-handled = Thời gian
syn-col-shared = Báo lại người phản ánh

## Diễn biến qua các tháng (quý, 6 tháng, năm)
syn-month-short = T{ $m }
syn-tr-topics = Số vấn đề được phản ánh theo lĩnh vực
syn-tr-topics-intro = Các lĩnh vực được phản ánh nhiều nhất: { $moves }.
syn-tr-move = { $name } từ { $from } vấn đề (tháng đầu kỳ) đến { $to } (tháng cuối kỳ), { $word }, cao nhất { $peak } vấn đề/tháng
syn-tr-up = tăng
syn-tr-down = giảm
syn-tr-flat = không đổi
syn-tr-no-data = Không có số liệu.
syn-tr-stances = Khuynh hướng ý kiến qua các tháng
syn-tr-stance-topic = Khuynh hướng ý kiến về { $topic }
syn-tr-hot-spots = Điểm nóng theo loại
syn-tr-no-hot-spots = Trong kỳ không phát sinh điểm nóng.
syn-tr-timeliness = Tỷ lệ báo cáo đúng hạn của các đơn vị (%)
syn-col-sum = Cộng
syn-col-topic = Lĩnh vực
syn-col-stance = Khuynh hướng
syn-col-category = Loại

## Phụ lục
syn-col-no = STT
syn-col-kind = Loại báo cáo
syn-col-submitted = Ngày gửi

## Dự thảo có trợ lý AI
syn-ai-review = Câu do trợ lý AI gợi ý; cán bộ rà soát, đối chiếu với báo cáo nguồn trước khi sử dụng. Căn cứ: { $refs }.
syn-ai-no-refs = không có
syn-llm-system = Đồng chí là chuyên viên Ban Tuyên giáo và Dân vận Tỉnh ủy, viết dự thảo báo cáo tình hình tư tưởng, dư luận xã hội bằng tiếng Việt, văn phong hành chính, khách quan, ngắn gọn. Chỉ dùng các dữ kiện được cung cấp; không nêu tên người; không suy diễn số liệu. Trả lời duy nhất một đối tượng JSON có dạng {"assessment": [...], "forecast": [...], "proposals": [...]}, mỗi phần tử là {"text": "một câu", "refs": ["số biên nhận đã dùng"]}; mỗi câu phải có ít nhất một số biên nhận lấy từ dữ kiện.
syn-llm-user = Dữ kiện của kỳ báo cáo (JSON) dưới đây. Hãy viết: "assessment" — đánh giá chung tình hình tư tưởng (2–4 câu); "forecast" — dự báo tình hình thời gian tới (2–4 câu); "proposals" — đề xuất của Ban với cấp ủy về lãnh đạo, định hướng (2–5 câu).

## Bảng phân tích (XLSX)
syn-xlsx-sheet = Luồng ý kiến
syn-xlsx-receipt = Số biên nhận
syn-xlsx-kind = Loại báo cáo
syn-xlsx-unit = Đơn vị
syn-xlsx-period = Kỳ báo cáo
syn-xlsx-submitted = Ngày gửi
syn-xlsx-topic-code = Mã chủ đề
syn-xlsx-topic = Chủ đề
syn-xlsx-scope = Phạm vi
syn-xlsx-issue = Vấn đề, sự kiện
syn-xlsx-reliability = Độ tin cậy
syn-xlsx-stance = Khuynh hướng
syn-xlsx-prevalence = Mức độ phổ biến
syn-xlsx-holder = Chủ thể (nhóm xã hội)
syn-xlsx-content = Nội dung ý kiến
syn-xlsx-stance-code = Mã khuynh hướng
syn-xlsx-prevalence-code = Mã mức độ phổ biến
syn-xlsx-holder-code = Mã chủ thể

## Lệnh /tonghop
syn-hint-other-period = Lưu ý: kỳ này chưa có báo cáo nào được gửi. Kỳ gần nhất có báo cáo là { $latest }: gõ /tonghop { $arg } để tổng hợp kỳ đó.
syn-hint-no-reports = Lưu ý: địa bàn này chưa có báo cáo nào được gửi, nên văn bản tổng hợp sẽ chưa có nội dung.
syn-queued = ⏳ Đang tổng hợp báo cáo { $period } của { $unit }. Văn bản (DOCX) sẽ được gửi cho đồng chí khi hoàn thành.
syn-ready-caption = 📄 Báo cáo tổng hợp tình hình tư tưởng, dư luận xã hội { $period } — { $unit } ({ $count } báo cáo nguồn). Dự thảo để đồng chí rà soát, biên tập trước khi trình ký.
syn-scheduled-caption = 📄 Dự thảo báo cáo tổng hợp tình hình tư tưởng, dư luận xã hội { $period } — { $unit } ({ $count } báo cáo nguồn), hệ thống tự tổng hợp trước hạn báo cáo. Đồng chí rà soát, biên tập trước khi trình ký.
syn-x-bad-args = Không hiểu tham số «{ $arg }». Cách dùng: /tonghop [kỳ] [mã đơn vị]; kỳ có thể là tháng (11/2026), quý (quy4/2026), 6 tháng (6thang2/2026) hoặc năm (nam2026).
syn-failed = Rất tiếc, chưa tạo được văn bản tổng hợp { $period }. Đồng chí vui lòng thử lại sau hoặc báo quản trị viên.
syn-help = tổng hợp báo cáo thành văn bản (DOCX): /tonghop [11/2026 | quy4/2026 | 6thang2/2026 | nam2026] [mã đơn vị]
