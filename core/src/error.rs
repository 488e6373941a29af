//! The one public error type. Internal modules keep their own errors and are mapped
//! here, so a caller only ever sees variants it can act on. No message carries health
//! data: fields and reasons are names, never what the person wrote.

use std::fmt;

use crate::meds::DoseStatus;
use crate::time::Timestamp;

/// Which input was wrong, so a shell can point at the right field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Field {
    GoalText,
    GoalWhy,
    LifeArea,
    StallDays,
    StepText,
    DueDate,
    MeetingDate,
    ImrModule,
    Position,
    ProblemText,
    OptionText,
    OptionPros,
    OptionCons,
    ChosenOption,
    FirstAction,
    FollowUpDate,
    Id,
    Zone,
    Language,
    DataDir,
    SignText,
    CatalogKey,
    Rating,
    SleepHours,
    CheckinDate,
    Note,
    Weeks,
    PlanItemText,
    Supporter,
    Reach,
    Index,
    Version,
    RuleSigns,
    RuleThreshold,
    RuleCount,
    RuleDays,
    RuleHours,
    PlanSection,
    ContactKind,
    MedName,
    MedDose,
    MedForm,
    MedCue,
    Count,
    UnitsPerDose,
    RefillDays,
    Times,
    EveryDays,
    Weekdays,
    StartDate,
    EndDate,
    Occurrence,
    SnoozeMinutes,
    TakenAt,
    Reason,
    NoteText,
    Days,
    Amounts,
    /// The passphrase of an encrypted export.
    Passphrase,
    /// The file or folder an export is written to or an import read from.
    ExportPath,
    /// A pairing code from another install, typed or scanned.
    PairingCode,
    /// The parts of the plan chosen for sharing.
    Sections,
    /// The name a person gives someone they pair with.
    ShareName,
    /// The file a shared plan or a withdrawal is written to or read from.
    EnvelopeFile,
    /// A month of the history calendar (`YYYY-MM`).
    HistoryMonth,
    /// A day of the history calendar.
    HistoryDate,
    /// How a step repeats (`daily`, `weekly:3`, `weekdays:mon,thu`).
    StepRepeat,
    /// How many times a week a repeating step is meant to be done (1 to 7).
    TimesAWeek,
    /// The day a repeating step was done.
    OccurrenceDate,
    /// The time of day a repeating step reminds (`HH:MM`).
    StepTime,
    /// An IMR module's key (`recovery-strategies`).
    ModuleKey,
    /// The day a module was started or worked through.
    ModuleDate,
    /// A topic of the IMR Scale by key (`knowledge`).
    ScaleTopic,
    /// A rating of one IMR Scale topic, 1 to 5.
    ScaleValue,
    /// The day of an IMR Scale self-rating.
    ScaleDate,
    /// How often the IMR Scale is offered, in months.
    ScaleInterval,
    /// The sections chosen for a progress summary or report.
    ReportSections,
}

