//! `stegvis meds ...` and `stegvis reminders`.

use stegvis_core::l10n::Args;
use stegvis_core::{
    ConflictReason, DoseAction, DoseDay, DoseStatus, Field, InvalidReason, MedStatus, Medication,
    MedicationEdit, NewMedication, NewSchedule, Occurrence, Repeat, ScheduleEdit, StegvisError,
    Weekday, ZonePolicy,
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
    /// Planned doses between two dates, in local time.
    Occurrences {
        /// First local date (YYYY-MM-DD).
        #[arg(long)]
        from: String,
        /// Last local date (YYYY-MM-DD).
        #[arg(long)]
        to: String,
    },
    /// Log a dose as taken: a planned dose (an occurrence id), or by medicine id the
    /// dose that is due or just missed (a when-needed dose for a medicine without
    /// schedules).
    Take {
        id: String,
        /// When it was taken (RFC 3339); now by default.
        #[arg(long)]
        at: Option<String>,
        /// An extra dose outside the schedule (with a medicine id).
        #[arg(long)]
        extra: bool,
    },
    /// Undo a logged dose: back to "not logged", and the count on hand is restored.
    Undo { occurrence: String },
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
        /// Wall times, HH:MM, comma-separated; HH:MM=N for N units at that time
        /// (08:00=1,22:00=2).
        #[arg(long, value_delimiter = ',', required = true)]
        at: Vec<String>,
        /// Units at each time, in the order of --at (1,2).
        #[arg(long, value_delimiter = ',', allow_negative_numbers = true)]
        amounts: Vec<i64>,
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
    /// Change a schedule; a change of times or days applies from today, the days
    /// before keep what was planned.
    Edit {
        schedule_id: String,
        /// New wall times (HH:MM or HH:MM=N), comma-separated.
        #[arg(long, value_delimiter = ',')]
        at: Vec<String>,
        /// Units at each time, in the order of the times.
        #[arg(long, value_delimiter = ',', allow_negative_numbers = true)]
        amounts: Vec<i64>,
        /// Every day.
        #[arg(long, conflicts_with_all = ["every_days", "weekdays"])]
        daily: bool,
        /// Every N days from --start.
        #[arg(long, conflicts_with = "weekdays", allow_negative_numbers = true)]
        every_days: Option<i64>,
        /// Days of the week: mon,tue,wed,thu,fri,sat,sun.
        #[arg(long, value_delimiter = ',')]
        weekdays: Vec<String>,
        /// Pin to this IANA zone.
        #[arg(long, conflicts_with = "follow_device")]
        zone: Option<String>,
        /// Let the times follow the device wherever it is.
        #[arg(long)]
        follow_device: bool,
        /// First day (YYYY-MM-DD).
        #[arg(long)]
        start: Option<String>,
        /// Last day (YYYY-MM-DD); an empty value removes the end.
        #[arg(long)]
        end: Option<String>,
    },
    /// End a schedule; its history is kept.
    End {
        schedule_id: String,
        /// Last day with doses (YYYY-MM-DD); today by default.
        #[arg(long)]
        on: Option<String>,
    },
    /// Delete a schedule made by mistake (one with logged doses is ended instead).
    Remove { schedule_id: String },
}

/// `--at` entries with optional `=N` amounts, and `--amounts`: times and amounts.
fn times_and_amounts(
    at: Vec<String>,
    amounts: Vec<i64>,
) -> Result<(Vec<String>, Option<Vec<i64>>), Failure> {
    let mut times = Vec::new();
    let mut inline = Vec::new();
    for entry in at {
        match entry.split_once('=') {
            Some((time, n)) => {
                times.push(time.trim().to_owned());
                inline.push(Some(
                    n.trim()
                        .parse::<i64>()
                        .map_err(|_| invalid(Field::Amounts, InvalidReason::Malformed))?,
                ));
            }
            None => {
                times.push(entry);
                inline.push(None);
            }
        }
    }
    let any_inline = inline.iter().any(Option::is_some);
    if any_inline && (!amounts.is_empty() || inline.iter().any(Option::is_none)) {
        return Err(invalid(Field::Amounts, InvalidReason::Malformed));
    }
    let amounts = if any_inline {
        Some(inline.into_iter().flatten().collect())
    } else if amounts.is_empty() {
        None
    } else {
        Some(amounts)
    };
    Ok((times, amounts))
}

