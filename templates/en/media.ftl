# Files a reporter attached, passed on to the officials already told (core/media/forward.ts).
media-forward-alert = 📎 File attached to alert { $receipt }
media-forward-report = 📎 File attached to report { $receipt }
# Console: a file that could not be kept.
media-status-refused = not kept: too large or a type not allowed
media-status-failed = could not be downloaded from the platform
# A file Zalo cannot deliver itself (voice, video, files other than pdf/doc): a personal expiring link, or the console.
media-link-alert = 📎 Alert { $receipt } has an attachment ({ $kind }) Zalo cannot deliver directly. Open it here:
    { $url }
    This link is yours alone and expires in { $hours } hours; please do not pass it on.
media-link-report = 📎 Report { $receipt } has an attachment ({ $kind }) Zalo cannot deliver directly. Open it here:
    { $url }
    This link is yours alone and expires in { $hours } hours; please do not pass it on.
media-console-alert = 📎 Alert { $receipt } has an attachment ({ $kind }) Zalo cannot deliver directly. Open it in the web console on a computer (type /dangnhap to get in), under alert { $receipt }.
media-console-report = 📎 Report { $receipt } has an attachment ({ $kind }) Zalo cannot deliver directly. Open it in the web console on a computer (type /dangnhap to get in), under report { $receipt }.
media-link-expired = This file link has expired. Open the file in the web console (type /dangnhap in the chat with the bot to get in).
media-link-invalid = This file link is not valid or was altered. Open the file in the web console (type /dangnhap in the chat with the bot).
