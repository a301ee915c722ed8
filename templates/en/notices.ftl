## Report notices to officials (issue 13 §1) and their settings (/thongbao).

notices-report-head = 📨 { $kind } { $receipt } — { $unit }
notices-report-from = From: { $name }
notices-report-title = Event: { $title }
notices-report-topic = Topic: { $topic }
notices-report-scope = Scope: { $scope }
notices-report-summary = Summary: { $summary }
notices-report-more-issues = ({ $n } more issues — press “View”)
notices-btn-view = View
notices-btn-received = Acknowledge
notices-btn-more = Ask for more
notices-btn-forward = Forward for handling

notices-digest-head = 📋 { $n } reports received today:
notices-digest-head-kind = 📋 { $n } { $kind } received today:
notices-digest-item = { $n }. { $receipt } — { $unit }, { $name }: { $title }
notices-digest-rest = … and { $n } more.
notices-digest-foot = Details: /xem <receipt number>; list: /baocao_ds

notices-more-hint = Type what is missing like this: /bosung { $receipt } <what to add>. The reporter will be asked.

notices-help = how you hear of filed reports (at once / daily digest / off)
notices-settings-title = 🔔 How you hear of reports filed in your unit:
notices-settings-line = • { $kind }: { $mode }
notices-settings-how = Change with the buttons below, or type e.g. /thongbao tomtat nhanh, /thongbao tat dinhky, /thongbao ngay (every kind).
notices-mode-now = each report at once
notices-mode-digest = one digest a day
notices-mode-off = off
notices-btn-set = { $kind }: { $mode }
notices-set-done = Saved: { $kinds } — { $mode }.
notices-bad-args = “{ $arg }” not understood. Type /thongbao to see how.
notices-officials-only = Report notices are for officials.

## Urgent reports (issue 13 §1)
notices-urgent-head = 🚨 URGENT REPORT — please acknowledge it now.
notices-urgent-escalated = 🚨 URGENT REPORT escalated from { $from }: not acknowledged in time below.
notices-urgent-reminder = 🚨 Reminder { $n }: this urgent report has still not been acknowledged.
notices-urgent-deadline = ⏱ Acknowledge by: { $time } (press "Acknowledge" or "Ask for more"; after that it goes to the unit above).
