//! The interactive home driven through a real pseudo-terminal (80x24), as a person
//! would use it: the first-run greeting, Ctrl-C and Esc, the check-in that keeps
//! ratings, and logging a dose by picking it. The waits are guards against a hang,
//! never part of what is checked.

#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::panic)] // test helpers: a failed setup is a failed test

use std::path::Path;
use std::process::Command;

use rexpect::process::WaitStatus;
use rexpect::session::{spawn_with_options, Options, PtySession};
use serde_json::Value;
use stegvis_core::{Lang, Localizer};

const SUNDAY: &str = "2026-11-22T06:00:00Z";
const MONDAY: &str = "2026-11-23T09:00:00Z";

const DOWN: &str = "\x1b[B";
const ENTER: &str = "\r";
const ESC: &str = "\x1b";

fn bin() -> String {
    env!("CARGO_BIN_EXE_stegvis").to_owned()
}

/// The real binary in a terminal of 80 columns and 24 rows.
fn home(dir: &Path, lang: &str, now: &str) -> PtySession {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg("stty rows 24 cols 80; exec \"$0\"")
        .arg(bin())
        .env("STEGVIS_DATA_DIR", dir)
        .env("STEGVIS_NOW", now)
        .env("STEGVIS_ZONE", "Europe/Oslo")
        .env("STEGVIS_LANG", lang)
        .env("TERM", "xterm-256color")
        .env_remove("NO_COLOR");
    spawn_with_options(
        cmd,
        Options::new()
            .timeout_ms(Some(20_000))
            .strip_ansi_escape_codes(true),
    )
    .unwrap()
}

/// A script command on the same folder.
fn run(dir: &Path, now: &str, args: &[&str]) -> Value {
    let out = Command::new(bin())
        .args(args)
        .arg("--json")
        .env("STEGVIS_DATA_DIR", dir)
        .env("STEGVIS_NOW", now)
        .env("STEGVIS_ZONE", "Europe/Oslo")
        .env("STEGVIS_LANG", "en")
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {out:?}");
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The beginning of a message, short enough never to be wrapped on an 80-column line
/// and up to its first letter outside ASCII (the pty reader sees bytes, not UTF-8).
fn start_of(loc: &Localizer, id: &str) -> String {
    let text: String = loc
        .t(id)
        .chars()
        .take_while(char::is_ascii)
        .take(30)
        .collect();
    assert!(text.len() >= 6, "too short to look for: {text:?}");
    text
}

fn send(p: &mut PtySession, keys: &str) {
    p.send(keys).unwrap();
    p.flush().unwrap();
}

/// Everything up to the end, then the exit code.
fn finish(p: &mut PtySession) -> (String, i32) {
    let rest = p.exp_eof().unwrap();
    match p.process_mut().wait().unwrap() {
        WaitStatus::Exited(_, code) => (rest, code),
        other => panic!("ended by {other:?}"),
    }
}

fn assert_calm(text: &str) {
    for word in ["<canceled>", "storage", "Storage", "lagring", "panicked"] {
        assert!(!text.contains(word), "{word:?} shown: {text}");
    }
}

#[test]
fn a_first_run_greets_and_ctrl_c_stops_calmly_with_130() {
    let tmp = tempfile::tempdir().unwrap();
    let loc = Localizer::new(Lang::En);
    let mut p = home(tmp.path(), "en", MONDAY);
    p.exp_string(&loc.t("home-welcome-title")).unwrap();
    p.exp_string(&loc.t("home-welcome-goal")).unwrap();
    p.send_control('c').unwrap();
    p.exp_string(&start_of(&loc, "home-interrupted")).unwrap();
    let (rest, code) = finish(&mut p);
    assert_eq!(code, 130);
    assert_calm(&rest);
}

#[test]
fn esc_at_the_menu_closes_with_0_and_says_nothing_half_finished_was_saved() {
    let tmp = tempfile::tempdir().unwrap();
    run(
        tmp.path(),
        MONDAY,
        &["goal", "add", "Gå ut hver dag", "--area", "health"],
    );
    let loc = Localizer::new(Lang::Nb);
    let mut p = home(tmp.path(), "nb", MONDAY);
    // Not a first run: straight to the home, today's date in words, no ids.
    let before = p.exp_string(&start_of(&loc, "home-menu-title")).unwrap();
    assert!(before.contains("mandag 23. november"), "{before}");
    assert!(!before.contains("2026-11-23"), "{before}");
    assert!(!before.contains(&start_of(&loc, "home-welcome-title")));
    send(&mut p, ESC);
    p.exp_string(&start_of(&loc, "home-closed")).unwrap();
    let (rest, code) = finish(&mut p);
    assert_eq!(code, 0);
    assert_calm(&rest);
}

fn today_ratings(dir: &Path) -> Vec<Value> {
    let trend = run(dir, MONDAY, &["signs", "trend", "--weeks", "1"]);
    trend["per_sign"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            s["series"]["daily"]
                .as_array()
                .unwrap()
                .last()
                .unwrap()
                .clone()
        })
        .collect()
}

