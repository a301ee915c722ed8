# Synthesis documents (DOCX, Markdown, XLSX) and the /tonghop command.
# Layout after Hướng dẫn 36-HD/VPTW; sentences built from the data, every paragraph footnoted.

## Layout
syn-nation = COMMUNIST PARTY OF VIETNAM
syn-number = No.       -{ $suffix }
syn-place-date = { $place }, { $day }/{ $month }/{ $year }
syn-title = REPORT
syn-subtitle = Ideological situation and public opinion, { $span }
syn-span-month = { $n }/{ $year }
syn-span-quarter = quarter { $roman } of { $year }
syn-span-half = { $n ->
    [1] first half of { $year }
   *[other] second half of { $year }
}
syn-span-year = the year { $year }
syn-draft-note = Draft compiled by the system on { $date } from the collaborators' reports; to be reviewed and edited by an official before signing.
syn-draft-note-ai = Draft compiled by the system on { $date } from the collaborators' reports; highlighted sentences were suggested by the AI assistant; to be reviewed and edited by an official before signing.
syn-recipients-title = To:
syn-recipients =
    - Standing Committee of the Provincial Party Committee (for report),
    - Central Commission for Communication, Education and Mass Mobilisation (for report),
    - Office archive.
syn-sign-role = HEAD OF COMMISSION
syn-sign-note = (Signature and full name)
syn-appendix-title = APPENDIX: SOURCE REPORTS OF THE COLLABORATORS
syn-territory-root = in { $territory }
syn-territory-unit = within { $unit } and its subordinate units
syn-territory-default = { $place } province
syn-intro = Under the periodic reporting regime, the Provincial Commission for Communication, Education and Mass Mobilisation reports on the ideological situation and public opinion { $territory } for { $span } (from { $from } to { $to }) as follows:
syn-count-periodic = { $n } periodic reports
syn-count-quick = { $n } quick reports
syn-count-thematic = { $n } thematic reports
syn-basis = This report is compiled from { $reports } of public-opinion collaborators{ $hotSpots ->
    [0] {""}
   *[other] { "" } and { $hotSpots } hot-spot alerts
}; the source of each statement is given in the footnotes and the appendix.
syn-no-reports = No collaborator report was received in this scope for the period; how the reporting regime was kept is given under the Commission's work.
syn-none = Nothing to report.
syn-and = and

## Sections
syn-s-overview = GENERAL IDEOLOGICAL SITUATION
syn-s-issues = PUBLIC OPINION ON NOTABLE ISSUES AND EVENTS
syn-s-trends = OPINION MONTH BY MONTH
syn-s-online = OPINION IN CYBERSPACE
syn-s-rumours = RUMOURS, FALSE AND HOSTILE INFORMATION
syn-s-hot-spots = HOT SPOTS AND COMPLEX INCIDENTS
syn-s-good = GOOD PRACTICES
syn-s-causes = CAUSES
syn-s-forecast = FORECAST FOR THE COMING PERIOD
syn-s-work = THE COMMISSION'S WORK ON CAPTURING AND GUIDING PUBLIC OPINION
syn-s-handling = RESULTS OF HANDLING REPORTED ISSUES
syn-s-proposals = RECOMMENDATIONS AND PROPOSALS

## I. General situation
syn-assess-none = No periodic report assessed the general ideological situation in this period.
syn-assess = The ideological situation is on the whole { $state } ({ $detail }, out of { $total } periodic reports).
syn-assess-item = { $n } reports assess it as { $state }
syn-assess-on_dinh = stable
syn-assess-co_ban_on_dinh = basically stable
syn-assess-phuc_tap = complex
syn-mood = Prevailing mood among the people: { $moods }.
syn-mood-item = { $mood } ({ $n } reports)
syn-mood-phan_khoi = enthusiastic
syn-mood-tin_tuong = confident
syn-mood-binh_thuong = normal
syn-mood-lo_lang = worried
syn-mood-buc_xuc = frustrated
syn-mood-hoang_mang = confused
syn-group-cadres = Among cadres and Party members:
syn-group-people = Among the people:
syn-group-cadres-none = the reports of the period say nothing specific about cadres and Party members.
syn-group-people-none = the reports of the period give no specific opinion of the people.
syn-group-clause = { $clause } (on “{ $issue }”)

