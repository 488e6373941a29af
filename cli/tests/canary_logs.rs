//! Canary audit through the terminal: with `STEGVIS_LOG=trace` every command logs to
//! stderr, and a distinctive string written into every free-text field the terminal
//! takes is never in that stderr (nor in any file of the data folder), while the
//! commands' own output shows it back.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a test fails by panicking

mod common;

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

const NOW: &str = "2026-11-23T12:00:00Z";
const CANARY: &str = "Zq7CanaryXylo";

fn canary(field: &str) -> String {
    format!("{CANARY} {field}")
}

/// What one command printed, with logs on.
struct Out {
    stdout: String,
    stderr: String,
    ok: bool,
}

fn run(dir: &Path, args: &[&str]) -> Out {
    let mut cmd: Command = common::stegvis_in(dir, NOW, "en");
    let out = cmd
        .env("STEGVIS_LOG", "trace")
        .arg("--json")
        .args(args)
        .output()
        .unwrap();
    Out {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        ok: out.status.success(),
    }
}

fn id_of(out: &Out) -> String {
    assert!(out.ok, "{}", out.stderr);
    let value: Value = serde_json::from_str(&out.stdout).unwrap();
    value["id"].as_str().unwrap().to_owned()
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    text.encode_utf16()
        .flat_map(|u| {
            if big_endian {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            }
        })
        .collect()
}

#[test]
fn terminal_logs_and_files_never_hold_what_a_person_wrote() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("data");
    let mut outs = Vec::new();

    let goal = run(
        &dir,
        &[
            "goal",
            "add",
            &canary("goal"),
            "--why",
            &canary("why"),
            "--area",
            "health",
        ],
    );
    let goal_id = id_of(&goal);
    outs.push(goal);
    let step = run(
        &dir,
        &[
            "step",
            "add",
            &goal_id,
            &canary("step"),
            "--meeting",
            "2026-11-19",
            "--module",
            &canary("module"),
        ],
    );
    let step_id = id_of(&step);
    outs.push(step);
    let solve = run(
        &dir,
        &[
            "solve",
            &step_id,
            "--problem",
            &canary("problem"),
            "--option",
            &canary("option"),
            "--pros",
            &canary("pros"),
            "--cons",
            &canary("cons"),
            "--choose",
            "1",
            "--action",
            &canary("action"),
            "--follow-up",
            "2026-11-25",
        ],
    );
    let solve_id = id_of(&solve);
    outs.push(solve);
    outs.push(run(
        &dir,
        &[
            "followup",
            "done",
            &solve_id,
            "--outcome",
            "partly",
            "--note",
            &canary("look back"),
        ],
    ));
    let sign = run(&dir, &["signs", "add", &canary("sign"), "--others"]);
    let sign_id = id_of(&sign);
    outs.push(sign);
    outs.push(run(
        &dir,
        &[
            "checkin",
            "--rate",
            &format!("{sign_id}=2"),
            "--note",
            &canary("note"),
        ],
    ));
    for (section, extra) in [
        ("triggers", vec![]),
        ("actions", vec![]),
        ("what-helped", vec![]),
        ("preferences", vec![]),
        (
            "supporter-actions",
            vec!["--supporter".to_owned(), canary("supporter")],
        ),
        (
            "contacts",
            vec![
                "--reach".to_owned(),
                canary("reach"),
                "--kind".to_owned(),
                "clinic".to_owned(),
            ],
        ),
    ] {
        let text = canary(section);
        let mut args = vec!["plan", "edit", section, "--add", &text];
        args.extend(extra.iter().map(String::as_str));
        outs.push(run(&dir, &args));
    }
    let med = run(
        &dir,
        &[
            "meds",
            "add",
            &canary("medicine"),
            "--dose",
            &canary("dose"),
            "--cue",
            &canary("cue"),
        ],
    );
    let med_id = id_of(&med);
    outs.push(med);
    outs.push(run(
        &dir,
        &["meds", "schedule", "add", &med_id, "--at", "08:00"],
    ));
    let occurrences = run(
        &dir,
        &[
            "meds",
            "occurrences",
            "--from",
            "2026-11-23",
            "--to",
            "2026-11-23",
        ],
    );
    let list: Value = serde_json::from_str(&occurrences.stdout).unwrap();
    let occurrence = list[0]["id"].as_str().unwrap().to_owned();
    outs.push(occurrences);
    outs.push(run(
        &dir,
        &["meds", "skip", &occurrence, "--reason", &canary("reason")],
    ));
    outs.push(run(
        &dir,
        &["meds", "note", &canary("doctor"), "--med", &med_id],
    ));
    for out in &outs {
        assert!(out.ok, "a write failed: {}", out.stderr);
    }

    // Refused, with the canary in the input: logged by kind only.
    let refused = [
        run(
            &dir,
            &["goal", "add", &CANARY.repeat(300), "--area", "health"],
        ),
        run(
            &dir,
            &[
                "step",
                "add",
                "00000000-0000-4000-8000-000000000000",
                &canary("nowhere"),
            ],
        ),
        run(&dir, &["meds", "take", &occurrence]),
    ];
    for out in &refused {
        assert!(!out.ok, "{}", out.stdout);
    }

    // Read back: the words are there on stdout, so the search below means something.
    let reads = [
        run(&dir, &["goal", "show", &goal_id]),
        run(&dir, &["solve", "show", &solve_id]),
        run(&dir, &["checkin", "show"]),
        run(&dir, &["plan", "show"]),
        run(&dir, &["meds", "show", &med_id]),
        run(&dir, &["meds", "note"]),
        run(&dir, &["today"]),
    ];
    let shown: String = reads.iter().map(|o| o.stdout.as_str()).collect();
    for field in [
        "goal",
        "why",
        "step",
        "module",
        "problem",
        "option",
        "pros",
        "cons",
        "action",
        "look back",
        "sign",
        "note",
        "triggers",
        "actions",
        "what-helped",
        "preferences",
        "supporter-actions",
        "supporter",
        "contacts",
        "reach",
        "medicine",
        "dose",
        "cue",
        "reason",
        "doctor",
    ] {
        assert!(
            shown.contains(&canary(field)),
            "{field} did not read back: {shown}"
        );
    }

    let stderr: String = outs
        .iter()
        .chain(&refused)
        .chain(&reads)
        .map(|o| o.stderr.as_str())
        .collect();
    assert!(
        !stderr.contains(CANARY),
        "stderr holds the canary:\n{stderr}"
    );
    for expected in [
        "creating store at schema version",
        "store opened",
        "write refused: invalid-input (field goal-text, too-long)",
        "write refused: not-found (goal)",
        "write refused: conflict (the dose is already logged)",
    ] {
        assert!(
            stderr.contains(expected),
            "no log line {expected:?} in:\n{stderr}"
        );
    }

    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        for needle in [
            CANARY.as_bytes().to_vec(),
            utf16(CANARY, false),
            utf16(CANARY, true),
        ] {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle.as_slice()),
                "the canary is readable in {}",
                path.display()
            );
        }
    }
}

#[test]
fn without_stegvis_log_stderr_carries_no_log_lines() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("data");
    let out = common::stegvis_in(&dir, NOW, "en")
        .env_remove("STEGVIS_LOG")
        .args(["--json", "goal", "add", &canary("goal")])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
