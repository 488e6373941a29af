//! The today view: what deserves attention now, drawn the same way by every shell.
//! Later capabilities (check-in, medication) add sections here.

mod plan_block;

pub use plan_block::{dial_number, PlanBlock, PlanBlockContact};

use std::collections::{HashMap, HashSet};

use chrono::{Duration, NaiveDate};

use rusqlite::Connection;
use serde::Serialize;
use uuid::Uuid;

use crate::error::StegvisError;
use crate::goals::db::{self as goals_db, GoalRow, StepBody, StepMeta};
use crate::goals::solve;
use crate::goals::views::{self as goal_views, step_status_label, Here};
use crate::goals::{days_between, is_stalled};
use crate::l10n::Args;
use crate::meds::actions::Planning;
use crate::meds::refill;
use crate::meds::DoseStatus;
use crate::meds::{dose_time, ZonePolicy};
use crate::signs::db as signs_db;
use crate::store::{readable, Sealer};
use crate::time::local_date;
use crate::time::Timestamp;

/// The groups of the today view, in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum TodaySectionKind {
    Checkin,
    Plan,
    DosesMissed,
    DosesDue,
    Refill,
    Due,
    Overdue,
    FollowUps,
    Stalled,
    Next,
    /// The IMR Scale is due (issue 12).
    Scale,
    DosesTaken,
}

impl TodaySectionKind {
    fn title_id(self) -> &'static str {
        match self {
            TodaySectionKind::Checkin => "today-section-checkin",
            TodaySectionKind::Plan => "today-section-plan",
            TodaySectionKind::DosesMissed => "today-section-doses-missed",
            TodaySectionKind::DosesDue => "today-section-doses-due",
            TodaySectionKind::Refill => "today-section-refill",
            TodaySectionKind::DosesTaken => "today-section-doses-taken",
            TodaySectionKind::Due => "today-section-due",
            TodaySectionKind::Overdue => "today-section-overdue",
            TodaySectionKind::FollowUps => "today-section-follow-ups",
            TodaySectionKind::Stalled => "today-section-stalled",
            TodaySectionKind::Next => "today-section-next",
            TodaySectionKind::Scale => "today-section-scale",
        }
    }
}

/// What an item is, so a shell knows which action its tap leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum TodayItemKind {
    /// Today's check-in is not done yet: open the check-in form.
    CheckinDue,
    /// A rule from the plan, or a change from the usual, suggests opening the plan.
    PlanPrompt,
    /// A step planned for today: check it off.
    StepDue,
    /// A step whose date has passed: check it off or change the date.
    StepOverdue,
    /// A problem-solving plan to look back at.
    FollowUp,
    /// A step that has not moved: offer the problem-solving flow.
    StalledStep,
    /// The next open step of an active goal.
    NextStep,
    /// A dose later today (or snoozed): take, skip or snooze it.
    DoseDue,
    /// A dose whose time has passed without being logged; it stays until it is
    /// logged or the next dose of the same schedule is due.
    DoseMissed,
    /// A dose taken today.
    DoseTaken,
    /// A medication that will run out soon.
    Refill,
    /// The IMR Scale is due, as often as the person chose: open the scale.
    ScaleDue,
}

/// One line of the today view; `title` and `detail` are ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TodayItem {
    pub kind: TodayItemKind,
    pub title: String,
    pub detail: Option<String>,
    pub goal_id: Option<String>,
    pub step_id: Option<String>,
    pub problem_solving_id: Option<String>,
    pub due_date: Option<String>,
    pub medication_id: Option<String>,
    pub occurrence_id: Option<String>,
}

/// A titled group of items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TodaySection {
    pub kind: TodaySectionKind,
    pub title: String,
    pub items: Vec<TodayItem>,
}

/// One way to be reminded of a dose again: what the snooze button says, and the
/// minutes to pass back in `DoseAction::Snooze`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SnoozeChoice {
    pub minutes: u32,
    /// "Remind me in 10 minutes".
    pub label: String,
}

/// The snoozes the app offers for a dose, shortest first, in the person's language.
pub(crate) fn snooze_choices(loc: &crate::l10n::Localizer) -> Vec<SnoozeChoice> {
    crate::meds::SNOOZE_MINUTES
        .iter()
        .map(|&minutes| SnoozeChoice {
            minutes,
            label: loc.ta(
                "today-dose-snooze",
                &Args::new().num("minutes", i64::from(minutes)),
            ),
        })
        .collect()
}

