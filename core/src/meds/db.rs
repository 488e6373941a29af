//! The SQL for medications, schedules, doses and notes. Only ids, foreign keys and a
//! dose's ISO week are in clear: names, schedules, statuses, dates, slots, what happened
//! to each dose and when are sealed, and filtered and sorted after opening.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveTime};
use rusqlite::types::Value;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::model::{DoseStatus, MedStatus};
use super::occurrence::{LogKey, Logged};
use super::schedule::ScheduleBody;
use crate::error::{Entity, StegvisError};
use crate::store::rows::{self, open_all, week_of, SealedRow};
use crate::store::{date_from_sql, from_ms, map_sqlite, to_ms, Sealer};
use crate::time::Timestamp;

const MEDS: &str = "medications";
const SCHEDULES: &str = "schedules";
const DOSES: &str = "doses";
const NOTES: &str = "doctor_notes";

/// What the person wrote about a medication, and its count; sealed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct MedBody {
    pub name: String,
    pub dose: Option<String>,
    pub form: Option<String>,
    pub cue: Option<String>,
    pub count_on_hand: Option<u32>,
    pub units_per_dose: u32,
    pub refill_days: Option<u32>,
    /// Every status change, oldest first.
    pub status_history: Vec<(Timestamp, MedStatus)>,
}

#[derive(Debug, Clone)]
pub(crate) struct MedRow {
    pub id: Uuid,
    pub status: MedStatus,
    pub created_at: Timestamp,
    pub body: MedBody,
}

#[derive(Debug, Clone)]
pub(crate) struct ScheduleRow {
    pub id: Uuid,
    pub medication_id: Uuid,
    pub created_at: Timestamp,
    pub body: ScheduleBody,
}

fn uuid(text: &str) -> Result<Uuid, StegvisError> {
    Uuid::parse_str(text).map_err(|_| StegvisError::Storage {
        detail: "id column".to_owned(),
    })
}

fn status_from(key: &str) -> Result<MedStatus, StegvisError> {
    [MedStatus::Active, MedStatus::Paused, MedStatus::Stopped]
        .into_iter()
        .find(|s| s.key() == key)
        .ok_or(StegvisError::Storage {
            detail: "medication status".to_owned(),
        })
}

/// What is sealed for a medication: the body, its status and when it was made and
/// last changed (UTC milliseconds).
#[derive(Debug, Serialize, Deserialize)]
struct MedRecord<B> {
    status: String,
    created_at: i64,
    updated_at: i64,
    /// What the person wrote, as sealed before schema version 4.
    body: B,
}

/// What is sealed for a schedule: the body and when it was made.
#[derive(Debug, Serialize, Deserialize)]
struct ScheduleRecord<B> {
    created_at: i64,
    /// What the person wrote, as sealed before schema version 4.
    body: B,
}

fn text(id: Uuid) -> Value {
    Value::Text(id.to_string())
}

pub(crate) fn insert_med(
    conn: &Connection,
    sealer: &Sealer,
    body: &MedBody,
    now: Timestamp,
) -> Result<Uuid, StegvisError> {
    let id = Uuid::new_v4();
    rows::insert(
        conn,
        sealer,
        MEDS,
        &[("id", text(id))],
        &MedRecord {
            status: MedStatus::Active.key().to_owned(),
            created_at: to_ms(now),
            updated_at: to_ms(now),
            body,
        },
    )?;
    Ok(id)
}

pub(crate) fn update_med(
    conn: &Connection,
    sealer: &Sealer,
    row: &MedRow,
    now: Timestamp,
) -> Result<(), StegvisError> {
    let record = MedRecord {
        status: row.status.key().to_owned(),
        created_at: to_ms(row.created_at),
        updated_at: to_ms(now),
        body: &row.body,
    };
    rows::update(conn, sealer, MEDS, "id", &row.id.to_string(), &[], &record)?;
    Ok(())
}

