//! Schema step 4: re-seals every record in format 2 and moves every clear column a
//! query does not need into the sealed body.
//!
//! Each old table is renamed aside, the new tables are made, every old row is opened
//! (format 1), and it is sealed again under its new clear columns as one record: the
//! old record under `body`, beside the moved columns under their column names and with
//! their stored values (instants as UTC milliseconds, dates as `YYYY-MM-DD`, keys as
//! text). Nesting, not merging, keeps reading cheap (no buffered `serde(flatten)`). Then the old tables
//! are dropped. It all runs inside the one migration transaction, so it is all or
//! nothing.
//!
//! A format-1 row that does not open blocks the migration: it is refused with
//! [`StegvisError::DamagedRecord`] and the file stays exactly as it was, so nothing is
//! lost or silently dropped, and the old version (or a later fix) can still read the
//! rest of the folder. A damaged row's moved columns could not be sealed into anything
//! that opens, so carrying it over would lose them for certain.

use rusqlite::types::Value;
use rusqlite::Transaction;
use serde_json::{Map, Value as Json};

use super::rows::{self, week_of};
use super::schema::TABLES_V4;
use super::{date_from_sql, map_sqlite, query_all, Sealer};
use crate::error::StegvisError;

/// An old table and what of it stays in clear.
struct Table {
    name: &'static str,
    /// The column the format-1 body was bound to, and the column holding the body.
    key: &'static str,
    body: &'static str,
    /// Columns kept in clear as they are (ids and foreign keys).
    keep: &'static [&'static str],
    /// The local-date column whose ISO week is kept in clear, for the big tables.
    week_of: Option<&'static str>,
}

/// In the order rows are copied: a row's parent before the row.
const TABLES: &[Table] = &[
    Table::plain("goals", &["id"]),
    Table::plain("steps", &["id", "goal_id"]),
    Table::plain("problem_solving", &["id", "step_id"]),
    Table::plain("signs", &["id"]),
    Table::dated("checkins", &["id"]),
    Table::plain("plan_versions", &["id", "version"]),
    Table::plain("device_zones", &["id"]),
    Table::plain("medications", &["id"]),
    Table::plain("schedules", &["id", "medication_id"]),
    Table::dated("doses", &["id", "medication_id"]),
    Table::plain("doctor_notes", &["id", "medication_id"]),
];

/// The indexes of versions 1 to 3; their names are taken again by version 4.
const OLD_INDEXES: &[&str] = &[
    "goals_status",
    "steps_goal",
    "steps_due",
    "problem_solving_step",
    "problem_solving_follow_up",
    "schedules_medication",
    "doses_medication",
    "doses_schedule",
    "doctor_notes_medication",
];

/// The canary is sealed again by the migration itself, after every step.
const CANARY_KEY: &str = "canary";

