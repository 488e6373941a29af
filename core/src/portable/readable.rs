//! The readable export, for the person's own use: per kind of record one JSON file
//! and one CSV file, each record's clear columns and opened body side by side, times
//! written as local dates and times. It is NOT encrypted: the caller must say so.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::Path;

use chrono_tz::Tz;
use serde_json::{Map, Value};

use super::{Payload, TableRows};
use crate::error::{Field, InvalidReason, StegvisError};
use crate::l10n::Localizer;

/// What a readable export wrote, and the warning to show with it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReadableExport {
    /// The folder written to.
    pub dir: String,
    /// The files written, by name, in the order of the kinds.
    pub files: Vec<String>,
    /// "These files are not encrypted…", in the person's language. Always show it.
    pub warning: String,
}

/// Words the raw rows lack, from the domain's own read functions: a sign's name (a
/// catalog sign stores only its key) and a check-in's ratings in words (the row
/// stores them by sign id).
#[derive(Debug, Default)]
pub(crate) struct Words {
    /// Sign id → its name in the person's language.
    sign_names: HashMap<String, String>,
    /// Check-in date (`YYYY-MM-DD`) → "Quite a lot: Sleeping less · …".
    checkin_summaries: HashMap<String, String>,
}

/// Reads the [`Words`] in the same read transaction as the rows.
pub(crate) fn words(
    tx: &rusqlite::Transaction<'_>,
    sealer: &crate::store::Sealer,
    today: chrono::NaiveDate,
    loc: &Localizer,
) -> Result<Words, StegvisError> {
    use crate::signs::{db, readback, views};
    let signs = db::list_signs(tx, sealer, true)?;
    let sign_names = signs
        .iter()
        .map(|s| (s.id.to_string(), views::sign_name(&s.body, loc)))
        .collect();
    let first = chrono::NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or(today);
    let checkin_summaries = db::checkins_between(tx, sealer, first, today.max(first))?
        .iter()
        .map(|row| {
            let day = readback::one_day(Some(row), row.date, &signs, today, loc);
            (row.date.to_string(), day.summary)
        })
        .collect();
    Ok(Words {
        sign_names,
        checkin_summaries,
    })
}

impl Words {
    /// The extra columns for one record of `table`.
    fn for_record(&self, table: &str, record: &Map<String, Value>) -> Vec<(&'static str, String)> {
        let key = |column: &str| record.get(column).and_then(Value::as_str);
        match table {
            "signs" => key("id")
                .and_then(|id| self.sign_names.get(id))
                .map(|name| vec![("name", name.clone())])
                .unwrap_or_default(),
            "checkins" => key("local_date")
                .and_then(|date| self.checkin_summaries.get(date))
                .map(|summary| vec![("ratings_in_words", summary.clone())])
                .unwrap_or_default(),
            _ => Vec::new(),
        }
    }
}

/// The file name for a table's records: what a person would call them.
fn file_stem(table: &str) -> String {
    match table {
        "meta" => "settings",
        "problem_solving" => "problem-solving",
        "checkins" => "check-ins",
        "plan_versions" => "plan-versions",
        "medications" => "medicines",
        "doctor_notes" => "doctor-notes",
        "device_zones" => "time-zones",
        "step_occurrences" => "repeating-steps-done",
        other => other,
    }
    .replace('_', "-")
}

/// Whether a clear column holds an instant (UTC milliseconds): `created_at`, `at`, ….
fn is_instant(column: &str) -> bool {
    column == "at" || column.ends_with("_at")
}

/// A field as a person reads it: an instant (UTC milliseconds) as a local date and time.
fn shown(column: &str, value: &Value, zone: Tz, loc: &Localizer) -> Value {
    match value.as_i64() {
        Some(ms) if is_instant(column) => chrono::DateTime::from_timestamp_millis(ms)
            .map(|t| Value::String(loc.date_time(&t.with_timezone(&zone))))
            .unwrap_or_else(|| value.clone()),
        _ => value.clone(),
    }
}

