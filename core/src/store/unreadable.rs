//! Records whose sealed body no longer opens. One damaged row must never hide the
//! rest: lists leave it out ([`skip_damaged`]), and [`count_unreadable`] says how many
//! of each kind there are, so a shell can tell the person ("1 entry could not be read").

use rusqlite::Connection;
use serde::Serialize;

use super::Sealer;
use crate::error::StegvisError;

/// A kind of stored record, as far as reading it back is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum RecordKind {
    Goal,
    Step,
    ProblemSolving,
    Sign,
    Checkin,
    PlanVersion,
    Medication,
    Schedule,
    Dose,
    DoctorNote,
    /// The device's zone history; a damaged row is left out of it.
    ZoneHistory,
    /// The person's settings; damaged ones fall back to the defaults.
    Settings,
}

impl RecordKind {
    /// Every kind, in the order a shell lists them.
    pub const ALL: [RecordKind; 12] = [
        RecordKind::Goal,
        RecordKind::Step,
        RecordKind::ProblemSolving,
        RecordKind::Sign,
        RecordKind::Checkin,
        RecordKind::PlanVersion,
        RecordKind::Medication,
        RecordKind::Schedule,
        RecordKind::Dose,
        RecordKind::DoctorNote,
        RecordKind::ZoneHistory,
        RecordKind::Settings,
    ];

    /// Stable kebab-case name, used in `--json`.
    pub fn key(self) -> &'static str {
        match self {
            RecordKind::Goal => "goal",
            RecordKind::Step => "step",
            RecordKind::ProblemSolving => "problem-solving",
            RecordKind::Sign => "sign",
            RecordKind::Checkin => "checkin",
            RecordKind::PlanVersion => "plan-version",
            RecordKind::Medication => "medication",
            RecordKind::Schedule => "schedule",
            RecordKind::Dose => "dose",
            RecordKind::DoctorNote => "doctor-note",
            RecordKind::ZoneHistory => "zone-history",
            RecordKind::Settings => "settings",
        }
    }

    /// Which rows of [`RecordKind::table`] are of this kind.
    fn filter(self) -> &'static str {
        match self {
            RecordKind::Settings => "WHERE key = 'settings'",
            _ => "",
        }
    }

    /// The table name the bodies were sealed under.
    fn table(self) -> &'static str {
        match self {
            RecordKind::Goal => "goals",
            RecordKind::Step => "steps",
            RecordKind::ProblemSolving => "problem_solving",
            RecordKind::Sign => "signs",
            RecordKind::Checkin => "checkins",
            RecordKind::PlanVersion => "plan_versions",
            RecordKind::Medication => "medications",
            RecordKind::Schedule => "schedules",
            RecordKind::Dose => "doses",
            RecordKind::DoctorNote => "doctor_notes",
            RecordKind::ZoneHistory => "device_zones",
            RecordKind::Settings => "meta",
        }
    }
}

/// How many records of one kind could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct UnreadableRecords {
    pub kind: RecordKind,
    pub count: u32,
    /// "1 entry could not be read", localized.
    pub label: String,
}

/// Keeps the records that open. A damaged one is left out, so one bad row never
/// hides the rest; every other error still ends the read.
pub(crate) fn skip_damaged<T>(
    records: impl IntoIterator<Item = Result<T, StegvisError>>,
) -> Result<Vec<T>, StegvisError> {
    let mut kept = Vec::new();
    let mut skipped = 0u32;
    for record in records {
        match record {
            Ok(value) => kept.push(value),
            Err(StegvisError::DamagedRecord) => skipped = skipped.saturating_add(1),
            Err(e) => return Err(e),
        }
    }
    if skipped > 0 {
        log::debug!("left {skipped} damaged records out of a list");
    }
    Ok(kept)
}

/// One record that may be damaged: `Ok(None)` leaves it out of a view.
pub(crate) fn readable<T>(record: Result<T, StegvisError>) -> Result<Option<T>, StegvisError> {
    match record {
        Ok(value) => Ok(Some(value)),
        Err(StegvisError::DamagedRecord) => {
            log::debug!("left 1 damaged record out of a view");
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// `rows.map(open).skip_damaged()`: [`skip_damaged`] at the end of an iterator chain.
pub(crate) trait SkipDamaged<T>: Iterator<Item = Result<T, StegvisError>> + Sized {
    fn skip_damaged(self) -> Result<Vec<T>, StegvisError> {
        skip_damaged(self)
    }
}

impl<T, I: Iterator<Item = Result<T, StegvisError>>> SkipDamaged<T> for I {}

/// How many rows of `kind` have a body that does not open. Reads only.
pub(crate) fn count_unreadable(
    conn: &Connection,
    sealer: &Sealer,
    kind: RecordKind,
) -> Result<u32, StegvisError> {
    let mut damaged = 0u32;
    for row in super::rows::select(conn, kind.table(), kind.filter(), [])? {
        if row.open_bytes(sealer, kind.table()).is_err() {
            damaged = damaged.saturating_add(1);
        }
    }
    if damaged > 0 {
        log::warn!("{damaged} damaged records of kind {}", kind.key());
    }
    Ok(damaged)
}
