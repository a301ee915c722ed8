## Hot-spot alert, sent in at most six answers.

hot-spots-raise-intro = 🚨 HOT-SPOT ALERT — only 5 short questions. You can attach photos or voice notes at any step.
hot-spots-raise-ask-category = 1/5. Type of event:
hot-spots-raise-ask-severity = 2/5. Level:
hot-spots-raise-call-reminder = ☎️ Note: for urgent events you must phone the police and the leaders in charge at once. An alert through this system does not replace reporting by phone.
hot-spots-raise-ask-place = 3/5. Place: press "Send location" to share where you are, or type an address or description of the place.
hot-spots-raise-place-expected = Please share a location or type the address of the place.
hot-spots-raise-ask-description = 4/5. Briefly describe what is happening (you may send a photo or voice note with a caption):
hot-spots-raise-description-expected = Please type a description, or send a photo or voice note.
hot-spots-raise-ask-description-more = 4/5. The description you sent with the photo: «{ $text }». To add to it, type more (it is added after it), or press «Keep this description».
hot-spots-raise-keep-description = ✅ Keep this description
hot-spots-raise-ask-people = 5/5. Number of people involved (estimate) — choose or type a number:
hot-spots-raise-people-invalid = Please choose a range below or type a number (e.g. 35).
hot-spots-raise-media-received = Attachment received ({ $n } in total).
hot-spots-raise-media-full = An alert takes at most { $max } attachments; the file you just sent was not kept.
hot-spots-raise-review-head = 🚨 HOT-SPOT ALERT
hot-spots-raise-field-category = Type
hot-spots-raise-field-severity = Level
hot-spots-raise-field-place = Place
hot-spots-raise-field-description = Description
hot-spots-raise-field-people = People
hot-spots-raise-field-media = Attachments
hot-spots-raise-place-shared = shared location ({ $lat }, { $lon })
hot-spots-raise-confirm-ask = Please check and press "Send now".
hot-spots-raise-submit = 🚨 Send now
hot-spots-raise-edit = ✏️ Edit
hot-spots-raise-cancel = 🗑 Cancel
hot-spots-raise-edit-ask = What would you like to edit?
hot-spots-raise-back = ‹ Back
hot-spots-raise-received = ✅ Hot-spot alert { $receipt } received (level { $severity }). The official in charge is being notified. Thank you!
hot-spots-raise-submit-failed = The alert could not be sent because information is missing (place, description or photo). Please complete it.

# Hot spots — officials' side: notifications, action buttons, lists, reporter feedback.

hot-spots-sev-1 = watch
hot-spots-sev-2 = warning
hot-spots-sev-3 = urgent
hot-spots-sev-4 = critical

hot-spots-status-open = not yet acknowledged
hot-spots-status-acknowledged = acknowledged
hot-spots-status-handling = being handled
hot-spots-status-resolved = stabilised / closed
hot-spots-status-false_alarm = false alarm
hot-spots-status-merged = merged into another case

hot-spots-age-now = just now
hot-spots-age-minutes = { $n } min ago
hot-spots-age-hours = { $n } h ago
hot-spots-age-days = { $n } days ago

## Alert sent to officials
hot-spots-alert-title = 🚨 HOT SPOT { $receipt } — level { $severity } ({ $severityLabel })
hot-spots-alert-category = Type: { $category }
hot-spots-alert-unit = Reporting unit: { $unit }
hot-spots-alert-venue = 🚨 Hot spot { $receipt }
hot-spots-alert-place = Place: { $place }
hot-spots-alert-coords = Coordinates: { $lat }, { $lon } — map: { $map }
hot-spots-alert-people = People involved (estimate): { $people }
hot-spots-people-count = { $n } people
hot-spots-alert-description = Details: { $text }
hot-spots-alert-reported-at = Reported: { $time }
hot-spots-alert-deadline = Please acknowledge before { $time }.
hot-spots-alert-watch = Watch level: no acknowledgement deadline.
hot-spots-alert-reminder = 🔔 Reminder { $n }: this alert has still not been acknowledged.
hot-spots-alert-escalated-deadline = ⬆️ Escalated from { $from }: not acknowledged in time.
hot-spots-alert-escalated-burst = ⬆️ Escalated at once: { $from } raised many alerts in a short time.
hot-spots-alert-escalated-manual = ⬆️ { $from } asks the level above to handle it.
hot-spots-alert-escalated-skip = ⬆️ Escalated because nobody at { $from } could be reached.
hot-spots-alert-escalated-unreachable = ⬆️ Escalated because the officials of { $from } could not be reached.

