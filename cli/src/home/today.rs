//! Today's items as a list to act on: pick one, and its action follows from its kind
//! (the item carries the ids the action needs, so nobody types one).

use stegvis_core::{TodayItem, TodayItemKind};

use super::{doses, goals, meds, menu, plan, select, signs, submenu, Choice, Said, R};
use crate::context::Ctx;

pub fn menu(ctx: &Ctx) -> R<Said> {
    let view = ctx.companion.today()?;
    let items = menu::ordered(&view);
    if items.is_empty() {
        return Ok(view.empty_text);
    }
    let choices = items
        .into_iter()
        .map(|i| Choice::new(super::fit::clip(&menu::label(&i), 76), i))
        .collect();
    let item = select(&ctx.loc.t("home-today-pick"), choices)?;
    act(ctx, item)
}

#[derive(Clone, Copy)]
enum StepAction {
    Done,
    Date,
    Solve,
}

/// What picking an item of today does.
pub fn act(ctx: &Ctx, item: TodayItem) -> R<Said> {
    match item.kind {
        TodayItemKind::CheckinDue => signs::checkin(ctx),
        TodayItemKind::PlanPrompt => plan::prompt(ctx),
        TodayItemKind::DoseDue | TodayItemKind::DoseMissed | TodayItemKind::DoseTaken => {
            doses::log_item(ctx, &item)
        }
        TodayItemKind::Refill => match item.medication_id {
            Some(id) => meds::update_count(ctx, id),
            None => Ok(None),
        },
        TodayItemKind::FollowUp => match item.problem_solving_id {
            Some(id) => goals::look_back(ctx, id),
            None => Ok(None),
        },
        TodayItemKind::StalledStep => goals::solve_flow(ctx, item.step_id),
        TodayItemKind::ScaleDue => crate::scale::rate_from_home(ctx),
        TodayItemKind::StepDue | TodayItemKind::StepOverdue | TodayItemKind::NextStep => {
            let Some(step_id) = item.step_id else {
                return Ok(None);
            };
            let action = submenu(
                ctx,
                "home-step-what",
                &[
                    (StepAction::Done, "home-step-done"),
                    (StepAction::Date, "home-step-date"),
                    (StepAction::Solve, "cli-menu-solve"),
                ],
            )?;
            match action {
                StepAction::Done => goals::complete(ctx, step_id),
                StepAction::Date => goals::change_due(ctx, step_id),
                StepAction::Solve => goals::solve_flow(ctx, Some(step_id)),
            }
        }
    }
}
