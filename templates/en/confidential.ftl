## The confidential route "superiors only" (issue 13 §7): quick and thematic reports, hot-spot alerts.

confidential-btn = 🔒 Superiors only
confidential-ask = Who may see this? Choose a level above when it concerns officials or leaders of your own unit: officials of the levels skipped will not see it anywhere.
confidential-route-normal = Send as usual
confidential-route-parent = Only the level directly above
confidential-route-province = Straight to the province
confidential-route-parent-province = Province only (the level directly above)
confidential-receipt = 🔒 Only officials of { $unit } and above can see this; officials of your unit and of any level skipped cannot.
confidential-receipt-none = Your unit has no level above it to send to, so this was sent as usual.
confidential-notice-line = 🔒 Sent to superiors only: officials of { $unit } and of any level skipped cannot see it.
confidential-console-label = Sent
confidential-console-value = 🔒 Superiors only: officials of { $unit } and of any level skipped cannot see it
