# Telegram adapter: the reply keyboard shown when a question asks for a location.
telegram-location-button = 📍 Gửi vị trí hiện tại
telegram-location-placeholder = Hoặc gõ địa chỉ, tên địa điểm…
telegram-location-hint = Bấm nút «📍 Gửi vị trí hiện tại» bên dưới, hoặc gõ địa chỉ.
