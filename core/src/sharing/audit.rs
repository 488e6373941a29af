//! The sharing audit log: every pairing, consent, change, withdrawal and envelope, on
//! each side, as an entry the person can read. It names people, sections and version
//! numbers, never anything from the plan itself.

use chrono_tz::Tz;
use rusqlite::types::Value;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::model::{AuditEntry, AuditEvent};
use crate::error::StegvisError;
use crate::l10n::{Args, Localizer};
use crate::plan::PlanSection;
use crate::store::{rows, Sealer};
use crate::time::Timestamp;

const TABLE: &str = "share_audit";

/// One entry as kept (sealed like everything else).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Record {
    pub event: AuditEvent,
    pub at: Timestamp,
    pub contact_id: Option<Uuid>,
    /// The contact's name when it happened.
    pub name: String,
    #[serde(default)]
    pub sections: Vec<PlanSection>,
    #[serde(default)]
    pub version: Option<u32>,
}

impl Record {
    pub fn new(event: AuditEvent, at: Timestamp, contact: Uuid, name: &str) -> Record {
        Record {
            event,
            at,
            contact_id: Some(contact),
            name: name.to_owned(),
            sections: Vec::new(),
            version: None,
        }
    }

    pub fn sections(mut self, sections: &[PlanSection]) -> Record {
        self.sections = sections.to_vec();
        self
    }

    pub fn version(mut self, version: u32) -> Record {
        self.version = Some(version);
        self
    }
}

pub(crate) fn record(
    conn: &Connection,
    sealer: &Sealer,
    entry: &Record,
) -> Result<(), StegvisError> {
    rows::insert(
        conn,
        sealer,
        TABLE,
        &[("id", Value::Text(Uuid::new_v4().to_string()))],
        entry,
    )
}

/// Every entry that opens, in the order written (so entries of the same instant keep
/// their order); the history calendar reads consents given, changed and withdrawn here.
pub(crate) fn records(conn: &Connection, sealer: &Sealer) -> Result<Vec<Record>, StegvisError> {
    Ok(rows::open_all::<Record>(
        rows::select(conn, TABLE, "ORDER BY rowid", [])?,
        sealer,
        TABLE,
    )?
    .into_iter()
    .map(|(_, r)| r)
    .collect())
}

/// Every entry that opens, newest first, as sentences in the person's language.
pub(crate) fn entries(
    conn: &Connection,
    sealer: &Sealer,
    zone: Tz,
    loc: &Localizer,
) -> Result<Vec<AuditEntry>, StegvisError> {
    let mut found = records(conn, sealer)?;
    found.sort_by_key(|r| r.at);
    found.reverse();
    Ok(found.iter().map(|r| entry(r, zone, loc)).collect())
}

fn entry(record: &Record, zone: Tz, loc: &Localizer) -> AuditEntry {
    let sections: Vec<String> = super::consent::ordered(&record.sections)
        .iter()
        .map(|s| loc.t(&format!("plan-section-{}", s.key())))
        .collect();
    let args = Args::new()
        .text("name", record.name.clone())
        .text("sections", sections.join("; "))
        .num("version", i64::from(record.version.unwrap_or(0)));
    AuditEntry {
        event: record.event,
        at: record.at,
        at_label: loc.date_time(&record.at.with_timezone(&zone)),
        text: loc.ta(&format!("audit-{}", record.event.key()), &args),
        contact_id: record.contact_id.map(|id| id.to_string()),
    }
}
