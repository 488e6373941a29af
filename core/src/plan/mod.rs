//! The relapse-prevention plan: triggers, early warning signs, what to do (for the
//! person and for each supporter), contacts, what helped before, and treatment
//! preferences, plus the personal rules. Every save is a new version; the history is
//! kept, and the newest version is the one rules and sharing use.

pub(crate) mod db;
pub(crate) mod edit;
mod model;
pub(crate) mod views;

pub use model::{
    parse_plan_sections, ContactKind, Plan, PlanEdit, PlanItem, PlanItemView, PlanSection,
    PlanSectionView, PlanVersionSummary, PlanView,
};
