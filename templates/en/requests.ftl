# Report requests (issue 13 §6)

requests-help-create = ask units for an ad-hoc or thematic report
requests-help-list = see who has and has not sent a requested report
requests-intro = 📨 REPORT REQUEST. Type /huy at any time to cancel.
requests-ask-subject = What should be reported on (e.g. "Public opinion on the electricity price change"):
requests-ask-topic = Which field?
requests-ask-questions = Guiding questions for the reporters, one per line (at most { $max }). If none, tap «No guiding questions».
requests-questions-none = No guiding questions
requests-err-questions-too_few = Type at least one question, one per line; or tap «No guiding questions».
requests-err-questions-too_many = At most { $max } guiding questions.
requests-err-questions-too_long = Each question at most 300 characters.
requests-err-questions-duplicate = Some questions are repeated.
requests-ask-due = Report due:
requests-due-24 = Within 1 day
requests-due-72 = Within 3 days
requests-due-168 = Within 7 days
requests-due-other = Another date and time
requests-ask-due-at = Type the due time, e.g. 17:00 30/11 or 30/11/2026 17h30 (a day alone means the end of that day)
requests-err-due-format = Could not read that time. Type hour:minute day/month, e.g. 17:00 30/11, or just the day (30/11 is the end of 30 November).
requests-ask-audience = Send the request to which unit? Choose your unit, or type the name (or code) of a unit below it.
requests-ask-stratum = Limit to a social group?
requests-ask-roles = Who is asked to report:
requests-preview =
    Check the request:
    «{ $subject }» — { $questions } guiding questions
    To: { $unit } ({ $count } people)
    Due: { $due }
requests-send = Send request
requests-cancel = Cancel
requests-cancelled = Cancelled; no request was sent.
requests-created = ✅ Request created; it goes to { $count } people. Before the due time, those who have not answered are reminded once.
requests-see-status = See who has answered
requests-err-invalid = The request is not complete, please type it again.
requests-err-bad_due = The due time must be at least 1 hour from now and at most 60 days.
requests-err-unknown_unit = No single unit has that name or code. Type more of the name, e.g. "Đảng ủy xã An Bình", or the unit code.
requests-err-out_of_scope = This unit is outside your area.
requests-err-empty_audience = Nobody matches the chosen unit and conditions.
requests-err-unknown_topic = This field is no longer in the list; please choose again.
requests-list-title = 📨 RECENT REPORT REQUESTS
requests-list-empty = No report requests in your area yet.
requests-list-item = { $n }. «{ $subject }» — { $unit }, due { $due }: answered { $answered }/{ $asked }
requests-list-answered = ✅ Answered: { $names }
requests-list-pending = ⏳ Not yet: { $names }
requests-list-more = and { $n } more
requests-list-late = late

# Recipients
requests-card-title = 📨 REPORT REQUEST
requests-card-reminder-title = ⏰ REMINDER: you have not yet sent the report requested below
requests-card-subject = Subject: { $subject } (field: { $topic })
requests-card-due = Due: { $due }
requests-card-questions = Guiding questions:
requests-card-hint = Tap the button below to write the thematic report for this request.
requests-card-open = Write the report
requests-card-unavailable = This report request is gone or was not sent to you; you can write an ordinary thematic report.
requests-card-answering = Report for the request «{ $subject }» (field: { $topic }), due { $due }.

## Audience by sector (issue 13 §6 gap), as in the broadcast compose.
requests-ask-sector = Limit to a sector? Choose one, or type its name.
requests-sector-all = All sectors
requests-err-sector = There is no such sector in your area. Choose a button below or type the sector's name.

## At the due time, to the official who asked (issue 13 §6 gap).
requests-due-head = 📋 DUE: report request «{ $subject }» ({ $due }): { $answered }/{ $asked } people have sent theirs.
requests-due-unit = • { $unit }: { $answered }/{ $asked } sent
requests-due-nobody = The request reached nobody (no one is left in the audience).
