# The collaborator network: invite (/moi), list (/mangluoi), edit, suspend, replace, left.
network-help-invite = invite a new collaborator or official (creates an invite code)
network-help-list = your unit's network: view, edit, suspend, replace

network-status-active = active
network-status-suspended = suspended
network-status-replaced = replaced
network-status-left = left

network-invite-intro = 👥 INVITE TO THE NETWORK. Type /huy at any time to cancel.
network-ask-name = Full name of the person invited:
network-err-name = The name is written in letters, 2 to 120 characters. Please type it again.
network-ask-unit = Which unit will they belong to? Press the button for your own unit, or type the name (or code) of a unit below yours.
network-unit-own = { $unit }
network-err-unit-code = Type the unit's name or code, on one line.
network-ask-role = Role of the person invited:
network-ask-stratum = Which social stratum do they belong to?
network-ask-sector = Sector, field or mass organisation (e.g. Farmers' Union, education). Type it or press "Skip".
network-invite-summary =
    Please check:
    • Name: { $name }
    • Unit: { $unit }
    • Role: { $role }
    • Stratum: { $stratum }
    • Sector: { $sector }
network-invite-create = ✅ Create the invite code
network-cancel = Cancel
network-cancelled = Cancelled; nothing was changed.
network-invite-done = ✅ Invite code created for { $name } ({ $unit }).
network-replace-done = ✅ Replacement recorded. Invite code for the newcomer, { $name } ({ $unit }):
network-invite-code = Invite code: { $code } (single use, expires at { $expires }).
network-invite-link = On Telegram, open: { $link }
network-invite-start = On Zalo or another channel, send the message: /start { $code }

network-list-title = 👥 Network of { $unit }: { $total } people (page { $page }/{ $pages })
network-list-item = { $n }. { $name } — { $role }, { $unit } ({ $status })
network-list-pick = Press a name to view and update.
network-list-more = More ›
network-list-empty = { $unit } has no collaborators or officials yet. Type /moi to invite someone.
network-card =
    👤 { $name }
    • Role: { $role }
    • Unit: { $unit }
    • Stratum: { $stratum }
    • Sector: { $sector }
    • Status: { $status }
network-btn-edit = ✏️ Edit
network-btn-suspend = ⏸ Suspend
network-btn-reactivate = ▶️ Reactivate
network-btn-replace = 🔁 Replace
network-btn-left = 🚪 Has left
network-btn-left-confirm = Confirm they have left
network-btn-back = ‹ Back
network-left-confirm = Confirm that { $name } has left the network? Drafts in progress are closed; their report history is kept.
network-suspended = { $name } is suspended.
network-reactivated = { $name } is active again.
network-left = Recorded: { $name } has left the network.
network-pick-from-list = Please pick the person from the /mangluoi list.

network-edit-ask-field = What to update for { $name }?
network-field-stratum = Stratum
network-field-sector = Sector
network-field-unit = Transfer to another unit
network-ask-transfer = Type the new unit's name (or code), within your scope:
network-edit-done = ✅ Updated.
network-replace-ask-name = Full name of the person replacing { $name }:
network-replace-confirm = Replace { $old } with { $name }? { $old } is relieved and their drafts in progress are closed; the newcomer gets an invite to the same unit.

network-x-unknown_unit = No single unit has that name or code. Type more of the name, e.g. "Đảng ủy xã An Bình", or the unit code.
network-x-out_of_scope = This is outside the units you are responsible for.
network-x-not_found = This person is not in the network.
network-x-bad_role = You cannot give or change this role.
network-x-bad_name = The name must be written in letters, 2 to 120 characters.
network-x-bad_stratum = This stratum is not in the list.
network-x-bad_sector = The sector is too long (80 characters at most).
network-x-self = You cannot change your own status; please ask an official above you.
network-x-same_status = This status was already recorded; nothing changed.
network-x-not_current = This person has left or was replaced; their record is kept as history.

network-notice-suspended = Dear { $name }: your activity in the system is suspended from today. Thank you for your work with the network. If you wish to talk about it, please contact the official in charge of your unit.
network-notice-reactivated = Dear { $name }: your account is active again. Type /help to see what you can do.
network-notice-left = Dear { $name }: the system has recorded that you left the collaborator network. Thank you sincerely for your contributions.
network-notice-replaced = Dear { $name }: your collaborator duties have been handed over to your successor. Thank you sincerely for your contributions.
network-notice-transferred = Dear { $name }: you have been transferred to { $unit }. Your reports now go to the new unit.

network-import-line = Line { $line }: { $problem }
network-import-x-missing_columns = required columns missing; the header needs a name column (ho_ten) and a unit code column (ma_don_vi); vai_tro, giai_tang, nganh are optional.
network-import-x-empty = the file has no data rows.
network-import-x-too_many_rows = the file is too long; at most 20,000 rows per import, please split it.
network-import-x-bad_name = the name "{ $value }" must be written in letters, 2 to 120 characters.
network-import-x-bad_unit = the unit code "{ $value }" is not valid.
network-import-x-unknown_unit = no unit has the code "{ $value }".
network-import-x-out_of_scope = the unit "{ $value }" is outside your scope.
network-import-x-bad_role = the role "{ $value }" is not valid (collaborator, official, liaison).
network-import-x-role_not_allowed = you cannot invite someone with the role "{ $value }".
network-import-x-bad_stratum = the stratum "{ $value }" is not in the list.
network-import-x-bad_sector = the sector "{ $value }…" is too long (80 characters at most).
network-import-x-duplicate = same as a row above ({ $value }).
network-import-summary = { $count } invite codes created.
network-import-held = The file has { $problems } problems, so no invite was created ({ $held } valid rows are waiting). Fix the lines above and import again, or choose to import only the valid rows.
network-import-list-header = Line,Name,Unit,Unit code,Role,Invite code,Telegram link,Expires

network-console-import-title = Import a list of collaborators
network-console-import-help = A CSV or Excel (.xlsx) file whose first row is the header: name, unit code; optionally role, stratum, sector. Each row gets one invite code; the whole file is checked first and problems are reported by line number.
network-console-import-file = List file
network-console-import-partial = Create invites for the valid rows even if some rows have problems
network-console-import-submit = Check and create invite codes
network-console-import-problems = { $count } rows have problems
network-console-import-list = Invite codes (print to hand over)
network-console-import-nofile = No file was chosen.
network-console-import-too-big = The file is too large (5 MB at most).
network-console-import-unreadable = This Excel file cannot be read; save it as .xlsx or .csv and try again.
network-console-back = Back to the Network page
network-replace-code-gone = No pending invite code for this successor is kept in your browser: it was used, has expired, or was made elsewhere. If the successor has not joined yet, please create a new invite for them.
network-console-actions = Actions
network-console-successor = Successor's full name

# Network make-up against targets (representativeness).
network-gaps-title = 🧭 THE NETWORK OF { $unit } IS SHORT OF ITS TARGETS:
network-gap-area = • { $unit }: { $count }/{ $min } active collaborators
network-gap-stratum = • Stratum { $label }: { $count }/{ $min } collaborators
network-gap-sector = • Sector { $label }: { $count }/{ $min } collaborators
network-gaps-footer = Please consider recruiting collaborators for the areas, strata and sectors that are short (type /moi to invite).
network-comp-title = Make-up of the network of { $unit }: { $total } active collaborators
network-comp-gaps = Short of the make-up targets:
network-comp-no-gaps = The make-up meets the targets set (or the unit has none).
network-comp-by-area = By area (subordinate units)
network-comp-by-stratum = By stratum
network-comp-by-sector = By sector
network-comp-group = Group
network-comp-count = Collaborators
network-comp-target = Minimum target

# A collaborator's scorecard; rating a report useful.
network-btn-scorecard = 📊 Activity
network-score =
    📊 ACTIVITY — { $name } (last { $n } periods)
    • Periodic reports: { $onTime } on time, { $late } late, { $missing } missing
    • Quick reports: { $quick }; thematic reports: { $thematic }; hot-spot alerts: { $alerts }
    • Rated useful by officials: { $useful }; currently asked for more: { $needsMore }
    • Giao ban meetings attended: { $meetingsAttended }/{ $meetingsInvited }
network-score-periods = By period: { $list }
network-score-state-on_time = on time
network-score-state-late = late
network-score-state-missing = missing
network-score-state-none = not due
network-score-ok = Nothing stands out.
network-score-review = To review: { $reasons }.
network-score-reason-missing_all = no report of any kind in { $n } periods
network-score-reason-mostly_late = usually reports late
network-score-reason-needs_more = many reports needed more
network-score-reason-missed_meetings = missed every giao ban meeting invited to
network-score-reason-missing_periodic = no periodic report in { $n } periods (quick or thematic reports or alerts still come)

# The monthly «to review» list to the officials in charge.
network-review-title = 📋 COLLABORATORS TO REVIEW ({ $count }, over the last { $n } reporting periods)
network-review-line = { $i }. { $name } ({ $unit }): { $reasons }
network-review-missed = no report for { $periods }
network-review-footer = Tap «Card» to see the person's details and activity, or suspend or replace them with the buttons below. The system only counts; the official in charge decides.
network-review-truncated = … The list goes on; see all of it with /mangluoi.
network-review-btn-card = 👤 Card: { $name }
network-review-btn-suspend = ⏸ Suspend: { $name }
network-review-btn-replace = 🔁 Replace: { $name }
network-suspend-confirm = Suspend { $name } on the system? { $name } will be told and gets no tasks until reactivated.
network-score-not-collaborator = Activity is counted for collaborators only.
network-btn-useful = 👍 Useful
network-rated = Report { $receipt } recorded as useful. Thank you.
network-rated-already = You already rated this report useful.
network-rate-x-not_found = Report not found.
network-rate-x-out_of_scope = This report is outside the units you are responsible for.
network-rate-x-not_official = Only officials can rate reports.
network-review-all = The whole network (/mangluoi)

# Training material (/tailieu): a library by topic; officials publish with /tailieu_moi.
network-help-materials = training material and practice guides by topic
network-help-material-new = publish training material (document, link, short note) to the network
network-mat-title = 📚 TRAINING MATERIAL
network-mat-topic-line = • { $topic }: { $count } item(s){ $unread ->
        [0] {""}
       *[other] , { $unread } unread
    }
network-mat-pick-topic = Tap a topic to see its material.
network-mat-empty = No training material has been sent to you yet.
network-mat-empty-official = The library is empty. Tap «Publish material» or type /tailieu_moi.
network-mat-btn-new = ➕ Publish material
network-mat-topic-title = 📚 Topic «{ $topic }»:
network-mat-item = { $n }. { $title } — sent to { $unit }, { $date } (unread)
network-mat-item-read = { $n }. { $title } — sent to { $unit }, { $date } ✓ read
network-mat-view =
    📖 { $title }
    Topic: { $topic } · sent to { $unit } on { $date }
network-mat-file-elsewhere = (The material has an attached file, but this channel cannot carry that kind of file; please ask the official in charge for it.)
network-mat-status-read = ✓ You have read this.
network-mat-btn-read = ✅ I have read it
network-mat-btn-readers = 👥 Who has read it
network-mat-read = Noted that you have read «{ $title }». Thank you.
network-mat-read-already = You had already read «{ $title }».
network-mat-readers = 👥 «{ $title }»: { $read }/{ $total } people have read it.
network-mat-readers-yes = Read: { $list }
network-mat-readers-no = Not yet: { $list }
network-mat-intro = 📚 PUBLISH TRAINING MATERIAL. It goes to the unit's collaborators as guidance with «Received», and stays in the /tailieu library. Type /huy at any time to cancel.
network-mat-ask-topic = Which topic? Tap an existing one or type a new one (e.g. Reading public opinion).
network-mat-ask-kind = Kind of material:
network-mat-kind-document = 📄 Document (send a file)
network-mat-kind-link = 🔗 Link
network-mat-kind-note = 📝 Short note
network-mat-ask-title = Title:
network-mat-ask-file = Send the file here (PDF, Word, picture…).
network-mat-ask-link = Paste the link (starting with http:// or https://):
network-mat-ask-note = The note:
network-mat-ask-about = A few lines about it (or tap «Skip»):
network-mat-ask-unit = To the collaborators of which unit? Tap the button for your own unit, or type the name (or code) of a unit below it, e.g. "xã An Bình".
network-mat-summary =
    Please check:
    • Topic: { $topic }
    • Kind: { $kind }
    • Title: { $title }
    • To: { $unit }
network-mat-send = 📤 Send the material
network-mat-published-sent = ✅ Sent to { $n } collaborators of { $unit }. See who has read it in /tailieu («Who has read it»).
network-mat-published-approval = ✅ It goes to { $n } people, so another official must approve it; the approval request has been sent. It shows in /tailieu once sent.
network-mat-x-bad_topic = A topic is written in words, 2 to 60 characters. Please type it again.
network-mat-x-bad_link = That is not a link (it must start with http:// or https://). Please paste it again.
network-mat-x-no_file = Please send the file (a document or a picture) here.
network-mat-x-unknown_unit = No single unit has this name or code. Please type more of the name, e.g. "Đảng ủy xã An Bình", or the unit code.
network-mat-x-out_of_scope = That unit is outside the area you are in charge of.
network-mat-x-not_official = Only officials publish material and see who has read it.
network-mat-x-not_found = This material was not found.
network-mat-x-title_empty = The title cannot be empty.
network-mat-x-title_too_long = The title is too long (200 characters at most).
network-mat-x-body_empty = The text cannot be empty.
network-mat-x-body_too_long = The text is too long; shorten it or send it as a file.
network-mat-x-deadline_past = The deadline has passed.
network-mat-x-schedule_past = The sending time has passed.
network-mat-x-deadline_before_start = The deadline must come after the sending time.
network-mat-console-title = Training material
network-mat-console-link = Training material and who has read it
network-mat-console-note = Material published to { $unit }, the units above it and below it; readers are counted within { $unit }. Publish new material with /tailieu_moi in chat.
network-mat-console-empty = No material in this scope yet.
network-mat-console-date = Published
network-mat-console-topic = Topic
network-mat-console-material = Material
network-mat-console-unit = Sent to
network-mat-console-read = Who has read it
network-mat-console-read-count = { $read }/{ $audience } people
network-mat-console-awaiting = awaiting approval
network-mat-file-link = 📎 The file «{ $name }» cannot be sent on this channel. Download it here (the link works for { $hours } hours):
    { $url }
