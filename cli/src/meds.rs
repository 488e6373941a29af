//! `stegvis meds ...` and `stegvis reminders`.

use stegvis_core::l10n::Args;
use stegvis_core::{
    DoseAction, Field, InvalidReason, MedStatus, Medication, MedicationEdit, NewMedication,
    NewSchedule, Repeat, StegvisError, Weekday, ZonePolicy,
};

use crate::context::Ctx;
use crate::failure::Failure;
use crate::output;

#[derive(Debug, clap::Args)]
pub struct MedFields {
    /// Strength or dose, e.g. "50 mg".
    #[arg(long)]
    pub dose: Option<String>,
    /// Tablet, capsule, …
    #[arg(long)]
    pub form: Option<String>,
    /// A personal cue, e.g. "by the toothbrush".
    #[arg(long)]
    pub cue: Option<String>,
    /// How many you have (tablets), for refill warnings.
    #[arg(long, allow_negative_numbers = true)]
    pub count: Option<i64>,
    /// How many one dose uses (default 1).
    #[arg(long, allow_negative_numbers = true)]
    pub units_per_dose: Option<i64>,
    /// Warn this many days before they run out.
    #[arg(long, allow_negative_numbers = true)]
    pub refill_days: Option<i64>,
}

#[derive(Debug, clap::Subcommand)]
pub enum MedsCmd {
    /// Add a medicine.
    Add {
        name: String,
        #[command(flatten)]
        fields: MedFields,
    },
    /// Your medicines (stopped ones too with --all).
    #[command(alias = "ls")]
    List {
        #[arg(long)]
        all: bool,
    },
    /// One medicine with its schedules.
    Show { id: String },
    /// Change a medicine.
    Edit {
        id: String,
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        fields: MedFields,
    },
    /// Pause a medicine: no reminders until you resume it.
    Pause { id: String },
    /// Stop a medicine; its history is kept.
    Stop { id: String },
    /// Take a paused or stopped medicine up again.
    Resume { id: String },
    /// A note for the next talk with the doctor (without text: list the notes).
    Note {
        text: Option<String>,
        /// The medicine it is about.
        #[arg(long)]
        med: Option<String>,
    },
    /// Schedules: when a medicine is taken.
    #[command(subcommand)]
    Schedule(ScheduleCmd),
    /// Planned doses between two dates, each with its UTC time.
    Occurrences {
        /// First local date (YYYY-MM-DD).
        #[arg(long)]
        from: String,
        /// Last local date (YYYY-MM-DD).
        #[arg(long)]
        to: String,
    },
    /// Log a planned dose as taken (an occurrence id), or a when-needed dose (a medicine id).
    Take {
        id: String,
        /// When it was taken (RFC 3339); now by default.
        #[arg(long)]
        at: Option<String>,
    },
    /// Log a planned dose as skipped.
    Skip {
        occurrence: String,
        #[arg(long)]
        reason: Option<String>,
    },
    /// Remind again in 10, 30 or 60 minutes.
    Snooze {
        occurrence: String,
        /// Signed, so a negative number reaches the core's check.
        #[arg(long, default_value_t = 10)]
        minutes: i64,
    },
    /// Planned doses taken over 7, 30 and 90 days (or --days N).
    Adherence {
        #[arg(long)]
        days: Option<u32>,
    },
}

#[derive(Debug, clap::Subcommand)]
pub enum ScheduleCmd {
    /// Add a schedule: --at 08:00,22:00, daily unless --every-days or --weekdays.
    Add {
        medication_id: String,
        /// Wall times, HH:MM, comma-separated.
        #[arg(long, value_delimiter = ',', required = true)]
        at: Vec<String>,
        /// Every N days from --start.
        #[arg(long, conflicts_with = "weekdays", allow_negative_numbers = true)]
        every_days: Option<i64>,
        /// Days of the week: mon,tue,wed,thu,fri,sat,sun.
        #[arg(long, value_delimiter = ',')]
        weekdays: Vec<String>,
        /// Pin to this IANA zone (fixed-interval medicines); otherwise the times follow
        /// the device wherever it is.
        #[arg(long)]
        zone: Option<String>,
        /// First day (YYYY-MM-DD).
        #[arg(long)]
        start: Option<String>,
        /// Last day (YYYY-MM-DD).
        #[arg(long)]
        end: Option<String>,
    },
}

fn invalid(field: Field, reason: InvalidReason) -> Failure {
    Failure::Core(StegvisError::InvalidInput { field, reason })
}

