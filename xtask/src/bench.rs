//! `cargo xtask bench` and `cargo xtask size`: the performance figures of the README,
//! each as a ratio to a baseline measured in the same run.
//!
//! The bench run reports and never fails on a ratio: on a shared two-core machine a
//! timing ratio moves by tens of percent from run to run, and a build that fails on
//! noise teaches people to ignore it. What does fail is a benchmark that cannot run
//! (its set-up asserts that both sides answer with the same rows) and, in
//! `cargo xtask size`, a shipped library of 4 MB or more, which is deterministic.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{bindings, cargo, root, run, shell_library};

/// One figure: `candidate / baseline` of a criterion group, with its target.
struct Figure {
    what: &'static str,
    group: &'static str,
    candidate: &'static str,
    baseline: &'static str,
    /// The ratio the issue asks for, if any.
    target_ratio: Option<f64>,
    /// The absolute time the issue asks for, in nanoseconds, if any.
    target_ns: Option<f64>,
}

const FIGURES: &[Figure] = &[
    Figure {
        what: "today view, five years (SQL opening the same sealed rows)",
        group: "today_five_years",
        candidate: "companion_today",
        baseline: "hand_written_sql_opening_bodies",
        target_ratio: Some(2.0),
        target_ns: Some(1_000_000.0),
    },
    Figure {
        what: "today view, five years (SQL only reading the rows)",
        group: "today_five_years",
        candidate: "companion_today",
        baseline: "hand_written_sql",
        target_ratio: None,
        target_ns: None,
    },
    Figure {
        what: "check-in write, five years",
        group: "checkin_write",
        candidate: "companion_save_checkin",
        baseline: "bare_insert_transaction",
        target_ratio: Some(1.2),
        target_ns: None,
    },
    Figure {
        what: "check-in write, both emptying the WAL",
        group: "checkin_write",
        candidate: "companion_save_checkin",
        baseline: "bare_insert_transaction_checkpointed",
        target_ratio: Some(1.2),
        target_ns: None,
    },
    Figure {
        what: "cold open + today, five years",
        group: "cold_open",
        candidate: "companion_open_today",
        baseline: "sqlite_open_empty_file",
        target_ratio: None,
        target_ns: None,
    },
    Figure {
        what: "first open + migrate + today",
        group: "cold_open",
        candidate: "companion_first_open_today",
        baseline: "sqlite_open_empty_file",
        target_ratio: None,
        target_ns: None,
    },
    Figure {
        what: "a year of doses, 5 medicines",
        group: "year_of_occurrences_5_meds",
        candidate: "companion_occurrences",
        baseline: "naive_chrono_tz_loop",
        target_ratio: Some(3.0),
        target_ns: None,
    },
    Figure {
        what: "export of five years (Argon2id 64 MiB, 3 passes)",
        group: "export_import_five_years",
        candidate: "companion_export_encrypted",
        baseline: "copy_database_file",
        target_ratio: None,
        target_ns: None,
    },
    Figure {
        what: "import of five years into an empty folder",
        group: "export_import_five_years",
        candidate: "companion_import",
        baseline: "copy_database_file",
        target_ratio: None,
        target_ns: None,
    },
    Figure {
        what: "today view, 200 goals",
        group: "today_200_goals_2000_steps",
        candidate: "companion_today",
        baseline: "hand_written_sql",
        target_ratio: None,
        target_ns: None,
    },
    Figure {
        what: "check-in of 10 signs",
        group: "checkin_10_signs",
        candidate: "companion_save_checkin",
        baseline: "bare_insert_transaction",
        target_ratio: None,
        target_ns: None,
    },
    Figure {
        what: "12-week trend of 5 years",
        group: "trend_12_weeks_of_5_years",
        candidate: "companion_trend",
        baseline: "hand_written_sql_aggregate",
        target_ratio: None,
        target_ns: None,
    },
    Figure {
        what: "history calendar month of 5 years, against opening that month's check-in and dose rows by hand",
        group: "history_month_five_years",
        candidate: "companion_history_month",
        baseline: "month_rows_opening_bodies",
        target_ratio: None,
        target_ns: None,
    },
    Figure {
        what: "history calendar day of 5 years, against opening that month's check-in and dose rows by hand",
        group: "history_month_five_years",
        candidate: "companion_history_day",
        baseline: "month_rows_opening_bodies",
        target_ratio: None,
        target_ns: None,
    },
    Figure {
        what: "seal + sign of a full plan (HPKE X-Wing + Ed25519), against ring ChaCha20-Poly1305 seal",
        group: "share_seal_full_plan",
        candidate: "seal_and_sign",
        baseline: "ring_chacha20_poly1305_seal",
        target_ratio: None,
        target_ns: None,
    },
    Figure {
        what: "verify + open of a full plan, against ring ChaCha20-Poly1305 open",
        group: "share_open_full_plan",
        candidate: "verify_and_open",
        baseline: "ring_chacha20_poly1305_open",
        target_ratio: None,
        target_ns: None,
    },
];

