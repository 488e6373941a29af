//! The modules as a shell shows them: each with its state in words and the
//! home-assignment steps filed under it.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;

use super::catalog::ImrModule;
use super::module_states;
use crate::error::StegvisError;
use crate::goals::db as goals_db;
use crate::goals::views::Here;
use crate::l10n::{Args, Localizer};
use crate::store::Sealer;

/// Where the person stands in a module. Nothing here says "behind" or "late".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ModuleStatus {
    NotStarted,
    Started,
    WorkedThrough,
}

/// A home-assignment step, as listed under its module.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ModuleAssignment {
    pub step_id: String,
    pub goal_id: String,
    pub text: String,
    pub done: bool,
    /// The module text as written on the step (a key, a name, or other words).
    pub module_text: String,
    /// The meeting it was agreed in, `YYYY-MM-DD`.
    pub meeting_date: Option<String>,
}

/// One module.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ModuleView {
    /// Stable key, e.g. `recovery-strategies`.
    pub key: String,
    pub module: ImrModule,
    /// 1 for the program's first module.
    pub number: u32,
    pub name: String,
    pub description: String,
    pub status: ModuleStatus,
    /// `YYYY-MM-DD`.
    pub started_on: Option<String>,
    pub done_on: Option<String>,
    /// "Started 3 June, worked through 14 August", "Not started yet"; localized.
    pub state_label: String,
    /// Home-assignment steps whose module text names this module, in goal order.
    pub assignments: Vec<ModuleAssignment>,
    /// "2 home assignments".
    pub assignments_label: String,
}

/// Every module in program order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ModulesView {
    pub modules: Vec<ModuleView>,
    pub done: u32,
    /// Started and not yet worked through.
    pub started: u32,
    /// "2 of 11 modules worked through, 1 under way".
    pub count_label: String,
    /// Home assignments whose module text names none of the eleven (the
    /// practitioner's own wording), so none is hidden.
    pub other_assignments: Vec<ModuleAssignment>,
    pub other_assignments_title: String,
}

/// Every home-assignment step with a module text, with the module it names (if any).
fn assignments(
    conn: &Connection,
    sealer: &Sealer,
) -> Result<Vec<(Option<ImrModule>, ModuleAssignment)>, StegvisError> {
    let mut out = Vec::new();
    for goal in goals_db::list_goals(conn, sealer, false)? {
        for step in goals_db::steps_of_goal(conn, sealer, goal.id)? {
            let body = step.open(sealer)?;
            let Some(a) = body.assignment else { continue };
            let Some(text) = a.module.filter(|m| !m.trim().is_empty()) else {
                continue;
            };
            out.push((
                ImrModule::resolve(&text),
                ModuleAssignment {
                    step_id: step.id.to_string(),
                    goal_id: goal.id.to_string(),
                    text: body.text,
                    done: step.done_at.is_some(),
                    module_text: text,
                    meeting_date: a.meeting_date,
                },
            ));
        }
    }
    Ok(out)
}

/// How many home-assignment steps each module has, by module key: the same steps the
/// modules view files under each module (summaries count them from here, so the two
/// never disagree). Steps naming no module are not counted.
pub(crate) fn assignment_counts(
    conn: &Connection,
    sealer: &Sealer,
) -> Result<HashMap<String, u32>, StegvisError> {
    let mut counts = HashMap::new();
    for (module, _) in assignments(conn, sealer)? {
        if let Some(module) = module {
            *counts.entry(module.key().to_owned()).or_default() += 1;
        }
    }
    Ok(counts)
}

pub(crate) fn modules_view(
    conn: &Connection,
    sealer: &Sealer,
    here: &Here,
) -> Result<ModulesView, StegvisError> {
    let loc = &here.loc;
    let states = module_states(conn, sealer)?;
    let mut tagged = assignments(conn, sealer)?;
    let mut modules = Vec::with_capacity(states.len());
    for s in states {
        let status = match (s.started_on, s.done_on) {
            (_, Some(_)) => ModuleStatus::WorkedThrough,
            (Some(_), None) => ModuleStatus::Started,
            (None, None) => ModuleStatus::NotStarted,
        };
        let state_label = state_label(s.started_on, s.done_on, loc);
        let mine: Vec<ModuleAssignment> = tagged
            .iter()
            .filter(|(m, _)| *m == Some(s.module))
            .map(|(_, a)| a.clone())
            .collect();
        modules.push(ModuleView {
            key: s.key.to_owned(),
            module: s.module,
            number: s.module.number(),
            name: s.module.name(loc),
            description: s.module.description(loc),
            status,
            started_on: s.started_on.map(|d| d.to_string()),
            done_on: s.done_on.map(|d| d.to_string()),
            state_label,
            assignments_label: loc.ta(
                "module-assignments",
                &Args::new().num("count", mine.len() as i64),
            ),
            assignments: mine,
        });
    }
    tagged.retain(|(m, _)| m.is_none());
    let done = modules
        .iter()
        .filter(|m| m.status == ModuleStatus::WorkedThrough)
        .count() as u32;
    let started = modules
        .iter()
        .filter(|m| m.status == ModuleStatus::Started)
        .count() as u32;
    Ok(ModulesView {
        count_label: loc.ta(
            "modules-count",
            &Args::new()
                .num("done", i64::from(done))
                .num("total", modules.len() as i64)
                .num("started", i64::from(started)),
        ),
        modules,
        done,
        started,
        other_assignments: tagged.into_iter().map(|(_, a)| a).collect(),
        other_assignments_title: loc.t("modules-other-assignments"),
    })
}

/// "Started 3 June 2026, worked through 14 August 2026", "Not started yet": one
/// wording of where a module stands, for the modules screen, the summary and the PDF.
/// Dates carry the year, since a program runs across a new year. Worked through the
/// day it was started says only that.
pub(crate) fn state_label(
    started: Option<NaiveDate>,
    done: Option<NaiveDate>,
    loc: &Localizer,
) -> String {
    let date = |d: NaiveDate| loc.day_month_year(d);
    match (started, done) {
        (Some(a), Some(b)) if a != b => loc.ta(
            "module-state-both",
            &Args::new().text("started", date(a)).text("done", date(b)),
        ),
        (_, Some(b)) => loc.ta("module-state-done", &Args::new().text("date", date(b))),
        (Some(a), None) => loc.ta("module-state-started", &Args::new().text("date", date(a))),
        (None, None) => loc.t("module-state-not-started"),
    }
}
