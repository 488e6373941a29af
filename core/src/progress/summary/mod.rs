//! The progress summary of a period, computed once from everything the person logged;
//! every reader (screens, terminal, PDF, JSON) draws from it. Each part is built in
//! its own file from plain input; [`sources`] opens the records of repeating steps,
//! modules and the IMR Scale for theirs.

pub mod fhir;
mod goals;
mod medicines;
pub mod modules;
pub mod period;
pub mod scale;
mod signs;
mod sources;

use chrono_tz::Tz;
use rusqlite::Connection;

pub(crate) use goals::{goals_summary, GoalsInput};
pub(crate) use medicines::percent_label;
pub use medicines::{from_counts as medicines_from_counts, MonthCounts};
pub use modules::{modules_summary, ModuleState};
pub use period::{parse as parse_period, parse_sections, Period};
pub use scale::{scale_summary, Rating};
pub(crate) use signs::signs_summary;

/// What a week or month with nothing to count shows: a dash, never a zero that
/// could read as "you did nothing".
pub(crate) const NONE: &str = "–";

use super::{ProgressSummary, ReportSection};
use crate::error::StegvisError;
use crate::l10n::{Args, Localizer};
use crate::store::Sealer;
use crate::time::{self, Timestamp};

/// Where the summary is made: the device's zone, now, and the language.
pub(crate) struct Context<'a> {
    pub sealer: &'a Sealer,
    pub zone: Tz,
    pub now: Timestamp,
    pub loc: &'a Localizer,
}

/// Reads what the chosen sections need and builds the summary.
pub(crate) fn build(
    conn: &Connection,
    cx: &Context,
    period: Period,
    sections: Vec<ReportSection>,
) -> Result<ProgressSummary, StegvisError> {
    let sections = period::normalize(sections);
    let has = |s| sections.contains(&s);
    let loc = cx.loc;
    let goals = if has(ReportSection::Goals) {
        let rows = crate::goals::db::list_goals(conn, cx.sealer, false)?;
        let mut steps = Vec::new();
        for goal in &rows {
            steps.extend(crate::goals::db::steps_of_goal(conn, cx.sealer, goal.id)?);
        }
        // Repeating steps are never done for good: their days done count apart.
        steps.retain(|s| s.repeat.is_none());
        let steps = goals::step_days(&steps, cx.zone);
        let repeats = sources::repeats(conn, cx.sealer, &period)?;
        let input = GoalsInput {
            goals: &rows,
            steps: &steps,
            repeats: &repeats,
            zone: cx.zone,
        };
        Some(goals_summary(&input, &period, loc))
    } else {
        None
    };
    let signs = if has(ReportSection::Signs) {
        let rows = crate::signs::db::checkins_between(conn, cx.sealer, period.from, period.to)?;
        let list = crate::signs::db::list_signs(conn, cx.sealer, true)?;
        Some(signs_summary(&rows, &list, &period, loc))
    } else {
        None
    };
    let medicines = if has(ReportSection::Medicines) {
        let planning = crate::meds::actions::Planning::load(conn, cx.sealer, cx.zone)?;
        Some(medicines::medicines_summary(
            conn, &planning, cx.now, &period, loc,
        )?)
    } else {
        None
    };
    let modules = if has(ReportSection::Modules) {
        sources::modules(conn, cx.sealer, &period, loc)?
    } else {
        None
    };
    let scale = if has(ReportSection::Scale) {
        sources::scale(conn, cx.sealer, &period, loc)?
    } else {
        None
    };
    let today = time::local_date(cx.now, cx.zone);
    Ok(ProgressSummary {
        from: period.from.to_string(),
        to: period.to.to_string(),
        period_label: period_label(&period, loc),
        made_label: loc.ta(
            "summary-made",
            &Args::new().text("date", loc.full_date(today)),
        ),
        lang: loc.lang().tag().to_owned(),
        sections,
        goals,
        signs,
        medicines,
        modules,
        scale,
    })
}

/// "1 June 2026 – 30 November 2026".
fn period_label(period: &Period, loc: &Localizer) -> String {
    loc.ta(
        "summary-period",
        &Args::new()
            .text("from", loc.day_month_year(period.from))
            .text("to", loc.day_month_year(period.to)),
    )
}
