//! The reminder plan: the notifications a shell must have scheduled, as data.
//!
//! The contract with shells: replace everything the OS has scheduled with this plan
//! on launch, after any change, on boot, when the clock or zone changes, and before
//! [`ReminderPlan::valid_until`]. At most [`MAX_REMINDERS`], each with a stable id, so
//! re-scheduling is idempotent and stays under iOS's 64 pending notifications. By
//! default the text names no medicine or illness: a lock screen is public.
//!
//! No kind is ever silently lost: the check-in, follow-up, step and refill reminders
//! of the whole window always fit (see [`fit`]); when doses are too many, the plan
//! stops early and says until when it is complete.

mod doses;
mod fit;

use chrono::{Duration, NaiveDate, NaiveTime};
use chrono_tz::Tz;
use rusqlite::Connection;
use serde::Serialize;

use crate::error::StegvisError;
use crate::goals::repeat::week_bounds;
use crate::goals::{db as goals_db, occurrences, solve};
use crate::l10n::{Args, Localizer};
use crate::meds::actions::Planning;
use crate::meds::refill;
use crate::settings::Stored;
use crate::signs::db as signs_db;
use crate::store::Sealer;
use crate::time::{local_date, resolve, Timestamp};

pub(crate) use doses::{act, Target};
pub use doses::{ReminderDose, ReminderDoses};

/// Most notifications in one plan (iOS allows 64 pending).
pub const MAX_REMINDERS: usize = 60;
/// How far ahead the plan reaches.
pub const WINDOW_DAYS: i64 = 7;
/// When a problem-solving follow-up is announced on its day.
const FOLLOW_UP_TIME: (u32, u32) = (10, 0);
/// When a step is announced on the day it is due.
const STEP_TIME: (u32, u32) = (9, 0);
/// When a refill is announced, once a day while the warning lasts.
const REFILL_TIME: (u32, u32) = (11, 0);
/// When the IMR Scale is offered: on its day, then once a week while it is due.
const SCALE_TIME: (u32, u32) = (18, 0);

/// What a notification is about, so a tap can open the right screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ReminderKind {
    /// The doses planned at one minute.
    Dose,
    /// Doses snoozed to the same minute.
    Snooze,
    Checkin,
    FollowUp,
    /// A step due that day, or a day of a repeating step.
    Step,
    /// A medicine will run out soon.
    Refill,
    /// The IMR Scale is due.
    Scale,
}

/// One notification to schedule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Reminder {
    /// Stable across plans: the doses of one minute keep the same id (`dose:` and the
    /// UTC minute, e.g. `dose:2026-11-23T07:00Z`) however many of them are left.
    pub id: String,
    pub kind: ReminderKind,
    pub at: Timestamp,
    pub title: String,
    /// Lock-screen text: names no medicine unless the person allowed it.
    pub body: String,
    /// The first dose this reminder covers (shells written before grouping use it).
    pub occurrence_id: Option<String>,
    /// Every dose this reminder covers, for dose and snooze reminders; acting on the
    /// reminder (`log_reminder_doses`) logs them all.
    pub occurrence_ids: Vec<String>,
    pub problem_solving_id: Option<String>,
    pub step_id: Option<String>,
}

/// The notifications to have scheduled, in time order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReminderPlan {
    pub generated_at: Timestamp,
    /// The end of the window the plan looked at.
    pub until: Timestamp,
    /// The plan holds every reminder due before this instant. It is `until` unless
    /// doses were too many to fit; build the plan again before then.
    pub valid_until: Timestamp,
    pub reminders: Vec<Reminder>,
}

fn wall(hm: (u32, u32)) -> NaiveTime {
    NaiveTime::from_hms_opt(hm.0, hm.1, 0).unwrap_or_default()
}

/// What the plan is built from, read in the caller's transaction.
pub(crate) struct Ctx<'a> {
    pub conn: &'a Connection,
    pub sealer: &'a Sealer,
    pub now: Timestamp,
    pub zone: Tz,
    pub settings: &'a Stored,
    pub loc: &'a Localizer,
}

/// The window: from `now` to `until`, as local days `today..=last_day`.
struct Window {
    now: Timestamp,
    until: Timestamp,
    today: NaiveDate,
    last_day: NaiveDate,
}

