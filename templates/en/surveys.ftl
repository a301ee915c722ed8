# Questionnaire surveys: answering (/khaosat), interviews (/phongvan), campaigns (/taokhaosat), results (/ketquakhaosat).
surveys-help-answer = answer an open survey
surveys-help-interview = record a survey interview with a citizen (anonymous)
surveys-help-create = send a questionnaire to collaborators
surveys-help-results = results of a survey campaign (add its number)

surveys-invite = 📋 SURVEY NO. { $number }: { $title }
    You were selected for this survey. Answers are recorded anonymously and only used in totals.
    Deadline: { $closes }. Press the button or type /khaosat { $number } to start; you can stop and type /tieptuc to continue later.
surveys-remind = ⏰ Reminder: you have not answered survey no. { $number } ({ $title }). Deadline: { $closes }. Type /khaosat { $number } to answer.
surveys-start-button = Start answering
surveys-share-button = 📣 Send a short summary to respondents

surveys-intro = 📋 { $title }
    { $count } questions; some may be skipped depending on your answers. Answers are anonymous. Type /huy to stop, /tieptuc to continue later.
surveys-intro-interview = 🎤 INTERVIEW: { $title }
    Record the answers of the person you interview ({ $count } questions). Do not record their name or anything identifying; only their social group.
surveys-ask-group = Which group does the interviewee belong to?
surveys-q-header = Survey no. { $number } — question { $n }/{ $total }
surveys-hint-single = Choose one option.
surveys-hint-scale = Choose one level.
surveys-hint-multiple = Choose one or more options (press again to untick), then "Done". Without buttons, type the numbers separated by commas, e.g. 1, 3.
surveys-hint-number = Type a number.
surveys-hint-text = Type a short answer.
surveys-hint-longtext = Type your opinion (it may be long).
surveys-hint-optional = (Optional: press "Skip" or type - to skip.)
surveys-back = ‹ Previous
surveys-skip = Skip
surveys-multi-done = Done ({ $n } chosen)
surveys-err-required = This question must be answered.
surveys-err-pick-one = Choose at least one option, then "Done".
surveys-err-too-many = At most { $max } options.
surveys-err-one-option = Only one option here: type one number.
surveys-err-not_options = Could not read the choice. Type the option's number, e.g. 2 (or 1, 3 where several are allowed).
surveys-err-not_a_number = Please type a number, e.g. 25.
surveys-err-below_min = Below the lowest allowed value ({ $min }).
surveys-err-above_max = Above the highest allowed value ({ $max }).
surveys-err-too_long = The answer is too long, please shorten it.
surveys-review = 📋 REVIEW: { $title }
surveys-review-group = Respondent's group: { $group }
surveys-send = ✅ Send
surveys-edit = ✏️ Change an answer
surveys-ask-edit = Type the number of the question to change (as in the review).
surveys-err-edit-number = Please type a number from 1 to { $max }.
surveys-saved = ✅ Your answers were recorded. Thank you!
surveys-saved-interview = ✅ Interview recorded (anonymous).
surveys-next-interview = 🎤 Next interview
surveys-choose = Several surveys are open. Choose one:

surveys-x-not_found = Survey campaign not found.
surveys-x-not_open = This survey has not opened yet.
surveys-x-closed = This survey has closed; no more answers are taken.
surveys-x-not_recipient = You are not among this survey's respondents.
surveys-x-already_answered = You have already answered this survey. Thank you!
surveys-x-no_interviews = This survey does not take interviews.
surveys-x-none_open = No survey is waiting for your answers.
surveys-x-incomplete = Some required questions are not answered.
surveys-x-not_allowed = You may not see this survey campaign.
surveys-x-not_closed = Results can be shared once the survey has closed.

surveys-no-questionnaires = No questionnaire yet. An administrator loads one with: npm run admin -- survey-import <file.yaml>
surveys-ask-survey = 📋 NEW SURVEY CAMPAIGN. Choose the questionnaire:
surveys-ask-audience = Send to which unit? Press the button or type the name (or code) of a unit below yours.
surveys-err-unit-code = Type the unit's name or code, on one line.
surveys-ask-roles = Send to whom?
surveys-roles-collaborator = Collaborators
surveys-roles-official = Officials
surveys-roles-everyone = Collaborators and officials
surveys-ask-sectors = Choose a sector (or type its name):
surveys-sectors-all = All sectors
surveys-ask-strata = Choose a social group (or type its name):
surveys-strata-all = All social groups
surveys-ask-sample = Who answers:
surveys-sample-all = Everyone in the audience
surveys-sample-per-unit = n at random per unit
surveys-sample-quota = Quotas per social group
surveys-ask-per-unit = How many people at random per unit? Type a number.
surveys-ask-quotas = Type a quota for each social group, e.g. Farmers=20, Workers=10
    Groups: { $groups }
