//! The interactive home: today's items, then a short menu. Every answer goes to the
//! core, which checks it; a refused answer is explained and asked again.

use std::fmt;

use inquire::error::InquireError;
use inquire::{Select, Text};
use stegvis_core::l10n::Args;
use stegvis_core::validate;
use stegvis_core::{
    Field, GoalFilter, LifeArea, NewGoal, NewStep, ProblemSolvingInput, SolveOption, StegvisError,
    TodayItemKind,
};

use crate::context::Ctx;
use crate::failure::Failure;
use crate::output;

/// A labelled choice that carries an id.
struct Choice<T> {
    label: String,
    value: T,
}

impl<T> fmt::Display for Choice<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Action {
    Checkin,
    Plan,
    AddGoal,
    AddStep,
    CheckStep,
    Solve,
    FollowUp,
    Goals,
    Quit,
}

/// What became of a prompt.
enum Asked<T> {
    Answer(T),
    /// Esc: back to the menu.
    Back,
}

fn ask<T>(result: Result<T, InquireError>) -> Result<Asked<T>, Failure> {
    match result {
        Ok(v) => Ok(Asked::Answer(v)),
        Err(InquireError::OperationCanceled) => Ok(Asked::Back),
        Err(InquireError::OperationInterrupted) => Err(Failure::Io),
        Err(InquireError::NotTTY) => Err(Failure::NeedsTerminal),
        Err(_) => Err(Failure::Io),
    }
}

macro_rules! answer {
    ($e:expr) => {
        match $e? {
            Asked::Answer(v) => v,
            Asked::Back => return Ok(()),
        }
    };
}

fn text(prompt: &str) -> Result<Asked<String>, Failure> {
    ask(Text::new(prompt).prompt())
}

fn select<T>(prompt: &str, choices: Vec<Choice<T>>) -> Result<Asked<T>, Failure> {
    ask(Select::new(prompt, choices)
        .without_help_message()
        .with_page_size(12)
        .prompt()
        .map(|c| c.value))
}

/// Shows a refused answer kindly; the caller asks again.
fn explain(ctx: &Ctx, e: &StegvisError) {
    eprintln!("{} {}", ctx.loc.t("cli-error-prefix"), ctx.describe(e));
}

/// Runs `attempt` until the core accepts it or the person goes back. Only a refusal
/// of `field`, the one just asked, is asked again; anything else ends the flow.
fn until_accepted<T>(
    ctx: &Ctx,
    field: Field,
    mut attempt: impl FnMut() -> Result<Asked<Result<T, StegvisError>>, Failure>,
) -> Result<Asked<T>, Failure> {
    loop {
        match attempt()? {
            Asked::Back => return Ok(Asked::Back),
            Asked::Answer(Ok(v)) => return Ok(Asked::Answer(v)),
            Asked::Answer(Err(e @ StegvisError::InvalidInput { field: f, .. })) if f == field => {
                explain(ctx, &e)
            }
            Asked::Answer(Err(e)) => return Err(Failure::Core(e)),
        }
    }
}

/// Asks for required text until the core's text rule accepts it.
fn required_text(ctx: &Ctx, prompt: &str, field: Field) -> Result<Asked<String>, Failure> {
    until_accepted(ctx, field, || {
        Ok(match text(prompt)? {
            Asked::Answer(t) => Asked::Answer(validate::required(&t, field)),
            Asked::Back => Asked::Back,
        })
    })
}

