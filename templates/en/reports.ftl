## Periodic, quick and thematic reports: questions, review screen, receipts.

ctv-rep-kind-periodic = Periodic report
ctv-rep-kind-quick = Quick report
ctv-rep-kind-thematic = Thematic report

ctv-rep-intro-periodic = 📋 PERIODIC REPORT — period { $period }. The draft is saved after every answer: you can stop and type /resume to continue later, or /cancel to cancel.
ctv-rep-intro-quick = ⚡ QUICK REPORT. Answer the questions one by one; you will review everything before sending. Type /cancel to cancel.
ctv-rep-intro-thematic = 📑 THEMATIC REPORT. The draft is saved after every answer; type /resume to continue later, /cancel to cancel.

ctv-rep-ask-assessment = I. Overall assessment of the situation in the area or sector you follow this period:
ctv-rep-ask-mood = The prevailing mood of people this period:
ctv-rep-ask-issues-any = II. Were there issues or events that drew public attention this period?
ctv-rep-ask-topic-group = Which topic group does this issue belong to?
ctv-rep-ask-topic-group-thematic = Which topic group is the thematic report about?
ctv-rep-ask-topic = Choose the specific topic:
ctv-rep-topic-whole-group = General: { $group }
ctv-rep-topic-back = ‹ Another group
ctv-rep-ask-report-title = Title of the thematic report (short):
ctv-rep-ask-title = Issue { $n }: name of the issue or event (short, e.g. "Fuel prices rise"):
ctv-rep-ask-title-quick = Name of the event (short, e.g. "Crowd at the commune office"):
ctv-rep-ask-scope = Scope of the issue:
ctv-rep-ask-summary = Summary of the issue or event:
ctv-rep-ask-summary-quick =
    Summary of the event, stating:
    • What happened and how it developed;
    • Where and when;
    • Roughly how many people are involved.
ctv-rep-ask-stance =
    Opinion stream: what is the direction of this stream of opinion?
    (Record each stream in turn, minority views included.)
ctv-rep-ask-prevalence = How widespread is this opinion?
ctv-rep-ask-holder = Which social group holds this opinion?
ctv-rep-holder-choose = Please choose a group from the list (press a button or type its number). If none fits, choose "Other group (type it)".
ctv-rep-ask-holder-other = Type the name of the social group (e.g. "ride-hailing drivers", "Dong Ba market traders"):
ctv-rep-ask-content =
    Content of the opinion (paraphrased, briefly).
    ⚠️ Describe groups of people only (e.g. "many traders think…"), never names or anything that identifies a person.
ctv-rep-ask-more-streams = { $n } opinion stream(s) recorded. Is there another stream (including opposing or minority views)?
ctv-rep-add-stream = Add an opinion stream
ctv-rep-streams-done = Done, continue
ctv-rep-ask-causes = Causes of the issue (in your assessment):
ctv-rep-ask-forecast = Forecast of how opinion will develop:
ctv-rep-ask-proposals = Recommendations for this issue (name the body that should act, if any):
ctv-rep-ask-proposals-quick = Initial proposal for handling or guidance:
ctv-rep-ask-spread = How far has the event spread?
ctv-rep-ask-source = Where did you get this information?
ctv-rep-ask-reliability = Reliability of the information:
ctv-rep-ask-more-issues = { $n } issue(s) recorded (latest: "{ $title }"). Is there another issue or event?
ctv-rep-add-issue = Add another issue
ctv-rep-no-more = No, continue
ctv-rep-ask-rumours = III. Rumours, false or hostile information this period (if any):
ctv-rep-ask-good-practices = IV. Good examples and new practices (if any):
ctv-rep-ask-general-proposals = General recommendations (if any):

ctv-rep-review-head-periodic = 📋 REVIEW OF THE PERIODIC REPORT — period { $period }
ctv-rep-review-head-quick = ⚡ REVIEW OF THE QUICK REPORT
ctv-rep-review-head-thematic = 📑 REVIEW OF THE THEMATIC REPORT
ctv-rep-review-no-issues = II. No new issues arose.
ctv-rep-review-issue-count = II. { $n } issue(s) drew public attention (details below).
ctv-rep-review-issue = ▶ Issue { $n }: { $title }
ctv-rep-review-event = ▶ Event: { $title }
ctv-rep-field-assessment = Overall assessment
ctv-rep-field-mood = Prevailing mood
ctv-rep-field-topic = Topic
ctv-rep-field-report-title = Report title
ctv-rep-field-scope = Scope
ctv-rep-field-summary = Summary
ctv-rep-field-streams = Opinion streams
ctv-rep-field-causes = Causes
ctv-rep-field-forecast = Forecast
ctv-rep-field-proposals = Recommendations
ctv-rep-field-spread = Spread
ctv-rep-field-source = Source
ctv-rep-field-reliability = Reliability
ctv-rep-field-initial-proposal = Initial proposal
ctv-rep-field-rumours = III. Rumours, false information
ctv-rep-field-good-practices = IV. Good examples, new practices
ctv-rep-field-general-proposals = General recommendations
ctv-rep-review-ask = Please check the content above. If it is correct, press "Send report".
ctv-rep-submit = ✅ Send report
ctv-rep-edit = ✏️ Edit a part
ctv-rep-cancel = 🗑 Cancel the report

