//! Crash harness: the real `stegvis` binary writes steps, check-ins and doses in a
//! loop (the hidden `crash-loop` command, which makes the same facade calls as `step
//! add`, `checkin --rate` and `meds take MED --at`) and is killed with SIGKILL at a
//! random moment. After every kill the database passes `PRAGMA integrity_check`, and
//! every write the process acknowledged (its `ok` line was printed after the commit)
//! reads back through the binary's `--json` commands; a write that was under way
//! when the kill came is either wholly there or wholly absent.
//!
//! 200 cycles by default; `STEGVIS_LONG=1` runs 1,000. `STEGVIS_CRASH_SEED=N` repeats
//! a run's plan (the seed is printed at the start and in every failure). Each data
//! folder lives for [`CYCLES_PER_FOLDER`] cycles; its first cycle kills the process
//! while it starts and creates the database (key file, schema, canary).
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a test fails by panicking

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OpenFlags};
use serde_json::Value;

const NOW: &str = "2026-11-23T12:00:00Z";
const CYCLES: usize = 200;
const LONG_CYCLES: usize = 1_000;
const CYCLES_PER_FOLDER: usize = 20;
/// After `setup` (the store is open and the goal, sign and medicine are found), the
/// kill comes within this many milliseconds: in the loop of writes, whatever the load.
const MAX_DELAY_MS: u64 = 40;
/// Kills aimed at a transaction come after one of the first this many after `setup`…
const MAX_TX_BEFORE_KILL: u64 = 20;
/// …and within this many microseconds after it began.
const MAX_TX_DELAY_US: u64 = 2_000;
/// Matches `START_COUNT` in cli/src/crash_loop.rs: the medicine's first count.
const START_COUNT: i64 = 100_000;

/// splitmix64: small, seeded, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..=max`.
    fn upto(&mut self, max: u64) -> u64 {
        self.next() % (max + 1)
    }
}

/// What the harness knows about one data folder.
#[derive(Default)]
struct Folder {
    dir: PathBuf,
    next_seq: u64,
    goal: Option<String>,
    med: Option<String>,
    /// Step numbers known to be committed (acknowledged, or found after a kill).
    steps: BTreeSet<u64>,
    /// The check-in number each day must hold (the newest committed for that day).
    checkins: BTreeMap<NaiveDate, u64>,
    /// Dose instants known to be committed.
    doses: BTreeSet<DateTime<Utc>>,
}

/// What one killed run printed, in order: only whole lines (a line cut by the kill
/// acknowledges nothing).
struct Run {
    lines: Vec<String>,
    stderr: String,
    /// What the process was doing just before the kill, from `/proc/PID/syscall`.
    doing: &'static str,
}

/// Where the kill landed, as the run's last line tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Landed {
    /// Before `opening`: the process was still starting.
    Startup,
    /// Between `opening` and `ready`: opening (and on a new folder, creating) the store.
    Opening,
    /// After `begin`, before its transaction began (checking the input).
    BeforeTx,
    /// After `tx begun`, before `tx committing`: inside the transaction.
    InTx,
    /// After `tx committing`: inside SQLite's COMMIT (WAL frames, fsync).
    Committing,
    /// After `tx committed`, before `ok`: the facade building its answer.
    AfterCommit,
    /// Between writes (after an `ok`, or after `ready`/`setup`).
    Between,
}

impl Landed {
    fn inside_a_write(self) -> bool {
        matches!(
            self,
            Landed::BeforeTx | Landed::InTx | Landed::Committing | Landed::AfterCommit
        )
    }

    fn inside_a_transaction(self) -> bool {
        matches!(self, Landed::InTx | Landed::Committing)
    }
}

/// When to kill.
#[derive(Debug, Clone, Copy)]
enum Kill {
    /// `delay` after the process started (spread over a new folder's first open).
    FromStart(Duration),
    /// `delay` after its `setup` line: anywhere in the loop of writes.
    AfterSetup(Duration),
    /// `delay` after the `nth` transaction after `setup` began: aimed at transactions.
    AfterTxBegun(usize, Duration),
}

