//! A hidden command for the crash harness (`cli/tests/crash.rs`): it writes steps,
//! check-ins and doses one after another through the same facade calls `step add`,
//! `checkin --rate` and `meds take MED --at` make, until it is killed.
//!
//! Its stdout is the harness's record of what was acknowledged. Each line is flushed
//! before the next thing happens:
//! - `opening` just before the data folder is opened, `ready` once it is open;
//! - `begin SEQ KIND` just before a write, `ok SEQ KIND VALUE` once it committed.
//!
//! A write counts as acknowledged only once its `ok` line was printed, which happens
//! after the facade call returned, that is after SQLite's COMMIT. A kill between
//! `begin` and `ok` landed inside the write. Inside it, the core's trace lines around
//! its transaction are printed as `tx begun`, `tx committing` and `tx committed`, so
//! the harness can tell a kill inside the transaction from one before or after it.
//! (With `STEGVIS_LOG` set, the terminal's own logger is installed first and no `tx`
//! lines are printed; the harness unsets it.)

use std::io::Write;

use chrono::Duration;
use clap::Args as ClapArgs;
use stegvis_core::{
    CheckinInput, GoalFilter, LifeArea, NewGoal, NewMedication, NewSign, NewStep, Rating,
};

use crate::args::Cli;
use crate::context::Ctx;
use crate::failure::Failure;

/// Text of the goal, sign and medicine the loop writes under, so a later run finds them.
const GOAL: &str = "crash harness goal";
const SIGN: &str = "crash harness sign";
const MED: &str = "crash harness medicine";
/// The medicine's count on hand at first; every dose takes one, in the same write.
pub const START_COUNT: i64 = 100_000;

#[derive(Debug, ClapArgs)]
pub struct CrashLoopArgs {
    /// The sequence number of the first write; the harness continues where it left off.
    #[arg(long, default_value_t = 0)]
    pub from: u64,
}

/// Prints the core's transaction trace lines as `tx …` lines of the same stream.
struct TxLines;

impl log::Log for TxLines {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.target().starts_with("stegvis_core::store")
    }

    fn log(&self, record: &log::Record<'_>) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let text = record.args().to_string();
        if let Some(stage) = text.strip_prefix("write transaction ") {
            let _ = line(&format!("tx {stage}"));
        }
    }

    fn flush(&self) {}
}

static TX_LINES: TxLines = TxLines;

fn line(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{text}").map_err(|_| Failure::Io)?;
    out.flush().map_err(|_| Failure::Io)
}

/// Runs until killed (or until a write fails, which ends it with that error).
pub fn run(cli: &Cli, args: &CrashLoopArgs, lang: stegvis_core::Lang) -> Result<(), Failure> {
    if log::set_logger(&TX_LINES).is_ok() {
        log::set_max_level(log::LevelFilter::Trace);
    }
    line("opening")?;
    let ctx = Ctx::open(cli, lang)?;
    line("ready")?;
    let c = &ctx.companion;

    let goal = match c
        .list_goals(GoalFilter::All)?
        .into_iter()
        .find(|g| g.text == GOAL)
    {
        Some(goal) => goal.id,
        None => {
            line("begin 0 goal")?;
            let goal = c.add_goal(NewGoal {
                text: GOAL.to_owned(),
                why: None,
                area: LifeArea::Health,
            })?;
            line(&format!("ok 0 goal {}", goal.id))?;
            goal.id
        }
    };
    let sign = match c.list_signs(true)?.into_iter().find(|s| s.name == SIGN) {
        Some(sign) => sign.id,
        None => {
            line("begin 0 sign")?;
            let sign = c.add_sign(NewSign {
                catalog_key: None,
                text: Some(SIGN.to_owned()),
                noticed_by_others: false,
            })?;
            line(&format!("ok 0 sign {}", sign.id))?;
            sign.id
        }
    };
    let med = match c
        .list_medications(true)?
        .into_iter()
        .find(|m| m.name == MED)
    {
        Some(med) => med.id,
        None => {
            line("begin 0 med")?;
            let med = c.add_medication(NewMedication {
                name: MED.to_owned(),
                count_on_hand: Some(START_COUNT),
                ..NewMedication::default()
            })?;
            line(&format!("ok 0 med {}", med.id))?;
            med.id
        }
    };
    line(&format!("setup {goal} {sign} {med}"))?;

    let now = stegvis_core::time::Clock::now(&*crate::context::clock()?);
    let today = stegvis_core::time::local_date(now, ctx.zone);
    for seq in args.from.. {
        match seq % 3 {
            0 => {
                line(&format!("begin {seq} step"))?;
                let step = c.add_step(
                    goal.clone(),
                    NewStep {
                        text: format!("crash step {seq}"),
                        due_date: None,
                        assignment: None,
                        repeat: None,
                        remind_at: None,
                    },
                )?;
                line(&format!("ok {seq} step {}", step.id))?;
            }
            1 => {
                // Eight days a check-in may be saved for; the same day again replaces it.
                let date = today - Duration::days((seq % 8) as i64);
                line(&format!("begin {seq} checkin {date}"))?;
                c.save_checkin(CheckinInput {
                    date: Some(date.to_string()),
                    ratings: vec![Rating {
                        sign_id: sign.clone(),
                        value: (seq % 4) as u8,
                    }],
                    note: Some(format!("crash checkin {seq}")),
                    sleep_hours: None,
                })?;
                line(&format!("ok {seq} checkin {date}"))?;
            }
            _ => {
                // A distinct instant per dose, so each one can be found again.
                let at = now - Duration::seconds(seq as i64);
                line(&format!("begin {seq} dose"))?;
                let taken = c.take_medication(med.clone(), Some(at), false)?;
                line(&format!(
                    "ok {seq} dose {}",
                    taken
                        .taken_at
                        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
                ))?;
            }
        }
    }
    Ok(())
}
