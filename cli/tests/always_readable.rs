//! Issue 8, point 13 through the real binary: `plan show`, `today`, `goal list` and
//! `signs trend` answer while another program holds the write lock, and with a
//! damaged record they leave it out and say so.

#![allow(clippy::unwrap_used)] // test helpers: a failed setup is a failed test

mod common;

use std::path::Path;

use assert_cmd::Command;
use common::{json, stegvis_in, text};
use rusqlite::Connection;
use serde_json::Value;

const SUNDAY: &str = "2026-11-22T18:00:00Z";
const MONDAY: &str = "2026-11-23T09:00:00Z";

fn stegvis(dir: &Path, now: &str) -> Command {
    stegvis_in(dir, now, "en")
}

/// Two goals, a sign with two check-ins, and two versions of the plan.
fn fill(dir: &Path) -> Vec<String> {
    let goals: Vec<String> = ["Walk to the shop", "Call my sister"]
        .iter()
        .map(|g| {
            json(stegvis(dir, SUNDAY).args(["goal", "add", g, "--area", "health"]))["id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    let sign = json(stegvis(dir, SUNDAY).args(["signs", "add", "--catalog", "sleeping-less"]))
        ["id"]
        .as_str()
        .unwrap()
        .to_owned();
    for (now, value) in [(SUNDAY, "1"), (MONDAY, "2")] {
        stegvis(dir, now)
            .args(["checkin", "--rate", &format!("{sign}={value}")])
            .assert()
            .success();
    }
    for item in ["Go to bed at the same time", "Call Kari"] {
        stegvis(dir, SUNDAY)
            .args(["plan", "edit", "actions", "--add", item])
            .assert()
            .success();
    }
    goals
}

fn db(dir: &Path) -> Connection {
    Connection::open(dir.join("stegvis.db")).unwrap()
}

fn damage(dir: &Path, table: &str, key_column: &str, key: &str) {
    let conn = db(dir);
    let mut body: Vec<u8> = conn
        .query_row(
            &format!("SELECT body FROM {table} WHERE {key_column} = ?1"),
            [key],
            |r| r.get(0),
        )
        .unwrap();
    let middle = body.len() / 2;
    body[middle] ^= 0x5a;
    conn.execute(
        &format!("UPDATE {table} SET body = ?1 WHERE {key_column} = ?2"),
        rusqlite::params![body, key],
    )
    .unwrap();
}

#[test]
fn the_read_commands_answer_while_another_program_holds_the_write_lock() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    fill(dir);
    let other = db(dir);
    other.execute_batch("BEGIN EXCLUSIVE").unwrap();

    assert!(text(stegvis(dir, MONDAY).args(["plan", "show"])).contains("Call Kari"));
    assert!(text(stegvis(dir, MONDAY).args(["goal", "list"])).contains("Call my sister"));
    text(stegvis(dir, MONDAY).args(["today"]));
    let trend = json(stegvis(dir, MONDAY).args(["signs", "trend"]));
    assert_eq!(trend["days_checked_in"], 2);

    // A write waits, then says the database is in use, and changes nothing.
    let out = stegvis(dir, MONDAY)
        .args(["goal", "add", "Sleep", "--area", "health", "--json"])
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    let error: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(error["error"]["kind"], "busy");
    other.execute_batch("ROLLBACK").unwrap();
}

#[test]
fn the_read_commands_leave_out_a_damaged_record_and_say_so() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let goals = fill(dir);
    damage(dir, "goals", "id", &goals[0]);
    // The day is sealed; Sunday's check-in (2026-11-22) is the first one written.
    damage(dir, "checkins", "rowid", "1");
    damage(dir, "plan_versions", "version", "2");

    let list = text(stegvis(dir, MONDAY).args(["goal", "list"]));
    assert!(list.contains("Call my sister"), "{list}");
    assert!(!list.contains("Walk to the shop"));
    assert!(list.contains("1 entry could not be read"), "{list}");

    // The plan falls back to the newest version that opens, and says so.
    let plan = text(stegvis(dir, MONDAY).args(["plan", "show"]));
    assert!(plan.contains("Go to bed at the same time"), "{plan}");
    assert!(!plan.contains("Call Kari"));
    assert!(
        plan.contains("shows the newest version that could"),
        "{plan}"
    );

    let trend = stegvis(dir, MONDAY)
        .args(["signs", "trend", "--json"])
        .assert()
        .success()
        .get_output()
        .clone();
    let view: Value = serde_json::from_slice(&trend.stdout).unwrap();
    assert_eq!(view["days_checked_in"], 1);
    // With --json the view keeps its shape; the count goes to stderr.
    let note: Value = serde_json::from_slice(&trend.stderr).unwrap();
    assert_eq!(note["unreadable"][0]["kind"], "checkin");
    assert_eq!(note["unreadable"][0]["count"], 1);

    let today = text(stegvis(dir, MONDAY).args(["today"]));
    assert!(today.contains("could not be read"), "{today}");

    // A damaged record asked for by id is its own error, never "wrong key".
    let out = stegvis(dir, MONDAY)
        .args(["goal", "show", &goals[0], "--json"])
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    let error: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(error["error"]["kind"], "damaged-record");
}