impl Table {
    const fn plain(name: &'static str, keep: &'static [&'static str]) -> Table {
        Table {
            name,
            key: "id",
            body: "body",
            keep,
            week_of: None,
        }
    }

    const fn dated(name: &'static str, keep: &'static [&'static str]) -> Table {
        Table {
            week_of: Some("local_date"),
            ..Table::plain(name, keep)
        }
    }
}

fn storage(detail: &str) -> StegvisError {
    StegvisError::Storage {
        detail: detail.to_owned(),
    }
}

fn old(name: &str) -> String {
    format!("v3_{name}")
}

fn to_json(value: &Value) -> Result<Json, StegvisError> {
    Ok(match value {
        Value::Null => Json::Null,
        Value::Integer(i) => Json::from(*i),
        Value::Text(t) => Json::from(t.as_str()),
        Value::Real(f) => Json::from(*f),
        Value::Blob(_) => return Err(storage("blob column")),
    })
}

fn as_text(value: &Value) -> Result<String, StegvisError> {
    match value {
        Value::Text(t) => Ok(t.clone()),
        Value::Integer(i) => Ok(i.to_string()),
        _ => Err(storage("key column")),
    }
}

/// The step itself: see the module documentation.
pub(super) fn to_format_2(tx: &Transaction<'_>, sealer: &Sealer) -> Result<(), StegvisError> {
    for index in OLD_INDEXES {
        tx.execute_batch(&format!("DROP INDEX IF EXISTS {index}"))
            .map_err(map_sqlite)?;
    }
    tx.execute_batch("ALTER TABLE meta RENAME TO v3_meta")
        .map_err(map_sqlite)?;
    for table in TABLES {
        tx.execute_batch(&format!(
            "ALTER TABLE {} RENAME TO {}",
            table.name,
            old(table.name)
        ))
        .map_err(map_sqlite)?;
    }
    tx.execute_batch(TABLES_V4).map_err(map_sqlite)?;

    copy_meta(tx, sealer)?;
    for table in TABLES {
        copy(tx, sealer, table)?;
    }

    for table in TABLES.iter().rev() {
        tx.execute_batch(&format!("DROP TABLE {}", old(table.name)))
            .map_err(map_sqlite)?;
    }
    tx.execute_batch("DROP TABLE v3_meta").map_err(map_sqlite)?;
    Ok(())
}

/// Settings (and any other key but the canary) keep their record as it was.
fn copy_meta(tx: &Transaction<'_>, sealer: &Sealer) -> Result<(), StegvisError> {
    let rows: Vec<(String, Vec<u8>)> = query_all(
        tx,
        "SELECT key, value FROM v3_meta WHERE key <> ?1 ORDER BY rowid",
        [CANARY_KEY],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    for (key, sealed) in rows {
        let record: Json = sealer.open_v1("meta", &key, &sealed)?;
        rows::insert(tx, sealer, "meta", &[("key", Value::Text(key))], &record)?;
    }
    Ok(())
}

fn copy(tx: &Transaction<'_>, sealer: &Sealer, table: &Table) -> Result<(), StegvisError> {
    let columns: Vec<String> = query_all(
        tx,
        &format!(
            "SELECT name FROM pragma_table_info('{}') ORDER BY cid",
            old(table.name)
        ),
        [],
        |r| r.get(0),
    )?;
    let mut stmt = tx
        .prepare(&format!("SELECT * FROM {} ORDER BY rowid", old(table.name)))
        .map_err(map_sqlite)?;
    let mut cursor = stmt.query([]).map_err(map_sqlite)?;
    while let Some(row) = cursor.next().map_err(map_sqlite)? {
        let mut values = Vec::with_capacity(columns.len());
        for i in 0..columns.len() {
            values.push(row.get::<_, Value>(i).map_err(map_sqlite)?);
        }
        let named = || columns.iter().map(String::as_str).zip(values.iter());
        let find = |name: &str| named().find(|(n, _)| *n == name).map(|(_, v)| v);
        let key = as_text(find(table.key).ok_or_else(|| storage("key column"))?)?;
        let sealed = match find(table.body) {
            Some(Value::Blob(b)) => b.as_slice(),
            _ => return Err(storage("body column")),
        };
        let mut record = Map::new();
        record.insert(
            "body".to_owned(),
            sealer.open_v1::<Json>(table.name, &key, sealed)?,
        );
        let mut clear: Vec<(&str, Value)> = Vec::with_capacity(table.keep.len() + 1);
        for (name, value) in named() {
            if name == table.body {
                continue;
            }
            if table.keep.contains(&name) {
                clear.push((name, value.clone()));
                continue;
            }
            if record.insert(name.to_owned(), to_json(value)?).is_some() {
                return Err(storage("moved column named body"));
            }
        }
        if let Some(date_column) = table.week_of {
            let date = match find(date_column) {
                Some(Value::Text(t)) => date_from_sql(t)?,
                _ => return Err(storage("date column")),
            };
            clear.push(("week", Value::Text(week_of(date))));
        }
        rows::insert(tx, sealer, table.name, &clear, &Json::Object(record))?;
    }
    Ok(())
}
