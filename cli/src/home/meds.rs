//! Medicines in the home (logging doses is in `doses`): add a medicine and its
//! times, change or end a schedule, change a medicine, and read the list. Each
//! refused answer is explained and asked again; ids stay inside the choices.

use stegvis_core::l10n::Args;
use stegvis_core::{
    Field, InvalidReason, MedStatus, Medication, MedicationEdit, NewMedication, NewSchedule,
    Repeat, Schedule, ScheduleEdit, StegvisError, Weekday, ZonePolicy,
};

use super::{
    explain, multi, pause, required_text, select, submenu, text, text_with, until_accepted, Choice,
    Flow, Said, R,
};
use crate::context::Ctx;

#[derive(Clone, Copy)]
enum Action {
    Log,
    Add,
    Schedule,
    Times,
    Change,
    Read,
}

pub fn menu(ctx: &Ctx) -> R<Said> {
    let action = submenu(
        ctx,
        "home-area-meds",
        &[
            (Action::Log, "home-meds-log"),
            (Action::Read, "home-meds-read"),
            (Action::Add, "home-meds-add"),
            (Action::Schedule, "home-meds-schedule"),
            (Action::Times, "home-meds-times-change"),
            (Action::Change, "home-meds-change"),
        ],
    )?;
    match action {
        Action::Log => super::doses::log(ctx),
        Action::Add => add(ctx),
        Action::Schedule => {
            let id = pick_med(ctx)?;
            add_schedule(ctx, id)
        }
        Action::Times => change_times(ctx),
        Action::Change => change(ctx),
        Action::Read => read(ctx),
    }
}

#[derive(Clone, Copy)]
enum TimesChange {
    Times,
    Repeat,
    End,
}

/// Changes or ends a schedule, picked by what it says ("Sertraline: every day at
/// 08:00"). A change applies from today; ending keeps the history. Both are the
/// core's rules; a refused answer is explained and asked again.
fn change_times(ctx: &Ctx) -> R<Said> {
    let c = &ctx.companion;
    let today = c.today()?.date;
    let choices: Vec<Choice<Schedule>> = c
        .list_medications(false)?
        .into_iter()
        .flat_map(|m| {
            let title = med_title(&m);
            m.schedules
                .into_iter()
                .filter(|s| {
                    s.end_date
                        .as_deref()
                        .is_none_or(|end| end >= today.as_str())
                })
                .map(move |s| {
                    let label = format!("{title}: {}", s.description);
                    Choice::new(super::fit::clip(&label, super::fit::WIDTH - 4), s)
                })
        })
        .collect();
    if choices.is_empty() {
        return Ok(Some(ctx.loc.t("home-meds-no-times")));
    }
    let schedule = select(&ctx.loc.t("home-meds-pick-times"), choices)?;
    let what = submenu(
        ctx,
        "home-meds-times-what",
        &[
            (TimesChange::Times, "home-meds-times-new"),
            (TimesChange::Repeat, "home-meds-times-repeat"),
            (TimesChange::End, "home-meds-times-end"),
        ],
    )?;
    match what {
        TimesChange::Times => loop {
            let edit = ScheduleEdit {
                times: Some(times(&text_with(
                    &ctx.loc.t("home-meds-ask-times"),
                    &schedule.times.join(", "),
                )?)),
                ..Default::default()
            };
            match c.edit_schedule(schedule.id.clone(), edit) {
                Ok(_) => return Ok(Some(ctx.loc.t("cli-schedule-edited"))),
                Err(e @ StegvisError::InvalidInput { .. }) => explain(ctx, &e),
                Err(e) => return Err(e.into()),
            }
        },
        TimesChange::Repeat => loop {
            let edit = ScheduleEdit {
                repeat: Some(ask_repeat(ctx)?),
                ..Default::default()
            };
            match c.edit_schedule(schedule.id.clone(), edit) {
                Ok(_) => return Ok(Some(ctx.loc.t("cli-schedule-edited"))),
                Err(e @ StegvisError::InvalidInput { .. }) => explain(ctx, &e),
                Err(e) => return Err(e.into()),
            }
        },
        TimesChange::End => {
            if !super::yes_no(ctx, &ctx.loc.t("home-meds-times-end-sure"))? {
                return Err(Flow::Back);
            }
            c.end_schedule(schedule.id, None)?;
            Ok(Some(ctx.loc.t("cli-schedule-ended")))
        }
    }
}

