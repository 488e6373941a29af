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
mod language_choice;
pub mod logging;
pub mod meds;
pub mod plan;
pub mod portable;
pub mod progress;
pub mod reminders;
pub mod settings;
pub mod sharing;
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

pub use companion::{
    import_file, parse_med_amounts, parse_med_number, parse_step_repeat, shell_text_for, Companion,
    GoalFilter, LifeAreaOption, OpenConfig, ReportPeriodChoice, ScaleSaved,
};
pub use crypto::KdfParams;
pub use crypto::{FileKeyManager, KeyManager};
pub use demo::fill_demo;
pub use error::{
    ConflictReason, Entity, Field, ImportFailure, InvalidReason, KeyFileProblem, Result,
    StegvisError,
};
pub use goals::{FollowUpChoice, LookBackInput, LookBackOutcome, LookBackPrompts};
pub use goals::{
    Goal, GoalDetail, GoalEdit, GoalStatus, HomeAssignment, LifeArea, NewGoal, NewStep,
    ProblemSolving, ProblemSolvingInput, Progress, SolveOption, SolvePrompts, Step, StepEdit,
};
pub use goals::{StepOccurrence, StepRepeat, WeekProgress, MAX_TIMES_A_WEEK};
pub use l10n::{shell_text, Lang, Localizer};
pub use meds::{
    Adherence, AdherenceLine, AsNeededDose, DoctorNote, DoseAction, DoseDay, DoseLine, DoseState,
    DoseStatus, MedStatus, Medication, MedicationEdit, NewMedication, NewSchedule, Occurrence,
    Repeat, Schedule, ScheduleEdit, TakenDose, Weekday, ZonePolicy,
};
pub use plan::{
    parse_plan_sections, ContactKind, Plan, PlanEdit, PlanItem, PlanItemView, PlanSection,
    PlanSectionView, PlanVersionSummary, PlanView,
};
pub use portable::export::ExportSummary;
pub use portable::readable::ReadableExport;
pub use progress::{
    module_name, scale_topic_name, ConsentChange, HistoryCell, HistoryDay, HistoryDayPlace,
    HistoryEntry, HistoryItem, HistoryKind, HistoryLegendLine, HistoryMark, HistoryMonth,
    HistoryWeek, ImrModule, ModuleAssignment, ModuleStatus, ModuleView, ModulesView, ScaleAnchor,
    ScaleAnswer, ScaleForm, ScaleHistory, ScaleHistoryRating, ScaleInterval, ScaleIntervalChoice,
    ScaleSettings, ScaleTopic, ScaleTopicSeries, ScaleTopicView,
};
pub use reminders::{Reminder, ReminderDose, ReminderDoses, ReminderKind, ReminderPlan};
pub use settings::{ReminderSettings, DEFAULT_CHECKIN_TIME};
pub use sharing::{
    AuditEntry, AuditEvent, ConsentView, GrantSent, PairingCode, PairingResult, QrCode,
    ReceivedEnvelope, ReceivedKind, SectionChoice, ShareContactView, ShareIdentity, SharingView,
    SupporterContact, SupporterItem, SupporterPlan, SupporterSection, UntilChoice,
};
pub use signs::{
    CatalogSign, Checkin, CheckinForm, CheckinFormSign, CheckinInput, NewSign, RatedSign, Rating,
    Rule, RuleView, Series, Sign, SignSeries, Trend,
};
pub use signs::{CheckinDay, CheckinDayRating, CheckinHistory, TrendDay, DEFAULT_HISTORY_WEEKS};
pub use store::{RecordKind, UnreadableRecords};
pub use time::{Clock, FixedClock, SystemClock};
pub use today::{dial_number, PlanBlock, PlanBlockContact, SnoozeChoice};
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
                InvalidReason::TooShort { min } => {
                    loc.ta("reason-too-short", &Args::new().num("min", i64::from(*min)))
                }
                InvalidReason::Empty => loc.t("reason-empty"),
                InvalidReason::Malformed => loc.t("reason-malformed"),
                InvalidReason::Unknown => loc.t("reason-unknown"),
                InvalidReason::InPast => loc.t("reason-in-past"),
                InvalidReason::InFuture => loc.t("reason-in-future"),
                InvalidReason::Duplicate => loc.t("reason-duplicate"),
                InvalidReason::BeforeStart => loc.t("reason-before-start"),
                InvalidReason::RangeTooLong { max_days } => loc.ta(
                    "reason-range-too-long",
                    &Args::new().num("max", i64::from(*max_days)),
                ),
                InvalidReason::TooEarly {
                    from,
                    utc_offset_minutes,
                } => loc.ta(
                    "reason-dose-too-early",
                    &local_args(loc, *from, *utc_offset_minutes),
                ),
            };
            let sentence = loc.ta(
                "error-invalid-input",
                &Args::new()
                    .text("field", loc.t(&format!("field-{}", field.key())))
                    .text("reason", reason_text),
            );
            // Say how to fix it, with an example, where the form of the input is the problem.
            let hint = match reason {
                InvalidReason::Empty
                | InvalidReason::Malformed
                | InvalidReason::Unknown
                | InvalidReason::Duplicate => loc.get(&format!("hint-{}", field.key())),
                _ => None,
            };
            match hint {
                Some(hint) => format!("{sentence} {hint}"),
                None => sentence,
            }
        }
        StegvisError::NotFound { what } => loc.t(&format!("error-not-found-{what}")),
        StegvisError::Conflict {
            reason:
                ConflictReason::DoseAlreadyLogged {
                    status,
                    at,
                    utc_offset_minutes,
                },
        } => loc.ta(
            &format!("error-conflict-dose-already-{}", status.key()),
            &local_args(loc, *at, *utc_offset_minutes),
        ),
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
                ConflictReason::DoseAlreadyLogged { .. } => "dose-already-logged",
                ConflictReason::DoseNotLogged => "dose-not-logged",
                ConflictReason::NoDoseDue => "no-dose-due",
                ConflictReason::ScheduleAlreadyExists => "schedule-already-exists",
                ConflictReason::ScheduleHasLoggedDoses => "schedule-has-logged-doses",
                ConflictReason::DosesLoggedAfterEnd => "doses-logged-after-end",
                ConflictReason::NotConfirmed => "not-confirmed",
                ConflictReason::NoConsent => "no-consent",
                ConflictReason::PairedWithSelf => "paired-with-self",
                ConflictReason::AlreadyPaired => "already-paired",
                ConflictReason::PlanTooLarge => "plan-too-large",
                ConflictReason::StepNotRepeating => "step-not-repeating",
                ConflictReason::ModuleDatesOutOfOrder => "module-dates-out-of-order",
            };
            loc.t(&format!("error-conflict-{key}"))
        }
        StegvisError::KeyFileUnsafe { problem } => {
            loc.t(&format!("error-key-file-{}", problem.key()))
        }
        StegvisError::Import { reason } => match reason {
            ImportFailure::NewerVersion { found, supported }
            | ImportFailure::OlderVersion { found, supported } => loc.ta(
                &format!("error-import-{}", reason.key()),
                &Args::new()
                    .num("found", i64::from(*found))
                    .num("supported", i64::from(*supported)),
            ),
            _ => loc.t(&format!("error-import-{}", reason.key())),
        },
        other => loc.t(&format!("error-{}", other.kind())),
    }
}

