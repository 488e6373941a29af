//! A year of planned doses for 5 medications (two a day, device zone Europe/Oslo),
//! through the companion, beside a naive loop over chrono-tz for the same wall times
//! in the same run. Report `companion_occurrences / naive_chrono_tz_loop`.

#![allow(clippy::unwrap_used)] // a benchmark that cannot set up should stop loudly

use std::sync::Arc;

use chrono::{Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use criterion::{criterion_group, criterion_main, Criterion};
use stegvis_core::{
    Companion, FileKeyManager, FixedClock, Lang, NewMedication, NewSchedule, OpenConfig, Repeat,
    ZonePolicy,
};

const MEDS: usize = 5;
const TIMES: [&str; 2] = ["08:00", "21:30"];

fn naive(from: NaiveDate, days: i64, zone: Tz) -> Vec<chrono::DateTime<Utc>> {
    let times: Vec<NaiveTime> = TIMES
        .iter()
        .map(|t| NaiveTime::parse_from_str(t, "%H:%M").unwrap())
        .collect();
    let mut out = Vec::with_capacity(MEDS * TIMES.len() * days as usize);
    for _ in 0..MEDS {
        for d in 0..days {
            let date = from + Duration::days(d);
            for t in &times {
                if let Some(at) = zone.from_local_datetime(&date.and_time(*t)).earliest() {
                    out.push(at.with_timezone(&Utc));
                }
            }
        }
    }
    out.sort();
    out
}

fn bench(criterion: &mut Criterion) {
    let tmp = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock(
        Utc.with_ymd_and_hms(2026, 1, 1, 12, 0, 0).unwrap(),
    ));
    let c = Companion::open_with_clock(
        OpenConfig {
            data_dir: tmp.path().display().to_string(),
            zone: "Europe/Oslo".into(),
            language: Lang::En,
        },
        Arc::new(FileKeyManager::new(tmp.path().join("bench.key"))),
        clock,
    )
    .unwrap();
    for i in 0..MEDS {
        let med = c
            .add_medication(NewMedication {
                name: format!("Medicine {i}"),
                ..NewMedication::default()
            })
            .unwrap();
        c.add_schedule(
            med.id,
            NewSchedule {
                times: TIMES.iter().map(|t| (*t).to_owned()).collect(),
                repeat: Repeat::Daily,
                start_date: Some("2026-01-01".into()),
                end_date: None,
                zone_policy: ZonePolicy::FollowDevice,
                amounts: None,
            },
        )
        .unwrap();
    }
    let from = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let ours = c
        .occurrences("2026-01-01".into(), "2026-12-31".into())
        .unwrap();
    let theirs = naive(from, 365, Tz::Europe__Oslo);
    assert_eq!(ours.len(), theirs.len());
    assert_eq!(ours.iter().map(|o| o.at).collect::<Vec<_>>(), theirs);

    let mut group = criterion.benchmark_group("year_of_occurrences_5_meds");
    group.bench_function("naive_chrono_tz_loop", |b| {
        b.iter(|| naive(from, 365, Tz::Europe__Oslo))
    });
    group.bench_function("companion_occurrences", |b| {
        b.iter(|| {
            c.occurrences("2026-01-01".into(), "2026-12-31".into())
                .unwrap()
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = bench
}
criterion_main!(benches);