impl Window {
    fn holds(&self, at: Timestamp) -> bool {
        at > self.now && at <= self.until
    }

    fn days(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        self.today
            .iter_days()
            .take_while(move |d| *d <= self.last_day)
    }
}

pub(crate) fn build(cx: &Ctx<'_>) -> Result<ReminderPlan, StegvisError> {
    let until = cx.now + Duration::days(WINDOW_DAYS);
    let w = Window {
        now: cx.now,
        until,
        today: local_date(cx.now, cx.zone),
        last_day: local_date(until, cx.zone),
    };
    let title = cx.loc.t("reminder-title");
    let planning = Planning::load(cx.conn, cx.sealer, cx.zone)?;

    let dose = doses::plan(cx, &planning, w.today - Duration::days(1), w.last_day)?
        .into_iter()
        .filter(|r| w.holds(r.at))
        .map(|mut r| {
            r.title.clone_from(&title);
            r
        })
        .collect();

    let mut other = Vec::new();
    checkins(cx, &w, &mut other)?;
    follow_ups(cx, &w, &mut other)?;
    if cx.settings.step_reminders {
        steps(cx, &w, &mut other)?;
    }
    refills(cx, &w, &planning, &mut other)?;
    scale(cx, &w, &mut other)?;
    for r in &mut other {
        r.title.clone_from(&title);
    }

    let (reminders, valid_until) = fit::fit(dose, other, MAX_REMINDERS, until);
    Ok(ReminderPlan {
        generated_at: cx.now,
        until,
        valid_until,
        reminders,
    })
}

fn reminder(id: String, kind: ReminderKind, at: Timestamp, body: String) -> Reminder {
    Reminder {
        id,
        kind,
        at,
        title: String::new(),
        body,
        occurrence_id: None,
        occurrence_ids: Vec::new(),
        problem_solving_id: None,
        step_id: None,
    }
}

/// The daily check-in, once there is a sign, unless today's is done.
fn checkins(cx: &Ctx<'_>, w: &Window, out: &mut Vec<Reminder>) -> Result<(), StegvisError> {
    let Some(time) = cx.settings.checkin_time() else {
        return Ok(());
    };
    let Ok(time) = NaiveTime::parse_from_str(&time, "%H:%M") else {
        return Ok(());
    };
    if signs_db::list_signs(cx.conn, cx.sealer, false)?.is_empty() {
        return Ok(());
    }
    let done_today = signs_db::has_checkin(cx.conn, cx.sealer, w.today)?;
    for day in w.days() {
        let at = resolve(day, time, cx.zone);
        if w.holds(at) && !(day == w.today && done_today) {
            out.push(reminder(
                format!("checkin:{day}"),
                ReminderKind::Checkin,
                at,
                cx.loc.t("reminder-checkin"),
            ));
        }
    }
    Ok(())
}

fn follow_ups(cx: &Ctx<'_>, w: &Window, out: &mut Vec<Reminder>) -> Result<(), StegvisError> {
    for plan in solve::open_follow_ups(cx.conn, cx.sealer, w.today, w.last_day)? {
        let Ok(date) = NaiveDate::parse_from_str(&plan.follow_up_date, "%Y-%m-%d") else {
            continue;
        };
        let at = resolve(date, wall(FOLLOW_UP_TIME), cx.zone);
        if w.holds(at) {
            let mut r = reminder(
                format!("follow-up:{}", plan.id),
                ReminderKind::FollowUp,
                at,
                cx.loc.t("reminder-follow-up"),
            );
            r.problem_solving_id = Some(plan.id);
            out.push(r);
        }
    }
    Ok(())
}

/// Steps of active goals due in the window and not done, on their day. The step's
/// words stay inside the app: they can say more than a lock screen should.
fn steps(cx: &Ctx<'_>, w: &Window, out: &mut Vec<Reminder>) -> Result<(), StegvisError> {
    for step in goals_db::steps_of_active_goals(cx.conn, cx.sealer)? {
        if step.repeat.is_some() {
            repeating_step(cx, w, &step, out)?;
            continue;
        }
        let Some(due) = step.due_date else { continue };
        if step.done_at.is_some() || due < w.today || due > w.last_day {
            continue;
        }
        let at = resolve(due, wall(STEP_TIME), cx.zone);
        step_reminder(cx, w, format!("step:{}", step.id), step.id, at, out);
    }
    Ok(())
}