#[test]
fn the_check_in_asks_before_esc_drops_ratings_and_enter_keeps_them() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    run(dir, MONDAY, &["signs", "add", "--catalog", "sleeping-less"]);
    run(
        dir,
        MONDAY,
        &["signs", "add", "--catalog", "racing-thoughts"],
    );
    let loc = Localizer::new(Lang::En);
    let first = loc.t("sign-sleeping-less");
    let second = loc.t("sign-racing-thoughts");

    let mut p = home(dir, "en", MONDAY);
    p.exp_string(&loc.t("home-menu-title")).unwrap();
    send(&mut p, &format!("{DOWN}{DOWN}{ENTER}"));
    p.exp_string(&loc.t("home-signs-checkin")).unwrap();
    send(&mut p, ENTER);
    p.exp_string(&first).unwrap();
    send(&mut p, "2");
    p.exp_string(&second).unwrap();
    send(&mut p, ESC);
    p.exp_string(&loc.t("home-checkin-leave-question")).unwrap();
    send(&mut p, ENTER); // the first choice: go on
    p.exp_string(&second).unwrap();
    send(&mut p, "1");
    p.exp_string(&loc.t("checkin-note-prompt")).unwrap();
    send(&mut p, ENTER);
    p.exp_string(&loc.t("checkin-sleep-prompt")).unwrap();
    send(&mut p, ENTER);
    p.exp_string(&loc.t("checkin-saved")).unwrap();
    p.exp_string(&loc.t("home-menu-title")).unwrap();
    send(&mut p, ESC);
    assert_eq!(finish(&mut p).1, 0);
    assert_eq!(today_ratings(dir), [2.0, 1.0]);

    // Again the same day: Enter keeps each saved rating.
    let mut p = home(dir, "en", MONDAY);
    p.exp_string(&loc.t("home-menu-title")).unwrap();
    send(&mut p, &format!("{DOWN}{DOWN}{ENTER}"));
    p.exp_string(&loc.t("home-signs-checkin")).unwrap();
    send(&mut p, ENTER);
    p.exp_string(&format!("{first} [2]")).unwrap();
    send(&mut p, ENTER);
    p.exp_string(&format!("{second} [1]")).unwrap();
    send(&mut p, "3");
    p.exp_string(&loc.t("checkin-note-prompt")).unwrap();
    send(&mut p, ENTER);
    p.exp_string(&loc.t("checkin-sleep-prompt")).unwrap();
    send(&mut p, ENTER);
    p.exp_string(&loc.t("checkin-saved")).unwrap();
    p.exp_string(&loc.t("home-menu-title")).unwrap();
    send(&mut p, ESC);
    assert_eq!(finish(&mut p).1, 0);
    assert_eq!(today_ratings(dir), [2.0, 3.0]);
}

#[test]
fn a_missed_dose_is_logged_by_picking_it_without_an_id() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let med = run(
        dir,
        SUNDAY,
        &["meds", "add", "Sertraline", "--dose", "50 mg"],
    );
    let id = med["id"].as_str().unwrap().to_owned();
    run(
        dir,
        SUNDAY,
        &["meds", "schedule", "add", &id, "--at", "08:00"],
    );
    let loc = Localizer::new(Lang::En);

    let mut p = home(dir, "en", MONDAY);
    let screen = p.exp_string(&loc.t("home-menu-title")).unwrap();
    assert!(screen.contains("Sertraline"), "{screen}");
    assert!(!screen.contains(&id), "no ids on screen: {screen}");
    send(&mut p, ENTER); // Today
    p.exp_string(&loc.t("home-today-pick")).unwrap();
    send(&mut p, ENTER); // the most urgent item: the missed dose
    p.exp_string(&loc.t("home-dose-take")).unwrap();
    send(&mut p, ENTER);
    p.exp_string(&loc.t("cli-dose-taken")).unwrap();
    p.exp_string(&loc.t("home-menu-title")).unwrap();
    send(&mut p, ESC);
    assert_eq!(finish(&mut p).1, 0);

    let doses = run(
        dir,
        MONDAY,
        &[
            "meds",
            "occurrences",
            "--from",
            "2026-11-23",
            "--to",
            "2026-11-23",
        ],
    );
    assert_eq!(doses[0]["status"], "taken", "{doses}");
}

