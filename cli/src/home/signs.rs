//! Signs and the check-in in the home: the check-in, choosing signs from the catalog
//! (several at once) or writing one, taking one off the list, and reading past
//! check-ins day by day.

use stegvis_core::l10n::Args;
use stegvis_core::{CheckinDay, Field, NewSign};

use super::{multi, pause, select, submenu, yes_no, Choice, Flow, Said, R};
use crate::checkin_prompt::{self, Outcome};
use crate::context::Ctx;

#[derive(Clone, Copy)]
enum Action {
    Checkin,
    Catalog,
    Own,
    History,
    Retire,
}

/// How far back the home looks for past check-ins.
const HISTORY_WEEKS: u32 = 4;

pub fn menu(ctx: &Ctx) -> R<Said> {
    let action = submenu(
        ctx,
        "home-area-signs",
        &[
            (Action::Checkin, "home-signs-checkin"),
            (Action::History, "home-signs-history"),
            (Action::Catalog, "home-signs-catalog"),
            (Action::Own, "home-signs-own"),
            (Action::Retire, "home-signs-retire"),
        ],
    )?;
    match action {
        Action::Checkin => checkin(ctx),
        Action::Catalog => choose_from_catalog(ctx),
        Action::Own => write_sign(ctx),
        Action::History => history(ctx),
        Action::Retire => retire(ctx),
    }
}

pub fn checkin(ctx: &Ctx) -> R<Said> {
    super::clear();
    match checkin_prompt::form(ctx, None)? {
        Outcome::Saved => Ok(Some(ctx.loc.t("checkin-saved"))),
        Outcome::Left => Err(Flow::Back),
        Outcome::Interrupted => Err(Flow::Interrupt),
    }
}

/// Several signs from the catalog at once; those already on the list are left out.
pub fn choose_from_catalog(ctx: &Ctx) -> R<Said> {
    let c = &ctx.companion;
    let have: Vec<String> = c
        .list_signs(false)?
        .into_iter()
        .filter_map(|s| s.catalog_key)
        .collect();
    let choices: Vec<Choice<String>> = c
        .sign_catalog()?
        .into_iter()
        .filter(|s| !have.contains(&s.key))
        .map(|s| Choice::new(s.name, s.key))
        .collect();
    if choices.is_empty() {
        return Ok(Some(ctx.loc.t("home-signs-all-chosen")));
    }
    let keys = multi(ctx, &ctx.loc.t("home-signs-pick"), choices)?;
    if keys.is_empty() {
        return Err(Flow::Back);
    }
    let count = keys.len();
    for key in keys {
        c.add_sign(NewSign {
            catalog_key: Some(key),
            text: None,
            noticed_by_others: false,
        })?;
    }
    Ok(Some(ctx.loc.ta(
        "home-signs-added",
        &Args::new().num("count", count as i64),
    )))
}

fn write_sign(ctx: &Ctx) -> R<Said> {
    let text = super::required_text(ctx, &ctx.loc.t("home-signs-own-text"), Field::SignText)?;
    let others = yes_no(ctx, &ctx.loc.t("home-signs-own-others"))?;
    ctx.companion.add_sign(NewSign {
        catalog_key: None,
        text: Some(text),
        noticed_by_others: others,
    })?;
    Ok(Some(ctx.loc.t("cli-sign-added")))
}

fn retire(ctx: &Ctx) -> R<Said> {
    let signs = ctx.companion.list_signs(false)?;
    if signs.is_empty() {
        return Ok(Some(ctx.loc.t("home-checkin-no-signs")));
    }
    let choices = signs
        .into_iter()
        .map(|s| Choice::new(s.name, s.id))
        .collect();
    let id = select(&ctx.loc.t("home-signs-retire-pick"), choices)?;
    ctx.companion.retire_sign(id)?;
    Ok(Some(ctx.loc.t("cli-sign-retired")))
}

/// Days with a check-in in the last weeks, newest first, as the core reads them
/// back; pick one to read it.
fn history(ctx: &Ctx) -> R<Said> {
    let history = ctx.companion.checkin_history(HISTORY_WEEKS)?;
    if history.days.is_empty() {
        return Ok(Some(
            history
                .empty_text
                .unwrap_or_else(|| ctx.loc.t("home-history-none")),
        ));
    }
    let days = history
        .days
        .into_iter()
        .map(|day| Choice::new(day.date_label.clone(), day))
        .collect();
    let day = select(&ctx.loc.t("home-history-pick"), days)?;
    show_day(ctx, &day)?;
    Ok(None)
}

/// One day's check-in: each sign with its rating in words, the sleep and the note.
fn show_day(ctx: &Ctx, day: &CheckinDay) -> R<()> {
    super::clear();
    println!(
        "{}",
        ctx.style.bold(&ctx.loc.ta(
            "checkin-title",
            &Args::new().text("date", day.date_label.clone())
        ))
    );
    println!();
    for rated in &day.ratings {
        println!(
            "  {}: {} {}",
            rated.name,
            rated.value,
            ctx.style.dim(&rated.value_label)
        );
    }
    if let Some(sleep) = &day.sleep_label {
        println!();
        println!("  {sleep}");
    }
    if let Some(note) = day.note.as_ref().filter(|n| !n.trim().is_empty()) {
        println!();
        println!("  {}", ctx.loc.t("home-history-note"));
        println!("  {note}");
    }
    if let Some(empty) = &day.empty_text {
        println!("  {empty}");
    }
    pause(ctx)
}
