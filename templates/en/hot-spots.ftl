## Hot-spot alert, sent in at most six answers.

ctv-hs-intro = 🚨 HOT-SPOT ALERT — only 5 short questions. You can attach photos or voice notes at any step.
ctv-hs-ask-category = 1/5. Type of event:
ctv-hs-ask-severity = 2/5. Level:
ctv-hs-call-reminder = ☎️ Note: for urgent events you must phone the police and the leaders in charge at once. An alert through this system does not replace reporting by phone.
ctv-hs-ask-place = 3/5. Place: press "Send location" to share where you are, or type an address or description of the place.
ctv-hs-place-expected = Please share a location or type the address of the place.
ctv-hs-ask-description = 4/5. Briefly describe what is happening (you may send a photo or voice note with a caption):
ctv-hs-description-expected = Please type a description, or send a photo or voice note.
ctv-hs-ask-people = 5/5. Number of people involved (estimate) — choose or type a number:
ctv-hs-people-invalid = Please choose a range below or type a number (e.g. 35).
ctv-hs-media-received = Attachment received ({ $n } in total).
ctv-hs-media-full = An alert takes at most { $max } attachments; the file you just sent was not kept.
ctv-hs-review-head = 🚨 HOT-SPOT ALERT
ctv-hs-field-category = Type
ctv-hs-field-severity = Level
ctv-hs-field-place = Place
ctv-hs-field-description = Description
ctv-hs-field-people = People
ctv-hs-field-media = Attachments
ctv-hs-place-shared = shared location ({ $lat }, { $lon })
ctv-hs-confirm-ask = Please check and press "Send now".
ctv-hs-submit = 🚨 Send now
ctv-hs-edit = ✏️ Edit
ctv-hs-cancel = 🗑 Cancel
ctv-hs-edit-ask = What would you like to edit?
ctv-hs-back = ‹ Back
ctv-hs-received = ✅ Hot-spot alert { $receipt } received (level { $severity }). The official in charge is being notified. Thank you!
ctv-hs-submit-failed = The alert could not be sent because information is missing (place, description or photo). Please complete it.

# Hot spots — officials' side: notifications, action buttons, lists, reporter feedback.

hso-sev-1 = watch
hso-sev-2 = warning
hso-sev-3 = urgent
hso-sev-4 = critical

hso-status-open = not yet acknowledged
hso-status-acknowledged = acknowledged
hso-status-handling = being handled
hso-status-resolved = stabilised / closed
hso-status-false_alarm = false alarm
hso-status-merged = merged into another case

hso-age-minutes = { $n } min
hso-age-hours = { $n } h
hso-age-days = { $n } days

## Alert sent to officials
hso-alert-title = 🚨 HOT SPOT { $receipt } — level { $severity } ({ $severityLabel })
hso-alert-category = Type: { $category }
hso-alert-unit = Area: { $unit }
hso-alert-place = Place: { $place }
hso-alert-coords = Coordinates: { $lat }, { $lon }
hso-alert-people = People involved (estimate): { $n } or more
hso-alert-description = Details: { $text }
hso-alert-reported-at = Reported: { $time }
hso-alert-deadline = Please acknowledge before { $time }.
hso-alert-watch = Watch level: no acknowledgement deadline.
hso-alert-reminder = 🔔 Reminder { $n }: this alert has still not been acknowledged.
hso-alert-escalated-deadline = ⬆️ Escalated from { $from }: not acknowledged in time.
hso-alert-escalated-burst = ⬆️ Escalated at once: { $from } raised many alerts in a short time.
hso-alert-escalated-manual = ⬆️ { $from } asks the level above to handle it.
hso-alert-escalated-skip = ⬆️ Escalated because nobody at { $from } could be reached.
hso-alert-escalated-unreachable = ⬆️ Escalated because the officials of { $from } could not be reached.

## Buttons
hso-btn-ack = Acknowledge
hso-btn-work = Handling
hso-btn-done = Stabilised / Close
hso-btn-false = False alarm
hso-btn-up = Escalate
hso-btn-note = Note
hso-btn-merge = Merge
hso-btn-view = Details
hso-btn-upd = Add information
hso-btn-cancel = Cancel
hso-btn-prev = ◀ Previous
hso-btn-next = Next ▶
hso-btn-start-done = Enter the result
hso-btn-start-note = Enter a note
hso-btn-start-merge = Choose the case to merge into
hso-btn-start-upd = Send more information