#[test]
fn a_first_run_leads_to_a_goal_signs_and_a_checkin_time() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let loc = Localizer::new(Lang::En);
    let mut p = home(dir, "en", MONDAY);
    p.exp_string(&loc.t("home-welcome-goal")).unwrap();
    send(&mut p, ENTER); // yes
    p.exp_string(&loc.t("cli-ask-goal-text")).unwrap();
    send(&mut p, "Walk outside most days\r");
    p.exp_string(&start_of(&loc, "cli-ask-goal-why")).unwrap();
    send(&mut p, "I sleep better\r");
    p.exp_string(&loc.t("cli-ask-area")).unwrap();
    send(&mut p, ENTER);
    p.exp_string(&loc.t("cli-ask-step-text")).unwrap();
    send(&mut p, ENTER); // no step now
    p.exp_string(&start_of(&loc, "home-welcome-signs")).unwrap();
    send(&mut p, ENTER); // yes
    p.exp_string(&loc.t("home-signs-pick")).unwrap();
    send(&mut p, &format!(" {DOWN} {ENTER}")); // the first two of the catalog
    p.exp_string(&start_of(&loc, "home-settings-ask-time"))
        .unwrap();
    send(&mut p, &"\x7f".repeat(5));
    send(&mut p, "21:30\r");
    p.exp_string(&start_of(&loc, "home-welcome-done")).unwrap();
    send(&mut p, ENTER);
    let screen = p.exp_string(&loc.t("home-menu-title")).unwrap();
    assert!(screen.contains(&loc.t("today-checkin-title")), "{screen}");
    send(&mut p, ESC);
    let (rest, code) = finish(&mut p);
    assert_eq!(code, 0);
    assert_calm(&rest);

    assert_eq!(
        run(dir, MONDAY, &["goal", "list"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        run(dir, MONDAY, &["signs", "list"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let settings = run(dir, MONDAY, &["reminders", "settings"]);
    assert_eq!(settings["checkin_time"], "21:30");

    // Set up now: the next start goes straight to the home.
    let mut p = home(dir, "en", MONDAY);
    let screen = p.exp_string(&loc.t("home-menu-title")).unwrap();
    assert!(!screen.contains(&loc.t("home-welcome-title")), "{screen}");
    send(&mut p, ESC);
    assert_eq!(finish(&mut p).1, 0);
}

#[test]
fn a_plan_section_is_changed_by_picking_and_old_check_ins_read_back() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let sign = run(dir, SUNDAY, &["signs", "add", "--catalog", "sleeping-less"]);
    let rate = format!("{}=2", sign["id"].as_str().unwrap());
    run(
        dir,
        SUNDAY,
        &[
            "checkin",
            "--rate",
            &rate,
            "--note",
            "Slept badly",
            "--sleep",
            "6.5",
        ],
    );
    let loc = Localizer::new(Lang::En);

    let mut p = home(dir, "en", MONDAY);
    p.exp_string(&loc.t("home-menu-title")).unwrap();
    send(&mut p, &format!("{DOWN}{DOWN}{DOWN}{ENTER}")); // My plan
    p.exp_string(&loc.t("home-plan-edit")).unwrap();
    send(&mut p, &format!("{DOWN}{ENTER}"));
    p.exp_string(&loc.t("home-plan-pick-section")).unwrap();
    send(&mut p, ENTER); // the first part: triggers
    p.exp_string(&loc.t("home-plan-add")).unwrap();
    send(&mut p, ENTER);
    p.exp_string(&loc.t("home-plan-ask-text")).unwrap();
    send(&mut p, "Too little sleep\r");
    p.exp_string(&loc.t("plan-saved")).unwrap();

    // Yesterday's check-in, read back with its note and sleep.
    p.exp_string(&loc.t("home-menu-title")).unwrap();
    send(&mut p, &format!("{DOWN}{DOWN}{ENTER}"));
    p.exp_string(&loc.t("home-signs-history")).unwrap();
    send(&mut p, &format!("{DOWN}{ENTER}"));
    p.exp_string(&loc.t("home-history-pick")).unwrap();
    send(&mut p, ENTER);
    let day = p.exp_string(&loc.t("home-press-enter")).unwrap();
    assert!(day.contains("Sunday 22 November"), "{day}");
    assert!(day.contains("Slept badly"), "{day}");
    // The core's day view: sleep and the rating in its words.
    assert!(day.contains("Slept 6.5 hours"), "{day}");
    assert!(day.contains(&format!(
        "{}: 2 {}",
        loc.t("sign-sleeping-less"),
        loc.t("checkin-scale-2")
    )));
    send(&mut p, ENTER);
    p.exp_string(&loc.t("home-menu-title")).unwrap();
    send(&mut p, ESC);
    assert_eq!(finish(&mut p).1, 0);

    let plan = run(dir, MONDAY, &["plan", "show"]);
    assert_eq!(plan["version"], 1);
    assert_eq!(plan["sections"][0]["items"][0]["text"], "Too little sleep");
}

#[test]
fn leaving_a_check_in_after_asking_saves_nothing_and_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    run(dir, MONDAY, &["signs", "add", "--catalog", "sleeping-less"]);
    let loc = Localizer::new(Lang::En);
    let mut p = home(dir, "en", MONDAY);
    p.exp_string(&loc.t("home-menu-title")).unwrap();
    send(&mut p, &format!("{DOWN}{DOWN}{ENTER}"));
    p.exp_string(&loc.t("home-signs-checkin")).unwrap();
    send(&mut p, ENTER);
    p.exp_string(&loc.t("sign-sleeping-less")).unwrap();
    send(&mut p, "3");
    p.exp_string(&loc.t("checkin-note-prompt")).unwrap();
    send(&mut p, ESC);
    p.exp_string(&loc.t("home-checkin-leave-question")).unwrap();
    send(&mut p, &format!("{DOWN}{ENTER}")); // yes, leave
    p.exp_string(&start_of(&loc, "home-nothing-saved")).unwrap();
    p.exp_string(&loc.t("home-menu-title")).unwrap();
    send(&mut p, ESC);
    let (rest, code) = finish(&mut p);
    assert_eq!(code, 0);
    assert_calm(&rest);
    assert_eq!(today_ratings(dir), [Value::Null]);
}

/// A medicine taken at 08:00 each day, set up the day before.
fn scheduled(dir: &Path, name: &str) -> String {
    let med = run(dir, SUNDAY, &["meds", "add", name]);
    let id = med["id"].as_str().unwrap().to_owned();
    run(
        dir,
        SUNDAY,
        &["meds", "schedule", "add", &id, "--at", "08:00"],
    );
    id
}

fn monday_doses(dir: &Path) -> Value {
    run(
        dir,
        MONDAY,
        &[
            "meds",
            "occurrences",
            "--from",
            "2026-11-23",
            "--to",
            "2026-11-23",
        ],
    )
}

/// Medicines, then "Log a dose".
fn open_log(p: &mut PtySession, loc: &Localizer) {
    p.exp_string(&start_of(loc, "home-menu-title")).unwrap();
    send(p, &format!("{DOWN}{DOWN}{DOWN}{DOWN}{ENTER}"));
    p.exp_string(&start_of(loc, "home-meds-log")).unwrap();
    send(p, ENTER);
    p.exp_string(&start_of(loc, "home-meds-pick-dose")).unwrap();
}

#[test]
fn a_taken_dose_offers_undo_and_never_snooze() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let id = scheduled(dir, "Sertraline");
    run(dir, MONDAY, &["meds", "take", &id]);
    assert_eq!(monday_doses(dir)[0]["status"], "taken");
    let loc = Localizer::new(Lang::En);

    let mut p = home(dir, "en", MONDAY);
    p.exp_string(&loc.t("home-menu-title")).unwrap();
    send(&mut p, ENTER); // Today
    p.exp_string(&loc.t("home-today-pick")).unwrap();
    send(&mut p, ENTER); // the taken dose, the only item
    let offered = p.exp_string(&loc.t("home-dose-undo")).unwrap();
    send(&mut p, ENTER);
    let rest = p.exp_string(&loc.t("home-dose-undone")).unwrap();
    for text in [&offered, &rest] {
        assert!(!text.contains("Remind me"), "snooze offered: {text}");
        assert!(!text.contains(&loc.t("home-dose-skip")), "{text}");
    }
    p.exp_string(&loc.t("home-menu-title")).unwrap();
    send(&mut p, ESC);
    assert_eq!(finish(&mut p).1, 0);
    assert_eq!(monday_doses(dir)[0]["status"], Value::Null);
}

#[test]
fn a_skipped_dose_can_be_undone_from_the_medicines_menu() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let id = scheduled(dir, "Lithium");
    let occ = monday_doses(dir)[0]["id"].as_str().unwrap().to_owned();
    run(dir, MONDAY, &["meds", "skip", &occ]);
    let loc = Localizer::new(Lang::En);

    let mut p = home(dir, "en", MONDAY);
    open_log(&mut p, &loc);
    let list = p.exp_string("Lithium: I took it now").unwrap();
    assert!(list.contains("the 08:00 dose was skipped"), "{list}");
    assert!(
        !list.contains(&id) && !list.contains(&occ),
        "no ids: {list}"
    );
    send(&mut p, ENTER); // the skipped dose comes first
    let offered = p.exp_string(&loc.t("home-dose-undo")).unwrap();
    assert!(!offered.contains("Remind me"), "snooze offered: {offered}");
    send(&mut p, ENTER);
    p.exp_string(&loc.t("home-dose-undone")).unwrap();
    p.exp_string(&loc.t("home-menu-title")).unwrap();
    send(&mut p, ESC);
    assert_eq!(finish(&mut p).1, 0);
    assert_eq!(monday_doses(dir)[0]["status"], Value::Null);
}

