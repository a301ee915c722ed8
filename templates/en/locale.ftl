# Display language (/ngonngu). locale-name is this language's name, written in the language itself.
locale-name = English
locale-help = choose the language the system speaks to you
locale-ask = Current language: { $name }. Choose the language you want:
locale-set = Switched to { $name }. Messages and notices from now on use this language; type /ngonngu to change it back.
locale-unknown = That language is not available. Available: { $list }.
locale-only-one = The system has one language only: { $name }.
