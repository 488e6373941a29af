//! Issue 8, "done when": a scripted week through the real binary, in each of the four
//! languages. A participant with 4 medicines, 6 signs, 2 goals and a plan lives seven
//! days (Monday 23 to Sunday 29 November 2026, Oslo): check-ins with notes and sleep,
//! doses taken, skipped, snoozed, refused and corrected, a step done, a problem-solving
//! plan looked back at. At the end everything written is read back once, nothing
//! doubled, and no text a person reads shows ISO dates, UTC, internal keys or a panic.

#![allow(clippy::unwrap_used)] // test helpers: a failed setup is a failed test

use std::collections::HashSet;

use assert_cmd::Command;
use chrono::{NaiveDate, NaiveTime};
use serde_json::Value;
use stegvis_core::l10n::Args;
use stegvis_core::{Lang, Localizer};

const DAYS: u32 = 7;

/// The first day of the week, Monday 23 November 2026.
fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23 + d).unwrap()
}

/// An instant on day `d` as UTC `HH:MM` (Oslo is UTC+1 in November).
fn at(d: u32, utc: &str) -> String {
    format!("{}T{utc}:00Z", day(d))
}

/// One participant's data folder, in one language, with every text output kept so
/// that the whole week can be checked for what people must never read.
struct Week {
    dir: tempfile::TempDir,
    lang: Lang,
    loc: Localizer,
    texts: Vec<(String, String)>,
}

impl Week {
    fn new(lang: Lang) -> Self {
        Self {
            dir: tempfile::tempdir().unwrap(),
            lang,
            loc: Localizer::new(lang),
            texts: Vec::new(),
        }
    }

    fn cmd(&self, now: &str, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("stegvis").unwrap();
        cmd.env("STEGVIS_DATA_DIR", self.dir.path())
            .env("STEGVIS_NOW", now)
            .env("STEGVIS_ZONE", "Europe/Oslo")
            .env("STEGVIS_LANG", self.lang.tag())
            .env("NO_COLOR", "1")
            .args(args);
        cmd
    }

    fn json(&self, now: &str, args: &[&str]) -> Value {
        let out = self.cmd(now, args).arg("--json").assert().success();
        serde_json::from_slice(&out.get_output().stdout).unwrap()
    }

    /// A command's text output (stdout and stderr), kept for the end-of-week checks.
    fn text(&mut self, now: &str, args: &[&str]) -> String {
        let out = self.cmd(now, args).assert().success();
        let out = out.get_output();
        let text = format!(
            "{}{}",
            String::from_utf8(out.stdout.clone()).unwrap(),
            String::from_utf8(out.stderr.clone()).unwrap()
        );
        self.texts.push((args.join(" "), text.clone()));
        text
    }

    /// A refused command: its text error is kept, its JSON error returned.
    fn refused(&mut self, now: &str, args: &[&str], code: i32) -> Value {
        let out = self.cmd(now, args).assert().code(code);
        let text = String::from_utf8(out.get_output().stderr.clone()).unwrap();
        self.texts.push((args.join(" "), text));
        let out = self.cmd(now, args).arg("--json").assert().code(code);
        serde_json::from_slice(&out.get_output().stderr).unwrap()
    }

    fn id(&self, now: &str, args: &[&str]) -> String {
        self.json(now, args)["id"].as_str().unwrap().to_owned()
    }

    fn count(&self, now: &str, med: &str) -> i64 {
        self.json(now, &["meds", "show", med])["count_on_hand"]
            .as_i64()
            .unwrap()
    }

    /// The id of the planned dose of `med` at `slot` on day `d`.
    fn occurrence(&self, d: u32, med: &str, slot: &str) -> String {
        let date = day(d).to_string();
        let list = self.json(
            &at(d, "05:00"),
            &["meds", "occurrences", "--from", &date, "--to", &date],
        );
        let found: Vec<&Value> = list
            .as_array()
            .unwrap()
            .iter()
            .filter(|o| o["medication_id"] == med && o["slot"] == slot)
            .collect();
        assert_eq!(found.len(), 1, "one dose of {med} at {slot} on {date}");
        found[0]["id"].as_str().unwrap().to_owned()
    }

