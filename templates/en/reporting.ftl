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
