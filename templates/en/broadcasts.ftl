## Guidance broadcasts

broadcast-help-compose = compose and send public-opinion guidance
broadcast-help-list = recent guidance with delivery and acknowledgement figures
broadcast-help-ack = acknowledge the latest guidance you received

# The message recipients see
broadcast-msg-header = 📢 GUIDANCE: { $title }
broadcast-msg-sender = From: { $unit }
broadcast-msg-ack-by = Please confirm "Received" before { $deadline }.
broadcast-msg-ack-asked = Please confirm "Received".
broadcast-msg-ack-typed = To confirm, reply /danhan
broadcast-msg-file-elsewhere = 📎 A file comes with this: «{ $name }», but this channel cannot carry that kind of file. Please ask the official in charge for it.
broadcast-msg-file-library = 📎 This material comes with a file, «{ $name }», but this channel cannot carry that kind of file. Open the material in /tailieu for a download link.
broadcast-msg-file-link = 📎 A file comes with this, «{ $name }», which this channel cannot carry. Download it here:
    { $url }
    The link is yours alone and works for { $hours } hours; please do not pass it on.
broadcast-ack-button = ✅ Received
broadcast-remind = Reminder: you have not yet confirmed receiving the guidance "{ $title }" from { $unit }.
broadcast-remind-by = Reminder: you have not yet confirmed receiving the guidance "{ $title }" from { $unit }. Deadline: { $deadline }.

# Acknowledgement
broadcast-ack-acknowledged = Thank you for confirming the guidance "{ $title }".
broadcast-ack-already = You already confirmed the guidance "{ $title }".
broadcast-ack-cancelled = The guidance "{ $title }" was withdrawn; no confirmation is needed.
broadcast-ack-not_found = No guidance to confirm was found.
broadcast-ack-none = No guidance is waiting for your confirmation.

# Composing
broadcast-compose-title = 📢 New guidance. Enter the title (at most 200 characters):
broadcast-compose-body = Enter the guidance text (at most { $max } characters). You may send several messages in a row, one paragraph each.
broadcast-compose-body-more = Send the next paragraph, or press "Done" when the text is complete.
broadcast-compose-body-added = Paragraph added (text now { $length }/{ $max } characters).
broadcast-compose-body-added-late = Added this paragraph at the end of the guidance text (now { $length }/{ $max } characters). Attach a photo or document if you have one, or press «Skip».
broadcast-compose-attachment = Attach one photo or document if needed, or press "Skip".
broadcast-compose-attachment-kind = Only a photo or a document can be attached. Send again, or press "Skip".
broadcast-compose-attachment-ok = Attachment received.
broadcast-compose-attachment-replaced = The attachment was replaced by the file you just sent (one file per guidance).
broadcast-compose-attachment-has = The guidance already has the { $kind ->
    [photo] photo
   *[other] document
}{ $named ->
    [yes] {" "}«{ $name }»
   *[other] {""}
} you sent. Send another file to replace it, or press «Keep this file» or «No attachment».
broadcast-compose-file-kind = Guidance can carry a photo or a document only; the file you just sent was not kept.
broadcast-btn-keep-file = 📎 Keep this file
broadcast-btn-no-file = No attachment
broadcast-dryrun-attachment = Attachment: { $kind ->
    [photo] photo
   *[other] document
}{ $named ->
    [yes] {" "}«{ $name }»
   *[other] {""}
}
broadcast-compose-unit = Choose the audience (the unit chosen and all units under it):
broadcast-compose-unit-code = Enter a unit code (or its exact name) within your scope:
broadcast-compose-unit-unknown = That unit is not within your scope.
broadcast-compose-role = Send to whom?
broadcast-compose-sector = Filter by sector?
broadcast-compose-stratum = Filter by social stratum?
broadcast-compose-ack = Ask recipients to press "Received" to confirm?
broadcast-compose-deadline = Confirmation deadline? Choose one, or type a time and date (e.g. 17:00 25/12).
broadcast-compose-urgent = Priority? Normal guidance is not sent during quiet hours ({ $quiet }); urgent guidance is.
broadcast-compose-when = Send now or schedule?
broadcast-compose-time = Enter when to send (e.g. 07:30, or 07:30 26/12):
broadcast-compose-time-invalid = That time could not be read. Use 17:00 or 17:00 25/12 (Vietnam time), in the future.
broadcast-compose-confirm = Send this guidance?
broadcast-compose-choose = Please choose one of the buttons below.
broadcast-compose-text-expected = Please answer in text.
broadcast-compose-wait = Working on it, one moment please.
broadcast-compose-cancelled = The guidance draft was discarded.

broadcast-role-all = Everyone
broadcast-role-collaborator = Collaborators
broadcast-role-official = Officials
broadcast-filter-all = No filter
broadcast-yes = Yes
broadcast-no = No
broadcast-deadline-4h = Within 4 hours
broadcast-deadline-24h = Within 24 hours
broadcast-deadline-3d = Within 3 days
broadcast-urgency-normal = Normal
broadcast-urgency-urgent = Urgent
broadcast-when-now = Send now
broadcast-when-later = Schedule

broadcast-btn-done = Done
broadcast-btn-skip = Skip
broadcast-btn-unit-code = Another unit code
broadcast-btn-send = Send
broadcast-btn-cancel = Cancel
broadcast-btn-pause = ⏸ Pause
broadcast-btn-resume = ▶️ Resume
broadcast-btn-approve = Approve
broadcast-btn-reject = Reject
broadcast-btn-view = View { $n }

