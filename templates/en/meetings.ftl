# Giao ban meetings with collaborators (issue 17 item 4)

meetings-help-list = giao ban meetings: upcoming, held, who came
meetings-help-new = schedule a giao ban meeting and send the invitations
meetings-help-checkin = check in at a meeting in progress

# Scheduling (officials)
meetings-intro = 🗓 SCHEDULE A GIAO BAN MEETING. Type /cancel at any time to stop.
meetings-ask-title = Name of the meeting (e.g. "December meeting of opinion collaborators"):
meetings-ask-when = When, e.g. 8:00 15/12 or 15/12/2026 14h00
meetings-err-when-format = Could not read the time. Please type hour:minute day/month, e.g. 8:00 15/12.
meetings-ask-place = Where, or the online meeting link (both are fine, e.g. "Commune hall, https://meet.google.com/abc-defg-hij"):
meetings-ask-agenda = Agenda (type it). You can include the highlights of the latest synthesis.
meetings-agenda-highlights = 📊 Include the latest synthesis's highlights
meetings-agenda-none = No agenda
meetings-no-highlights = There is no synthesis of your unit yet to take highlights from. Type the agenda, or press «No agenda».
meetings-highlights-block = Highlights of the { $period } synthesis:
    { $text }
meetings-highlights-added = Added to the agenda:
    { $text }
meetings-ask-agenda-more = Type any other agenda items (they go before the highlights), or press «Done».
meetings-agenda-done = Done
meetings-ask-audience = Which unit is invited? Choose your unit, or type the name (or code) of a unit below it.
meetings-ask-roles = Who is invited:
meetings-preview =
    Check the invitation:
    «{ $title }»
    When: { $when }
    Where: { $where }
    Invited: { $unit } ({ $count } people)
meetings-send = Send invitations
meetings-cancel = Cancel
meetings-cancelled = Cancelled; no invitation was sent.
meetings-created = Scheduled. The invitation goes to { $count } people (outside quiet hours); each is reminded a day and an hour before.
meetings-see-list = See the meetings
meetings-pick-from-list = Choose the meeting from the list (type /giaoban or press the button below), then press its «Attendance», «Conclusions» or «Cancel» button.
meetings-err-invalid = The meeting details are missing or too long. Please type the name again.
meetings-err-bad_time = The meeting must start at least 1 hour from now and within 90 days.
meetings-err-out_of_scope = That unit is outside your scope.
meetings-err-unknown_unit = No single unit has that name or code. Type more of the name, e.g. "Đảng ủy xã An Bình", or the unit code.
meetings-err-empty_audience = Nobody in that unit to invite.

# Invitation, reminders, check-in (invitees)
meetings-card-title-invite = 📩 INVITATION TO A GIAO BAN MEETING
meetings-card-title-day = 🔔 REMINDER: giao ban meeting tomorrow
meetings-card-title-hour = 🔔 REMINDER: giao ban meeting in one hour
meetings-card-what = «{ $title }» — { $unit }
meetings-card-when = When: { $when }
meetings-card-place = Where: { $place }
meetings-card-link = Online: { $link }
meetings-card-agenda = Agenda:
meetings-card-answer-hint = Please tell us whether you will attend (press a button below, or type /meetings and choose).
meetings-card-you-attend = You said you will attend.
meetings-card-check-in-hint = When you arrive (or join online), press «Check in» or type /checkin.
meetings-btn-attend = ✅ Attend
meetings-btn-absent = Absent (give a reason)
meetings-btn-check-in = 🙋 Check in
meetings-ask-reason = Why will you be absent? (briefly)
meetings-answered-attend = Noted: you will attend «{ $title }» at { $when }. You will be reminded before it starts.
meetings-answered-absent = Noted: you will be absent from «{ $title }» ({ $when }), with your reason. If you can make it after all, press «Attend» on the invitation.
meetings-checked-in = ✅ Checked in: «{ $title }». Thank you.
meetings-checked-in-already = You already checked in at «{ $title }».
meetings-invitations-title = 🗓 MEETINGS YOU ARE INVITED TO
meetings-invitations-empty = You have no upcoming giao ban invitations.
meetings-invitation-item = { $n }. «{ $title }» — { $when }, { $where }
meetings-invitation-none = { "   " }Not answered yet
meetings-invitation-attend = { "   " }Attending
meetings-invitation-absent = { "   " }Absent
meetings-invitation-checked = { "   " }Checked in
meetings-invitation-answer-for = Your answer for «{ $title }»:

# List, attendance, conclusions (officials)
meetings-list-title = 🗓 GIAO BAN MEETINGS
meetings-list-empty = No giao ban meeting in your scope yet.
meetings-list-upcoming = Upcoming:
meetings-list-past = Held:
meetings-list-item = { $n }. «{ $title }» — { $when }, { $where } ({ $unit })
meetings-list-answers = { "   " }Invited { $invited }: answered { $answered } (attending { $attending }, absent { $absent }), not answered { $none }
meetings-list-attendance-recorded = { "   " }Present { $present }/{ $invited } (attendance recorded)
meetings-list-attendance-checked = { "   " }Checked in { $checkedIn }/{ $invited } — attendance not recorded yet
meetings-list-concluded = { "   " }Conclusions sent
meetings-btn-new = ➕ Schedule a meeting
meetings-btn-attendance-n = 📋 Attendance of no. { $n }
meetings-btn-conclude-n = 📝 Conclusions of no. { $n }
meetings-attendance-title = 📋 ATTENDANCE — «{ $title }»: present { $present }/{ $invited }
meetings-attendance-hint = ✅ present, ❌ absent. Type numbers to switch (e.g. 2, 5 or 3-6), then press «Save attendance».
meetings-roster-checked-in = checked in
meetings-roster-absent = absent: { $reason }
meetings-roster-said-attend = said attending, not checked in
meetings-roster-no-answer = no answer
meetings-err-numbers = Type numbers from the list (1 to { $max }), separated by commas, e.g. 2, 5.
meetings-btn-save-attendance = 💾 Save attendance
meetings-attendance-cancelled = Stopped; the attendance is unchanged.
meetings-attendance-nobody = This meeting has not been sent to anyone yet.
meetings-attendance-saved = Attendance recorded: present { $present }/{ $invited } ({ $corrected } corrected against the check-ins).
meetings-btn-conclude = 📝 Send conclusions
meetings-ask-conclusions = Type the conclusions of «{ $title }» (short minutes, the directions given). They go to everyone invited as guidance that asks for «Received».
meetings-conclusions-preview =
    Check the conclusions of «{ $title }»:
    { $body }
meetings-btn-send-conclusions = Send conclusions
meetings-conclusions-cancelled = Stopped; the conclusions were not sent.
meetings-conclusions-title = Conclusions of the giao ban meeting: { $title }
meetings-concluded = Conclusions sent to { $count } people; each is asked to confirm «Received». Follow it in /broadcasts.
meetings-concluded-approval = The conclusions ({ $count } recipients) wait for another official's approval before they go out.
meetings-see-guidance = See guidance sent

# Refusals
meetings-x-not_found = This meeting was not found.
meetings-x-not_invited = You are not invited to this meeting.
meetings-x-cancelled = This meeting was cancelled.
meetings-x-over = The meeting is over.
meetings-x-not_yet = Too early to check in: check-in opens at { $at }.
meetings-x-none_open = No meeting you are invited to is in progress.
meetings-x-out_of_scope = This meeting is outside your scope.
meetings-x-not_started = The meeting has not taken place yet.
meetings-x-already_sent = The conclusions of this meeting were already sent.
meetings-x-invalid = The conclusions are empty or too long.

# Console, Network page
meetings-console-title = Giao ban meetings
meetings-console-empty = No giao ban meeting in this scope yet.
meetings-console-when = When
meetings-console-meeting = Meeting
meetings-console-invited = Invited
meetings-console-answers = Answers
meetings-console-answer-counts = attending { $attending }, absent { $absent }
meetings-console-present = Present
meetings-console-recorded = { $present }/{ $invited }
meetings-console-checked = { $present }/{ $invited } (check-ins)
meetings-console-conclusions = Conclusions
meetings-console-sent = sent

# Cancelling
meetings-btn-cancel-n = ✖ Cancel no. { $n }
meetings-ask-cancel = Cancel the meeting «{ $title }» at { $when }? Everyone already invited will be told.
meetings-btn-cancel-yes = Cancel the meeting
meetings-btn-cancel-no = No, keep it
meetings-cancel-kept = The meeting stays as planned.
meetings-cancel-done = Meeting cancelled; { $told } invitees told.
meetings-cancelled-notice = ✖ CANCELLED: the giao ban meeting «{ $title }» ({ $unit }) at { $when } will not take place. No answer is needed.
meetings-x-already_cancelled = This meeting was already cancelled.
meetings-x-started = The meeting has begun; it can no longer be cancelled.