    fn has(&self, out: &str, id: &str, args: &Args) {
        let expected = self.loc.ta(id, args);
        assert!(out.contains(&expected), "{expected:?} in {out}");
    }
}

/// What the participant wrote into the plan, checked again on day 7.
const ACTIONS: [&str; 2] = ["Go to bed at ten", "Walk with the dog before lunch"];
const SAM_REACH: &str = "900 00 000";
const CRISIS_NAME: &str = "Mental health helpline";
const CRISIS_REACH: &str = "116 123, day and night";

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn week(lang: Lang) {
    let mut w = Week::new(lang);
    let loc = w.loc;
    let start = at(0, "06:00");
    let s = start.as_str();

    // Four medicines: one at 08:00, one at 08:00 and 22:00 (1 and 2), one on
    // Monday, Wednesday and Friday at 12:00, and one when needed.
    let once = w.id(s, &["meds", "add", "Sertraline", "--count", "30"]);
    w.json(s, &["meds", "schedule", "add", &once, "--at", "08:00"]);
    let twice = w.id(s, &["meds", "add", "Olanzapine", "--count", "40"]);
    w.json(
        s,
        &[
            "meds",
            "schedule",
            "add",
            &twice,
            "--at",
            "08:00,22:00",
            "--amounts",
            "1,2",
        ],
    );
    let weekly = w.id(s, &["meds", "add", "Vitamin D", "--count", "20"]);
    w.json(
        s,
        &[
            "meds",
            "schedule",
            "add",
            &weekly,
            "--at",
            "12:00",
            "--weekdays",
            "mon,wed,fri",
        ],
    );
    let needed = w.id(s, &["meds", "add", "Paracetamol", "--count", "16"]);

    // Six signs: five from the catalog and one in the person's own words.
    let mut signs = Vec::new();
    for key in [
        "sleeping-less",
        "racing-thoughts",
        "tense-restless",
        "withdrawing",
        "low-mood",
    ] {
        signs.push(w.id(s, &["signs", "add", "--catalog", key]));
    }
    signs.push(w.id(
        s,
        &["signs", "add", "I stop answering messages", "--others"],
    ));

    // Two goals with steps; the second step was written two weeks ago and is stuck.
    let early = "2026-11-09T09:00:00Z";
    let walk = w.id(
        s,
        &["goal", "add", "Walk outside most days", "--area", "health"],
    );
    let shoes = w.id(
        s,
        &["step", "add", &walk, "Find my shoes", "--due", "2026-11-26"],
    );
    w.json(s, &["step", "add", &walk, "Walk to the shop"]);
    let sister = w.id(
        early,
        &["goal", "add", "See my sister", "--area", "relationships"],
    );
    let coffee = w.id(early, &["step", "add", &sister, "Ask her to have coffee"]);

    // The plan: triggers, actions, a supporter, contacts with a crisis line, a rule.
    for args in [
        vec!["plan", "edit", "triggers", "--add", "Too little sleep"],
        vec!["plan", "edit", "actions", "--add", ACTIONS[0]],
        vec!["plan", "edit", "actions", "--add", ACTIONS[1]],
        vec![
            "plan",
            "edit",
            "supporter-actions",
            "--add",
            "Remind me to eat",
            "--supporter",
            "Sam",
        ],
        vec![
            "plan",
            "edit",
            "contacts",
            "--add",
            "Sam",
            "--reach",
            SAM_REACH,
            "--kind",
            "supporter",
        ],
        vec![
            "plan",
            "edit",
            "contacts",
            "--add",
            CRISIS_NAME,
            "--reach",
            CRISIS_REACH,
            "--kind",
            "crisis-line",
        ],
    ] {
        w.text(s, &args);
    }
    let rule_signs = format!("{},{}", signs[0], signs[1]);
    w.text(
        s,
        &[
            "plan",
            "rules",
            "add",
            "--signs",
            &rule_signs,
            "--at-least",
            "2",
            "--count",
            "2",
            "--days",
            "2",
        ],
    );
    w.text(s, &["plan", "show"]);
    w.text(s, &["plan", "rules"]);
    w.text(s, &["signs", "list"]);
    w.text(s, &["meds", "list"]);
    w.text(s, &["goal", "list"]);

    let mut problem_plan = String::new();
    for d in 0..DAYS {
        let morning = at(d, "06:55"); // 07:55 in Oslo
        let m = morning.as_str();
        let weekday = d % 7; // 0 is Monday
        let today = w.text(m, &["today"]);
        if d == 6 {
            // The dose corrected on Saturday night is asked about, not hidden.
            w.has(
                &today,
                "today-dose-missed",
                &Args::new()
                    .text("time", loc.time(hm(22, 0)))
                    .text("date", loc.date(day(5))),
            );
        }
        if d >= 2 {
            // The stuck step has a plan waiting (made on Tuesday): it is not also listed as stuck.
            let sections = w.json(m, &["today"])["sections"].clone();
            assert!(
                sections
                    .as_array()
                    .unwrap()
                    .iter()
                    .all(|s| s["kind"] != "stalled"),
                "day {d}: {sections}"
            );
        }

        // The 08:00 medicine: taken by its dose, except on Wednesday, skipped with a reason.
        let first = w.occurrence(d, &once, "08:00");
        if d == 2 {
            w.text(m, &["meds", "skip", &first, "--reason", "felt sick"]);
        } else {
            w.text(m, &["meds", "take", &first]);
        }
        // The twice-daily morning dose: by medicine, which logs the dose due at 08:00;
        // on Tuesday snoozed first and then taken by its dose.
        let second = w.occurrence(d, &twice, "08:00");
        if d == 1 {
            w.text(m, &["meds", "snooze", &second, "--minutes", "10"]);
            w.text(&at(d, "07:10"), &["meds", "take", &second]);
        } else {
            let taken = w.json(m, &["meds", "take", &twice]);
            assert_eq!(taken["occurrence"]["id"], second.as_str(), "{taken}");
        }
        if [0, 2, 4].contains(&weekday) {
            let noon = w.occurrence(d, &weekly, "12:00");
            w.text(m, &["meds", "take", &noon]);
        }
        if d == 0 {
            // A taken dose cannot be snoozed: a conflict, nothing changes.
            let err = w.refused(m, &["meds", "snooze", &first, "--minutes", "10"], 1);
            assert_eq!(err["error"]["kind"], "conflict", "{err}");
            let said = &w.texts.last().unwrap().1;
            w.has(
                said,
                "error-conflict-dose-already-taken",
                &Args::new()
                    .text("date", loc.date(day(0)))
                    .text("time", loc.time(hm(7, 55))),
            );
            let shown = w.json(m, &["meds", "show", &once]);
            assert_eq!(shown["history"][0]["doses"][0]["state"], "taken", "{shown}");
            // The step due on Thursday is among the reminders.
            let plan = w.json(m, &["reminders"]);
            let step = format!("step:{shoes}");
            assert!(
                plan["reminders"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|r| r["id"] == step.as_str()),
                "{step} in {plan}"
            );
        }
        if d == 3 {
            // A when-needed medicine's dose is simply taken, not "extra".
            let said = w.text(m, &["meds", "take", &needed]);
            assert_eq!(said.trim_end(), loc.t("cli-dose-taken"));
            w.text(m, &["step", "done", &shoes]);
        }
        if d == 1 {
            problem_plan = w.id(
                m,
                &[
                    "solve",
                    &coffee,
                    "--problem",
                    "I get nervous calling",
                    "--option",
                    "Send a message",
                    "--option",
                    "Ask mum",
                    "--choose",
                    "1",
                    "--action",
                    "Write it tonight",
                    "--follow-up",
                    "2026-11-27",
                ],
            );
        }
        if d == 4 {
            w.text(
                m,
                &[
                    "followup",
                    "done",
                    &problem_plan,
                    "--outcome",
                    "partly",
                    "--note",
                    "Sent it, no answer yet",
                ],
            );
        }

        // Evening, 21:55 in Oslo: the 22:00 dose and the check-in.
        let evening = at(d, "20:55");
        let e = evening.as_str();
        let night = w.occurrence(d, &twice, "22:00");
        if d == 5 {
            // Logged by mistake, then corrected: back to not logged, count restored.
            let counts_before_undo = w.count(e, &twice);
            w.text(e, &["meds", "take", &night]);
            assert_eq!(w.count(e, &twice), counts_before_undo - 2);
            let undone = w.json(e, &["meds", "undo", &night]);
            assert!(undone["status"].is_null(), "{undone}");
            assert_eq!(w.count(e, &twice), counts_before_undo);
        } else {
            w.text(e, &["meds", "take", &night]);
        }
        // Ratings rise on Saturday and Sunday: the rule holds on Sunday.
        let high = d >= 5;
        let mut args: Vec<String> = vec!["checkin".into()];
        for (i, sign) in signs.iter().enumerate() {
            let rating = match (high, i) {
                (true, 0 | 1) => 3,
                (true, _) => 1,
                (false, 0) => d % 2,
                (false, _) => 0,
            };
            args.push("--rate".into());
            args.push(format!("{sign}={rating}"));
        }
        let note = format!("note day {d}");
        let sleep = if high { "4.5" } else { "7" };
        args.extend([
            "--note".into(),
            note.clone(),
            "--sleep".into(),
            sleep.into(),
        ]);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let saved = w.text(e, &args);
        assert_eq!(saved.trim_end(), loc.t("checkin-saved"));
        let shown = w.text(e, &["checkin", "show"]);
        assert!(shown.starts_with(&loc.date(day(d))), "{shown}");
        w.has(&shown, "history-note", &Args::new().text("note", note));
        // Every sign is read back, the catalog ones in words and the own one as written.
        for key in [
            "sleeping-less",
            "racing-thoughts",
            "tense-restless",
            "withdrawing",
            "low-mood",
        ] {
            let label = loc.t(&format!("sign-{key}"));
            assert_eq!(shown.matches(&label).count(), 1, "{label} once in {shown}");
        }
        assert_eq!(
            shown.matches("I stop answering messages").count(),
            1,
            "{shown}"
        );
        w.text(e, &["meds", "show", &twice]);

        let today = w.json(e, &["today"]);
        if d < 6 {
            assert!(today["plan_block"].is_null(), "day {d}: {today}");
        }
    }

    // Sunday 29 November, 22:30 in Oslo: everything read back.
    let end = at(6, "21:30");
    let e = end.as_str();

    // Check-ins: seven days, each note exactly once.
    let history = w.json(e, &["checkin", "history", "--weeks", "2"]);
    let days = history["days"].as_array().unwrap();
    assert_eq!(days.len(), 7, "{history}");
    let notes: Vec<&str> = days.iter().map(|d| d["note"].as_str().unwrap()).collect();
    for d in 0..DAYS {
        let note = format!("note day {d}");
        assert_eq!(
            notes.iter().filter(|n| **n == note).count(),
            1,
            "{note} once in {notes:?}"
        );
        // Newest first.
        assert_eq!(days[(6 - d) as usize]["date"], day(d).to_string());
    }
    let text = w.text(e, &["checkin", "history", "--weeks", "2"]);
    for d in 0..DAYS {
        let note = format!("note day {d}");
        w.has(
            &text,
            "history-note",
            &Args::new().text("note", note.clone()),
        );
        assert_eq!(text.matches(&note).count(), 1, "{note} once in {text}");
        assert!(text.contains(&loc.date(day(d))), "{text}");
    }

    // The trend keeps each day's note and sleep.
    let trend = w.json(e, &["signs", "trend", "--weeks", "1"]);
    let per_day = trend["per_day"].as_array().unwrap();
    assert_eq!(per_day.len(), 7, "{trend}");
    for d in 0..DAYS {
        let row = &per_day[d as usize];
        assert_eq!(row["note"], format!("note day {d}"), "{row}");
        assert_eq!(row["sleep_hours"], if d >= 5 { 4.5 } else { 7.0 }, "{row}");
    }
    w.text(e, &["signs", "trend"]);

    // Medicines: each planned dose once per day, the skip with its reason, counts.
    let expect = [
        // (medicine, slots, days with a dose, expected count)
        (&once, vec!["08:00"], 7, 30 - 6),
        (&twice, vec!["08:00", "22:00"], 7, 40 - 7 - 2 * 6),
        (&weekly, vec!["12:00"], 3, 20 - 3),
    ];
    for (med, slots, dose_days, count) in &expect {
        let shown = w.json(e, &["meds", "show", med]);
        assert_eq!(shown["count_on_hand"], *count, "{shown}");
        let history = shown["history"].as_array().unwrap();
        let mut seen = HashSet::new();
        let mut days_with_doses = 0;
        for entry in history {
            let date = entry["date"].as_str().unwrap();
            let doses = entry["doses"].as_array().unwrap();
            if !doses.is_empty() {
                days_with_doses += 1;
            }
            for dose in doses {
                let key = format!("{date} {}", dose["time"]);
                assert!(seen.insert(key.clone()), "{key} twice in {shown}");
            }
            if date < "2026-11-23" {
                continue;
            }
            let slots_today: Vec<&str> =
                doses.iter().map(|x| x["time"].as_str().unwrap()).collect();
            assert!(slots_today.is_empty() || slots_today == *slots, "{entry}");
        }
        assert_eq!(days_with_doses, *dose_days, "{shown}");
        w.text(e, &["meds", "show", med]);
    }
    let first = w.json(e, &["meds", "show", &once]);
    let wednesday = first["history"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["date"] == "2026-11-25")
        .unwrap();
    assert_eq!(wednesday["doses"][0]["state"], "skipped", "{wednesday}");
    assert_eq!(wednesday["doses"][0]["reason"], "felt sick", "{wednesday}");
    for entry in first["history"].as_array().unwrap() {
        if entry["date"].as_str().unwrap() >= "2026-11-23" {
            let state = if entry["date"] == "2026-11-25" {
                "skipped"
            } else {
                "taken"
            };
            assert_eq!(entry["doses"][0]["state"], state, "{entry}");
        }
    }
    let text = w.text(e, &["meds", "show", &once]);
    w.has(
        &text,
        "dose-line-skipped-reason",
        &Args::new()
            .text("time", loc.time(hm(8, 0)))
            .text("reason", "felt sick"),
    );
    for d in 0..DAYS {
        assert_eq!(text.matches(&loc.date(day(d))).count(), 1, "{text}");
    }
    let second = w.json(e, &["meds", "show", &twice]);
    let saturday = second["history"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["date"] == "2026-11-28")
        .unwrap();
    assert_eq!(saturday["doses"][1]["time"], "22:00", "{saturday}");
    assert_ne!(saturday["doses"][1]["state"], "taken", "undone: {saturday}");
    let tuesday = second["history"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["date"] == "2026-11-24")
        .unwrap();
    assert_eq!(
        tuesday["doses"][0]["state"], "taken",
        "snoozed, then taken: {tuesday}"
    );
    let extra: Vec<(String, String)> = w.json(e, &["meds", "show", &needed])["history"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|h| {
            h["doses"].as_array().unwrap().iter().map(move |x| {
                (
                    h["date"].as_str().unwrap().to_owned(),
                    x["state"].as_str().unwrap().to_owned(),
                )
            })
        })
        .collect();
    assert_eq!(extra, vec![("2026-11-26".to_owned(), "extra".to_owned())]);
    assert_eq!(w.count(e, &needed), 15);
    let text = w.text(e, &["meds", "show", &needed]);
    w.has(
        &text,
        "dose-line-as-needed",
        &Args::new().text("time", loc.time(hm(7, 55))),
    );

    // Adherence: 24 planned doses have passed by Sunday 22:30, 22 were taken
    // (the skipped Wednesday dose and the corrected Saturday night dose were not).
    let adherence = w.json(e, &["meds", "adherence", "--days", "7"]);
    let week = adherence
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["days"] == 7)
        .unwrap();
    assert_eq!(week["overall"]["planned"], 24, "{week}");
    assert_eq!(week["overall"]["taken"], 22, "{week}");
    assert_eq!(week["overall"]["skipped"], 1, "{week}");
    for (med, planned, taken) in [(&once, 7, 6), (&twice, 14, 13), (&weekly, 3, 3)] {
        let row = week["per_medication"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["medication_id"] == med.as_str())
            .unwrap();
        assert_eq!(
            (row["planned"].as_i64(), row["taken"].as_i64()),
            (Some(planned), Some(taken)),
            "{row}"
        );
    }
    assert!(
        !week["per_medication"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["medication_id"] == needed.as_str()),
        "a when-needed medicine has no planned doses: {week}"
    );
    let text = w.text(e, &["meds", "adherence"]);
    w.has(
        &text,
        "adherence-label",
        &Args::new().num("taken", 22).num("planned", 24),
    );

    // Reminders: a check-in every evening of the coming week, doses grouped by minute.
    let plan = w.json(e, &["reminders"]);
    let reminders = plan["reminders"].as_array().unwrap();
    for d in 7..14 {
        let id = format!("checkin:{}", day(0) + chrono::Days::new(d));
        assert!(
            reminders.iter().any(|r| r["id"] == id.as_str()),
            "{id} in {plan}"
        );
    }
    let mut minutes = HashSet::new();
    for dose in reminders
        .iter()
        .filter(|r| r["id"].as_str().unwrap().starts_with("dose:"))
    {
        let minute = dose["at"].as_str().unwrap();
        assert!(
            minutes.insert(minute.to_owned()),
            "one reminder per minute: {plan}"
        );
    }
    let monday_eight = reminders
        .iter()
        .find(|r| r["id"] == "dose:2026-11-30T07:00Z")
        .unwrap();
    assert_eq!(
        monday_eight["occurrence_ids"].as_array().unwrap().len(),
        2,
        "{monday_eight}"
    );
    let text = w.text(e, &["reminders"]);
    w.has(
        &text,
        "reminder-doses",
        &Args::new().num("count", 2).text("time", loc.time(hm(8, 0))),
    );
    assert!(
        !text.contains("Olanzapine"),
        "no names unless allowed: {text}"
    );

    // Sunday: the rule holds, and today shows the plan's own words.
    let today = w.text(e, &["today"]);
    for part in [ACTIONS[0], ACTIONS[1], SAM_REACH, CRISIS_NAME, CRISIS_REACH] {
        assert!(today.contains(part), "{part} in {today}");
    }
    for id in [
        "plan-block-actions-title",
        "plan-block-contacts-title",
        "plan-block-crisis-title",
    ] {
        assert!(today.contains(&loc.t(id)), "{id} in {today}");
    }
    w.has(
        &today,
        "plan-block-contact",
        &Args::new()
            .text("name", "Sam")
            .text("kind", loc.t("contact-kind-supporter"))
            .text("reach", SAM_REACH),
    );
    let crisis_at = today.find(&loc.t("plan-block-crisis-title")).unwrap();
    let crisis = loc.ta(
        "plan-block-contact",
        &Args::new()
            .text("name", CRISIS_NAME)
            .text("kind", loc.t("contact-kind-crisis-line"))
            .text("reach", CRISIS_REACH),
    );
    assert!(today[crisis_at..].contains(&crisis), "{crisis} in {today}");
    for once in [
        loc.t("plan-block-actions-title"),
        loc.t("plan-block-crisis-title"),
        ACTIONS[0].to_owned(),
        CRISIS_REACH.to_owned(),
    ] {
        assert_eq!(today.matches(&once).count(), 1, "{once} once in {today}");
    }
    let block = &w.json(e, &["today"])["plan_block"];
    assert_eq!(block["actions"][0], ACTIONS[0], "{block}");
    // What rose, in words, is printed as the core wrote it.
    let headline = block["headline"].as_str().unwrap();
    assert!(
        headline.contains(&loc.t("sign-sleeping-less")),
        "{headline}"
    );
    assert!(today.contains(headline), "{headline} in {today}");

    // The problem-solving plan under its step, with the look-back's answer.
    let goal = w.json(e, &["goal", "show", &sister]);
    let plans = goal["steps"][0]["plans"].as_array().unwrap();
    assert_eq!(plans.len(), 1, "{goal}");
    assert_eq!(plans[0]["id"], problem_plan.as_str());
    let text = w.text(e, &["goal", "show", &sister]);
    w.has(
        &text,
        "solve-plan-line",
        &Args::new().text("idea", "Send a message"),
    );
    assert!(text.contains(&loc.t("look-back-outcome-partly")), "{text}");
    let shown = w.text(e, &["solve", "show", &problem_plan]);
    assert!(shown.contains("Sent it, no answer yet"), "{shown}");
    let walk_goal = w.json(e, &["goal", "show", &walk]);
    assert_eq!(walk_goal["steps"][0]["done"], true, "{walk_goal}");
    assert_eq!(walk_goal["steps"][1]["done"], false, "{walk_goal}");
    let text = w.text(e, &["goal", "show", &walk]);
    assert!(text.contains(&loc.date(day(3))), "done on Thursday: {text}");
    w.text(e, &["plan", "show"]);
    w.text(e, &["plan", "rules"]);

    // Nothing in any text of the week that people must not read.
    let internal = [
        "UTC",
        "<canceled>",
        "panicked",
        "(supporter-actions)",
        "sleeping-less",
        "racing-thoughts",
        "tense-restless",
        "low-mood",
        "crisis-line",
        "supporter-actions",
    ];
    for (command, out) in &w.texts {
        assert!(
            !has_iso_date(&without_ids(out)),
            "ISO date in `{command}`: {out}"
        );
        for word in internal {
            assert!(!out.contains(word), "{word} in `{command}`: {out}");
        }
    }
}

