//! `stegvis plan ...`: show, edit, history and rules of the relapse-prevention plan.

use stegvis_core::{
    ContactKind, Field, InvalidReason, PlanEdit, PlanItem, PlanSection, PlanView, Rule,
    StegvisError,
};

use crate::context::Ctx;
use crate::failure::Failure;
use crate::output;

#[derive(Debug, clap::Subcommand)]
pub enum PlanCmd {
    /// Show the plan (the current version, or --version N).
    Show {
        #[arg(long)]
        version: Option<u32>,
    },
    /// Change one section: triggers, signs, actions, supporter-actions, contacts,
    /// what-helped, preferences. Every change is kept as a new version.
    Edit(PlanEditArgs),
    /// Earlier versions of the plan.
    History,
    /// Your rules: list them, or add or remove one.
    Rules {
        #[command(subcommand)]
        action: Option<RulesCmd>,
    },
}

#[derive(Debug, clap::Args)]
pub struct PlanEditArgs {
    /// The section's key.
    pub section: String,
    /// Add an item with this text (for contacts: the name).
    #[arg(long, conflicts_with_all = ["remove", "replace", "move_item"])]
    pub add: Option<String>,
    /// Remove item number N.
    #[arg(long, value_name = "N")]
    pub remove: Option<u32>,
    /// Replace item number N with --text (and the other item options).
    #[arg(long, value_name = "N", requires = "text")]
    pub replace: Option<u32>,
    /// New text for --replace.
    #[arg(long)]
    pub text: Option<String>,
    /// Move item number N to --to.
    #[arg(long = "move", value_name = "N", requires = "to")]
    pub move_item: Option<u32>,
    #[arg(long, value_name = "M")]
    pub to: Option<u32>,
    /// supporter-actions: who the action is for.
    #[arg(long)]
    pub supporter: Option<String>,
    /// contacts: how to reach them (a phone number, an address).
    #[arg(long)]
    pub reach: Option<String>,
    /// contacts: supporter, clinic, crisis-line or other.
    #[arg(long)]
    pub kind: Option<String>,
    /// signs: the id of one of your signs to add to the plan.
    #[arg(long)]
    pub sign: Option<String>,
}

#[derive(Debug, clap::Subcommand)]
pub enum RulesCmd {
    /// Add a rule: --signs ID,ID --at-least 2 --count 2 --days 2, or
    /// --sleep-under 5 --times 2 --within 7.
    Add {
        #[arg(long, value_delimiter = ',', conflicts_with = "sleep_under")]
        signs: Vec<String>,
        /// The level a sign must reach (1-3).
        #[arg(long, default_value_t = 2)]
        at_least: u8,
        /// How many of the signs (sign rule) or nights (sleep rule).
        #[arg(long)]
        count: Option<u32>,
        /// Days in a row (sign rule).
        #[arg(long, default_value_t = 2)]
        days: u32,
        /// Hours of sleep to stay above (sleep rule).
        #[arg(long)]
        sleep_under: Option<f64>,
        /// Nights under that many hours (sleep rule).
        #[arg(long)]
        times: Option<u32>,
        /// Days the sleep rule looks back over.
        #[arg(long, default_value_t = 7)]
        within: u32,
    },
    /// Remove rule number N.
    Remove { number: u32 },
}

fn invalid(field: Field, reason: InvalidReason) -> Failure {
    Failure::Core(StegvisError::InvalidInput { field, reason })
}

fn show(ctx: &Ctx, view: &PlanView) -> Result<(), Failure> {
    if ctx.json {
        return output::json(view);
    }
    println!("{}", ctx.style.bold(&view.title));
    println!("{}", ctx.style.dim(&view.saved_label));
    for section in &view.sections {
        println!();
        println!("{}", ctx.style.bold(&section.title));
        if section.items.is_empty() {
            println!("  {}", ctx.style.dim(&section.hint));
        }
        for item in &section.items {
            println!("  {}. {}", item.number, item.text);
            if let Some(detail) = &item.detail {
                println!("     {}", ctx.style.dim(detail));
            }
        }
    }
    println!();
    println!("{}", ctx.style.bold(&ctx.loc.t("plan-rules-title")));
    if view.rules.is_empty() {
        println!("  {}", ctx.style.dim(&ctx.loc.t("plan-rules-hint")));
    }
    for rule in &view.rules {
        println!("  {}. {}", rule.number, rule.description);
    }
    Ok(())
}

