//! One function per subcommand: read the arguments, make one core call, print.

use std::io::IsTerminal;

use stegvis_core::{
    parse_step_repeat, Field, GoalEdit, GoalFilter, HomeAssignment, InvalidReason, LifeArea,
    LookBackInput, LookBackOutcome, NewGoal, NewStep, ProblemSolving, ProblemSolvingInput,
    SolveOption, StegvisError, StepEdit, TodayItemKind,
};

use crate::context::Ctx;
use crate::failure::Failure;
use crate::{interactive, output};

#[derive(Debug, clap::Subcommand)]
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

#[derive(Debug, clap::Args)]
pub struct AssignmentArgs {
    /// Tag the step as a home assignment from an IMR meeting.
    #[arg(long)]
    pub assignment: bool,
    /// The meeting's date (YYYY-MM-DD); implies --assignment.
    #[arg(long)]
    pub meeting: Option<String>,
    /// The IMR module: its key (`stegvis modules list`) or its name; implies --assignment.
    #[arg(long)]
    pub module: Option<String>,
}

#[derive(Debug, clap::Subcommand)]
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
        /// Repeat it: daily, weekly:N (N times a week, 1-7) or weekdays:mon,thu.
        #[arg(long)]
        repeat: Option<String>,
        /// When a repeating step reminds on its days (HH:MM); 09:00 otherwise.
        #[arg(long)]
        at: Option<String>,
    },
    /// Check a step off. On a repeating step: today's time (or --date's).
    Done {
        id: String,
        /// The day a repeating step was done (YYYY-MM-DD); today by default.
        #[arg(long)]
        date: Option<String>,
    },
    /// Open a checked-off step again. On a repeating step: take back today's
    /// check-off (or --date's); the other days are kept.
    Undo {
        id: String,
        /// The day to take back (YYYY-MM-DD); today by default.
        #[arg(long)]
        date: Option<String>,
    },
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
        /// How it repeats: daily, weekly:N, weekdays:mon,thu, or none for once.
        #[arg(long)]
        repeat: Option<String>,
        /// When a repeating step reminds (HH:MM); an empty value goes back to 09:00.
        #[arg(long)]
        at: Option<String>,
    },
    /// Move a step to a position (1 is first).
    Move { id: String, position: u32 },
}

/// Reading a plan back, and trying its next idea. `solve STEP_ID --problem ...` and
/// bare `solve` keep working as before.
#[derive(Debug, clap::Subcommand)]
pub enum SolveCmd {
    /// One plan in full: the problem, the ideas, the chosen one, the first action,
    /// the day to look back and how it went.
    Show { id: String },
    /// Try another idea from a plan: a new plan with the same problem and ideas.
    Next {
        /// The plan to take the idea from.
        id: String,
        /// The idea to try (1 is the first); the one after the chosen by default.
        #[arg(long)]
        option: Option<u32>,
        /// The first thing you will do.
        #[arg(long)]
        action: String,
        /// When to look back (YYYY-MM-DD).
        #[arg(long)]
        follow_up: String,
    },
}

/// How it went, for `followup done --outcome`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum OutcomeArg {
    Helped,
    Partly,
    NotYet,
}

impl From<OutcomeArg> for LookBackOutcome {
    fn from(o: OutcomeArg) -> Self {
        match o {
            OutcomeArg::Helped => LookBackOutcome::Helped,
            OutcomeArg::Partly => LookBackOutcome::Partly,
            OutcomeArg::NotYet => LookBackOutcome::NotYet,
        }
    }
}

#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct SolveArgs {
    #[command(subcommand)]
    pub read: Option<SolveCmd>,
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

#[derive(Debug, clap::Subcommand)]
pub enum FollowupCmd {
    /// Plans that are due to look back at.
    List,
    /// You looked back at a plan. In a terminal without --outcome it asks how it
    /// went; in a script without --outcome it is marked done without an answer.
    Done {
        id: String,
        /// How it went.
        #[arg(long, value_enum)]
        outcome: Option<OutcomeArg>,
        /// A note about how it went.
        #[arg(long)]
        note: Option<String>,
    },
}

