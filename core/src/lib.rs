//! Stegvis: the companion for people in Illness Management and Recovery (IMR).
//!
//! [`Companion`] is the single entry point. Every shell (Android, iOS, the terminal)
//! calls one method per thing the person did, and draws the view record it gets back.
//! Each write is one SQLite transaction; everything a person wrote is sealed.

#![cfg_attr(not(feature = "uniffi"), forbid(unsafe_code))]

pub mod crypto;
pub mod demo;
pub mod error;
pub mod goals;
pub mod l10n;
pub mod meds;
pub mod plan;
pub mod reminders;
pub mod settings;
pub mod signs;
pub mod store;
pub mod time;
pub mod today;
pub mod validate;

#[cfg(feature = "uniffi")]
mod ffi_types;

#[cfg(feature = "uniffi")]
uniffi::setup_scaffolding!();

mod companion;

pub use companion::{Companion, GoalFilter, LifeAreaOption, OpenConfig};
pub use crypto::{FileKeyManager, KeyManager};
pub use demo::fill_demo;
pub use error::{ConflictReason, Entity, Field, InvalidReason, Result, StegvisError};
pub use goals::{
    Goal, GoalDetail, GoalEdit, GoalStatus, HomeAssignment, LifeArea, NewGoal, NewStep,
    ProblemSolving, ProblemSolvingInput, Progress, SolveOption, SolvePrompts, Step, StepEdit,
};
pub use l10n::{Lang, Localizer};
pub use meds::{
    Adherence, AdherenceLine, AsNeededDose, DoctorNote, DoseAction, DoseStatus, MedStatus,
    Medication, MedicationEdit, NewMedication, NewSchedule, Occurrence, Repeat, Schedule, Weekday,
    ZonePolicy,
};
pub use plan::{
    ContactKind, Plan, PlanEdit, PlanItem, PlanItemView, PlanSection, PlanSectionView,
    PlanVersionSummary, PlanView,
};
pub use reminders::{Reminder, ReminderKind, ReminderPlan};
pub use settings::ReminderSettings;
pub use signs::{
    CatalogSign, Checkin, CheckinForm, CheckinFormSign, CheckinInput, NewSign, RatedSign, Rating,
    Rule, RuleView, Series, Sign, SignSeries, Trend,
};
pub use store::{RecordKind, UnreadableRecords};
pub use time::{Clock, FixedClock, SystemClock};
pub use today::{TodayItem, TodayItemKind, TodaySection, TodaySectionKind, TodayView};

/// The language that best fits a device locale such as `nb-NO`; English otherwise.
#[cfg_attr(feature = "uniffi", uniffi::export)]
pub fn lang_from_locale(locale: String) -> Lang {
    Lang::from_locale_or_default(&locale)
}

/// Renders an error for people. Never includes what the person wrote.
pub fn describe_error(error: &StegvisError, loc: &Localizer) -> String {
    use l10n::Args;
    match error {
        StegvisError::InvalidInput { field, reason } => {
            let reason_text = match reason {
                InvalidReason::TooLong { max } => {
                    loc.ta("reason-too-long", &Args::new().num("max", i64::from(*max)))
                }
                InvalidReason::OutOfRange { min, max } => loc.ta(
                    "reason-out-of-range",
                    &Args::new().num("min", *min).num("max", *max),
                ),
                InvalidReason::Empty => loc.t("reason-empty"),
                InvalidReason::Malformed => loc.t("reason-malformed"),
                InvalidReason::Unknown => loc.t("reason-unknown"),
                InvalidReason::InPast => loc.t("reason-in-past"),
                InvalidReason::InFuture => loc.t("reason-in-future"),
            };
            loc.ta(
                "error-invalid-input",
                &Args::new()
                    .text("field", loc.t(&format!("field-{}", field.key())))
                    .text("reason", reason_text),
            )
        }
        StegvisError::NotFound { what } => loc.t(&format!("error-not-found-{what}")),
        StegvisError::Conflict { reason } => {
            let key = match reason {
                ConflictReason::GoalNotActive => "goal-not-active",
                ConflictReason::GoalAlreadyInState => "goal-already-in-state",
                ConflictReason::StepAlreadyDone => "step-already-done",
                ConflictReason::StepNotDone => "step-not-done",
                ConflictReason::FollowUpAlreadyDone => "follow-up-already-done",
                ConflictReason::FolderNotEmpty => "folder-not-empty",
                ConflictReason::SignRetired => "sign-retired",
                ConflictReason::SignAlreadyListed => "sign-already-listed",
                ConflictReason::MedicationStopped => "medication-stopped",
                ConflictReason::MedicationAlreadyInState => "medication-already-in-state",
            };
            loc.t(&format!("error-conflict-{key}"))
        }
        other => loc.t(&format!("error-{}", other.kind())),
    }
}