## Buttons
hot-spots-btn-ack = Acknowledge
hot-spots-btn-work = Handling
hot-spots-btn-done = Stabilised / Close
hot-spots-btn-false = False alarm
hot-spots-btn-up = Escalate
hot-spots-btn-note = Note
hot-spots-btn-merge = Merge
hot-spots-btn-fwd = Forward for handling
hot-spots-btn-view = Details
hot-spots-btn-upd = Add information
hot-spots-btn-cancel = Cancel
hot-spots-btn-prev = ◀ Previous
hot-spots-btn-next = Next ▶

## Action results
hot-spots-r-acknowledged = ✅ You acknowledged alert { $receipt }. Escalation has stopped; the reporter will be told.
hot-spots-r-already_taken = Alert { $receipt } was already acknowledged by { $name } (status: { $status }).
hot-spots-r-already_yours = You already acknowledged alert { $receipt } (status: { $status }).
hot-spots-r-handling = Noted: alert { $receipt } is being handled.
hot-spots-r-already_handling = Alert { $receipt } is already being handled.
hot-spots-r-resolved = ✅ Alert { $receipt } is closed. The reporter will be told.
hot-spots-r-false_alarm = Alert { $receipt } marked as a false alarm and closed.
hot-spots-r-escalated = ⬆️ Alert { $receipt } escalated to { $unit }.
hot-spots-r-noted = Note added to alert { $receipt }.
hot-spots-r-merged = Alert { $receipt } merged into { $target }. Its reporter now follows { $target }.
hot-spots-r-updated = ✅ Your additional information on alert { $receipt } was sent to the officials in charge. Thank you.

## Refusals
hot-spots-x-not_found = No alert with this code within what you may act on. Please check the alert code.
hot-spots-x-not_official = This is for the officials in charge only.
hot-spots-x-out_of_scope = This alert is outside your area of responsibility, so you cannot act on it. The attempt has been recorded.
hot-spots-x-closed = Alert { $receipt } is now { $status }; this action no longer applies.
hot-spots-x-self_merge = An alert cannot be merged into itself.
hot-spots-x-target_closed = Case { $target } is closed; merge only into an open case.
hot-spots-x-target_out_of_scope = No open case to merge into with this code within your area. Please check the code.
hot-spots-x-at_root = Alert { $receipt } is already at the top level and cannot be escalated further.
hot-spots-x-not_reporter = You can only add information to alerts you sent yourself.
hot-spots-x-bad_input = Request not understood. Please try again or type /canhbao.
hot-spots-x-bad_input-member = This button no longer works. Type /menu to see what you can do.

## /canhbao list
hot-spots-list-title = Open alerts in your area ({ $total }) — page { $page }/{ $pages }:
hot-spots-list-item = { $n }. [Level { $severity } – { $severityLabel }] { $receipt } · { $category } · { $unit } · { $age } · level: { $level } · { $status }
hot-spots-list-status-by = { $status } ({ $name })
hot-spots-list-empty = There are no open alerts in your area.

## Details
hot-spots-view-status = Status: { $status } · level in charge: { $level }
hot-spots-view-ack = Acknowledged by: { $name }
hot-spots-view-timeline = Timeline:
hot-spots-view-files = 📎 Attachments: { $n } ({ $kept } kept; kept files are sent separately to the officials alerted, and shown in the console — type /dangnhap)
hot-spots-ev-created = alert created
hot-spots-ev-notified = notification sent
hot-spots-ev-escalated = escalated
hot-spots-ev-acknowledged = acknowledged
hot-spots-ev-handling = being handled
hot-spots-ev-note = note
hot-spots-ev-update = reporter added information
hot-spots-ev-merged = merged into another case
hot-spots-ev-merged_in = another alert merged in
hot-spots-ev-resolved = closed
hot-spots-ev-false_alarm = false alarm
hot-spots-ev-level_skipped = level skipped (unreachable)
hot-spots-ev-unattended = nobody acknowledged
hot-spots-ev-reminder = reminder

## Multi-step actions
hot-spots-ask-pick = Choose the alert:
hot-spots-ask-pick-own = Which alert do you want to add to?
hot-spots-ask-result = Enter the result for alert { $receipt } (how the situation was stabilised, measures taken):
hot-spots-ask-note = Enter a note for alert { $receipt }:
hot-spots-ask-share = May this result be shared with the reporter?
hot-spots-share-yes = Yes
hot-spots-share-no = No
hot-spots-ask-merge-target = Merge { $receipt } into which case? Choose below or type an alert code.
hot-spots-ask-update = Send more information on alert { $receipt }: text, a photo or a location.
hot-spots-no-merge-target = There is no other open case in your area to merge into.
hot-spots-none-own = You have no alerts being handled.
hot-spots-too-long = Too long (at most { $max } characters). Please shorten it and send again.
hot-spots-not-understood = That was not what was expected.

