## Early warning signs, the daily check-in and trends.

sign-sleeping-less = Sleeping less than usual
sign-sleeping-more = Sleeping much more than usual
sign-tense-restless = Feeling tense or restless
sign-trouble-concentrating = Trouble concentrating
sign-withdrawing = Pulling away from people
sign-suspicious = Feeling suspicious of others
sign-hearing-things = Hearing things others don't hear
sign-racing-thoughts = Racing thoughts
sign-irritable = Getting irritated easily
sign-losing-interest = Losing interest in things
sign-not-eating = Not eating properly
sign-skipping-medication = Skipping medication
sign-more-alcohol-drugs = Using more alcohol or drugs
sign-others-talk-about-me = Feeling that others talk about me
sign-worrying-more = Worrying more
sign-low-mood = Low mood
sign-much-more-energy = Much more energy than usual
sign-spending-more = Spending more money than usual
sign-neglecting-self-care = Not looking after myself
sign-feeling-hopeless = Feeling hopeless
sign-seeing-things = Seeing things others don't see
sign-thoughts-racing-at-night = Lying awake with thoughts at night

sign-noticed-by-others = Others often notice this first

checkin-title = Check-in for { $date }
checkin-scale-0 = Not at all
checkin-scale-1 = A little
checkin-scale-2 = Quite a lot
checkin-scale-3 = A lot
checkin-note-prompt = Anything you want to note? (you can leave this empty)
checkin-sleep-prompt = How many hours did you sleep? (you can leave this empty)
checkin-saved = Thank you. Your check-in is saved.
checkin-no-signs = You have no signs to check yet. Add some first, for example: stegvis signs add --catalog sleeping-less
checkin-keys = Press 0, 1, 2 or 3 for each sign. Esc stops without saving.

trend-summary-none = No check-ins in this period yet.
trend-summary-days = You checked in on { $checked } of { $days } days.
trend-summary-higher = Your signs were higher this week than the week before.
trend-summary-lower = Your signs were lower this week than the week before.
trend-summary-same = Your signs were about the same as the week before.
trend-total = All signs together
trend-sleep = Sleep (hours)
trend-sign-chart = { $sign }, { $period }: rated on { $rated } of { $days } days. Most recently: { $last }.
trend-sign-chart-none = { $sign }, { $period }: not rated in this period.
trend-period = { $from } to { $to }
