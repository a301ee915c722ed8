engine-unknown-command = { $command } is not a known command. Type /help to see what you can do.
engine-suspended = Your account is currently suspended. Please contact the official in charge of your unit.
engine-suspended-help = While your account is suspended, reporting and the other functions are unavailable. To talk about it or to become active again, please contact the official in charge of your unit. Thank you.
engine-stale-button = That button belongs to an earlier question and is no longer valid.
engine-empty = The message is empty. Please type something.
engine-unsupported = This kind of message (sticker, contact…) cannot be processed. Please send text, a photo, a voice note, a file or a location.
engine-not-registered = This account is not registered yet. Please enter the invite code your official gave you (e.g. /start BCGH2K9M).
engine-welcome-unregistered =
    Hello! This is the public-opinion reporting system of the Commission for Propaganda and Mass Mobilisation.
    To begin, please enter the invite code your official gave you.
engine-nothing-to-cancel = There is nothing in progress to cancel.
engine-nothing-to-cancel-parked = There is nothing in progress to cancel. You have a draft set aside; type /resume to continue it.
engine-cancel-confirm = This draft already holds what you entered. Discard it? What you entered will be deleted.
engine-cancel-yes = Discard the draft
engine-cancel-no = No, continue
engine-cancelled = Cancelled.
engine-cancelled-parked = Cancelled. Your other draft is kept; type /resume to continue it.
engine-answered-other = That question is already answered: you chose «{ $label }». To change it, edit it at the review before sending.
engine-already-answered = That answer was already recorded; no need to tap again.
engine-not-allowed = You do not have permission for this function.
engine-not-allowed-command = { $command } is not among your functions. Type /help for the commands you can use.
engine-draft-restored = Your unfinished draft has been reopened.
engine-no-draft = There is no unfinished draft.
engine-follow-again = Welcome back. Type /menu to see what you can do.
engine-help-title = The commands you can use, by task:
engine-help-common =
    /resume — continue an unfinished draft
    /cancel — cancel what you are doing
    /help — show this help
engine-help-tip = When a question offers choices, tap a button or type its number (1, 2, …).
engine-help-section-reports = 📝 REPORTS
engine-help-section-hot-spots = 🚨 HOT SPOTS
engine-help-section-browse = 🔎 SEARCH AND REFERRALS
engine-help-section-broadcasts = 📣 GUIDANCE
engine-help-section-polls = 📊 POLLS AND SURVEYS
engine-help-section-network = 👥 NETWORK, MEETINGS, MATERIALS
engine-help-section-general = ⚙️ GENERAL

## Shared answers and input errors (every flow).
engine-yes = Yes
engine-no = No
engine-skip = Skip
engine-page-prev = ‹ Previous
engine-page-next = More ›
engine-err-choose = Please press a button below, or type the option (accents optional) or the number of its button (1, 2, …).
engine-err-text-expected = This question needs a text answer. Please type it.
engine-err-empty = The answer is empty. Please type your answer.
engine-err-too-long = Your text has { $length } characters, over the limit of { $max }. Please shorten it.
engine-update-failed = The system could not process your last message, so it was set aside. Please send it again (rewording it or leaving out special characters may help); if it still fails, tell the official in charge.

## Long pastes (several messages): kept, parts joined, nothing lost.
engine-long-held = Received a long text ({ $length } characters; an answer may have up to { $max }). It has been kept. If it continues (long texts often arrive as several messages), send the next parts and they will be joined; when everything is sent, press «Done».
engine-long-joined = Joined the part just sent: { $length } characters in all (up to { $max }). Send any further part; when everything is sent, press «Done».
engine-long-over = The text is over the { $max }-character limit: on «Done» its first part becomes the answer and the rest is sent back to you for another answer.
engine-long-done = Done, use this text
engine-long-drop = Drop this text
engine-long-dropped = The long text just sent was dropped.
engine-long-rest = Unused part ({ $n }/{ $of }), you can paste it into another answer:
engine-long-back = This question did not take the text; here it is to shorten ({ $n }/{ $of }):
engine-aside-kept = (What you just typed has been kept: at the question that asks for text, tap «Use: …» to use it without typing it again.)
engine-aside-kept-idle = You wrote: "{ $text }". It has been kept: pick the report or task below, and at the question that asks for text, tap «Use: …» to use it without typing it again.
engine-media-kept = You sent { $n ->
        [one] a photo (file)
       *[other] { $n } photos (files)
    }. It has been kept: pick { $role ->
        [official] «Report a hot spot» or «Guidance» below
       *[other] «Report a hot spot» or a report below
    } and it will be attached, no need to send it again.
engine-media-not-taken = This cannot carry photos or files: the { $n ->
        [one] file
       *[other] { $n } files
    } you sent before { $n ->
        [one] was
       *[other] were
    } not kept. If needed, send { $n ->
        [one] it
       *[other] them
    } again with { $role ->
        [collaborator] a hot-spot alert or a quick report
       *[other] a hot-spot alert or a guidance
    }.
engine-aside-use = Use: "{ $text }"
engine-aside-offer = Text you typed earlier; tap to use it for this question:
engine-own-area = { $kind ->
    [tinh] The whole province
    [xa] The whole commune
    [phuong] The whole ward
   *[other] The whole area of { $name }
}
