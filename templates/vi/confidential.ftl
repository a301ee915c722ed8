## The confidential route «chỉ cấp trên» (issue 13 §7): quick and thematic reports, hot-spot alerts.

confidential-btn = 🔒 Chỉ gửi cấp trên
confidential-ask = Ai được xem tin này? Chọn «chỉ cấp trên» khi nội dung liên quan đến cán bộ, lãnh đạo ở đơn vị mình: cán bộ các cấp bị bỏ qua sẽ không thấy tin ở bất kỳ đâu.
confidential-route-normal = Gửi bình thường
confidential-route-parent = Chỉ cấp trên trực tiếp
confidential-route-province = Thẳng lên tỉnh
confidential-route-parent-province = Chỉ gửi lên tỉnh (cấp trên trực tiếp)
confidential-receipt = 🔒 Chỉ cán bộ { $unit } và cấp trên xem được tin này; cán bộ đơn vị của đồng chí và các cấp bị bỏ qua không thấy.
confidential-receipt-none = Đơn vị của đồng chí không có cấp trên để gửi riêng, nên tin này được gửi như bình thường.
confidential-notice-line = 🔒 Người gửi chọn «chỉ cấp trên»: cán bộ { $unit } và các cấp bị bỏ qua không được xem tin này.
confidential-console-label = Chế độ gửi
confidential-console-value = 🔒 Chỉ cấp trên: cán bộ { $unit } và các cấp bị bỏ qua không xem được tin này
