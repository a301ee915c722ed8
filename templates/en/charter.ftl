# Collaborators' regulation (Quy chế hoạt động): /quyche, accepted at registration and when a new version is published.
charter-help = read the collaborators' regulation
charter-none = No regulation has been published in the system yet.
charter-head = 📜 { $title } (version { $version })
charter-new-head =
    📜 A new regulation has been published: { $title } (version { $version }).
    Please read it below and confirm that you have read and accept it.
charter-reg-head =
    📜 Before you join the network, please read { $title } (version { $version }):
charter-ask = Do you confirm that you have read and accept the regulation (version { $version })?
charter-accept = ✅ I have read and accept it
charter-decline = Not now
charter-accepted = ✅ Recorded: you accepted the regulation (version { $version }). Thank you!
charter-already = You have accepted the regulation (version { $version }). Type /quyche to read it again at any time.
charter-open = 📜 Read the new regulation
charter-x-outdated = A newer version of the regulation is in force. Please read and confirm that one.
charter-reg-declined = You have not accepted the regulation, so you cannot join the network yet; nothing was stored. When you are ready, just send your invite code again (while it is valid) or contact the official in charge.
charter-stats = Regulation (version { $version }): { $accepted }/{ $total } collaborators have accepted it.
charter-stats-pending = Not yet accepted: { $names }{ $more }
charter-stats-more = { " " }and { $n } more