impl Field {
    /// Stable kebab-case name, used in `--json`, messages and translation ids.
    pub fn key(self) -> &'static str {
        match self {
            Field::GoalText => "goal-text",
            Field::GoalWhy => "goal-why",
            Field::LifeArea => "life-area",
            Field::StallDays => "stall-days",
            Field::StepText => "step-text",
            Field::DueDate => "due-date",
            Field::MeetingDate => "meeting-date",
            Field::ImrModule => "imr-module",
            Field::Position => "position",
            Field::ProblemText => "problem",
            Field::OptionText => "option",
            Field::OptionPros => "pros",
            Field::OptionCons => "cons",
            Field::ChosenOption => "chosen-option",
            Field::FirstAction => "first-action",
            Field::FollowUpDate => "follow-up-date",
            Field::Id => "id",
            Field::Zone => "zone",
            Field::Language => "language",
            Field::DataDir => "data-dir",
            Field::SignText => "sign-text",
            Field::CatalogKey => "catalog-key",
            Field::Rating => "rating",
            Field::SleepHours => "sleep-hours",
            Field::CheckinDate => "checkin-date",
            Field::Note => "note",
            Field::Weeks => "weeks",
            Field::PlanItemText => "plan-item",
            Field::Supporter => "supporter",
            Field::Reach => "reach",
            Field::Index => "index",
            Field::Version => "version",
            Field::RuleSigns => "rule-signs",
            Field::RuleThreshold => "rule-threshold",
            Field::RuleCount => "rule-count",
            Field::RuleDays => "rule-days",
            Field::RuleHours => "rule-hours",
            Field::PlanSection => "plan-section",
            Field::ContactKind => "contact-kind",
            Field::MedName => "med-name",
            Field::MedDose => "med-dose",
            Field::MedForm => "med-form",
            Field::MedCue => "med-cue",
            Field::Count => "count",
            Field::UnitsPerDose => "units-per-dose",
            Field::RefillDays => "refill-days",
            Field::Times => "times",
            Field::EveryDays => "every-days",
            Field::Weekdays => "weekdays",
            Field::StartDate => "start-date",
            Field::EndDate => "end-date",
            Field::Occurrence => "occurrence",
            Field::SnoozeMinutes => "snooze-minutes",
            Field::TakenAt => "taken-at",
            Field::Reason => "reason",
            Field::NoteText => "note-text",
            Field::Days => "days",
            Field::Amounts => "amounts",
            Field::Passphrase => "passphrase",
            Field::ExportPath => "export-path",
            Field::PairingCode => "pairing-code",
            Field::Sections => "sections",
            Field::ShareName => "share-name",
            Field::EnvelopeFile => "envelope-file",
            Field::HistoryMonth => "history-month",
            Field::HistoryDate => "history-date",
            Field::StepRepeat => "step-repeat",
            Field::TimesAWeek => "times-a-week",
            Field::OccurrenceDate => "occurrence-date",
            Field::StepTime => "step-time",
            Field::ModuleKey => "module",
            Field::ModuleDate => "module-date",
            Field::ScaleTopic => "scale-topic",
            Field::ScaleValue => "scale-value",
            Field::ScaleDate => "scale-date",
            Field::ScaleInterval => "scale-interval",
            Field::ReportSections => "report-sections",
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// Why an input was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum InvalidReason {
    /// Empty or only white space.
    Empty,
    /// Longer than `max` characters.
    TooLong { max: u32 },
    /// Not in the expected form (a date, an id, a time).
    Malformed,
    /// A number outside `min..=max`.
    OutOfRange { min: i64, max: i64 },
    /// A name the app does not know (a zone, a language, a life area).
    Unknown,
    /// Shorter than `min` characters (a passphrase).
    TooShort { min: u32 },
    /// A date before the earliest one allowed (usually today).
    InPast,
    /// A date after the latest one allowed (usually today).
    InFuture,
    /// The end of a range lies before its start.
    BeforeStart,
    /// Too early to log this dose: it can be logged from `from` (shown in the
    /// person's local time, `utc_offset_minutes` east of UTC).
    TooEarly {
        from: Timestamp,
        utc_offset_minutes: i32,
    },
    /// The same item given twice (a weekday chosen twice).
    Duplicate,
    /// A range of days longer than `max_days`.
    RangeTooLong { max_days: u32 },
}

impl InvalidReason {
    /// Stable kebab-case name for scripts: `empty`, `too-long`, `malformed`, ….
    pub fn key(&self) -> &'static str {
        match self {
            InvalidReason::Empty => "empty",
            InvalidReason::TooLong { .. } => "too-long",
            InvalidReason::Malformed => "malformed",
            InvalidReason::OutOfRange { .. } => "out-of-range",
            InvalidReason::Unknown => "unknown",
            InvalidReason::TooShort { .. } => "too-short",
            InvalidReason::InPast => "in-past",
            InvalidReason::InFuture => "in-future",
            InvalidReason::TooEarly { .. } => "too-early",
            InvalidReason::Duplicate => "duplicate",
            InvalidReason::BeforeStart => "before-start",
            InvalidReason::RangeTooLong { .. } => "range-too-long",
        }
    }
}

impl fmt::Display for InvalidReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InvalidReason::Empty => f.write_str("empty"),
            InvalidReason::TooLong { max } => write!(f, "longer than {max} characters"),
            InvalidReason::Malformed => f.write_str("not in the expected form"),
            InvalidReason::OutOfRange { min, max } => write!(f, "outside {min}..={max}"),
            InvalidReason::Unknown => f.write_str("unknown"),
            InvalidReason::TooShort { min } => write!(f, "shorter than {min} characters"),
            InvalidReason::InPast => f.write_str("in the past"),
            InvalidReason::InFuture => f.write_str("in the future"),
            InvalidReason::TooEarly { from, .. } => write!(f, "too early; possible from {from}"),
            InvalidReason::Duplicate => f.write_str("given twice"),
            InvalidReason::BeforeStart => f.write_str("before the start"),
            InvalidReason::RangeTooLong { max_days } => {
                write!(f, "longer than {max_days} days")
            }
        }
    }
}

