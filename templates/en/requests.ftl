# Report requests (issue 13 §6)

request-help-create = ask units for an ad-hoc or thematic report
request-help-list = see who has and has not sent a requested report
request-intro = 📨 REPORT REQUEST. Type /huy at any time to cancel.
request-ask-subject = What should be reported on (e.g. "Public opinion on the electricity price change"):
request-ask-topic = Which field?
request-ask-questions = Guiding questions for the reporters, one per line (at most { $max }). If none, tap «No guiding questions».
request-questions-none = No guiding questions
request-err-questions-too_few = Type at least one question, one per line; or tap «No guiding questions».
request-err-questions-too_many = At most { $max } guiding questions.
request-err-questions-too_long = Each question at most 300 characters.
request-err-questions-duplicate = Some questions are repeated.
request-ask-due = Report due:
request-due-24 = Within 1 day
request-due-72 = Within 3 days
request-due-168 = Within 7 days
request-due-other = Another date and time
request-ask-due-at = Type the due time, e.g. 17:00 30/11 or 30/11/2026 17h30
request-err-due-format = Could not read that time. Type hour:minute day/month, e.g. 17:00 30/11.
request-ask-audience = Send the request to which unit? Choose your unit, or type the code of a unit below it.
request-ask-stratum = Limit to a social group?
request-ask-roles = Who is asked to report:
request-preview =
    Check the request:
    «{ $subject }» — { $questions } guiding questions
    To: { $unit } ({ $count } people)
    Due: { $due }
request-send = Send request
request-cancel = Cancel
request-cancelled = Cancelled; no request was sent.
request-created = ✅ Request created; it goes to { $count } people. Before the due time, those who have not answered are reminded once.
request-see-status = See who has answered
request-err-invalid = The request is not complete, please type it again.
request-err-bad_due = The due time must be at least 1 hour from now and at most 60 days.
request-err-unknown_unit = No unit has this code.
request-err-out_of_scope = This unit is outside your area.
request-err-empty_audience = Nobody matches the chosen unit and conditions.
request-err-unknown_topic = This field is no longer in the list; please choose again.
request-list-title = 📨 RECENT REPORT REQUESTS
request-list-empty = No report requests in your area yet.
request-list-item = { $n }. «{ $subject }» — { $unit }, due { $due }: answered { $answered }/{ $asked }
request-list-answered = ✅ Answered: { $names }
request-list-pending = ⏳ Not yet: { $names }
request-list-more = and { $n } more

# Recipients
report-request-title = 📨 REPORT REQUEST
report-request-reminder-title = ⏰ REMINDER: you have not yet sent the report requested below
report-request-subject = Subject: { $subject } (field: { $topic })
report-request-due = Due: { $due }
report-request-questions = Guiding questions:
report-request-hint = Tap the button below to write the thematic report for this request.
report-request-open = Write the report
report-request-unavailable = This report request is gone or was not sent to you; you can write an ordinary thematic report.
report-request-answering = Report for the request «{ $subject }» (field: { $topic }), due { $due }.
