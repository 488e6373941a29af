//! Progress over weeks and months: the history calendar, the IMR modules, the IMR
//! Scale self-ratings, the summaries drawn from everything the person logged, and the
//! report they can bring to an IMR meeting.

// The history calendar.
pub mod history;
pub use history::{
    ConsentChange, HistoryCell, HistoryDay, HistoryDayPlace, HistoryEntry, HistoryItem,
    HistoryKind, HistoryLegendLine, HistoryMark, HistoryMonth, HistoryWeek,
};

// The PDF report, drawn from a computed summary.
pub mod report;

// The summaries every progress reader draws from.
pub mod summary;
mod summary_model;

pub use summary_model::{
    AdherenceMonth, AdherenceSummary, GoalLine, GoalsMonth, GoalsSummary, MedicineAdherence,
    ModuleLine, ModulesSummary, ProgressSummary, ReportSection, ScalePoint, ScaleSummary,
    ScaleTopicName, SignWeekMean, SignsSummary, SignsWeek, SummarySignSeries,
};
