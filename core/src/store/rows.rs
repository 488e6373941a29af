//! Rows as sealed format 2 sees them: every column except `body` is clear and bound by
//! name into the body's associated data, so one piece of code can read, write and
//! re-seal a row of any table from `SELECT *` alone. Each write bumps the row's `rev`,
//! so an older body of the same row put back is refused.

use std::rc::Rc;

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, ToSql};
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::{map_sqlite, Sealer};
use crate::error::StegvisError;

/// The sealed column of every table.
pub const BODY: &str = "body";
/// The row version, 1 on insert and bumped on every update.
pub const REV: &str = "rev";

/// One row as stored: its clear columns by name, and the sealed body.
#[derive(Debug, Clone)]
pub struct SealedRow {
    /// The clear columns' names, shared by every row of one query.
    names: Rc<[String]>,
    values: Vec<Value>,
    pub body: Vec<u8>,
}

fn column(detail: &str) -> StegvisError {
    StegvisError::Storage {
        detail: format!("{detail} column"),
    }
}

impl SealedRow {
    /// The clear columns by name.
    pub fn clear(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.names
            .iter()
            .map(String::as_str)
            .zip(self.values.iter())
    }

    /// The clear columns as the sealer binds them.
    pub fn bound(&self) -> Vec<(&str, &dyn ToSql)> {
        self.clear().map(|(n, v)| (n, v as &dyn ToSql)).collect()
    }

