//! The history calendar: per month, what happened each day (steps and repeating
//! steps done, the check-in and its note, doses taken of planned, plan and consent
//! changes, IMR modules started or worked through, IMR Scale ratings), and a day opened
//! to what happened. Each source of history gathers in its own file ([`gather`]);
//! the month counts markers from the same items the day shows, so they agree.

mod build;
mod checkins;
mod consents;
mod doses;
mod gather;
mod item;
mod marks;
mod model;
mod modules;
mod month;
mod plan_versions;
mod repeats;
mod scale;
mod span;
mod steps;

pub use model::{
    ConsentChange, HistoryCell, HistoryDay, HistoryDayPlace, HistoryEntry, HistoryItem,
    HistoryKind, HistoryLegendLine, HistoryMark, HistoryMonth, HistoryWeek,
};

pub(crate) use build::{day_view, month_view};
pub(crate) use gather::gather;
pub(crate) use month::{parse_day, parse_month};
pub(crate) use span::Span;
