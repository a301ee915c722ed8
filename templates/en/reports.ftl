## Periodic, quick and thematic reports: questions, review screen, receipts.

reports-kind-periodic = Periodic report
reports-kind-quick = Quick report
reports-kind-thematic = Thematic report

reports-intro-periodic = 📋 PERIODIC REPORT — period { $period }. The draft is saved after every answer: you can stop and type /resume to continue later, or /cancel to cancel.
reports-intro-quick = ⚡ QUICK REPORT. Answer the questions one by one; you will review everything before sending. Type /cancel to cancel.
reports-intro-thematic = 📑 THEMATIC REPORT. The draft is saved after every answer; type /resume to continue later, /cancel to cancel.

reports-ask-assessment = I. Overall assessment of the situation in the area or sector you follow this period:
reports-ask-mood = The prevailing mood of people this period:
reports-ask-issues-any = II. Were there issues or events that drew public attention this period?
reports-ask-topic-group = Which topic group does this issue belong to?
reports-ask-topic-group-thematic = Which topic group is the thematic report about?
reports-ask-topic = Choose the specific topic:
reports-topic-whole-group = General: { $group }
reports-topic-back = ‹ Another group
reports-topic-nearest = No topic is named exactly “{ $text }”. The nearest topics are:
reports-topic-groups = ‹ Choose by topic group
reports-topic-none = No topic is close to “{ $text }”. Please choose a topic group with the buttons below.
reports-ask-report-title = Title of the thematic report (short):
reports-ask-title = Issue { $n }: name of the issue or event (short, e.g. "Fuel prices rise"):
reports-ask-title-quick = Name of the event (short, e.g. "Crowd at the commune office"):
reports-ask-scope = Scope of the issue:
reports-ask-summary = Summary of the issue or event:
reports-ask-summary-quick =
    Summary of the event, stating:
    • What happened and how it developed;
    • Where and when;
    • Roughly how many people are involved.
reports-ask-stance =
    Opinion stream: what is the direction of this stream of opinion?
    (Record each stream in turn, minority views included.)
reports-ask-prevalence = How widespread is this opinion?
reports-ask-holder = Which social group holds this opinion?
reports-holder-choose = Please choose a group from the list (press a button or type its number). If none fits, choose "Other group (type it)".
reports-ask-holder-other = Type the name of the social group (e.g. "ride-hailing drivers", "Dong Ba market traders"):
reports-ask-content =
    Content of the opinion (paraphrased, briefly).
    ⚠️ Describe groups of people only (e.g. "many traders think…"), never names or anything that identifies a person.
reports-ask-more-streams = { $n } opinion stream(s) recorded. Is there another stream (including opposing or minority views)?
reports-add-stream = Add an opinion stream
reports-streams-done = Done, continue
reports-ask-causes = Causes of the issue (in your assessment):
reports-ask-forecast = Forecast of how opinion will develop:
reports-ask-proposals = Recommendations for this issue (name the body that should act, if any):
reports-ask-proposals-quick = Initial proposal for handling or guidance:
reports-ask-spread = How far has the event spread?
reports-ask-source = Where did you get this information?
reports-ask-reliability = Reliability of the information:
reports-ask-more-issues = { $n } issue(s) recorded (latest: "{ $title }"). Is there another issue or event?
reports-add-issue = Add another issue
reports-no-more = No, continue
reports-ask-rumours = III. Rumours, false or hostile information this period (if any):
reports-ask-good-practices = IV. Good examples and new practices (if any):
reports-ask-general-proposals = General recommendations (if any):

reports-review-head-periodic = 📋 REVIEW OF THE PERIODIC REPORT — period { $period }
reports-review-head-quick = ⚡ REVIEW OF THE QUICK REPORT
reports-review-head-thematic = 📑 REVIEW OF THE THEMATIC REPORT
reports-review-no-issues = II. No new issues arose.
reports-review-issue-count = II. { $n } issue(s) drew public attention (details below).
reports-review-issue = ▶ Issue { $n }: { $title }
reports-review-event = ▶ Event: { $title }
reports-field-assessment = Overall assessment
reports-field-mood = Prevailing mood
reports-field-topic = Topic
reports-field-report-title = Report title
reports-field-scope = Scope
reports-field-summary = Summary
reports-field-streams = Opinion streams
reports-field-causes = Causes
reports-field-forecast = Forecast
reports-field-proposals = Recommendations
reports-field-spread = Spread
reports-field-source = Source
reports-field-reliability = Reliability
reports-field-initial-proposal = Initial proposal
reports-field-rumours = III. Rumours, false information
reports-field-good-practices = IV. Good examples, new practices
reports-field-general-proposals = General recommendations
reports-review-ask = Please check the content above. If it is correct, press "Send report".
reports-submit = ✅ Send report
reports-submit-urgent = 🚨 Send as urgent
reports-edit = ✏️ Edit a part
reports-cancel = 🗑 Cancel the report

