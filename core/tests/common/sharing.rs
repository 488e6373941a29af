//! Sharing helpers for integration tests: real installs paired with each other, and a
//! logical dump of a data folder's database to prove a refusal wrote nothing. Included
//! with `#[path]` by the sharing tests only.
#![allow(dead_code, clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rusqlite::types::Value;
use rusqlite::Connection;
use stegvis_core::{Companion, PlanEdit, PlanItem, PlanSection};

use crate::common::{open, TestClock};

/// Where the parts of an envelope start (see `core/src/sharing/envelope.rs`).
pub mod layout {
    pub const VERSION: usize = 0;
    pub const KIND: usize = 1;
    pub const SENDER: usize = 2;
    pub const RECIPIENT: usize = 18;
    /// Sequence, plan version, created and expiry times.
    pub const COUNTERS: usize = 34;
    pub const ENC: usize = 62;
    pub const CT_LEN: usize = ENC + 1120;
    pub const CIPHERTEXT: usize = CT_LEN + 4;
    pub const SIGNATURE_LEN: usize = 64;
}

/// One install: its folder and the companion open on it.
pub struct Install {
    pub dir: PathBuf,
    pub companion: Arc<Companion>,
}

impl Install {
    pub fn open(root: &Path, name: &str, clock: Arc<TestClock>) -> Install {
        let dir = root.join(name);
        let companion = open(&dir, clock).unwrap();
        Install { dir, companion }
    }
}

fn item(text: &str) -> PlanItem {
    PlanItem {
        text: text.to_owned(),
        ..PlanItem::default()
    }
}

/// A plan with something in a few sections.
pub fn write_plan(c: &Companion) {
    c.edit_plan(vec![
        PlanEdit::AddItem {
            section: PlanSection::Triggers,
            item: item("Too many late nights"),
        },
        PlanEdit::AddItem {
            section: PlanSection::SupporterActions,
            item: PlanItem {
                text: "Ask me how I slept".to_owned(),
                supporter: Some("Kari".to_owned()),
                ..PlanItem::default()
            },
        },
        PlanEdit::AddItem {
            section: PlanSection::Contacts,
            item: PlanItem {
                text: "Clinic".to_owned(),
                reach: Some("Weekdays, phone 22 00 00 00".to_owned()),
                ..PlanItem::default()
            },
        },
    ])
    .unwrap();
}

/// `a` imports `b`'s code and the other way round; returns (b as `a` knows them,
/// `a` as `b` knows them).
pub fn pair(a: &Companion, b: &Companion) -> (String, String) {
    let a_code = a.share_pair_code().unwrap().text;
    let b_code = b.share_pair_code().unwrap().text;
    let b_at_a = a.share_pair(b_code, None).unwrap().contact_id;
    let a_at_b = b.share_pair(a_code, None).unwrap().contact_id;
    // `b` compared `a`'s digits: it takes in what `a` sends. (`a` confirms in `grant`.)
    b.share_confirm(a_at_b.clone()).unwrap();
    (b_at_a, a_at_b)
}

/// `a` imports only `b`'s code (so `a` can send to `b`, who never heard of `a`).
pub fn pair_one_way(a: &Companion, b: &Companion) -> String {
    let b_code = b.share_pair_code().unwrap().text;
    a.share_pair(b_code, None).unwrap().contact_id
}

/// Confirms `contact` and grants the given sections until `until`.
pub fn grant(c: &Companion, contact: &str, sections: Vec<PlanSection>, until: Option<&str>) {
    c.share_confirm(contact.to_owned()).unwrap();
    c.share_grant(contact.to_owned(), sections, until.map(str::to_owned))
        .unwrap();
}

/// The logical content of the folder's database: the schema, the user version and
/// every row of every table (sorted), read through SQLite so the WAL is included and
/// header bytes SQLite may touch on a read do not count.
pub struct Dumper(Connection);

impl Dumper {
    pub fn new(dir: &Path) -> Dumper {
        Dumper(Connection::open(stegvis_core::store::database_path(dir)).unwrap())
    }

    pub fn dump(&self) -> Vec<String> {
        let conn = &self.0;
        let mut out = Vec::new();
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        out.push(format!("user_version {version}"));
        let mut schema = conn
            .prepare("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")
            .unwrap();
        let mut tables = Vec::new();
        let rows = schema
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?,
                ))
            })
            .unwrap();
        for row in rows {
            let (kind, name, table, sql) = row.unwrap();
            out.push(format!("schema {kind} {name} {table} {sql:?}"));
            if kind == "table" {
                tables.push(name);
            }
        }
        for table in tables {
            let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
            let columns = stmt.column_count();
            let mut rows: Vec<String> = stmt
                .query_map([], |r| {
                    let values: Vec<Value> = (0..columns)
                        .map(|i| r.get::<_, Value>(i))
                        .collect::<Result<_, _>>()?;
                    Ok(format!("{table} {values:?}"))
                })
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            rows.sort();
            if rows.is_empty() {
                out.push(format!("{table} (empty)"));
            }
            out.extend(rows);
        }
        out
    }
}
