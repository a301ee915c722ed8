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
