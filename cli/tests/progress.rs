//! `stegvis progress` and `stegvis report --json` as a person runs them: a few weeks
//! written through the terminal, then the summary read back, as text with sparklines
//! and as JSON whose numbers match what was written.
#![allow(clippy::unwrap_used, clippy::panic)] // a test fails by panicking

mod common;

use common::{json, stegvis_in, text};
use serde_json::Value;

fn at(day: &str) -> String {
    format!("{day}T18:00:00Z")
}

/// Two goals, one sign and check-ins on six days in October and November, with a
/// step done in each month.
fn fill(dir: &std::path::Path) -> (String, Vec<(String, u8)>) {
    let start = at("2026-10-05");
    let run = |now: &str, args: &[&str]| json(stegvis_in(dir, now, "en").args(args));
    let goal = run(&start, &["goal", "add", "Walk more", "--area", "health"])["id"]
        .as_str()
        .unwrap()
        .to_owned();
    run(
        &start,
        &["goal", "add", "Call my sister", "--area", "relationships"],
    );
    let steps: Vec<String> = ["Walk to the corner", "Walk to the shop", "Walk to work"]
        .iter()
        .map(|s| {
            run(&start, &["step", "add", &goal, s])["id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    let sign = run(&start, &["signs", "add", "--catalog", "sleeping-less"])["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let days = [
        ("2026-10-05", 1u8),
        ("2026-10-06", 3),
        ("2026-10-08", 2),
        ("2026-10-14", 0),
        ("2026-11-02", 1),
        ("2026-11-03", 2),
    ];
    for (day, value) in days {
        run(&at(day), &["checkin", "--rate", &format!("{sign}={value}")]);
    }
    run(&at("2026-10-06"), &["step", "done", &steps[0]]);
    run(&at("2026-11-03"), &["step", "done", &steps[1]]);
    // A repeating step done twice in November, a module started, the scale rated.
    let walk = run(
        &start,
        &["step", "add", &goal, "Walk 20 minutes", "--repeat", "daily"],
    )["id"]
        .as_str()
        .unwrap()
        .to_owned();
    run(&at("2026-11-02"), &["step", "done", &walk]);
    run(&at("2026-11-04"), &["step", "done", &walk]);
    run(
        &at("2026-10-20"),
        &["modules", "start", "stress-vulnerability"],
    );
    run(
        &at("2026-11-05"),
        &["scale", "rate", "--answers", &vec!["4"; 15].join(",")],
    );
    (
        sign,
        days.iter().map(|(d, v)| ((*d).to_owned(), *v)).collect(),
    )
}

const NOW: &str = "2026-11-23T09:00:00Z";

#[test]
fn progress_prints_sparklines_and_json_with_the_numbers_written() {
    let tmp = tempfile::tempdir().unwrap();
    let (sign, days) = fill(tmp.path());
    let out = text(stegvis_in(tmp.path(), NOW, "en").args([
        "progress",
        "--from",
        "2026-10-01",
        "--to",
        "2026-11-23",
    ]));
    assert!(out.contains("Your progress"), "{out}");
    assert!(out.contains("1 October 2026 – 23 November 2026"), "{out}");
    assert!(
        out.contains("Goals: 2 active, 0 reached, 0 set aside"),
        "{out}"
    );
    assert!(out.contains("Checked in on 6 of 54 days"), "{out}");
    assert!(
        out.contains("IMR modules: 0 worked through, 1 started")
            && out.contains("The stress-vulnerability model: Started 20 October 2026")
            && out.contains("IMR Scale totals")
            && out
                .lines()
                .any(|l| l.trim().starts_with("5 November 2026") && l.ends_with("Total 60 of 75")),
        "{out}"
    );
    // Eight weeks, Monday 28 September to Monday 23 November: rated in three.
    let line = out.lines().find(|l| l.contains("Sleeping less")).unwrap();
    let spark: String = line.chars().filter(|c| "▁▂▃▄▅▆▇█·".contains(*c)).collect();
    assert_eq!(spark.chars().count(), 9, "{line}");
    assert_eq!(spark.chars().filter(|c| *c != '·').count(), 3, "{line}");

    let s = json(stegvis_in(tmp.path(), NOW, "en").args([
        "progress",
        "--from",
        "2026-10-01",
        "--to",
        "2026-11-23",
        "--include",
        "signs,goals",
    ]));
    assert_eq!(s["sections"], serde_json::json!(["goals", "signs"]));
    assert_eq!(s["medicines"], Value::Null);
    let months: Vec<u64> = s["goals"]["months"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["steps_done"].as_u64().unwrap())
        .collect();
    assert_eq!(months, [1, 1]);
    let repeats: Vec<u64> = s["goals"]["months"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["repeats_done"].as_u64().unwrap())
        .collect();
    assert_eq!(repeats, [0, 2]);
    assert_eq!(s["signs"]["days_checked_in"], days.len());
    let series = &s["signs"]["signs"][0];
    assert_eq!(series["sign_id"], sign.as_str());
    let week = |monday: &str| {
        series["weeks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|w| w["week_start"] == monday)
            .unwrap()
            .clone()
    };
    // 5, 6 and 8 October: (1 + 3 + 2) / 3.
    assert_eq!(week("2026-10-05")["mean"].as_f64().unwrap(), 2.0);
    assert_eq!(week("2026-10-05")["days_rated"], 3);
    assert_eq!(week("2026-10-12")["mean"].as_f64().unwrap(), 0.0);
    assert_eq!(week("2026-10-19")["mean"], Value::Null);
    assert_eq!(week("2026-11-02")["mean"].as_f64().unwrap(), 1.5);
}

#[test]
fn report_json_is_the_summary_with_a_fhir_bundle() {
    let tmp = tempfile::tempdir().unwrap();
    fill(tmp.path());
    let doc = json(stegvis_in(tmp.path(), NOW, "nb").args(["report", "--include", "signs"]));
    assert_eq!(doc["format"], "stegvis-progress-report");
    assert_eq!(doc["summary"]["lang"], "nb");
    assert_eq!(doc["summary"]["from"], "2026-06-01");
    let entries = doc["fhir"]["entry"].as_array().unwrap();
    // One observation per week with a rating: the weeks of 5 Oct, 12 Oct and 2 Nov.
    assert_eq!(entries.len(), 3);
    let first = &entries[0]["resource"];
    assert_eq!(first["resourceType"], "Observation");
    assert_eq!(first["valueQuantity"]["value"].as_f64().unwrap(), 2.0);
    assert_eq!(first["effectivePeriod"]["start"], "2026-10-05");
    assert_eq!(
        first["code"]["text"],
        "Sover mindre enn vanlig: gjennomsnitt for uken"
    );
}

#[test]
fn bad_periods_and_sections_name_the_field() {
    let tmp = tempfile::tempdir().unwrap();
    let fails = |args: &[&str]| {
        let v = common::refused(stegvis_in(tmp.path(), NOW, "en").args(args));
        (
            v["error"]["field"].as_str().unwrap().to_owned(),
            v["error"]["reason"].as_str().unwrap().to_owned(),
        )
    };
    let pair = |f: &str, r: &str| (f.to_owned(), r.to_owned());
    assert_eq!(
        fails(&["progress", "--from", "2026-11-02", "--to", "2026-11-01"]),
        pair("end-date", "before-start")
    );
    // A person reads why, not that the date "has already passed".
    let said = stegvis_in(tmp.path(), NOW, "en")
        .args(["progress", "--from", "2026-11-02", "--to", "2026-11-01"])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    let said = String::from_utf8(said).unwrap();
    assert!(said.contains("comes before the start"), "{said}");
    assert_eq!(
        fails(&["report", "--from", "2026-02-31"]),
        pair("start-date", "malformed")
    );
    assert_eq!(
        fails(&["progress", "--include", "goals,weather"]),
        pair("report-sections", "unknown")
    );
    // The same refusal in words, without --json.
    stegvis_in(tmp.path(), NOW, "en")
        .args(["progress", "--from", "2026-11-02", "--to", "2026-11-01"])
        .assert()
        .code(2);
}

/// The text of a PDF per Debian's poppler, and its page count per `pdfinfo`.
fn pdf_text(path: &std::path::Path) -> (String, usize) {
    let run = |tool: &str, args: &[&str]| {
        let out = std::process::Command::new(tool)
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("{tool} (Debian's poppler-utils) is needed: {e}"));
        assert!(out.status.success(), "{tool}: {out:?}");
        assert!(out.stderr.is_empty(), "{tool} complains: {out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let p = path.to_str().unwrap();
    let pages = run("pdfinfo", &[p])
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap();
    (run("pdftotext", &[p, "-"]), pages)
}

#[test]
fn report_out_writes_a_pdf_with_only_the_chosen_sections() {
    let tmp = tempfile::tempdir().unwrap();
    fill(tmp.path());
    let out = tmp.path().join("report.pdf");
    let said = text(stegvis_in(tmp.path(), NOW, "en").args([
        "report",
        "--out",
        out.to_str().unwrap(),
        "--from",
        "2026-10-01",
        "--to",
        "2026-11-23",
        "--include",
        "goals,signs",
    ]));
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let (words, pages) = pdf_text(&out);
    assert!(
        said.contains(&format!("Your report is in {}", out.display())),
        "{said}"
    );
    let count = if pages == 1 {
        "(1 page)".to_owned()
    } else {
        format!("({pages} pages)")
    };
    assert!(said.contains(&count), "{said} / {pages}");
    assert!(words.contains("Progress report"), "{words}");
    assert!(words.contains("Goals and steps"), "{words}");
    assert!(words.contains("Early warning signs"), "{words}");
    assert!(!words.contains("Medicines"), "{words}");
    assert!(!words.contains("IMR modules"), "{words}");
    assert!(!words.contains("IMR Scale"), "{words}");
    // Only this file: the write went through a temporary file renamed into place.
    let names: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".pdf") || n.ends_with(".tmp"))
        .collect();
    assert_eq!(names, ["report.pdf"]);

    // In Norwegian, for scripts: where, how many pages, how many bytes.
    let nb = tmp.path().join("rapport.pdf");
    let written = json(stegvis_in(tmp.path(), NOW, "nb").args([
        "report",
        "--out",
        nb.to_str().unwrap(),
        "--include",
        "scale",
    ]));
    assert_eq!(written["path"], nb.to_str().unwrap());
    let (words, pages) = pdf_text(&nb);
    assert_eq!(written["pages"], pages);
    assert_eq!(written["bytes"], std::fs::read(&nb).unwrap().len());
    assert!(words.contains("Fremgangsrapport"), "{words}");
    assert!(!words.contains("Mål og steg"), "{words}");
}

#[test]
fn report_refuses_to_overwrite_without_force_and_a_bad_range_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    fill(tmp.path());
    let out = tmp.path().join("report.pdf");
    std::fs::write(&out, b"my own notes").unwrap();
    let refused =
        |args: &[&str]| -> Value { common::refused(stegvis_in(tmp.path(), NOW, "en").args(args)) };
    let path = out.to_str().unwrap();
    let e = refused(&["report", "--out", path]);
    assert_eq!(e["error"]["field"], "out");
    assert_eq!(e["error"]["reason"], "duplicate");
    assert_eq!(std::fs::read(&out).unwrap(), b"my own notes");
    // In words for people, naming the way out.
    let words = stegvis_in(tmp.path(), NOW, "en")
        .args(["report", "--out", path])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8(words).unwrap().contains("--force"));

    text(stegvis_in(tmp.path(), NOW, "en").args(["report", "--out", path, "--force"]));
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));

    // A range that ends before it starts: the field named, no file made.
    let fresh = tmp.path().join("never.pdf");
    let e = refused(&[
        "report",
        "--out",
        fresh.to_str().unwrap(),
        "--from",
        "2026-11-02",
        "--to",
        "2026-11-01",
    ]);
    assert_eq!(e["error"]["kind"], "invalid-input");
    assert_eq!(e["error"]["field"], "end-date");
    assert_eq!(e["error"]["reason"], "before-start");
    assert!(!fresh.exists());
    // Nor into a folder that is not there.
    let e = refused(&["report", "--out", "/nowhere/at/all/report.pdf"]);
    assert_eq!(e["error"]["field"], "export-path");
}

#[test]
fn report_without_out_or_json_says_what_to_do() {
    let tmp = tempfile::tempdir().unwrap();
    let err = stegvis_in(tmp.path(), NOW, "en")
        .arg("report")
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(err).unwrap();
    assert!(err.contains("stegvis report --out report.pdf"), "{err}");
    assert!(err.contains("stegvis report --json"), "{err}");
}
