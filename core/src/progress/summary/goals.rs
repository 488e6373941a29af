//! Goals and their steps over a period: how many goals stand where, and the steps
//! checked off per month and per goal. Counts what was done; nothing counts against.

use std::collections::HashMap;

use chrono::NaiveDate;
use uuid::Uuid;

use super::period::Period;
use crate::goals::db::{GoalRow, StepMeta};
use crate::goals::views::status_key;
use crate::goals::GoalStatus;
use crate::l10n::{Args, Localizer};
use crate::progress::{GoalLine, GoalsMonth, GoalsSummary};

/// What the goals part is made from, already opened.
pub(crate) struct GoalsInput<'a> {
    /// Every goal, in the order they were made.
    pub goals: &'a [GoalRow],
    /// Each one-off step with the local day it was checked off (`None`: not done).
    pub steps: &'a [(Uuid, Option<NaiveDate>)],
    /// Each checked-off occurrence of a repeating step: its goal and local day.
    pub repeats: &'a [(Uuid, NaiveDate)],
}

/// Goals made by the period's end, as they stand now, with what was done in it.
pub(crate) fn goals_summary(input: &GoalsInput, period: &Period, loc: &Localizer) -> GoalsSummary {
    let goals: Vec<&GoalRow> = input
        .goals
        .iter()
        .filter(|g| g.created_at.date_naive() <= period.to)
        .collect();
    let count = |status| goals.iter().filter(|g| g.status == status).count() as u32;
    let in_period = |day: &Option<NaiveDate>| day.is_some_and(|d| period.contains(d));
    let months = period
        .months()
        .iter()
        .map(|m| GoalsMonth {
            month: m.from.format("%Y-%m").to_string(),
            label: loc.month_year(m.from),
            steps_done: input
                .steps
                .iter()
                .filter(|(_, d)| d.is_some_and(|d| m.contains(d)))
                .count() as u32,
            repeats_done: input.repeats.iter().filter(|(_, d)| m.contains(*d)).count() as u32,
        })
        .collect();
    let mut per_goal: HashMap<Uuid, (u32, u32, u32)> = HashMap::new();
    for (goal, day) in input.steps {
        let entry = per_goal.entry(*goal).or_default();
        entry.0 += u32::from(in_period(day));
        entry.1 += 1;
    }
    for (goal, day) in input.repeats {
        per_goal.entry(*goal).or_default().2 += u32::from(period.contains(*day));
    }
    let mut lines: Vec<GoalLine> = goals
        .iter()
        .map(|g| {
            let (done, total, repeats) = per_goal.get(&g.id).copied().unwrap_or_default();
            GoalLine {
                goal_id: g.id.to_string(),
                text: g.body.text.clone(),
                status: g.status,
                status_name: loc.t(&status_key(g.status)),
                steps_done: done,
                steps_total: total,
                repeats_done: repeats,
                label: line_label(done, repeats, loc),
            }
        })
        .collect();
    // Stable, so goals keep the order they were made in within each status.
    lines.sort_by_key(|l| order(l.status));
    GoalsSummary {
        reached: count(GoalStatus::Reached),
        active: count(GoalStatus::Active),
        set_aside: count(GoalStatus::SetAside),
        months,
        goals: lines,
    }
}

fn order(status: GoalStatus) -> u8 {
    match status {
        GoalStatus::Active => 0,
        GoalStatus::Reached => 1,
        GoalStatus::SetAside => 2,
    }
}

fn line_label(steps: u32, repeats: u32, loc: &Localizer) -> String {
    let args = Args::new()
        .num("steps", steps.into())
        .num("repeats", repeats.into());
    if repeats == 0 {
        loc.ta("summary-goal-steps", &args)
    } else {
        loc.ta("summary-goal-steps-repeats", &args)
    }
}

/// The local day each one-off step was checked off, per goal.
pub(crate) fn step_days(steps: &[StepMeta], zone: chrono_tz::Tz) -> Vec<(Uuid, Option<NaiveDate>)> {
    steps
        .iter()
        .map(|s| {
            (
                s.goal_id,
                s.done_at.map(|at| crate::time::local_date(at, zone)),
            )
        })
        .collect()
}