ctv-rep-edit-ask = Which part would you like to edit?
ctv-rep-edit-issue = Issue { $n }: { $title }
ctv-rep-edit-issue-ask = Issue { $n } ("{ $title }"): what would you like to edit?
ctv-rep-back-to-review = ‹ Back to the report
ctv-rep-issue-deleted = Issue { $n } was removed from the report.
ctv-rep-part-assessment = Overall assessment
ctv-rep-part-mood = Prevailing mood
ctv-rep-part-topic = Topic
ctv-rep-part-report-title = Report title
ctv-rep-part-title = Name of the issue or event
ctv-rep-part-scope = Scope
ctv-rep-part-summary = Summary
ctv-rep-part-streams-add = Add an opinion stream
ctv-rep-part-streams-redo = Re-enter the opinion streams
ctv-rep-part-causes = Causes
ctv-rep-part-forecast = Forecast
ctv-rep-part-source = Source
ctv-rep-part-reliability = Reliability
ctv-rep-part-proposals = Recommendations
ctv-rep-part-spread = Spread
ctv-rep-part-add-issue = Add a new issue
ctv-rep-part-delete = 🗑 Remove this issue
ctv-rep-part-rumours = Rumours, false information
ctv-rep-part-good-practices = Good examples, new practices
ctv-rep-part-general-proposals = General recommendations

ctv-rep-received = ✅ { $kind } received, receipt number { $receipt }. Thank you! Type /status to follow its status.
ctv-rep-submit-failed = The report could not be sent because something is missing or invalid. Please review and complete it.
ctv-rep-updated = ✅ Report { $receipt } updated (version { $version }). Earlier versions are kept; the officials will review the new one.
ctv-rep-locked = This reporting period is closed, so the submitted report can no longer be edited. To add something, send a quick report or contact your official.

# Periodic reports: periods, reminders, lists of non-reporters, statistics, review.
rep-period = { $month }/{ $year }

## Reminders (to collaborators who have not reported)
rep-remind-d3 =
    Dear { $name },
    Your public-opinion report for { $period } is due on { $due } (3 days left). Please complete and send it on time.
rep-remind-d1 =
    Dear { $name },
    Tomorrow ({ $due }) is the deadline of your public-opinion report for { $period }. We have not received it yet.
rep-remind-d0 =
    Dear { $name },
    Today ({ $due }) is the deadline of your public-opinion report for { $period }. Please send it today.
rep-remind-open = 📝 Open periodic report
rep-open-prompt = Press the button below (or type /baocao) to open your report for { $period }; a draft in progress reopens where you left it.
rep-open-already = You have sent your report for { $period } (receipt { $receipt }). You can send an update until { $lock } with /baocao.
rep-open-not-collaborator = Periodic report reminders are for collaborators only.

## Lists to officials
rep-list-truncated = … (the list goes on; see it in full with /thongke)
rep-late-title = 📋 COLLABORATORS WHO HAVE NOT REPORTED ON TIME
rep-late-unit = { $unit } — report for { $period }, due { $due }: { $count } not received
rep-late-footer = Please follow up with the collaborators above. Full figures: /thongke.
rep-inactive-title = 📋 COLLABORATORS WITH NO PERIODIC REPORT FOR { $n } PERIODS IN A ROW
rep-inactive-line = • { $name } ({ $unit }): no report for { $periods }
rep-inactive-footer = Please review these collaborators with them and consider strengthening, replacing or adding members. The system only counts; the decision is yours.

## Received, more requested (to the reporter)
rev-received-notice = ✅ Your report { $receipt } ({ $period }) has been received by the responsible official. Thank you.
rev-more-notice =
    📝 The responsible official asks you to add to report { $receipt } ({ $period }):
    «{ $note }»
    You can update the report until { $lock } (type /baocao).

## /thongke
rep-stats-title = 📊 PERIODIC REPORT FIGURES — { $unit }
rep-stats-current = Current period ({ $period }, due { $due }):
rep-stats-previous = Previous period ({ $period }, due { $due }):
rep-stats-period = Period { $period } (due { $due }):
rep-stats-total = Whole unit: { $expected } expected · { $onTime } on time · { $late } late · { $missing } missing{ $pending }
rep-stats-row = • { $unit }: { $expected } · { $onTime } on time · { $late } late · { $missing } missing{ $pending }
rep-stats-pending = {" "}(not yet due)
rep-stats-more = … and { $n } more units
rep-stats-missing-names = Missing: { $names }
rep-stats-none = No collaborator is expected to report in this period.
rep-stats-drill = Type /thongke <unit code> for a unit below, /thongke <month/year> for one period.
rep-x-bad-args = Could not understand «{ $arg }». Usage: /thongke [unit code] [month/year], e.g. /thongke XA01 11/2026.
rep-x-unknown_unit = No unit has this code.
rep-x-out_of_scope = This unit is outside your responsibility.
rep-x-future_period = This reporting period has not started yet.
rep-help-thongke = who has reported, by unit: /thongke [unit code] [month/year]

## /nhanbaocao, /bosung (officials)
rev-help-received = mark a report received: /nhanbaocao <receipt no.>
rev-help-more = ask the reporter for more: /bosung <receipt no.> <message>
rev-usage-received = Usage: /nhanbaocao <receipt no.>, e.g. /nhanbaocao BC-2026-11-000123
rev-usage-more = Usage: /bosung <receipt no.> <what to add>
rev-done-received = Report { $receipt } marked received; the reporter has been told.
rev-already-received = Report { $receipt } was already received.
rev-done-more = Your request for more on report { $receipt } has been sent to the reporter.
rev-x-not_found = No report has this receipt number.
rev-x-out_of_scope = This report is outside your responsibility.
rev-x-empty_note = Please write what should be added (at most 2,000 characters).
rev-x-not_owner = This report is not yours.
rev-x-locked = The reporting period is locked; the report can no longer be edited.
rev-x-invalid = The report content is not valid.