## Opinion streams in sentences
syn-p-stream = { $prevalence } { $holder } { $stance }, { $content }
syn-p-stream-own = { $prevalence } { $holder } { $content }
syn-prev-tuyet_dai_da_so = the overwhelming majority of
syn-prev-da_so = most
syn-prev-so_dong = a large number of
syn-prev-nhieu_y_kien = many voices among
syn-prev-mot_bo_phan = part of the
syn-prev-mot_so = some
syn-prev-co_nguoi = a few among
syn-stance-dong_tinh = agree
syn-stance-trai_chieu = disagree
syn-stance-ban_khoan = are concerned
syn-stance-de_xuat = propose
syn-stance-trung_lap = are neutral
syn-holder-cong_nhan = workers
syn-holder-nong_dan = farmers
syn-holder-tri_thuc = intellectuals
syn-holder-cbccvc = civil servants
syn-holder-huu_tri_ccb = retirees and veterans
syn-holder-doanh_nhan = business people and traders
syn-holder-thanh_nien = young people and students
syn-holder-llvt = members of the armed forces
syn-holder-ton_giao = religious dignitaries and followers
syn-holder-dtts = ethnic minority people
syn-holder-nhan_dan = people
syn-holder-nhan_dan-few = people
syn-fn = Source: { $list }.
syn-fn-item = { $kind } { $receipt } ({ $unit })
syn-kind-periodic = periodic report
syn-kind-quick = quick report
syn-kind-thematic = thematic report

## II–IV. Issues, cyberspace, rumours
syn-scope-quoc_te = Opinion on international affairs
syn-scope-trong_nuoc = Opinion on national affairs
syn-scope-trong_tinh = Opinion on provincial affairs
syn-scope-dia_phuong = Opinion on local affairs
syn-scope-none = Opinion on other issues
syn-origin-item = { $n } { $kind }(s) from { $unit }
syn-issue-origin = Field: { $topic }; reported in { $origin }.
syn-issue-opinion = Opinion:
syn-issues-none = The reports of the period raise no notable issue or event.
syn-online-intro = In cyberspace, the reports note { $n } issues drawing attention and comment:
syn-online-none = The reports of the period note no notable issue in cyberspace.
syn-rumour-reaction = Reactions:
syn-rumour-proposal = Proposed by the reporters:
syn-rumours-none = No rumour or false or hostile information was noted in the period.

## V. Hot spots
syn-hs-none = No hot spot arose in the period.
syn-hs-intro = { $fresh } new hot spots arose in the period and { $carried } were carried over from the previous one; { $urgent } of them urgent or above.
syn-hs-lead = { $n }. { $category } at { $place } ({ $unit }), severity { $severity }.
syn-hs-place-unknown = place not given
syn-hs-facts = At { $when }, { $description }; estimated number of people { $people }.
syn-hs-no-description = the collaborator reported the incident without details
syn-hs-note = Source: hot-spot alert { $receipt }{ $carried }.
syn-hs-carried = { " " }(carried over from the previous period)
syn-hs-people-unknown = unknown
syn-hs-people-lt10 = under 10
syn-hs-people-10_50 = 10 to 50
syn-hs-people-50_200 = 50 to 200
syn-hs-people-gt200 = over 200
syn-hs-people-about = about { $n }
syn-at = { $time } on { $date }
syn-hs-timeline = Handling:
syn-tl-created = { $when }: reported by a collaborator
syn-tl-escalated = { $when }: escalated to { $unit }
syn-tl-acknowledged = { $when }: acknowledged by an official
syn-tl-handling = { $when }: handling started
syn-tl-note = { $when }: { $note }
syn-tl-update = { $when }: update from the ground – { $note }
syn-tl-resolved = { $when }: closed
syn-tl-false_alarm = { $when }: found to be a false alarm
syn-tl-merged_in = { $when }: duplicate report merged
syn-tl-playbook_step = { $when }: playbook step done – { $note }
syn-hs-outcome = Outcome: { $status }; { $outcome }.
syn-hs-status = Status at the time of reporting: { $status }.