#[test]
fn taking_by_medicine_logs_the_missed_dose_and_asks_before_an_extra_one() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let id = scheduled(dir, "Sertraline");
    let loc = Localizer::new(Lang::En);

    let mut p = home(dir, "en", MONDAY);
    open_log(&mut p, &loc);
    send(&mut p, &format!("{DOWN}{ENTER}")); // "Sertraline: I took it now"
    p.exp_string("Noted: your 08:00 dose of Sertraline.")
        .unwrap();
    assert_eq!(monday_doses(dir)[0]["status"], "taken");

    // Nothing due now: an extra dose only after asking.
    open_log(&mut p, &loc);
    send(&mut p, &format!("{DOWN}{ENTER}"));
    p.exp_string("No dose of Sertraline is due now").unwrap();
    send(&mut p, ENTER); // yes
    p.exp_string(&loc.t("home-dose-extra-taken")).unwrap();
    p.exp_string(&loc.t("home-menu-title")).unwrap();
    send(&mut p, ESC);
    assert_eq!(finish(&mut p).1, 0);

    let shown = run(dir, MONDAY, &["meds", "show", &id]);
    let states: Vec<&str> = shown["history"][0]["doses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["state"].as_str().unwrap())
        .collect();
    assert_eq!(
        states.iter().filter(|s| **s == "taken").count(),
        1,
        "{shown}"
    );
    assert_eq!(
        states.iter().filter(|s| **s == "extra").count(),
        1,
        "{shown}"
    );
}

