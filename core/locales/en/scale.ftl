## The IMR Scale self-rating, in our own plain words: each topic's question and an
## answer for each level, 5 always the most recovery-oriented; and the words around it.

scale-knowledge-name = Knowing about your illness
scale-knowledge-question = How much do you feel you know about your illness and how it can be treated?
scale-knowledge-1 = I know very little about it yet.
scale-knowledge-2 = I know a little, but much is unclear to me.
scale-knowledge-3 = I know some of the main things.
scale-knowledge-4 = I know quite a lot and can use it in daily life.
scale-knowledge-5 = I know it well and could explain it to someone else.

scale-family-friends-name = Family and friends
scale-family-friends-question = How involved are family or friends in your treatment and recovery?
scale-family-friends-1 = Nobody close to me is involved right now.
scale-family-friends-2 = Someone knows a little, but we rarely talk about it.
scale-family-friends-3 = Someone close to me is involved now and then.
scale-family-friends-4 = Someone close to me is often involved.
scale-family-friends-5 = People close to me are involved as much as I want.

scale-social-contact-name = Time with other people
scale-social-contact-question = How often do you spend time with people outside your family?
scale-social-contact-1 = Hardly ever at the moment.
scale-social-contact-2 = About once a month.
scale-social-contact-3 = A few times a month.
scale-social-contact-4 = About once a week.
scale-social-contact-5 = Several times a week or more.

scale-structured-roles-name = Work, study and other roles
scale-structured-roles-question = How much of your time goes to work, study, volunteering, caring for someone or running a home?
scale-structured-roles-1 = Almost none right now.
scale-structured-roles-2 = A little, now and then.
scale-structured-roles-3 = Some, most weeks.
scale-structured-roles-4 = A good part of most weeks.
scale-structured-roles-5 = As much as feels right for me.

scale-symptom-distress-name = How symptoms feel
scale-symptom-distress-question = How much have your symptoms troubled you lately?
scale-symptom-distress-1 = They trouble me a great deal.
scale-symptom-distress-2 = They trouble me quite a lot.
scale-symptom-distress-3 = They trouble me some of the time.
scale-symptom-distress-4 = They trouble me a little.
scale-symptom-distress-5 = They hardly trouble me at all.

scale-impairment-name = Symptoms and daily life
scale-impairment-question = How much do symptoms get in the way of what you want to do each day?
scale-impairment-1 = They get in the way of almost everything.
scale-impairment-2 = They get in the way of a lot.
scale-impairment-3 = They get in the way of some things.
scale-impairment-4 = They get in the way a little.
scale-impairment-5 = They hardly get in the way at all.

scale-relapse-planning-name = A plan for hard times
scale-relapse-planning-question = Do you have a plan for what to do if early warning signs show up?
scale-relapse-planning-1 = I do not have a plan yet.
scale-relapse-planning-2 = I have some ideas, but no plan.
scale-relapse-planning-3 = I have a plan in my head.
scale-relapse-planning-4 = I have a plan, and someone I trust knows it.
scale-relapse-planning-5 = I have a written plan, and the people I trust know their part.

scale-relapses-name = When things got worse
scale-relapses-question = When did your symptoms last get much worse (a relapse)?
scale-relapses-1 = Within the last month.
scale-relapses-2 = Within the last three months.
scale-relapses-3 = Within the last six months.
scale-relapses-4 = Within the last year.
scale-relapses-5 = More than a year ago, or never.

scale-hospitalizations-name = Time in hospital
scale-hospitalizations-question = When were you last admitted to hospital because of your mental health?
scale-hospitalizations-1 = Within the last month.
scale-hospitalizations-2 = Within the last three months.
scale-hospitalizations-3 = Within the last six months.
scale-hospitalizations-4 = Within the last year.
scale-hospitalizations-5 = More than a year ago, or never.

