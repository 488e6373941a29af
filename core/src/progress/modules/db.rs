//! The SQL for module progress: one row per module the person marked, under a random
//! id, so not even which module it is stays in clear. At most eleven rows: they are
//! read whole and matched after opening.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::types::Value;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::catalog::ImrModule;
use crate::error::StegvisError;
use crate::store::rows::{self, open_all};
use crate::store::{from_ms, to_ms, Sealer};

pub(crate) const TABLE: &str = "module_progress";

/// What is sealed for one module.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Record {
    module: String,
    started_on: Option<NaiveDate>,
    done_on: Option<NaiveDate>,
    created_at: i64,
    updated_at: i64,
}

/// One module's stored progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Progress {
    pub id: String,
    pub module: ImrModule,
    pub started_on: Option<NaiveDate>,
    pub done_on: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

fn record(p: &Progress) -> Record {
    Record {
        module: p.module.key().to_owned(),
        started_on: p.started_on,
        done_on: p.done_on,
        created_at: to_ms(p.created_at),
        updated_at: to_ms(p.updated_at),
    }
}

/// Every module's stored progress that opens; a record naming a module this version
/// does not know is left out like a damaged one. Should two rows name one module (it
/// cannot happen through the app), the most recently changed one counts.
pub(crate) fn load_all(conn: &Connection, sealer: &Sealer) -> Result<Vec<Progress>, StegvisError> {
    let mut out: Vec<Progress> = Vec::new();
    for (row, rec) in open_all::<Record>(rows::select(conn, TABLE, "", [])?, sealer, TABLE)? {
        let Some(module) = ImrModule::from_key(&rec.module) else {
            continue;
        };
        let p = Progress {
            id: row.text("id")?.to_owned(),
            module,
            started_on: rec.started_on,
            done_on: rec.done_on,
            created_at: from_ms(rec.created_at)?,
            updated_at: from_ms(rec.updated_at)?,
        };
        match out.iter_mut().find(|o| o.module == module) {
            Some(o) if o.updated_at < p.updated_at => *o = p,
            Some(_) => {}
            None => out.push(p),
        }
    }
    Ok(out)
}

/// Writes `p`: a new row when none has its id yet.
pub(crate) fn save(conn: &Connection, sealer: &Sealer, p: &Progress) -> Result<(), StegvisError> {
    if !rows::update(conn, sealer, TABLE, "id", &p.id, &[], &record(p))? {
        rows::insert(
            conn,
            sealer,
            TABLE,
            &[("id", Value::Text(p.id.clone()))],
            &record(p),
        )?;
    }
    Ok(())
}

/// Removes every row of `module` (back to "not started").
pub(crate) fn remove(conn: &Connection, ids: &[String]) -> Result<(), StegvisError> {
    for id in ids {
        conn.execute(&format!("DELETE FROM {TABLE} WHERE id = ?1"), [id])
            .map_err(crate::store::map_sqlite)?;
    }
    Ok(())
}

/// A fresh id for a module's first mark.
pub(crate) fn new_id() -> String {
    Uuid::new_v4().to_string()
}