#[test]
fn doses_due_at_the_same_minute_are_taken_all_at_once() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    scheduled(dir, "Sertraline");
    scheduled(dir, "Lithium");
    let loc = Localizer::new(Lang::Nb);

    let mut p = home(dir, "nb", MONDAY);
    open_log(&mut p, &loc);
    send(&mut p, ENTER); // the group comes first
    p.exp_string("2 doser er notert som tatt").unwrap();
    p.exp_string(&start_of(&loc, "home-menu-title")).unwrap();
    send(&mut p, ESC);
    assert_eq!(finish(&mut p).1, 0);
    let doses = monday_doses(dir);
    assert_eq!(doses.as_array().unwrap().len(), 2);
    for d in doses.as_array().unwrap() {
        assert_eq!(d["status"], "taken", "{doses}");
    }
}

#[test]
fn the_look_back_keeps_how_it_went_and_offers_the_next_idea() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let goal = run(
        dir,
        SUNDAY,
        &["goal", "add", "See my sister", "--area", "relationships"],
    );
    let goal = goal["id"].as_str().unwrap().to_owned();
    let step = run(
        dir,
        SUNDAY,
        &["step", "add", &goal, "Ask her to have coffee"],
    );
    let step = step["id"].as_str().unwrap().to_owned();
    let plan = run(
        dir,
        SUNDAY,
        &[
            "solve",
            &step,
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
            "2026-11-23",
        ],
    );
    let plan = plan["id"].as_str().unwrap().to_owned();
    let loc = Localizer::new(Lang::En);

    let mut p = home(dir, "en", MONDAY);
    p.exp_string(&loc.t("home-menu-title")).unwrap();
    send(&mut p, &format!("{DOWN}{ENTER}")); // Goals and steps
    p.exp_string(&loc.t("cli-menu-follow-up")).unwrap();
    send(&mut p, &format!("{DOWN}{DOWN}{DOWN}{DOWN}{ENTER}"));
    p.exp_string(&loc.t("cli-ask-pick-follow-up")).unwrap();
    send(&mut p, ENTER);
    let shown = p.exp_string(&loc.t("look-back-question")).unwrap();
    assert!(shown.contains("I get nervous calling"), "{shown}");
    assert!(shown.contains("Write it tonight"), "{shown}");
    p.exp_string(&loc.t("look-back-outcome-partly")).unwrap();
    send(&mut p, &format!("{DOWN}{ENTER}")); // It helped a bit
    p.exp_string(&start_of(&loc, "look-back-note")).unwrap();
    send(&mut p, "She answered once\r");
    p.exp_string(&loc.t("look-back-kept")).unwrap();
    p.exp_string(&loc.t("look-back-what-next")).unwrap();
    p.exp_string("Ask mum").unwrap();
    send(&mut p, ENTER); // try the next idea
    p.exp_string(&start_of(&loc, "solve-first-action")).unwrap();
    send(&mut p, "Ask mum on Sunday\r");
    p.exp_string(&start_of(&loc, "solve-follow-up")).unwrap();
    send(&mut p, "2026-11-30\r");
    p.exp_string("Your plan is saved").unwrap();
    p.exp_string(&loc.t("home-menu-title")).unwrap();
    send(&mut p, ESC);
    assert_eq!(finish(&mut p).1, 0);

    let answered = run(dir, MONDAY, &["solve", "show", &plan]);
    assert_eq!(answered["outcome"], "partly", "{answered}");
    assert_eq!(answered["look_back_note"], "She answered once");
    let shown = run(dir, MONDAY, &["goal", "show", &goal]);
    let plans = shown["steps"][0]["plans"].as_array().unwrap();
    assert_eq!(plans.len(), 2, "{shown}");
    assert!(plans
        .iter()
        .any(|p| p["first_action"] == "Ask mum on Sunday" && p["chosen"] == 2));
}