#[derive(Default)]
struct Tally {
    cycles: usize,
    landed: BTreeMap<&'static str, usize>,
    /// Kills between a write's `begin` and `ok`, and those inside its transaction.
    mid_write: usize,
    mid_transaction: usize,
    /// Kills inside a write, by what the process was doing.
    mid_write_doing: BTreeMap<&'static str, usize>,
    /// Kills after which the WAL held frames of a transaction with no commit frame.
    torn_wal_tails: usize,
    /// Kills that left a hot rollback journal (during the switch of a new file to WAL).
    hot_journals: usize,
    /// First-open kills that left the key file beside no database file, or beside an
    /// empty one: states the next start must open as a new install.
    key_without_database: usize,
    key_beside_empty_database: usize,
    /// In-flight writes found committed after the kill, and found absent.
    in_flight_committed: usize,
    in_flight_absent: usize,
    acknowledged: usize,
}

fn binary() -> &'static str {
    env!("CARGO_BIN_EXE_stegvis")
}

fn stegvis(dir: &Path) -> Command {
    let mut cmd = Command::new(binary());
    cmd.env("STEGVIS_DATA_DIR", dir)
        .env("STEGVIS_NOW", NOW)
        .env("STEGVIS_ZONE", "Europe/Oslo")
        .env("STEGVIS_LANG", "en")
        .env_remove("STEGVIS_LOG");
    cmd
}

/// Starts `crash-loop` and kills it as `kill` says.
fn run_and_kill(folder: &Folder, kill: Kill, seed: u64) -> Run {
    let stderr_path = folder.dir.with_extension("stderr");
    let mut child = stegvis(&folder.dir)
        .args(["crash-loop", "--from", &folder.next_seq.to_string()])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(&stderr_path).unwrap())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let (tx, rx) = mpsc::channel::<String>();
    let reader = thread::spawn(move || {
        let mut buf = Vec::new();
        loop {
            buf.clear();
            match stdout.read_until(b'\n', &mut buf) {
                Ok(0) | Err(_) => break,
                Ok(_) if buf.ends_with(b"\n") => {
                    let line = String::from_utf8_lossy(&buf[..buf.len() - 1]).into_owned();
                    if tx.send(line).is_err() {
                        break;
                    }
                }
                Ok(_) => break, // cut by the kill: not a whole line
            }
        }
    });
    let mut lines = Vec::new();
    let (wait_for, delay) = match kill {
        Kill::FromStart(delay) => (None, delay),
        Kill::AfterSetup(delay) => (Some(0), delay),
        Kill::AfterTxBegun(nth, delay) => (Some(nth), delay),
    };
    if let Some(mut transactions) = wait_for {
        let deadline = Instant::now() + Duration::from_secs(60);
        let mut set_up = false;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(line) => {
                    if set_up && line == "tx begun" {
                        transactions -= 1;
                    }
                    set_up |= line.starts_with("setup ");
                    lines.push(line);
                    if set_up && transactions == 0 {
                        break;
                    }
                }
                Err(_) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    panic!(
                        "seed {seed}: no `setup` from crash-loop in {}: {}",
                        folder.dir.display(),
                        std::fs::read_to_string(&stderr_path).unwrap_or_default()
                    );
                }
            }
        }
    }
    thread::sleep(delay);
    let doing = doing(child.id());
    // SIGKILL: no destructor, no flush, no SQLite cleanup runs.
    let _ = child.kill();
    let status = child.wait().unwrap();
    reader.join().unwrap();
    lines.extend(rx.try_iter());
    let stderr = std::fs::read_to_string(&stderr_path).unwrap_or_default();
    assert_eq!(
        status.signal(),
        Some(libc_sigkill()),
        "seed {seed}: crash-loop ended by itself ({status}) before the kill: {stderr}\nlast lines: {:?}",
        lines.iter().rev().take(5).collect::<Vec<_>>()
    );
    Run {
        lines,
        stderr,
        doing,
    }
}