/// The text without dose and reminder ids (`SCHEDULE/2026-11-23/08:00`,
/// `dose:2026-11-30T07:00Z`): the terminal prints the id a script passes to `meds take`
/// or `reminders act`, and those ids hold ISO dates by design.
fn without_ids(text: &str) -> String {
    const REMINDER_IDS: [&str; 5] = ["dose:", "snooze:", "checkin:", "step:", "refill:"];
    text.split_whitespace()
        .filter(|word| !matches!(word.split_once('/'), Some((schedule, _)) if schedule.len() == 36))
        .filter(|word| !REMINDER_IDS.iter().any(|p| word.starts_with(p)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `\d{4}-\d{2}-\d{2}` anywhere in the text.
fn has_iso_date(text: &str) -> bool {
    let pattern = b"dddd-dd-dd";
    text.as_bytes().windows(pattern.len()).any(|w| {
        w.iter().zip(pattern).all(|(c, p)| match p {
            b'd' => c.is_ascii_digit(),
            _ => c == p,
        })
    })
}

#[test]
fn a_week_in_english() {
    week(Lang::En);
}

#[test]
fn a_week_in_norwegian() {
    week(Lang::Nb);
}

#[test]
fn a_week_in_swedish() {
    week(Lang::Sv);
}

#[test]
fn a_week_in_danish() {
    week(Lang::Da);
}

#[test]
fn iso_dates_are_found() {
    assert!(has_iso_date("on 2026-11-23."));
    assert!(!has_iso_date("on 23 November, 08:00"));
    let id = "8a25e56c-e7b4-4f06-ae94-e9c72f2eff8b/2026-11-23/08:00";
    assert!(!has_iso_date(&without_ids(&format!("id: {id}\n"))));
    assert!(has_iso_date(&without_ids(&format!(
        "id: {id} on 2026-11-23"
    ))));
    assert!(!has_iso_date(&without_ids("08:00  dose:2026-11-30T07:00Z")));
}