#[test]
fn the_plan_prompt_shows_the_block_before_offering_the_whole_plan() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let a = run(dir, SUNDAY, &["signs", "add", "--catalog", "sleeping-less"]);
    let b = run(
        dir,
        SUNDAY,
        &["signs", "add", "--catalog", "racing-thoughts"],
    );
    let (a, b) = (a["id"].as_str().unwrap(), b["id"].as_str().unwrap());
    run(
        dir,
        SUNDAY,
        &["plan", "edit", "actions", "--add", "Go to bed at ten"],
    );
    run(
        dir,
        SUNDAY,
        &[
            "plan",
            "edit",
            "contacts",
            "--add",
            "Sam",
            "--reach",
            "900 00 000",
            "--kind",
            "supporter",
        ],
    );
    let signs = format!("{a},{b}");
    run(
        dir,
        SUNDAY,
        &[
            "plan",
            "rules",
            "add",
            "--signs",
            &signs,
            "--at-least",
            "2",
            "--count",
            "2",
            "--days",
            "2",
        ],
    );
    for now in [SUNDAY, MONDAY] {
        let (ra, rb) = (format!("{a}=2"), format!("{b}=3"));
        run(dir, now, &["checkin", "--rate", &ra, "--rate", &rb]);
    }
    let loc = Localizer::new(Lang::En);

    let mut p = home(dir, "en", MONDAY);
    p.exp_string(&loc.t("home-menu-title")).unwrap();
    send(&mut p, ENTER); // Today
    p.exp_string(&loc.t("home-today-pick")).unwrap();
    send(&mut p, ENTER); // the plan prompt, the most urgent item
    let block = p.exp_string(&loc.t("home-plan-open-whole")).unwrap();
    for part in [
        "racing thoughts are higher than usual for you",
        &loc.t("plan-block-actions-title"),
        "Go to bed at ten",
        "Sam (Supporter): 900 00 000",
        &loc.t("plan-block-crisis-title"),
    ] {
        assert!(block.contains(part), "{part} in {block}");
    }
    send(&mut p, ENTER); // yes: the whole plan
    p.exp_string(&loc.t("home-press-enter")).unwrap();
    send(&mut p, ENTER);
    p.exp_string(&loc.t("home-menu-title")).unwrap();
    send(&mut p, ESC);
    assert_eq!(finish(&mut p).1, 0);
}