# Dry run
broadcast-dryrun-head = Check before sending "{ $title }" — audience { $unit }: { $total } recipients.
broadcast-dryrun-unit = • { $name }: { $count }
broadcast-dryrun-more-units = • … and { $n } more units
broadcast-dryrun-channels = By channel: { $list }
broadcast-dryrun-unreachable = Unreachable (no channel at all): { $n }
broadcast-dryrun-eta = Estimated sending time: { $eta }
broadcast-dryrun-start = Sending starts: { $when }
broadcast-dryrun-start-quiet = Sending starts: { $when } (quiet hours now: an ordinary message waits for them to end; choose «Urgent» to send at once)
broadcast-dryrun-ack = Confirmation deadline: { $deadline }
broadcast-dryrun-approval = The audience is above the threshold: another official must approve before sending.
broadcast-dryrun-empty = Nobody matches the audience and filters chosen. Please choose again.

broadcast-channel-telegram = Telegram
broadcast-channel-zalo = Zalo
broadcast-channel-zalobot = Zalo Bot
broadcast-channel-sandbox = Sandbox

broadcast-eta-seconds = about { $n } seconds
broadcast-eta-minutes = about { $n } minutes
broadcast-eta-hours = about { $h } h { $m } min

# Outcome
broadcast-created-sending = Sending the guidance to { $count } people has started. Progress is updated in a separate message.
broadcast-created-scheduled = The guidance to { $count } people is scheduled for { $when }.
broadcast-created-approval = The guidance goes to { $count } people and needs approval. { $n } officials were asked.
broadcast-created-no-approver = The guidance goes to { $count } people and needs approval, but no other official at this unit or above can approve it. Please contact an administrator.

# Errors
broadcast-error-title_empty = The title cannot be empty.
broadcast-error-title_too_long = The title is too long.
broadcast-compose-title-invalid = The title must be 1 to { $max } characters.
broadcast-error-body_empty = The guidance text cannot be empty.
broadcast-error-body_too_long = The guidance text is too long.
broadcast-compose-body-too-long = The text is too long ({ $length } characters; at most { $max }). The last paragraph was not added.
broadcast-error-deadline_past = The confirmation deadline has passed. Please choose again.
broadcast-error-deadline_before_start = The confirmation deadline must be after the sending time. Please choose the deadline again.
broadcast-error-schedule_past = The sending time has passed. Please choose again.
broadcast-error-out_of_scope = That unit is outside your scope.
broadcast-error-not_found = Unit not found.
broadcast-error-not_official = Only officials can send guidance.
broadcast-error-bad_draft = The draft is invalid; please start again.
broadcast-error-unknown = Something went wrong; please try again.

# Progress (one message, edited in place)
broadcast-progress-title = 📊 Guidance "{ $title }"
broadcast-progress-status = Status: { $status }
broadcast-progress-sent = Sent: { $sent }/{ $total } · Failed: { $failed } · Unreachable: { $unreachable } · Waiting for the recipient to write on Zalo: { $waiting }
broadcast-progress-acked = Confirmed: { $acked } ({ $rate }%)
broadcast-progress-eta = Remaining: { $eta }

broadcast-status-draft = draft
broadcast-status-awaiting_approval = awaiting approval
broadcast-status-scheduled = scheduled
broadcast-status-scheduled-at = to be sent at { $when }
broadcast-status-sending = sending
broadcast-status-paused = paused
broadcast-status-quiet = paused for quiet hours, resumes by itself
broadcast-status-done = sent
broadcast-status-cancelled = cancelled

# Controls, approval
broadcast-control-approve-ok = Guidance "{ $title }" approved ({ $status }).
broadcast-control-reject-ok = Guidance "{ $title }" rejected.
broadcast-control-pause-ok = Sending "{ $title }" is paused.
broadcast-control-resume-ok = Guidance "{ $title }": { $status }.
broadcast-control-cancel-ok = Guidance "{ $title }" cancelled. Messages not yet sent will not be sent.
broadcast-control-refused-not_found = That guidance was not found.
broadcast-control-refused-not_official = Only officials can do this.
broadcast-control-refused-out_of_scope = That guidance is outside your scope.
broadcast-control-refused-self_approval = The author cannot approve their own guidance; another official must.
broadcast-control-refused-wrong_status = This action no longer applies to the guidance in its current state.

broadcast-approval-request = { $author } asks for approval of the guidance "{ $title }" to { $count } people in { $unit }.
broadcast-approved-author = The guidance "{ $title }" was approved by { $official }.
broadcast-rejected-author = The guidance "{ $title }" was rejected by { $official }.

broadcast-nonack-report = Guidance "{ $title }": { $count } people in { $unit } have not confirmed receiving it:
broadcast-nonack-more = … and { $n } more.

# List, detail
broadcast-list-title = Recent guidance:
broadcast-list-item = { $n }. "{ $title }" — { $status } — sent { $sent }/{ $total }, confirmed { $acked } ({ $rate }%) — { $created }
broadcast-list-empty = No guidance within your scope yet.
broadcast-view-file = 📎 Attached file: «{ $name }» — { $state }
broadcast-view-file-stored = kept, sent with it on every channel
broadcast-view-file-pending = being downloaded to go with it
broadcast-view-when = Sending at: { $when }
broadcast-view-deadline = Acknowledge by: { $when }
broadcast-view-units = Confirmation rate by unit:
broadcast-view-unit = • { $name }: { $acked }/{ $delivered } ({ $rate }%)