fn med_row(row: &SealedRow, record: MedRecord<MedBody>) -> Result<MedRow, StegvisError> {
    Ok(MedRow {
        id: uuid(row.text("id")?)?,
        status: status_from(&record.status)?,
        created_at: from_ms(record.created_at)?,
        body: record.body,
    })
}

/// Every medication, oldest first.
pub(crate) fn list_meds(conn: &Connection, sealer: &Sealer) -> Result<Vec<MedRow>, StegvisError> {
    let found = open_all(
        rows::select(conn, MEDS, "ORDER BY rowid", [])?,
        sealer,
        MEDS,
    )?;
    let mut meds = Vec::with_capacity(found.len());
    for (row, record) in found {
        meds.push(med_row(&row, record)?);
    }
    meds.sort_by_key(|m| m.created_at);
    Ok(meds)
}

pub(crate) fn load_med(
    conn: &Connection,
    sealer: &Sealer,
    id: Uuid,
) -> Result<MedRow, StegvisError> {
    let row = rows::select_one(conn, MEDS, "id", &id.to_string())?
        .ok_or(StegvisError::not_found(Entity::Medication))?;
    let record = row.open(sealer, MEDS)?;
    med_row(&row, record)
}

pub(crate) fn insert_schedule(
    conn: &Connection,
    sealer: &Sealer,
    medication_id: Uuid,
    body: &ScheduleBody,
    now: Timestamp,
) -> Result<Uuid, StegvisError> {
    let id = Uuid::new_v4();
    rows::insert(
        conn,
        sealer,
        SCHEDULES,
        &[("id", text(id)), ("medication_id", text(medication_id))],
        &ScheduleRecord {
            created_at: to_ms(now),
            body,
        },
    )?;
    Ok(id)
}

/// Every schedule, in the order they were made.
pub(crate) fn list_schedules(
    conn: &Connection,
    sealer: &Sealer,
) -> Result<Vec<ScheduleRow>, StegvisError> {
    let found = open_all::<ScheduleRecord<ScheduleBody>>(
        rows::select(conn, SCHEDULES, "ORDER BY rowid", [])?,
        sealer,
        SCHEDULES,
    )?;
    let mut schedules = Vec::with_capacity(found.len());
    for (row, record) in found {
        schedules.push(ScheduleRow {
            id: uuid(row.text("id")?)?,
            medication_id: uuid(row.text("medication_id")?)?,
            created_at: from_ms(record.created_at)?,
            body: record.body,
        });
    }
    schedules.sort_by_key(|s| s.created_at);
    Ok(schedules)
}

/// Why a dose was skipped, and how many units a taken dose used; sealed.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct DoseBody {
    pub reason: Option<String>,
    /// Units taken off the count when it was logged as taken, so an undo puts back
    /// exactly those. `None` in rows written before this was kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub units: Option<u32>,
}

/// What is sealed for a dose: what happened, to which planned time, and when.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct DoseRecord<B> {
    /// The schedule of a planned dose; `None` for a dose taken when needed. Sealed, so
    /// the file does not tell how often something was taken when needed.
    #[serde(default)]
    schedule_id: Option<String>,
    local_date: String,
    /// The planned wall time (`HH:MM`); `None` for a dose taken when needed.
    slot: Option<String>,
    status: String,
    at: i64,
    logged_at: i64,
    /// What the person wrote, as sealed before schema version 4.
    body: B,
}

fn slot_text(slot: NaiveTime) -> String {
    slot.format("%H:%M").to_string()
}

fn dose_log_of(row: &SealedRow, record: DoseRecord<DoseBody>) -> Result<DoseLog, StegvisError> {
    let slot = record
        .slot
        .map(|s| {
            NaiveTime::parse_from_str(&s, "%H:%M").map_err(|_| StegvisError::Storage {
                detail: "slot".to_owned(),
            })
        })
        .transpose()?;
    Ok(DoseLog {
        id: row.text("id")?.to_owned(),
        schedule_id: record.schedule_id.as_deref().map(uuid).transpose()?,
        date: date_from_sql(&record.local_date)?,
        slot,
        status: DoseStatus::from_key(&record.status).ok_or(StegvisError::Storage {
            detail: "dose status".to_owned(),
        })?,
        at: from_ms(record.at)?,
        body: record.body,
    })
}

