//! Issue 9, point 2, in the terminal: a key file others can read is refused in plain
//! words (exit 1), with a kind and reason for scripts, and nothing is changed.

#![cfg(unix)]
#![allow(clippy::unwrap_used)] // test helpers: a failed setup is a failed test

mod common;

use std::fs;
use std::os::unix::fs::PermissionsExt;

use common::{json, stegvis_in};
use serde_json::Value;

const MONDAY: &str = "2026-11-23T09:00:00Z";

#[test]
fn a_key_file_others_can_read_is_refused_in_plain_words() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    json(stegvis_in(&dir, MONDAY, "en").args([
        "goal",
        "add",
        "Walk to the shop",
        "--area",
        "health",
    ]));
    let key = dir.join("stegvis.key");
    assert_eq!(
        fs::metadata(&dir).unwrap().permissions().mode() & 0o777,
        0o700
    );
    assert_eq!(
        fs::metadata(&key).unwrap().permissions().mode() & 0o777,
        0o600
    );
    fs::set_permissions(&key, fs::Permissions::from_mode(0o644)).unwrap();
    let before = fs::read(dir.join("stegvis.db")).unwrap();

    let out = stegvis_in(&dir, MONDAY, "en")
        .args(["goal", "list"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    assert!(out.stdout.is_empty());
    let text = String::from_utf8(out.stderr).unwrap();
    assert!(text.contains("can be read by other users"), "{text}");
    assert!(text.contains("Nothing was changed."), "{text}");

    let out = stegvis_in(&dir, MONDAY, "nb")
        .args(["goal", "list"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let text = String::from_utf8(out.stderr).unwrap();
    assert!(text.contains("kan leses av andre brukere"), "{text}");

    let out = stegvis_in(&dir, MONDAY, "en")
        .args(["goal", "list", "--json"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let value: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(value["error"]["kind"], "key-file-unsafe");
    assert_eq!(value["error"]["reason"], "open-to-others");

    assert_eq!(fs::read(dir.join("stegvis.db")).unwrap(), before);
    assert_eq!(
        fs::metadata(&key).unwrap().permissions().mode() & 0o777,
        0o644
    );

    // Once only its owner can read it, everything is there.
    fs::set_permissions(&key, fs::Permissions::from_mode(0o600)).unwrap();
    let goals = json(stegvis_in(&dir, MONDAY, "en").args(["goal", "list"]));
    assert_eq!(goals.as_array().map(Vec::len), Some(1), "{goals}");
}

#[test]
fn programs_starting_on_a_new_folder_at_once_share_one_install() {
    for round in 0..3 {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("data");
        let children: Vec<_> = (0..4)
            .map(|i| {
                std::process::Command::new(assert_cmd::cargo::cargo_bin("stegvis"))
                    .env("STEGVIS_DATA_DIR", &dir)
                    .env("STEGVIS_NOW", MONDAY)
                    .env("STEGVIS_ZONE", "Europe/Oslo")
                    .env("STEGVIS_LANG", "en")
                    .args(["goal", "add", &format!("Goal {i}"), "--area", "health"])
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "round {round}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let goals = json(stegvis_in(&dir, MONDAY, "en").args(["goal", "list"]));
        assert_eq!(goals.as_array().map(Vec::len), Some(4), "round {round}");
        assert_eq!(fs::read(dir.join("stegvis.key")).unwrap().len(), 32);
        // No temporary file was left behind by the programs that lost the race.
        for entry in fs::read_dir(&dir).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            assert!(name.starts_with("stegvis."), "round {round}: {name}");
        }
    }
}
