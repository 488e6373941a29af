//! Sharing in the home: my code (with the QR code), pairing, checking the digits,
//! choosing what to share and for how long, sending, stopping, taking in a file,
//! plans shared with me, and what happened. People pick names, never ids.

use stegvis_core::l10n::Args;
use stegvis_core::{Field, InvalidReason, ShareContactView, StegvisError};

use super::{fit, Choice, Flow, Said, R};
use super::{pause, say, say_dim, select, submenu, text, text_with, until_accepted, yes_no};
use crate::context::Ctx;
use crate::sharing;

#[derive(Clone, Copy)]
enum Action {
    MyCode,
    Pair,
    Confirm,
    Grant,
    Send,
    Withdraw,
    Receive,
    Plans,
    List,
    Audit,
}

const ACTIONS: [(Action, &str); 10] = [
    (Action::MyCode, "home-sharing-my-code"),
    (Action::Pair, "home-sharing-pair"),
    (Action::Confirm, "home-sharing-confirm"),
    (Action::Grant, "home-sharing-grant"),
    (Action::Send, "home-sharing-send"),
    (Action::Withdraw, "home-sharing-withdraw"),
    (Action::Receive, "home-sharing-receive"),
    (Action::Plans, "home-sharing-plans"),
    (Action::List, "home-sharing-list"),
    (Action::Audit, "home-sharing-audit"),
];

pub fn menu(ctx: &Ctx) -> R<Said> {
    match submenu(ctx, "home-area-sharing", &ACTIONS)? {
        Action::MyCode => my_code(ctx),
        Action::Pair => pair(ctx),
        Action::Confirm => confirm(ctx),
        Action::Grant => grant(ctx),
        Action::Send => send(ctx),
        Action::Withdraw => withdraw(ctx),
        Action::Receive => receive(ctx),
        Action::Plans => plans(ctx),
        Action::List => {
            sharing::share(ctx, sharing::ShareCmd::List)?;
            pause(ctx)?;
            Ok(None)
        }
        Action::Audit => {
            sharing::audit(ctx)?;
            pause(ctx)?;
            Ok(None)
        }
    }
}

fn my_code(ctx: &Ctx) -> R<Said> {
    let code = ctx.companion.share_pair_code()?;
    // The QR is drawn only where it fits: a wrapped QR scans as nothing.
    let columns = crossterm::terminal::size().map_or(fit::WIDTH, |(c, _)| usize::from(c));
    let fits = sharing::qr_lines(&code.qr)
        .first()
        .is_some_and(|line| line.chars().count() <= columns);
    sharing::pair_code(ctx, &code, fits);
    if !fits {
        println!("{}", ctx.loc.t("home-sharing-qr-too-wide"));
    }
    pause(ctx)?;
    Ok(None)
}

fn pair(ctx: &Ctx) -> R<Said> {
    let name = text(&ctx.loc.t("home-sharing-ask-name"))?;
    let name = Some(name).filter(|n| !n.trim().is_empty());
    // A mistyped or cut-off code is explained and asked for again.
    let paired = until_accepted(ctx, Field::PairingCode, || {
        let code = text(&ctx.loc.t("home-sharing-ask-code"))?;
        Ok(ctx.companion.share_pair(code, name.clone()))
    })?;
    say(&paired.compare_text);
    if yes_no(
        ctx,
        &ctx.loc.ta(
            "home-sharing-digits-match",
            &Args::new()
                .text("name", paired.name.clone())
                .text("digits", paired.fingerprint.clone()),
        ),
    )? {
        let contact = ctx.companion.share_confirm(paired.contact_id)?;
        return Ok(Some(confirmed(ctx, &contact)));
    }
    Ok(Some(ctx.loc.t("home-sharing-not-confirmed")))
}

fn confirmed(ctx: &Ctx, contact: &ShareContactView) -> String {
    ctx.loc.ta(
        "cli-share-confirmed",
        &Args::new().text("name", contact.name.clone()),
    )
}

/// Picks one of the people `keep` allows; nobody to pick says so and goes back.
fn pick(ctx: &Ctx, keep: impl Fn(&ShareContactView) -> bool) -> R<ShareContactView> {
    let contacts: Vec<_> = ctx
        .companion
        .sharing()?
        .contacts
        .into_iter()
        .filter(|c| keep(c))
        .collect();
    if contacts.is_empty() {
        say(&ctx.loc.t("home-sharing-nobody"));
        pause(ctx)?;
        return Err(Flow::Back);
    }
    let choices = contacts
        .into_iter()
        .map(|c| Choice::new(format!("{} · {}", c.name, c.status_label), c))
        .collect();
    select(&ctx.loc.t("home-sharing-pick"), choices)
}

fn confirm(ctx: &Ctx) -> R<Said> {
    let contact = pick(ctx, |c| !c.confirmed)?;
    let asked = ctx.loc.ta(
        "home-sharing-digits-match",
        &Args::new()
            .text("name", contact.name.clone())
            .text("digits", contact.fingerprint.clone()),
    );
    if !yes_no(ctx, &asked)? {
        return Ok(Some(ctx.loc.t("home-sharing-not-confirmed")));
    }
    let contact = ctx.companion.share_confirm(contact.id)?;
    Ok(Some(confirmed(ctx, &contact)))
}