/// The logged status of scheduled doses on local dates `from..=to`. A dose that no
/// longer opens is left out here and counted by `Companion::unreadable_records`.
pub(crate) fn logged_between(
    conn: &Connection,
    sealer: &Sealer,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<HashMap<LogKey, Logged>, StegvisError> {
    let found = open_all::<DoseRecord<DoseBody>>(
        rows::select(
            conn,
            DOSES,
            "WHERE week BETWEEN ?1 AND ?2",
            [week_of(from), week_of(to)],
        )?,
        sealer,
        DOSES,
    )?;
    let mut logged = HashMap::with_capacity(found.len());
    for (row, record) in found {
        let dose = dose_log_of(&row, record)?;
        let (Some(schedule), Some(slot)) = (dose.schedule_id, dose.slot) else {
            continue;
        };
        if dose.date < from || dose.date > to {
            continue;
        }
        logged.insert(
            (schedule, dose.date, slot),
            Logged {
                status: dose.status,
                at: dose.at,
            },
        );
    }
    Ok(logged)
}

/// A dose to log: which occurrence, what happened, and when.
#[derive(Debug, Clone)]
pub(crate) struct DoseEntry {
    pub medication_id: Uuid,
    pub key: LogKey,
    pub status: DoseStatus,
    /// Taken at, or snoozed until, or when it was skipped.
    pub at: Timestamp,
    pub body: DoseBody,
}

/// Sets the status of a scheduled dose: one row per occurrence, which holds because
/// writes are serialized and this looks for the occurrence's row inside the same
/// transaction before adding one.
pub(crate) fn set_dose(
    conn: &Connection,
    sealer: &Sealer,
    entry: &DoseEntry,
    now: Timestamp,
) -> Result<(), StegvisError> {
    let DoseEntry {
        medication_id,
        key,
        status,
        at,
        body,
    } = entry;
    let (schedule, date, _) = *key;
    let record = DoseRecord {
        schedule_id: Some(schedule.to_string()),
        local_date: date.to_string(),
        slot: Some(slot_text(key.2)),
        status: status.key().to_owned(),
        at: to_ms(*at),
        logged_at: to_ms(now),
        body,
    };
    match load_dose(conn, sealer, *key)? {
        Some(existing) => {
            rows::update(conn, sealer, DOSES, "id", &existing.id, &[], &record)?;
        }
        None => {
            rows::insert(
                conn,
                sealer,
                DOSES,
                &[
                    ("id", Value::Text(Uuid::new_v4().to_string())),
                    ("medication_id", text(*medication_id)),
                    ("week", Value::Text(week_of(date))),
                ],
                &record,
            )?;
        }
    }
    Ok(())
}

/// Logs a dose taken when needed.
pub(crate) fn insert_as_needed(
    conn: &Connection,
    sealer: &Sealer,
    medication_id: Uuid,
    date: NaiveDate,
    at: Timestamp,
    now: Timestamp,
    units: u32,
) -> Result<(), StegvisError> {
    rows::insert(
        conn,
        sealer,
        DOSES,
        &[
            ("id", Value::Text(Uuid::new_v4().to_string())),
            ("medication_id", text(medication_id)),
            ("week", Value::Text(week_of(date))),
        ],
        &DoseRecord {
            schedule_id: None,
            local_date: date.to_string(),
            slot: None,
            status: DoseStatus::Taken.key().to_owned(),
            at: to_ms(at),
            logged_at: to_ms(now),
            body: DoseBody {
                reason: None,
                units: Some(units),
            },
        },
    )
}

/// A note for the doctor; sealed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct NoteBody {
    pub text: String,
    pub date: NaiveDate,
}

/// What is sealed for a note: the body and when it was written.
#[derive(Debug, Serialize, Deserialize)]
struct NoteRecord<B> {
    created_at: i64,
    /// What the person wrote, as sealed before schema version 4.
    body: B,
}

pub(crate) fn insert_note(
    conn: &Connection,
    sealer: &Sealer,
    medication_id: Option<Uuid>,
    body: &NoteBody,
    now: Timestamp,
) -> Result<Uuid, StegvisError> {
    let id = Uuid::new_v4();
    rows::insert(
        conn,
        sealer,
        NOTES,
        &[
            ("id", text(id)),
            ("medication_id", medication_id.map_or(Value::Null, text)),
        ],
        &NoteRecord {
            created_at: to_ms(now),
            body,
        },
    )?;
    Ok(id)
}

/// Notes, oldest first, with their medication.
pub(crate) fn list_notes(
    conn: &Connection,
    sealer: &Sealer,
) -> Result<Vec<(Uuid, Option<Uuid>, NoteBody)>, StegvisError> {
    let found = open_all::<NoteRecord<NoteBody>>(
        rows::select(conn, NOTES, "ORDER BY rowid", [])?,
        sealer,
        NOTES,
    )?;
    let mut notes = Vec::with_capacity(found.len());
    for (row, record) in found {
        notes.push((
            record.created_at,
            uuid(row.text("id")?)?,
            row.opt_text("medication_id")?.map(uuid).transpose()?,
            record.body,
        ));
    }
    notes.sort_by_key(|n| n.0);
    Ok(notes
        .into_iter()
        .map(|(_, id, med, body)| (id, med, body))
        .collect())
}

pub(crate) fn update_schedule(
    conn: &Connection,
    sealer: &Sealer,
    row: &ScheduleRow,
) -> Result<(), StegvisError> {
    let record = ScheduleRecord {
        created_at: to_ms(row.created_at),
        body: &row.body,
    };
    rows::update(
        conn,
        sealer,
        SCHEDULES,
        "id",
        &row.id.to_string(),
        &[],
        &record,
    )?;
    Ok(())
}

/// Deletes a schedule; the caller has made sure no logged dose goes with it.
/// Deletes a schedule and what is left under it (only snoozes: a schedule with logged
/// doses is ended, never deleted). A dose's schedule is sealed, so no foreign key does
/// this for us.
pub(crate) fn delete_schedule(
    conn: &Connection,
    sealer: &Sealer,
    id: Uuid,
) -> Result<(), StegvisError> {
    let found = rows::select(
        conn,
        DOSES,
        "WHERE medication_id = (SELECT medication_id FROM schedules WHERE id = ?1)",
        [id.to_string()],
    )?;
    let id_text = id.to_string();
    for (row, record) in open_all::<DoseRecord<DoseBody>>(found, sealer, DOSES)? {
        if record.schedule_id.as_deref() == Some(id_text.as_str()) {
            delete_dose(conn, row.text("id")?)?;
        }
    }
    conn.execute("DELETE FROM schedules WHERE id = ?1", [id.to_string()])
        .map_err(map_sqlite)?;
    Ok(())
}

/// One row of the dose log, with what the person wrote.
#[derive(Debug, Clone)]
pub(crate) struct DoseLog {
    pub id: String,
    pub schedule_id: Option<Uuid>,
    pub date: NaiveDate,
    pub slot: Option<NaiveTime>,
    pub status: DoseStatus,
    pub at: Timestamp,
    pub body: DoseBody,
}

