//! Turning rows into the records a shell draws, with localized labels.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use rusqlite::Connection;

use super::db::{GoalRow, GoalStepCount, StepBody, StepMeta};
use super::model::{Goal, GoalStatus, HomeAssignment, Progress, Step, WeekProgress};
use super::occurrences;
use super::repeat::{week_bounds, StepRepeat};
use super::solve::ProblemSolving;
use super::stall::{days_between, is_stalled};
use crate::error::StegvisError;
use crate::l10n::{Args, Localizer};
use crate::store::Sealer;
use crate::time::local_date;

/// The person's "now" for views: their local date and zone.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Here {
    pub today: NaiveDate,
    pub zone: Tz,
    pub loc: Localizer,
}

impl Here {
    fn days_since(&self, instant: DateTime<Utc>) -> u32 {
        days_between(local_date(instant, self.zone), self.today).max(0) as u32
    }
}

pub(crate) fn status_key(status: GoalStatus) -> String {
    format!("goal-status-{}", status.key())
}

pub(crate) fn goal(
    row: &GoalRow,
    counts: GoalStepCount,
    last_step_activity: Option<DateTime<Utc>>,
    here: &Here,
) -> Goal {
    let GoalStepCount {
        done,
        total,
        repeating,
        ..
    } = counts;
    let last = last_step_activity.map_or(row.updated_at, |s| s.max(row.updated_at));
    let days = here.days_since(last);
    let repeating_label = (repeating > 0).then(|| {
        here.loc.ta(
            "repeat-goal-steps",
            &Args::new().num("count", repeating.into()),
        )
    });
    Goal {
        id: row.id.to_string(),
        text: row.body.text.clone(),
        why: row.body.why.clone(),
        area: row.area,
        area_name: row.area.name(&here.loc),
        status: row.status,
        status_name: here.loc.t(&status_key(row.status)),
        stall_days: row.stall_days,
        created_at: row.created_at,
        progress: Progress {
            done,
            total,
            last_activity_at: last,
            days_since_activity: days,
            repeating,
            repeating_label: repeating_label.clone(),
            label: if total == 0 && repeating == 0 {
                here.loc.t("no-steps-yet")
            } else if total == 0 {
                // Only steps that repeat: they are the whole count.
                repeating_label.unwrap_or_default()
            } else {
                here.loc.ta(
                    "progress-steps",
                    &Args::new()
                        .num("done", done.into())
                        .num("total", total.into()),
                )
            },
            activity_label: here
                .loc
                .ta("last-activity", &Args::new().num("days", days.into())),
        },
    }
}

fn assignment_label(a: &HomeAssignment, here: &Here) -> String {
    let loc = &here.loc;
    // Stored as an ISO date; people read it in their own words.
    let meeting = a.meeting_date.as_ref().map(|d| {
        NaiveDate::parse_from_str(d, crate::time::DATE_FORMAT)
            .map_or_else(|_| d.clone(), |d| loc.date_near(d, here.today))
    });
    // A module given by key (`recovery-strategies`) reads as its name.
    let module = a
        .module
        .as_deref()
        .map(|m| crate::progress::modules::display_text(m, loc));
    match (&meeting, &module) {
        (Some(date), Some(module)) => loc.ta(
            "step-assignment-both",
            &Args::new().text("date", date).text("module", module),
        ),
        (Some(date), None) => loc.ta("step-assignment-meeting", &Args::new().text("date", date)),
        (None, Some(module)) => loc.ta(
            "step-assignment-module",
            &Args::new().text("module", module),
        ),
        (None, None) => loc.t("step-assignment"),
    }
}

