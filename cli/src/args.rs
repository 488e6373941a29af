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
    /// Early warning signs: your list, the catalog, trends.
    #[command(subcommand)]
    Signs(SignsCmd),
    /// Daily check-in: rate each sign from 0 (not at all) to 3 (a lot).
    Checkin(CheckinArgs),
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

#[derive(Debug, Subcommand)]
pub enum SignsCmd {
    /// Your signs in check-in order.
    #[command(alias = "ls")]
    List {
        /// Include signs no longer on the list.
        #[arg(long)]
        all: bool,
    },
    /// Add a sign from the catalog (--catalog KEY) or in your own words.
    Add {
        text: Option<String>,
        /// A key from `stegvis signs catalog`.
        #[arg(long)]
        catalog: Option<String>,
        /// Others tend to notice this sign before you do.
        #[arg(long)]
        others: bool,
    },
    /// Take a sign off the list; its history is kept.
    Retire { id: String },
    /// Move a sign to a position in the check-in (1 is first).
    Move { id: String, position: u32 },
    /// Common early warning signs to choose from.
    Catalog,
    /// Your signs over the last weeks.
    Trend {
        /// 1 to 52 weeks.
        #[arg(long, default_value_t = 4)]
        weeks: u32,
    },
}

#[derive(Debug, Args)]
pub struct CheckinArgs {
    /// A rating as SIGN_ID=0..3; repeat for each sign. Without any, a terminal asks.
    #[arg(long = "rate", value_name = "ID=N")]
    pub rates: Vec<String>,
    /// A short note.
    #[arg(long)]
    pub note: Option<String>,
    /// Hours slept, e.g. 6.5.
    #[arg(long)]
    pub sleep: Option<f64>,
    /// The day (YYYY-MM-DD), up to a week back; today by default.
    #[arg(long)]
    pub date: Option<String>,
}

#[derive(Debug, Subcommand)]
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

#[derive(Debug, Args)]
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

#[derive(Debug, Subcommand)]
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

#[derive(Debug, Args)]
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

#[derive(Debug, Subcommand)]
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
        #[arg(long, default_value_t = 10)]
        minutes: u32,
    },
    /// Planned doses taken over 7, 30 and 90 days (or --days N).
    Adherence {
        #[arg(long)]
        days: Option<u32>,
    },
}

#[derive(Debug, Subcommand)]
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