/// `date` and `time` of an instant in the person's local time, for messages.
fn local_args(loc: &Localizer, at: time::Timestamp, utc_offset_minutes: i32) -> l10n::Args {
    let offset = chrono::FixedOffset::east_opt(utc_offset_minutes.saturating_mul(60))
        .unwrap_or_else(|| chrono::Offset::fix(&chrono::Utc));
    let local = at.with_timezone(&offset);
    l10n::Args::new()
        .text("date", loc.date(local.date_naive()))
        .text("time", loc.time(local.time()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_malformed_input_says_how_to_fix_it_in_the_persons_language() {
        let error = StegvisError::invalid(Field::DueDate, InvalidReason::Malformed);
        let en = describe_error(&error, &Localizer::new(Lang::En));
        assert!(en.contains("for example 2026-11-30"), "{en}");
        let nb = describe_error(&error, &Localizer::new(Lang::Nb));
        assert!(nb.contains("for eksempel 2026-11-30"), "{nb}");
        let sv = describe_error(
            &StegvisError::invalid(Field::Times, InvalidReason::Malformed),
            &Localizer::new(Lang::Sv),
        );
        assert!(sv.contains("till exempel 08:00,22:00"), "{sv}");
    }

    #[test]
    fn a_number_out_of_range_names_the_range_without_a_second_hint() {
        let error =
            StegvisError::invalid(Field::Rating, InvalidReason::OutOfRange { min: 0, max: 3 });
        let en = describe_error(&error, &Localizer::new(Lang::En));
        assert!(en.contains("from 0 to 3"), "{en}");
        assert!(!en.contains("for example"), "{en}");
    }
}