scale-coping-name = Coping
scale-coping-question = How well do you feel you cope with your symptoms and with stress?
scale-coping-1 = I do not feel I cope well right now.
scale-coping-2 = I cope a little.
scale-coping-3 = I cope fairly well.
scale-coping-4 = I cope well most of the time.
scale-coping-5 = I cope very well.

scale-self-help-name = Self-help and peer support
scale-self-help-question = How involved are you in self-help groups, peer support or similar?
scale-self-help-1 = I am not involved in any right now.
scale-self-help-2 = I know of some, but I have not joined.
scale-self-help-3 = I have taken part now and then.
scale-self-help-4 = I take part fairly often.
scale-self-help-5 = I take part regularly, and it helps me.

scale-medication-name = Medicine as agreed
scale-medication-question = If you have medicine prescribed: how often do you take it the way you and your doctor agreed?
scale-medication-1 = Rarely.
scale-medication-2 = Sometimes.
scale-medication-3 = About half of the time.
scale-medication-4 = Most of the time.
scale-medication-5 = Almost always.

scale-alcohol-name = Alcohol and daily life
scale-alcohol-question = How much does alcohol affect your daily life?
scale-alcohol-1 = It affects my life a great deal.
scale-alcohol-2 = It affects my life quite a lot.
scale-alcohol-3 = It affects my life now and then.
scale-alcohol-4 = It affects my life a little.
scale-alcohol-5 = It does not affect my life, or I do not drink.

scale-drugs-name = Drugs and daily life
scale-drugs-question = How much do drugs affect your daily life?
scale-drugs-1 = They affect my life a great deal.
scale-drugs-2 = They affect my life quite a lot.
scale-drugs-3 = They affect my life now and then.
scale-drugs-4 = They affect my life a little.
scale-drugs-5 = They do not affect my life, or I do not use them.

scale-goals-name = Your own goals
scale-goals-question = How far have you come towards the goals you set for yourself?
scale-goals-1 = I do not have goals of my own yet.
scale-goals-2 = I have a goal, but have not started on it.
scale-goals-3 = I have started working on a goal.
scale-goals-4 = I have come some of the way.
scale-goals-5 = I have come a long way, or reached a goal.

scale-title = IMR Scale
scale-intro = Fifteen short questions about how things are going. Answer what fits best today; you can skip any question.
scale-topic-progress = Topic { $number } of { $total }
scale-level = { $value }: { $anchor }
scale-interval-1 = Every month
scale-interval-2 = Every 2 months
scale-interval-3 = Every 3 months
scale-interval-6 = Every 6 months
scale-interval-never = Never remind me
scale-next-due = Next time: { $date }
scale-last-rated = Last done { $date }
scale-never-rated = Not done yet
scale-answered = { $answered } of { $total } topics answered
scale-total = Total { $total } of { $max }
scale-total-partial = Total { $total } ({ $answered } of { $count } topics answered)
scale-total-note = A total can only be compared between times when all 15 topics were answered.
scale-skipped = skipped
scale-no-history = You have not filled in the IMR Scale yet.
today-section-scale = Looking back
today-scale-title = Time for your IMR Scale
today-scale-detail = Fifteen short questions about how things are going. It takes a few minutes, whenever suits you.
reminder-scale = It may be a good time for your IMR Scale.
field-scale-topic = Topic
field-scale-value = Answer
field-scale-date = Date of the rating
field-scale-interval = How often
hint-scale-topic = Use one of the topic keys `stegvis scale topics` shows, for example knowledge.
hint-scale-value = Give a number from 1 to 5, for example 3.
hint-scale-date = Write the date as year-month-day, for example 2026-11-20.
hint-scale-interval = Give 1, 2, 3 or 6 months, or never.
cli-scale-saved = Your answers are saved.
cli-scale-replaced = Your answers for that day are updated.
cli-scale-interval-set = Saved: { $interval }.
cli-scale-keys = Type 1-5 to answer, s to skip, b to go back, q to stop.
cli-scale-stopped = Stopped. Nothing was saved.
cli-scale-nothing = No topic was answered, so nothing was saved.