/// What was not found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Entity {
    Goal,
    Step,
    ProblemSolving,
    Sign,
    PlanVersion,
    Medication,
    Schedule,
    Occurrence,
    /// Someone this install is paired with for sharing.
    ShareContact,
    /// A consent to share the plan with someone.
    Consent,
    /// A copy of someone else's plan, held as their supporter.
    SharedCopy,
}

impl fmt::Display for Entity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Entity::Goal => "goal",
            Entity::Step => "step",
            Entity::ProblemSolving => "problem-solving",
            Entity::Sign => "sign",
            Entity::PlanVersion => "plan-version",
            Entity::Medication => "medication",
            Entity::Schedule => "schedule",
            Entity::Occurrence => "occurrence",
            Entity::ShareContact => "share-contact",
            Entity::Consent => "consent",
            Entity::SharedCopy => "shared-copy",
        })
    }
}

/// Why an action does not fit the current state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ConflictReason {
    /// The goal is reached or set aside: bring it back before changing its steps.
    GoalNotActive,
    /// The goal is already in the state asked for.
    GoalAlreadyInState,
    /// The step is already checked off.
    StepAlreadyDone,
    /// The step is not checked off, so there is nothing to undo.
    StepNotDone,
    /// The follow-up was already marked done.
    FollowUpAlreadyDone,
    /// The data folder already holds someone's data (example data goes elsewhere).
    FolderNotEmpty,
    /// The sign is retired: it keeps its history but takes no new ratings.
    SignRetired,
    /// The sign is already on the list.
    SignAlreadyListed,
    /// The medication is stopped: it keeps its history but takes no new schedules
    /// or doses.
    MedicationStopped,
    /// The medication is already in the state asked for.
    MedicationAlreadyInState,
    /// The dose is already logged as `status` (taken or skipped) at `at`; only an
    /// explicit undo changes it. `utc_offset_minutes` is the person's local offset
    /// then, so the message can say when in their own time.
    DoseAlreadyLogged {
        status: DoseStatus,
        at: Timestamp,
        utc_offset_minutes: i32,
    },
    /// The dose is not logged, so there is nothing to undo.
    DoseNotLogged,
    /// No planned dose of the medication is due or just missed; an extra dose has
    /// to be asked for as one.
    NoDoseDue,
    /// The medication already has an active schedule with these times and days.
    ScheduleAlreadyExists,
    /// The schedule has logged doses; ending it keeps them, removing would not.
    ScheduleHasLoggedDoses,
    /// Doses are logged after the chosen end date; the end cannot come before them.
    DosesLoggedAfterEnd,
    /// The two people have not yet confirmed that their numbers match; nothing is
    /// shared before they have.
    NotConfirmed,
    /// Nothing is being shared with this person (never granted, or withdrawn).
    NoConsent,
    /// The pairing code is this install's own.
    PairedWithSelf,
    /// This install is already paired with the owner of that code.
    AlreadyPaired,
    /// The chosen parts of the plan are more than one envelope can carry.
    PlanTooLarge,
    /// The step is done once, not repeatedly: check the step itself off.
    StepNotRepeating,
    /// An IMR module would be worked through before the day it was started (or
    /// started after the day it was worked through).
    ModuleDatesOutOfOrder,
}

impl fmt::Display for ConflictReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ConflictReason::GoalNotActive => "the goal is not active",
            ConflictReason::GoalAlreadyInState => "the goal is already in that state",
            ConflictReason::StepAlreadyDone => "the step is already done",
            ConflictReason::StepNotDone => "the step is not done",
            ConflictReason::FollowUpAlreadyDone => "the follow-up is already done",
            ConflictReason::FolderNotEmpty => "the data folder already holds data",
            ConflictReason::SignRetired => "the sign is retired",
            ConflictReason::SignAlreadyListed => "the sign is already on the list",
            ConflictReason::MedicationStopped => "the medication is stopped",
            ConflictReason::MedicationAlreadyInState => "the medication is already in that state",
            ConflictReason::DoseAlreadyLogged { .. } => "the dose is already logged",
            ConflictReason::DoseNotLogged => "the dose is not logged",
            ConflictReason::NoDoseDue => "no planned dose is due",
            ConflictReason::ScheduleAlreadyExists => "the same schedule already exists",
            ConflictReason::ScheduleHasLoggedDoses => "the schedule has logged doses",
            ConflictReason::DosesLoggedAfterEnd => "doses are logged after that end date",
            ConflictReason::NotConfirmed => "the pairing is not confirmed",
            ConflictReason::NoConsent => "nothing is shared with this person",
            ConflictReason::PairedWithSelf => "the code is this install's own",
            ConflictReason::AlreadyPaired => "already paired",
            ConflictReason::PlanTooLarge => "the plan is too large to share",
            ConflictReason::StepNotRepeating => "the step does not repeat",
            ConflictReason::ModuleDatesOutOfOrder => "the module's dates are out of order",
        })
    }
}