/// Sections by number from the list shown, then how long, then the exact consent
/// text to agree to; only a yes saves.
fn grant(ctx: &Ctx) -> R<Said> {
    let contact = pick(ctx, |c| c.confirmed)?;
    let view = ctx.companion.sharing()?;
    for (n, choice) in view.section_choices.iter().enumerate() {
        println!("  {}. {}", n + 1, choice.title);
        say_dim(ctx, &format!("     {}", choice.hint));
    }
    let keys: Vec<&str> = view
        .section_choices
        .iter()
        .map(|c| c.key.as_str())
        .collect();
    let sections = until_accepted(ctx, Field::Sections, || {
        let typed = text(&ctx.loc.t("home-sharing-ask-sections"))?;
        Ok(by_number(&typed, &keys))
    })?;
    let choices = ctx
        .companion
        .share_until_choices()?
        .into_iter()
        .map(|c| Choice::new(c.label, c.until))
        .collect();
    let until = select(&ctx.loc.t("home-sharing-ask-until"), choices)?;
    let words =
        ctx.companion
            .share_consent_text(contact.id.clone(), sections.clone(), until.clone())?;
    println!();
    say(&words);
    println!();
    if !yes_no(ctx, &ctx.loc.t("home-sharing-agree"))? {
        return Err(Flow::Back);
    }
    let consent = ctx.companion.share_grant(contact.id, sections, until)?;
    Ok(Some(ctx.loc.ta(
        "cli-share-granted",
        &Args::new().text("name", consent.contact_name),
    )))
}

/// "2,4" → the second and fourth sections; a number not in the list is refused.
fn by_number(typed: &str, keys: &[&str]) -> Result<Vec<stegvis_core::PlanSection>, StegvisError> {
    let mut chosen = Vec::new();
    for part in typed.split([',', ' ']).filter(|p| !p.trim().is_empty()) {
        let key = part
            .trim()
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| keys.get(i))
            .ok_or(StegvisError::InvalidInput {
                field: Field::Sections,
                reason: InvalidReason::Unknown,
            })?;
        chosen.push(*key);
    }
    stegvis_core::parse_plan_sections(&chosen.join(","))
}

/// A file name to offer: the person's name in it, nothing else.
fn default_file(name: &str) -> String {
    let name: String = name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    format!("stegvis-{}.stegvis", name.to_lowercase())
}

fn ask_out(ctx: &Ctx, name: &str) -> R<std::path::PathBuf> {
    let path = text_with(&ctx.loc.t("home-sharing-ask-out"), &default_file(name))?;
    if path.trim().is_empty() {
        return Err(Flow::Back);
    }
    Ok(path.trim().into())
}

fn send(ctx: &Ctx) -> R<Said> {
    let contact = pick(ctx, |c| c.consent.is_some())?;
    let out = ask_out(ctx, &contact.name)?;
    sharing::writable(&out)?;
    let bytes = ctx.companion.share_send(contact.id.clone())?;
    let written = sharing::write(&out, &bytes, contact.id)?;
    Ok(Some(
        ctx.loc.ta(
            "cli-share-sent",
            &Args::new()
                .text("name", contact.name)
                .text("path", written.path),
        ),
    ))
}

fn withdraw(ctx: &Ctx) -> R<Said> {
    let contact = pick(ctx, |c| c.consent.is_some())?;
    let sure = ctx.loc.ta(
        "home-sharing-withdraw-sure",
        &Args::new().text("name", contact.name.clone()),
    );
    if !yes_no(ctx, &sure)? {
        return Err(Flow::Back);
    }
    let out = ask_out(ctx, &contact.name)?;
    sharing::writable(&out)?;
    let bytes = ctx.companion.share_withdraw(contact.id.clone())?;
    let written = sharing::write(&out, &bytes, contact.id)?;
    Ok(Some(
        ctx.loc.ta(
            "cli-share-withdrawn",
            &Args::new()
                .text("name", contact.name)
                .text("path", written.path),
        ),
    ))
}

fn receive(ctx: &Ctx) -> R<Said> {
    let path = text(&ctx.loc.t("home-sharing-ask-in"))?;
    if path.trim().is_empty() {
        return Err(Flow::Back);
    }
    let bytes = sharing::read(std::path::Path::new(path.trim()))?;
    Ok(Some(ctx.companion.share_receive(bytes)?.text))
}

/// Each plan read-only; from there it can be removed.
fn plans(ctx: &Ctx) -> R<Said> {
    let plans = ctx.companion.supporter_plans()?;
    if plans.is_empty() {
        say(&ctx.loc.t("cli-supporter-none"));
        pause(ctx)?;
        return Ok(None);
    }
    let choices = plans
        .into_iter()
        .map(|p| Choice::new(format!("{} · {}", p.title, p.expires_label), p))
        .collect();
    let plan = select(&ctx.loc.t("home-sharing-plans"), choices)?;
    super::clear();
    sharing::supporter_plan(ctx, &plan);
    println!();
    let remove = select(
        &plan.title,
        vec![
            Choice::new(ctx.loc.t("home-sharing-back"), false),
            Choice::new(ctx.loc.t("home-sharing-remove"), true),
        ],
    )?;
    if !remove {
        return Ok(None);
    }
    ctx.companion.remove_shared_copy(plan.contact_id)?;
    Ok(Some(ctx.loc.ta(
        "cli-supporter-removed",
        &Args::new().text("name", plan.from_name),
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use stegvis_core::PlanSection;

    #[test]
    fn sections_are_chosen_by_their_numbers() {
        let keys = PlanSection::ALL.map(PlanSection::key);
        assert_eq!(
            by_number("4, 5", &keys).unwrap(),
            [PlanSection::SupporterActions, PlanSection::Contacts]
        );
        for bad in ["0", "8", "two", ""] {
            assert!(
                matches!(
                    by_number(bad, &keys),
                    Err(StegvisError::InvalidInput {
                        field: Field::Sections,
                        ..
                    })
                ),
                "{bad:?}"
            );
        }
    }
}
