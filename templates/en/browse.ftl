## Report browser in chat (issue 13 §2): /baocao_ds, /xem, /timkiem.

browse-help-list = reports in your area (filters: period 11/2026, nhanh/chuyende/dinhky, moi/datiepnhan/canbosung/datonghop, topic code, unit code)
browse-help-view = read a report in full (add the receipt number)
browse-help-search = search reports and alerts (add the words; accents optional)

browse-list-head = 📚 Reports of { $unit } — { $total } (page { $page }/{ $pages }):
browse-list-item = { $n }. { $receipt } · { $kind } · { $unit } · { $date } · { $status }
    { $title }
browse-list-foot = Tap a receipt number (or type its line number) for the full text; /xem <receipt number> opens any other.
browse-list-empty = No report of { $unit } matches the filters.
browse-prev = ‹ Previous page
browse-next = Next page ›
browse-bad-args = “{ $arg }” not understood. E.g. /baocao_ds nhanh 11/2026, /baocao_ds canbosung, /baocao_ds <unit code>.

browse-search-usage = Type the words after the command, e.g. /timkiem boi thuong dat (accents optional).
browse-search-head = 🔎 “{ $q }”: { $total } reports (page { $page }/{ $pages }):
browse-total-capped = more than { $n }
browse-search-alerts = 🚨 { $total } hot-spot alerts match:
browse-search-alert = { $n }. { $receipt } · { $unit } · { $date } · { $status }
    { $text }
browse-search-empty = No report or alert with “{ $q }” in your area.

browse-view-usage = Type the receipt number after the command, e.g. /xem BN-2026-11-000123
browse-x-not_found = No report { $receipt } in your area.
browse-x-out_of_scope = This unit is outside your responsibility.
browse-x-unknown_unit = No unit has this code.

browse-detail-head = 📄 { $kind } { $receipt }
browse-detail-urgent = 🚨 Sent as URGENT by the reporter
browse-detail-meta = { $unit } · { $name } · filed { $date } · { $status } (version { $version })
browse-detail-period = Period: { $period }
browse-detail-title = Title: { $title }
browse-detail-assessment = General assessment: { $text }
browse-detail-mood = Prevailing mood: { $text }
browse-detail-issue = ▪ Issue { $n }: { $title } ({ $topic })
browse-detail-scope = Scope: { $text }
browse-detail-summary = Summary: { $text }
browse-detail-causes = Causes: { $text }
browse-detail-forecast = Outlook: { $text }
browse-detail-proposals = Proposals: { $text }
browse-detail-stream = – { $stance }, { $prevalence } ({ $group }): { $text }
browse-detail-spread = Spread: { $text }
browse-detail-rumours = Rumours: { $text }
browse-detail-good = Good practices: { $text }
browse-detail-files = Attachments ({ $n }):
browse-detail-file = { $n }. { $kind }: { $name }

browse-status-submitted = not yet acknowledged
browse-status-received = acknowledged
browse-status-needs_more = needs more
browse-status-synthesised = synthesised
browse-media-photo = photo
browse-media-voice = voice note
browse-media-video = video
browse-media-document = file
browse-detail-exchange = Requests for more and answers:
browse-detail-needs_more = • { $date } the official asked for more: { $note }
browse-detail-supplemented = • { $date } the reporter added: { $note }