/// Why the key file was not used. It is never read when it is unsafe, so a key that
/// others could copy, or a file that is not a key at all, is refused before any byte
/// of it is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum KeyFileProblem {
    /// Other users (group or others) have access to it: the key may have been copied.
    OpenToOthers,
    /// It is not a plain file (a link, a pipe, a device or a folder).
    NotAFile,
    /// It does not hold exactly one key (32 bytes).
    WrongLength,
}

impl KeyFileProblem {
    /// Stable kebab-case name, used in `--json` and translation ids.
    pub fn key(self) -> &'static str {
        match self {
            KeyFileProblem::OpenToOthers => "open-to-others",
            KeyFileProblem::NotAFile => "not-a-file",
            KeyFileProblem::WrongLength => "wrong-length",
        }
    }
}

/// Why an encrypted export could not be restored. In every case the data folder was
/// left as empty as it was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ImportFailure {
    /// The passphrase is wrong or the file was changed: the encryption cannot tell
    /// these apart, so neither can we.
    WrongPassphraseOrChanged,
    /// The file is not a Stegvis export at all.
    NotAnExport,
    /// The file ends too early: it was cut off while being copied.
    Truncated,
    /// The export was made by a newer version of Stegvis (its file format or its data
    /// `found` is newer than the `supported` one here).
    NewerVersion { found: u32, supported: u32 },
    /// The export holds data of an older schema version than this build writes.
    OlderVersion { found: u32, supported: u32 },
    /// The file asks for more memory or time to unlock than a phone should spend, or
    /// is larger than any real export: refused before trying.
    TooDemanding,
    /// The data folder already holds data or a key; an import only goes into an
    /// empty one, so nothing is ever mixed or overwritten.
    FolderNotEmpty,
}

impl ImportFailure {
    /// Stable kebab-case name, for `--json` and translation ids.
    pub fn key(self) -> &'static str {
        match self {
            ImportFailure::WrongPassphraseOrChanged => "wrong-passphrase-or-changed",
            ImportFailure::NotAnExport => "not-an-export",
            ImportFailure::Truncated => "truncated",
            ImportFailure::NewerVersion { .. } => "newer-version",
            ImportFailure::OlderVersion { .. } => "older-version",
            ImportFailure::TooDemanding => "too-demanding",
            ImportFailure::FolderNotEmpty => "folder-not-empty",
        }
    }
}

impl fmt::Display for KeyFileProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            KeyFileProblem::OpenToOthers => "other users can access it",
            KeyFileProblem::NotAFile => "it is not a plain file",
            KeyFileProblem::WrongLength => "it does not hold exactly one key",
        })
    }
}

impl fmt::Display for ImportFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportFailure::NewerVersion { found, supported } => {
                write!(f, "made by a newer version ({found} > {supported})")
            }
            ImportFailure::OlderVersion { found, supported } => {
                write!(f, "made by an older version ({found} < {supported})")
            }
            other => f.write_str(other.key()),
        }
    }
}

