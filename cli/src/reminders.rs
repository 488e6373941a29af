//! `stegvis reminders`: the notifications a phone would schedule now, acting on a
//! dose reminder, and the reminder settings.

use chrono::{DateTime, Utc};
use clap::{ArgGroup, Args as ClapArgs, Subcommand};
use stegvis_core::l10n::Args;
use stegvis_core::{
    DoseAction, DoseStatus, Field, InvalidReason, ReminderDose, ReminderDoses, ReminderKind,
    ReminderSettings, StegvisError,
};

use crate::context::Ctx;
use crate::failure::Failure;
use crate::output;

#[derive(Debug, Subcommand)]
pub enum RemindersCmd {
    /// Show the reminder settings, or change them with the flags below.
    Settings(SettingsArgs),
    /// Take, skip or snooze every dose of one dose reminder (its id, e.g. dose:2026-11-23T07:00Z).
    Act(ActArgs),
}

#[derive(Debug, ClapArgs)]
pub struct SettingsArgs {
    /// A daily check-in reminder at HH:MM (20:00 until you choose).
    #[arg(long, conflicts_with = "no_checkin")]
    checkin_time: Option<String>,
    /// No check-in reminder.
    #[arg(long)]
    no_checkin: bool,
    /// Name medicines in notifications (off by default: a lock screen is public).
    #[arg(long, conflicts_with = "hide_names")]
    show_names: bool,
    #[arg(long)]
    hide_names: bool,
    /// A reminder at 09:00 on the day a step is due (on by default).
    #[arg(long, conflicts_with = "no_step_reminders")]
    step_reminders: bool,
    #[arg(long)]
    no_step_reminders: bool,
}

#[derive(Debug, ClapArgs)]
#[command(group(ArgGroup::new("action").required(true).args(["take", "skip", "snooze"])))]
pub struct ActArgs {
    /// The reminder's id, as `stegvis reminders` lists it.
    reminder_id: String,
    /// Log every dose of the reminder as taken.
    #[arg(long)]
    take: bool,
    /// When they were taken (RFC 3339); now by default.
    #[arg(long, requires = "take")]
    at: Option<String>,
    /// Log every dose of the reminder as skipped.
    #[arg(long)]
    skip: bool,
    /// Why, if you want to say (kept with each dose).
    #[arg(long, requires = "skip")]
    reason: Option<String>,
    /// Remind again in 10, 30 or 60 minutes.
    #[arg(long, value_name = "MINUTES")]
    snooze: Option<u32>,
}

pub fn reminders(ctx: &Ctx, action: Option<RemindersCmd>) -> Result<(), Failure> {
    match action {
        Some(RemindersCmd::Settings(args)) => settings(ctx, args),
        Some(RemindersCmd::Act(args)) => act(ctx, args),
        None => list(ctx),
    }
}

fn list(ctx: &Ctx) -> Result<(), Failure> {
    let plan = ctx.companion.reminder_plan()?;
    if ctx.json {
        return output::json(&plan);
    }
    println!("{}", ctx.style.bold(&ctx.loc.t("cli-reminders-title")));
    if plan.reminders.is_empty() {
        println!("  {}", ctx.loc.t("cli-no-reminders"));
    }
    for r in &plan.reminders {
        let id = matches!(r.kind, ReminderKind::Dose | ReminderKind::Snooze)
            .then(|| ctx.style.dim(&format!("  {}", r.id)))
            .unwrap_or_default();
        println!("  {}  {}{id}", ctx.local_date_time(r.at), r.body);
    }
    if plan.valid_until < plan.until {
        println!();
        println!(
            "{}",
            ctx.loc.ta(
                "cli-reminders-complete-until",
                &Args::new().text("when", ctx.local_date_time(plan.valid_until)),
            )
        );
    }
    Ok(())
}

