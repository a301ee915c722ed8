# Quick polls: question message, results, creation (/taothamdo), answering (/thamdo).
poll-title = 📊 QUICK POLL
poll-how-single = Choose one option.
poll-how-multi = You may choose several options (press again to unselect).
poll-closes = Closes: { $closes }.
poll-anonymous-note = 🔒 Anonymous poll: officials see only totals, not who answered what.
poll-your-answer = Your answer: { $answer }
poll-hint = Press a button to answer; without buttons, type /thamdo and then the option number.

poll-results-title = 📊 POLL RESULTS (open)
poll-results-final-title = 📊 POLL RESULTS (closed)
poll-results-turnout = Answered: { $answered }/{ $recipients } · closes: { $closes }
poll-results-option = { $n }. { $option }: { $count } ({ $pct }%)
poll-results-by-unit = By unit:
poll-results-unit = • { $unit }: { $answered }/{ $recipients } answered — { $counts }
poll-results-hidden = details hidden (fewer than { $min } answers)
poll-shared-intro = 🙏 Thank you for answering the poll. Here are the overall results:
poll-shared-turnout = Answered: { $answered } of { $recipients } asked
poll-refresh = 🔄 Refresh results

poll-intro = 📊 NEW QUICK POLL. Type /huy at any time to cancel.
poll-ask-question = The poll question:
poll-ask-options = The answer options, one per line (2 to 10 options, at most 100 characters each):
poll-ask-kind = Respondents may choose:
poll-kind-single = One option
poll-kind-multi = Several options
poll-ask-anonymous = Anonymous poll (officials do not see who answered what)?
poll-anonymous-yes = Yes, anonymous
poll-anonymous-no = No
poll-ask-closes = Answers close after (tap a button, or type e.g. «2 days» in Vietnamese «2 ngày», or «17:00 25/12»):
poll-err-closes = That time limit was not understood. Tap a button, or type hours or days (e.g. «2 ngày», «36 giờ», at most 60 days) or the closing time (e.g. «17:00 25/12»).
poll-closes-2 = 2 hours
poll-closes-24 = 1 day
poll-closes-72 = 3 days
poll-closes-168 = 7 days
poll-closes-other = Another date and time
poll-ask-closes-at = Type the closing time, e.g. 17:00 30/11 or 30/11/2026 17h30 (a day alone closes at its end)
poll-ask-audience = Which unit should receive the poll? Choose your unit, or type the name (or code) of a unit below it.
poll-ask-stratum = Limit to a social group?
poll-stratum-all = Everyone
poll-ask-roles = Recipients:
poll-roles-collaborators = Collaborators only
poll-roles-everyone = Collaborators and officials
poll-err-options-too_few = At least 2 options, one per line.
poll-err-options-too_many = At most 10 options.
poll-err-options-too_long = Each option at most 100 characters (to fit on a button).
poll-err-options-duplicate = Some options are duplicates.
poll-err-duplicate_options = Some options are duplicates.
poll-err-closing-format = Could not read that time. Please type hour:minute day/month, e.g. 17:00 30/11, or just the day (30/11 is the end of 30 November).
poll-err-unit-code = Type the unit's name or code, on one line; or press the button for your own unit.
poll-err-bad_closing = The closing time must be at least 5 minutes from now and at most 30 days away.
poll-err-unknown_unit = No single unit has that name or code. Type more of the name, e.g. "Đảng ủy xã An Bình", or the unit code.
poll-err-out_of_scope = This unit is outside your responsibility.
poll-err-empty_audience = Nobody matches the unit and conditions chosen.
poll-err-invalid = The poll is not valid yet; please enter it again.
poll-preview =
    Review the poll:
    «{ $question }»
    To { $count } people in { $unit }; closes { $closes }.
    The question goes out now (or after the night quiet hours).
poll-send = ✅ Send poll
poll-cancel = Cancel
poll-cancelled = Cancelled; the poll was not sent.
poll-created = ✅ Poll created, being sent to { $count } people. You will get the final results when it closes.
poll-see-results = 📊 See results

poll-x-not_found = This poll was not found.
poll-x-closed = The poll has closed ({ $closes }); your answer was not recorded.
poll-x-not_recipient = This poll was not sent to you.
poll-x-bad_option = Not a valid option.
poll-x-not_allowed = You may not see the results of this poll.
poll-answer-saved = ✅ Recorded: «{ $answer }». You can change it until the poll closes.
poll-answer-multi = ✅ Recorded: { $answer }.
poll-answer-cleared = All options unselected; your answer does not count.
poll-none-open = There is no open poll waiting for your answer.
poll-list-title = Open polls:
poll-list-item = { $n }. { $question } — { $state }
poll-list-pick = Type /thamdo with a number to pick another poll.
poll-state-answered = answered
poll-state-open = not answered
poll-none-created = You have not created any poll.
poll-mine-title = Your recent polls (press one for its results):
poll-status-open = open
poll-status-closed = closed
poll-help-create = create a quick poll
poll-help-answer = answer open polls
poll-help-results = results of polls you created

poll-reminder = ⏰ REMINDER: you have not answered the poll below yet.
