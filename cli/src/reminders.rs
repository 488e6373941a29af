//! `stegvis reminders`: the notifications a phone would schedule now, and their settings.

use clap::Subcommand;

use crate::context::Ctx;
use crate::failure::Failure;
use crate::output;

#[derive(Debug, Subcommand)]
pub enum RemindersCmd {
    /// Change reminder settings.
    Settings {
        /// A daily check-in reminder at HH:MM.
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
    },
}

pub fn reminders(ctx: &Ctx, action: Option<RemindersCmd>) -> Result<(), Failure> {
    let c = &ctx.companion;
    if let Some(RemindersCmd::Settings {
        checkin_time,
        no_checkin,
        show_names,
        hide_names,
    }) = action
    {
        let mut settings = c.reminder_settings()?;
        if let Some(t) = checkin_time {
            settings.checkin_time = Some(t);
        }
        if no_checkin {
            settings.checkin_time = None;
        }
        if show_names {
            settings.show_names = true;
        }
        if hide_names {
            settings.show_names = false;
        }
        let saved = c.set_reminder_settings(settings)?;
        if ctx.json {
            return output::json(&saved);
        }
        println!("{}", ctx.loc.t("cli-reminder-settings-saved"));
        return Ok(());
    }
    let plan = c.reminder_plan()?;
    if ctx.json {
        return output::json(&plan);
    }
    println!("{}", ctx.style.bold(&ctx.loc.t("cli-reminders-title")));
    if plan.reminders.is_empty() {
        println!("  {}", ctx.loc.t("cli-no-reminders"));
    }
    for r in plan.reminders {
        println!("  {}  {}", r.at.format("%Y-%m-%dT%H:%M:%SZ"), r.body);
    }
    Ok(())
}
