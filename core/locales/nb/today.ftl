## Dagens oversikt.

today-title = I dag, { $date }
today-empty = Ingenting er planlagt i dag. Det er også helt greit.
today-section-due = Planlagt til i dag
today-section-overdue = Venter fortsatt fra før
today-section-next = Neste steg
today-section-follow-ups = Tid for å se tilbake
today-section-stalled = Steg som kanskje trenger en ny plan
today-next-step = Neste steg for «{ $goal }»
today-stalled-prompt = «{ $step }» har stått stille i { $days ->
    [one] { $days } dag
   *[other] { $days } dager
}. Vil du lage en ny plan for det?
today-follow-up-prompt = Hvordan gikk det? Du planla: { $action }
today-for-goal = For «{ $goal }»
