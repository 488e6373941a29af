//! One function per subcommand: read the arguments, make one core call, print.

use std::io::IsTerminal;

use stegvis_core::{
    Field, GoalEdit, GoalFilter, HomeAssignment, InvalidReason, LifeArea, NewGoal, NewStep,
    ProblemSolvingInput, SolveOption, StegvisError, StepEdit, TodayItemKind,
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
    /// The IMR module; implies --assignment.
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

#[derive(Debug, clap::Args)]
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

#[derive(Debug, clap::Subcommand)]
pub enum FollowupCmd {
    /// Plans that are due to look back at.
    List,
    /// You looked back at a plan.
    Done { id: String },
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
        } => {
            let step = c.add_step(
                goal_id,
                NewStep {
                    text,
                    due_date: due,
                    assignment: assignment(a),
                },
            )?;
            output::saved(ctx, "cli-step-added", &step, &step.id)
        }
        StepCmd::Done { id } => {
            let step = c.complete_step(id)?;
            output::saved(ctx, "cli-step-done", &step, &step.id)
        }
        StepCmd::Undo { id } => {
            let step = c.undo_step(id)?;
            output::saved(ctx, "cli-step-undone", &step, &step.id)
        }
        StepCmd::Edit {
            id,
            text,
            due,
            assignment: a,
            no_assignment,
        } => {
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
        FollowupCmd::Done { id } => {
            let plan = ctx.companion.complete_follow_up(id)?;
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