/// Today, in the person's zone. Empty sections are left out; `empty_text` is set
/// when there is nothing at all, and says so kindly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TodayView {
    pub date: String,
    pub title: String,
    pub sections: Vec<TodaySection>,
    pub empty_text: Option<String>,
    /// When a rule or the personal baseline fires: what rose, the plan's actions,
    /// whom to contact and the crisis line, as one block. Its headline is also the
    /// one item of the plan section.
    pub plan_block: Option<PlanBlock>,
    /// What a dose item's snooze offers; empty when no dose is waiting today.
    pub snooze_choices: Vec<SnoozeChoice>,
}

fn step_item(
    kind: TodayItemKind,
    meta: &StepMeta,
    sealer: &Sealer,
    detail: Option<String>,
) -> Result<TodayItem, StegvisError> {
    Ok(TodayItem {
        kind,
        title: meta.open(sealer)?.text,
        detail,
        goal_id: Some(meta.goal_id.to_string()),
        step_id: Some(meta.id.to_string()),
        problem_solving_id: None,
        due_date: meta.due_date.map(|d| d.to_string()),
        medication_id: None,
        occurrence_id: None,
    })
}

fn plain_item(kind: TodayItemKind, title: String, detail: Option<String>) -> TodayItem {
    TodayItem {
        kind,
        title,
        detail,
        goal_id: None,
        step_id: None,
        problem_solving_id: None,
        due_date: None,
        medication_id: None,
        occurrence_id: None,
    }
}

/// The check-in item, when there are signs to rate and today is not done.
fn checkin_items(
    conn: &Connection,
    sealer: &Sealer,
    here: &Here,
) -> Result<Vec<TodayItem>, StegvisError> {
    let signs = signs_db::list_signs(conn, sealer, false)?;
    if signs.is_empty() || signs_db::has_checkin(conn, sealer, here.today)? {
        return Ok(Vec::new());
    }
    Ok(vec![plain_item(
        TodayItemKind::CheckinDue,
        here.loc.t("today-checkin-title"),
        Some(here.loc.t("today-checkin-detail")),
    )])
}

/// The IMR Scale's item on the days it is due: an offer, never a task overdue.
fn scale_items(
    conn: &Connection,
    sealer: &Sealer,
    here: &Here,
) -> Result<Vec<TodayItem>, StegvisError> {
    if !crate::progress::scale::due(conn, sealer, here.today)?.due {
        return Ok(Vec::new());
    }
    Ok(vec![plain_item(
        TodayItemKind::ScaleDue,
        here.loc.t("today-scale-title"),
        Some(here.loc.t("today-scale-detail")),
    )])
}

/// The one item of the plan section: what rose, with the rules that hold. The
/// block itself (actions, contacts, crisis line) is [`TodayView::plan_block`].
fn plan_item(block: &PlanBlock, here: &Here) -> TodayItem {
    let detail = (!block.rules.is_empty()).then(|| {
        block
            .rules
            .iter()
            .map(|r| {
                here.loc
                    .ta("today-prompt-rule", &Args::new().text("rule", r.clone()))
            })
            .collect::<Vec<_>>()
            .join(" ")
    });
    plain_item(TodayItemKind::PlanPrompt, block.headline.clone(), detail)
}

/// Doses missed, due later today and taken today, and refill warnings.
struct DoseItems {
    missed: Vec<TodayItem>,
    due: Vec<TodayItem>,
    taken: Vec<TodayItem>,
    refill: Vec<TodayItem>,
}

