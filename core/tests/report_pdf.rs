//! The PDF report from a hand-built six-month summary (1 June to 30 November 2026,
//! every section) in each language: the file opens in Debian's poppler
//! (`pdftotext`, `pdfinfo`), has the chosen sections' headings in the chosen language
//! and no others, keeps the Nordic letters, numbers its pages right, keeps text within
//! the margins, and its charts are the summary's numbers, drawn where they map back.
//! It also leaves each language's report in `target/report/<lang>/report.pdf`, which
//! `cargo xtask test` renders to PNG with `pdftoppm`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a test fails by panicking

#[path = "common/poppler.rs"]
mod poppler;
use poppler::poppler;
use std::path::PathBuf;

use stegvis_core::goals::GoalStatus;
use stegvis_core::progress::report::{self, plot, ChartFrame};
use stegvis_core::progress::{
    AdherenceMonth, AdherenceSummary, GoalLine, GoalsMonth, GoalsSummary, MedicineAdherence,
    ModuleLine, ModulesSummary, ProgressSummary, ReportSection, ScalePoint, ScaleSummary,
    ScaleTopicName, SignWeekMean, SignsSummary, SignsWeek, SummarySignSeries,
};
use stegvis_core::{Lang, Localizer, StegvisError};

const MONTHS: [&str; 6] = [
    "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11",
];

fn month_names(lang: Lang) -> [&'static str; 6] {
    match lang {
        Lang::En => ["June", "July", "August", "September", "October", "November"],
        Lang::Nb => ["juni", "juli", "august", "september", "oktober", "november"],
        Lang::Sv => [
            "juni",
            "juli",
            "augusti",
            "september",
            "oktober",
            "november",
        ],
        Lang::Da => ["juni", "juli", "august", "september", "oktober", "november"],
    }
}

fn month_label(lang: Lang, i: usize) -> String {
    format!("{} 2026", month_names(lang)[i])
}

/// A day label as the summary localizes it: "3 June 2026" / "3. juni 2026".
fn day_label(lang: Lang, day: u32, month: usize) -> String {
    match lang {
        Lang::En => format!("{day} {} 2026", month_names(lang)[month]),
        Lang::Sv => format!("{day} {} 2026", month_names(lang)[month]),
        _ => format!("{day}. {} 2026", month_names(lang)[month]),
    }
}

/// Mondays from 1 June 2026 to 30 November 2026: 27 weeks.
fn mondays() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let days_in = [30, 31, 31, 30, 31, 30];
    let (mut m, mut d) = (0usize, 1u32);
    while m < 6 {
        out.push((format!("{}-{d:02}", MONTHS[m]), format!("{d}/{}", m + 6)));
        d += 7;
        if d > days_in[m] {
            d -= days_in[m];
            m += 1;
        }
    }
    out
}

const TOPICS: [&str; 15] = [
    "knowledge",
    "family",
    "social",
    "structure",
    "distress",
    "impairment",
    "relapse-plan",
    "relapse",
    "hospital",
    "coping",
    "self-help",
    "medication",
    "alcohol",
    "drugs",
    "goals",
];