pub fn home(ctx: &Ctx) -> Result<(), Failure> {
    loop {
        println!();
        output::today(ctx, &ctx.companion.today()?)?;
        println!();
        let menu = [
            (Action::Checkin, "cli-menu-checkin"),
            (Action::AddGoal, "cli-menu-add-goal"),
            (Action::AddStep, "cli-menu-add-step"),
            (Action::CheckStep, "cli-menu-check-step"),
            (Action::Solve, "cli-menu-solve"),
            (Action::FollowUp, "cli-menu-follow-up"),
            (Action::Goals, "cli-menu-goals"),
            (Action::Plan, "cli-menu-plan"),
            (Action::Quit, "cli-menu-quit"),
        ]
        .into_iter()
        .map(|(value, id)| Choice {
            label: ctx.loc.t(id),
            value,
        })
        .collect();
        let action = match select(&ctx.loc.t("cli-menu-title"), menu)? {
            Asked::Answer(a) => a,
            Asked::Back => Action::Quit,
        };
        let result = match action {
            Action::Checkin => crate::checkin_prompt::run(ctx, None),
            Action::Plan => crate::plan::plan(ctx, crate::plan::PlanCmd::Show { version: None }),
            Action::AddGoal => add_goal(ctx),
            Action::AddStep => add_step(ctx),
            Action::CheckStep => check_step(ctx),
            Action::Solve => solve(ctx, None),
            Action::FollowUp => follow_up(ctx),
            Action::Goals => output::goals(ctx, &ctx.companion.list_goals(GoalFilter::Active)?),
            Action::Quit => {
                println!("{}", ctx.loc.t("cli-bye"));
                return Ok(());
            }
        };
        match result {
            Ok(()) => {}
            Err(Failure::Core(e)) => explain(ctx, &e),
            Err(other) => return Err(other),
        }
    }
}

fn add_goal(ctx: &Ctx) -> Result<(), Failure> {
    let c = &ctx.companion;
    let goal_text = answer!(required_text(
        ctx,
        &ctx.loc.t("cli-ask-goal-text"),
        Field::GoalText
    ));
    let why = answer!(text(&ctx.loc.t("cli-ask-goal-why")));
    let areas = c
        .life_areas()?
        .into_iter()
        .map(|a| Choice {
            label: a.name,
            value: a.area,
        })
        .collect();
    let area: LifeArea = answer!(select(&ctx.loc.t("cli-ask-area"), areas));
    let goal = c.add_goal(NewGoal {
        text: goal_text,
        why: Some(why),
        area,
    })?;
    println!("{}", ctx.loc.t("cli-goal-added"));
    ask_steps(ctx, &goal.id)
}

/// Asks for steps until the person leaves the answer empty.
fn ask_steps(ctx: &Ctx, goal_id: &str) -> Result<(), Failure> {
    loop {
        let step_text = answer!(text(&ctx.loc.t("cli-ask-step-text")));
        if step_text.trim().is_empty() {
            return Ok(());
        }
        answer!(until_accepted(ctx, Field::DueDate, || {
            let due = match text(&ctx.loc.t("cli-ask-due"))? {
                Asked::Answer(d) => d,
                Asked::Back => return Ok(Asked::Back),
            };
            Ok(Asked::Answer(ctx.companion.add_step(
                goal_id.to_owned(),
                NewStep {
                    text: step_text.clone(),
                    due_date: Some(due),
                    assignment: None,
                },
            )))
        }));
        println!("{}", ctx.loc.t("cli-step-added"));
    }
}

fn pick_goal(ctx: &Ctx) -> Result<Asked<String>, Failure> {
    let goals = ctx.companion.list_goals(GoalFilter::Active)?;
    if goals.is_empty() {
        println!("{}", ctx.loc.t("cli-no-goals"));
        return Ok(Asked::Back);
    }
    let choices = goals
        .into_iter()
        .map(|g| Choice {
            label: format!("{} ({})", g.text, g.progress.label),
            value: g.id,
        })
        .collect();
    select(&ctx.loc.t("cli-ask-pick-goal"), choices)
}

fn add_step(ctx: &Ctx) -> Result<(), Failure> {
    let goal_id = answer!(pick_goal(ctx));
    ask_steps(ctx, &goal_id)
}

