# Personal data in typed text (Personal Data Protection Law): asked before a hot-spot alert or a survey questionnaire is sent.
personal-data-found-hot-spot = ⚠️ The description contains personal data. An alert only needs the event and the group of people involved, not a particular person's name or contact. Please review before sending:
personal-data-found-survey = ⚠️ Your answers contain personal data. The questionnaire is anonymous: no particular person's name or contact. Please remove them before sending:
personal-data-phone = • Phone numbers: { $items }
personal-data-id = • ID card / passport numbers: { $items }
personal-data-email = • E-mail addresses: { $items }
personal-data-name = • Names: { $items } (press «Edit» to write a group instead, e.g. "a household in hamlet 3")
personal-data-remove-phone = Remove phone numbers
personal-data-remove-id = Remove ID numbers
personal-data-remove-email = Remove e-mail addresses
personal-data-edit-hot-spot = ✏️ Edit the description
personal-data-edit-survey = ✏️ Edit my answers
personal-data-send-anyway = Send as it is
personal-data-removed = Removed the { $what }. Please review before sending.
personal-data-what-phone = phone numbers
personal-data-what-id = ID numbers
personal-data-what-email = e-mail addresses
