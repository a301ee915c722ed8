# Telegram adapter: the reply keyboard shown when a question asks for a location.
telegram-location-button = 📍 Send my current location
telegram-location-placeholder = Or type the address or place name…
telegram-location-hint = Tap “📍 Send my current location” below, or type the address.