reports-edit-ask = Which part would you like to edit?
reports-edit-issue = Issue { $n }: { $title }
reports-edit-issue-ask = Issue { $n } ("{ $title }"): what would you like to edit?
reports-back-to-review = ‹ Back to the report
reports-issue-deleted = Issue { $n } was removed from the report.
reports-part-assessment = Overall assessment
reports-part-mood = Prevailing mood
reports-part-topic = Topic
reports-part-report-title = Report title
reports-part-title = Name of the issue or event
reports-part-scope = Scope
reports-part-summary = Summary
reports-part-streams-add = Add an opinion stream
reports-part-streams-redo = Re-enter the opinion streams
reports-part-causes = Causes
reports-part-forecast = Forecast
reports-part-source = Source
reports-part-reliability = Reliability
reports-part-proposals = Recommendations
reports-part-spread = Spread
reports-part-add-issue = Add a new issue
reports-part-delete = 🗑 Remove this issue
reports-part-rumours = Rumours, false information
reports-part-good-practices = Good examples, new practices
reports-part-general-proposals = General recommendations

reports-received = ✅ { $kind } received, receipt number { $receipt }. Thank you! Type /status to follow its status.
reports-received-urgent = 🚨 Sent as urgent: the officials in charge were told at once and must acknowledge it within the deadline; if they do not, it goes to the level above. You will hear when an official takes it.
reports-submit-failed = The report could not be sent because something is missing or invalid. Please review and complete it.
reports-updated = ✅ Report { $receipt } updated (version { $version }). Earlier versions are kept; the officials will review the new one.
reports-locked = This reporting period is closed, so the submitted report can no longer be edited. To add something, send a quick report or contact your official.

# Periodic reports: periods, reminders, lists of non-reporters, statistics, review.
reports-period = { $month }/{ $year }

## Reminders (to collaborators who have not reported)
reports-remind-d3 =
    Dear { $name },
    Your public-opinion report for { $period } is due on { $due } (3 days left). Please complete and send it on time.
reports-remind-d1 =
    Dear { $name },
    Tomorrow ({ $due }) is the deadline of your public-opinion report for { $period }. We have not received it yet.
reports-remind-d0 =
    Dear { $name },
    Today ({ $due }) is the deadline of your public-opinion report for { $period }. Please send it today.
reports-remind-open = 📝 Open periodic report
reports-open-prompt = Press the button below (or type /baocao) to open your report for { $period }; a draft in progress reopens where you left it.
reports-open-already = You have sent your report for { $period } (receipt { $receipt }). You can send an update until { $lock } with /baocao.
reports-open-not-collaborator = Periodic report reminders are for collaborators only.

## Lists to officials
reports-list-truncated = … (the list goes on; see it in full with /thongke)
reports-late-title = 📋 COLLABORATORS WHO HAVE NOT REPORTED ON TIME
reports-late-unit = { $unit } — report for { $period }, due { $due }: { $count } not received
reports-late-footer = Please follow up with the collaborators above. Full figures: /thongke.

## Received, more requested (to the reporter)
reports-review-received-notice = ✅ Your report { $receipt } ({ $period }) has been received by the responsible official. Thank you.
reports-review-more-notice =
    📝 The responsible official asks you to add to report { $receipt } ({ $period }):
    «{ $note }»
    You can update the report until { $lock } (type /baocao).

