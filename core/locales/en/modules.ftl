## The IMR modules: names, one plain line each, where the person stands, and the
## terminal's words for them.

module-recovery-strategies-name = Recovery strategies
module-recovery-strategies-description = What recovery means to you, and goals of your own.
module-practical-facts-name = Practical facts about mental illness
module-practical-facts-description = What is known about the illness and its treatment, in plain words.
module-stress-vulnerability-name = The stress-vulnerability model
module-stress-vulnerability-description = How stress and vulnerability work together, and what protects you.
module-social-support-name = Building social support
module-social-support-description = Ways to meet people and keep in touch with those who matter.
module-using-medication-name = Using medication effectively
module-using-medication-description = Making medicine work for you, and talking openly about it.
module-drug-alcohol-name = Drug and alcohol use
module-drug-alcohol-description = How alcohol and drugs affect you, and the choices that help.
module-reducing-relapses-name = Reducing relapses
module-reducing-relapses-description = Noticing early warning signs and making a plan for them.
module-coping-with-stress-name = Coping with stress
module-coping-with-stress-description = Noticing stress and finding what eases it.
module-coping-with-problems-name = Coping with problems and persistent symptoms
module-coping-with-problems-description = Solving problems step by step, and living well with symptoms that stay.
module-mental-health-system-name = Getting your needs met in the mental health system
module-mental-health-system-description = Finding your way in services and asking for what you need.
module-healthy-lifestyles-name = Healthy lifestyles
module-healthy-lifestyles-description = Sleep, food, moving and other habits that help you stay well.

module-state-not-started = Not started yet
module-state-started = Started { $date }
module-state-done = Worked through { $date }
module-state-both = Started { $started }, worked through { $done }
modules-count = { $done } of { $total } modules worked through, { $started } under way
module-assignments =
    { $count ->
        [0] No home assignments
        [one] 1 home assignment
       *[other] { $count } home assignments
    }
modules-other-assignments = Other home assignments

error-conflict-module-dates-out-of-order = A module cannot be worked through before the day it was started. Check the two days.

field-module = Module
field-module-date = Date for the module
hint-module = Use one of the keys `stegvis modules list` shows, for example recovery-strategies.
hint-module-date = Write the date as year-month-day, for example 2026-11-20.

cli-modules-started = Marked as started.
cli-modules-done = Marked as worked through. Well done.
cli-modules-undone = No longer marked as worked through.
cli-modules-reset = Marked as not started.