fn show_med(ctx: &Ctx, med: &Medication) {
    let title = match &med.dose {
        Some(dose) => format!("{} {dose}", med.name),
        None => med.name.clone(),
    };
    println!("{}", ctx.style.bold(&title));
    let mut facts = vec![med.status_name.clone()];
    if let Some(form) = &med.form {
        facts.push(form.clone());
    }
    if let Some(count) = med.count_on_hand {
        facts.push(
            ctx.loc
                .ta("med-count", &Args::new().num("count", count.into())),
        );
    }
    println!("  {}", facts.join(" · "));
    if let Some(cue) = &med.cue {
        println!("  {cue}");
    }
    if med.as_needed {
        println!("  {}", ctx.loc.t("med-as-needed"));
    }
    for s in &med.schedules {
        println!("  {}", s.description);
        println!(
            "    {}",
            ctx.style
                .dim(&ctx.loc.ta("cli-id", &Args::new().text("id", s.id.clone())))
        );
    }
    println!(
        "  {}",
        ctx.style.dim(
            &ctx.loc
                .ta("cli-id", &Args::new().text("id", med.id.clone()))
        )
    );
}

fn saved(ctx: &Ctx, message: &str, med: &Medication) -> Result<(), Failure> {
    if ctx.json {
        return output::json(med);
    }
    println!("{}", ctx.loc.t(message));
    show_med(ctx, med);
    Ok(())
}

fn instant(text: Option<String>) -> Result<Option<stegvis_core::time::Timestamp>, Failure> {
    text.map(|t| {
        chrono::DateTime::parse_from_rfc3339(t.trim())
            .map(|d| d.with_timezone(&chrono::Utc))
            .map_err(|_| invalid(Field::TakenAt, InvalidReason::Malformed))
    })
    .transpose()
}