## /thongke
reports-stats-title = 📊 PERIODIC REPORT FIGURES — { $unit }
reports-stats-current = Current period ({ $period }, due { $due }):
reports-stats-previous = Previous period ({ $period }, due { $due }):
reports-stats-period = Period { $period } (due { $due }):
reports-stats-current-short = Current period ({ $period }):
reports-stats-previous-short = Previous period ({ $period }):
reports-stats-period-short = Period { $period }:
reports-stats-total = Whole unit: { $expected } expected · { $onTime } on time · { $late } late · { $missing } missing{ $pending }
reports-stats-row = • { $unit }: { $expected } · { $onTime } on time · { $late } late · { $missing } missing{ $pending }
reports-stats-pending = {" "}(not yet due)
reports-stats-more = … and { $n } more units
reports-stats-missing-names = Missing: { $names }
reports-stats-none = No collaborator is expected to report in this period.
reports-stats-drill = Type /thongke <unit code> for a unit below, /thongke <month/year> for one period.
reports-stats-remind = 🔔 Remind the { $n } who have not filed
reports-stats-reminded = { $queued } reminders queued for those who have not filed this period.{ $already ->
        [0] {""}
       *[other] {" "}{ $already } already reminded today.
    }{ $unreachable ->
        [0] {""}
       *[other] {" "}{ $unreachable } without a channel.
    }
reports-x-bad-args = Could not understand «{ $arg }». Usage: /thongke [unit code] [month/year], e.g. /thongke XA01 11/2026.
reports-x-unknown_unit = No unit has this code.
reports-x-out_of_scope = This unit is outside your responsibility.
reports-x-future_period = This reporting period has not started yet.
reports-help-thongke = who has reported, by unit: /thongke [unit code] [month/year]

## /nhanbaocao, /bosung (officials)
reports-review-help-received = mark a report received: /nhanbaocao <receipt no.>
reports-review-help-more = ask the reporter for more: /bosung <receipt no.> <message>
reports-review-usage-received = Usage: /nhanbaocao <receipt no.>, e.g. /nhanbaocao BC-2026-11-000123
reports-review-usage-more = Usage: /bosung <receipt no.> <what to add>
reports-more-ask = Type what the reporter should add (up to 2,000 characters); /huy to stop.
reports-review-done-received = Report { $receipt } marked received; the reporter has been told.
reports-review-already-received = Report { $receipt } was already received.
reports-review-done-more = Your request for more on report { $receipt } has been sent to the reporter.
reports-review-x-not_found = No report with this receipt number within your responsibility.
reports-review-x-out_of_scope = This report is outside your responsibility.
reports-review-x-empty_note = Please write what should be added (at most 2,000 characters).
reports-review-x-not_owner = This report is not yours.
reports-review-x-locked = The reporting period is locked; the report can no longer be edited.
reports-review-x-invalid = The report content is not valid.

## Option labels: reports-opt-<list>-<code>; help of the report commands.
reports-help-baocao = write this period's report on public opinion
reports-help-nhanh = send a quick report on an event that just happened
reports-help-chuyende = write a thematic report on one topic
reports-opt-assessment-on_dinh = Stable
reports-opt-assessment-co_ban_on_dinh = Basically stable
reports-opt-assessment-phuc_tap = Complex developments
reports-opt-mood-phan_khoi = Enthusiastic
reports-opt-mood-tin_tuong = Confident
reports-opt-mood-binh_thuong = Normal
reports-opt-mood-lo_lang = Worried
reports-opt-mood-buc_xuc = Frustrated
reports-opt-mood-hoang_mang = Confused
reports-opt-stance-dong_tinh = Approving
reports-opt-stance-trai_chieu = Opposing
reports-opt-stance-ban_khoan = Concerned
reports-opt-stance-de_xuat = Proposing
reports-opt-stance-trung_lap = Neutral
reports-opt-prevalence-tuyet_dai_da_so = The overwhelming majority
reports-opt-prevalence-da_so = The majority
reports-opt-prevalence-so_dong = Many people
reports-opt-prevalence-nhieu_y_kien = Numerous opinions
reports-opt-prevalence-mot_bo_phan = A section
reports-opt-prevalence-mot_so = Some
reports-opt-prevalence-co_nguoi = A few individuals
reports-opt-stratum-cong_nhan = Workers
reports-opt-stratum-nong_dan = Farmers
reports-opt-stratum-tri_thuc = Intellectuals
reports-opt-stratum-cbccvc = Civil servants and public employees
reports-opt-stratum-huu_tri_ccb = Retirees, veterans
reports-opt-stratum-doanh_nhan = Business people, traders
reports-opt-stratum-thanh_nien = Youth, pupils, students
reports-opt-stratum-llvt = Armed forces
reports-opt-stratum-ton_giao = Clergy and believers
reports-opt-stratum-dtts = Ethnic minorities
reports-opt-stratum-nhan_dan = The public at large
reports-opt-stratum-khac = Other group (type it)
reports-opt-scope-quoc_te = International
reports-opt-scope-trong_nuoc = National
reports-opt-scope-trong_tinh = Province
reports-opt-scope-dia_phuong = Local
reports-opt-spread-khu_dan_cu = Within the neighbourhood
reports-opt-spread-xa = Within the commune
reports-opt-spread-tinh = Within the province
reports-opt-spread-mang_xa_hoi = On social media
reports-opt-source-truc_tiep = Seen directly
reports-opt-source-hoi_hop = At meetings
reports-opt-source-bao_chi = Press
reports-opt-source-mang_xa_hoi = Social media
reports-opt-source-nghe_lai = Heard from others
reports-opt-reliability-da_kiem_chung = Verified
reports-opt-reliability-chua_kiem_chung = Not verified
reports-opt-reliability-tin_don = Rumour

