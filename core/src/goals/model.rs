//! The records a shell draws and sends back. Ids and dates cross the boundary as
//! text (UUIDs, `YYYY-MM-DD`) so that bad input from any shell gets a typed error.

use crate::time::Timestamp;
use serde::{Deserialize, Serialize};

use super::area::LifeArea;
use super::repeat::StepRepeat;

/// Where a goal stands. Nothing here ever says "failed".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum GoalStatus {
    Active,
    Reached,
    SetAside,
}

impl GoalStatus {
    /// Stable key: `active`, `reached`, `set-aside`.
    pub fn key(self) -> &'static str {
        match self {
            GoalStatus::Active => "active",
            GoalStatus::Reached => "reached",
            GoalStatus::SetAside => "set-aside",
        }
    }

    pub(crate) fn from_key(key: &str) -> Option<GoalStatus> {
        [
            GoalStatus::Active,
            GoalStatus::Reached,
            GoalStatus::SetAside,
        ]
        .into_iter()
        .find(|s| s.key() == key)
    }
}

/// A new goal, in the person's own words.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct NewGoal {
    pub text: String,
    /// Why it matters to them; optional.
    pub why: Option<String>,
    pub area: LifeArea,
}

/// Changes to a goal; `None` keeps a field as it is. `why: Some("")` clears it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct GoalEdit {
    pub text: Option<String>,
    pub why: Option<String>,
    pub area: Option<LifeArea>,
    /// Days without progress before a step counts as stalled (1 to 365).
    pub stall_days: Option<u32>,
}

/// Steps done out of all steps, and when the goal last moved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Progress {
    pub done: u32,
    pub total: u32,
    pub last_activity_at: Timestamp,
    /// Calendar days since the last activity, in the device's zone.
    pub days_since_activity: u32,
    /// "2 of 3 steps done", localized.
    pub label: String,
    /// "Last worked on yesterday", localized.
    pub activity_label: String,
    /// Steps that repeat. They are never done for good, so `done` and `total` count
    /// only the steps done once; each repeating step shows its own week instead.
    pub repeating: u32,
    /// "1 step that repeats", localized; `None` when there is none.
    pub repeating_label: Option<String>,
}

/// A goal as a shell shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Goal {
    pub id: String,
    pub text: String,
    pub why: Option<String>,
    pub area: LifeArea,
    pub area_name: String,
    pub status: GoalStatus,
    pub status_name: String,
    pub stall_days: u32,
    pub created_at: Timestamp,
    pub progress: Progress,
}

/// A home assignment agreed in an IMR meeting.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct HomeAssignment {
    /// The meeting's date, `YYYY-MM-DD`.
    pub meeting_date: Option<String>,
    /// The IMR module it belongs to, in the person's or practitioner's words.
    pub module: Option<String>,
}

/// A new step towards a goal.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct NewStep {
    pub text: String,
    /// `YYYY-MM-DD`, optional.
    pub due_date: Option<String>,
    pub assignment: Option<HomeAssignment>,
    /// How the step repeats; `None` for a step done once.
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub repeat: Option<StepRepeat>,
    /// When a repeating step reminds on its days (`HH:MM`); 09:00 when `None`.
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub remind_at: Option<String>,
}

/// Changes to a step; `None` keeps a field. `due_date: Some("")` clears the date;
/// an assignment with neither date nor module removes the tag. `repeat` sets a rule;
/// `one_off` makes the step one done once again (its days done are kept);
/// `remind_at: Some("")` goes back to the default reminder time.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct StepEdit {
    pub text: Option<String>,
    pub due_date: Option<String>,
    pub assignment: Option<HomeAssignment>,
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub repeat: Option<StepRepeat>,
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub one_off: bool,
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub remind_at: Option<String>,
}

/// This week of a repeating step (ISO week, Monday to Sunday): a count, never a
/// streak. A week with fewer is only its number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct WeekProgress {
    /// Days done this week.
    pub done: u32,
    /// What the week asks for: 7 for every day (the days left in the week it was
    /// made), N for N times a week, the number of chosen weekdays.
    pub target: u32,
    /// Already checked off today.
    pub done_today: bool,
    /// A check-off is asked for today (its day, not done yet, the week's count not
    /// reached for N times a week).
    pub due_today: bool,
    /// "2 of 3 this week", localized.
    pub label: String,
}

/// One day a repeating step was done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct StepOccurrence {
    pub id: String,
    pub step_id: String,
    /// The local date, `YYYY-MM-DD`.
    pub date: String,
    /// The date as people read it ("Monday 23 November").
    pub date_label: String,
    /// When it was checked off.
    pub done_at: Timestamp,
}

/// A step as a shell shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Step {
    pub id: String,
    pub goal_id: String,
    pub text: String,
    /// 1 is the first step.
    pub position: u32,
    pub due_date: Option<String>,
    pub assignment: Option<HomeAssignment>,
    pub done: bool,
    pub done_at: Option<Timestamp>,
    pub created_at: Timestamp,
    pub last_activity_at: Timestamp,
    /// Open, on an active goal, and untouched for the goal's stall days.
    pub stalled: bool,
    /// "Due today", "Planned for 3 days ago", "Done Friday 20 November"; localized.
    pub status_label: Option<String>,
    /// "Home assignment from the meeting on …"; localized.
    pub assignment_label: Option<String>,
    /// The problem-solving plans made for this step, oldest first, with how they went.
    pub plans: Vec<super::solve::ProblemSolving>,
    /// How the step repeats; `None` for a step done once (which `done` describes).
    pub repeat: Option<StepRepeat>,
    /// The rule as the terminal writes it (`weekly:3`).
    pub repeat_key: Option<String>,
    /// "Every day", "3 times a week", "Mondays and Thursdays"; localized.
    pub repeat_label: Option<String>,
    /// This week's count, for a repeating step.
    pub week: Option<WeekProgress>,
    /// When a repeating step reminds (`HH:MM`); `None` is the default time.
    pub remind_at: Option<String>,
}

/// A goal with its steps in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct GoalDetail {
    pub goal: Goal,
    pub steps: Vec<Step>,
}