fn section(key: &str) -> Result<PlanSection, Failure> {
    PlanSection::from_key(key).ok_or_else(|| invalid(Field::PlanSection, InvalidReason::Unknown))
}

fn item(args: &PlanEditArgs, text: Option<String>) -> Result<PlanItem, Failure> {
    let contact_kind = match args.kind.as_deref() {
        None => None,
        Some(k) => Some(
            ContactKind::from_key(k)
                .ok_or_else(|| invalid(Field::ContactKind, InvalidReason::Unknown))?,
        ),
    };
    Ok(PlanItem {
        text: text.unwrap_or_default(),
        supporter: args.supporter.clone(),
        reach: args.reach.clone(),
        contact_kind,
        sign_id: args.sign.clone(),
    })
}

fn edit(args: &PlanEditArgs) -> Result<PlanEdit, Failure> {
    let section = section(&args.section)?;
    if let Some(number) = args.remove {
        return Ok(PlanEdit::RemoveItem { section, number });
    }
    if let (Some(number), Some(to)) = (args.move_item, args.to) {
        return Ok(PlanEdit::MoveItem {
            section,
            number,
            to,
        });
    }
    if let Some(number) = args.replace {
        return Ok(PlanEdit::ReplaceItem {
            section,
            number,
            item: item(args, args.text.clone())?,
        });
    }
    if args.add.is_some() || args.sign.is_some() {
        return Ok(PlanEdit::AddItem {
            section,
            item: item(args, args.add.clone())?,
        });
    }
    Err(invalid(Field::PlanItemText, InvalidReason::Empty))
}

fn rule(cmd: RulesCmd) -> Result<PlanEdit, Failure> {
    match cmd {
        RulesCmd::Remove { number } => Ok(PlanEdit::RemoveRule { number }),
        RulesCmd::Add {
            signs,
            at_least,
            count,
            days,
            sleep_under,
            times,
            within,
        } => Ok(PlanEdit::AddRule {
            rule: match sleep_under {
                Some(hours) => Rule::SleepBelow {
                    hours,
                    times: times.or(count).unwrap_or(2),
                    within_days: within,
                },
                None => Rule::SignsAtLeast {
                    min_signs: count.unwrap_or(if signs.len() > 1 { 2 } else { 1 }),
                    sign_ids: signs,
                    threshold: at_least,
                    days,
                },
            },
        }),
    }
}

pub fn plan(ctx: &Ctx, cmd: PlanCmd) -> Result<(), Failure> {
    let c = &ctx.companion;
    match cmd {
        PlanCmd::Show { version: None } => show(ctx, &c.plan_view()?),
        PlanCmd::Show { version: Some(v) } => show(ctx, &c.plan_version(v)?),
        PlanCmd::Edit(args) => {
            let view = c.edit_plan(vec![edit(&args)?])?;
            if ctx.json {
                return output::json(&view);
            }
            println!("{}", ctx.loc.t("plan-saved"));
            Ok(())
        }
        PlanCmd::History => {
            let history = c.plan_history()?;
            if ctx.json {
                return output::json(&history);
            }
            if history.is_empty() {
                println!("{}", ctx.loc.t("plan-no-history"));
                return Ok(());
            }
            println!("{}", ctx.style.bold(&ctx.loc.t("cli-plan-history-title")));
            for v in history {
                println!("  {} · {}", v.saved_label, v.label);
            }
            Ok(())
        }
        PlanCmd::Rules { action: None } => {
            let view = c.plan_view()?;
            if ctx.json {
                return output::json(&view.rules);
            }
            println!("{}", ctx.style.bold(&ctx.loc.t("plan-rules-title")));
            println!("{}", ctx.style.dim(&ctx.loc.t("plan-rules-hint")));
            for r in view.rules {
                println!("  {}. {}", r.number, r.description);
            }
            Ok(())
        }
        PlanCmd::Rules { action: Some(cmd) } => {
            let view = c.edit_plan(vec![rule(cmd)?])?;
            if ctx.json {
                return output::json(&view.rules);
            }
            println!("{}", ctx.loc.t("plan-saved"));
            Ok(())
        }
    }
}
