engine-unknown-command = Unknown command: { $command }. Type /help to see the commands.