surveys-err-per-unit = Please type a number from 1 to 10000.
surveys-err-quotas = Could not read the quotas. Write the group (as listed above), = and the number of people, e.g. Farmers=20, Workers=10
surveys-ask-interviews = May collaborators record interviews with citizens (/phongvan)?
surveys-ask-closes = How long it stays open (one reminder half-way to those who have not answered). Tap a button, or type e.g. «10 ngày», «20/12»:
surveys-closes-24 = 1 day
surveys-closes-72 = 3 days
surveys-closes-168 = 1 week
surveys-closes-336 = 2 weeks
surveys-ask-baseline = Survey no. { $number } used this questionnaire. Compare the new results with it (before/after)?
surveys-closes-days = { $n } days
surveys-closes-hours = { $n } hours
surveys-err-closes = Tap a button, or type the time limit in days or hours (e.g. «5 ngày», «36 giờ», at most 60 days), or the closing day («20/12» is the end of 20 December, «17:00 20/12»).
surveys-campaign-preview = 📋 SURVEY PREVIEW
    Questionnaire: { $title }
    Unit: { $unit }
    Audience: { $who }
    People in the audience: { $audience }
    Selected to answer: { $sampled }
    Interviews with citizens: { $interviews }
    Open for: { $span ->
        [none] until { $closes }
       *[other] { $span }, until { $closes }
    } (one reminder half-way to those who have not answered)
surveys-preview-interviews-yes = collaborators may record interviews (/phongvan)
surveys-preview-interviews-no = no
surveys-send-campaign = ✅ Send survey
surveys-cancel = Cancel
surveys-campaign-cancelled = Cancelled; nothing was sent.
surveys-campaign-created = ✅ Survey campaign no. { $number } created: { $sampled } selected people will receive it. Results: /ketquakhaosat { $number }
surveys-campaign-err-invalid = The campaign is incomplete, please start again.
surveys-campaign-err-unknown_survey = Questionnaire not found.
surveys-campaign-err-bad_times = That time limit is not valid (the day has passed, or is more than 90 days away). Please choose it again.
surveys-campaign-err-out_of_scope = That unit is outside your scope.
surveys-campaign-err-empty_audience = Nobody matches the chosen audience.
surveys-campaign-err-bad_baseline = The campaign to compare with used another questionnaire.
surveys-campaign-err-unknown_unit = No single unit has that name or code. Type more of the name, e.g. "Đảng ủy xã An Bình", or the unit code.

surveys-list-title = 📊 RECENT SURVEY CAMPAIGNS (press a number to see its results):
surveys-list-item = • No. { $number } — { $title } ({ $unit }): { $state }, { $responded }/{ $recipients } answered
surveys-list-item-scheduled = • No. { $number } — { $title } ({ $unit }): questionnaires go out from { $opens }
surveys-list-state-open = under way
surveys-list-state-closed = closed
surveys-list-button = No. { $number }
surveys-list-empty = There is no survey campaign in your area yet. Start one with /taokhaosat.
surveys-results-live = 📊 SURVEY NO. { $number } RESULTS (in progress): { $title }
    Responses: { $respondents }
surveys-results-final = 📊 SURVEY NO. { $number } RESULTS (closed): { $title }
    Responses: { $respondents }
surveys-results-completion = Selected people who answered: { $responded }/{ $recipients } ({ $percent }%). By unit:
surveys-results-question = Q{ $n }. { $text } ({ $answered } answers)
surveys-results-number = mean { $mean }, median { $median }, lowest { $min }, highest { $max }
surveys-results-more-open = … and { $n } more (see the export).
surveys-results-hidden = Details of { $units } units and { $strata } groups with fewer than 5 responses are hidden to keep answers anonymous.
surveys-compare-title = 📈 BEFORE/AFTER: campaign no. { $before } → no. { $after } (share of those who answered each question)
surveys-compare-not-comparable = Not comparable (questions changed): { $ids }
surveys-shared = Summary sent to { $count } respondents.
surveys-shared-already = The results were already shared with the respondents.
surveys-shared-intro = 🙏 Thank you for answering the survey. Here is a summary of the results:

surveys-def-line = line { $line }{ $where }: { $message }
surveys-def-err-syntax = YAML/JSON syntax error
surveys-def-err-not_a_questionnaire = not a questionnaire (needs code, title, sections)
surveys-def-err-bad_id = a question id has plain letters, digits and _, starting with a letter
surveys-def-err-bad_code = a questionnaire code has plain letters, digits and - _ .
surveys-def-err-unknown_key = unsupported key: { $detail }
surveys-def-err-missing = required key missing
surveys-def-err-wrong_type = wrong kind of value
surveys-def-err-not_allowed = value not allowed; allowed: { $detail }
surveys-def-err-too_small = too few or too short (at least { $detail })
surveys-def-err-too_big = too many or too long (at most { $detail })
surveys-def-err-invalid = invalid value
surveys-def-err-duplicate_id = question id { $detail } is used twice
surveys-def-err-too_many_questions = too many questions (at most { $detail })
surveys-def-err-unknown_target = the question to skip to does not exist: { $detail }
surveys-def-err-backward_target = can only skip forward: { $detail }
surveys-def-err-number_rule = a number question's skip rule needs below or above
surveys-def-err-rule_needs_if = a skip rule needs if (the options)
surveys-def-err-unknown_option = not one of the question's options: { $detail }
surveys-def-err-no_skip_on_text = open questions cannot have skip rules
surveys-def-err-scale_and_options = a scale question uses scale or options, not both
surveys-def-err-needs_scale = a scale question needs scale (prevalence, agreement, satisfaction) or options
surveys-def-err-scale_on_choice = choice questions do not take a scale
surveys-def-err-needs_options = a choice question needs options
surveys-def-err-duplicate_option = an option is listed twice
surveys-def-err-options_on_open = open and number questions have no options
surveys-def-err-min_above_max = min is above max