pub fn meds(ctx: &Ctx, cmd: MedsCmd) -> Result<(), Failure> {
    let c = &ctx.companion;
    match cmd {
        MedsCmd::Add { name, fields } => {
            let MedFields {
                dose,
                form,
                cue,
                count,
                units_per_dose,
                refill_days,
            } = fields;
            let med = c.add_medication(NewMedication {
                name,
                dose,
                form,
                cue,
                count_on_hand: count,
                units_per_dose,
                refill_days,
            })?;
            saved(ctx, "cli-med-added", &med)
        }
        MedsCmd::List { all } => {
            let meds = c.list_medications(all)?;
            if ctx.json {
                return output::json(&meds);
            }
            if meds.is_empty() {
                println!("{}", ctx.loc.t("cli-no-meds"));
                return Ok(());
            }
            println!("{}", ctx.style.bold(&ctx.loc.t("cli-meds-title")));
            for med in &meds {
                println!();
                show_med(ctx, med);
            }
            Ok(())
        }
        MedsCmd::Show { id } => {
            let med = c.medication(id)?;
            if ctx.json {
                return output::json(&med);
            }
            show_med(ctx, &med);
            Ok(())
        }
        MedsCmd::Edit { id, name, fields } => {
            let MedFields {
                dose,
                form,
                cue,
                count,
                units_per_dose,
                refill_days,
            } = fields;
            let med = c.edit_medication(
                id,
                MedicationEdit {
                    name,
                    dose,
                    form,
                    cue,
                    count_on_hand: count,
                    units_per_dose,
                    refill_days,
                },
            )?;
            saved(ctx, "cli-med-edited", &med)
        }
        MedsCmd::Pause { id } => saved(
            ctx,
            "cli-med-paused",
            &c.set_medication_status(id, MedStatus::Paused)?,
        ),
        MedsCmd::Stop { id } => saved(
            ctx,
            "cli-med-stopped",
            &c.set_medication_status(id, MedStatus::Stopped)?,
        ),
        MedsCmd::Resume { id } => saved(
            ctx,
            "cli-med-resumed",
            &c.set_medication_status(id, MedStatus::Active)?,
        ),
        MedsCmd::Note {
            text: Some(text),
            med,
        } => {
            let note = c.add_doctor_note(med, text)?;
            output::saved(ctx, "cli-note-added", &note, &note.id)
        }
        MedsCmd::Note { text: None, .. } => {
            let notes = c.doctor_notes()?;
            if ctx.json {
                return output::json(&notes);
            }
            println!("{}", ctx.style.bold(&ctx.loc.t("cli-notes-title")));
            if notes.is_empty() {
                println!("  {}", ctx.loc.t("cli-no-notes"));
            }
            for n in notes {
                println!("  {}  {}", n.date, n.text);
            }
            Ok(())
        }
        MedsCmd::Schedule(ScheduleCmd::Add {
            medication_id,
            at,
            every_days,
            weekdays,
            zone,
            start,
            end,
        }) => {
            let repeat = if let Some(days) = every_days {
                let days = u32::try_from(days).map_err(|_| {
                    invalid(
                        Field::EveryDays,
                        InvalidReason::OutOfRange { min: 1, max: 365 },
                    )
                })?;
                Repeat::EveryDays { days }
            } else if !weekdays.is_empty() {
                let days = weekdays
                    .iter()
                    .map(|d| {
                        Weekday::from_key(d)
                            .ok_or_else(|| invalid(Field::Weekdays, InvalidReason::Unknown))
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                Repeat::Weekdays { days }
            } else {
                Repeat::Daily
            };
            let med = c.add_schedule(
                medication_id,
                NewSchedule {
                    times: at,
                    repeat,
                    start_date: start,
                    end_date: end,
                    zone_policy: match zone {
                        Some(zone) => ZonePolicy::Pinned { zone },
                        None => ZonePolicy::FollowDevice,
                    },
                },
            )?;
            saved(ctx, "cli-schedule-added", &med)
        }
        MedsCmd::Occurrences { from, to } => {
            let occurrences = c.occurrences(from, to)?;
            if ctx.json {
                return output::json(&occurrences);
            }
            let names: std::collections::HashMap<String, String> = c
                .list_medications(true)?
                .into_iter()
                .map(|m| (m.id, m.name))
                .collect();
            for o in occurrences {
                let status = o
                    .status
                    .map(|s| format!(" [{}]", s.key()))
                    .unwrap_or_default();
                println!(
                    "  {} {}  {}  {}{status}",
                    o.local_date,
                    o.slot,
                    o.at.format("%Y-%m-%dT%H:%M:%SZ"),
                    names.get(&o.medication_id).cloned().unwrap_or_default()
                );
                println!(
                    "    {}",
                    ctx.style
                        .dim(&ctx.loc.ta("cli-id", &Args::new().text("id", o.id)))
                );
            }
            Ok(())
        }
        MedsCmd::Take { id, at } => {
            let at = instant(at)?;
            if id.contains('/') {
                let occ = c.log_dose(id, DoseAction::Take { at })?;
                output::saved(ctx, "cli-dose-taken", &occ, &occ.id)
            } else {
                let dose = c.take_as_needed(id, at)?;
                output::saved(ctx, "cli-dose-taken", &dose, &dose.medication_id)
            }
        }
        MedsCmd::Skip { occurrence, reason } => {
            let occ = c.log_dose(occurrence, DoseAction::Skip { reason })?;
            output::saved(ctx, "cli-dose-skipped", &occ, &occ.id)
        }
        MedsCmd::Snooze {
            occurrence,
            minutes,
        } => {
            // Outside u32 is outside the core's 10..=60 too; 0 is refused naming the field.
            let minutes = u32::try_from(minutes).unwrap_or(0);
            let occ = c.log_dose(occurrence, DoseAction::Snooze { minutes })?;
            if ctx.json {
                return output::json(&occ);
            }
            let until = occ
                .snoozed_until
                .map(|t| t.format("%H:%M UTC").to_string())
                .unwrap_or_default();
            println!(
                "{}",
                ctx.loc
                    .ta("cli-dose-snoozed", &Args::new().text("time", until))
            );
            Ok(())
        }
        MedsCmd::Adherence { days } => {
            let periods = days.map_or_else(|| vec![7, 30, 90], |d| vec![d]);
            let reports = periods
                .into_iter()
                .map(|d| c.adherence(d))
                .collect::<Result<Vec<_>, _>>()?;
            if ctx.json {
                return output::json(&reports);
            }
            for r in reports {
                println!(
                    "{}",
                    ctx.style.bold(&ctx.loc.ta(
                        "cli-adherence-title",
                        &Args::new().num("days", r.days.into())
                    ))
                );
                println!("  {}: {}", r.overall.name, r.overall.label);
                for line in r.per_medication {
                    println!("  {}: {}", line.name, line.label);
                }
                println!();
            }
            Ok(())
        }
    }
}