/// The library the shells ship must stay under this (stripped, x86_64).
const LIBRARY_LIMIT: u64 = 4_000_000;

fn criterion_dir() -> PathBuf {
    root().join("target").join("criterion")
}

/// The median of one benchmark in nanoseconds, from criterion's `estimates.json`: on a
/// shared machine the mean carries every time another process took the core.
fn median_ns(group: &str, function: &str) -> Option<f64> {
    let path = criterion_dir()
        .join(group)
        .join(function)
        .join("new")
        .join("estimates.json");
    let text = std::fs::read_to_string(path).ok()?;
    let json: serde_json::Value = serde_json::from_str(&text).ok()?;
    json.get("median")?.get("point_estimate")?.as_f64()
}

fn human(ns: f64) -> String {
    if ns >= 1_000_000.0 {
        format!("{:.2} ms", ns / 1_000_000.0)
    } else if ns >= 1_000.0 {
        format!("{:.1} µs", ns / 1_000.0)
    } else {
        format!("{ns:.0} ns")
    }
}

/// The table of figures from the last run's estimates.
fn table() -> String {
    let mut out = String::from(
        "| figure | ratio | target | stegvis | baseline |\n| --- | --- | --- | --- | --- |\n",
    );
    for f in FIGURES {
        let (Some(ours), Some(base)) = (
            median_ns(f.group, f.candidate),
            median_ns(f.group, f.baseline),
        ) else {
            out.push_str(&format!("| {} | not measured | | | |\n", f.what));
            continue;
        };
        let ratio = ours / base;
        let mut target = Vec::new();
        if let Some(t) = f.target_ratio {
            let mark = if ratio <= t { "met" } else { "MISSED" };
            target.push(format!("≤ {t}x {mark}"));
        }
        if let Some(t) = f.target_ns {
            let mark = if ours < t { "met" } else { "MISSED" };
            target.push(format!("< {} {mark}", human(t)));
        }
        out.push_str(&format!(
            "| {} | {ratio:.2}x | {} | {} | {} |\n",
            f.what,
            target.join(", "),
            human(ours),
            human(base),
        ));
    }
    out
}

/// Size of the five years' database as the benchmarks generated it.
fn five_years_size() -> Option<(String, u64)> {
    let dirs = std::fs::read_dir(root().join("target").join("perf-data")).ok()?;
    dirs.filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with("five-years"))
        .filter_map(|e| {
            let size = std::fs::metadata(e.path().join("stegvis.db")).ok()?.len();
            Some((e.file_name().to_string_lossy().into_owned(), size))
        })
        .max()
}

