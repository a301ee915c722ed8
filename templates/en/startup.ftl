# Start-up and shutdown (lines on the operator's console)

startup-port-in-use = Port { $port } on { $host } is already in use by another process (is dlxh-bot already running?). Stop that process or set another PORT; nothing was started.
startup-port-denied = Not allowed to open port { $port } on { $host } (ports below 1024 need administrator rights). Set another PORT; nothing was started.
startup-sandbox-exposed = The sandbox must not run on an exposed server ({ $reason }): it lists real officials and lets anyone act as them. Set SANDBOX=off, or — on a closed test rig only — DANGEROUSLY_EXPOSE_SANDBOX=true.
startup-secret-short = { $key } must be at least { $min } characters on an exposed server ({ $reason }); e.g. generate one with `openssl rand -hex 24`.
startup-metrics-token-required = PUBLIC_URL is set, so METRICS_TOKEN (at least { $min } characters) is required to protect /metrics.
startup-banner-title = dlxh-bot is running
startup-banner-address = Address
startup-banner-sandbox = Sandbox
startup-banner-invites = Demo invite codes (register a new user; valid 30 days)
startup-banner-role-collaborator = collaborator
startup-banner-role-official = official
startup-banner-more-invites = Fresh codes
startup-banner-stop = Stop
