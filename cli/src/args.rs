//! The command line: the terminal's scriptable contract. Names here are kept as the
//! issues wrote them; add aliases rather than renaming.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

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
    /// Fill a separate folder with a few weeks of example data.
    Demo(DemoArgs),
}

#[derive(Debug, Subcommand)]
pub enum GoalCmd {
    /// Add a goal in your own words.
    Add {
        text: String,
        /// Why it matters to you.
        #[arg(long)]
        why: Option<String>,
        /// Part of life: work-study, housing, relationships, health, leisure, money,
        /// daily-living, other.
        #[arg(long, default_value = "other")]
        area: String,
    },
    /// List goals (active ones unless --all).
    #[command(alias = "ls")]
    List {
        #[arg(long)]
        all: bool,
    },
    /// Show a goal and its steps.
    Show { id: String },
    /// Change a goal.
    Edit {
        id: String,
        #[arg(long)]
        text: Option<String>,
        /// New reason; an empty value clears it.
        #[arg(long)]
        why: Option<String>,
        #[arg(long)]
        area: Option<String>,
        /// Days without progress before a step counts as stuck (1-365).
        #[arg(long)]
        stall_days: Option<u32>,
    },
    /// Mark a goal as reached.
    Reach { id: String },
    /// Set a goal aside for now.
    SetAside { id: String },
    /// Bring a reached or set-aside goal back.
    Resume { id: String },
}

#[derive(Debug, Args)]
pub struct AssignmentArgs {
    /// Tag the step as a home assignment from an IMR meeting.
    #[arg(long)]
    pub assignment: bool,
    /// The meeting's date (YYYY-MM-DD); implies --assignment.
    #[arg(long)]
    pub meeting: Option<String>,
    /// The IMR module; implies --assignment.
    #[arg(long)]
    pub module: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum StepCmd {
    /// Add a step to a goal.
    Add {
        goal_id: String,
        text: String,
        /// Date for it (YYYY-MM-DD).
        #[arg(long)]
        due: Option<String>,
        #[command(flatten)]
        assignment: AssignmentArgs,
    },
    /// Check a step off.
    Done { id: String },
    /// Open a checked-off step again.
    Undo { id: String },
    /// Change a step.
    Edit {
        id: String,
        #[arg(long)]
        text: Option<String>,
        /// New date (YYYY-MM-DD); an empty value clears it.
        #[arg(long)]
        due: Option<String>,
        #[command(flatten)]
        assignment: AssignmentArgs,
        /// Remove the home-assignment tag.
        #[arg(long, conflicts_with_all = ["assignment", "meeting", "module"])]
        no_assignment: bool,
    },
    /// Move a step to a position (1 is first).
    Move { id: String, position: u32 },
}

#[derive(Debug, Args)]
pub struct SolveArgs {
    /// The stuck step. Without it (in a terminal) you pick one.
    pub step_id: Option<String>,
    /// What gets in the way.
    #[arg(long)]
    pub problem: Option<String>,
    /// An idea to try; repeat for more.
    #[arg(long = "option")]
    pub options: Vec<String>,
    /// What is good about each idea, in the same order as --option.
    #[arg(long)]
    pub pros: Vec<String>,
    /// What is hard about each idea, in the same order as --option.
    #[arg(long)]
    pub cons: Vec<String>,
    /// The idea you choose (1 is the first --option).
    #[arg(long)]
    pub choose: Option<u32>,
    /// The first thing you will do.
    #[arg(long)]
    pub action: Option<String>,
    /// When to look back (YYYY-MM-DD).
    #[arg(long)]
    pub follow_up: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum FollowupCmd {
    /// Plans that are due to look back at.
    List,
    /// You looked back at a plan.
    Done { id: String },
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Where to put the example data (default: a "stegvis-demo" folder beside the
    /// default data folder; --data-dir also names it). Never a folder with data.
    #[arg(long)]
    pub into: Option<PathBuf>,
}
