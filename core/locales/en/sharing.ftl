# Sharing the plan with someone close, and holding their plan as a supporter.

error-envelope-rejected = This file could not be taken in. It may be damaged, meant for someone else, too old, or from someone you have not paired with. Nothing was changed. Ask them to send it again.
error-conflict-not-confirmed = First check that the 12 digits match on both phones, then confirm.
error-conflict-no-consent = You are not sharing anything with this person now.
error-conflict-paired-with-self = This is your own code. Import the code shown on the other person's phone.
error-conflict-already-paired = You are already paired with this person.
error-conflict-plan-too-large = The chosen parts of your plan are too long to send at once. Choose fewer parts.
error-not-found-share-contact = There is nobody paired like that.
error-not-found-consent = There is no consent like that.
error-not-found-shared-copy = There is no shared plan from this person on this phone.
field-pairing-code = Pairing code
field-sections = Parts of the plan
field-share-name = Name
field-envelope-file = File
hint-pairing-code = Copy the whole code from the other phone; it starts with STEGVIS1:.
hint-sections = Choose at least one part, for example signs,supporter-actions.
hint-envelope-file = Give the path of a file, for example kari-plan.stegvis.

share-default-name = Contact { $number }
share-compare = Check that { $name }'s phone shows { $digits } under Sharing, My code. Only confirm if the digits are the same.
share-until-months = { $months ->
    [one] For 1 month, until { $date }
   *[other] For { $months } months, until { $date }
}
share-until-open = Until I stop it
share-period-until = From { $start } until { $until }.
share-period-open = From { $start }, until I stop it.
share-consent-text = I choose to share these parts of my relapse-prevention plan with { $name }: { $sections }. { $period } { $name } can read them but not change them. I can change what I share or stop sharing at any time.
share-history-given = Given { $at }
share-history-changed = Changed { $at }
share-history-withdrawn = Stopped { $at }
share-status-current = Sharing now
share-status-ended = Ended after { $date }
share-status-withdrawn = Stopped { $date }
share-contact-unconfirmed = Compare the 12 digits before you share anything.
share-contact-sharing = { $count ->
    [one] Sharing 1 part of your plan. { $period }
   *[other] Sharing { $count } parts of your plan. { $period }
}
share-contact-not-sharing = Not sharing anything now.
share-contact-paired = Paired { $date }
share-hint-triggers = What can set things off for you.
share-hint-signs = The signs to watch for, and which ones others notice first.
share-hint-actions = What you do yourself when you notice them.
share-hint-supporter-actions = What they and others can do to help.
share-hint-contacts = Who to contact, with phone numbers.
share-hint-what-helped = What helped before.
share-hint-preferences = What you want if you become unwell.
share-received-plan = You now have { $name }'s plan. You can read it under Plans shared with me.
share-received-withdrawal = { $name } stopped sharing. Their plan was removed from this phone.

supporter-plan-title = { $name }'s plan
supporter-received = Received { $at }
supporter-expires = Readable until { $date }
supporter-expires-never = Shared until { $name } stops it
supporter-others-notice = Others often notice this first
supporter-for-you = For you
supporter-section-triggers = What can set things off for { $name }
supporter-section-actions = What { $name } does
supporter-section-what-helped = What helped { $name } before
supporter-section-preferences = What { $name } wants if unwell

audit-paired = You paired with { $name }.
audit-confirmed = You confirmed that the digits for { $name } match.
audit-granted = You chose to share with { $name }: { $sections }.
audit-changed = You changed what you share with { $name }: { $sections }.
audit-withdrawn = You stopped sharing with { $name }.
audit-envelope-created = You made a copy of your plan for { $name } (version { $version }).
audit-withdrawal-created = You made a notice for { $name } that you stopped sharing.
audit-envelope-imported = You received { $name }'s plan (version { $version }).
audit-withdrawal-imported = { $name } stopped sharing. Their plan was removed.
audit-copy-removed = You removed { $name }'s plan from this phone.
