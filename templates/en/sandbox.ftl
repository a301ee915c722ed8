# The local web chat (/sandbox) used to try every flow without Telegram or Zalo.
sandbox-title = dlxh-bot sandbox
sandbox-intro = Pick a person from the list to chat with the bot as that person. Everything you do writes to the running system's real data.
sandbox-personas = People
sandbox-new-guest = + New user (not registered)
sandbox-guest = New user
sandbox-unregistered = Not registered — use an invite code to register
sandbox-role-collaborator = Collaborator
sandbox-role-official = Official
sandbox-role-admin = Admin
sandbox-inactive = inactive
sandbox-no-persona = No one selected. Pick a person from the «People» list.
sandbox-start-hint = Where to start:
    • Pick «CTV xã An Bình (demo)» (a collaborator) and tap «🚨 Báo tin điểm nóng» or type /nhanh to file a report.
    • Then pick «Cán bộ Đảng ủy xã An Bình (demo)» (their official): the alert is there; tap «Tiếp nhận».
    • Officials have «Open the console» at the top: the hot-spot map, reports, progress.
    • «+ New user» tries registration with an invite code (printed in the terminal at start).
sandbox-empty-list = Nobody in the system yet. Create a new user and register with an invite code.
sandbox-input-placeholder = Type a message…
sandbox-long-hint = a text longer than one message is sent in parts (as Telegram does) and joined into one answer.
sandbox-send = Send
sandbox-send-photo = Send photo
sandbox-send-location = Send location
sandbox-latitude = Latitude
sandbox-longitude = Longitude
sandbox-location-requested = The bot asks for a location: press “Send location” below or type the address.
sandbox-location = Location
sandbox-photo = Photo
sandbox-document = File
sandbox-photo-sent = Sent a test photo
sandbox-choice = Chose
sandbox-event-blocked = Blocked the bot
sandbox-event-unblocked = Unblocked the bot
sandbox-block = Simulate: user blocks the bot
sandbox-failed = The system could not process this message.
sandbox-refresh = Reload list
sandbox-error-generic = Something went wrong, please try again.
sandbox-open-console = Open the console ↗
sandbox-error-bad_json = The request body is not valid JSON.
sandbox-error-bad_request = Invalid request.
sandbox-error-unsupported_media_type = The request must be sent as application/json.
sandbox-error-unknown_account = This sandbox account does not exist.
sandbox-error-empty_text = The message is empty.
sandbox-error-text_too_long = The message is too long (at most { $max } characters).
sandbox-error-account_blocked = This user is blocking the bot; unblock first.
sandbox-error-handler_failed = The system could not process the message; please send it again.
sandbox-error-payload_too_large = The request is too large.
sandbox-error-forbidden_remote = The sandbox is only open to this machine.