## Action results
hso-r-acknowledged = ✅ You acknowledged alert { $receipt }. Escalation has stopped; the reporter will be told.
hso-r-already_taken = Alert { $receipt } was already acknowledged by { $name } (status: { $status }).
hso-r-handling = Noted: alert { $receipt } is being handled.
hso-r-already_handling = Alert { $receipt } is already being handled.
hso-r-resolved = ✅ Alert { $receipt } is closed. The reporter will be told.
hso-r-false_alarm = Alert { $receipt } marked as a false alarm and closed.
hso-r-escalated = ⬆️ Alert { $receipt } escalated to { $unit }.
hso-r-noted = Note added to alert { $receipt }.
hso-r-merged = Alert { $receipt } merged into { $target }. Its reporter now follows { $target }.
hso-r-updated = ✅ Your additional information on alert { $receipt } was sent to the officials in charge. Thank you.

## Refusals
hso-x-not_found = This alert was not found. Please check the alert code.
hso-x-not_official = This is for the officials in charge only.
hso-x-out_of_scope = This alert is outside your area of responsibility, so you cannot act on it. The attempt has been recorded.
hso-x-closed = Alert { $receipt } is now { $status }; this action no longer applies.
hso-x-self_merge = An alert cannot be merged into itself.
hso-x-target_closed = Case { $target } is closed; merge only into an open case.
hso-x-target_out_of_scope = The case to merge into is outside your area of responsibility.
hso-x-at_root = Alert { $receipt } is already at the top level and cannot be escalated further.
hso-x-not_reporter = You can only add information to alerts you sent yourself.
hso-x-bad_input = Request not understood. Please try again or type /canhbao.

## /canhbao list
hso-list-title = Open alerts in your area ({ $total }) — page { $page }/{ $pages }:
hso-list-item = { $n }. [Level { $severity } – { $severityLabel }] { $receipt } · { $category } · { $unit } · { $age } ago · level: { $level } · { $status } · acknowledged by: { $ack }
hso-list-nobody = nobody yet
hso-list-empty = There are no open alerts in your area.

## Details
hso-view-status = Status: { $status } · level in charge: { $level }
hso-view-ack = Acknowledged by: { $name }
hso-view-timeline = Timeline:
hso-ev-created = alert created
hso-ev-notified = notification sent
hso-ev-escalated = escalated
hso-ev-acknowledged = acknowledged
hso-ev-handling = being handled
hso-ev-note = note
hso-ev-update = reporter added information
hso-ev-merged = merged into another case
hso-ev-merged_in = another alert merged in
hso-ev-resolved = closed
hso-ev-false_alarm = false alarm
hso-ev-level_skipped = level skipped (unreachable)
hso-ev-unattended = nobody acknowledged
hso-ev-reminder = reminder

## Multi-step actions
hso-prompt-done = Close alert { $receipt }: press the button below to enter the result.
hso-prompt-note = Add a note to alert { $receipt }: press the button below.
hso-prompt-merge = Merge alert { $receipt } into an open case about the same incident: press the button below to choose.
hso-prompt-upd = Add information to alert { $receipt }: press the button below, then send text, a photo or a location.
hso-ask-pick = Choose the alert:
hso-ask-pick-own = Which alert do you want to add to?
hso-ask-result = Enter the result for alert { $receipt } (how the situation was stabilised, measures taken):
hso-ask-note = Enter a note for alert { $receipt }:
hso-ask-share = May this result be shared with the reporter?
hso-share-yes = Yes
hso-share-no = No
hso-ask-merge-target = Merge { $receipt } into which case? Choose below or type an alert code.
hso-ask-update = Send more information on alert { $receipt }: text, a photo or a location.
hso-no-merge-target = There is no other open case in your area to merge into.
hso-none-own = You have no alerts being handled.
hso-too-long = Too long (at most { $max } characters). Please shorten it and send again.
hso-not-understood = That was not what was expected.
hso-working = Working…

## Reporter feedback
hso-fb-ack = 📬 Your alert { $receipt } has been acknowledged by the official in charge. If there is news, press "Add information" or type /capnhat.
hso-fb-done = ✅ Your alert { $receipt } has been dealt with. Thank you for reporting it promptly.
hso-fb-done-note = Result: { $note }
hso-fb-closed = Your alert { $receipt } was reviewed by an official and closed. Thank you.

## Notices to officials
hso-info-taken = Alert { $receipt } was acknowledged by { $name }.
hso-info-update = 📎 The reporter added information on alert { $receipt }:
hso-info-update-media = (with a photo/file — see the alert's record)

## Help
hso-help-canhbao = open hot-spot alerts in your area
hso-help-tiepnhan = acknowledge an alert by its code
hso-help-ketthuc = close an alert and record the result
hso-help-ghichu = add a note to an alert
hso-help-gop = merge duplicate alerts of one incident
hso-help-capnhat = add information to an alert you sent