fn repeat_of(every_days: Option<i64>, weekdays: &[String]) -> Result<Option<Repeat>, Failure> {
    if let Some(days) = every_days {
        let days = u32::try_from(days).map_err(|_| {
            invalid(
                Field::EveryDays,
                InvalidReason::OutOfRange { min: 1, max: 365 },
            )
        })?;
        return Ok(Some(Repeat::EveryDays { days }));
    }
    if weekdays.is_empty() {
        return Ok(None);
    }
    let days = weekdays
        .iter()
        .map(|d| {
            Weekday::from_key(d).ok_or_else(|| invalid(Field::Weekdays, InvalidReason::Unknown))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Some(Repeat::Weekdays { days }))
}

fn show_history(ctx: &Ctx, days: &[DoseDay]) {
    println!();
    println!(
        "  {}",
        ctx.style.bold(&ctx.loc.ta(
            "cli-history-title",
            &Args::new().num("days", days.len() as i64)
        ))
    );
    if days.iter().all(|d| d.doses.is_empty()) {
        println!("    {}", ctx.loc.t("cli-history-empty"));
        return;
    }
    for day in days.iter().filter(|d| !d.doses.is_empty()) {
        println!("    {}", day.label);
        for dose in &day.doses {
            println!("      {}", dose.text);
        }
    }
}

/// `meds show --json`: the medication with its recent doses.
#[derive(serde::Serialize)]
struct MedicationWithHistory<'a> {
    #[serde(flatten)]
    medication: &'a Medication,
    history: &'a [DoseDay],
}