/// The doses among `found` that `keep` wants, in the order they happened. A dose that
/// no longer opens ends the read: a history must not read as if it were not there.
fn dose_log(
    found: Vec<SealedRow>,
    sealer: &Sealer,
    keep: impl Fn(&DoseLog) -> bool,
) -> Result<Vec<DoseLog>, StegvisError> {
    let mut doses = Vec::with_capacity(found.len());
    for row in found {
        let record = row.open(sealer, DOSES)?;
        let dose = dose_log_of(&row, record)?;
        if keep(&dose) {
            doses.push(dose);
        }
    }
    doses.sort_by_key(|d| d.at);
    Ok(doses)
}

/// The logged dose of one occurrence, if any.
pub(crate) fn load_dose(
    conn: &Connection,
    sealer: &Sealer,
    key: LogKey,
) -> Result<Option<DoseLog>, StegvisError> {
    let (schedule, date, slot) = key;
    let found = rows::select(
        conn,
        DOSES,
        "WHERE medication_id = (SELECT medication_id FROM schedules WHERE id = ?1)
           AND week = ?2 ORDER BY rowid",
        [schedule.to_string(), week_of(date)],
    )?;
    let found = open_all::<DoseRecord<DoseBody>>(found, sealer, DOSES)?;
    let mut doses = Vec::new();
    for (row, record) in found {
        let dose = dose_log_of(&row, record)?;
        if dose.schedule_id == Some(schedule) && dose.date == date && dose.slot == Some(slot) {
            doses.push(dose);
        }
    }
    Ok(doses.pop())
}

/// Every logged dose of a medication on local dates `from..=to`, planned or not.
pub(crate) fn doses_of(
    conn: &Connection,
    sealer: &Sealer,
    medication_id: Uuid,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<DoseLog>, StegvisError> {
    dose_log(
        rows::select(
            conn,
            DOSES,
            "WHERE medication_id = ?1 AND week BETWEEN ?2 AND ?3 ORDER BY rowid",
            [medication_id.to_string(), week_of(from), week_of(to)],
        )?,
        sealer,
        |d| d.date >= from && d.date <= to,
    )
}

/// Every dose logged as taken or skipped under a schedule (snoozes are not logs).
pub(crate) fn logged_of_schedule(
    conn: &Connection,
    sealer: &Sealer,
    schedule_id: Uuid,
) -> Result<Vec<DoseLog>, StegvisError> {
    dose_log(
        rows::select(
            conn,
            DOSES,
            "WHERE medication_id = (SELECT medication_id FROM schedules WHERE id = ?1)
             ORDER BY rowid",
            [schedule_id.to_string()],
        )?,
        sealer,
        |d| {
            d.schedule_id == Some(schedule_id)
                && matches!(d.status, DoseStatus::Taken | DoseStatus::Skipped)
        },
    )
}

pub(crate) fn delete_dose(conn: &Connection, id: &str) -> Result<(), StegvisError> {
    conn.execute("DELETE FROM doses WHERE id = ?1", [id])
        .map_err(map_sqlite)?;
    Ok(())
}

/// Moves the doses of `from` on local dates from `since` on to schedule `to`, when a
/// schedule is split by an edit. Each moved dose is sealed again under its new
/// schedule.
pub(crate) fn move_doses(
    conn: &Connection,
    sealer: &Sealer,
    from: Uuid,
    to: Uuid,
    since: NaiveDate,
) -> Result<(), StegvisError> {
    let found = rows::select(
        conn,
        DOSES,
        "WHERE medication_id = (SELECT medication_id FROM schedules WHERE id = ?1)
           AND week >= ?2",
        [from.to_string(), week_of(since)],
    )?;
    let since = since.to_string();
    let (from, to) = (from.to_string(), to.to_string());
    for (row, mut record) in open_all::<DoseRecord<DoseBody>>(found, sealer, DOSES)? {
        if record.schedule_id.as_deref() == Some(from.as_str()) && record.local_date >= since {
            record.schedule_id = Some(to.clone());
            rows::update(conn, sealer, DOSES, "id", &row.text("id")?, &[], &record)?;
        }
    }
    Ok(())
}
