## Collaborator feature: main menu, status, help, shared answers and option labels.

ctv-menu-title = Welcome, { $name }. What would you like to do?
ctv-menu-after = You can continue with the functions below.
ctv-menu-periodic = 📋 Periodic report
ctv-menu-quick = ⚡ Quick report
ctv-menu-thematic = 📑 Thematic report
ctv-menu-hotspot = 🚨 Report a hot spot
ctv-menu-status = 📬 What I have sent
ctv-menu-help = ❓ Help

ctv-help-baocao = write this period's report on public opinion
ctv-help-nhanh = send a quick report on an event that just happened
ctv-help-chuyende = write a thematic report on one topic
ctv-help-diemnong = report a hot spot (a few taps)
ctv-help-trangthai = see the reports and alerts you sent and their status
ctv-help-menu = open the main menu

ctv-status-title = 📬 YOUR REPORTS AND ALERTS
ctv-status-reports = Recent reports:
ctv-status-no-reports = • You have not sent any report yet.
ctv-status-report-line = • { $receipt } — { $kind }, period { $period } — { $status } (sent { $date })
ctv-status-hot-spots = Recent hot-spot alerts:
ctv-status-no-hot-spots = • You have not sent any hot-spot alert yet.
ctv-status-hs-line = • { $receipt } — { $category }, level { $severity } — { $status } ({ $date })
ctv-status-report-draft = Draft
ctv-status-report-submitted = Sent, awaiting receipt
ctv-status-report-received = Received
ctv-status-report-needs_more = More information requested
ctv-status-report-synthesised = Included in the synthesis
ctv-status-hs-open = New, awaiting handling
ctv-status-hs-acknowledged = Acknowledged by the official in charge
ctv-status-hs-handling = Being handled
ctv-status-hs-resolved = Resolved
ctv-status-hs-false_alarm = Verified: not a hot spot
ctv-status-hs-merged = Merged with another alert on the same event

ctv-yes = Yes
ctv-no = No
ctv-skip = Skip
ctv-page-prev = ‹ Previous
ctv-page-next = More ›

ctv-err-choose = Please press one of the buttons below or type the number of your choice (1, 2, …).
ctv-err-text-expected = This question needs a text answer. Please type it.
ctv-err-empty = The answer is empty. Please type your answer.
ctv-err-too-long = Your text has { $length } characters, over the limit of { $max }. Please shorten it or move part of it to another section.

## Option labels: ctv-opt-<list>-<code>

ctv-opt-assessment-on_dinh = Stable
ctv-opt-assessment-co_ban_on_dinh = Basically stable
ctv-opt-assessment-phuc_tap = Complex developments

ctv-opt-mood-phan_khoi = Enthusiastic
ctv-opt-mood-tin_tuong = Confident
ctv-opt-mood-binh_thuong = Normal
ctv-opt-mood-lo_lang = Worried
ctv-opt-mood-buc_xuc = Frustrated
ctv-opt-mood-hoang_mang = Confused

ctv-opt-stance-dong_tinh = Approving
ctv-opt-stance-trai_chieu = Opposing
ctv-opt-stance-ban_khoan = Concerned
ctv-opt-stance-de_xuat = Proposing
ctv-opt-stance-trung_lap = Neutral

ctv-opt-prevalence-tuyet_dai_da_so = The overwhelming majority
ctv-opt-prevalence-da_so = The majority
ctv-opt-prevalence-so_dong = Many people
ctv-opt-prevalence-nhieu_y_kien = Numerous opinions
ctv-opt-prevalence-mot_bo_phan = A section
ctv-opt-prevalence-mot_so = Some
ctv-opt-prevalence-co_nguoi = A few individuals

ctv-opt-stratum-cong_nhan = Workers
ctv-opt-stratum-nong_dan = Farmers
ctv-opt-stratum-tri_thuc = Intellectuals
ctv-opt-stratum-cbccvc = Civil servants and public employees
ctv-opt-stratum-huu_tri_ccb = Retirees, veterans
ctv-opt-stratum-doanh_nhan = Business people, traders
ctv-opt-stratum-thanh_nien = Youth, pupils, students
ctv-opt-stratum-llvt = Armed forces
ctv-opt-stratum-ton_giao = Clergy and believers
ctv-opt-stratum-dtts = Ethnic minorities
ctv-opt-stratum-nhan_dan = The public at large
ctv-opt-stratum-khac = Other group (type it)

ctv-opt-scope-quoc_te = International
ctv-opt-scope-trong_nuoc = National
ctv-opt-scope-trong_tinh = Province
ctv-opt-scope-dia_phuong = Local

ctv-opt-spread-khu_dan_cu = Within the neighbourhood
ctv-opt-spread-xa = Within the commune
ctv-opt-spread-tinh = Within the province
ctv-opt-spread-mang_xa_hoi = On social media

ctv-opt-source-truc_tiep = Seen directly
ctv-opt-source-hoi_hop = At meetings
ctv-opt-source-bao_chi = Press
ctv-opt-source-mang_xa_hoi = Social media
ctv-opt-source-nghe_lai = Heard from others

ctv-opt-reliability-da_kiem_chung = Verified
ctv-opt-reliability-chua_kiem_chung = Not verified
ctv-opt-reliability-tin_don = Rumour

ctv-opt-hscat-khieu_kien = Mass complaints, petitions
ctv-opt-hscat-dat_dai = Land acquisition, compensation, resettlement
ctv-opt-hscat-tranh_chap_dat = Land disputes (religious, defence land)
ctv-opt-hscat-ton_giao_dan_toc = Religious or ethnic gatherings
ctv-opt-hscat-lao_dong = Strikes, labour disputes
ctv-opt-hscat-moi_truong = Environmental incidents, pollution
ctv-opt-hscat-bieu_tinh = Protests, incitement
ctv-opt-hscat-cho_kinh_doanh = Markets, business, clearance
ctv-opt-hscat-an_ninh_trat_tu = Public order, crime
ctv-opt-hscat-tin_don = Rumours, fake news causing panic
ctv-opt-hscat-thien_tai_dich_benh = Natural disasters, epidemics
ctv-opt-hscat-khac = Other

ctv-opt-severity-1 = 1 – Watch
ctv-opt-severity-2 = 2 – Warning
ctv-opt-severity-3 = 3 – Urgent
ctv-opt-severity-4 = 4 – Critical

ctv-opt-people-lt10 = Fewer than 10
ctv-opt-people-10_50 = 10–50 people
ctv-opt-people-50_200 = 50–200 people
ctv-opt-people-gt200 = More than 200