fn summary(lang: Lang, sections: &[ReportSection]) -> ProgressSummary {
    let l10n = Localizer::new(lang);
    let status = |s: GoalStatus| match (lang, s) {
        (Lang::En, GoalStatus::Active) => "active",
        (Lang::En, GoalStatus::Reached) => "reached",
        (Lang::En, GoalStatus::SetAside) => "set aside",
        (Lang::Sv, GoalStatus::Reached) => "nått",
        (_, GoalStatus::Reached) => "nådd",
        (Lang::Sv, GoalStatus::Active) => "aktivt",
        (_, GoalStatus::Active) => "aktiv",
        (_, GoalStatus::SetAside) => "lagt til side",
    };
    let goal =
        |id: &str, text: &str, s: GoalStatus, done: u32, total: u32, repeats: u32| GoalLine {
            goal_id: id.to_owned(),
            text: text.to_owned(),
            status: s,
            status_name: status(s).to_owned(),
            steps_done: done,
            steps_total: total,
            repeats_done: repeats,
            label: format!("{done}/{total}, {repeats} ×"),
        };
    let steps = [3u32, 5, 2, 4, 6, 1];
    let repeats = [8u32, 11, 9, 12, 10, 4];
    let goals = GoalsSummary {
        reached: 1,
        active: 2,
        set_aside: 1,
        months: (0..6)
            .map(|i| GoalsMonth {
                month: MONTHS[i].to_owned(),
                label: month_label(lang, i),
                steps_done: steps[i],
                repeats_done: repeats[i],
            })
            .collect(),
        goals: vec![
            goal("g1", "Gå en tur på 20 minutter tre ganger i uka, gjerne langs Åkerselva", GoalStatus::Active, 4, 6, 54),
            goal("g2", "Ringe Åse og Øyvind hver søndag – også når jeg er sliten (мама Ольга, γιαγιά, Nguyễn)", GoalStatus::Active, 2, 3, 0),
            goal("g3", "Få en fast døgnrytme: legge meg før 23 og stå opp før 8, også i helgene når det er fristende å bli liggende lenge, for det hjelper på humøret og på konsentrasjonen min", GoalStatus::Reached, 10, 10, 0),
            goal("g4", "Lære å lage smørbrød, pølser og æbleskiver (Übung macht den Meister, déjà vu) Ordetsomeraltforlangtilåpasseinnpåenlinjeipdfenogsomderformåbrytesmidtiordetsomikkeskjerofte", GoalStatus::SetAside, 1, 4, 0),
        ],
    };
    let weeks = mondays();
    let signs_list = [
        "Søvnproblemer",
        "Uro og rastløshet",
        "Trekker meg unna venner",
        "Hører stemmer",
    ];
    let signs = SignsSummary {
        days_checked_in: 141,
        days_in_period: 183,
        max_rating: 3,
        weeks: weeks
            .iter()
            .enumerate()
            .map(|(i, (start, label))| SignsWeek {
                week_start: start.clone(),
                label: label.clone(),
                days_checked_in: if i == 26 { 1 } else { (i as u32 * 5) % 8 },
            })
            .collect(),
        signs: signs_list
            .iter()
            .enumerate()
            .map(|(s, name)| SummarySignSeries {
                sign_id: format!("s{s}"),
                name: (*name).to_owned(),
                weeks: weeks
                    .iter()
                    .enumerate()
                    .map(|(w, (start, _))| {
                        let rated = (w + s) % 9 != 4;
                        let mean = ((w * (s + 3) + s * 5) % 13) as f64 / 4.0;
                        SignWeekMean {
                            week_start: start.clone(),
                            mean: rated.then_some(mean.min(3.0)),
                            mean_label: if rated {
                                format!("{:.1}", mean.min(3.0))
                            } else {
                                "–".to_owned()
                            },
                            days_rated: if rated { 5 } else { 0 },
                        }
                    })
                    .collect(),
            })
            .collect(),
    };
    let month = |i: usize, planned: u32, taken: u32| AdherenceMonth {
        month: MONTHS[i].to_owned(),
        label: month_label(lang, i),
        planned,
        taken,
        skipped: planned - taken,
        percent: (planned > 0).then(|| f64::from(taken) * 100.0 / f64::from(planned)),
        percent_label: if planned > 0 {
            format!(
                "{} %",
                (f64::from(taken) * 100.0 / f64::from(planned)).round()
            )
        } else {
            "–".to_owned()
        },
    };
    let lithium: Vec<AdherenceMonth> = [(60, 57), (62, 50), (62, 61), (60, 44), (62, 58), (60, 59)]
        .iter()
        .enumerate()
        .map(|(i, &(p, t))| month(i, p, t))
        .collect();
    let quetiapine: Vec<AdherenceMonth> =
        [(0, 0), (31, 29), (31, 25), (30, 30), (31, 27), (30, 28)]
            .iter()
            .enumerate()
            .map(|(i, &(p, t))| month(i, p, t))
            .collect();
    let all: Vec<AdherenceMonth> = (0..6)
        .map(|i| {
            month(
                i,
                lithium[i].planned + quetiapine[i].planned,
                lithium[i].taken + quetiapine[i].taken,
            )
        })
        .collect();
    let medicines = AdherenceSummary {
        months: all,
        medicines: vec![
            MedicineAdherence {
                medication_id: "m1".into(),
                name: "Litium 400 mg".into(),
                months: lithium,
            },
            MedicineAdherence {
                medication_id: "m2".into(),
                name: "Quetiapin 50 mg (kveld)".into(),
                months: quetiapine,
            },
        ],
    };
    let module_keys = [
        "recovery-strategies",
        "practical-facts",
        "stress-vulnerability",
        "social-support",
        "medication",
        "drugs-alcohol",
        "reducing-relapses",
        "coping-stress",
        "coping-symptoms",
        "mental-health-system",
        "healthy-lifestyles",
    ];
    let modules = ModulesSummary {
        done: 3,
        started: 1,
        modules: module_keys
            .iter()
            .enumerate()
            .map(|(i, key)| ModuleLine {
                key: (*key).to_owned(),
                name: format!("Modul {} – {key}", i + 1),
                started_on: (i < 4).then(|| "2026-06-03".to_owned()),
                done_on: (i < 3).then(|| "2026-08-14".to_owned()),
                state_label: if i < 3 {
                    format!("{}, {}", day_label(lang, 3, 0), day_label(lang, 14, 2))
                } else if i == 3 {
                    day_label(lang, 2, 3)
                } else {
                    "—".to_owned()
                },
                assignments: [2, 3, 1, 4, 0, 0, 0, 0, 0, 0, 0][i],
            })
            .collect(),
    };
    let rating = |day: u32, m: usize, base: u8, skip: Option<usize>| {
        let items: Vec<Option<u8>> = (0..15)
            .map(|t| (Some(t) != skip).then_some(((usize::from(base) + t) % 5 + 1) as u8))
            .collect();
        let total: u32 = items.iter().flatten().map(|&v| u32::from(v)).sum();
        let answered = items.iter().flatten().count() as u32;
        ScalePoint {
            date: format!("{}-{day:02}", MONTHS[m]),
            label: day_label(lang, day, m),
            total,
            answered,
            complete: answered == 15,
            total_label: format!("Total {total}"),
            items,
        }
    };
    let scale = ScaleSummary {
        topics: TOPICS
            .iter()
            .map(|k| ScaleTopicName {
                key: (*k).to_owned(),
                name: format!("Tema {k} (ærlig vurdert)"),
            })
            .collect(),
        points: vec![
            rating(3, 0, 0, None),
            rating(2, 3, 1, None),
            rating(20, 4, 2, Some(7)),
            rating(24, 5, 3, None),
        ],
        max_total: 75,
    };
    let has = |s: ReportSection| sections.contains(&s);
    ProgressSummary {
        from: "2026-06-01".into(),
        to: "2026-11-30".into(),
        period_label: format!("{} – {}", day_label(lang, 1, 0), day_label(lang, 30, 5)),
        made_label: format!("{} {}", l10n.t("report-title"), day_label(lang, 24, 5)),
        lang: lang.tag().into(),
        sections: sections.to_vec(),
        goals: has(ReportSection::Goals).then_some(goals),
        signs: has(ReportSection::Signs).then_some(signs),
        medicines: has(ReportSection::Medicines).then_some(medicines),
        modules: has(ReportSection::Modules).then_some(modules),
        scale: has(ReportSection::Scale).then_some(scale),
    }
}