fn occurrence_line(ctx: &Ctx, zone: chrono_tz::Tz, o: &Occurrence) -> String {
    let local = o.at.with_timezone(&zone);
    let time = ctx.loc.time(local.time());
    let args = Args::new().text("time", time.clone());
    let text = match o.status {
        Some(DoseStatus::Taken) => ctx.loc.ta(
            "dose-line-taken",
            &args.text(
                "taken",
                ctx.loc
                    .time(o.taken_at.unwrap_or(o.at).with_timezone(&zone).time()),
            ),
        ),
        Some(DoseStatus::Skipped) => ctx.loc.ta("dose-line-skipped", &args),
        Some(DoseStatus::Snoozed) => ctx.loc.ta(
            "dose-line-snoozed",
            &args.text(
                "until",
                ctx.loc
                    .time(o.snoozed_until.unwrap_or(o.at).with_timezone(&zone).time()),
            ),
        ),
        None => time,
    };
    format!("{}  {text}", ctx.loc.date(local.date_naive()))
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
        if let Some(end) = s
            .end_date
            .as_deref()
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        {
            println!(
                "    {}",
                ctx.loc.ta(
                    "cli-schedule-ends",
                    &Args::new().text("date", ctx.loc.date(end))
                )
            );
        }
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
            let med = c.medication(id.clone())?;
            let history = c.medication_history(id, stegvis_core::meds::HISTORY_DAYS)?;
            if ctx.json {
                return output::json(&MedicationWithHistory {
                    medication: &med,
                    history: &history,
                });
            }
            show_med(ctx, &med);
            show_history(ctx, &history);
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
        MedsCmd::Schedule(cmd) => schedule(ctx, cmd),
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
            let zone = ctx.zone;
            for o in occurrences {
                let name = names.get(&o.medication_id).cloned().unwrap_or_default();
                let amount = if o.amount == 1 {
                    String::new()
                } else {
                    format!(" ({})", o.amount)
                };
                println!("  {}  {name}{amount}", occurrence_line(ctx, zone, &o));
                println!(
                    "    {}",
                    ctx.style
                        .dim(&ctx.loc.ta("cli-id", &Args::new().text("id", o.id)))
                );
            }
            Ok(())
        }
        MedsCmd::Take { id, at, extra } => {
            let at = instant(at)?;
            if id.contains('/') {
                let occ = c.log_dose(id, DoseAction::Take { at })?;
                return output::saved(ctx, "cli-dose-taken", &occ, &occ.id);
            }
            let dose = match c.take_medication(id.clone(), at, extra) {
                Err(StegvisError::Conflict {
                    reason: ConflictReason::NoDoseDue,
                }) if !ctx.json => {
                    eprintln!(
                        "{}",
                        ctx.loc
                            .ta("cli-no-dose-due-hint", &Args::new().text("id", id))
                    );
                    return Err(Failure::Core(StegvisError::Conflict {
                        reason: ConflictReason::NoDoseDue,
                    }));
                }
                other => other?,
            };
            if ctx.json {
                return output::json(&dose);
            }
            match &dose.occurrence {
                Some(o) => {
                    let local = o.at.with_timezone(&ctx.zone);
                    println!(
                        "{}",
                        ctx.loc.ta(
                            "cli-dose-taken-planned",
                            &Args::new()
                                .text("time", ctx.loc.time(local.time()))
                                .text("date", ctx.loc.date(local.date_naive()))
                        )
                    );
                    println!(
                        "{}",
                        ctx.style
                            .dim(&ctx.loc.ta("cli-id", &Args::new().text("id", o.id.clone())))
                    );
                }
                // Without --extra and without a planned dose, the medicine is a
                // when-needed one: its dose is simply taken, not "extra".
                None if !extra => println!("{}", ctx.loc.t("cli-dose-taken")),
                None => println!("{}", ctx.loc.t("cli-dose-taken-extra")),
            }
            Ok(())
        }
        MedsCmd::Undo { occurrence } => {
            let occ = c.undo_dose(occurrence)?;
            output::saved(ctx, "cli-dose-undone", &occ, &occ.id)
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
                .map(|t| ctx.local_time(t))
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

fn schedule(ctx: &Ctx, cmd: ScheduleCmd) -> Result<(), Failure> {
    let c = &ctx.companion;
    match cmd {
        ScheduleCmd::Add {
            medication_id,
            at,
            amounts,
            every_days,
            weekdays,
            zone,
            start,
            end,
        } => {
            let (times, amounts) = times_and_amounts(at, amounts)?;
            let repeat = repeat_of(every_days, &weekdays)?.unwrap_or(Repeat::Daily);
            let med = c.add_schedule(
                medication_id,
                NewSchedule {
                    times,
                    repeat,
                    start_date: start,
                    end_date: end,
                    zone_policy: match zone {
                        Some(zone) => ZonePolicy::Pinned { zone },
                        None => ZonePolicy::FollowDevice,
                    },
                    amounts,
                },
            )?;
            saved(ctx, "cli-schedule-added", &med)
        }
        ScheduleCmd::Edit {
            schedule_id,
            at,
            amounts,
            daily,
            every_days,
            weekdays,
            zone,
            follow_device,
            start,
            end,
        } => {
            let (times, amounts) = if at.is_empty() {
                (None, (!amounts.is_empty()).then_some(amounts))
            } else {
                let (t, a) = times_and_amounts(at, amounts)?;
                (Some(t), a)
            };
            let repeat = if daily {
                Some(Repeat::Daily)
            } else {
                repeat_of(every_days, &weekdays)?
            };
            let zone_policy = match (zone, follow_device) {
                (Some(zone), _) => Some(ZonePolicy::Pinned { zone }),
                (None, true) => Some(ZonePolicy::FollowDevice),
                (None, false) => None,
            };
            let med = c.edit_schedule(
                schedule_id,
                ScheduleEdit {
                    times,
                    amounts,
                    repeat,
                    start_date: start,
                    end_date: end,
                    zone_policy,
                },
            )?;
            saved(ctx, "cli-schedule-edited", &med)
        }
        ScheduleCmd::End { schedule_id, on } => {
            saved(ctx, "cli-schedule-ended", &c.end_schedule(schedule_id, on)?)
        }
        ScheduleCmd::Remove { schedule_id } => saved(
            ctx,
            "cli-schedule-removed",
            &c.remove_schedule(schedule_id)?,
        ),
    }
}
