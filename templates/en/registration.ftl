## Registration by invite code, with consent to personal-data processing (PDP Law 91/2025).

registration-intro = Hello! This is the reporting system for public-opinion collaborators of the Commission for Information, Education and Mass Mobilisation.
registration-ask-code = Please type the 8-character invite code your official gave you (for example: BCGH-2K9M).
registration-about-code = An invite code is 8 characters (for example BCGH-2K9M) that an official of the Commission or of the local Party committee gives each person invited to the network; each code works once. If you were invited but have no code, please contact the person who invited you.
registration-members-only = Thank you for getting in touch. This channel is for members of the public-opinion collaborator network only, so it does not answer other questions or requests. For administrative procedures, please contact the one-stop desk of your commune or ward People's Committee, or the National Public Service Portal. If you are a member, please type your invite code.
registration-code-expected = Please type the invite code as a text message.
registration-code-format = That is not an invite code. An invite code has exactly 8 characters: the letters B, C, G, H, K, M, N, P, Q, T, V and the digits 2 to 9 (no vowels, no 0 or 1), for example BCGH-2K9M.
registration-code-unknown = The invite code is not correct. Please check each character.
registration-code-expired = This invite code has expired. Please ask your official for a new one.
registration-code-used = This invite code has already been used. Each code works once; if it was not you who used it, please tell your official at once.
registration-attempts-left = You have { $n } attempts left.
registration-locked = Too many wrong codes. Please contact your official for help; you can try again after { $until }.

registration-consent =
    Invite code accepted: { $name } — { $unit }.

    Before you start, under the Personal Data Protection Law (No. 91/2025/QH15), please read the following:

    • Data processed: your name, unit, sector and the social group you represent (from the invite); the messaging account used to reach you; the reports and alerts you send.
    • Purpose: receiving and synthesising public opinion; sending guidance; notifying and handling hot spots promptly.
    • People's opinions are recorded by social group only (for example "some farmers"), never by named person.
    • Only the officials in charge of your unit and competent levels can see this information; it is not passed to outside parties.
    • You can ask to see or correct your data, or withdraw your consent, at any time through your official.
registration-consent-ask = Do you agree to this processing of your data?
registration-consent-press = Tap «I agree» (or type «ok») if you agree to the processing of your data described in the message above, or «I do not agree».
registration-agree = I agree
registration-decline = I do not agree
registration-declined = You did not agree, so nothing has been stored and no account was created. If you change your mind, just type the invite code again while it is valid; to discuss it, please contact your official.
registration-welcome-collaborator =
    You are registered. Welcome to the public-opinion collaborator network, { $name } ({ $unit })!
    Choose a function below, or type /help for guidance.
registration-welcome-official =
    You are registered. Welcome, { $name } ({ $unit }).
    Yours is an official's account: you receive hot-spot alerts, send guidance, and follow the statistics and syntheses of your area. Choose a function below, or type /help for guidance.
registration-welcome-admin =
    You are registered. Welcome, { $name } ({ $unit }).
    Yours is an administrator's account: alerts, guidance, statistics and syntheses for the whole system. Choose a function below, or type /help for guidance.
registration-welcome-liaison =
    You are registered. Welcome, { $name } ({ $unit }).
    Yours is the account of a responsible body's liaison: you receive the cases passed to your body and answer how they were handled. Press «Cases» or type /hoso to see them, /help for guidance.
