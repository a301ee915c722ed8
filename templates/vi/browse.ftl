## Report browser in chat (issue 13 §2): /baocao_ds, /xem, /timkiem.

browse-help-list = danh sách báo cáo trong địa bàn (lọc: kỳ 11/2026, nhanh/chuyende/dinhky, moi/datiepnhan/canbosung/datonghop, mã chủ đề, mã đơn vị)
browse-help-view = xem toàn văn một báo cáo (gõ kèm số biên nhận)
browse-help-search = tìm trong báo cáo và cảnh báo (gõ kèm từ khóa, không cần gõ dấu)

browse-list-head = 📚 Báo cáo của { $unit } — { $total } báo cáo (trang { $page }/{ $pages }):
browse-list-item = { $n }. { $receipt } · { $kind } · { $unit } · { $date } · { $status }
    { $title }
browse-list-foot = Bấm số biên nhận (hoặc gõ số thứ tự) để xem toàn văn; gõ /xem <số biên nhận> để mở báo cáo khác.
browse-list-empty = Chưa có báo cáo nào của { $unit } khớp điều kiện lọc.
browse-prev = ‹ Trang trước
browse-next = Trang sau ›
browse-bad-args = Không hiểu "{ $arg }". Ví dụ: /baocao_ds nhanh 11/2026, /baocao_ds canbosung, /baocao_ds <mã đơn vị>.

browse-search-usage = Gõ từ khóa sau lệnh, ví dụ: /timkiem boi thuong dat (không cần gõ dấu).
browse-search-head = 🔎 "{ $q }": { $total } báo cáo (trang { $page }/{ $pages }):
browse-total-capped = hơn { $n }
browse-search-alerts = 🚨 { $total } cảnh báo điểm nóng khớp:
browse-search-alert = { $n }. { $receipt } · { $unit } · { $date } · { $status }
    { $text }
browse-search-empty = Không tìm thấy báo cáo hay cảnh báo nào có "{ $q }" trong địa bàn của đồng chí.

browse-view-usage = Gõ số biên nhận sau lệnh, ví dụ: /xem BN-2026-11-000123
browse-x-not_found = Không tìm thấy báo cáo { $receipt } trong địa bàn đồng chí phụ trách.
browse-x-out_of_scope = Đơn vị này không thuộc phạm vi phụ trách của đồng chí.
browse-x-unknown_unit = Không có đơn vị với mã này.

browse-detail-head = 📄 { $kind } { $receipt }
browse-detail-urgent = 🚨 Người báo cáo gửi KHẨN
browse-detail-meta = { $unit } · { $name } · gửi ngày { $date } · { $status } (bản { $version })
browse-detail-period = Kỳ báo cáo: { $period }
browse-detail-title = Tên: { $title }
browse-detail-assessment = Đánh giá chung: { $text }
browse-detail-mood = Tâm trạng chủ đạo: { $text }
browse-detail-issue = ▪ Vấn đề { $n }: { $title } ({ $topic })
browse-detail-scope = Phạm vi: { $text }
browse-detail-summary = Tóm tắt: { $text }
browse-detail-causes = Nguyên nhân: { $text }
browse-detail-forecast = Dự báo: { $text }
browse-detail-proposals = Đề xuất: { $text }
browse-detail-stream = – { $stance }, { $prevalence } ({ $group }): { $text }
browse-detail-spread = Mức độ lan truyền: { $text }
browse-detail-rumours = Tin đồn: { $text }
browse-detail-good = Cách làm hay: { $text }
browse-detail-files = Tệp đính kèm ({ $n }):
browse-detail-file = { $n }. { $kind }: { $name }

browse-status-submitted = chưa tiếp nhận
browse-status-received = đã tiếp nhận
browse-status-needs_more = cần bổ sung
browse-status-synthesised = đã tổng hợp
browse-media-photo = ảnh
browse-media-voice = ghi âm
browse-media-video = video
browse-media-document = tệp
browse-detail-exchange = Trao đổi bổ sung:
browse-detail-needs_more = • { $date } cán bộ đề nghị bổ sung: { $note }
browse-detail-supplemented = • { $date } người báo cáo bổ sung: { $note }