## VI–VIII, XI. Good practices, causes, forecast, proposals
syn-about = On “{ $title }”: { $text }
syn-good-none = The reports of the period name no good practice.
syn-causes-none = The reports of the period do not analyse causes.
syn-fc-recurring = { $n ->
    [1] The issue { $titles } was raised in several reports and is expected to keep drawing attention.
   *[other] The issues { $titles } were raised in several reports and are expected to keep drawing attention.
}
syn-fc-worry = Concern and dissent about { $titles } may grow unless information and explanations come in time.
syn-fc-hot-spots = { $n } hot spots still open ({ $receipts }) may drag on and need close watching.
syn-fc-rumours = Rumours about { $titles } may keep spreading, especially online.
syn-fc-stable = The ideological situation and public opinion are expected to stay basically stable.
syn-pr-own = 1. Proposals of the Commission
syn-pr-local = 2. Recommendations from the ground
syn-pr-inform = Direct the competent agencies to provide official information in time and explain { $titles } so that people understand and agree.
syn-pr-hot-spots = Direct the Party committees and authorities of { $units } to settle the hot spots for good and prevent complications.
syn-pr-rumours = Ask the competent agencies to verify and promptly correct the false information about { $titles } and deal with it under the law.
syn-pr-reporting = Ask { $units } to put right how their collaborators keep the reporting regime.
syn-pr-continue = Keep capturing and guiding public opinion well; maintain periodic and quick reporting by the collaborators' network.
syn-pr-local-none = The reports of the period make no recommendation.

## IX–X. The Commission's work, results of handling
syn-work-reporting = Reporting by the collaborators' network
syn-completeness-summary = In the period, { $expected } periodic reports were due: { $onTime } on time, { $late } late, { $missing } missing (on-time rate { $rate }%); in addition, { $quick } quick and { $thematic } thematic reports.
syn-no-expected = No collaborator was due to report in the period.
syn-col-unit = Unit
syn-col-due = Due
syn-col-expected = Expected
syn-col-on-time = On time
syn-col-late = Late
syn-col-missing = Missing
syn-col-month = Period
syn-col-on-time-rate = On-time rate
syn-total = Total
syn-work-guidance = Information guidance
syn-guidance-none = The Commission sent no guidance through the system in the period.
syn-guidance-summary = The Commission sent { $n } guidance messages to { $audience } recipients; { $delivered } were delivered.
syn-guidance-ack = Of those that asked for acknowledgement, { $acked }/{ $asked } were acknowledged ({ $rate }%).
syn-col-date = Date
syn-col-guidance = Guidance
syn-col-audience = Recipients
syn-col-delivered = Delivered
syn-col-acked = Acknowledged
syn-work-polls = Quick polls
syn-polls-none = The Commission ran no quick poll in the period.
syn-polls-summary = The Commission ran { $n } quick polls:
syn-poll = { $n }) “{ $question }”: { $answered }/{ $recipients } answered ({ $rate }%), { $state }.
syn-poll-results = Results: { $results }.
syn-poll-option = “{ $label }” { $count } ({ $pct }%)
syn-poll-open = still open
syn-poll-closed = closed
syn-work-surveys = Public-opinion surveys
syn-surveys-summary = The Commission ran { $n } survey campaigns in the period:
syn-survey = { $n }) Survey no. { $number } “{ $title }” (from { $from } to { $to }, { $state }): { $responded }/{ $recipients } of those sampled answered ({ $rate }%); { $respondents } questionnaires returned in all.
syn-survey-interviews = Of these, { $n } were interviews of citizens recorded by collaborators.
syn-survey-shared = A summary of the results was sent back to those who answered.
syn-survey-table = Main results of survey no. { $number }
syn-col-question = Question
syn-col-top-answer = Answer given most
syn-col-share = Share
syn-col-baseline = Survey no. { $number }
syn-work-requests = Ad-hoc and thematic report requests
syn-requests-summary = In the period the Ban asked for { $n } thematic reports:
syn-request = { $n }) “{ $subject }” (due { $due }): { $answered } of { $asked } people asked sent a report ({ $rate }%).
syn-request-answer = – { $unit }: { $title }. { $summary }
syn-work-meetings = Giao ban meetings with collaborators
syn-meetings-summary = In the period the Ban held { $n } giao ban meetings with opinion collaborators; { $present } of { $invited } invitations were attended ({ $rate }%):
syn-meeting = { $n }) “{ $title }” on { $date } ({ $unit }): { $present } of { $invited } present ({ $rate }%), { $excused } absent with a reason given; { $conclusions }.
syn-meeting-conclusions = the conclusions were sent out, { $acked } of { $delivered } confirmed receipt
syn-meeting-no-conclusions = no conclusions sent yet
syn-handling-hot-spots = Handling of hot spots
syn-handling-none = No incident's handling to report in the period.
syn-handling-summary = Of { $n } hot spots: { $resolved } settled, { $active } being handled, { $falseAlarm } false alarms; average handling time { $avg } days.
syn-shared-yes = Told
syn-shared-no = Not told
syn-col-receipt = Receipt
syn-col-place = Place
syn-col-status = Status
syn-col-outcome = Outcome
syn-col-handled = Time
syn-col-shared = Reporter told

