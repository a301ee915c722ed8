# Kênh Zalo (OA và Zalo Bot): văn bản adapter tự thêm vào tin gửi đi.
# Zalo không có nút xin vị trí và tối đa 5 nút mỗi tin, nên các câu dưới đây thay thế.

zalo-share-location = Để gửi vị trí: trong khung soạn tin, bấm biểu tượng đính kèm (dấu ＋ hoặc dấu ba chấm), chọn «Vị trí» rồi gửi vị trí hiện tại. Nếu không gửi được, xin gõ địa chỉ (thôn/tổ dân phố, xã/phường).
zalo-choose-option = Vui lòng chọn một mục:
zalo-numbered-hint = Trả lời bằng số thứ tự (ví dụ: 1) hoặc gõ nội dung lựa chọn.
zalobot-share-location = Vui lòng gõ địa điểm bằng tin nhắn (thôn/tổ dân phố, xã/phường, mốc dễ nhận biết).
zalo-more-options = Lựa chọn { $from }–{ $to }:
