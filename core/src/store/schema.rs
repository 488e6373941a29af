//! The schema as data: one SQL step per version, applied in order.
//!
//! Rules for adding a step: never edit a step that has shipped; add a new one at the
//! end. Columns used to find rows (ids, dates, kinds, foreign keys) are in clear;
//! everything a person wrote is in a sealed `body`. Every foreign key has an index.

/// `PRAGMA application_id`: "STGV". A database without it is not ours.
pub const APPLICATION_ID: i32 = 0x5354_4756;

/// Each entry upgrades the schema from version `index` to `index + 1`.
pub const MIGRATIONS: &[&str] = &[
    // 1: meta (canary, settings), goals, steps, problem-solving records.
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
    // 2: early warning signs, daily check-ins, relapse-prevention plan versions.
    // Which signs a person watches and how they rated them are sealed; only ids,
    // order, dates and the plan's version number are in clear.
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
    // 3: medications, schedules, the dose log, notes for the doctor, the device's
    // zone history (so travel re-plans only what is still to come) and settings.
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
    // 4 (performance): `doses_schedule (schedule_id, local_date)` repeats the start of
    // the UNIQUE (schedule_id, local_date, slot) index, which answers every query it
    // did; dropping it takes an eighth off five years' database and one index update
    // off every dose logged. `IF EXISTS`, so it holds wherever it lands among steps.
    "
    DROP INDEX IF EXISTS doses_schedule;
    ",
];

/// The version this build writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;
