//! The today view over 200 goals and 2,000 steps, beside a hand-written SQL query
//! that reads the same rows (without opening the sealed bodies), in one run.
//! Report `companion_today / hand_written_sql` as the ratio.

#![allow(clippy::unwrap_used)] // a benchmark that cannot set up should stop loudly

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use rusqlite::{Connection, OpenFlags};
use stegvis_core::store::database_path;
use stegvis_core::{
    Clock, Companion, FileKeyManager, Lang, LifeArea, NewGoal, NewStep, OpenConfig,
};

struct BenchClock(Mutex<DateTime<Utc>>);

impl Clock for BenchClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap()
    }
}

const GOALS: usize = 200;
const STEPS_PER_GOAL: usize = 10;

/// 200 goals of 10 steps: some done, some dated today or earlier, half of the goals
/// untouched for ten days (so their next step is stalled).
fn fill(dir: &std::path::Path) -> Arc<Companion> {
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 8, 0, 0).unwrap();
    let clock = Arc::new(BenchClock(Mutex::new(now - Duration::days(10))));
    let config = OpenConfig {
        data_dir: dir.display().to_string(),
        zone: "Europe/Oslo".into(),
        language: Lang::En,
    };
    let keys = Arc::new(FileKeyManager::new(dir.join("bench.key")));
    let c = Companion::open_with_clock(config, keys, clock.clone()).unwrap();
    for g in 0..GOALS {
        *clock.0.lock().unwrap() = if g % 2 == 0 {
            now - Duration::days(10)
        } else {
            now
        };
        let goal = c
            .add_goal(NewGoal {
                text: format!("Goal number {g} in my own words"),
                why: Some("Because it matters to me".into()),
                area: LifeArea::ALL[g % LifeArea::ALL.len()],
            })
            .unwrap();
        for s in 0..STEPS_PER_GOAL {
            let due = match (g + s) % 7 {
                0 => Some("2026-11-23".to_owned()),
                1 => Some("2026-11-20".to_owned()),
                2 => Some("2026-12-01".to_owned()),
                _ => None,
            };
            let step = c
                .add_step(
                    goal.id.clone(),
                    NewStep {
                        text: format!("A small step, number {s}"),
                        due_date: due,
                        assignment: None,
                        repeat: None,
                        remind_at: None,
                    },
                )
                .unwrap();
            if s < 3 {
                c.complete_step(step.id).unwrap();
            }
        }
    }
    *clock.0.lock().unwrap() = now;
    c
}

/// The rows the today view reads: since schema version 4 a goal's status and a
/// step's dates and done mark are sealed, so plain SQL cannot pick today's steps
/// either; it reads every step of every goal with its body, as the view does.
const BASELINE_SQL: &str = "
    SELECT s.id, s.body FROM steps s JOIN goals g ON g.id = s.goal_id
    WHERE ?1 IS NOT NULL ORDER BY g.rowid";

fn baseline(conn: &Connection) -> BTreeSet<String> {
    let mut stmt = conn.prepare_cached(BASELINE_SQL).unwrap();
    stmt.query_map(["2026-11-23"], |r| {
        let _body: Vec<u8> = r.get(1)?;
        r.get::<_, String>(0)
    })
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

fn today_ids(c: &Companion) -> BTreeSet<String> {
    c.today()
        .unwrap()
        .sections
        .into_iter()
        .flat_map(|s| s.items)
        .filter_map(|i| i.step_id)
        .collect()
}

fn bench(criterion: &mut Criterion) {
    let tmp = tempfile::tempdir().unwrap();
    let companion = fill(tmp.path());
    let conn =
        Connection::open_with_flags(database_path(tmp.path()), OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    conn.pragma_update(None, "foreign_keys", "ON").unwrap();

    // The baseline must read every row the view shows before either is timed.
    let expected = baseline(&conn);
    let shown = today_ids(&companion);
    assert!(shown.is_subset(&expected));
    assert!(shown.len() >= GOALS);

    let mut group = criterion.benchmark_group("today_200_goals_2000_steps");
    group.bench_function("hand_written_sql", |b| b.iter(|| baseline(&conn)));
    group.bench_function("companion_today", |b| b.iter(|| companion.today().unwrap()));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
