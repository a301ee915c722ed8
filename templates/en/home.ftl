## Home: the main menu (/menu) and the status of what was sent (/trangthai).

home-menu-title = Welcome, { $name }. What would you like to do?
home-menu-after = You can continue with the functions below.
home-menu-periodic = 📋 Periodic report
home-menu-quick = ⚡ Quick report
home-menu-thematic = 📑 Thematic report
home-menu-hotspot = 🚨 Report a hot spot
home-menu-status = 📬 What I have sent
home-menu-help = ❓ Help
home-menu-alerts = 🔔 Alerts
home-menu-guidance = 📣 Guidance
home-menu-stats = 📊 Statistics
home-menu-synthesis = 🗂 Synthesis

home-help-trangthai = see the reports and alerts you sent and their status
home-help-menu = open the main menu

home-status-title = 📬 YOUR REPORTS AND ALERTS
home-status-reports = Recent reports:
home-status-no-reports = • You have not sent any report yet.
home-status-report-line = • { $receipt } — { $kind }, period { $period } — { $status } (sent { $date })
home-status-hot-spots = Recent hot-spot alerts:
home-status-no-hot-spots = • You have not sent any hot-spot alert yet.
home-status-hs-line = • { $receipt } — { $category }, level { $severity } — { $status } ({ $date })
home-status-report-draft = Draft
home-status-report-submitted = Sent, awaiting receipt
home-status-report-received = Received
home-status-report-needs_more = More information requested
home-status-report-synthesised = Included in the synthesis
home-status-hs-open = New, awaiting handling
home-status-hs-acknowledged = Acknowledged by the official in charge
home-status-hs-handling = Being handled
home-status-hs-resolved = Resolved
home-status-hs-false_alarm = Verified: not a hot spot
home-status-hs-merged = Merged with another alert on the same event
