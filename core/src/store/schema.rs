//! The schema as data: one SQL step per version, applied in order.
//!
//! Rules for adding a step: never edit a step that has shipped; add a new one at the
//! end, with its fixture folder in `tests/fixtures/v{N}`. Since version 4 only what a
//! query truly needs is in clear (ids, foreign keys, the row's `rev`, and an ISO week
//! for the two big tables); everything else is in the sealed `body`, and every clear
//! column is bound into it. Every foreign key has an index. A dose's schedule is sealed
//! (a dose taken when needed has none, and the file must not tell how often that
//! was); a dose is found by its medicine or its week.

use rusqlite::Transaction;

use super::Sealer;
use crate::error::StegvisError;

/// `PRAGMA application_id`: "STGV". A database without it is not ours.
pub const APPLICATION_ID: i32 = 0x5354_4756;

/// One schema step: SQL, or Rust for a step that must read and re-seal rows.
#[derive(Clone, Copy)]
pub enum Step {
    Sql(&'static str),
    Rust(fn(&Transaction<'_>, &Sealer) -> Result<(), StegvisError>),
}

/// Each entry upgrades the schema from version `index` to `index + 1`.
pub const MIGRATIONS: &[Step] = &[
    // 1: meta (canary, settings), goals, steps, problem-solving records.
    Step::Sql(
        "
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value BLOB NOT NULL
    ) STRICT;

    CREATE TABLE goals (
        id                TEXT PRIMARY KEY,
        status            TEXT NOT NULL CHECK (status IN ('active', 'reached', 'set-aside')),
        area              TEXT NOT NULL,
        stall_days        INTEGER NOT NULL CHECK (stall_days BETWEEN 1 AND 365),
        created_at        INTEGER NOT NULL,
        updated_at        INTEGER NOT NULL,
        status_changed_at INTEGER NOT NULL,
        body              BLOB NOT NULL
    ) STRICT;
    CREATE INDEX goals_status ON goals(status);

    CREATE TABLE steps (
        id               TEXT PRIMARY KEY,
        goal_id          TEXT NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
        position         INTEGER NOT NULL,
        due_date         TEXT,
        is_assignment    INTEGER NOT NULL DEFAULT 0,
        done_at          INTEGER,
        created_at       INTEGER NOT NULL,
        last_activity_at INTEGER NOT NULL,
        body             BLOB NOT NULL
    ) STRICT;
    CREATE INDEX steps_goal ON steps(goal_id, position);
    CREATE INDEX steps_due ON steps(due_date) WHERE done_at IS NULL;

    CREATE TABLE problem_solving (
        id             TEXT PRIMARY KEY,
        step_id        TEXT NOT NULL REFERENCES steps(id) ON DELETE CASCADE,
        follow_up_date TEXT NOT NULL,
        followed_up_at INTEGER,
        created_at     INTEGER NOT NULL,
        body           BLOB NOT NULL
    ) STRICT;
    CREATE INDEX problem_solving_step ON problem_solving(step_id);
    CREATE INDEX problem_solving_follow_up ON problem_solving(follow_up_date)
        WHERE followed_up_at IS NULL;
    ",
    ),
    // 2: early warning signs, daily check-ins, relapse-prevention plan versions.
    // Which signs a person watches and how they rated them are sealed; only ids,
    // order, dates and the plan's version number are in clear.
    Step::Sql(
        "
    CREATE TABLE signs (
        id         TEXT PRIMARY KEY,
        position   INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        retired_at INTEGER,
        body       BLOB NOT NULL
    ) STRICT;

    CREATE TABLE checkins (
        id         TEXT PRIMARY KEY,
        local_date TEXT NOT NULL UNIQUE,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        body       BLOB NOT NULL
    ) STRICT;

    CREATE TABLE plan_versions (
        id         TEXT PRIMARY KEY,
        version    INTEGER NOT NULL UNIQUE,
        created_at INTEGER NOT NULL,
        body       BLOB NOT NULL
    ) STRICT;
    ",
    ),
    // 3: medications, schedules, the dose log, notes for the doctor, the device's
    // zone history (so travel re-plans only what is still to come) and settings.
    Step::Sql(
        "
    CREATE TABLE device_zones (
        id         INTEGER PRIMARY KEY,
        changed_at INTEGER NOT NULL,
        body       BLOB NOT NULL
    ) STRICT;

    CREATE TABLE medications (
        id         TEXT PRIMARY KEY,
        status     TEXT NOT NULL CHECK (status IN ('active', 'paused', 'stopped')),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        body       BLOB NOT NULL
    ) STRICT;

    CREATE TABLE schedules (
        id            TEXT PRIMARY KEY,
        medication_id TEXT NOT NULL REFERENCES medications(id) ON DELETE CASCADE,
        created_at    INTEGER NOT NULL,
        body          BLOB NOT NULL
    ) STRICT;
    CREATE INDEX schedules_medication ON schedules(medication_id);

    CREATE TABLE doses (
        id            TEXT PRIMARY KEY,
        medication_id TEXT NOT NULL REFERENCES medications(id) ON DELETE CASCADE,
        schedule_id   TEXT REFERENCES schedules(id) ON DELETE CASCADE,
        local_date    TEXT NOT NULL,
        slot          TEXT,
        status        TEXT NOT NULL CHECK (status IN ('taken', 'skipped', 'snoozed')),
        at            INTEGER NOT NULL,
        logged_at     INTEGER NOT NULL,
        body          BLOB NOT NULL,
        UNIQUE (schedule_id, local_date, slot)
    ) STRICT;
    CREATE INDEX doses_medication ON doses(medication_id, local_date);
    CREATE INDEX doses_schedule ON doses(schedule_id, local_date);

    CREATE TABLE doctor_notes (
        id            TEXT PRIMARY KEY,
        medication_id TEXT REFERENCES medications(id) ON DELETE CASCADE,
        created_at    INTEGER NOT NULL,
        body          BLOB NOT NULL
    ) STRICT;
    CREATE INDEX doctor_notes_medication ON doctor_notes(medication_id);
    ",
    ),
    // 4: nothing readable at rest. Every table keeps in clear only its ids, foreign
    // keys, a row version and (for the two big tables) the ISO week an index needs;
    // everything else moves into the sealed body, re-sealed in format 2.
    Step::Rust(super::reseal::to_format_2),
    // 5: sharing the plan. The people this install is paired with, the consents
    // given to them, the copies of others' plans held as their supporter, and the
    // sharing audit log. Only ids and foreign keys are in clear; this install's own
    // keys are a sealed `meta` record.
    Step::Sql(
        "
    CREATE TABLE share_contacts (
        id   TEXT PRIMARY KEY,
        rev  INTEGER NOT NULL,
        body BLOB NOT NULL
    ) STRICT;

    CREATE TABLE share_consents (
        id         TEXT PRIMARY KEY,
        contact_id TEXT NOT NULL REFERENCES share_contacts(id) ON DELETE CASCADE,
        rev        INTEGER NOT NULL,
        body       BLOB NOT NULL
    ) STRICT;
    CREATE INDEX share_consents_contact ON share_consents(contact_id);

    CREATE TABLE shared_copies (
        id         TEXT PRIMARY KEY,
        contact_id TEXT NOT NULL REFERENCES share_contacts(id) ON DELETE CASCADE,
        rev        INTEGER NOT NULL,
        body       BLOB NOT NULL
    ) STRICT;
    CREATE INDEX shared_copies_contact ON shared_copies(contact_id);

    CREATE TABLE share_audit (
        id   TEXT PRIMARY KEY,
        rev  INTEGER NOT NULL,
        body BLOB NOT NULL
    ) STRICT;
    ",
    ),
    // 6: progress. Each occurrence of a repeating step checked off (found by its
    // step or its ISO week, like doses), the IMR modules started and worked through,
    // and the IMR Scale self-ratings. Dates, topics and values are sealed.
    Step::Sql(
        "
    CREATE TABLE step_occurrences (
        id      TEXT PRIMARY KEY,
        step_id TEXT NOT NULL REFERENCES steps(id) ON DELETE CASCADE,
        week    TEXT NOT NULL,
        rev     INTEGER NOT NULL,
        body    BLOB NOT NULL
    ) STRICT;
    CREATE INDEX step_occurrences_step ON step_occurrences(step_id, week);
    CREATE INDEX step_occurrences_week ON step_occurrences(week);

    CREATE TABLE module_progress (
        id   TEXT PRIMARY KEY,
        rev  INTEGER NOT NULL,
        body BLOB NOT NULL
    ) STRICT;

    CREATE TABLE scale_ratings (
        id   TEXT PRIMARY KEY,
        rev  INTEGER NOT NULL,
        body BLOB NOT NULL
    ) STRICT;
    ",
    ),
];

/// The first version whose bodies are sealed in format 2.
pub const FORMAT_2_SINCE: u32 = 4;

/// The tables of version 4. Each keeps in clear only what a query needs: its id,
/// foreign keys, `rev` (bumped on every write and bound into the body, so an older
/// body put back is refused) and, for check-ins and doses, the ISO week (`2026-W47`)
/// their index needs. Status, dates, times, positions and every timestamp are sealed.
pub(super) const TABLES_V4: &str = "
    CREATE TABLE meta (
        key  TEXT PRIMARY KEY,
        rev  INTEGER NOT NULL,
        body BLOB NOT NULL
    ) STRICT;

    CREATE TABLE goals (
        id   TEXT PRIMARY KEY,
        rev  INTEGER NOT NULL,
        body BLOB NOT NULL
    ) STRICT;

    CREATE TABLE steps (
        id      TEXT PRIMARY KEY,
        goal_id TEXT NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
        rev     INTEGER NOT NULL,
        body    BLOB NOT NULL
    ) STRICT;
    CREATE INDEX steps_goal ON steps(goal_id);

    CREATE TABLE problem_solving (
        id      TEXT PRIMARY KEY,
        step_id TEXT NOT NULL REFERENCES steps(id) ON DELETE CASCADE,
        rev     INTEGER NOT NULL,
        body    BLOB NOT NULL
    ) STRICT;
    CREATE INDEX problem_solving_step ON problem_solving(step_id);

    CREATE TABLE signs (
        id   TEXT PRIMARY KEY,
        rev  INTEGER NOT NULL,
        body BLOB NOT NULL
    ) STRICT;

    CREATE TABLE checkins (
        id    TEXT PRIMARY KEY,
        week  TEXT NOT NULL,
        rev   INTEGER NOT NULL,
        body  BLOB NOT NULL
    ) STRICT;
    CREATE INDEX checkins_week ON checkins(week);

    CREATE TABLE plan_versions (
        id      TEXT PRIMARY KEY,
        version INTEGER NOT NULL UNIQUE,
        rev     INTEGER NOT NULL,
        body    BLOB NOT NULL
    ) STRICT;

    CREATE TABLE device_zones (
        id   INTEGER PRIMARY KEY,
        rev  INTEGER NOT NULL,
        body BLOB NOT NULL
    ) STRICT;

    CREATE TABLE medications (
        id   TEXT PRIMARY KEY,
        rev  INTEGER NOT NULL,
        body BLOB NOT NULL
    ) STRICT;

    CREATE TABLE schedules (
        id            TEXT PRIMARY KEY,
        medication_id TEXT NOT NULL REFERENCES medications(id) ON DELETE CASCADE,
        rev           INTEGER NOT NULL,
        body          BLOB NOT NULL
    ) STRICT;
    CREATE INDEX schedules_medication ON schedules(medication_id);

    CREATE TABLE doses (
        id            TEXT PRIMARY KEY,
        medication_id TEXT NOT NULL REFERENCES medications(id) ON DELETE CASCADE,
        week          TEXT NOT NULL,
        rev           INTEGER NOT NULL,
        body          BLOB NOT NULL
    ) STRICT;
    CREATE INDEX doses_medication ON doses(medication_id, week);
    CREATE INDEX doses_week ON doses(week);

    CREATE TABLE doctor_notes (
        id            TEXT PRIMARY KEY,
        medication_id TEXT REFERENCES medications(id) ON DELETE CASCADE,
        rev           INTEGER NOT NULL,
        body          BLOB NOT NULL
    ) STRICT;
    CREATE INDEX doctor_notes_medication ON doctor_notes(medication_id);
";

/// The version this build writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;
