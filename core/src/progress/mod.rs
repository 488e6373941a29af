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

// IMR modules and the IMR Scale (issue 12, items 3 and 4).
pub mod modules;
pub mod scale;
pub use modules::{
    module_name, ImrModule, ModuleAssignment, ModuleState, ModuleStatus, ModuleView, ModulesView,
};
pub use scale::{
    scale_topic_name, ScaleAnchor, ScaleAnswer, ScaleForm, ScaleHistory, ScaleHistoryRating,
    ScaleInterval, ScaleIntervalChoice, ScaleRatingRecord, ScaleSettings, ScaleTopic,
    ScaleTopicSeries, ScaleTopicView,
};

pub use summary_model::{
    AdherenceMonth, AdherenceSummary, GoalLine, GoalsMonth, GoalsSummary, MedicineAdherence,
    ModuleLine, ModulesSummary, ProgressSummary, ReportSection, ScalePoint, ScaleSummary,
    ScaleTopicName, SignWeekMean, SignsSummary, SignsWeek, SummarySignSeries,
};