#[test]
fn a_schedule_is_changed_and_ended_by_what_it_says() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let id = scheduled(dir, "Sertraline");
    let loc = Localizer::new(Lang::En);

    let mut p = home(dir, "en", MONDAY);
    p.exp_string(&loc.t("home-menu-title")).unwrap();
    send(&mut p, &format!("{DOWN}{DOWN}{DOWN}{DOWN}{ENTER}"));
    p.exp_string(&loc.t("home-meds-times-change")).unwrap();
    send(&mut p, &format!("{DOWN}{DOWN}{DOWN}{DOWN}{ENTER}"));
    let list = p.exp_string(&loc.t("home-meds-pick-times")).unwrap();
    assert!(!list.contains(&id), "no ids: {list}");
    let picked = p.exp_string("08:00").unwrap();
    assert!(picked.contains("Sertraline: "), "{picked}");
    send(&mut p, ENTER);
    p.exp_string(&loc.t("home-meds-times-new")).unwrap();
    send(&mut p, ENTER);
    p.exp_string(&loc.t("home-meds-ask-times")).unwrap();
    send(&mut p, &"\x7f".repeat(5));
    send(&mut p, "09:00, 21:00\r");
    p.exp_string(&loc.t("cli-schedule-edited")).unwrap();

    let shown = run(dir, MONDAY, &["meds", "show", &id]);
    let current: Vec<&Value> = shown["schedules"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["times"] == serde_json::json!(["09:00", "21:00"]))
        .collect();
    assert_eq!(current.len(), 1, "{shown}");
    assert_eq!(current[0]["end_date"], Value::Null);

    // Now end them: still picked by what they say.
    p.exp_string(&loc.t("home-menu-title")).unwrap();
    send(&mut p, &format!("{DOWN}{DOWN}{DOWN}{DOWN}{ENTER}"));
    p.exp_string(&loc.t("home-meds-times-change")).unwrap();
    send(&mut p, &format!("{DOWN}{DOWN}{DOWN}{DOWN}{ENTER}"));
    p.exp_string(&loc.t("home-meds-pick-times")).unwrap();
    p.exp_string("21:00").unwrap();
    send(&mut p, ENTER);
    p.exp_string(&loc.t("home-meds-times-end")).unwrap();
    send(&mut p, &format!("{DOWN}{DOWN}{ENTER}"));
    p.exp_string(&start_of(&loc, "home-meds-times-end-sure"))
        .unwrap();
    send(&mut p, ENTER); // yes
    p.exp_string(&loc.t("cli-schedule-ended")).unwrap();
    p.exp_string(&loc.t("home-menu-title")).unwrap();
    send(&mut p, ESC);
    assert_eq!(finish(&mut p).1, 0);

    let shown = run(dir, MONDAY, &["meds", "show", &id]);
    let ended = shown["schedules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["times"] == serde_json::json!(["09:00", "21:00"]))
        .unwrap();
    assert_eq!(ended["end_date"], "2026-11-23", "{shown}");
}

#[test]
fn a_dose_picked_in_today_offers_taking_all_of_its_minute() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    scheduled(dir, "Sertraline");
    scheduled(dir, "Lithium");
    let loc = Localizer::new(Lang::En);

    let mut p = home(dir, "en", MONDAY);
    p.exp_string(&loc.t("home-menu-title")).unwrap();
    send(&mut p, ENTER); // Today
    p.exp_string(&loc.t("home-today-pick")).unwrap();
    send(&mut p, ENTER); // the first missed dose
    p.exp_string(&loc.t("home-dose-take")).unwrap();
    p.exp_string("Take all 08:00 medicines").unwrap();
    send(&mut p, &format!("{DOWN}{ENTER}"));
    p.exp_string("2 doses noted as taken").unwrap();
    p.exp_string(&loc.t("home-menu-title")).unwrap();
    send(&mut p, ESC);
    assert_eq!(finish(&mut p).1, 0);
    for d in monday_doses(dir).as_array().unwrap() {
        assert_eq!(d["status"], "taken", "{d}");
    }
}

#[test]
fn esc_at_the_optional_step_date_keeps_the_step_that_was_written() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let loc = Localizer::new(Lang::En);
    let mut p = home(dir, "en", MONDAY);
    p.exp_string(&loc.t("home-welcome-goal")).unwrap();
    send(&mut p, ENTER); // yes
    p.exp_string(&loc.t("cli-ask-goal-text")).unwrap();
    send(&mut p, "Walk outside most days\r");
    p.exp_string(&start_of(&loc, "cli-ask-goal-why")).unwrap();
    send(&mut p, "\r");
    p.exp_string(&loc.t("cli-ask-area")).unwrap();
    send(&mut p, ENTER);
    p.exp_string(&loc.t("cli-ask-step-text")).unwrap();
    send(&mut p, "Find my shoes\r");
    p.exp_string(&start_of(&loc, "cli-ask-due")).unwrap();
    send(&mut p, ESC); // no date, please
    p.exp_string(&loc.t("cli-ask-step-text")).unwrap();
    send(&mut p, ENTER); // no more steps
    p.exp_string(&start_of(&loc, "home-welcome-signs")).unwrap();
    send(&mut p, "\x03");
    let (_, code) = finish(&mut p);
    assert_eq!(code, 130);

    let goals = run(dir, MONDAY, &["goal", "list"]);
    let goal = goals[0]["id"].as_str().unwrap().to_owned();
    let shown = run(dir, MONDAY, &["goal", "show", &goal]);
    let steps = shown["steps"].as_array().unwrap();
    assert_eq!(steps.len(), 1);
    assert_eq!(steps[0]["text"], "Find my shoes");
    assert!(steps[0]["due_date"].is_null());
}

/// A script command on another folder.
fn run_in(dir: &Path, args: &[&str]) -> Value {
    run(dir, MONDAY, args)
}

