# Monthly synthesis document (DOCX, Markdown) and the /tonghop command.
syn-nation = COMMUNIST PARTY OF VIETNAM
syn-number = No.       -{ $suffix }
syn-place-date = { $place }, { $day }/{ $month }/{ $year }
syn-title = REPORT
syn-subtitle = Ideological situation and public opinion, { $month }/{ $year }
syn-scope-line = Scope: { $unit } and its subordinate units.
syn-window-line = Period observed: { $from } to { $to }.
syn-basis = Compiled from { $count } reports by public-opinion collaborators; the receipt numbers of the source reports follow each statement in brackets.
syn-no-reports = No collaborator report was received for this scope and period, so sections II–VII have nothing to synthesise; section I gives the reporting figures.
syn-s1 = I. REPORTING COMPLETENESS
syn-col-unit = Unit
syn-col-due = Due
syn-col-expected = Expected
syn-col-on-time = On time
syn-col-late = Late
syn-col-missing = Missing
syn-total = Total
syn-completeness-summary = { $expected } collaborators were expected to report: { $onTime } on time, { $late } late, { $missing } missing.
syn-no-expected = No collaborator was expected to report in this period.
syn-s2 = II. GENERAL IDEOLOGICAL SITUATION
syn-assessment-intro = Collaborators' general assessment:
syn-mood-intro = Prevailing mood:
syn-tally = { $label }: { $count } reports
syn-s3 = III. PUBLIC OPINION ON NOTABLE ISSUES AND EVENTS
syn-topic = { $n }. { $name } ({ $count } reports)
syn-issues = Issues and events reported:
syn-streams = Opinion streams:
syn-stream = { $stance } — highest prevalence: { $prevalence }; held by: { $holders }
syn-causes = Causes:
syn-forecasts = Forecast:
syn-proposals = Proposals:
syn-none = Nothing to report.
syn-s4 = IV. RUMOURS AND FALSE OR HOSTILE INFORMATION
syn-s5 = V. HOT SPOTS OF THE PERIOD
syn-col-receipt = Case no.
syn-col-category = Category
syn-col-severity = Severity
syn-col-status = Status
syn-col-outcome = Outcome
syn-carried = (from an earlier period)
syn-s6 = VI. GOOD PRACTICES
syn-s7 = VII. GENERAL PROPOSALS
syn-generated = Draft compiled by the system on { $date } from collaborators' reports; to be reviewed and edited by officials before signature.
syn-recipients-title = Recipients:
syn-recipients =
    - Standing Committee of the Provincial Party Committee (for information),
    - Central Commission for Propaganda and Mass Mobilisation (for information),
    - Archive.
syn-sign-role = HEAD OF COMMISSION
syn-sign-note = (Signature, full name)

## /tonghop command
syn-queued = ⏳ Compiling the reports of { $period } for { $unit }. The document (DOCX) will be sent to you when ready.
syn-ready-caption = 📄 Synthesis of the ideological situation and public opinion, { $period } — { $unit } ({ $count } source reports).
syn-failed = Sorry, the synthesis for { $period } could not be produced. Please try again later or tell an administrator.
syn-help = compile the month's reports into a document (DOCX): /tonghop [month/year] [unit code]
