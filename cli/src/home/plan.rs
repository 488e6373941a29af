//! The relapse-prevention plan in the home: read it, change any section (add,
//! change, remove, reorder), and read earlier versions. Items are picked by their
//! text; numbers for the core are taken from the picked item, never typed.

use stegvis_core::l10n::Args;
use stegvis_core::{
    ContactKind, PlanBlock, PlanEdit, PlanItem, PlanSection, PlanSectionView, PlanView,
};

use super::{pause, select, submenu, text, text_with, Choice, Flow, Said, R};
use crate::context::Ctx;

#[derive(Clone, Copy)]
enum Action {
    Read,
    Edit,
    History,
}

pub fn menu(ctx: &Ctx) -> R<Said> {
    let action = submenu(
        ctx,
        "home-area-plan",
        &[
            (Action::Read, "home-plan-read"),
            (Action::Edit, "home-plan-edit"),
            (Action::History, "home-plan-history"),
        ],
    )?;
    match action {
        Action::Read => show_current(ctx),
        Action::Edit => edit(ctx),
        Action::History => history(ctx),
    }
}

/// The plan at the moment it is needed: the today view's block (what rose, the
/// plan's own actions, whom to contact and how, the crisis line), then the offer to
/// open the whole plan. Without a block, the plan itself.
pub fn prompt(ctx: &Ctx) -> R<Said> {
    let Some(block) = ctx.companion.today()?.plan_block else {
        return show_current(ctx);
    };
    super::clear();
    draw_block(ctx, &block);
    println!();
    if super::yes_no(ctx, &ctx.loc.t("home-plan-open-whole"))? {
        show_current(ctx)
    } else {
        Ok(None)
    }
}

/// Wrapped lines with an indent, so the block fits 80 columns.
fn indented(indent: &str, text: &str) {
    for line in super::fit::wrap(text, super::fit::WIDTH - indent.len()) {
        println!("{indent}{line}");
    }
}

fn draw_block(ctx: &Ctx, block: &PlanBlock) {
    println!("{}", ctx.style.bold(&block.headline));
    for rule in &block.rules {
        let line = ctx
            .loc
            .ta("today-prompt-rule", &Args::new().text("rule", rule.clone()));
        super::say_dim(ctx, &line);
    }
    println!();
    println!("{}", ctx.style.bold(&block.actions_title));
    for action in &block.actions {
        indented("  ", &format!("• {action}"));
    }
    if let Some(none) = &block.no_actions_text {
        super::say_dim(ctx, none);
    }
    if !block.contacts.is_empty() {
        println!();
        println!("{}", ctx.style.bold(&block.contacts_title));
        for contact in &block.contacts {
            indented("  ", &format!("• {}", contact.text));
        }
    }
    println!();
    println!("{}", ctx.style.bold(&block.crisis_title));
    for line in &block.crisis {
        indented("  ", &format!("• {}", line.text));
    }
    indented("  ", &block.crisis_text);
}

pub fn show_current(ctx: &Ctx) -> R<Said> {
    let view = ctx.companion.plan_view()?;
    show(ctx, &view)?;
    Ok(None)
}

/// The plan as people read it: titles, items and details; no section keys.
fn show(ctx: &Ctx, view: &PlanView) -> R<()> {
    super::clear();
    println!("{}", ctx.style.bold(&view.title));
    println!("{}", ctx.style.dim(&view.saved_label));
    println!();
    // Empty sections take one line each, so a short plan fits one screen.
    for section in &view.sections {
        if section.items.is_empty() {
            println!(
                "{} {}",
                section.title,
                ctx.style
                    .dim(&format!("· {}", ctx.loc.t("plan-empty-section")))
            );
            continue;
        }
        println!();
        println!("{}", ctx.style.bold(&section.title));
        for item in &section.items {
            println!("  • {}", item.text);
            if let Some(detail) = &item.detail {
                println!("    {}", ctx.style.dim(detail));
            }
        }
    }
    if !view.rules.is_empty() {
        println!();
        println!("{}", ctx.style.bold(&ctx.loc.t("plan-rules-title")));
        for rule in &view.rules {
            println!("  • {}", rule.description);
        }
    }
    pause(ctx)
}

fn history(ctx: &Ctx) -> R<Said> {
    let versions = ctx.companion.plan_history()?;
    if versions.is_empty() {
        return Ok(Some(ctx.loc.t("plan-no-history")));
    }
    let choices = versions
        .into_iter()
        .rev()
        .map(|v| {
            let label = format!("{} · {}", v.saved_label, v.label);
            Choice::new(label, v.version)
        })
        .collect();
    let version = select(&ctx.loc.t("home-plan-pick-version"), choices)?;
    let view = ctx.companion.plan_version(version)?;
    show(ctx, &view)?;
    Ok(None)
}

#[derive(Clone, Copy)]
enum Change {
    Add,
    Replace,
    Remove,
    Move,
}