/// The system call a process is in (Linux on x86_64 names the ones SQLite's commit
/// uses), or `running`. A kill during `fsync` takes effect when the call returns, so
/// the commit it was making is complete; a kill while `running` or in `pwrite64`
/// can stop a transaction half-way.
fn doing(pid: u32) -> &'static str {
    let Ok(text) = std::fs::read_to_string(format!("/proc/{pid}/syscall")) else {
        return "unknown";
    };
    let first = text.split_whitespace().next().unwrap_or_default();
    if !cfg!(all(target_os = "linux", target_arch = "x86_64")) {
        return if first == "running" {
            "running"
        } else {
            "a system call"
        };
    }
    match first {
        "running" => "running",
        "0" | "17" => "read/pread64",
        "1" | "18" => "write/pwrite64",
        "74" | "75" => "fsync/fdatasync",
        "72" => "fcntl (locks)",
        "2" | "257" | "3" => "open/close",
        _ => "another system call",
    }
}

fn libc_sigkill() -> i32 {
    9
}

fn landed(lines: &[String]) -> Landed {
    let ready = lines.iter().any(|l| l == "ready");
    match lines.last().map(String::as_str) {
        None => Landed::Startup,
        Some(_) if !ready => Landed::Opening,
        Some(l) if l.starts_with("begin ") => Landed::BeforeTx,
        Some("tx begun") => Landed::InTx,
        Some("tx committing") => Landed::Committing,
        Some("tx committed") => Landed::AfterCommit,
        Some(_) => Landed::Between,
    }
}