## Reporter feedback
hot-spots-fb-ack = 📬 Your alert { $receipt } has been acknowledged by the official in charge. If there is news, press "Add information" or type /capnhat.
hot-spots-fb-done = ✅ Your alert { $receipt } has been dealt with. Thank you for reporting it promptly.
hot-spots-fb-done-note = Result: { $note }
hot-spots-fb-closed = Your alert { $receipt } was reviewed by an official and closed. Thank you.

## Notices to officials
hot-spots-info-taken = Alert { $receipt } was acknowledged by { $name }.
hot-spots-info-update = 📎 The reporter added information on alert { $receipt }:
hot-spots-info-update-media = (with a photo/file — see the alert's record)

## Help
hot-spots-help-canhbao = open hot-spot alerts in your area
hot-spots-help-tiepnhan = acknowledge an alert by its code
hot-spots-help-ketthuc = close an alert and record the result
hot-spots-help-ghichu = add a note to an alert
hot-spots-help-gop = merge duplicate alerts of one incident
hot-spots-help-capnhat = add information to an alert you sent

## Option labels: hot-spots-opt-<list>-<code>; help of /diemnong.
hot-spots-help-diemnong = report a hot spot (a few taps)
hot-spots-opt-category-khieu_kien = Mass complaints, petitions
hot-spots-opt-category-dat_dai = Land acquisition, compensation, site clearance, resettlement
hot-spots-opt-category-tranh_chap_dat = Land disputes
hot-spots-opt-category-ton_giao = Religion and belief (including "new religions")
hot-spots-opt-category-dan_toc = Ethnic affairs
hot-spots-opt-category-lao_dong = Strikes, work stoppages, labour disputes
hot-spots-opt-category-moi_truong = Environmental incidents, pollution
hot-spots-opt-category-bieu_tinh = Crowd gatherings, protests, incitement
hot-spots-opt-category-cho_kinh_doanh = Market relocation, business clearance
hot-spots-opt-category-an_ninh_trat_tu = Public order, crime, loan sharks
hot-spots-opt-category-tin_don = Rumours, fake news causing panic
hot-spots-opt-category-thien_tai_dich_benh = Natural disasters, epidemics
hot-spots-opt-category-khac = Other
# Retired code, no longer offered; stored alerts still show this label.
hot-spots-opt-category-ton_giao_dan_toc = Religion, ethnicity
hot-spots-opt-severity-1 = 1 – Watch
hot-spots-opt-severity-2 = 2 – Warning
hot-spots-opt-severity-3 = 3 – Urgent
hot-spots-opt-severity-4 = 4 – Critical
hot-spots-opt-people-lt10 = Fewer than 10
hot-spots-opt-people-10_50 = 10–50 people
hot-spots-opt-people-50_200 = 50–200 people
hot-spots-opt-people-gt200 = More than 200

## Handling follow-up (issue 13 §5)
hot-spots-follow-chased = ⏰ Alert { $receipt } has been in handling for { $hours } h. Please post an update (a note, a playbook step ticked) or press "Stabilised / Close" when it is over.
hot-spots-follow-handling_overdue = ⚠️ Alert { $receipt } is overdue for a handling update: nothing new in { $hours } h since it was acknowledged. Please update it now; the unit above has been told.
hot-spots-follow-above = ⚠️ Alert { $receipt }, handled by { $level }, is overdue for an update (nothing new in { $hours } h since it was acknowledged). Please follow it up.
hot-spots-ev-chased = handling follow-up
hot-spots-ev-handling_overdue = handling update overdue, unit above told

## Response playbook (issue 13 §5)
hot-spots-help-kichban = the response playbook of an alert (receipt number); tick each step done
hot-spots-btn-plan = 📋 Response playbook
hot-spots-btn-step = ☑ Step { $n } done
hot-spots-plan-usage = Type /playbook with the alert's receipt number, e.g. /playbook DN-2026-12-000123
hot-spots-plan-none = There is no response playbook for this kind of hot spot.
hot-spots-plan-summary = 📋 Response playbook: { $done }/{ $total } steps done
hot-spots-plan-title = 📋 Response playbook — { $title } (alert { $receipt })
hot-spots-plan-step = { $mark } { $n }. { $text }
hot-spots-plan-call = {"   "}Contact: { $call }
hot-spots-plan-report-up = 📤 Report upward: { $text }
hot-spots-plan-hint = Press a step's button once it is done; ticked steps go on the timeline and into the synthesis.
hot-spots-r-step_ticked = ✅ Step { $n } of the playbook recorded (alert { $receipt }).
hot-spots-r-step_already = Step { $n } was already ticked.
hot-spots-ev-playbook_step = playbook step done
