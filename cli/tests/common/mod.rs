//! What every end-to-end test of the terminal needs: the real binary on a data folder
//! with a fixed clock, zone and language, and its output read as JSON or text.
#![allow(dead_code, clippy::unwrap_used)] // test helpers: a failed setup is a failed test

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

/// `stegvis` on `dir` at `now` (RFC 3339), in Oslo, speaking `lang`.
pub fn stegvis_in(dir: &Path, now: &str, lang: &str) -> Command {
    let mut cmd = Command::cargo_bin("stegvis").unwrap();
    cmd.env("STEGVIS_DATA_DIR", dir)
        .env("STEGVIS_NOW", now)
        .env("STEGVIS_ZONE", "Europe/Oslo")
        .env("STEGVIS_LANG", lang)
        .env_remove("NO_COLOR");
    cmd
}

/// Runs with `--json`, expects success, and parses what it printed.
pub fn json(cmd: &mut Command) -> Value {
    let out = cmd
        .arg("--json")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).unwrap()
}

/// Runs with `--json`, expects a refusal of bad input (exit 2), and parses the error
/// it wrote to stderr.
pub fn refused(cmd: &mut Command) -> Value {
    let out = cmd
        .arg("--json")
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    serde_json::from_slice(&out).unwrap()
}

/// Runs, expects success, and returns what it printed.
pub fn text(cmd: &mut Command) -> String {
    String::from_utf8(cmd.assert().success().get_output().stdout.clone()).unwrap()
}