/// `PRAGMA integrity_check` through a read-only connection of its own.
fn integrity_rows(db: &Path) -> rusqlite::Result<Vec<String>> {
    let conn = Connection::open_with_flags(
        db,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    let mut stmt = conn.prepare("PRAGMA integrity_check")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    rows.collect()
}

/// SQLITE_READONLY_ROLLBACK: a hot rollback journal that a read-only connection may
/// not roll back.
const READONLY_ROLLBACK: i32 = 776;

/// Checks the database's integrity; returns whether the kill had left a hot rollback
/// journal. That happens only on a new folder, killed while SQLite switched the new
/// file to WAL (before that, a write uses a rollback journal). A read-only connection
/// may not roll it back, so the binary opens the folder first, as the next start
/// would, and then the check runs.
fn integrity(dir: &Path, seed: u64) -> bool {
    let db = dir.join("stegvis.db");
    if !db.exists() {
        return false;
    }
    let (rows, hot) = match integrity_rows(&db) {
        Ok(rows) => (rows, false),
        Err(e) if e.sqlite_error().map(|e| e.extended_code) == Some(READONLY_ROLLBACK) => {
            assert!(
                dir.join("stegvis.db-journal").exists(),
                "seed {seed}: {e} without a journal in {}",
                dir.display()
            );
            read_json(dir, &["today"], seed);
            (integrity_rows(&db).unwrap(), true)
        }
        Err(e) => panic!("seed {seed}: integrity_check in {}: {e}", dir.display()),
    };
    assert_eq!(
        rows,
        ["ok"],
        "seed {seed}: integrity_check in {}",
        dir.display()
    );
    hot
}

/// Whether the WAL ends in frames of a transaction that never wrote its commit
/// frame: the kill came while SQLite was appending that transaction.
fn wal_has_torn_tail(dir: &Path) -> bool {
    let Ok(wal) = std::fs::read(dir.join("stegvis.db-wal")) else {
        return false;
    };
    if wal.len() < 32 {
        return false;
    }
    let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    let page_size = be(&wal[8..12]) as usize;
    let salt = &wal[16..24];
    let frame = 24 + page_size;
    let mut offset = 32;
    let mut after_commit = 0;
    while page_size > 0 && offset + frame <= wal.len() {
        let header = &wal[offset..offset + 24];
        if &header[8..16] != salt {
            break; // a frame of an earlier generation of the WAL
        }
        after_commit = if be(&header[4..8]) != 0 {
            0
        } else {
            after_commit + 1
        };
        offset += frame;
    }
    after_commit > 0
}

fn read_json(dir: &Path, args: &[&str], seed: u64) -> Value {
    let out = stegvis(dir).arg("--json").args(args).output().unwrap();
    assert!(
        out.status.success(),
        "seed {seed}: `stegvis {}` in {} failed: {}",
        args.join(" "),
        dir.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn seq_of(text: &str, prefix: &str) -> Option<u64> {
    text.strip_prefix(prefix)?.parse().ok()
}

fn dose_at(seq: u64) -> DateTime<Utc> {
    NOW.parse::<DateTime<Utc>>().unwrap() - chrono::Duration::seconds(seq as i64)
}

/// The write that was under way at the kill, if any: its number and kind.
enum InFlight {
    None,
    Setup,
    Step(u64),
    Checkin(u64, NaiveDate),
    Dose(u64),
}

/// Learns what the run acknowledged; returns the write under way at the kill.
fn learn(folder: &mut Folder, run: &Run, tally: &mut Tally, seed: u64) -> InFlight {
    let mut in_flight = InFlight::None;
    for line in &run.lines {
        let words: Vec<&str> = line.split(' ').collect();
        match words.as_slice() {
            ["opening"] | ["ready"] | ["tx", _] => {}
            ["setup", goal, _sign, med] => {
                folder.goal = Some((*goal).to_owned());
                folder.med = Some((*med).to_owned());
            }
            ["begin", _, "goal" | "sign" | "med"] => in_flight = InFlight::Setup,
            ["begin", seq, "step"] => in_flight = InFlight::Step(seq.parse().unwrap()),
            ["begin", seq, "checkin", date] => {
                in_flight = InFlight::Checkin(seq.parse().unwrap(), date.parse().unwrap())
            }
            ["begin", seq, "dose"] => in_flight = InFlight::Dose(seq.parse().unwrap()),
            ["ok", _, "goal" | "sign" | "med", _] => in_flight = InFlight::None,
            ["ok", seq, kind, value] => {
                let seq: u64 = seq.parse().unwrap();
                match *kind {
                    "step" => {
                        folder.steps.insert(seq);
                    }
                    "checkin" => {
                        folder.checkins.insert(value.parse().unwrap(), seq);
                    }
                    "dose" => {
                        let at: DateTime<Utc> = value.parse().unwrap();
                        assert_eq!(at, dose_at(seq), "seed {seed}: dose {seq} logged at {at}");
                        folder.doses.insert(at);
                    }
                    other => panic!("seed {seed}: unknown kind {other}"),
                }
                tally.acknowledged += 1;
                folder.next_seq = folder.next_seq.max(seq + 1);
                in_flight = InFlight::None;
            }
            _ => panic!("seed {seed}: unexpected line {line:?}: {}", run.stderr),
        }
        if let InFlight::Step(seq) | InFlight::Checkin(seq, _) | InFlight::Dose(seq) = in_flight {
            // Never reuse a number, whether or not that write committed.
            folder.next_seq = folder.next_seq.max(seq + 1);
        }
    }
    in_flight
}

/// Reads everything back through the binary and checks it against what was
/// acknowledged; the write under way at the kill is all there or not at all.
fn verify(folder: &mut Folder, in_flight: &InFlight, tally: &mut Tally, seed: u64) {
    let dir = folder.dir.clone();
    let mut flight_found: Option<bool> = None;

    if let Some(goal) = folder.goal.clone() {
        let detail = read_json(&dir, &["goal", "show", &goal], seed);
        let mut found = BTreeSet::new();
        for step in detail["steps"].as_array().unwrap() {
            let text = step["text"].as_str().unwrap();
            let seq = seq_of(text, "crash step ")
                .unwrap_or_else(|| panic!("seed {seed}: a step nobody wrote: {text:?}"));
            assert!(found.insert(seq), "seed {seed}: step {seq} twice");
        }
        let missing: Vec<_> = folder.steps.difference(&found).collect();
        assert!(
            missing.is_empty(),
            "seed {seed}: acknowledged steps lost in {}: {missing:?}",
            dir.display()
        );
        for seq in found.difference(&folder.steps) {
            match in_flight {
                InFlight::Step(s) if s == seq => flight_found = Some(true),
                _ => panic!("seed {seed}: step {seq} present but never written"),
            }
        }
        if let InFlight::Step(s) = in_flight {
            flight_found.get_or_insert(false);
            if found.contains(s) {
                folder.steps.insert(*s);
            }
        }
    }

    if folder.goal.is_some() {
        let history = read_json(&dir, &["checkin", "history", "--weeks", "2"], seed);
        let mut stored = BTreeMap::new();
        for day in history["days"].as_array().unwrap() {
            if day["checked_in"] != Value::Bool(true) {
                continue;
            }
            let date: NaiveDate = day["date"].as_str().unwrap().parse().unwrap();
            let note = day["note"].as_str().unwrap_or_default();
            let seq = seq_of(note, "crash checkin ")
                .unwrap_or_else(|| panic!("seed {seed}: a check-in nobody wrote: {note:?}"));
            stored.insert(date, seq);
        }
        for (date, seq) in &stored {
            let expected = folder.checkins.get(date);
            let is_flight = matches!(in_flight, InFlight::Checkin(s, d) if s == seq && d == date);
            assert!(
                expected == Some(seq) || is_flight,
                "seed {seed}: check-in of {date} holds {seq}, acknowledged {expected:?}, in {}",
                dir.display()
            );
        }
        for (date, seq) in &folder.checkins {
            assert!(
                stored.contains_key(date),
                "seed {seed}: acknowledged check-in {seq} of {date} lost in {}",
                dir.display()
            );
        }
        if let InFlight::Checkin(s, d) = in_flight {
            let there = stored.get(d) == Some(s);
            flight_found = Some(there);
            if there {
                folder.checkins.insert(*d, *s);
            }
        }
    }

    if let Some(med) = folder.med.clone() {
        let shown = read_json(&dir, &["meds", "show", &med], seed);
        let mut found = BTreeSet::new();
        for day in shown["history"].as_array().unwrap() {
            for dose in day["doses"].as_array().unwrap() {
                assert_eq!(dose["state"], "extra", "seed {seed}: {dose}");
                let at: DateTime<Utc> = dose["taken_at"].as_str().unwrap().parse().unwrap();
                assert!(found.insert(at), "seed {seed}: dose at {at} twice");
            }
        }
        let missing: Vec<_> = folder.doses.difference(&found).collect();
        assert!(
            missing.is_empty(),
            "seed {seed}: acknowledged doses lost in {}: {missing:?}",
            dir.display()
        );
        for at in found.difference(&folder.doses) {
            match in_flight {
                InFlight::Dose(s) if dose_at(*s) == *at => {}
                _ => panic!("seed {seed}: dose at {at} present but never written"),
            }
        }
        // The dose and the count on hand change in one transaction: all or nothing.
        let count = shown["count_on_hand"].as_i64().unwrap();
        assert_eq!(
            count + found.len() as i64,
            START_COUNT,
            "seed {seed}: count on hand {count} after {} doses in {}",
            found.len(),
            dir.display()
        );
        if let InFlight::Dose(s) = in_flight {
            let there = found.contains(&dose_at(*s));
            flight_found = Some(there);
            if there {
                folder.doses.insert(dose_at(*s));
            }
        }
    }

    match flight_found {
        Some(true) => tally.in_flight_committed += 1,
        Some(false) => tally.in_flight_absent += 1,
        None => {}
    }
}

/// How long a new folder takes from the start of the process to `ready`, so kills
/// during the first open can be spread over that time.
fn first_open_time(root: &Path) -> Duration {
    let mut times = Vec::new();
    for i in 0..3 {
        let dir = root.join(format!("calibrate-{i}"));
        let start = Instant::now();
        let mut child = stegvis(&dir)
            .args(["crash-loop"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        while out.read_line(&mut line).unwrap() > 0 && line.trim() != "ready" {
            line.clear();
        }
        times.push(start.elapsed());
        let _ = child.kill();
        let _ = child.wait();
    }
    times.sort();
    times[1]
}

#[test]
fn acknowledged_writes_survive_sigkill_and_the_database_stays_sound() {
    let long = std::env::var("STEGVIS_LONG").is_ok_and(|v| v == "1");
    let cycles = if long { LONG_CYCLES } else { CYCLES };
    let seed = std::env::var("STEGVIS_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(1)
        });
    println!("crash harness: seed {seed} (STEGVIS_CRASH_SEED={seed} repeats it), {cycles} cycles");
    let mut rng = Rng(seed);
    let root = tempfile::tempdir().unwrap();
    let open_time = first_open_time(root.path());
    let started = Instant::now();
    let mut tally = Tally::default();
    let mut folder = Folder::default();

    for cycle in 0..cycles {
        let first = cycle % CYCLES_PER_FOLDER == 0;
        if first {
            folder = Folder {
                dir: root.path().join(format!("data-{cycle}")),
                ..Folder::default()
            };
        }
        let kill = if first {
            // Spread over the whole start: exec, key file, schema, canary, first writes.
            let max = open_time.as_micros() as u64 * 13 / 10;
            Kill::FromStart(Duration::from_micros(rng.upto(max)))
        } else if rng.upto(1) == 0 {
            Kill::AfterSetup(Duration::from_micros(rng.upto(MAX_DELAY_MS * 1000)))
        } else {
            Kill::AfterTxBegun(
                1 + rng.upto(MAX_TX_BEFORE_KILL) as usize,
                Duration::from_micros(rng.upto(MAX_TX_DELAY_US)),
            )
        };
        let run = run_and_kill(&folder, kill, seed);
        let where_ = landed(&run.lines);
        let name = match (first, where_) {
            (true, Landed::Startup) => "first open: before opening",
            (true, Landed::Opening) => "first open: while creating the store",
            (_, Landed::Opening) => "while opening",
            (_, Landed::BeforeTx) => "in a write, before its transaction",
            (_, Landed::InTx) => "in a transaction, before COMMIT",
            (_, Landed::Committing) => "in COMMIT",
            (_, Landed::AfterCommit) => "in a write, after COMMIT",
            (_, Landed::Between) | (false, Landed::Startup) => "between writes",
        };
        *tally.landed.entry(name).or_default() += 1;
        if where_.inside_a_write() {
            tally.mid_write += 1;
            *tally.mid_write_doing.entry(run.doing).or_default() += 1;
        }
        if where_.inside_a_transaction() {
            tally.mid_transaction += 1;
        }
        if first && folder.dir.join("stegvis.key").exists() {
            match std::fs::metadata(folder.dir.join("stegvis.db")) {
                Err(_) => tally.key_without_database += 1,
                Ok(meta) if meta.len() == 0 => tally.key_beside_empty_database += 1,
                Ok(_) => {}
            }
        }
        if wal_has_torn_tail(&folder.dir) {
            tally.torn_wal_tails += 1;
        }
        if integrity(&folder.dir, seed) {
            tally.hot_journals += 1;
        }
        let in_flight = learn(&mut folder, &run, &mut tally, seed);
        verify(&mut folder, &in_flight, &mut tally, seed);
        tally.cycles += 1;
    }

    let elapsed = started.elapsed();
    println!(
        "crash harness: {} cycles in {:.1} s (first open takes {} ms); {} kills inside a write, {} of them inside its transaction; kills landed: {:?}; \
         inside a write, the process was in: {:?}; \
         {} torn WAL tails, {} hot rollback journals, first opens killed leaving a key beside \
         no database {} and an empty one {}; writes under way at the kill: {} found whole, {} found absent; \
         {} acknowledged writes all read back",
        tally.cycles,
        elapsed.as_secs_f64(),
        open_time.as_millis(),
        tally.mid_write,
        tally.mid_transaction,
        tally.landed,
        tally.mid_write_doing,
        tally.torn_wal_tails,
        tally.hot_journals,
        tally.key_without_database,
        tally.key_beside_empty_database,
        tally.in_flight_committed,
        tally.in_flight_absent,
        tally.acknowledged
    );
    // The harness proves something only if kills do land inside writes and inside
    // transactions.
    assert!(
        tally.mid_write * 2 >= cycles,
        "seed {seed}: only {} of {cycles} kills landed inside a write",
        tally.mid_write
    );
    assert!(
        tally.mid_transaction * 10 >= cycles,
        "seed {seed}: only {} of {cycles} kills landed inside a transaction",
        tally.mid_transaction
    );
}
