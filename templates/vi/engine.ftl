engine-unknown-command = Lệnh không rõ: { $command }. Gõ /help để xem các lệnh.
