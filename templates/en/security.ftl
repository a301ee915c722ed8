# Rate limits (flood control, invite-code guessing) — security

security-flood =
    You are sending messages too quickly, so the system has paused accepting them for a moment.
    Please wait about { $seconds } seconds and send again. Messages sent meanwhile were not recorded.
security-invite-throttled =
    Checking invite codes is temporarily locked because of too many attempts.
    Please try again in about { $minutes } minutes, or contact the official in charge for help.