fn dose_items(
    conn: &Connection,
    sealer: &Sealer,
    here: &Here,
    now: Timestamp,
) -> Result<DoseItems, StegvisError> {
    let planning = Planning::load(conn, sealer, here.zone)?;
    let mut items = DoseItems {
        missed: Vec::new(),
        due: Vec::new(),
        taken: Vec::new(),
        refill: Vec::new(),
    };
    if planning.schedules.is_empty() {
        return Ok(items);
    }
    let today = here.today.to_string();
    let occs = planning.occurrences(
        conn,
        here.today - Duration::days(1),
        here.today + Duration::days(1),
        None,
    )?;
    let local_time = |at: Timestamp| at.with_timezone(&here.zone).format("%H:%M").to_string();
    for (i, occ) in occs.iter().enumerate() {
        if !planning.counts(occ) {
            continue;
        }
        let Some(med) = Uuid::parse_str(&occ.medication_id)
            .ok()
            .and_then(|m| planning.meds.get(&m))
        else {
            continue;
        };
        let title = match &med.body.dose {
            Some(dose) => format!("{} {dose}", med.body.name),
            None => med.body.name.clone(),
        };
        let with_cue = |text: String| match &med.body.cue {
            Some(cue) => format!("{text} · {cue}"),
            None => text,
        };
        let item = |kind, detail: String| TodayItem {
            medication_id: Some(occ.medication_id.clone()),
            occurrence_id: Some(occ.id.clone()),
            ..plain_item(kind, title.clone(), Some(detail))
        };
        let policy = planning
            .schedules
            .iter()
            .find(|s| s.id.to_string() == occ.schedule_id)
            .map(|s| s.body.zone_policy.clone())
            .unwrap_or(ZonePolicy::FollowDevice);
        let dose_time = dose_time::label(occ, &policy, here.zone, &here.loc);
        let next_due = occs[i + 1..]
            .iter()
            .find(|o| o.schedule_id == occ.schedule_id)
            .is_some_and(|next| next.at <= now);
        match occ.status {
            Some(DoseStatus::Taken) if occ.local_date == today => {
                let at = occ.taken_at.map_or_else(|| occ.slot.clone(), local_time);
                items.taken.push(item(
                    TodayItemKind::DoseTaken,
                    here.loc
                        .ta("today-dose-taken", &Args::new().text("time", at)),
                ));
            }
            Some(DoseStatus::Snoozed) if !next_due => {
                let until = occ
                    .snoozed_until
                    .map_or_else(|| occ.slot.clone(), local_time);
                items.due.push(item(
                    TodayItemKind::DoseDue,
                    with_cue(
                        here.loc
                            .ta("today-dose-snoozed", &Args::new().text("time", until)),
                    ),
                ));
            }
            None if occ.at > now && occ.local_date == today => {
                items.due.push(item(
                    TodayItemKind::DoseDue,
                    with_cue(here.loc.ta(
                        "today-dose-at",
                        &Args::new().text("time", dose_time.clone()),
                    )),
                ));
            }
            None if occ.at <= now && !next_due => {
                items.missed.push(item(
                    TodayItemKind::DoseMissed,
                    with_cue(
                        here.loc.ta(
                            "today-dose-missed",
                            &Args::new().text("time", dose_time.clone()).text(
                                "date",
                                NaiveDate::parse_from_str(
                                    &occ.local_date,
                                    crate::time::DATE_FORMAT,
                                )
                                .map_or_else(
                                    |_| occ.local_date.clone(),
                                    |d| here.loc.date_near(d, here.today),
                                ),
                            ),
                        ),
                    ),
                ));
            }
            _ => {}
        }
    }
    for warning in refill::warnings(conn, &planning, now, here.today)? {
        items.refill.push(TodayItem {
            medication_id: Some(warning.medication_id.to_string()),
            ..plain_item(
                TodayItemKind::Refill,
                warning.name,
                Some(
                    here.loc
                        .ta("today-refill", &Args::new().num("days", warning.days_left)),
                ),
            )
        });
    }
    Ok(items)
}