/// "Due today", "Planned for 3 days ago", "Due Tuesday 1 December", or "Done …".
pub(crate) fn step_status_label(meta: &StepMeta, here: &Here) -> Option<String> {
    if let Some(done) = meta.done_at {
        let date = here.loc.date_near(local_date(done, here.zone), here.today);
        return Some(here.loc.ta("step-done-on", &Args::new().text("date", date)));
    }
    let due = meta.due_date?;
    let late = days_between(due, here.today);
    Some(match late {
        0 => here.loc.t("step-due-today"),
        d if d > 0 => here.loc.ta("step-overdue", &Args::new().num("days", d)),
        _ => here.loc.ta(
            "step-due-on",
            &Args::new().text("date", here.loc.date_near(due, here.today)),
        ),
    })
}

/// A step with the plans made for it. A plan still waiting for its look-back means
/// the step is being worked on, so it is not called stuck.
pub(crate) fn step_with_plans(
    meta: &StepMeta,
    body: StepBody,
    goal: &GoalRow,
    plans: Vec<ProblemSolving>,
    here: &Here,
) -> Step {
    let mut step = step(meta, body, goal, here);
    if plans.iter().any(|p| p.followed_up_at.is_none()) {
        step.stalled = false;
    }
    step.plans = plans
        .into_iter()
        .map(|p| p.labelled(&here.loc, here.today))
        .collect();
    step
}

pub(crate) fn step(meta: &StepMeta, body: StepBody, goal: &GoalRow, here: &Here) -> Step {
    Step {
        id: meta.id.to_string(),
        goal_id: meta.goal_id.to_string(),
        position: meta.position,
        due_date: meta.due_date.map(|d| d.to_string()),
        done: meta.done_at.is_some(),
        done_at: meta.done_at,
        created_at: meta.created_at,
        last_activity_at: meta.last_activity_at,
        // A repeating step is shown by its week's count, never as stuck.
        stalled: goal.status == GoalStatus::Active
            && meta.repeat.is_none()
            && is_stalled(
                meta.last_activity_at,
                meta.done_at.is_some(),
                goal.stall_days,
                here.today,
                here.zone,
            ),
        status_label: step_status_label(meta, here),
        assignment_label: body.assignment.as_ref().map(|a| assignment_label(a, here)),
        text: body.text,
        assignment: body.assignment,
        plans: Vec::new(),
        repeat: meta.repeat.clone(),
        repeat_key: meta.repeat.as_ref().map(StepRepeat::key),
        repeat_label: meta.repeat.as_ref().map(|r| r.label(&here.loc)),
        week: None,
        remind_at: meta.remind_at.clone(),
    }
}

/// The week holding `here.today` for a repeating step, from the days it was done.
pub(crate) fn week_progress(
    rule: &StepRepeat,
    created_at: DateTime<Utc>,
    done_days: &[NaiveDate],
    here: &Here,
) -> WeekProgress {
    let (monday, sunday) = week_bounds(here.today);
    let done = done_days
        .iter()
        .filter(|d| **d >= monday && **d <= sunday)
        .count();
    let done = u32::try_from(done).unwrap_or(u32::MAX);
    let done_today = done_days.contains(&here.today);
    let target = rule.week_target(here.today, local_date(created_at, here.zone));
    WeekProgress {
        done,
        target,
        done_today,
        due_today: rule.due_on(here.today, done, done_today),
        // More days than planned (a weekday step done on another day too) is said as
        // such, never as "3 of 2".
        label: here.loc.ta(
            if done > target {
                "repeat-week-progress-more"
            } else {
                "repeat-week-progress"
            },
            &Args::new()
                .num("done", done.into())
                .num("target", target.into()),
        ),
    }
}

/// A repeating step's week, read from its days done this week; `None` for a step
/// done once.
pub(crate) fn this_week(
    conn: &Connection,
    sealer: &Sealer,
    meta: &StepMeta,
    here: &Here,
) -> Result<Option<WeekProgress>, StegvisError> {
    let Some(rule) = &meta.repeat else {
        return Ok(None);
    };
    let (monday, sunday) = week_bounds(here.today);
    let days: Vec<NaiveDate> = occurrences::for_step(conn, sealer, meta.id, monday, sunday)?
        .into_iter()
        .map(|o| o.date)
        .collect();
    Ok(Some(week_progress(rule, meta.created_at, &days, here)))
}
