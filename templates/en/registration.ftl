## Registration by invite code, with consent to personal-data processing (PDP Law 91/2025).

registration-intro = Hello! This is the reporting system for public-opinion collaborators of the Commission for Information, Education and Mass Mobilisation.
registration-ask-code = Please type the 8-character invite code your official gave you (for example: BCGH-2K9M).
registration-code-expected = Please type the invite code as a text message.
registration-code-format = That does not look like an invite code: it has 8 characters, unaccented letters and digits only.
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
registration-agree = I agree
registration-decline = I do not agree
registration-declined = You did not agree, so nothing has been stored and no account was created. If you change your mind, just type the invite code again while it is valid; to discuss it, please contact your official.
registration-welcome =
    Registration complete. Welcome to the public-opinion collaborator network, { $name } ({ $unit })!
    Choose a function below, or type /help for instructions.