/// Builds the view. Only the rows that appear are decrypted.
pub(crate) fn build(
    conn: &Connection,
    sealer: &Sealer,
    here: &Here,
    now: Timestamp,
) -> Result<TodayView, StegvisError> {
    let goals: HashMap<Uuid, GoalRow> = goals_db::list_goals(conn, sealer, true)?
        .into_iter()
        .map(|g| (g.id, g))
        .collect();
    let steps = goals_db::steps_of_active_goals(conn, sealer)?;

    let mut due = Vec::new();
    let mut overdue = Vec::new();
    let mut stalled = Vec::new();
    let mut next = Vec::new();
    let mut shown: HashSet<Uuid> = HashSet::new();
    let mut goal_has_item: HashSet<Uuid> = HashSet::new();

    // A repeating step's day is due while the rule asks for it today; it is shown
    // with its week's count and goes away once today is checked off.
    for meta in steps.iter().filter(|s| s.repeat.is_some()) {
        shown.insert(meta.id);
        let Some(week) = goal_views::this_week(conn, sealer, meta, here)? else {
            continue;
        };
        if !week.due_today {
            continue;
        }
        let rule = meta
            .repeat
            .as_ref()
            .map(|r| r.label(&here.loc))
            .unwrap_or_default();
        let detail = here.loc.ta(
            "repeat-today-detail",
            &Args::new().text("rule", rule).text("week", week.label),
        );
        due.extend(readable(step_item(
            TodayItemKind::StepDue,
            meta,
            sealer,
            Some(detail),
        ))?);
    }

    for meta in steps
        .iter()
        .filter(|s| s.done_at.is_none() && s.repeat.is_none())
    {
        let Some(date) = meta.due_date else { continue };
        let late = days_between(date, here.today);
        if late >= 0 {
            // Under "Planned for today" the goal says more than "due today" would.
            if late == 0 {
                let detail = goals.get(&meta.goal_id).map(|g| {
                    here.loc.ta(
                        "today-for-goal",
                        &Args::new().text("goal", g.body.text.clone()),
                    )
                });
                due.extend(readable(step_item(
                    TodayItemKind::StepDue,
                    meta,
                    sealer,
                    detail,
                ))?);
            } else {
                let detail = step_status_label(meta, here);
                overdue.extend(readable(step_item(
                    TodayItemKind::StepOverdue,
                    meta,
                    sealer,
                    detail,
                ))?);
            }
            shown.insert(meta.id);
        }
    }

    // A step with a plan waiting for its look-back has a plan: it is not stuck. When
    // the look-back is due it shows once, under "Time to look back", and its goal's
    // next step is the one after it.
    let due_follow_ups = solve::due_follow_ups(conn, sealer, here.today)?;
    let planned = solve::steps_with_open_follow_up(conn, sealer)?;
    shown.extend(
        due_follow_ups
            .iter()
            .filter_map(|p| Uuid::parse_str(&p.step_id).ok()),
    );

    for meta in steps
        .iter()
        .filter(|s| s.done_at.is_none() && !shown.contains(&s.id))
    {
        let Some(goal) = goals.get(&meta.goal_id) else {
            continue;
        };
        if goal_has_item.contains(&goal.id) {
            continue;
        }
        goal_has_item.insert(goal.id);
        if !planned.contains(&meta.id)
            && is_stalled(
                meta.last_activity_at,
                false,
                goal.stall_days,
                here.today,
                here.zone,
            )
        {
            let days = days_between(local_date(meta.last_activity_at, here.zone), here.today);
            let Some(StepBody { text, .. }) = readable(meta.open(sealer))? else {
                continue;
            };
            stalled.push(TodayItem {
                kind: TodayItemKind::StalledStep,
                title: here.loc.ta(
                    "today-stalled-prompt",
                    &Args::new().text("step", text).num("days", days),
                ),
                detail: Some(goal.body.text.clone()),
                goal_id: Some(goal.id.to_string()),
                step_id: Some(meta.id.to_string()),
                problem_solving_id: None,
                due_date: meta.due_date.map(|d| d.to_string()),
                medication_id: None,
                occurrence_id: None,
            });
        } else {
            let detail = here.loc.ta(
                "today-next-step",
                &Args::new().text("goal", goal.body.text.clone()),
            );
            next.extend(readable(step_item(
                TodayItemKind::NextStep,
                meta,
                sealer,
                Some(detail),
            ))?);
        }
    }

    let mut follow_ups = Vec::new();
    for plan in due_follow_ups {
        let step_id = crate::validate::id(&plan.step_id)?;
        let meta = goals_db::load_step(conn, sealer, step_id)?;
        let detail = here.loc.ta(
            "today-follow-up-prompt",
            &Args::new().text("action", plan.first_action.clone()),
        );
        let Some(mut item) = readable(step_item(
            TodayItemKind::FollowUp,
            &meta,
            sealer,
            Some(detail),
        ))?
        else {
            continue;
        };
        item.problem_solving_id = Some(plan.id);
        item.due_date = Some(plan.follow_up_date);
        follow_ups.push(item);
    }

    let plan_block = plan_block::build(conn, sealer, here)?;
    let plan_items: Vec<TodayItem> = plan_block.iter().map(|b| plan_item(b, here)).collect();
    let doses = dose_items(conn, sealer, here, now)?;
    let sections: Vec<TodaySection> = [
        (
            TodaySectionKind::Checkin,
            checkin_items(conn, sealer, here)?,
        ),
        (TodaySectionKind::Plan, plan_items),
        (TodaySectionKind::DosesMissed, doses.missed),
        (TodaySectionKind::DosesDue, doses.due),
        (TodaySectionKind::Refill, doses.refill),
        (TodaySectionKind::Due, due),
        (TodaySectionKind::Overdue, overdue),
        (TodaySectionKind::FollowUps, follow_ups),
        (TodaySectionKind::Stalled, stalled),
        (TodaySectionKind::Next, next),
        (TodaySectionKind::Scale, scale_items(conn, sealer, here)?),
        (TodaySectionKind::DosesTaken, doses.taken),
    ]
    .into_iter()
    .filter(|(_, items)| !items.is_empty())
    .map(|(kind, items)| TodaySection {
        kind,
        title: here.loc.t(kind.title_id()),
        items,
    })
    .collect();

    let date = here.today.to_string();
    let has_dose_to_log = sections.iter().any(|s| {
        s.items
            .iter()
            .any(|i| matches!(i.kind, TodayItemKind::DoseDue | TodayItemKind::DoseMissed))
    });
    Ok(TodayView {
        snooze_choices: if has_dose_to_log {
            snooze_choices(&here.loc)
        } else {
            Vec::new()
        },
        title: here.loc.ta(
            "today-title",
            &Args::new().text("date", here.loc.date(here.today)),
        ),
        empty_text: sections.is_empty().then(|| here.loc.t("today-empty")),
        date,
        sections,
        plan_block,
    })
}
