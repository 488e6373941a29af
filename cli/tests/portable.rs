//! `export`, `import` and `erase` through the real binary: a round trip to a new
//! folder, the typed refusals a script can act on, and the prompts a person sees.
#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use common::{json, stegvis_in, text};
use serde_json::Value;

const NOW: &str = "2026-11-23T09:00:00Z";
const PASSPHRASE: &str = "a long walk home";
const CANARY: &str = "Qx-canary-4412-tjeld";

fn with_goal(dir: &Path) {
    json(stegvis_in(dir, NOW, "en").args([
        "goal",
        "add",
        &format!("Walk {CANARY}"),
        "--why",
        &format!("Because {CANARY}"),
    ]));
    json(stegvis_in(dir, NOW, "en").args(["meds", "add", "Sertraline", "--dose", "50 mg"]));
}

fn with_passphrase(mut cmd: Command, passphrase: &str) -> Command {
    cmd.env("STEGVIS_PASSPHRASE", passphrase);
    cmd
}

/// The JSON error a failed command printed, with its exit code.
fn failure(cmd: &mut Command) -> (i32, Value) {
    let out = cmd.arg("--json").output().unwrap();
    let code = out.status.code().unwrap();
    (code, serde_json::from_slice(&out.stderr).unwrap())
}

fn listing(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .map(|entries| {
            entries
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn an_export_restores_into_a_new_folder_with_the_same_goals_and_medicines() {
    let root = tempfile::tempdir().unwrap();
    let old = root.path().join("old");
    with_goal(&old);
    let out = root.path().join("out");
    fs::create_dir(&out).unwrap();
    let file = out.join("mine.stegvis");
    let summary = json(
        with_passphrase(stegvis_in(&old, NOW, "en"), PASSPHRASE)
            .args(["export", "--out"])
            .arg(&file),
    );
    assert_eq!(summary["unreadable"], 0);
    assert_eq!(listing(&out), vec!["mine.stegvis".to_owned()]);
    let bytes = fs::read(&file).unwrap();
    assert!(!bytes.windows(CANARY.len()).any(|w| w == CANARY.as_bytes()));

    let new = root.path().join("new");
    let restored = json(
        with_passphrase(stegvis_in(&new, NOW, "en"), PASSPHRASE)
            .arg("import")
            .arg(&file),
    );
    assert_eq!(restored["records"], summary["records"]);
    for args in [["goal", "list"], ["meds", "list"]] {
        assert_eq!(
            json(stegvis_in(&new, NOW, "en").args(args)),
            json(stegvis_in(&old, NOW, "en").args(args)),
            "{args:?}"
        );
    }
    assert!(new.join("stegvis.key").exists());
}

#[test]
fn import_says_in_plain_words_what_went_wrong_and_leaves_the_folder_empty() {
    let root = tempfile::tempdir().unwrap();
    let old = root.path().join("old");
    with_goal(&old);
    let file = root.path().join("mine.stegvis");
    json(
        with_passphrase(stegvis_in(&old, NOW, "en"), PASSPHRASE)
            .args(["export", "--out"])
            .arg(&file),
    );
    let new = root.path().join("new");
    let (code, error) = failure(
        with_passphrase(stegvis_in(&new, NOW, "en"), "a long walk hone")
            .arg("import")
            .arg(&file),
    );
    assert_eq!(code, 1);
    assert_eq!(error["error"]["kind"], "import");
    assert_eq!(error["error"]["reason"], "wrong-passphrase-or-changed");
    assert!(listing(&new).is_empty(), "{:?}", listing(&new));

    // In Norwegian, in words.
    let out = with_passphrase(stegvis_in(&new, NOW, "nb"), "a long walk hone")
        .arg("import")
        .arg(&file)
        .output()
        .unwrap();
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(said.contains("Passordfrasen er feil"), "{said}");

    // Cut off while copying.
    let bytes = fs::read(&file).unwrap();
    let cut = root.path().join("cut.stegvis");
    fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let (_, error) = failure(
        with_passphrase(stegvis_in(&new, NOW, "en"), PASSPHRASE)
            .arg("import")
            .arg(&cut),
    );
    assert_eq!(error["error"]["reason"], "truncated");
    assert!(listing(&new).is_empty());

    // Into a folder that holds data: refused, nothing touched.
    let (_, error) = failure(
        with_passphrase(stegvis_in(&old, NOW, "en"), PASSPHRASE)
            .arg("import")
            .arg(&file),
    );
    assert_eq!(error["error"]["reason"], "folder-not-empty");
    assert_eq!(
        json(stegvis_in(&old, NOW, "en").args(["goal", "list"]))
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // No such file: exit 2, naming the field.
    let (code, error) = failure(
        with_passphrase(stegvis_in(&new, NOW, "en"), PASSPHRASE)
            .arg("import")
            .arg(root.path().join("missing")),
    );
    assert_eq!(code, 2);
    assert_eq!(error["error"]["field"], "export-path");
}

#[test]
fn a_passphrase_is_needed_and_must_be_long_enough() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("data");
    with_goal(&dir);
    let file = root.path().join("x.stegvis");
    let mut no_passphrase = stegvis_in(&dir, NOW, "en");
    no_passphrase.env_remove("STEGVIS_PASSPHRASE");
    let (code, error) = failure(no_passphrase.args(["export", "--out"]).arg(&file));
    assert_eq!(code, 2);
    assert_eq!(error["error"]["field"], "passphrase");
    let (code, error) = failure(
        with_passphrase(stegvis_in(&dir, NOW, "en"), "short")
            .args(["export", "--out"])
            .arg(&file),
    );
    assert_eq!(code, 2);
    assert_eq!(error["error"]["field"], "passphrase");
    assert_eq!(error["error"]["reason"], "too-short");
    assert!(!file.exists());
}

#[test]
fn the_readable_export_warns_that_it_is_not_encrypted() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("data");
    with_goal(&dir);
    let out = root.path().join("readable");
    let printed = text(
        stegvis_in(&dir, NOW, "da")
            .args(["export", "--readable", "--out"])
            .arg(&out),
    );
    assert!(printed.contains("IKKE krypteret"), "{printed}");
    let goals = fs::read_to_string(out.join("goals.csv")).unwrap();
    assert!(goals.contains(CANARY));
    let result = json(
        stegvis_in(&dir, NOW, "en")
            .args(["export", "--readable", "--out"])
            .arg(&out),
    );
    assert!(result["warning"]
        .as_str()
        .unwrap()
        .contains("NOT encrypted"));
    assert!(result["files"]
        .as_array()
        .unwrap()
        .contains(&Value::from("medicines.csv")));
}

#[test]
fn erase_needs_a_yes_from_a_script_and_then_leaves_no_file() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("data");
    with_goal(&dir);
    let (code, error) = failure(stegvis_in(&dir, NOW, "en").arg("erase"));
    assert_eq!(code, 2);
    assert_eq!(error["error"]["field"], "yes");
    assert!(dir.join("stegvis.db").exists());

    let said = text(stegvis_in(&dir, NOW, "sv").args(["erase", "--yes"]));
    assert!(said.contains("Allt är raderat"), "{said}");
    assert!(!dir.exists(), "left: {:?}", listing(&dir));
}

#[cfg(unix)]
mod in_a_terminal {
    use std::path::Path;
    use std::process::Command;

    use rexpect::session::{spawn_with_options, Options, PtySession};

    use super::{listing, NOW};

    fn spawn(dir: &Path, lang: &str, args: &[&str]) -> PtySession {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_stegvis"));
        cmd.args(args)
            .env("STEGVIS_DATA_DIR", dir)
            .env("STEGVIS_NOW", NOW)
            .env("STEGVIS_ZONE", "Europe/Oslo")
            .env("STEGVIS_LANG", lang)
            .env_remove("STEGVIS_PASSPHRASE")
            .env("NO_COLOR", "1");
        spawn_with_options(cmd, Options::new().timeout_ms(Some(20_000))).unwrap()
    }

    #[test]
    fn the_passphrase_is_asked_twice_without_echo_and_must_match() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("data");
        super::with_goal(&dir);
        let file = root.path().join("x.stegvis");
        let file_arg = file.display().to_string();

        let mut p = spawn(&dir, "en", &["export", "--out", &file_arg]);
        p.exp_string("Passphrase for the export:").unwrap();
        p.send_line("first passphrase").unwrap();
        p.exp_string("Type the passphrase again:").unwrap();
        p.send_line("other passphrase").unwrap();
        let rest = p.exp_eof().unwrap();
        assert!(rest.contains("not the same"), "{rest}");
        assert!(!rest.contains("other passphrase"), "echoed: {rest}");
        assert!(!file.exists());

        let mut p = spawn(&dir, "en", &["export", "--out", &file_arg]);
        p.exp_string("Passphrase for the export:").unwrap();
        p.send_line("first passphrase").unwrap();
        p.exp_string("Type the passphrase again:").unwrap();
        p.send_line("first passphrase").unwrap();
        let rest = p.exp_eof().unwrap();
        assert!(rest.contains("Everything is saved"), "{rest}");
        assert!(!rest.contains("first passphrase"), "echoed: {rest}");
        assert!(file.exists());
    }

    #[test]
    fn erase_asks_for_the_word_in_the_persons_language() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("data");
        super::with_goal(&dir);

        let mut p = spawn(&dir, "nb", &["erase"]);
        p.exp_string("slette alt:").unwrap();
        p.send_line("erase").unwrap();
        let rest = p.exp_eof().unwrap();
        assert!(rest.contains("Ingenting ble slettet"), "{rest}");
        assert!(dir.join("stegvis.db").exists());

        let mut p = spawn(&dir, "nb", &["erase"]);
        p.exp_string("slette alt:").unwrap();
        p.send_line("slett").unwrap();
        let rest = p.exp_eof().unwrap();
        assert!(rest.contains("Alt er slettet"), "{rest}");
        assert!(!dir.exists(), "left: {:?}", listing(&dir));
    }
}