## Month by month (quarter, half year, year)
syn-month-short = M{ $m }
syn-tr-topics = Issues reported per field
syn-tr-topics-intro = The fields reported most: { $moves }.
syn-tr-move = { $name } from { $from } issues (first month) to { $to } (last month), { $word }, peak { $peak } a month
syn-tr-up = rising
syn-tr-down = falling
syn-tr-flat = unchanged
syn-tr-no-data = No data.
syn-tr-stances = Stance of opinions month by month
syn-tr-stance-topic = Stance of opinions on { $topic }
syn-tr-hot-spots = Hot spots by category
syn-tr-no-hot-spots = No hot spot arose in the period.
syn-tr-timeliness = Share of reports on time per unit (%)
syn-col-sum = Sum
syn-col-topic = Field
syn-col-stance = Stance
syn-col-category = Category

## Appendix
syn-col-no = No.
syn-col-kind = Kind
syn-col-submitted = Sent on

## AI-assisted draft
syn-ai-review = Suggested by the AI assistant; an official must review it against the source reports before use. Based on: { $refs }.
syn-ai-no-refs = none
syn-llm-system = You are an officer of the Provincial Commission for Communication, Education and Mass Mobilisation drafting a report on the ideological situation and public opinion in English, in a formal, objective and concise style. Use only the facts given; never name a person; do not invent figures. Answer with one JSON object only, shaped {"assessment": [...], "forecast": [...], "proposals": [...]}, each element {"text": "one sentence", "refs": ["receipt numbers used"]}; every sentence must cite at least one receipt number from the facts.
syn-llm-user = The facts of the period (JSON) follow. Write: "assessment" — the general ideological situation (2–4 sentences); "forecast" — the outlook for the coming period (2–4 sentences); "proposals" — the Commission's proposals to the Party committee on leadership and orientation (2–5 sentences).

## Analysis export (XLSX)
syn-xlsx-sheet = Opinion streams
syn-xlsx-receipt = Receipt
syn-xlsx-kind = Kind
syn-xlsx-unit = Unit
syn-xlsx-period = Period
syn-xlsx-submitted = Sent on
syn-xlsx-topic-code = Topic code
syn-xlsx-topic = Topic
syn-xlsx-scope = Scope
syn-xlsx-issue = Issue or event
syn-xlsx-reliability = Reliability
syn-xlsx-stance = Stance
syn-xlsx-prevalence = Prevalence
syn-xlsx-holder = Holder group
syn-xlsx-content = Opinion
syn-xlsx-stance-code = Stance code
syn-xlsx-prevalence-code = Prevalence code
syn-xlsx-holder-code = Holder code

## /tonghop
syn-hint-other-period = Note: no report has been filed for this period yet. The latest period with reports is { $latest }: type /tonghop { $arg } to synthesise that one.
syn-hint-no-reports = Note: no report has been filed in this area yet, so the synthesis will have no content.
syn-queued = ⏳ Compiling the reports of { $period } for { $unit }. The document (DOCX) will be sent to you when ready.
syn-ready-caption = 📄 Synthesis of the ideological situation and public opinion, { $period } — { $unit } ({ $count } source reports). A draft for you to review and edit before signing.
syn-scheduled-caption = 📄 Draft synthesis of the ideological situation and public opinion, { $period } — { $unit } ({ $count } source reports), compiled automatically ahead of the reporting deadline. Please review and edit before signing.
syn-x-bad-args = Cannot read «{ $arg }». Usage: /tonghop [period] [unit code]; the period may be a month (11/2026), a quarter (quy4/2026), a half year (6thang2/2026) or a year (nam2026).
syn-failed = Sorry, the synthesis of { $period } could not be produced. Please try again later or tell the administrator.
syn-help = compile reports into a document (DOCX): /tonghop [11/2026 | quy4/2026 | 6thang2/2026 | nam2026] [unit code]
