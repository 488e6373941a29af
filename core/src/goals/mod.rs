//! Recovery goals in the person's own words, the small steps towards them, and IMR's
//! problem-solving flow for a step that has stalled.

pub(crate) mod actions;
mod area;
pub(crate) mod db;
mod model;
pub(crate) mod occurrences;
pub(crate) mod repeat;
pub(crate) mod solve;
mod stall;
pub(crate) mod views;

pub use area::LifeArea;
pub use model::{
    Goal, GoalDetail, GoalEdit, GoalStatus, HomeAssignment, NewGoal, NewStep, Progress, Step,
    StepEdit, StepOccurrence, WeekProgress,
};
pub use repeat::{parse_repeat, StepRepeat, MAX_TIMES_A_WEEK};
pub use solve::{
    follow_up_choices, FollowUpChoice, LookBackInput, LookBackOutcome, LookBackPrompts,
    ProblemSolving, ProblemSolvingInput, SolveOption, SolvePrompts, FOLLOW_UP_CHOICE_DAYS,
    MAX_OPTIONS,
};
pub use stall::{days_between, is_stalled, DEFAULT_STALL_DAYS};