fn heading_id(section: ReportSection) -> &'static str {
    match section {
        ReportSection::Goals => "report-goals",
        ReportSection::Signs => "report-signs",
        ReportSection::Medicines => "report-meds",
        ReportSection::Modules => "report-modules",
        ReportSection::Scale => "report-scale",
    }
}

fn out_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../target/report")
        .join(name);
    std::fs::create_dir_all(&dir).expect("report folder");
    dir
}

/// Writes `pdf` and returns (its text, its page count per `pdfinfo`, the path).
fn open(pdf: &[u8], dir: &str) -> (String, usize, PathBuf) {
    let path = out_dir(dir).join("report.pdf");
    std::fs::write(&path, pdf).expect("write report");
    let p = path.to_str().expect("path");
    let info = poppler("pdfinfo", &[p]);
    let pages = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("page count");
    (poppler("pdftotext", &[p, "-"]), pages, path)
}

#[test]
fn every_language_has_its_sections_letters_and_page_numbers() {
    for lang in Lang::ALL {
        let l10n = Localizer::new(lang);
        let s = summary(lang, &ReportSection::ALL);
        let pdf = report::render_pdf(&s, lang).expect("report");
        let (text, pages, path) = open(&pdf, lang.tag());
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            pages >= 3,
            "{lang}: six months of everything is several pages, got {pages}"
        );
        for section in ReportSection::ALL {
            let heading = l10n.t(heading_id(section));
            assert!(flat.contains(&heading), "{lang}: no heading {heading}");
        }
        assert!(flat.contains(&l10n.t("report-title")), "{lang}: no title");
        for nordic in [
            "Åkerselva",
            "Åse og Øyvind",
            // Names people write in other scripts are theirs too.
            "мама Ольга",
            "γιαγιά",
            "Nguyễn",
            "smørbrød, pølser og æbleskiver",
            "Übung",
            "déjà vu",
            "Søvnproblemer",
            "ærlig",
        ] {
            assert!(
                flat.contains(nordic),
                "{lang}: {nordic} did not survive:\n{flat}"
            );
        }
        assert!(flat.contains(&s.period_label), "{lang}: no period");
        // Every page says "Page k of N", N being what pdfinfo counts.
        for page in 1..=pages {
            let footer = l10n.ta(
                "report-page",
                &stegvis_core::l10n::Args::new()
                    .num("page", page as i64)
                    .num("pages", pages as i64),
            );
            let p = page.to_string();
            let one = poppler(
                "pdftotext",
                &["-f", &p, "-l", &p, path.to_str().unwrap(), "-"],
            );
            assert!(
                one.contains(&footer),
                "{lang}: page {page} lacks {footer:?}"
            );
        }
        // Nothing runs past the right margin (56 pt) of an A4 page (595.28 pt).
        let boxes = poppler("pdftotext", &["-bbox", path.to_str().unwrap(), "-"]);
        for word in boxes.lines().filter(|l| l.contains("<word")) {
            let x_max: f64 = word
                .split("xMax=\"")
                .nth(1)
                .and_then(|r| r.split('"').next())
                .and_then(|n| n.parse().ok())
                .expect("xMax");
            assert!(
                x_max <= 595.28 - 56.0 + 1.0,
                "{lang}: past the margin: {word}"
            );
        }
    }
}