fn settings(ctx: &Ctx, args: SettingsArgs) -> Result<(), Failure> {
    let c = &ctx.companion;
    let mut settings = c.reminder_settings()?;
    let SettingsArgs {
        checkin_time,
        no_checkin,
        show_names,
        hide_names,
        step_reminders,
        no_step_reminders,
    } = args;
    let flags = [no_checkin, show_names, hide_names, step_reminders];
    let change = checkin_time.is_some() || no_step_reminders || flags.contains(&true);
    if change {
        if let Some(t) = checkin_time {
            settings.checkin_time = Some(t);
        }
        if no_checkin {
            settings.checkin_time = None;
        }
        if show_names || hide_names {
            settings.show_names = show_names;
        }
        if step_reminders || no_step_reminders {
            settings.step_reminders = step_reminders;
        }
        settings = c.set_reminder_settings(settings)?;
    }
    if ctx.json {
        return output::json(&settings);
    }
    if change {
        println!("{}", ctx.loc.t("cli-reminder-settings-saved"));
        println!();
    }
    show_settings(ctx, &settings);
    Ok(())
}

fn show_settings(ctx: &Ctx, s: &ReminderSettings) {
    let loc = &ctx.loc;
    println!("{}", ctx.style.bold(&loc.t("cli-reminder-settings-title")));
    let checkin = match &s.checkin_time {
        Some(time) => loc.ta(
            "cli-reminder-settings-checkin",
            &Args::new().text("time", time.clone()),
        ),
        None => loc.t("cli-reminder-settings-checkin-off"),
    };
    let names = if s.show_names {
        "cli-reminder-settings-names-shown"
    } else {
        "cli-reminder-settings-names-hidden"
    };
    let steps = if s.step_reminders {
        "cli-reminder-settings-steps-on"
    } else {
        "cli-reminder-settings-steps-off"
    };
    println!("  {checkin}");
    println!("  {}", loc.t(names));
    println!("  {}", loc.t(steps));
    println!();
    println!("{}", ctx.style.dim(&loc.t("cli-reminder-settings-how")));
}

fn act(ctx: &Ctx, args: ActArgs) -> Result<(), Failure> {
    let action = if args.take {
        let at = args
            .at
            .map(|t| {
                DateTime::parse_from_rfc3339(t.trim())
                    .map(|d| d.with_timezone(&Utc))
                    .map_err(|_| {
                        Failure::Core(StegvisError::InvalidInput {
                            field: Field::TakenAt,
                            reason: InvalidReason::Malformed,
                        })
                    })
            })
            .transpose()?;
        DoseAction::Take { at }
    } else if args.skip {
        DoseAction::Skip {
            reason: args.reason,
        }
    } else {
        DoseAction::Snooze {
            minutes: args.snooze.unwrap_or(10),
        }
    };
    let done = ctx.companion.log_reminder_doses(args.reminder_id, action)?;
    if ctx.json {
        return output::json(&done);
    }
    print_doses(ctx, &done);
    Ok(())
}

fn print_doses(ctx: &Ctx, done: &ReminderDoses) {
    let line = |id: &str, dose: &ReminderDose| {
        let occ = &dose.occurrence;
        let mut args = Args::new()
            .text("name", dose.medication_name.clone())
            .text("time", ctx.local_time(occ.at));
        if let Some(until) = occ.snoozed_until {
            args = args.text("until", ctx.local_time(until));
        }
        println!("  {}", ctx.loc.ta(id, &args));
    };
    for dose in &done.logged {
        let id = match dose.occurrence.status {
            Some(DoseStatus::Taken) => "cli-reminder-dose-taken",
            Some(DoseStatus::Skipped) => "cli-reminder-dose-skipped",
            _ => "cli-reminder-dose-snoozed",
        };
        line(id, dose);
    }
    for dose in &done.unchanged {
        let id = match dose.occurrence.status {
            Some(DoseStatus::Skipped) => "cli-reminder-dose-already-skipped",
            _ => "cli-reminder-dose-already-taken",
        };
        line(id, dose);
    }
}

/// After the first sign: the check-in reminder now rings, so say when and how to
/// change it. Says nothing when the person turned it off or for later signs.
pub fn offer_checkin_reminder(ctx: &Ctx) -> Result<(), Failure> {
    if ctx.json || ctx.companion.list_signs(true)?.len() != 1 {
        return Ok(());
    }
    if let Some(time) = ctx.companion.reminder_settings()?.checkin_time {
        println!();
        println!(
            "{}",
            ctx.loc.ta(
                "cli-checkin-reminder-offer",
                &Args::new().text("time", time)
            )
        );
    }
    Ok(())
}
