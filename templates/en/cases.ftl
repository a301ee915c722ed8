## Case handling with responsible bodies (issue 13 §4): chuyển xử lý, liaisons' answers, reminders, the reporter told.

cases-help-forward = forward an issue or alert to a responsible body (add the receipt number)
cases-help-answer = answer a case sent to you (use the buttons on the case)
cases-help-view = forwarded cases and what became of them (add a case number XL-… to see one)
cases-menu = 📂 Cases to handle

cases-forward-usage = Type the receipt number after the command, e.g. /chuyenxuly BN-2026-12-000012 (or press “Forward for handling” on a report notice).
cases-forward-intro = ➡️ FORWARD { $receipt }: { $title }
cases-ask-issue = Which issue of the report?
cases-ask-body = Which body should handle it?
cases-ask-due = Due in how many days? Press one below (urgent: 1 or 3 days; usual: 7, 15 or 30 days as the case requires), or type another number of days (e.g. 10, 45).
cases-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
cases-err-due = Choose a due date from the list or type a number of days (1 to 365).
cases-ask-note = A note or request for the body:
cases-ask-tell = Tell the reporter of each step? (The body's staff are not named.)
cases-confirm =
    Check before forwarding:
    • Source: { $receipt } — { $issue }
    • Body: { $body }
    • Due in: { $days } days, on { $date }
    • Note: { $note }
    • Tell the reporter: { $tell }
cases-btn-send = ➡️ Forward
cases-btn-edit = ✏️ Edit
cases-btn-cancel = 🗑 Cancel
cases-forwarded = ✅ Case { $receipt } sent to { $body } ({ $n } liaisons notified). You will hear each answer.
cases-forwarded-nobody = ✅ Case { $receipt } opened for { $body }, but the body has no registered liaison yet: please contact it directly.

cases-new-head = 📂 CASE FORWARDED FOR HANDLING { $receipt }
cases-new-from = From: { $name } ({ $unit }), source { $source }
cases-new-title = Subject: { $title }
cases-new-situation = Situation: { $text }
cases-new-place = Place: { $place }
cases-new-coords = Coordinates: { $lat }, { $lon } — map: { $map }
cases-new-note = Request: { $note }
cases-new-due = Due: { $due }
cases-btn-accepted = Accept
cases-btn-in_progress = In progress
cases-btn-done = Done
cases-btn-declined = Not our competence
cases-btn-view = View case
cases-btn-tell = Tell the reporter
cases-btn-close-alert = Close hot spot { $receipt }

cases-answer-usage = Use the buttons on the case to answer, or type /hoso to see the cases waiting.
cases-ask-result = What was done (sent to the official who forwarded the case)?
cases-ask-reason = Why is it not your competence (and whose it is, if known)?
cases-answered = ✅ Case { $receipt } recorded: { $status }.
cases-answered-already = Case { $receipt } was already “{ $status }”.

cases-answer-head = 🔁 Case { $receipt } — { $body }: { $status } ({ $name })
cases-answer-note = Answer: { $note }
cases-answer-told = The reporter has been told.

cases-status-sent = sent, awaiting acceptance
cases-status-accepted = accepted
cases-status-in_progress = in progress
cases-status-done = done
cases-status-declined = not their competence

cases-reporter-forwarded = 📬 What you reported ({ $title }) has been passed to { $body } for handling (case { $receipt }).
cases-reporter-accepted = 📬 { $body } has accepted what you reported ({ $title }), case { $receipt }.
cases-reporter-in_progress = 📬 { $body } is handling what you reported ({ $title }), case { $receipt }.
cases-reporter-done = 📬 { $body } has dealt with what you reported ({ $title }), case { $receipt }. Result: { $note }
cases-reporter-declined = 📬 What you reported ({ $title }) is not the competence of { $body }: { $note }. The official in charge will pass it on.

cases-remind-before = ⏰ Case { $receipt } ({ $title }) is due at { $due }. Please update its result.
cases-remind-due = ⏰ Case { $receipt } ({ $title }) is due now ({ $due }). Please report the result or progress.
cases-remind-after = ⚠️ Case { $receipt } ({ $title }) has been overdue since { $due }. Please report the result urgently.
cases-overdue-official = ⚠️ Case { $receipt } ({ $title }) sent to { $body } is past its due date { $due }; now { $status }.

cases-view-usage = Type the case number after the command, e.g. /hoso XL-2026-12-000003
cases-list-head = 📂 { $n } cases waiting:
cases-list-item = { $n }. { $receipt } — { $title } · due { $due } · { $status }
cases-list-empty = No case is waiting for your body.
cases-timeline-item = { $at } · { $what } · { $who } { $note }
cases-result = Result: { $text }
cases-event-forwarded = forwarded
cases-event-accepted = accepted
cases-event-in_progress = in progress
cases-event-done = done
cases-event-declined = not their competence
cases-event-reminded = reminder
cases-event-overdue = overdue
cases-told = The reporter has been told this step of case { $receipt }.
cases-told-already = The reporter was already told this step of case { $receipt }.

cases-x-not_official = This is for officials in charge.
cases-x-not_registered = Please register first.
cases-x-not_found = No such case, report or alert within your responsibility.
cases-x-out_of_scope = This is outside your responsibility (your area, or the body the case was sent to).
cases-x-no_bodies = No responsible body is set up for your unit yet. Please ask an administrator.
cases-x-bad_body = The chosen body is no longer on the list. Type /chuyenxuly again.
cases-x-bad_due = The due date must be in the future.
cases-x-not_liaison = Only a liaison of the body the case was sent to can answer it.
cases-x-closed = The case is closed and can no longer change.
cases-x-text_required = Please give the result or the reason.

cases-status-title = Passed to a body for handling:
cases-status-line = • { $receipt } — { $title } · { $body } · { $status }
