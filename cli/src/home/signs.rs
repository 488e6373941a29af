//! Signs and the check-in in the home: the check-in, choosing signs from the catalog
//! (several at once) or writing one, taking one off the list, and reading past
//! check-ins day by day.

use chrono::{Duration, NaiveDate};
use stegvis_core::l10n::Args;
use stegvis_core::{Field, NewSign};

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
const HISTORY_DAYS: i64 = 28;

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

/// Days with a check-in in the last weeks, newest first; pick one to read it.
fn history(ctx: &Ctx) -> R<Said> {
    let c = &ctx.companion;
    let today = NaiveDate::parse_from_str(&c.today()?.date, "%Y-%m-%d")
        .map_err(|_| Flow::Fail(crate::failure::Failure::Io))?;
    let mut days = Vec::new();
    for back in 0..HISTORY_DAYS {
        let date = today - Duration::days(back);
        if let Some(checkin) = c.checkin(date.format("%Y-%m-%d").to_string())? {
            days.push(Choice::new(ctx.loc.date_near(date, today), checkin));
        }
    }
    if days.is_empty() {
        return Ok(Some(ctx.loc.t("home-history-none")));
    }
    let checkin = select(&ctx.loc.t("home-history-pick"), days)?;
    let scale = c.checkin_form(None)?.scale;
    super::clear();
    println!(
        "{}",
        ctx.style.bold(&ctx.loc.ta(
            "checkin-title",
            &Args::new().text("date", super::read_date(ctx, &checkin.date))
        ))
    );
    println!();
    for rated in &checkin.ratings {
        let word = scale
            .get(usize::from(rated.value))
            .cloned()
            .unwrap_or_default();
        println!("  {}: {} {}", rated.name, rated.value, ctx.style.dim(&word));
    }
    if let Some(hours) = checkin.sleep_hours {
        println!();
        println!(
            "  {}",
            ctx.loc.ta(
                "home-history-sleep",
                &Args::new().text("hours", hours_text(ctx, hours))
            )
        );
    }
    if let Some(note) = checkin.note.as_ref().filter(|n| !n.trim().is_empty()) {
        println!();
        println!("  {}", ctx.loc.t("home-history-note"));
        println!("  {note}");
    }
    pause(ctx)?;
    Ok(None)
}

/// Hours as people write them: "7", "6.5", or "6,5" where a comma is the decimal mark.
fn hours_text(ctx: &Ctx, hours: f64) -> String {
    let text = format!("{hours}");
    match ctx.loc.lang() {
        stegvis_core::Lang::En => text,
        _ => text.replace('.', ","),
    }
}
