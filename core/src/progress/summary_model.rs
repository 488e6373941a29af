//! The summary of a stretch of time, as the core computes it once for every reader:
//! the progress screens, the terminal's sparklines, the PDF report and the structured
//! JSON for a practitioner's system all draw these same numbers, so a chart can never
//! say something the JSON does not.

use serde::{Deserialize, Serialize};

use crate::goals::GoalStatus;

/// The parts a report can hold; the participant chooses which.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ReportSection {
    Goals,
    Signs,
    Medicines,
    Modules,
    Scale,
}

impl ReportSection {
    /// Every section, in the order a report shows them.
    pub const ALL: [ReportSection; 5] = [
        ReportSection::Goals,
        ReportSection::Signs,
        ReportSection::Medicines,
        ReportSection::Modules,
        ReportSection::Scale,
    ];

    /// Stable key, as the terminal's `--include` takes it: `goals`, `signs`,
    /// `medicines`, `modules`, `scale`.
    pub fn key(self) -> &'static str {
        match self {
            ReportSection::Goals => "goals",
            ReportSection::Signs => "signs",
            ReportSection::Medicines => "medicines",
            ReportSection::Modules => "modules",
            ReportSection::Scale => "scale",
        }
    }

    pub fn from_key(key: &str) -> Option<ReportSection> {
        ReportSection::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// One stretch of time summarised, with only the sections chosen filled in.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ProgressSummary {
    /// First day, `YYYY-MM-DD`, in the device's zone.
    pub from: String,
    /// Last day, `YYYY-MM-DD`, included.
    pub to: String,
    /// "1 June – 30 November 2026", localized.
    pub period_label: String,
    /// "Made on Tuesday 24 November 2026", localized.
    pub made_label: String,
    /// The language every label is in (`en`, `nb`, `sv`, `da`).
    pub lang: String,
    /// The sections chosen, in report order.
    pub sections: Vec<ReportSection>,
    pub goals: Option<GoalsSummary>,
    pub signs: Option<SignsSummary>,
    pub medicines: Option<AdherenceSummary>,
    pub modules: Option<ModulesSummary>,
    pub scale: Option<ScaleSummary>,
}

/// Goals and steps: how many goals stand where, and the steps done per month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct GoalsSummary {
    pub reached: u32,
    pub active: u32,
    pub set_aside: u32,
    /// One entry per calendar month the period touches, oldest first.
    pub months: Vec<GoalsMonth>,
    /// Active goals first, then reached, then set aside.
    pub goals: Vec<GoalLine>,
}

/// Steps done in one month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct GoalsMonth {
    /// `YYYY-MM`.
    pub month: String,
    /// "November 2026", localized.
    pub label: String,
    /// One-off steps checked off in the month (within the period).
    pub steps_done: u32,
    /// Occurrences of repeating steps checked off in the month (within the period).
    pub repeats_done: u32,
}

/// One goal as the summary lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct GoalLine {
    pub goal_id: String,
    pub text: String,
    pub status: GoalStatus,
    pub status_name: String,
    /// One-off steps done within the period.
    pub steps_done: u32,
    /// One-off steps the goal has, done or not.
    pub steps_total: u32,
    /// Occurrences of its repeating steps done within the period.
    pub repeats_done: u32,
    /// "3 steps and 12 walks done in this period", localized.
    pub label: String,
}

/// Early warning signs: weekly means per sign and how often the person checked in.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SignsSummary {
    /// Days in the period with a check-in.
    pub days_checked_in: u32,
    /// Days in the period.
    pub days_in_period: u32,
    /// The highest rating (3: "a lot"); ratings run from 0.
    pub max_rating: u32,
    /// One entry per week (Monday to Sunday) the period touches, oldest first.
    pub weeks: Vec<SignsWeek>,
    /// One series per sign rated in the period, in the person's order.
    pub signs: Vec<SummarySignSeries>,
}

/// One week of check-ins.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SignsWeek {
    /// The Monday, `YYYY-MM-DD` (may lie before the period's first day).
    pub week_start: String,
    /// "16 Nov", localized.
    pub label: String,
    /// Days of this week, within the period, with a check-in.
    pub days_checked_in: u32,
}

/// One sign's weekly means, one per entry of [`SignsSummary::weeks`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SummarySignSeries {
    pub sign_id: String,
    pub name: String,
    pub weeks: Vec<SignWeekMean>,
}

/// A sign's mean rating over the check-ins of one week; `None` when it was not rated.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SignWeekMean {
    pub week_start: String,
    pub mean: Option<f64>,
    /// The mean with one decimal in the person's language ("1,4" in Norwegian), or
    /// "–" when the sign was not rated that week.
    pub mean_label: String,
    /// Days of the week it was rated.
    pub days_rated: u32,
}

/// Medicines: doses taken against doses planned, per month.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AdherenceSummary {
    /// All scheduled medicines together, one entry per month, oldest first.
    pub months: Vec<AdherenceMonth>,
    /// The same per medicine, in the order the medicines list shows them.
    pub medicines: Vec<MedicineAdherence>,
}

/// Scheduled doses of one month (within the period). Doses taken when needed are not
/// planned and are not counted here.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AdherenceMonth {
    /// `YYYY-MM`.
    pub month: String,
    /// "November 2026", localized.
    pub label: String,
    pub planned: u32,
    pub taken: u32,
    pub skipped: u32,
    /// Taken out of planned, 0 to 100; `None` when nothing was planned.
    pub percent: Option<f64>,
    /// "92 %" in the person's language, or "–" when nothing was planned.
    pub percent_label: String,
}

/// One medicine's months.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct MedicineAdherence {
    pub medication_id: String,
    pub name: String,
    pub months: Vec<AdherenceMonth>,
}

/// The IMR modules, each with where the person stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ModulesSummary {
    /// Modules worked through (by the period's end).
    pub done: u32,
    /// Modules started and not yet worked through.
    pub started: u32,
    /// Every module in program order.
    pub modules: Vec<ModuleLine>,
}

/// One IMR module.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ModuleLine {
    /// Stable key, e.g. `recovery-strategies`.
    pub key: String,
    pub name: String,
    /// `YYYY-MM-DD`.
    pub started_on: Option<String>,
    pub done_on: Option<String>,
    /// "Started 3 June, worked through 14 August", "Not started yet"; localized.
    pub state_label: String,
    /// Home-assignment steps tagged with this module.
    pub assignments: u32,
}

/// The IMR Scale self-ratings made in the period, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ScaleSummary {
    /// The 15 topics in the scale's order; each point's `items` follows it.
    pub topics: Vec<ScaleTopicName>,
    pub points: Vec<ScalePoint>,
    /// The highest total (every topic at 5); the lowest is one per topic.
    pub max_total: u32,
}

/// A topic of the IMR Scale by key and localized name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ScaleTopicName {
    /// Stable key, e.g. `knowledge`.
    pub key: String,
    pub name: String,
}

/// One self-rating.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ScalePoint {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// "3 June 2026", localized.
    pub label: String,
    /// 1 to 5 per topic, in the order of [`ScaleSummary::topics`]; `None` if skipped.
    pub items: Vec<Option<u8>>,
    /// Sum of the topics rated.
    pub total: u32,
    /// Topics rated (a total is comparable only between ratings of all 15).
    pub answered: u32,
    /// All topics rated: only such totals are drawn on a chart of totals.
    pub complete: bool,
    /// "Total 52 of 75", or "Total 40 (12 of 15 topics answered)"; localized.
    pub total_label: String,
}
