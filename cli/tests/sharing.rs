//! Sharing the plan through the real binary with two data folders: pairing both ways,
//! a consent, an envelope and a withdrawal; the supporter's read-only copy; both audit
//! logs; the same in Norwegian, Swedish and Danish; the QR code decoded back; and the
//! refusals a script can act on, each leaving everything as it was.
#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use common::{json, stegvis_in, text};
use serde_json::Value;

const NOW: &str = "2026-11-24T09:00:00Z";
const UNTIL: &str = "2027-02-24";

fn at(dir: &Path, lang: &str) -> Command {
    stegvis_in(dir, NOW, lang)
}

/// A participant's plan with something in three sections, two of which are shared.
fn with_plan(dir: &Path) {
    for args in [
        &["plan", "edit", "triggers", "--add", "Pacing at night"][..],
        &[
            "plan",
            "edit",
            "supporter-actions",
            "--add",
            "Ask me how I slept",
            "--supporter",
            "Kari",
        ],
        &[
            "plan",
            "edit",
            "contacts",
            "--add",
            "Dr Berg",
            "--reach",
            "22 00 00 00",
            "--kind",
            "clinic",
        ],
    ] {
        json(at(dir, "en").args(args));
    }
}

/// The last line of what a command printed.
fn last_line(out: &str) -> String {
    out.lines().last().unwrap().to_owned()
}

/// Pairs `a` (calling `b` by `b_name`) and `b` (calling `a` by `a_name`) both ways,
/// each importing the other's code from the last line of `share pair-code`.
fn pair(a: &Path, a_name: &str, b: &Path, b_name: &str, lang: &str) -> (String, String) {
    let code_a = last_line(&text(at(a, lang).args(["share", "pair-code"])));
    let code_b = last_line(&text(at(b, lang).args(["share", "pair-code"])));
    let in_a = text(at(a, lang).args(["share", "pair", &code_b, "--name", b_name]));
    let in_b = text(at(b, lang).args(["share", "pair", &code_a, "--name", a_name]));
    // `b` compared `a`'s digits, so it takes in what `a` sends.
    text(at(b, lang).args(["share", "confirm", a_name]));
    (in_a, in_b)
}

/// The JSON error a failed command printed, with its exit code.
fn failure(cmd: &mut Command) -> (i32, Value) {
    let out = cmd.arg("--json").output().unwrap();
    let code = out.status.code().unwrap();
    (code, serde_json::from_slice(&out.stderr).unwrap())
}

fn events(dir: &Path) -> Vec<String> {
    let log = json(at(dir, "en").arg("audit"));
    let mut events: Vec<String> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event"].as_str().unwrap().to_owned())
        .collect();
    // The log is newest first; the steps are compared in the order they happened.
    events.reverse();
    events
}

struct Pair {
    _tmp: tempfile::TempDir,
    ola: PathBuf,
    kari: PathBuf,
    files: PathBuf,
}

fn two_folders() -> Pair {
    let tmp = tempfile::tempdir().unwrap();
    let (ola, kari, files) = (
        tmp.path().join("ola"),
        tmp.path().join("kari"),
        tmp.path().join("files"),
    );
    fs::create_dir_all(&files).unwrap();
    with_plan(&ola);
    Pair {
        _tmp: tmp,
        ola,
        kari,
        files,
    }
}