fn area(key: &str) -> Result<LifeArea, Failure> {
    LifeArea::from_key(key).map_err(Failure::Core)
}

fn assignment(args: AssignmentArgs) -> Option<HomeAssignment> {
    (args.assignment || args.meeting.is_some() || args.module.is_some()).then_some(HomeAssignment {
        meeting_date: args.meeting,
        module: args.module,
    })
}

pub fn goal(ctx: &Ctx, cmd: GoalCmd) -> Result<(), Failure> {
    let c = &ctx.companion;
    match cmd {
        GoalCmd::Add {
            text,
            why,
            area: key,
        } => {
            let goal = c.add_goal(NewGoal {
                text,
                why,
                area: area(&key)?,
            })?;
            output::saved(ctx, "cli-goal-added", &goal, &goal.id)
        }
        GoalCmd::List { all } => {
            let filter = if all {
                GoalFilter::All
            } else {
                GoalFilter::Active
            };
            output::goals(ctx, &c.list_goals(filter)?)
        }
        GoalCmd::Show { id } => output::goal_detail(ctx, &c.goal(id)?),
        GoalCmd::Edit {
            id,
            text,
            why,
            area: key,
            stall_days,
        } => {
            let edit = GoalEdit {
                text,
                why,
                area: key.as_deref().map(area).transpose()?,
                stall_days,
            };
            let goal = c.edit_goal(id, edit)?;
            output::saved(ctx, "cli-goal-edited", &goal, &goal.id)
        }
        GoalCmd::Reach { id } => {
            let goal = c.reach_goal(id)?;
            output::saved(ctx, "cli-goal-reached", &goal, &goal.id)
        }
        GoalCmd::SetAside { id } => {
            let goal = c.set_goal_aside(id)?;
            output::saved(ctx, "cli-goal-set-aside", &goal, &goal.id)
        }
        GoalCmd::Resume { id } => {
            let goal = c.resume_goal(id)?;
            output::saved(ctx, "cli-goal-resumed", &goal, &goal.id)
        }
    }
}

pub fn step(ctx: &Ctx, cmd: StepCmd) -> Result<(), Failure> {
    let c = &ctx.companion;
    match cmd {
        StepCmd::Add {
            goal_id,
            text,
            due,
            assignment: a,
            repeat,
            at,
        } => {
            let repeat = match repeat {
                Some(text) => parse_step_repeat(text)?,
                None => None,
            };
            let step = c.add_step(
                goal_id,
                NewStep {
                    text,
                    due_date: due,
                    assignment: assignment(a),
                    repeat,
                    remind_at: at,
                },
            )?;
            output::saved(ctx, "cli-step-added", &step, &step.id)
        }
        StepCmd::Done { id, date } => {
            let step = match &date {
                Some(_) => c.check_off_occurrence(id, date.clone())?,
                None => c.complete_step(id)?,
            };
            if step.repeat.is_some() {
                return output::occurrence(ctx, "cli-repeat-done", &step, date.as_deref());
            }
            output::saved(ctx, "cli-step-done", &step, &step.id)
        }
        StepCmd::Undo { id, date } => {
            let step = match &date {
                Some(_) => c.undo_occurrence(id, date.clone())?,
                None => c.undo_step(id)?,
            };
            if step.repeat.is_some() {
                return output::occurrence(ctx, "cli-repeat-undone", &step, date.as_deref());
            }
            output::saved(ctx, "cli-step-undone", &step, &step.id)
        }
        StepCmd::Edit {
            id,
            text,
            due,
            assignment: a,
            no_assignment,
            repeat,
            at,
        } => {
            // `--repeat none` makes it a step done once again; its days done are kept.
            let (repeat, one_off) = match repeat {
                Some(text) => match parse_step_repeat(text)? {
                    Some(rule) => (Some(rule), false),
                    None => (None, true),
                },
                None => (None, false),
            };
            let assignment = if no_assignment {
                Some(HomeAssignment::default())
            } else {
                assignment(a)
            };
            let step = c.edit_step(
                id,
                StepEdit {
                    text,
                    due_date: due,
                    assignment,
                    repeat,
                    one_off,
                    remind_at: at,
                },
            )?;
            output::saved(ctx, "cli-step-edited", &step, &step.id)
        }
        StepCmd::Move { id, position } => {
            let detail = c.move_step(id, position)?;
            if ctx.json {
                return output::json(&detail);
            }
            println!("{}", ctx.loc.t("cli-step-moved"));
            output::goal_detail(ctx, &detail)
        }
    }
}

