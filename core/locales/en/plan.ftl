## The relapse-prevention plan.

plan-title = My plan for staying well
plan-section-triggers = What can set things off
plan-section-signs = My early warning signs
plan-section-actions = What I do when I notice them
plan-section-supporter-actions = What my supporters can do
plan-section-contacts = Who to contact
plan-section-what-helped = What helped before
plan-section-preferences = What I want if I become unwell
plan-hint-triggers = Situations or stress that have come before a hard time.
plan-hint-signs = The signs you watch for, including ones others notice first.
plan-hint-actions = Small things you can do yourself.
plan-hint-supporter-actions = What each person close to you can do to help.
plan-hint-contacts = People and services, and how to reach them.
plan-hint-what-helped = Things that made a difference last time.
plan-hint-preferences = What you want and do not want from treatment and from others.
plan-empty-section = Nothing here yet.
plan-rules-title = My rules
plan-rules-hint = When a rule holds, the app reminds you gently to look at your plan. Nothing is sent anywhere.
plan-sign-others-notice = Others often notice this first
plan-sign-removed = A sign that is no longer on your list
plan-for-supporter = For { $supporter }
plan-contact-detail = { $kind }: { $reach }
contact-kind-supporter = Supporter
contact-kind-clinic = Clinic
contact-kind-crisis-line = Crisis line
contact-kind-other = Contact
plan-version-label = { $items ->
    [one] 1 item
   *[other] { $items } items
}, { $rules ->
    [one] 1 rule
   *[other] { $rules } rules
}
plan-version = Version { $version }, saved { $date }
plan-not-saved = Not saved yet
plan-saved = Your plan is saved as a new version.
plan-no-history = Your plan has not been saved yet.