/// Times of day as people type them: "08:00, 22:00" or "8:00 22:00".
fn times(answer: &str) -> Vec<String> {
    answer
        .split([',', ' ', ';'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

fn pick_med(ctx: &Ctx) -> R<String> {
    let meds = ctx.companion.list_medications(false)?;
    if meds.is_empty() {
        println!("{}", ctx.loc.t("home-meds-none"));
        return Err(Flow::Back);
    }
    let choices = meds
        .into_iter()
        .map(|m| Choice::new(med_title(&m), m.id))
        .collect();
    select(&ctx.loc.t("home-meds-pick"), choices)
}

fn med_title(m: &Medication) -> String {
    match &m.dose {
        Some(dose) if !dose.is_empty() => format!("{} {dose}", m.name),
        _ => m.name.clone(),
    }
}

fn optional(text: String) -> Option<String> {
    (!text.trim().is_empty()).then_some(text)
}

/// A whole number, or nothing when left empty; anything else is refused for `field`.
fn number(text: &str, field: Field) -> Result<Option<i64>, StegvisError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse()
        .map(Some)
        .map_err(|_| StegvisError::InvalidInput {
            field,
            reason: InvalidReason::Malformed,
        })
}

fn add(ctx: &Ctx) -> R<Said> {
    let name = required_text(ctx, &ctx.loc.t("home-meds-ask-name"), Field::MedName)?;
    let dose = optional(text(&ctx.loc.t("home-meds-ask-dose"))?);
    let cue = optional(text(&ctx.loc.t("home-meds-ask-cue"))?);
    let med = until_accepted(ctx, Field::Count, || {
        let count = match number(&text(&ctx.loc.t("home-meds-ask-count"))?, Field::Count) {
            Ok(n) => n,
            Err(e) => return Ok(Err(e)),
        };
        Ok(ctx.companion.add_medication(NewMedication {
            name: name.clone(),
            dose: dose.clone(),
            cue: cue.clone(),
            count_on_hand: count,
            ..Default::default()
        }))
    })?;
    println!("{}", ctx.loc.t("cli-med-added"));
    // The medicine is saved; its times can come now or later.
    match super::yes_no(ctx, &ctx.loc.t("home-meds-ask-times-now")) {
        Ok(true) => match add_schedule(ctx, med.id) {
            Err(Flow::Back) => Ok(Some(ctx.loc.t("cli-med-added"))),
            other => other,
        },
        Ok(false) | Err(Flow::Back) => Ok(Some(ctx.loc.t("home-meds-added-as-needed"))),
        Err(e) => Err(e),
    }
}

#[derive(Clone, Copy)]
enum RepeatChoice {
    Daily,
    EveryDays,
    Weekdays,
}

fn weekday_name(ctx: &Ctx, day: Weekday) -> String {
    ctx.loc.t(&format!("home-weekday-{}", day.key()))
}

/// Times of day and how often; a refused answer is explained and the questions
/// are asked again, since the medicine itself is already saved.
pub fn add_schedule(ctx: &Ctx, medication_id: String) -> R<Said> {
    loop {
        let schedule = ask_schedule(ctx)?;
        match ctx.companion.add_schedule(medication_id.clone(), schedule) {
            Ok(_) => return Ok(Some(ctx.loc.t("cli-schedule-added"))),
            Err(e @ StegvisError::InvalidInput { .. }) => explain(ctx, &e),
            Err(e) => return Err(e.into()),
        }
    }
}

fn ask_schedule(ctx: &Ctx) -> R<NewSchedule> {
    let times = times(&text(&ctx.loc.t("home-meds-ask-times"))?);
    let repeat = ask_repeat(ctx)?;
    Ok(NewSchedule {
        times,
        repeat,
        start_date: None,
        end_date: None,
        zone_policy: ZonePolicy::FollowDevice,
        amounts: None,
    })
}

/// Every day, every few days, or on some weekdays.
fn ask_repeat(ctx: &Ctx) -> R<Repeat> {
    let how = submenu(
        ctx,
        "home-meds-ask-repeat",
        &[
            (RepeatChoice::Daily, "home-repeat-daily"),
            (RepeatChoice::EveryDays, "home-repeat-every-days"),
            (RepeatChoice::Weekdays, "home-repeat-weekdays"),
        ],
    )?;
    let repeat = match how {
        RepeatChoice::Daily => Repeat::Daily,
        RepeatChoice::EveryDays => loop {
            let answer = text_with(&ctx.loc.t("home-meds-ask-every-days"), "2")?;
            match answer.trim().parse::<u32>() {
                Ok(days) => break Repeat::EveryDays { days },
                Err(_) => explain(
                    ctx,
                    &StegvisError::InvalidInput {
                        field: Field::EveryDays,
                        reason: InvalidReason::Malformed,
                    },
                ),
            }
        },
        RepeatChoice::Weekdays => {
            let days = Weekday::ALL
                .into_iter()
                .map(|d| Choice::new(weekday_name(ctx, d), d))
                .collect();
            Repeat::Weekdays {
                days: multi(ctx, &ctx.loc.t("home-meds-ask-weekdays"), days)?,
            }
        }
    };
    Ok(repeat)
}

#[derive(Clone, Copy)]
enum Part {
    Name,
    Dose,
    Cue,
    Count,
    Pause,
    Stop,
    Resume,
}

fn change(ctx: &Ctx) -> R<Said> {
    let meds = ctx.companion.list_medications(true)?;
    if meds.is_empty() {
        return Ok(Some(ctx.loc.t("home-meds-none")));
    }
    let choices = meds
        .into_iter()
        .map(|m| {
            let label = format!("{} ({})", med_title(&m), m.status_name);
            Choice::new(label, m)
        })
        .collect();
    let med: Medication = select(&ctx.loc.t("home-meds-pick"), choices)?;
    let mut parts = vec![
        (Part::Name, "home-meds-change-name"),
        (Part::Dose, "home-meds-change-dose"),
        (Part::Cue, "home-meds-change-cue"),
        (Part::Count, "home-meds-change-count"),
    ];
    match med.status {
        MedStatus::Active => {
            parts.push((Part::Pause, "home-meds-pause"));
            parts.push((Part::Stop, "home-meds-stop"));
        }
        MedStatus::Paused | MedStatus::Stopped => parts.push((Part::Resume, "home-meds-resume")),
    }
    let part = submenu(ctx, "home-meds-change-what", &parts)?;
    let c = &ctx.companion;
    let status = |s: MedStatus, said: &str| -> R<Said> {
        c.set_medication_status(med.id.clone(), s)?;
        Ok(Some(ctx.loc.t(said)))
    };
    let edit = match part {
        Part::Name => MedicationEdit {
            name: Some(required_text(
                ctx,
                &ctx.loc.t("home-meds-ask-name"),
                Field::MedName,
            )?),
            ..Default::default()
        },
        Part::Dose => MedicationEdit {
            dose: Some(text_with(
                &ctx.loc.t("home-meds-ask-dose"),
                med.dose.as_deref().unwrap_or_default(),
            )?),
            ..Default::default()
        },
        Part::Cue => MedicationEdit {
            cue: Some(text_with(
                &ctx.loc.t("home-meds-ask-cue"),
                med.cue.as_deref().unwrap_or_default(),
            )?),
            ..Default::default()
        },
        Part::Count => return update_count(ctx, med.id),
        Part::Pause => return status(MedStatus::Paused, "cli-med-paused"),
        Part::Stop => return status(MedStatus::Stopped, "cli-med-stopped"),
        Part::Resume => return status(MedStatus::Active, "cli-med-resumed"),
    };
    c.edit_medication(med.id, edit)?;
    Ok(Some(ctx.loc.t("cli-med-edited")))
}

/// The count on hand, e.g. after getting more from the pharmacy.
pub fn update_count(ctx: &Ctx, medication_id: String) -> R<Said> {
    until_accepted(ctx, Field::Count, || {
        let count = match number(&text(&ctx.loc.t("home-meds-ask-count-now"))?, Field::Count) {
            Ok(Some(n)) => n,
            Ok(None) => return Err(Flow::Back),
            Err(e) => return Ok(Err(e)),
        };
        Ok(ctx.companion.edit_medication(
            medication_id.clone(),
            MedicationEdit {
                count_on_hand: Some(count),
                ..Default::default()
            },
        ))
    })?;
    Ok(Some(ctx.loc.t("cli-med-edited")))
}

/// Every medicine with its times, cue and count; no ids.
fn read(ctx: &Ctx) -> R<Said> {
    let meds = ctx.companion.list_medications(false)?;
    if meds.is_empty() {
        return Ok(Some(ctx.loc.t("home-meds-none")));
    }
    super::clear();
    println!("{}", ctx.style.bold(&ctx.loc.t("cli-meds-title")));
    for m in &meds {
        println!();
        println!("  {} · {}", ctx.style.bold(&med_title(m)), m.status_name);
        if m.as_needed {
            println!("    {}", ctx.loc.t("med-as-needed"));
        }
        for s in &m.schedules {
            println!("    {}", s.description);
        }
        if let Some(cue) = m.cue.as_ref().filter(|c| !c.is_empty()) {
            println!("    {}", ctx.style.dim(cue));
        }
        if let Some(count) = m.count_on_hand {
            println!(
                "    {}",
                ctx.style.dim(
                    &ctx.loc
                        .ta("med-count", &Args::new().num("count", count.into()))
                )
            );
        }
    }
    pause(ctx)?;
    Ok(None)
}