#[test]
fn sharing_in_the_home_takes_in_a_file_and_shows_the_plan_read_only() {
    let tmp = tempfile::tempdir().unwrap();
    let (ola, kari) = (tmp.path().join("ola"), tmp.path().join("kari"));
    run_in(&kari, &["goal", "add", "Walk", "--area", "health"]);
    run_in(
        &ola,
        &[
            "plan",
            "edit",
            "supporter-actions",
            "--add",
            "Ask me how I slept",
            "--supporter",
            "Kari",
        ],
    );
    let code_ola = run_in(&ola, &["share", "pair-code"])["text"]
        .as_str()
        .unwrap()
        .to_owned();
    let code_kari = run_in(&kari, &["share", "pair-code"])["text"]
        .as_str()
        .unwrap()
        .to_owned();
    run_in(&ola, &["share", "pair", &code_kari, "--name", "Kari"]);
    run_in(&kari, &["share", "pair", &code_ola, "--name", "Ola"]);
    run_in(&kari, &["share", "confirm", "Ola"]);
    run_in(&ola, &["share", "confirm", "Kari"]);
    run_in(
        &ola,
        &[
            "share",
            "grant",
            "--to",
            "Kari",
            "--sections",
            "supporter-actions",
        ],
    );
    let file = tmp.path().join("f.stegvis");
    let file = file.to_str().unwrap();
    run_in(&ola, &["share", "send", "--to", "Kari", "--out", file]);

    let loc = Localizer::new(Lang::En);
    let mut p = home(&kari, "en", MONDAY);
    p.exp_string(&start_of(&loc, "home-menu-title")).unwrap();
    // Today, Goals, Signs, Plan, Medicines, then Sharing.
    send(&mut p, &format!("{}{ENTER}", DOWN.repeat(5)));
    p.exp_string(&loc.t("home-sharing-receive")).unwrap();
    send(&mut p, &format!("{}{ENTER}", DOWN.repeat(6)));
    p.exp_string(&loc.t("home-sharing-ask-in")).unwrap();
    send(&mut p, &format!("{file}{ENTER}"));
    p.exp_string("You now have Ola").unwrap();
    p.exp_string(&start_of(&loc, "home-menu-title")).unwrap();
    send(&mut p, &format!("{}{ENTER}", DOWN.repeat(5)));
    p.exp_string(&loc.t("home-sharing-plans")).unwrap();
    send(&mut p, &format!("{}{ENTER}", DOWN.repeat(7)));
    p.exp_string("Ola's plan").unwrap();
    send(&mut p, ENTER);
    let page = p.exp_string(&loc.t("home-sharing-remove")).unwrap();
    assert!(page.contains("Ask me how I slept"), "{page}");
    send(&mut p, ENTER); // Back
    p.exp_string(&start_of(&loc, "home-menu-title")).unwrap();
    send(&mut p, ESC);
    let (rest, code) = finish(&mut p);
    assert_eq!(code, 0);
    assert_calm(&rest);
    assert_eq!(
        run_in(&kari, &["supporter", "plans"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn a_repeating_step_is_checked_off_for_today_from_the_home_and_then_rests() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let goal = run(dir, MONDAY, &["goal", "add", "Move more"])["id"]
        .as_str()
        .unwrap()
        .to_owned();
    run(
        dir,
        MONDAY,
        &["step", "add", &goal, "Walk", "--repeat", "weekly:3"],
    );
    let loc = Localizer::new(Lang::En);
    let mut p = home(dir, "en", MONDAY);
    p.exp_string(&loc.t("home-menu-title")).unwrap();
    send(&mut p, &format!("{DOWN}{ENTER}")); // goals
    p.exp_string(&loc.t("cli-menu-check-step")).unwrap();
    send(&mut p, ENTER);
    p.exp_string(&loc.t("cli-ask-pick-step")).unwrap();
    send(&mut p, ENTER);
    p.exp_string("1 of 3 this week").unwrap();
    p.exp_string(&loc.t("home-menu-title")).unwrap();
    // Checked off today: nothing is left to check off until tomorrow.
    send(&mut p, &format!("{DOWN}{ENTER}"));
    p.exp_string(&loc.t("cli-menu-check-step")).unwrap();
    send(&mut p, ENTER);
    p.exp_string(&start_of(&loc, "cli-no-open-steps")).unwrap();
    p.exp_string(&loc.t("home-menu-title")).unwrap();
    send(&mut p, ESC);
    let (rest, code) = finish(&mut p);
    assert_eq!(code, 0);
    assert_calm(&rest);
    let shown = run(dir, MONDAY, &["goal", "show", &goal]);
    assert_eq!(shown["steps"][0]["week"]["done"], 1);
}