/// Pairs `--pros`/`--cons` with `--option` by position; more than options is an error.
fn weigh(values: &[String], options: usize, field: Field) -> Result<Vec<Option<String>>, Failure> {
    if values.len() > options {
        return Err(Failure::Core(StegvisError::InvalidInput {
            field,
            reason: InvalidReason::OutOfRange {
                min: 0,
                max: options as i64,
            },
        }));
    }
    Ok((0..options).map(|i| values.get(i).cloned()).collect())
}

pub fn solve(ctx: &Ctx, args: SolveArgs) -> Result<(), Failure> {
    match args.read {
        Some(SolveCmd::Show { id }) => {
            return output::solve_plan(ctx, &ctx.companion.problem_solving(id)?)
        }
        Some(SolveCmd::Next {
            id,
            option,
            action,
            follow_up,
        }) => {
            let option = match option {
                Some(o) => o,
                None => next_option(&ctx.companion.problem_solving(id.clone())?)?,
            };
            let plan = ctx
                .companion
                .try_next_option(id, option, action, follow_up)?;
            return output::plan_saved(ctx, &plan);
        }
        None => {}
    }
    let scripted = args.problem.is_some() || !args.options.is_empty() || args.action.is_some();
    if !scripted && std::io::stdin().is_terminal() {
        return interactive::solve(ctx, args.step_id);
    }
    let Some(step_id) = args.step_id else {
        return Err(Failure::Core(StegvisError::InvalidInput {
            field: Field::Id,
            reason: InvalidReason::Empty,
        }));
    };
    let n = args.options.len();
    let pros = weigh(&args.pros, n, Field::OptionPros)?;
    let cons = weigh(&args.cons, n, Field::OptionCons)?;
    let options = args
        .options
        .into_iter()
        .zip(pros.into_iter().zip(cons))
        .map(|(text, (pros, cons))| SolveOption { text, pros, cons })
        .collect();
    let plan = ctx.companion.save_problem_solving(
        step_id,
        ProblemSolvingInput {
            problem: args.problem.unwrap_or_default(),
            options,
            chosen: args.choose.unwrap_or(if n == 1 { 1 } else { 0 }),
            first_action: args.action.unwrap_or_default(),
            follow_up_date: args.follow_up.unwrap_or_default(),
        },
    )?;
    output::plan_saved(ctx, &plan)
}

pub fn followup(ctx: &Ctx, cmd: FollowupCmd) -> Result<(), Failure> {
    match cmd {
        FollowupCmd::List => {
            let today = ctx.companion.today()?;
            let items: Vec<_> = today
                .sections
                .into_iter()
                .flat_map(|s| s.items)
                .filter(|i| i.kind == TodayItemKind::FollowUp)
                .collect();
            if ctx.json {
                return output::json(&items);
            }
            if items.is_empty() {
                println!("{}", ctx.loc.t("cli-no-follow-ups"));
            }
            for item in items {
                println!("  • {}", item.title);
                if let Some(detail) = &item.detail {
                    println!("    {}", ctx.style.dim(detail));
                }
                if let Some(id) = &item.problem_solving_id {
                    println!("    {}", ctx.style.dim(&format!("id: {id}")));
                }
            }
            Ok(())
        }
        FollowupCmd::Done { id, outcome, note } => {
            let asks = outcome.is_none()
                && !ctx.json
                && std::io::stdin().is_terminal()
                && std::io::stdout().is_terminal();
            if asks {
                return interactive_look_back(ctx, id, note);
            }
            let plan = ctx.companion.look_back(
                id,
                LookBackInput {
                    outcome: outcome.map(Into::into),
                    note,
                },
            )?;
            output::saved(ctx, "solve-follow-up-done", &plan, &plan.id)
        }
    }
}

