//! Reminder settings in the home: the check-in reminder's time (or none), and
//! whether notifications may name a medicine.

use stegvis_core::l10n::Args;
use stegvis_core::{Field, ReminderSettings};

use super::{submenu, text_with, until_accepted, Flow, Said, R};
use crate::context::Ctx;

#[derive(Clone, Copy)]
enum Action {
    Time,
    Off,
    Names,
}

/// The check-in reminder offered when none is set.
const DEFAULT_TIME: &str = "20:00";

pub fn menu(ctx: &Ctx) -> R<Said> {
    let current = ctx.companion.reminder_settings()?;
    let time_line = match &current.checkin_time {
        Some(t) => ctx.loc.ta(
            "home-settings-time-now",
            &Args::new().text("time", t.clone()),
        ),
        None => ctx.loc.t("home-settings-time-none"),
    };
    println!("{}", ctx.style.dim(&time_line));
    let names = if current.show_names {
        "home-settings-hide-names"
    } else {
        "home-settings-show-names"
    };
    let mut actions = vec![(Action::Time, "home-settings-time")];
    if current.checkin_time.is_some() {
        actions.push((Action::Off, "home-settings-time-off"));
    }
    actions.push((Action::Names, names));
    match submenu(ctx, "home-area-settings", &actions)? {
        Action::Time => checkin_time(ctx),
        Action::Off => save(
            ctx,
            ReminderSettings {
                checkin_time: None,
                ..current
            },
        ),
        Action::Names => save(
            ctx,
            ReminderSettings {
                show_names: !current.show_names,
                ..current
            },
        ),
    }
}

fn save(ctx: &Ctx, settings: ReminderSettings) -> R<Said> {
    ctx.companion.set_reminder_settings(settings)?;
    Ok(Some(ctx.loc.t("cli-reminder-settings-saved")))
}

/// Asks for the check-in reminder's time, with today's (or 20:00) filled in; an
/// empty answer leaves the settings as they are.
pub fn checkin_time(ctx: &Ctx) -> R<Said> {
    let current = ctx.companion.reminder_settings()?;
    let initial = current
        .checkin_time
        .clone()
        .unwrap_or_else(|| DEFAULT_TIME.to_owned());
    let saved = until_accepted(ctx, Field::Times, || {
        let time = text_with(&ctx.loc.t("home-settings-ask-time"), &initial)?;
        if time.trim().is_empty() {
            return Err(Flow::Back);
        }
        Ok(ctx.companion.set_reminder_settings(ReminderSettings {
            checkin_time: Some(time),
            ..current.clone()
        }))
    })?;
    Ok(Some(ctx.loc.ta(
        "home-settings-time-saved",
        &Args::new().text("time", saved.checkin_time.unwrap_or_default()),
    )))
}
