//! Logging doses in the home: a dose shown today (take, skip, snooze), every dose
//! due at the same minute at once, a medicine by its name (the core finds the dose
//! that is due), and undoing a dose noted by mistake. Which dose a medicine means,
//! whether an extra dose is needed, and what can still be snoozed are the core's
//! rules; the home only offers what fits and asks before an extra dose.

use std::collections::BTreeMap;

use stegvis_core::l10n::Args;
use stegvis_core::time::Timestamp;
use stegvis_core::{
    ConflictReason, DoseAction, DoseStatus, MedStatus, Medication, Occurrence, StegvisError,
    TodayItem, TodayItemKind,
};

use super::{menu as home_menu, select, text, yes_no, Choice, Said, R};
use crate::context::Ctx;

/// Doses of different medicines planned for the same minute, not logged yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SameMinute {
    pub at: Timestamp,
    /// The medicines' titles as today shows them, in today's order.
    pub titles: Vec<String>,
    pub occurrence_ids: Vec<String>,
}

/// Today's not-logged doses (due or missed) grouped by their planned minute; only
/// minutes with two or more doses form a group.
pub fn same_minute(items: &[TodayItem], occurrences: &[Occurrence]) -> Vec<SameMinute> {
    let mut groups: BTreeMap<Timestamp, SameMinute> = BTreeMap::new();
    for item in items {
        if !matches!(
            item.kind,
            TodayItemKind::DoseDue | TodayItemKind::DoseMissed
        ) {
            continue;
        }
        let Some(occ) = item
            .occurrence_id
            .as_ref()
            .and_then(|id| occurrences.iter().find(|o| &o.id == id))
        else {
            continue;
        };
        let group = groups.entry(occ.at).or_insert_with(|| SameMinute {
            at: occ.at,
            titles: Vec::new(),
            occurrence_ids: Vec::new(),
        });
        group.titles.push(item.title.clone());
        group.occurrence_ids.push(occ.id.clone());
    }
    groups
        .into_values()
        .filter(|g| g.occurrence_ids.len() > 1)
        .collect()
}

fn is_dose(item: &TodayItem) -> bool {
    matches!(
        item.kind,
        TodayItemKind::DoseMissed | TodayItemKind::DoseDue | TodayItemKind::DoseTaken
    )
}

/// Today's dose items, most urgent first, and the planned doses from yesterday to
/// today they stand for (a missed dose can be yesterday's).
fn doses_today(ctx: &Ctx) -> R<(Vec<TodayItem>, Vec<Occurrence>, chrono::NaiveDate)> {
    let c = &ctx.companion;
    let view = c.today()?;
    let today = chrono::NaiveDate::parse_from_str(&view.date, "%Y-%m-%d")
        .map_err(|_| super::Flow::Fail(crate::failure::Failure::Io))?;
    let items: Vec<TodayItem> = home_menu::ordered(&view)
        .into_iter()
        .filter(is_dose)
        .collect();
    let from = today.pred_opt().unwrap_or(today);
    let occurrences = c.occurrences(
        from.format("%Y-%m-%d").to_string(),
        today.format("%Y-%m-%d").to_string(),
    )?;
    Ok((items, occurrences, today))
}

/// One line of a list, within the 80 columns the home is made for.
fn line(text: &str) -> String {
    super::fit::clip(text, super::fit::WIDTH - 4)
}

fn group_label(ctx: &Ctx, group: &SameMinute) -> String {
    line(
        &ctx.loc.ta(
            "home-dose-take-all",
            &Args::new()
                .text("time", ctx.local_time(group.at))
                .text("names", group.titles.join(", ")),
        ),
    )
}

/// What can be logged from the medicines menu.
enum Loggable {
    Group(Vec<String>),
    Dose(TodayItem),
    Skipped(Occurrence),
    Medicine(Medication),
}

