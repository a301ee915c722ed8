# Zalo channel (OA and Zalo Bot): texts the adapter adds to outgoing messages.
# Zalo has no location-request button and at most 5 buttons per message, so these stand in.

zalo-share-location = To share a location: in the message box, tap the attachment icon (＋ or the three dots), choose “Location” and send your current location. If that does not work, type the address (hamlet/residential group, commune/ward).
zalo-choose-option = Please choose one option:
zalo-numbered-hint = Reply with the number (for example: 1) or type the option’s text.
zalobot-share-location = Please type the place as a message (hamlet/residential group, commune/ward, a nearby landmark).
zalo-more-options = Options { $from }–{ $to }:
