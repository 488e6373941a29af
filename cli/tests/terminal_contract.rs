//! Issue 8, point 18: the terminal's contract with scripts. Every error is JSON with
//! `--json` (argument parsing too), naming the field, exit 2; negative numbers reach
//! validation; a closed stdout ends quietly; `--data-dir` is taken as given.

#![allow(clippy::unwrap_used)] // test helpers: a failed setup is a failed test

use std::io::Read;
use std::path::Path;
use std::process::Stdio;

use assert_cmd::Command;
use serde_json::Value;

const MONDAY: &str = "2026-11-23T09:00:00Z";

fn stegvis(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("stegvis").unwrap();
    cmd.env("STEGVIS_DATA_DIR", dir)
        .env("STEGVIS_NOW", MONDAY)
        .env("STEGVIS_ZONE", "Europe/Oslo")
        .env("STEGVIS_LANG", "en");
    cmd
}

/// Runs with `--json`, expects exit 2 and one JSON error on stderr, nothing on stdout.
fn json_error(cmd: &mut Command) -> Value {
    let out = cmd.arg("--json").assert().code(2).get_output().clone();
    assert!(out.stdout.is_empty(), "stdout: {:?}", out.stdout);
    let text = String::from_utf8(out.stderr).unwrap();
    let value: Value = serde_json::from_str(text.trim()).unwrap();
    let error = &value["error"];
    for key in ["kind", "field", "reason", "message"] {
        assert!(error[key].is_string(), "{key} missing in {text}");
    }
    value["error"].clone()
}

fn field_and_reason(error: &Value) -> (&str, &str) {
    (
        error["field"].as_str().unwrap(),
        error["reason"].as_str().unwrap(),
    )
}