    pub fn get(&self, name: &str) -> Option<&Value> {
        self.clear().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// A clear text column (an id, a foreign key, a month).
    pub fn text(&self, name: &str) -> Result<&str, StegvisError> {
        match self.get(name) {
            Some(Value::Text(t)) => Ok(t),
            _ => Err(column(name)),
        }
    }

    /// A clear text column that may be NULL.
    pub fn opt_text(&self, name: &str) -> Result<Option<&str>, StegvisError> {
        match self.get(name) {
            Some(Value::Text(t)) => Ok(Some(t)),
            Some(Value::Null) => Ok(None),
            _ => Err(column(name)),
        }
    }

    pub fn int(&self, name: &str) -> Result<i64, StegvisError> {
        match self.get(name) {
            Some(Value::Integer(i)) => Ok(*i),
            _ => Err(column(name)),
        }
    }

    /// The body opened for `table` under exactly these clear columns.
    pub fn open<T: DeserializeOwned>(
        &self,
        sealer: &Sealer,
        table: &str,
    ) -> Result<T, StegvisError> {
        sealer.open_row(table, &self.bound(), &self.body)
    }

    /// The body's JSON bytes, for code that handles every table alike.
    pub fn open_bytes(&self, sealer: &Sealer, table: &str) -> Result<Vec<u8>, StegvisError> {
        sealer.open_row_bytes(table, &self.bound(), &self.body)
    }
}

/// Every row of `SELECT * FROM table <rest>`, in the order SQLite returns them.
pub fn select<P: rusqlite::Params>(
    conn: &Connection,
    table: &str,
    rest: &str,
    params: P,
) -> Result<Vec<SealedRow>, StegvisError> {
    let mut stmt = conn
        .prepare_cached(&format!("SELECT * FROM {table} {rest}"))
        .map_err(map_sqlite)?;
    let all: Vec<&str> = stmt.column_names();
    let body_at = all
        .iter()
        .position(|n| *n == BODY)
        .ok_or_else(|| column(BODY))?;
    let names: Rc<[String]> = all
        .iter()
        .filter(|n| **n != BODY)
        .map(|n| (*n).to_owned())
        .collect();
    let columns = all.len();
    let mut rows = stmt.query(params).map_err(map_sqlite)?;
    let mut out = Vec::new();
    while let Some(row) = rows.next().map_err(map_sqlite)? {
        let mut values = Vec::with_capacity(columns - 1);
        for i in (0..columns).filter(|i| *i != body_at) {
            values.push(row.get::<_, Value>(i).map_err(map_sqlite)?);
        }
        out.push(SealedRow {
            names: Rc::clone(&names),
            values,
            body: row.get(body_at).map_err(map_sqlite)?,
        });
    }
    Ok(out)
}

/// The one row of `table` whose first column (`id`, or `key` in meta) is `key`.
pub fn select_one(
    conn: &Connection,
    table: &str,
    key_column: &str,
    key: &dyn ToSql,
) -> Result<Option<SealedRow>, StegvisError> {
    Ok(select(conn, table, &format!("WHERE {key_column} = ?1"), [key])?.pop())
}

/// Inserts a row with these clear columns (no `rev`: it starts at 1) and `record`
/// sealed under them.
pub fn insert<T: Serialize>(
    conn: &Connection,
    sealer: &Sealer,
    table: &str,
    clear: &[(&str, Value)],
    record: &T,
) -> Result<(), StegvisError> {
    let mut all: Vec<(&str, Value)> = clear.to_vec();
    all.push((REV, Value::Integer(1)));
    let bound: Vec<(&str, &dyn ToSql)> = all.iter().map(|(n, v)| (*n, v as &dyn ToSql)).collect();
    let body = sealer.seal_row(table, &bound, record)?;
    let names: Vec<&str> = all.iter().map(|(n, _)| *n).collect();
    let marks: Vec<String> = (1..=all.len() + 1).map(|i| format!("?{i}")).collect();
    let sql = format!(
        "INSERT INTO {table} ({}, {BODY}) VALUES ({})",
        names.join(", "),
        marks.join(", ")
    );
    let mut values: Vec<Value> = all.into_iter().map(|(_, v)| v).collect();
    values.push(Value::Blob(body));
    conn.prepare_cached(&sql)
        .map_err(map_sqlite)?
        .execute(params_from_iter(values))
        .map_err(map_sqlite)?;
    Ok(())
}

/// Re-seals the row of `table` whose `key_column` is `key` with `record`, its clear
/// columns changed as `changes` says and its `rev` bumped. `Ok(false)` if there is no
/// such row.
pub fn update<T: Serialize>(
    conn: &Connection,
    sealer: &Sealer,
    table: &str,
    key_column: &str,
    key: &dyn ToSql,
    changes: &[(&str, Value)],
    record: &T,
) -> Result<bool, StegvisError> {
    let Some(row) = select_one(conn, table, key_column, key)? else {
        return Ok(false);
    };
    let old_rev = row.int(REV)?;
    let mut clear: Vec<(String, Value)> = row
        .clear()
        .map(|(n, v)| (n.to_owned(), v.clone()))
        .collect();
    for (name, value) in changes {
        match clear.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => slot.1 = value.clone(),
            None => return Err(column(name)),
        }
    }
    for (name, value) in clear.iter_mut() {
        if name == REV {
            *value = Value::Integer(old_rev.saturating_add(1));
        }
    }
    let bound: Vec<(&str, &dyn ToSql)> = clear
        .iter()
        .map(|(n, v)| (n.as_str(), v as &dyn ToSql))
        .collect();
    let body = sealer.seal_row(table, &bound, record)?;
    let sets: Vec<String> = clear
        .iter()
        .enumerate()
        .map(|(i, (n, _))| format!("{n} = ?{}", i + 1))
        .collect();
    let n = clear.len();
    let sql = format!(
        "UPDATE {table} SET {}, {BODY} = ?{} WHERE {key_column} = ?{} AND {REV} = ?{}",
        sets.join(", "),
        n + 1,
        n + 2,
        n + 3
    );
    let mut values: Vec<Value> = clear.into_iter().map(|(_, v)| v).collect();
    values.push(Value::Blob(body));
    let key_value = match key.to_sql().map_err(map_sqlite)? {
        rusqlite::types::ToSqlOutput::Borrowed(v) => Value::from(v),
        rusqlite::types::ToSqlOutput::Owned(v) => v,
        _ => return Err(column(key_column)),
    };
    values.push(key_value);
    values.push(Value::Integer(old_rev));
    let changed = conn
        .prepare_cached(&sql)
        .map_err(map_sqlite)?
        .execute(params_from_iter(values))
        .map_err(map_sqlite)?;
    Ok(changed == 1)
}

/// Opens every row, keeping `(row, record)` of those that open; damaged ones are left
/// out, any other error ends the read.
pub fn open_all<T: DeserializeOwned>(
    rows: Vec<SealedRow>,
    sealer: &Sealer,
    table: &str,
) -> Result<Vec<(SealedRow, T)>, StegvisError> {
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        match row.open(sealer, table) {
            Ok(record) => out.push((row, record)),
            Err(StegvisError::DamagedRecord) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

/// The ISO week (`2026-W47`) a local date is filed under: the only date left in clear,
/// for the two tables that grow every day (check-ins and doses). A week, not a month:
/// the today view opens the doses of the days around today, and a month of them
/// would cost it more than its budget. The text sorts in time order, so a range of
/// days is `week BETWEEN week_of(from) AND week_of(to)`.
pub fn week_of(date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let week = date.iso_week();
    format!("{:04}-W{:02}", week.year(), week.week())
}
