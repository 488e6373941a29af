//! The history calendar's view records: a month of day cells with plain markers, and
//! a day that opens to what happened. Every text is already localized; dates and
//! times are local. ISO dates stay only in the fields scripts and shells ask with.

use serde::Serialize;

use crate::meds::DoseState;
use crate::signs::CheckinDay;
use crate::time::Timestamp;

/// What kind of thing happened on a day: one marker each in the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum HistoryKind {
    /// One-off steps checked off.
    StepDone,
    /// Occurrences of repeating steps checked off.
    RepeatDone,
    /// The day's check-in.
    Checkin,
    /// Planned doses (taken of planned), and doses taken when needed.
    Dose,
    /// A version of the relapse-prevention plan saved.
    PlanSaved,
    /// Sharing consent given, changed or withdrawn.
    Consent,
    /// An IMR module started.
    ModuleStarted,
    /// An IMR module worked through.
    ModuleDone,
    /// An IMR Scale self-rating.
    ScaleRated,
}

impl HistoryKind {
    /// In the order markers and the legend show them.
    pub const ALL: [HistoryKind; 9] = [
        HistoryKind::StepDone,
        HistoryKind::RepeatDone,
        HistoryKind::Checkin,
        HistoryKind::Dose,
        HistoryKind::PlanSaved,
        HistoryKind::Consent,
        HistoryKind::ModuleStarted,
        HistoryKind::ModuleDone,
        HistoryKind::ScaleRated,
    ];

    /// Stable kebab-case name, for scripts and translation ids.
    pub fn key(self) -> &'static str {
        match self {
            HistoryKind::StepDone => "step-done",
            HistoryKind::RepeatDone => "repeat-done",
            HistoryKind::Checkin => "checkin",
            HistoryKind::Dose => "dose",
            HistoryKind::PlanSaved => "plan-saved",
            HistoryKind::Consent => "consent",
            HistoryKind::ModuleStarted => "module-started",
            HistoryKind::ModuleDone => "module-done",
            HistoryKind::ScaleRated => "scale-rated",
        }
    }
}

/// What happened to sharing consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ConsentChange {
    Given,
    Changed,
    Withdrawn,
}

/// One thing that happened, with what a shell needs to show it differently.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum HistoryEntry {
    /// A one-off step checked off.
    StepDone {
        step_id: String,
        text: String,
        goal: String,
    },
    /// One occurrence of a repeating step checked off.
    RepeatDone {
        step_id: String,
        text: String,
        goal: String,
    },
    /// The day's check-in, read back as `checkin show` reads it.
    Checkin { day: CheckinDay },
    /// A planned dose (with its state) or one taken when needed (`Extra`).
    Dose {
        medication_id: String,
        medicine: String,
        /// The planned time, `HH:MM`; `None` for a dose taken when needed.
        slot: Option<String>,
        state: DoseState,
    },
    /// A version of the plan saved.
    PlanSaved { version: u32 },
    /// Sharing consent given, changed or withdrawn.
    Consent {
        change: ConsentChange,
        /// The person it was given to, as named then.
        name: String,
        /// The parts of the plan, in the person's language.
        sections: Vec<String>,
    },
    /// An IMR module started.
    ModuleStarted { module_key: String, module: String },
    /// An IMR module worked through.
    ModuleDone { module_key: String, module: String },
    /// An IMR Scale self-rating saved.
    ScaleRated {
        /// Topics rated (of 15).
        topics_rated: u32,
        /// The sum of the ratings given.
        total: u32,
    },
}

impl HistoryEntry {
    pub fn kind(&self) -> HistoryKind {
        match self {
            HistoryEntry::StepDone { .. } => HistoryKind::StepDone,
            HistoryEntry::RepeatDone { .. } => HistoryKind::RepeatDone,
            HistoryEntry::Checkin { .. } => HistoryKind::Checkin,
            HistoryEntry::Dose { .. } => HistoryKind::Dose,
            HistoryEntry::PlanSaved { .. } => HistoryKind::PlanSaved,
            HistoryEntry::Consent { .. } => HistoryKind::Consent,
            HistoryEntry::ModuleStarted { .. } => HistoryKind::ModuleStarted,
            HistoryEntry::ModuleDone { .. } => HistoryKind::ModuleDone,
            HistoryEntry::ScaleRated { .. } => HistoryKind::ScaleRated,
        }
    }
}

/// One line of a day: when (if it has a time), what, in words.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct HistoryItem {
    pub kind: HistoryKind,
    /// When it happened (or was planned), UTC; `None` for what has no time of day.
    pub at: Option<Timestamp>,
    /// The local time, "08:15".
    pub time_label: Option<String>,
    /// One sentence: "Took Sertraline (planned 08:00) at 08:10".
    pub text: String,
    /// Further lines: a check-in's ratings in words, its sleep and note.
    pub details: Vec<String>,
    pub entry: HistoryEntry,
}

/// A marker in a month's day cell: one per kind that happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct HistoryMark {
    pub kind: HistoryKind,
    /// Steps done, check-ins (1), doses taken, versions saved, changes.
    pub count: u32,
    /// For doses: how many were planned (taken of planned); else `None`.
    pub of: Option<u32>,
    /// For the check-in: whether it has a note.
    pub with_note: bool,
    /// In words: "2 steps done", "Checked in, with a note", "2 of 3 doses taken".
    pub label: String,
}

/// Where a cell stands in the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum HistoryDayPlace {
    /// A day of the month shown, today or before.
    InMonth,
    /// A day of the week row that belongs to the month before or after.
    OutsideMonth,
    /// A day of the month still to come.
    Future,
}

/// One day of the month grid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct HistoryCell {
    /// `YYYY-MM-DD`, to open the day with.
    pub date: String,
    /// The day of the month, 1 to 31.
    pub day_number: u32,
    pub place: HistoryDayPlace,
    pub is_today: bool,
    /// Markers for what happened; empty on an empty day, outside the month or ahead.
    pub marks: Vec<HistoryMark>,
    /// For screen readers: the date and what the day holds.
    pub description: String,
}

/// One Monday-to-Sunday row of the grid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct HistoryWeek {
    /// The ISO week number, as calendars in the Nordic countries print it.
    pub iso_week: u32,
    pub days: Vec<HistoryCell>,
}

/// A marker explained, for the legend.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct HistoryLegendLine {
    pub kind: HistoryKind,
    pub label: String,
}

/// A month of history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct HistoryMonth {
    /// `YYYY-MM`.
    pub month: String,
    /// "November 2026", in the person's language.
    pub title: String,
    /// Monday first, short: "Mon" .. "Sun".
    pub weekday_names: Vec<String>,
    pub weeks: Vec<HistoryWeek>,
    /// `YYYY-MM` of the month before.
    pub previous_month: String,
    /// `YYYY-MM` of the month after; `None` when this is the current month.
    pub next_month: Option<String>,
    /// The kinds of marker this calendar can show, explained.
    pub legend: Vec<HistoryLegendLine>,
    /// A kind sentence when nothing at all is in the month.
    pub empty_text: Option<String>,
}

/// One day opened: everything that happened, in the order it happened.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct HistoryDay {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `YYYY-MM`, to go back to the month.
    pub month: String,
    /// "Wednesday 18 November".
    pub title: String,
    pub is_today: bool,
    pub items: Vec<HistoryItem>,
    /// A kind sentence when nothing was noted that day.
    pub empty_text: Option<String>,
}