/// One record as a flat object: clear columns, then the sealed record's fields, then
/// the fields of what the person wrote (nested under `body` in the sealed record).
/// The row version is storage bookkeeping and left out.
fn flatten(table: &TableRows, row: &[Value], zone: Tz, loc: &Localizer) -> Map<String, Value> {
    let mut out = Map::new();
    let put = |out: &mut Map<String, Value>, k: &str, v: &Value| {
        out.entry(k.to_owned())
            .or_insert_with(|| shown(k, v, zone, loc));
    };
    for (column, value) in table.columns.iter().zip(row) {
        if Some(column) == table.sealed.as_ref() {
            match value {
                Value::Object(fields) => {
                    let nested = fields.get("body").and_then(Value::as_object);
                    for (k, v) in fields {
                        if !(k == "body" && nested.is_some()) {
                            put(&mut out, k, v);
                        }
                    }
                    for (k, v) in nested.into_iter().flatten() {
                        put(&mut out, k, v);
                    }
                }
                other => put(&mut out, "value", other),
            }
        } else if column != crate::store::rows::REV {
            put(&mut out, column, value);
        }
    }
    out
}

/// A value as one CSV cell: text as itself, nested values as compact JSON.
fn cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn io(e: &std::io::Error) -> StegvisError {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
            StegvisError::ReadOnly
        }
        kind => StegvisError::Storage {
            detail: format!("readable export: {kind}"),
        },
    }
}

/// Copies of other people's plans are theirs, shared to be read in the app only: a
/// readable copy of this person's data leaves them out.
fn left_out_table(table: &str) -> bool {
    table == "shared_copies"
}

/// The sharing keys are secret (whoever holds them could open what is sealed to this
/// phone) and are nobody's words: never written in clear.
fn left_out_row(table: &TableRows, row: &[Value]) -> bool {
    table.name == "meta"
        && table
            .columns
            .iter()
            .position(|c| c == "key")
            .and_then(|i| row.get(i))
            .is_some_and(|v| v.as_str() == Some(crate::sharing::identity::META_KEY))
}

/// Writes the readable files for `payload` into `dir` (created if missing). A file
/// already there with the same name is replaced.
pub(crate) fn write(
    payload: &Payload,
    dir: &Path,
    words: &Words,
    zone: Tz,
    loc: &Localizer,
) -> Result<Vec<String>, StegvisError> {
    if dir.as_os_str().is_empty() {
        return Err(StegvisError::invalid(
            Field::ExportPath,
            InvalidReason::Empty,
        ));
    }
    fs::create_dir_all(dir).map_err(|e| io(&e))?;
    let mut files = Vec::new();
    for table in payload.tables.iter().filter(|t| !left_out_table(&t.name)) {
        let records: Vec<Map<String, Value>> = table
            .rows
            .iter()
            .filter(|row| !left_out_row(table, row))
            .map(|row| {
                let mut record = flatten(table, row, zone, loc);
                for (column, text) in words.for_record(&table.name, &record) {
                    record.insert(column.to_owned(), Value::String(text));
                }
                record
            })
            .collect();
        // Columns in the order first seen, so every record's fields have a column.
        let mut columns: Vec<String> = Vec::new();
        let mut index = BTreeMap::new();
        for record in &records {
            for key in record.keys() {
                if index.insert(key.clone(), columns.len()).is_none() {
                    columns.push(key.clone());
                }
            }
        }
        let stem = file_stem(&table.name);
        let json = serde_json::to_vec_pretty(&records).map_err(|_| StegvisError::Storage {
            detail: "readable export: encode".to_owned(),
        })?;
        fs::write(dir.join(format!("{stem}.json")), json).map_err(|e| io(&e))?;
        let mut csv = csv::Writer::from_path(dir.join(format!("{stem}.csv"))).map_err(|e| {
            StegvisError::Storage {
                detail: format!("readable export: {e}"),
            }
        })?;
        let csv_error = |_| StegvisError::Storage {
            detail: "readable export: csv".to_owned(),
        };
        csv.write_record(&columns).map_err(csv_error)?;
        for record in &records {
            csv.write_record(
                columns
                    .iter()
                    .map(|c| record.get(c).map(cell).unwrap_or_default()),
            )
            .map_err(csv_error)?;
        }
        csv.flush().map_err(|e| io(&e))?;
        files.push(format!("{stem}.json"));
        files.push(format!("{stem}.csv"));
    }
    Ok(files)
}
