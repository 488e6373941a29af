//! The command line's top level: global options and the commands, each of whose
//! arguments lives beside the code that runs it. This is the terminal's scriptable contract. Names here are kept as the
//! issues wrote them; add aliases rather than renaming.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::commands::{FollowupCmd, GoalCmd, SolveArgs, StepCmd};
use crate::crash_loop::CrashLoopArgs;
use crate::history::HistoryArgs;
use crate::meds::MedsCmd;
use crate::modules::ModulesCmd;
use crate::plan::PlanCmd;
use crate::portable::{EraseArgs, ExportArgs, ImportArgs};
use crate::reminders::RemindersCmd;
use crate::scale::ScaleCmd;
use crate::sharing::{ShareCmd, SupporterCmd};
use crate::signs::{CheckinArgs, SignsCmd};
use crate::DemoArgs;

#[derive(Debug, Parser)]
#[command(
    name = "stegvis",
    version,
    about = "Stegvis: your IMR companion between meetings. Run with no command for the home screen."
)]
pub struct Cli {
    /// Data folder (default: the platform's data folder for Stegvis).
    #[arg(long, env = "STEGVIS_DATA_DIR", global = true)]
    pub data_dir: Option<PathBuf>,
    /// Language: en, nb, sv or da (default: from the environment).
    #[arg(long, env = "STEGVIS_LANG", global = true)]
    pub lang: Option<String>,
    /// Print machine-readable JSON instead of text.
    #[arg(long, global = true)]
    pub json: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Recovery goals.
    #[command(subcommand)]
    Goal(GoalCmd),
    /// Small steps towards a goal.
    #[command(subcommand)]
    Step(StepCmd),
    /// Make a plan for a step that is stuck (IMR problem solving).
    Solve(SolveArgs),
    /// Look back at problem-solving plans.
    #[command(subcommand, alias = "follow-up")]
    Followup(FollowupCmd),
    /// What deserves attention today.
    Today,
    /// The parts of life a goal can belong to, with their keys.
    Areas,
    /// Early warning signs: your list, the catalog, trends.
    #[command(subcommand)]
    Signs(SignsCmd),
    /// Daily check-in: rate each sign from 0 (not at all) to 3 (a lot).
    Checkin(CheckinArgs),
    /// What you did, month by month: a calendar, or one day with --date.
    History(HistoryArgs),
    /// Your relapse-prevention plan.
    #[command(subcommand)]
    Plan(PlanCmd),
    /// Medicines: add them, schedule them, log doses, see how it goes.
    #[command(subcommand, alias = "med")]
    Meds(MedsCmd),
    /// The notifications a phone would schedule now (`--json` is the shells' contract).
    Reminders {
        #[command(subcommand)]
        action: Option<RemindersCmd>,
    },
    /// Share parts of your plan with someone close, end-to-end encrypted.
    #[command(subcommand)]
    Share(ShareCmd),
    /// Plans someone shares with you, read-only.
    #[command(subcommand)]
    Supporter(SupporterCmd),
    /// What happened with sharing on this install, newest first.
    Audit,
    /// How things have gone: goals, signs, medicines, modules and the IMR Scale.
    Progress(crate::progress::PeriodArgs),
    /// A report to bring to an IMR meeting: `--out FILE.pdf`, or `--json` (FHIR R4) for a practitioner's system.
    Report(crate::report::ReportArgs),
    /// The IMR modules: list them, mark one started or worked through.
    #[command(subcommand)]
    Modules(ModulesCmd),
    /// The IMR Scale self-rating: fill it in, see how it goes, choose how often.
    #[command(subcommand)]
    Scale(ScaleCmd),
    /// Fill a separate folder with a few weeks of example data.
    Demo(DemoArgs),
    /// For the crash harness only: write until killed, one line per committed write.
    #[command(hide = true)]
    CrashLoop(CrashLoopArgs),
    /// Save everything to one file encrypted with a passphrase (or, with
    /// --readable, readable JSON and CSV files that are NOT encrypted).
    Export(ExportArgs),
    /// Restore an encrypted export into an empty data folder (a new phone).
    Import(ImportArgs),
    /// Erase everything: every record, the key and the files.
    Erase(EraseArgs),
}
