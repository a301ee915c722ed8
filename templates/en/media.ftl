# Files a reporter attached, passed on to the officials already told (core/media/forward.ts).
media-forward-alert = 📎 File attached to alert { $receipt }
media-forward-report = 📎 File attached to report { $receipt }
# Console: a file that could not be kept.
media-status-refused = not kept: too large or a type not allowed
media-status-failed = could not be downloaded from the platform