/// "A step is planned for today" at `at`, if the window holds it: one-off and
/// repeating steps remind alike, told apart only by `id`.
fn step_reminder(
    cx: &Ctx<'_>,
    w: &Window,
    id: String,
    step: uuid::Uuid,
    at: Timestamp,
    out: &mut Vec<Reminder>,
) {
    if w.holds(at) {
        let mut r = reminder(id, ReminderKind::Step, at, cx.loc.t("reminder-step-due"));
        r.step_id = Some(step.to_string());
        out.push(r);
    }
}

/// A repeating step on each day of the window its rule asks for it, at its own time
/// or the step time, unless that day is already checked off; N times a week stops reminding
/// once the week holds N. The id names the day, so re-planning is idempotent.
fn repeating_step(
    cx: &Ctx<'_>,
    w: &Window,
    step: &goals_db::StepMeta,
    out: &mut Vec<Reminder>,
) -> Result<(), StegvisError> {
    let Some(rule) = &step.repeat else {
        return Ok(());
    };
    let from = week_bounds(w.today).0;
    let done: Vec<NaiveDate> =
        occurrences::for_step(cx.conn, cx.sealer, step.id, from, w.last_day)?
            .into_iter()
            .map(|o| o.date)
            .collect();
    // The step's own time when it has one, else the step time.
    let time = step
        .remind_at
        .as_deref()
        .and_then(|t| NaiveTime::parse_from_str(t, "%H:%M").ok())
        .unwrap_or_else(|| wall(STEP_TIME));
    for day in w.days() {
        let (monday, sunday) = week_bounds(day);
        let in_week = done
            .iter()
            .filter(|d| **d >= monday && **d <= sunday)
            .count();
        let in_week = u32::try_from(in_week).unwrap_or(u32::MAX);
        if !rule.due_on(day, in_week, done.contains(&day)) {
            continue;
        }
        let at = resolve(day, time, cx.zone);
        step_reminder(cx, w, format!("repeat:{}:{day}", step.id), step.id, at, out);
    }
    Ok(())
}

/// Once a day while a refill warning lasts; a refill ends it when the plan is built
/// again after the count changes.
fn refills(
    cx: &Ctx<'_>,
    w: &Window,
    planning: &Planning,
    out: &mut Vec<Reminder>,
) -> Result<(), StegvisError> {
    let running_out = refill::warnings(cx.conn, planning, cx.now, w.today)?;
    if running_out.is_empty() {
        return Ok(());
    }
    let body = if cx.settings.show_names {
        let names: Vec<&str> = running_out.iter().map(|r| r.name.as_str()).collect();
        cx.loc.ta(
            "reminder-refill-named",
            &Args::new().text("names", names.join(", ")),
        )
    } else {
        cx.loc.ta(
            "reminder-refill",
            &Args::new().num("count", running_out.len() as i64),
        )
    };
    for day in w.days() {
        let at = resolve(day, wall(REFILL_TIME), cx.zone);
        if w.holds(at) {
            out.push(reminder(
                format!("refill:{day}"),
                ReminderKind::Refill,
                at,
                body.clone(),
            ));
        }
    }
    Ok(())
}

/// The IMR Scale on the day it is due, then every seventh day while it stays due:
/// gentle, never daily. The words name neither the scale's topics nor an illness.
fn scale(cx: &Ctx<'_>, w: &Window, out: &mut Vec<Reminder>) -> Result<(), StegvisError> {
    let due = crate::progress::scale::due(cx.conn, cx.sealer, w.today)?;
    let Some(first) = due.next_on else {
        return Ok(());
    };
    for day in w.days().filter(|d| *d >= first) {
        if (day - first).num_days() % 7 != 0 {
            continue;
        }
        let at = resolve(day, wall(SCALE_TIME), cx.zone);
        if w.holds(at) {
            out.push(reminder(
                format!("scale:{day}"),
                ReminderKind::Scale,
                at,
                cx.loc.t("reminder-scale"),
            ));
        }
    }
    Ok(())
}