#[test]
fn argument_errors_are_json_naming_the_field() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");

    let unknown = json_error(stegvis(&dir).args(["signs", "trend", "--wekks", "2"]));
    assert_eq!(field_and_reason(&unknown), ("wekks", "unknown"));
    assert_eq!(unknown["kind"], "invalid-input");

    let missing = json_error(stegvis(&dir).args(["meds", "snooze"]));
    assert_eq!(field_and_reason(&missing), ("occurrence", "missing"));

    let no_value = json_error(stegvis(&dir).args(["checkin", "--rate"]));
    assert_eq!(field_and_reason(&no_value), ("rate", "missing"));

    let bad_value = json_error(stegvis(&dir).args(["signs", "trend", "--weeks", "four"]));
    assert_eq!(field_and_reason(&bad_value), ("weeks", "malformed"));

    let no_command = json_error(stegvis(&dir).args(["goal"]));
    assert_eq!(field_and_reason(&no_command), ("command", "missing"));

    // `--json` anywhere on the line counts, even after the mistake.
    let out = stegvis(&dir)
        .args(["--bogus", "--json"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    let value: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(value["error"]["field"], "bogus");

    // Nothing was created by a command line that did not parse.
    assert!(!dir.exists());
}

#[test]
fn argument_errors_without_json_are_sentences_in_the_persons_language() {
    let tmp = tempfile::tempdir().unwrap();
    let out = stegvis(tmp.path())
        .env("STEGVIS_LANG", "nb")
        .args(["signs", "trend", "--wekks", "2"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    let text = String::from_utf8(out.stderr).unwrap();
    assert!(
        text.contains("--wekks er ikke noe denne kommandoen tar imot"),
        "{text}"
    );
    assert!(text.contains("--weeks"), "clap's tip stays: {text}");
}

#[test]
fn help_and_version_still_print_normally() {
    let tmp = tempfile::tempdir().unwrap();
    let help = stegvis(tmp.path())
        .args(["signs", "--help", "--json"])
        .assert()
        .success()
        .get_output()
        .clone();
    assert!(String::from_utf8(help.stdout)
        .unwrap()
        .contains("Usage: stegvis signs"));
    let version = stegvis(tmp.path())
        .args(["--version"])
        .assert()
        .success()
        .get_output()
        .clone();
    assert!(String::from_utf8(version.stdout)
        .unwrap()
        .starts_with("stegvis "));
}

#[test]
fn negative_numbers_reach_validation() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");

    let weeks = json_error(stegvis(&dir).args(["signs", "trend", "--weeks", "-1"]));
    assert_eq!(field_and_reason(&weeks), ("weeks", "out-of-range"));
    assert!(weeks["message"].as_str().unwrap().contains("1 to 52"));

    let sleep = json_error(stegvis(&dir).args(["checkin", "--sleep", "-2"]));
    assert_eq!(field_and_reason(&sleep), ("sleep-hours", "out-of-range"));

    let count = json_error(stegvis(&dir).args(["meds", "add", "Sertraline", "--count", "-3"]));
    assert_eq!(field_and_reason(&count), ("count", "out-of-range"));

    // A real dose to snooze, so the minutes are what is checked.
    let added = stegvis(&dir)
        .args(["meds", "add", "Sertraline", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let med: Value = serde_json::from_slice(&added).unwrap();
    stegvis(&dir)
        .args(["meds", "schedule", "add", med["id"].as_str().unwrap()])
        .args(["--at", "09:30"])
        .assert()
        .success();
    let occurrences = stegvis(&dir)
        .args([
            "meds",
            "occurrences",
            "--from",
            "2026-11-23",
            "--to",
            "2026-11-23",
        ])
        .arg("--json")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let occurrences: Value = serde_json::from_slice(&occurrences).unwrap();
    let occurrence = occurrences[0]["id"].as_str().unwrap().to_owned();
    let minutes =
        json_error(stegvis(&dir).args(["meds", "snooze", &occurrence, "--minutes", "-5"]));
    assert_eq!(
        field_and_reason(&minutes),
        ("snooze-minutes", "out-of-range")
    );

    // Any other counting argument: refused as out of range, naming it, never a
    // "-1 is not a flag" parse error.
    let version = json_error(stegvis(&dir).args(["plan", "show", "--version", "-3"]));
    assert_eq!(field_and_reason(&version), ("version", "out-of-range"));
}

/// A pipe for the child's stdout, made small (one page) so that a command printing
/// more than that is sure to still be writing when the reader goes away.
#[cfg(target_os = "linux")]
fn small_pipe() -> (std::fs::File, Stdio) {
    use std::os::fd::{FromRawFd, OwnedFd};
    let mut fds = [0; 2];
    // SAFETY: `pipe2` fills `fds` with two new close-on-exec descriptors that nothing
    // else owns; each is wrapped exactly once below.
    assert_eq!(unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) }, 0);
    // SAFETY: a plain fcntl on a descriptor we own; failure only leaves it larger.
    unsafe {
        libc::fcntl(fds[1], libc::F_SETPIPE_SZ, 4096);
    }
    // SAFETY: see above: each descriptor is owned once.
    let (read, write) = unsafe {
        (
            std::fs::File::from_raw_fd(fds[0]),
            OwnedFd::from_raw_fd(fds[1]),
        )
    };
    (read, Stdio::from(write))
}

/// Runs `args` with stdout a pipe that is closed after reading `keep` bytes, as
/// `| head -c keep` does, and returns (exit code, stderr).
#[cfg(target_os = "linux")]
fn with_closed_stdout(dir: &Path, args: &[&str], keep: usize) -> (Option<i32>, String) {
    let (mut stdout, child_stdout) = small_pipe();
    let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("stegvis"));
    command
        .env("STEGVIS_DATA_DIR", dir)
        .env("STEGVIS_NOW", MONDAY)
        .env("STEGVIS_ZONE", "Europe/Oslo")
        .env("STEGVIS_LANG", "en")
        .args(args)
        .stdin(Stdio::null())
        .stdout(child_stdout)
        .stderr(Stdio::piped());
    let mut child = command.spawn().unwrap();
    drop(command); // our copy of the write end
    let mut first = vec![0u8; keep];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    (status.code(), stderr)
}

#[cfg(target_os = "linux")]
#[test]
fn a_closed_stdout_ends_quietly() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    // More output than the pipe holds, so the reader is gone mid-way.
    for i in 0..40 {
        stegvis(&dir)
            .args([
                "goal",
                "add",
                &format!("Goal number {i} with a long text"),
                "--area",
                "health",
            ])
            .assert()
            .success();
    }
    for args in [
        &["goal", "list"][..],
        &["goal", "list", "--json"][..],
        &["signs", "catalog"][..],
        &["today"][..],
    ] {
        let (code, stderr) = with_closed_stdout(&dir, args, 10);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(!stderr.contains("Broken pipe"), "{args:?}: {stderr}");
        assert_ne!(code, Some(101), "{args:?}");
    }
}

#[test]
fn the_data_dir_is_taken_as_given() {
    let tmp = tempfile::tempdir().unwrap();
    let run = |data_dir: &str| {
        Command::cargo_bin("stegvis")
            .unwrap()
            .current_dir(tmp.path())
            .env_remove("STEGVIS_DATA_DIR")
            .env("STEGVIS_NOW", MONDAY)
            .env("STEGVIS_ZONE", "Europe/Oslo")
            .env("STEGVIS_LANG", "en")
            .args([
                "--data-dir",
                data_dir,
                "goal",
                "add",
                "Walk",
                "--area",
                "health",
            ])
            .assert()
            .success();
    };
    // Relative, a literal `~` (no shell expanded it), and trailing spaces: database
    // and key always end up together in exactly that folder.
    for (given, folder) in [
        ("./relative", "relative"),
        ("~/stegvis", "~/stegvis"),
        ("with space  ", "with space  "),
    ] {
        run(given);
        let folder = tmp.path().join(folder);
        assert!(folder.join("stegvis.db").is_file(), "{given:?}");
        assert!(folder.join("stegvis.key").is_file(), "{given:?}");
    }
    assert!(!tmp.path().join("with space").exists());

    // And it is the same folder the next time: the goal is there.
    let out = Command::cargo_bin("stegvis")
        .unwrap()
        .current_dir(tmp.path())
        .env_remove("STEGVIS_DATA_DIR")
        .env("STEGVIS_NOW", MONDAY)
        .env("STEGVIS_ZONE", "Europe/Oslo")
        .args(["--data-dir", "with space  ", "goal", "list", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let goals: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(goals.as_array().unwrap().len(), 1);
}