#[test]
fn only_the_chosen_sections_are_in_it() {
    let chosen = [ReportSection::Goals, ReportSection::Modules];
    for lang in Lang::ALL {
        let l10n = Localizer::new(lang);
        let pdf = report::render_pdf(&summary(lang, &chosen), lang).expect("report");
        let (text, _, _) = open(&pdf, &format!("{}-chosen", lang.tag()));
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for section in ReportSection::ALL {
            let heading = l10n.t(heading_id(section));
            // "IMR modules" vs "IMR Scale ..." and the like never contain one another.
            assert_eq!(
                flat.contains(&heading),
                chosen.contains(&section),
                "{lang}: {heading}"
            );
        }
        let other = Localizer::new(if lang == Lang::En { Lang::Nb } else { Lang::En });
        assert!(
            !flat.contains(&other.t("report-intro")),
            "{lang}: another language's text"
        );
    }
}

#[test]
fn a_short_report_is_one_page_and_no_section_is_refused() {
    let pdf =
        report::render_pdf(&summary(Lang::Da, &[ReportSection::Scale]), Lang::Da).expect("report");
    let (text, pages, _) = open(&pdf, "da-short");
    assert_eq!(pages, 1);
    assert!(text.contains("Side 1 af 1"));
    let none = summary(Lang::En, &[]);
    assert!(matches!(
        report::render_pdf(&none, Lang::En),
        Err(StegvisError::InvalidInput { .. })
    ));
}