/// One change to one section, saved as a new version of the plan.
fn edit(ctx: &Ctx) -> R<Said> {
    let view = ctx.companion.plan_view()?;
    let choices = view
        .sections
        .iter()
        .map(|s| {
            let label = ctx.loc.ta(
                "home-plan-section-count",
                &Args::new()
                    .text("section", s.title.clone())
                    .num("count", s.items.len() as i64),
            );
            Choice::new(label, s.section)
        })
        .collect();
    let section = select(&ctx.loc.t("home-plan-pick-section"), choices)?;
    let Some(current) = view.sections.into_iter().find(|s| s.section == section) else {
        return Err(Flow::Back);
    };
    let mut changes = vec![(Change::Add, "home-plan-add")];
    if !current.items.is_empty() {
        changes.push((Change::Replace, "home-plan-replace"));
        changes.push((Change::Remove, "home-plan-remove"));
    }
    if current.items.len() > 1 {
        changes.push((Change::Move, "home-plan-move"));
    }
    println!("{}", ctx.style.dim(&current.hint));
    let change = submenu(ctx, "home-plan-what", &changes)?;
    let edit = match change {
        Change::Add => PlanEdit::AddItem {
            section,
            item: ask_item(ctx, section, None)?,
        },
        Change::Replace => {
            let number = pick_item(ctx, &current, "home-plan-pick-item")?;
            let old = current
                .items
                .iter()
                .find(|i| i.number == number)
                .map(|i| i.item.clone());
            PlanEdit::ReplaceItem {
                section,
                number,
                item: ask_item(ctx, section, old)?,
            }
        }
        Change::Remove => PlanEdit::RemoveItem {
            section,
            number: pick_item(ctx, &current, "home-plan-pick-item")?,
        },
        Change::Move => {
            let number = pick_item(ctx, &current, "home-plan-pick-move")?;
            let places = (1..=current.items.len() as u32)
                .filter(|p| *p != number)
                .map(|p| {
                    Choice::new(
                        ctx.loc
                            .ta("home-plan-place", &Args::new().num("place", p.into())),
                        p,
                    )
                })
                .collect();
            let to = select(&ctx.loc.t("home-plan-pick-place"), places)?;
            PlanEdit::MoveItem {
                section,
                number,
                to,
            }
        }
    };
    ctx.companion.edit_plan(vec![edit])?;
    Ok(Some(ctx.loc.t("plan-saved")))
}

fn pick_item(ctx: &Ctx, section: &PlanSectionView, prompt_id: &str) -> R<u32> {
    let choices = section
        .items
        .iter()
        .map(|i| {
            let label = match &i.detail {
                Some(d) => format!("{} · {d}", i.text),
                None => i.text.clone(),
            };
            Choice::new(label, i.number)
        })
        .collect();
    select(&ctx.loc.t(prompt_id), choices)
}

fn ask_text(prompt: &str, old: Option<&str>) -> R<String> {
    match old {
        Some(o) if !o.is_empty() => text_with(prompt, o),
        _ => text(prompt),
    }
}

/// The fields a section's item needs, asked in words; `old` fills the answers in
/// when changing an item.
fn ask_item(ctx: &Ctx, section: PlanSection, old: Option<PlanItem>) -> R<PlanItem> {
    let old = old.unwrap_or_default();
    match section {
        PlanSection::Signs => {
            let signs = ctx.companion.list_signs(false)?;
            if signs.is_empty() {
                println!("{}", ctx.loc.t("home-checkin-no-signs"));
                return Err(Flow::Back);
            }
            let choices = signs
                .into_iter()
                .map(|s| Choice::new(s.name, s.id))
                .collect();
            let sign_id = select(&ctx.loc.t("home-plan-pick-sign"), choices)?;
            Ok(PlanItem {
                sign_id: Some(sign_id),
                ..Default::default()
            })
        }
        PlanSection::SupporterActions => {
            let supporter = ask_text(
                &ctx.loc.t("home-plan-ask-supporter"),
                old.supporter.as_deref(),
            )?;
            let text = ask_text(
                &ctx.loc.t("home-plan-ask-supporter-action"),
                Some(&old.text),
            )?;
            Ok(PlanItem {
                text,
                supporter: Some(supporter),
                ..Default::default()
            })
        }
        PlanSection::Contacts => {
            let name = ask_text(&ctx.loc.t("home-plan-ask-contact-name"), Some(&old.text))?;
            let reach = ask_text(
                &ctx.loc.t("home-plan-ask-contact-reach"),
                old.reach.as_deref(),
            )?;
            let kinds = ContactKind::ALL
                .into_iter()
                .map(|k| Choice::new(ctx.loc.t(&format!("contact-kind-{}", k.key())), k))
                .collect();
            let kind = select(&ctx.loc.t("home-plan-ask-contact-kind"), kinds)?;
            Ok(PlanItem {
                text: name,
                reach: Some(reach),
                contact_kind: Some(kind),
                ..Default::default()
            })
        }
        _ => {
            let text = ask_text(&ctx.loc.t("home-plan-ask-text"), Some(&old.text))?;
            Ok(PlanItem {
                text,
                ..Default::default()
            })
        }
    }
}