## A periodic report already filed for the period: reopened for editing, never a blank form.
reports-filed-ask = You have already filed the report for { $period } ({ $receipt }). Edit this report?
reports-filed-edit = ✏️ Edit this report
reports-filed-keep = Keep it as filed
reports-filed-kept = Report { $receipt } stays as filed.
reports-filed-opened = Here is the report you filed. Edit, add or remove any part, then tap "Send report" to save a new version; whatever you leave alone stays as it was.

## Personal data before sending (opinions are recorded by group, never by named person).
reports-dup-line = ⚠️ Opinion { $n } repeats opinion { $same }.
reports-dup-line-issue = ⚠️ Issue { $issue }: opinion { $n } repeats opinion { $same }.
reports-dup-ask = Remove the repeats before sending?
reports-dup-drop = Remove the repeats
reports-dup-keep = Keep and send
reports-dup-dropped = Removed { $count } repeated opinion(s). Please check before sending.
reports-pii-found = ⚠️ The report contains personal data. Opinions are recorded by group, without the name or contact number of any one person. Please remove them before sending:
reports-pii-phone = • Phone numbers: { $items }
reports-pii-id = • ID card / passport numbers: { $items }
reports-pii-email = • E-mail addresses: { $items }
reports-pii-name = • Names: { $items } (press «Edit report» to describe a group instead, e.g. "a household in hamlet 3")
reports-pii-remove-phone = Remove phone numbers
reports-pii-remove-id = Remove ID numbers
reports-pii-remove-email = Remove e-mails
reports-pii-edit = ✏️ Edit report
reports-pii-send-anyway = Send as it is
reports-pii-removed = Removed the { $what } from the report. Please review it before sending.
reports-pii-what-phone = phone numbers
reports-pii-what-id = ID numbers
reports-pii-what-email = e-mail addresses

# Photos, voice notes and files sent with a quick or thematic report as evidence.
reports-media-received = 📎 Attachment { $n } received — it will go with the report.
reports-media-full = A report takes at most { $max } attachments; this one was not kept. Please go on with the question below.
reports-caption-draft = Photo caption: “{ $caption }”. Press “Use the photo caption” if that is the answer; if you type more, your text is added after the caption.
reports-caption-use = 📝 Use the photo caption
reports-voice-note = (voice note)
reports-review-media = 📎 Attachments: { $n }

## A report request's button while another thematic draft waits (issue 13 §6).
reports-request-clash-ask = You have a thematic report in progress. Go on with it, or start the report the request asks for? Starting the requested report discards the one in progress.
reports-request-clash-keep = Go on with my report
reports-request-clash-new = Start the requested report

## The reporter answers a request for more (quick, thematic reports)
reports-review-more-notice-other =
    📝 The official in charge asks you to add to report { $receipt }:
    «{ $note }»
    Tap «Send the addition» (or type /guibosung) to answer.
reports-supplement-btn = ✍️ Send the addition
reports-supplement-help = send what an official asked you to add: /guibosung [receipt number]
reports-supplement-ask = Type what you add to report { $receipt } (up to 2,000 characters); /huy to stop.
reports-supplement-which = Several of your reports were asked for more. Which one?
reports-supplement-none = None of your reports is waiting for an addition.
reports-supplement-done = ✅ Your addition to report { $receipt } was sent to the official in charge. Thank you!
reports-supplement-x-not_asked = Nothing is asked of this report now (the official may have received it, or you already answered).
reports-supplement-x-not_found = This report is not among the reports you sent.
reports-supplement-x-empty = Please type the addition (at most 2,000 characters).
reports-supplement-notice =
    ✍️ The reporter added to report { $receipt }.
    You asked: «{ $asked }»
    Addition: { $note }