/// Every dose to log, then skipped doses of today (to undo), then each medicine by
/// its name ("I took it now").
pub fn log(ctx: &Ctx) -> R<Said> {
    let c = &ctx.companion;
    let (items, occurrences, today) = doses_today(ctx)?;
    let meds = c.list_medications(true)?;
    let title_of = |medication_id: &str| {
        meds.iter()
            .find(|m| m.id == medication_id)
            .map(title)
            .unwrap_or_default()
    };
    let mut choices: Vec<Choice<Loggable>> = same_minute(&items, &occurrences)
        .into_iter()
        .map(|g| Choice::new(group_label(ctx, &g), Loggable::Group(g.occurrence_ids)))
        .collect();
    choices.extend(
        items
            .into_iter()
            .map(|i| Choice::new(line(&home_menu::label(&i)), Loggable::Dose(i))),
    );
    let today_iso = today.format("%Y-%m-%d").to_string();
    for occ in occurrences {
        if occ.status == Some(DoseStatus::Skipped) && occ.local_date == today_iso {
            let label = ctx.loc.ta(
                "home-dose-skipped-label",
                &Args::new()
                    .text("name", title_of(&occ.medication_id))
                    .text("time", ctx.local_time(occ.at)),
            );
            choices.push(Choice::new(line(&label), Loggable::Skipped(occ)));
        }
    }
    for med in meds {
        if med.status != MedStatus::Active {
            continue;
        }
        let id = if med.as_needed {
            "home-meds-as-needed"
        } else {
            "home-meds-took-by-name"
        };
        let label = ctx.loc.ta(id, &Args::new().text("name", med.name.clone()));
        choices.push(Choice::new(line(&label), Loggable::Medicine(med)));
    }
    if choices.is_empty() {
        return Ok(Some(ctx.loc.t("home-meds-nothing-to-log")));
    }
    match select(&ctx.loc.t("home-meds-pick-dose"), choices)? {
        Loggable::Group(ids) => take_all(ctx, ids),
        Loggable::Dose(item) => log_item(ctx, &item),
        Loggable::Skipped(occ) => {
            // A skipped dose changes only by an explicit undo (the core's rule).
            let undo_it = Choice::new(ctx.loc.t("home-dose-undo"), ());
            select(&ctx.loc.t("home-dose-what"), vec![undo_it])?;
            undo(ctx, occ.id)
        }
        Loggable::Medicine(med) => take_medicine(ctx, &med),
    }
}

fn title(m: &Medication) -> String {
    match &m.dose {
        Some(dose) if !dose.is_empty() => format!("{} {dose}", m.name),
        _ => m.name.clone(),
    }
}

/// Takes every dose of one minute in one step; the core leaves doses already
/// logged as they were.
fn take_all(ctx: &Ctx, occurrence_ids: Vec<String>) -> R<Said> {
    let done = ctx
        .companion
        .log_doses(occurrence_ids, DoseAction::Take { at: None })?;
    Ok(Some(ctx.loc.ta(
        "home-dose-took-all",
        &Args::new().num("count", done.logged.len() as i64),
    )))
}

/// "I took it now": the core logs the dose that is due or just missed. With none,
/// the person is asked before an extra dose is noted.
fn take_medicine(ctx: &Ctx, med: &Medication) -> R<Said> {
    let c = &ctx.companion;
    let taken = match c.take_medication(med.id.clone(), None, false) {
        Ok(t) => t,
        Err(StegvisError::Conflict {
            reason: ConflictReason::NoDoseDue,
        }) => {
            let question = ctx.loc.ta(
                "home-dose-ask-extra",
                &Args::new().text("name", med.name.clone()),
            );
            if !yes_no(ctx, &question)? {
                return Ok(Some(ctx.loc.t("home-dose-no-extra")));
            }
            c.take_medication(med.id.clone(), None, true)?
        }
        Err(e) => return Err(e.into()),
    };
    Ok(Some(match &taken.occurrence {
        Some(occ) => ctx.loc.ta(
            "home-dose-took-planned",
            &Args::new()
                .text("name", med.name.clone())
                .text("time", ctx.local_time(occ.at)),
        ),
        None if taken.extra => ctx.loc.t("home-dose-extra-taken"),
        None => ctx.loc.t("cli-dose-taken"),
    }))
}

/// Brings a dose noted by mistake back to "not noted"; the core puts a taken
/// dose's units back on the count.
fn undo(ctx: &Ctx, occurrence_id: String) -> R<Said> {
    ctx.companion.undo_dose(occurrence_id)?;
    Ok(Some(ctx.loc.t("home-dose-undone")))
}

#[derive(Clone, Copy)]
enum DoseChoice {
    Take,
    TakeAll,
    Skip,
    Snooze(u32),
    Undo,
}