pub(crate) fn run_all(long: bool, jvm: bool, profile: &str) -> Result<(), String> {
    let mut bench = cargo();
    bench.args([
        "bench",
        "--package",
        "stegvis-core",
        "--benches",
        "--profile",
        profile,
    ]);
    bench.arg("--");
    if !long {
        bench.args(["--warm-up-time", "1", "--measurement-time", "2"]);
    }
    run(&mut bench)?;
    let mut report = table();
    if let Some((name, bytes)) = five_years_size() {
        report.push_str(&format!(
            "\nfive years' database ({name}): {:.2} MB (target: under 5 MB; asserted by core/tests/perf_size.rs)\n",
            bytes as f64 / 1_048_576.0
        ));
    }
    if let Some((plain, envelope)) = sharing_sizes() {
        report.push_str(&format!(
            "\nenvelope of a full plan: {envelope} bytes for {plain} bytes of plain JSON ({:.2}x)\n",
            envelope as f64 / plain as f64
        ));
    }
    if jvm {
        report.push_str(&jvm_today()?);
    }
    println!("\n{report}");
    Ok(())
}

/// The full plan's plain JSON and envelope sizes, as `core/benches/sharing.rs`
/// recorded them.
fn sharing_sizes() -> Option<(u64, u64)> {
    let text = std::fs::read_to_string(criterion_dir().join("sharing-sizes.json")).ok()?;
    let json: serde_json::Value = serde_json::from_str(&text).ok()?;
    Some((
        json.get("plain")?.as_u64()?,
        json.get("envelope")?.as_u64()?,
    ))
}

/// The today view called from Kotlin through the generated bindings and the shipped
/// library, on a copy of the five years the Rust benchmark generated.
fn jvm_today() -> Result<String, String> {
    let library = bindings(true)?;
    let lib_dir = library
        .parent()
        .ok_or_else(|| "library has no folder".to_owned())?;
    let data = five_years_dir().ok_or_else(|| {
        "no five years in target/perf-data: run the Rust benchmarks first".to_owned()
    })?;
    run(Command::new("mvn")
        .args([
            "--batch-mode",
            "--no-transfer-progress",
            "-f",
            "tests/jvm/pom.xml",
            "test",
            "-Pbench",
        ])
        .arg(format!("-Dstegvis.lib.dir={}", lib_dir.display()))
        .arg(format!(
            "-Dstegvis.bindings.dir={}",
            root().join("target/bindings/kotlin").display()
        ))
        .arg(format!("-Dstegvis.bench.data={}", data.display())))?;
    let kotlin = std::fs::read_to_string(root().join("target/jvm-bench.txt"))
        .map_err(|e| format!("target/jvm-bench.txt: {e}"))?;
    let ns: f64 = kotlin
        .trim()
        .parse()
        .map_err(|e| format!("target/jvm-bench.txt: {e}"))?;
    let rust = median_ns("today_five_years", "companion_today");
    Ok(match rust {
        Some(r) => format!(
            "\ntoday view from Kotlin (median): {}; from Rust (median): {}; {:.2}x\n",
            human(ns),
            human(r),
            ns / r
        ),
        None => format!("\ntoday view from Kotlin (median): {}\n", human(ns)),
    })
}

fn five_years_dir() -> Option<PathBuf> {
    let dirs = std::fs::read_dir(root().join("target").join("perf-data")).ok()?;
    dirs.filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("five-years"))
                && p.join("stegvis.db").exists()
        })
        .max()
}

/// Builds the shells' library and checks its stripped size.
pub(crate) fn size() -> Result<u64, String> {
    let started = std::time::Instant::now();
    let library = shell_library()?;
    let bytes = file_size(&library)?;
    println!(
        "xtask: {} is {bytes} bytes ({:.2} MB; limit {:.2} MB), built in {:.0} s",
        library.display(),
        bytes as f64 / 1_000_000.0,
        LIBRARY_LIMIT as f64 / 1_000_000.0,
        started.elapsed().as_secs_f64()
    );
    if bytes >= LIBRARY_LIMIT {
        return Err(format!(
            "the shipped library is {bytes} bytes, not under {LIBRARY_LIMIT}"
        ));
    }
    Ok(bytes)
}

fn file_size(path: &Path) -> Result<u64, String> {
    std::fs::metadata(path)
        .map(|m| m.len())
        .map_err(|e| format!("{}: {e}", path.display()))
}
