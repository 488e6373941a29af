## The problem-solving flow for a step that is stuck.

solve-intro = Let us make a plan, one part at a time. You can stop at any point.
solve-problem = What is getting in the way?
solve-options = What could you try? Write one idea at a time. Leave it empty when you are done.
solve-option-pros = What is good about “{ $option }”?
solve-option-cons = What is hard about “{ $option }”?
solve-choose = Which idea do you want to try first?
solve-first-action = What is the very first thing you will do?
solve-follow-up = When do you want to look back at how it went? (YYYY-MM-DD)
solve-saved = Your plan is saved. It will show up again on { $date }.
solve-follow-up-done = Good that you looked back. The follow-up is done.
solve-follow-up-choice = { $days ->
    [1] Tomorrow, { $date }
    [7] In a week, { $date }
    [14] In two weeks, { $date }
   *[other] In { $days } days, { $date }
}