#[test]
fn a_plan_is_shared_read_and_withdrawn_between_two_folders() {
    let p = two_folders();
    let (in_ola, in_kari) = pair(&p.ola, "Ola", &p.kari, "Kari", "en");
    // Each side shows the other's digits, which the other shows as its own.
    let kari_digits = json(at(&p.kari, "en").args(["share", "identity"]))["fingerprint"]
        .as_str()
        .unwrap()
        .to_owned();
    let ola_digits = json(at(&p.ola, "en").args(["share", "identity"]))["fingerprint"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(in_ola.contains(&kari_digits), "{in_ola}");
    assert!(in_kari.contains(&ola_digits), "{in_kari}");
    assert!(last_line(&in_ola).starts_with("id: "), "{in_ola}");

    let confirmed = json(at(&p.ola, "en").args(["share", "confirm", "kari"]));
    assert_eq!(confirmed["confirmed"], true);
    let granted = text(at(&p.ola, "en").args([
        "share",
        "grant",
        "--to",
        "Kari",
        "--sections",
        "supporter-actions,contacts",
        "--until",
        UNTIL,
    ]));
    let list = json(at(&p.ola, "en").args(["share", "list"]));
    let consent = &list["consents"][0];
    assert_eq!(consent["is_current"], true);
    assert_eq!(consent["until"], UNTIL);
    assert_eq!(
        consent["sections"],
        serde_json::json!(["supporter-actions", "contacts"])
    );
    assert_eq!(
        granted.lines().next().unwrap(),
        consent["text"].as_str().unwrap(),
        "the exact consent text is shown"
    );

    let f = p.files.join("F.stegvis");
    let sent = json(
        at(&p.ola, "en")
            .args(["share", "send", "--to", "Kari", "--out"])
            .arg(&f),
    );
    assert_eq!(
        sent["bytes"].as_u64().unwrap(),
        fs::metadata(&f).unwrap().len()
    );
    let received = json(at(&p.kari, "en").args(["share", "receive"]).arg(&f));
    assert_eq!(received["kind"], "plan");
    assert_eq!(received["from_name"], "Ola");

    let plans = json(at(&p.kari, "en").args(["supporter", "plans"]));
    let plans = plans.as_array().unwrap();
    assert_eq!(plans.len(), 1);
    let plan = &plans[0];
    assert_eq!(
        plan["sections"],
        serde_json::json!(["supporter-actions", "contacts"])
    );
    assert_eq!(plan["what_to_do"][0]["text"], "Ask me how I slept");
    assert_eq!(plan["contacts"][0]["name"], "Dr Berg");
    assert_eq!(plan["contacts"][0]["phone"], "22000000", "a number to dial");
    assert_eq!(
        plan["watch_for"],
        serde_json::json!([]),
        "triggers were not shared"
    );
    assert_eq!(plan["other_sections"], serde_json::json!([]));
    let plain = text(at(&p.kari, "en").args(["supporter", "plans"]));
    for words in [
        "Ola's plan",
        "Readable until",
        "What to do",
        "Ask me how I slept",
        "Who to contact",
        "Dr Berg",
    ] {
        assert!(plain.contains(words), "{words}: {plain}");
    }
    assert!(!plain.contains("Pacing"), "{plain}");

    let g = p.files.join("G.stegvis");
    json(
        at(&p.ola, "en")
            .args(["share", "withdraw", "--to", "kari", "--out"])
            .arg(&g),
    );
    let received = json(at(&p.kari, "en").args(["share", "receive"]).arg(&g));
    assert_eq!(received["kind"], "withdrawal");
    assert_eq!(
        json(at(&p.kari, "en").args(["supporter", "plans"])),
        serde_json::json!([])
    );
    let list = json(at(&p.ola, "en").args(["share", "list"]));
    assert_eq!(
        list["consents"][0]["is_current"], false,
        "a past consent stays"
    );

    assert_eq!(
        events(&p.ola),
        [
            "paired",
            "confirmed",
            "granted",
            "envelope-created",
            "withdrawn",
            "withdrawal-created"
        ]
    );
    assert_eq!(
        events(&p.kari),
        [
            "paired",
            "confirmed",
            "envelope-imported",
            "withdrawal-imported"
        ]
    );
    let audit = text(at(&p.kari, "en").arg("audit"));
    assert!(
        audit.lines().next().unwrap().contains("stopped sharing"),
        "newest first: {audit}"
    );
}

#[test]
fn the_flow_speaks_norwegian_swedish_and_danish() {
    for (lang, consent_words, received_words, withdrawn_words) in [
        (
            "nb",
            "Jeg velger å dele",
            "Du har nå planen til Ola",
            "Ola har sluttet å dele",
        ),
        (
            "sv",
            "Jag väljer att dela",
            "Du har nu planen från Ola",
            "Ola har slutat dela",
        ),
        (
            "da",
            "Jeg vælger at dele",
            "Du har nu planen fra Ola",
            "Ola er stoppet med at dele",
        ),
    ] {
        let p = two_folders();
        let mut shown = Vec::new();
        shown.push(text(at(&p.ola, lang).args(["share", "identity"])));
        shown.push(text(at(&p.ola, lang).args(["share", "pair-code"])));
        let (a, b) = pair(&p.ola, "Ola", &p.kari, "Kari", lang);
        shown.extend([a, b]);
        shown.push(text(at(&p.ola, lang).args(["share", "confirm", "Kari"])));
        let granted = text(at(&p.ola, lang).args([
            "share",
            "grant",
            "--to",
            "Kari",
            "--sections",
            "supporter-actions,contacts",
            "--until",
            UNTIL,
        ]));
        assert!(granted.starts_with(consent_words), "{lang}: {granted}");
        shown.push(granted);
        let f = p.files.join("F");
        shown.push(text(
            at(&p.ola, lang)
                .args(["share", "send", "--to", "Kari", "--out"])
                .arg(&f),
        ));
        let received = text(at(&p.kari, lang).args(["share", "receive"]).arg(&f));
        assert!(received.contains(received_words), "{lang}: {received}");
        shown.push(received);
        shown.push(text(at(&p.kari, lang).args(["supporter", "plans"])));
        shown.push(text(at(&p.ola, lang).args(["share", "list"])));
        let g = p.files.join("G");
        shown.push(text(
            at(&p.ola, lang)
                .args(["share", "withdraw", "--to", "Kari", "--out"])
                .arg(&g),
        ));
        let withdrawn = text(at(&p.kari, lang).args(["share", "receive"]).arg(&g));
        assert!(withdrawn.contains(withdrawn_words), "{lang}: {withdrawn}");
        shown.push(withdrawn);
        shown.push(text(at(&p.kari, lang).args(["supporter", "plans"])));
        shown.push(text(at(&p.ola, lang).arg("audit")));
        shown.push(text(at(&p.kari, lang).arg("audit")));
        for out in shown {
            for leak in ["share-", "cli-", "supporter-", "audit-", "{ $", "{$"] {
                assert!(!out.contains(leak), "{lang}: {leak} in {out}");
            }
            for english in ["Your 12 digits", "Paired with", "You paired", "What to do"] {
                assert!(!out.contains(english), "{lang}: {english} in {out}");
            }
        }
    }
}

#[test]
fn the_drawn_qr_code_decodes_to_the_printed_code() {
    let tmp = tempfile::tempdir().unwrap();
    let out = text(at(tmp.path(), "en").args(["share", "pair-code", "--qr"]));
    let lines: Vec<&str> = out.lines().collect();
    let code = *lines.last().unwrap();
    assert!(code.starts_with("STEGVIS1:"), "{code}");
    let drawn: Vec<Vec<char>> = lines[1..lines.len() - 1]
        .iter()
        .map(|l| l.chars().collect())
        .collect();
    let width = drawn[0].len();
    assert!(drawn.iter().all(|l| l.len() == width), "a square drawing");
    // Each character is two modules high; each module becomes SCALE pixels square.
    const SCALE: usize = 4;
    let dark = |x: usize, y: usize| {
        let c = drawn[y / 2][x];
        match (c, y % 2) {
            ('█', _) | ('▀', 0) | ('▄', 1) => true,
            (' ' | '▀' | '▄', _) => false,
            (other, _) => panic!("not a half block: {other:?}"),
        }
    };
    let (w, h) = (width * SCALE, drawn.len() * 2 * SCALE);
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| {
        if dark(x / SCALE, y / SCALE) {
            0
        } else {
            255
        }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code");
    let (_, content) = grids[0].decode().unwrap();
    assert_eq!(content, code);
    // The quiet zone: the first line and the first four columns are light.
    assert!(drawn[0].iter().chain(drawn[1].iter()).all(|c| *c == ' '));
    assert!(drawn.iter().all(|l| l[..4].iter().all(|c| *c == ' ')));
}

#[test]
fn a_replayed_misaddressed_truncated_or_huge_file_is_refused_and_changes_nothing() {
    let p = two_folders();
    let other = p.files.join("..").join("other");
    pair(&p.ola, "Ola", &p.kari, "Kari", "en");
    pair(&p.ola, "Ola", &other, "Per", "en");
    json(at(&p.ola, "en").args(["share", "confirm", "Kari"]));
    json(at(&p.ola, "en").args(["share", "confirm", "Per"]));
    for to in ["Kari", "Per"] {
        json(at(&p.ola, "en").args(["share", "grant", "--to", to, "--sections", "signs"]));
    }
    let f = p.files.join("F");
    json(
        at(&p.ola, "en")
            .args(["share", "send", "--to", "Kari", "--out"])
            .arg(&f),
    );
    let for_per = p.files.join("per");
    json(
        at(&p.ola, "en")
            .args(["share", "send", "--to", "Per", "--out"])
            .arg(&for_per),
    );
    json(at(&p.kari, "en").args(["share", "receive"]).arg(&f));
    let before = json(at(&p.kari, "en").args(["supporter", "plans"]));
    let audit_before = json(at(&p.kari, "en").arg("audit"));

    let bytes = fs::read(&f).unwrap();
    let truncated = p.files.join("truncated");
    fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
    let huge = p.files.join("huge");
    fs::write(&huge, vec![0u8; 1024 * 1024 + 1]).unwrap();
    for file in [&f, &for_per, &truncated, &huge] {
        let (code, error) = failure(at(&p.kari, "en").args(["share", "receive"]).arg(file));
        assert_eq!(code, 1, "{file:?}");
        assert_eq!(error["error"]["kind"], "envelope-rejected", "{file:?}");
        let out = at(&p.kari, "en")
            .args(["share", "receive"])
            .arg(file)
            .output()
            .unwrap();
        let said = String::from_utf8(out.stderr).unwrap();
        assert!(said.contains("could not be taken in"), "{said}");
        assert!(out.stdout.is_empty());
    }
    assert_eq!(json(at(&p.kari, "en").args(["supporter", "plans"])), before);
    assert_eq!(json(at(&p.kari, "en").arg("audit")), audit_before);
}

#[test]
fn bad_sections_dates_and_people_are_typed_errors_that_write_nothing() {
    let p = two_folders();
    pair(&p.ola, "Ola", &p.kari, "Kari", "en");
    json(at(&p.ola, "en").args(["share", "confirm", "Kari"]));
    let list = json(at(&p.ola, "en").args(["share", "list"]));
    let audit = json(at(&p.ola, "en").arg("audit"));
    let grant = |to: &str, sections: &str, until: Option<&str>| {
        let mut cmd = at(&p.ola, "en");
        cmd.args(["share", "grant", "--to", to, "--sections", sections]);
        if let Some(until) = until {
            cmd.args(["--until", until]);
        }
        failure(&mut cmd)
    };
    let (code, e) = grant("Kari", "nonsense", None);
    assert_eq!(
        (code, &e["error"]["field"], &e["error"]["reason"]),
        (2, &"sections".into(), &"unknown".into())
    );
    let (code, e) = grant("Kari", "signs,nonsense", None);
    assert_eq!((code, &e["error"]["field"]), (2, &"sections".into()));
    let (code, e) = grant("Kari", "", None);
    assert_eq!((code, &e["error"]["reason"]), (2, &"empty".into()));
    let (code, e) = grant("Kari", "signs", Some("2020-01-01"));
    assert_eq!(
        (code, &e["error"]["field"], &e["error"]["reason"]),
        (2, &"end-date".into(), &"in-past".into())
    );
    let (code, e) = grant("Nobody", "signs", None);
    assert_eq!((code, &e["error"]["kind"]), (1, &"not-found".into()));
    let (code, e) = failure(at(&p.ola, "en").args(["share", "confirm", "Nobody"]));
    assert_eq!((code, &e["error"]["kind"]), (1, &"not-found".into()));
    let (code, e) = failure(at(&p.ola, "en").args(["share", "receive", "no-such-file"]));
    assert_eq!((code, &e["error"]["field"]), (2, &"envelope-file".into()));
    assert_eq!(json(at(&p.ola, "en").args(["share", "list"])), list);
    assert_eq!(json(at(&p.ola, "en").arg("audit")), audit);
    // A file that cannot be written is refused before anything is recorded.
    json(at(&p.ola, "en").args(["share", "grant", "--to", "Kari", "--sections", "signs"]));
    let audit = json(at(&p.ola, "en").arg("audit"));
    let nowhere = p.files.join("no-such-folder").join("f");
    for out in [&nowhere, &p.files] {
        for command in ["send", "withdraw"] {
            let (code, e) = failure(
                at(&p.ola, "en")
                    .args(["share", command, "--to", "Kari", "--out"])
                    .arg(out),
            );
            assert_eq!(
                (code, &e["error"]["field"]),
                (2, &"envelope-file".into()),
                "{out:?}"
            );
        }
    }
    assert_eq!(
        json(at(&p.ola, "en").arg("audit")),
        audit,
        "nothing recorded"
    );
    let list = json(at(&p.ola, "en").args(["share", "list"]));
    // Two people called Kari: the name no longer says which; the id still does.
    let other = p.files.join("other");
    pair(&p.ola, "Ola", &other, "KARI", "en");
    let (code, e) = failure(at(&p.ola, "en").args(["share", "confirm", "kari"]));
    assert_eq!(
        (code, &e["error"]["field"], &e["error"]["reason"]),
        (2, &"supporter".into(), &"ambiguous".into())
    );
    let id = list["contacts"][0]["id"].as_str().unwrap().to_owned();
    json(at(&p.ola, "en").args(["share", "confirm", &id]));
    let plain = at(&p.ola, "en")
        .args(["share", "grant", "--to", &id, "--sections", "nonsense"])
        .output()
        .unwrap();
    let said = String::from_utf8(plain.stderr).unwrap();
    assert!(
        said.contains("Parts of the plan"),
        "names the field: {said}"
    );
    assert_eq!(
        json(at(&p.ola, "en").args(["share", "list"]))["consents"],
        list["consents"]
    );
}