#[test]
fn the_charts_are_the_summarys_numbers() {
    let s = summary(Lang::Sv, &ReportSection::ALL);
    let charts = report::charts(&s, Lang::Sv);
    let goals = s.goals.as_ref().unwrap();
    let signs = s.signs.as_ref().unwrap();
    let meds = s.medicines.as_ref().unwrap();
    let scale = s.scale.as_ref().unwrap();
    // Goals, one per sign, medicines, scale.
    assert_eq!(charts.len(), 1 + signs.signs.len() + 1 + 1);

    let g = &charts[0];
    let steps: Vec<_> = goals
        .months
        .iter()
        .map(|m| Some(f64::from(m.steps_done)))
        .collect();
    let repeats: Vec<_> = goals
        .months
        .iter()
        .map(|m| Some(f64::from(m.repeats_done)))
        .collect();
    assert_eq!(g.series[0].values, steps);
    assert_eq!(g.series[1].values, repeats);
    assert!(g.y_max >= 12.0);

    for (chart, sign) in charts[1..].iter().zip(&signs.signs) {
        let means: Vec<_> = sign.weeks.iter().map(|w| w.mean).collect();
        assert_eq!(chart.series[0].values, means, "{}", sign.name);
        assert_eq!(chart.x_labels.len(), signs.weeks.len());
        assert_eq!((chart.y_min, chart.y_max), (0.0, 3.0));
        assert_eq!(chart.y_ticks[3].1, "Mycket");
    }

    let m = &charts[1 + signs.signs.len()];
    assert_eq!(
        m.series[0].values,
        meds.months.iter().map(|x| x.percent).collect::<Vec<_>>()
    );
    for (series, med) in m.series[1..].iter().zip(&meds.medicines) {
        assert_eq!(
            series.values,
            med.months.iter().map(|x| x.percent).collect::<Vec<_>>()
        );
    }
    assert_eq!(
        m.series[2].values[0], None,
        "nothing planned is no point, not 0 %"
    );

    let c = &charts[charts.len() - 1];
    let totals: Vec<_> = scale
        .points
        .iter()
        .map(|p| (p.answered == 15).then_some(f64::from(p.total)))
        .collect();
    assert_eq!(c.series[0].values, totals);
    assert_eq!(
        c.series[0].values[2], None,
        "a rating with a skipped topic has no comparable total"
    );
    assert_eq!((c.y_min, c.y_max), (15.0, 75.0));

    // Drawn where the numbers say: every plotted height maps back to its value, and
    // the slots run left to right.
    let frame = ChartFrame {
        left: 90.0,
        bottom: 300.0,
        width: 430.0,
        height: 130.0,
    };
    for chart in &charts {
        let points = plot(chart, &frame);
        for (series, drawn) in chart.series.iter().zip(&points) {
            assert_eq!(series.values.len(), drawn.len());
            let mut last_x = f64::MIN;
            for (value, point) in series.values.iter().zip(drawn) {
                assert_eq!(value.is_some(), point.is_some());
                if let (Some(v), Some((x, y))) = (value, point) {
                    assert!(
                        (frame.value_at(chart, *y) - v).abs() < 1e-9,
                        "{}: {v} drawn at {y}",
                        chart.title
                    );
                    assert!(*y >= frame.bottom && *y <= frame.bottom + frame.height);
                    assert!(*x > last_x && *x < frame.left + frame.width);
                    last_x = *x;
                }
            }
        }
    }
}

#[test]
fn odd_summaries_still_make_a_readable_report() {
    let mut s = summary(Lang::Nb, &ReportSection::ALL);
    // Text the font lacks, a very long goal, and series that do not line up.
    let goals = s.goals.as_mut().unwrap();
    goals.goals[0].text = format!("🙂 漢字 ƒ {}", "langt ord ".repeat(800));
    goals.months.clear();
    let signs = s.signs.as_mut().unwrap();
    signs.signs[0].weeks.truncate(3);
    signs.weeks.truncate(10);
    let meds = s.medicines.as_mut().unwrap();
    meds.medicines[0].months.truncate(2);
    let scale = s.scale.as_mut().unwrap();
    scale.points[0].items.truncate(4);
    scale.topics.truncate(14);
    let pdf = report::render_pdf(&s, Lang::Nb).expect("report");
    let (text, pages, _) = open(&pdf, "nb-odd");
    assert!(pages > 3, "the long goal flows over pages");
    assert!(text.contains("langt ord"));

    // Every section empty: each says so, on one page.
    let empty = ProgressSummary {
        goals: None,
        signs: None,
        medicines: None,
        modules: None,
        scale: None,
        ..summary(Lang::En, &ReportSection::ALL)
    };
    let pdf = report::render_pdf(&empty, Lang::En).expect("report");
    let (text, pages, _) = open(&pdf, "en-empty");
    assert_eq!(pages, 1);
    let l10n = Localizer::new(Lang::En);
    for id in [
        "report-goals-none",
        "report-signs-none",
        "report-meds-none",
        "report-scale-none",
    ] {
        assert!(
            text.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .contains(&l10n.t(id)),
            "{id}"
        );
    }
}