/// Every error a caller of [`crate::Companion`] can see.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Error))]
pub enum StegvisError {
    /// Bad input; nothing was written.
    #[error("invalid {field}: {reason}")]
    InvalidInput { field: Field, reason: InvalidReason },
    /// No such record.
    #[error("{what} not found")]
    NotFound { what: Entity },
    /// The action does not fit the record's current state; nothing was written.
    #[error("conflict: {reason}")]
    Conflict { reason: ConflictReason },
    /// The database was written by a newer version of Stegvis; it was left untouched.
    #[error("the database has schema version {found}; this version knows up to {supported}")]
    IncompatibleVersion { found: u32, supported: u32 },
    /// The file in the data folder is not a Stegvis database; it was left untouched.
    #[error("the file is not a Stegvis database")]
    NotADatabase,
    /// The data folder or database cannot be written.
    #[error("the data folder cannot be written")]
    ReadOnly,
    /// Another program holds the database; try again shortly.
    #[error("the database is in use by another program")]
    Busy,
    /// The data key is missing or is not the key this database was written with.
    #[error("the data key is missing or does not open this database")]
    KeyUnavailable,
    /// A stored record no longer opens (its bytes were changed on disk). Lists leave it
    /// out and say how many could not be read; the key is fine (that is the canary's
    /// job), so this is never "wrong key".
    #[error("a stored record could not be read")]
    DamagedRecord,
    /// The key file is unsafe to use (see [`KeyFileProblem`]); it was not read and
    /// nothing was changed.
    #[error("the key file was not used: {problem}")]
    KeyFileUnsafe { problem: KeyFileProblem },
    /// The database file is empty although this install has a key: the data may have
    /// been removed. Nothing is started over in its place; nothing was changed.
    #[error("the database file is empty but a key exists")]
    DatabaseEmpty,
    /// The database has Stegvis tables but not the canary that proves which key it
    /// belongs to. It is never re-created under an unproven key; nothing was changed.
    #[error("the database has no canary to check the key against")]
    CanaryMissing,
    /// SQLite's check found the database file damaged. Writes are refused so the
    /// damage does not spread; reads still show what can be read.
    #[error("the database file is damaged; writes are refused")]
    DatabaseDamaged,
    /// An encrypted export could not be restored; the data folder was left empty.
    #[error("import refused: {reason}")]
    Import { reason: ImportFailure },
    /// A shared plan or withdrawal could not be taken in: it is damaged, not for this
    /// install, from someone not paired, expired, or older than the copy held. Which
    /// one is not said (that would help someone probing); nothing was changed.
    #[error("the envelope was refused")]
    EnvelopeRejected,
    /// Everything was erased; this companion can no longer be used.
    #[error("everything was erased")]
    Erased,
    /// Any other storage failure. `detail` names the failure, never the data.
    #[error("storage failure: {detail}")]
    Storage { detail: String },
}

impl StegvisError {
    pub(crate) fn invalid(field: Field, reason: InvalidReason) -> Self {
        StegvisError::InvalidInput { field, reason }
    }

    pub(crate) fn conflict(reason: ConflictReason) -> Self {
        StegvisError::Conflict { reason }
    }

    pub(crate) fn import(reason: ImportFailure) -> Self {
        StegvisError::Import { reason }
    }

    pub(crate) fn not_found(what: Entity) -> Self {
        StegvisError::NotFound { what }
    }

    /// Stable kebab-case kind, for scripts (`--json`) and translation ids.
    pub fn kind(&self) -> &'static str {
        match self {
            StegvisError::InvalidInput { .. } => "invalid-input",
            StegvisError::NotFound { .. } => "not-found",
            StegvisError::Conflict { .. } => "conflict",
            StegvisError::IncompatibleVersion { .. } => "incompatible-version",
            StegvisError::NotADatabase => "not-a-database",
            StegvisError::ReadOnly => "read-only",
            StegvisError::Busy => "busy",
            StegvisError::KeyUnavailable => "key-unavailable",
            StegvisError::DamagedRecord => "damaged-record",
            StegvisError::KeyFileUnsafe { .. } => "key-file-unsafe",
            StegvisError::DatabaseEmpty => "database-empty",
            StegvisError::CanaryMissing => "canary-missing",
            StegvisError::DatabaseDamaged => "database-damaged",
            StegvisError::Storage { .. } => "storage",
            StegvisError::Import { .. } => "import",
            StegvisError::EnvelopeRejected => "envelope-rejected",
            StegvisError::Erased => "erased",
        }
    }
}

/// A foreign `KeyManager` or `Clock` that fails in an unexpected way is treated as
/// a missing key: the safe reading, which changes nothing.
#[cfg(feature = "uniffi")]
impl From<uniffi::UnexpectedUniFFICallbackError> for StegvisError {
    fn from(_: uniffi::UnexpectedUniFFICallbackError) -> Self {
        StegvisError::KeyUnavailable
    }
}

/// Result alias used across the core.
pub type Result<T, E = StegvisError> = std::result::Result<T, E>;