/// What can be done with the dose of a today item: a dose already taken can only
/// be undone (the core refuses to snooze or skip it); one not logged can be taken,
/// skipped or snoozed, or taken with the others of its minute.
pub fn log_item(ctx: &Ctx, item: &TodayItem) -> R<Said> {
    let Some(occurrence) = item.occurrence_id.clone() else {
        return Ok(None);
    };
    println!("{}", ctx.style.bold(&home_menu::label(item)));
    let mut choices = Vec::new();
    let mut group = None;
    if item.kind == TodayItemKind::DoseTaken {
        choices.push(Choice::new(ctx.loc.t("home-dose-undo"), DoseChoice::Undo));
    } else {
        choices.push(Choice::new(ctx.loc.t("home-dose-take"), DoseChoice::Take));
        let (items, occurrences, _) = doses_today(ctx)?;
        group = same_minute(&items, &occurrences)
            .into_iter()
            .find(|g| g.occurrence_ids.contains(&occurrence));
        if let Some(g) = &group {
            choices.push(Choice::new(group_label(ctx, g), DoseChoice::TakeAll));
        }
        choices.push(Choice::new(ctx.loc.t("home-dose-skip"), DoseChoice::Skip));
        for minutes in [10, 30, 60] {
            choices.push(Choice::new(
                ctx.loc
                    .ta("home-dose-snooze", &Args::new().num("minutes", minutes)),
                DoseChoice::Snooze(minutes as u32),
            ));
        }
    }
    let c = &ctx.companion;
    match select(&ctx.loc.t("home-dose-what"), choices)? {
        DoseChoice::Take => {
            c.log_dose(occurrence, DoseAction::Take { at: None })?;
            Ok(Some(ctx.loc.t("cli-dose-taken")))
        }
        DoseChoice::TakeAll => take_all(ctx, group.map(|g| g.occurrence_ids).unwrap_or_default()),
        DoseChoice::Skip => {
            let reason = text(&ctx.loc.t("home-dose-skip-reason"))?;
            let reason = (!reason.trim().is_empty()).then_some(reason);
            c.log_dose(occurrence, DoseAction::Skip { reason })?;
            Ok(Some(ctx.loc.t("cli-dose-skipped")))
        }
        DoseChoice::Snooze(minutes) => {
            let occ = c.log_dose(occurrence, DoseAction::Snooze { minutes })?;
            let time = occ
                .snoozed_until
                .map(|at| ctx.local_time(at))
                .unwrap_or_default();
            Ok(Some(
                ctx.loc
                    .ta("cli-dose-snoozed", &Args::new().text("time", time)),
            ))
        }
        DoseChoice::Undo => undo(ctx, occurrence),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn item(kind: TodayItemKind, title: &str, occ: &str) -> TodayItem {
        TodayItem {
            kind,
            title: title.to_owned(),
            detail: None,
            goal_id: None,
            step_id: None,
            problem_solving_id: None,
            due_date: None,
            medication_id: Some(format!("med-{title}")),
            occurrence_id: Some(occ.to_owned()),
        }
    }

    fn occ(id: &str, hour: u32, status: Option<DoseStatus>) -> Occurrence {
        Occurrence {
            id: id.to_owned(),
            medication_id: "m".into(),
            schedule_id: "s".into(),
            local_date: "2026-11-23".into(),
            slot: format!("{:02}:00", hour + 1),
            at: Utc.with_ymd_and_hms(2026, 11, 23, hour, 0, 0).unwrap(),
            status,
            taken_at: None,
            snoozed_until: None,
            amount: 1,
        }
    }

    #[test]
    fn doses_not_logged_at_the_same_minute_form_one_group() {
        let items = vec![
            item(TodayItemKind::DoseMissed, "A", "a"),
            item(TodayItemKind::DoseMissed, "B", "b"),
            item(TodayItemKind::DoseTaken, "C", "c"),
            item(TodayItemKind::DoseDue, "D", "d"),
        ];
        let occs = vec![
            occ("a", 7, None),
            occ("b", 7, None),
            occ("c", 7, Some(DoseStatus::Taken)),
            occ("d", 20, None),
        ];
        let groups = same_minute(&items, &occs);
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(groups[0].titles, ["A", "B"]);
        assert_eq!(groups[0].occurrence_ids, ["a", "b"]);
    }

    #[test]
    fn a_single_dose_makes_no_group() {
        let items = vec![item(TodayItemKind::DoseDue, "A", "a")];
        assert!(same_minute(&items, &[occ("a", 7, None)]).is_empty());
    }
}