/// Open steps of active goals, stalled ones first when `stalled_first`.
fn open_steps(ctx: &Ctx, stalled_first: bool) -> Result<Vec<Choice<String>>, Failure> {
    let mut steps = Vec::new();
    for goal in ctx.companion.list_goals(GoalFilter::Active)? {
        for step in ctx.companion.goal(goal.id.clone())?.steps {
            if !step.done {
                let label = ctx.loc.ta(
                    "cli-step-of-goal",
                    &Args::new()
                        .text("step", step.text.clone())
                        .text("goal", goal.text.clone()),
                );
                steps.push((
                    step.stalled,
                    Choice {
                        label,
                        value: step.id,
                    },
                ));
            }
        }
    }
    if stalled_first {
        steps.sort_by_key(|(stalled, _)| !*stalled);
    }
    Ok(steps.into_iter().map(|(_, c)| c).collect())
}

fn check_step(ctx: &Ctx) -> Result<(), Failure> {
    let steps = open_steps(ctx, false)?;
    if steps.is_empty() {
        println!("{}", ctx.loc.t("cli-no-open-steps"));
        return Ok(());
    }
    let id = answer!(select(&ctx.loc.t("cli-ask-pick-step"), steps));
    ctx.companion.complete_step(id)?;
    println!("{}", ctx.loc.t("cli-step-done"));
    Ok(())
}

/// The problem-solving flow, one question at a time.
pub fn solve(ctx: &Ctx, step_id: Option<String>) -> Result<(), Failure> {
    let c = &ctx.companion;
    let step_id = match step_id {
        Some(id) => id,
        None => {
            let steps = open_steps(ctx, true)?;
            if steps.is_empty() {
                println!("{}", ctx.loc.t("cli-no-open-steps"));
                return Ok(());
            }
            answer!(select(&ctx.loc.t("cli-ask-pick-step"), steps))
        }
    };
    let prompts = c.solve_prompts()?;
    println!("{}", prompts.intro);
    let problem = answer!(required_text(ctx, &prompts.problem, Field::ProblemText));
    let mut options = Vec::new();
    println!("{}", prompts.options);
    loop {
        let idea = answer!(text(&format!("{}.", options.len() + 1)));
        if idea.trim().is_empty() {
            if options.is_empty() {
                continue;
            }
            break;
        }
        let weigh = c.solve_weigh_prompts(idea.clone())?;
        let pros = answer!(text(&weigh[0]));
        let cons = answer!(text(&weigh[1]));
        options.push(SolveOption {
            text: idea,
            pros: Some(pros),
            cons: Some(cons),
        });
        if options.len() == stegvis_core::goals::MAX_OPTIONS {
            break;
        }
    }
    let choices = options
        .iter()
        .enumerate()
        .map(|(i, o)| Choice {
            label: o.text.clone(),
            value: i as u32 + 1,
        })
        .collect();
    let chosen = answer!(select(&prompts.choose, choices));
    let first_action = answer!(required_text(
        ctx,
        &prompts.first_action,
        Field::FirstAction
    ));
    let plan = answer!(until_accepted(ctx, Field::FollowUpDate, || {
        let date = match text(&prompts.follow_up)? {
            Asked::Answer(d) => d,
            Asked::Back => return Ok(Asked::Back),
        };
        Ok(Asked::Answer(c.save_problem_solving(
            step_id.clone(),
            ProblemSolvingInput {
                problem: problem.clone(),
                options: options.clone(),
                chosen,
                first_action: first_action.clone(),
                follow_up_date: date,
            },
        )))
    }));
    output::plan_saved(ctx, &plan)
}

fn follow_up(ctx: &Ctx) -> Result<(), Failure> {
    let items: Vec<Choice<String>> = ctx
        .companion
        .today()?
        .sections
        .into_iter()
        .flat_map(|s| s.items)
        .filter(|i| i.kind == TodayItemKind::FollowUp)
        .filter_map(|i| {
            i.problem_solving_id.map(|id| Choice {
                label: i.title,
                value: id,
            })
        })
        .collect();
    if items.is_empty() {
        println!("{}", ctx.loc.t("cli-no-follow-ups"));
        return Ok(());
    }
    let id = answer!(select(&ctx.loc.t("cli-ask-pick-follow-up"), items));
    ctx.companion.complete_follow_up(id)?;
    println!("{}", ctx.loc.t("solve-follow-up-done"));
    Ok(())
}