pub fn areas(ctx: &Ctx) -> Result<(), Failure> {
    let areas = ctx.companion.life_areas()?;
    if ctx.json {
        return output::json(&areas);
    }
    for a in areas {
        println!("  {:<14} {}", a.key, a.name);
    }
    Ok(())
}

/// The idea after the chosen one; a plan with a single idea has none to offer.
fn next_option(plan: &ProblemSolving) -> Result<u32, Failure> {
    plan.next_option
        .ok_or(Failure::Core(StegvisError::InvalidInput {
            field: Field::ChosenOption,
            reason: InvalidReason::OutOfRange {
                min: 1,
                max: plan.options.len() as i64,
            },
        }))
}

/// Asks how it went and a note, keeps the answer, then offers the next idea or a new
/// plan. Esc before the answer saves nothing.
fn interactive_look_back(ctx: &Ctx, id: String, note: Option<String>) -> Result<(), Failure> {
    use inquire::error::InquireError;
    use inquire::{Select, Text};
    let calm = |e: InquireError| match e {
        InquireError::OperationCanceled => None,
        InquireError::NotTTY => Some(Failure::NeedsTerminal),
        _ => Some(Failure::Io),
    };
    let c = &ctx.companion;
    let plan = c.problem_solving(id.clone())?;
    output::solve_plan(ctx, &plan)?;
    println!();
    let prompts = c.look_back_prompts()?;
    let labels = prompts.outcome_labels.clone();
    let chosen = match Select::new(&prompts.question, labels.clone())
        .without_help_message()
        .prompt()
    {
        Ok(label) => labels.iter().position(|l| *l == label),
        Err(e) => return calm(e).map_or(Ok(()), Err),
    };
    let outcome = chosen.and_then(|i| prompts.outcomes.get(i).copied());
    let note = match note {
        Some(n) => Some(n),
        None => match Text::new(&prompts.note).prompt() {
            Ok(n) => Some(n),
            Err(e) => return calm(e).map_or(Ok(()), Err),
        },
    };
    let plan = c.look_back(id, LookBackInput { outcome, note })?;
    println!("{}", ctx.loc.t("look-back-kept"));
    let mut choices = Vec::new();
    if let Some(next) = plan.next_option {
        if let Some(idea) = plan.options.get(next as usize - 1) {
            choices.push(ctx.loc.ta(
                "look-back-try-idea",
                &stegvis_core::l10n::Args::new().text("idea", idea.text.clone()),
            ));
        }
    }
    choices.push(prompts.new_plan.clone());
    choices.push(ctx.loc.t("look-back-nothing-now"));
    let picked = match Select::new(&ctx.loc.t("look-back-what-next"), choices.clone())
        .without_help_message()
        .prompt()
    {
        Ok(p) => p,
        Err(e) => return calm(e).map_or(Ok(()), Err),
    };
    let solve_prompts = c.solve_prompts()?;
    if plan.next_option.is_some() && picked == choices[0] {
        let action = match Text::new(&solve_prompts.first_action).prompt() {
            Ok(a) => a,
            Err(e) => return calm(e).map_or(Ok(()), Err),
        };
        let date = match Text::new(&solve_prompts.follow_up).prompt() {
            Ok(d) => d,
            Err(e) => return calm(e).map_or(Ok(()), Err),
        };
        let next = plan.next_option.unwrap_or(1);
        let new_plan = c.try_next_option(plan.id.clone(), next, action, date)?;
        return output::plan_saved(ctx, &new_plan);
    }
    if picked == prompts.new_plan {
        return interactive::solve(ctx, Some(plan.step_id));
    }
    Ok(())
}
