//! Goals and steps in the home: add a goal with its first steps, add a step, check one
//! off, make a plan for a stuck step, look back at a plan, read the goals.

use stegvis_core::l10n::Args;
use stegvis_core::{
    Field, GoalFilter, LifeArea, LookBackInput, LookBackPrompts, NewGoal, NewStep, ProblemSolving,
    ProblemSolvingInput, SolveOption, TodayItemKind,
};

use super::{
    explain, pause, required_text, select, submenu, text, until_accepted, Choice, Flow, Said, R,
};
use crate::context::Ctx;
use crate::failure::Failure;

#[derive(Clone, Copy)]
enum Action {
    Add,
    AddStep,
    Check,
    Solve,
    FollowUp,
    Read,
    Status,
    Reopen,
}

pub fn menu(ctx: &Ctx) -> R<Said> {
    let action = submenu(
        ctx,
        "home-area-goals",
        &[
            (Action::Check, "cli-menu-check-step"),
            (Action::AddStep, "cli-menu-add-step"),
            (Action::Add, "cli-menu-add-goal"),
            (Action::Solve, "cli-menu-solve"),
            (Action::FollowUp, "cli-menu-follow-up"),
            (Action::Read, "cli-menu-goals"),
            (Action::Status, "home-goals-status"),
            (Action::Reopen, "home-goals-reopen"),
        ],
    )?;
    match action {
        Action::Add => add_goal(ctx),
        Action::AddStep => add_step(ctx),
        Action::Check => check_step(ctx),
        Action::Solve => solve_flow(ctx, None),
        Action::FollowUp => follow_up(ctx),
        Action::Read => read(ctx),
        Action::Status => status(ctx),
        Action::Reopen => reopen(ctx),
    }
}

#[derive(Clone, Copy)]
enum Status {
    Reach,
    SetAside,
    Resume,
}

/// Reached, set aside, or brought back; nothing is ever called failed.
fn status(ctx: &Ctx) -> R<Said> {
    let c = &ctx.companion;
    let goals = c.list_goals(GoalFilter::All)?;
    if goals.is_empty() {
        return Ok(Some(ctx.loc.t("cli-no-goals")));
    }
    let choices = goals
        .into_iter()
        .map(|g| {
            let label = format!("{} ({})", g.text, g.status_name);
            Choice::new(label, (g.id, g.status))
        })
        .collect();
    let (id, current) = select(&ctx.loc.t("cli-ask-pick-goal"), choices)?;
    let options: &[(Status, &str)] = match current {
        stegvis_core::GoalStatus::Active => &[
            (Status::Reach, "home-goal-reach"),
            (Status::SetAside, "home-goal-set-aside"),
        ],
        _ => &[(Status::Resume, "home-goal-resume")],
    };
    match submenu(ctx, "home-goals-status", options)? {
        Status::Reach => {
            c.reach_goal(id)?;
            Ok(Some(ctx.loc.t("cli-goal-reached")))
        }
        Status::SetAside => {
            c.set_goal_aside(id)?;
            Ok(Some(ctx.loc.t("cli-goal-set-aside")))
        }
        Status::Resume => {
            c.resume_goal(id)?;
            Ok(Some(ctx.loc.t("cli-goal-resumed")))
        }
    }
}

/// A step checked off by mistake comes back as open.
fn reopen(ctx: &Ctx) -> R<Said> {
    let mut steps = Vec::new();
    for goal in ctx.companion.list_goals(GoalFilter::Active)? {
        for step in ctx.companion.goal(goal.id.clone())?.steps {
            // A repeating step checked off today can be taken back for today.
            let done = step.week.as_ref().map_or(step.done, |w| w.done_today);
            if done {
                let label = ctx.loc.ta(
                    "cli-step-of-goal",
                    &Args::new()
                        .text("step", step.text.clone())
                        .text("goal", goal.text.clone()),
                );
                steps.push(Choice::new(label, step.id));
            }
        }
    }
    if steps.is_empty() {
        return Ok(Some(ctx.loc.t("home-goals-none-done")));
    }
    let id = select(&ctx.loc.t("cli-ask-pick-step"), steps)?;
    ctx.companion.undo_step(id)?;
    Ok(Some(ctx.loc.t("cli-step-undone")))
}

pub fn add_goal(ctx: &Ctx) -> R<Said> {
    let c = &ctx.companion;
    let goal_text = required_text(ctx, &ctx.loc.t("cli-ask-goal-text"), Field::GoalText)?;
    let why = text(&ctx.loc.t("cli-ask-goal-why"))?;
    let areas = c
        .life_areas()?
        .into_iter()
        .map(|a| Choice::new(a.name, a.area))
        .collect();
    let area: LifeArea = select(&ctx.loc.t("cli-ask-area"), areas)?;
    let goal = c.add_goal(NewGoal {
        text: goal_text,
        why: Some(why),
        area,
    })?;
    println!("{}", ctx.loc.t("cli-goal-added"));
    // The goal is saved: leaving the steps now loses nothing.
    match ask_steps(ctx, &goal.id) {
        Ok(_) | Err(Flow::Back) => Ok(Some(ctx.loc.t("cli-goal-added"))),
        Err(e) => Err(e),
    }
}

/// Asks for steps until the person leaves the answer empty.
fn ask_steps(ctx: &Ctx, goal_id: &str) -> R<Said> {
    let mut said = None;
    loop {
        let step_text = text(&ctx.loc.t("cli-ask-step-text"))?;
        if step_text.trim().is_empty() {
            return Ok(said);
        }
        until_accepted(ctx, Field::DueDate, || {
            // The date is optional: Esc there means "no date", never losing the step
            // the person just wrote.
            let due = match text(&ctx.loc.t("cli-ask-due")) {
                Err(Flow::Back) => String::new(),
                answer => answer?,
            };
            Ok(ctx.companion.add_step(
                goal_id.to_owned(),
                NewStep {
                    text: step_text.clone(),
                    due_date: Some(due),
                    assignment: None,
                    repeat: None,
                    remind_at: None,
                },
            ))
        })?;
        println!("{}", ctx.loc.t("cli-step-added"));
        said = Some(ctx.loc.t("cli-step-added"));
    }
}

fn pick_goal(ctx: &Ctx) -> R<Option<String>> {
    let goals = ctx.companion.list_goals(GoalFilter::Active)?;
    if goals.is_empty() {
        return Ok(None);
    }
    let choices = goals
        .into_iter()
        .map(|g| Choice::new(format!("{} ({})", g.text, g.progress.label), g.id))
        .collect();
    select(&ctx.loc.t("cli-ask-pick-goal"), choices).map(Some)
}

fn add_step(ctx: &Ctx) -> R<Said> {
    let Some(goal_id) = pick_goal(ctx)? else {
        return Ok(Some(ctx.loc.t("cli-no-goals")));
    };
    ask_steps(ctx, &goal_id)
}

/// Open steps of active goals, stalled ones first when `stalled_first`.
fn open_steps(ctx: &Ctx, stalled_first: bool) -> R<Vec<Choice<String>>> {
    let mut steps = Vec::new();
    for goal in ctx.companion.list_goals(GoalFilter::Active)? {
        for step in ctx.companion.goal(goal.id.clone())?.steps {
            // A repeating step is open until today is checked off.
            let open = step.week.as_ref().map_or(!step.done, |w| !w.done_today);
            if open {
                let label = ctx.loc.ta(
                    "cli-step-of-goal",
                    &Args::new()
                        .text("step", step.text.clone())
                        .text("goal", goal.text.clone()),
                );
                steps.push((step.stalled, Choice::new(label, step.id)));
            }
        }
    }
    if stalled_first {
        steps.sort_by_key(|(stalled, _)| !*stalled);
    }
    Ok(steps.into_iter().map(|(_, c)| c).collect())
}

fn check_step(ctx: &Ctx) -> R<Said> {
    let steps = open_steps(ctx, false)?;
    if steps.is_empty() {
        return Ok(Some(ctx.loc.t("cli-no-open-steps")));
    }
    let id = select(&ctx.loc.t("cli-ask-pick-step"), steps)?;
    complete(ctx, id)
}

pub fn complete(ctx: &Ctx, step_id: String) -> R<Said> {
    let step = ctx.companion.complete_step(step_id)?;
    // A repeating step: today is checked off, and the week says how it stands.
    if let Some(week) = step.week {
        return Ok(Some(
            ctx.loc.ta(
                "cli-repeat-done",
                &Args::new()
                    .text("date", ctx.loc.t("cli-repeat-today"))
                    .text("week", week.label),
            ),
        ));
    }
    Ok(Some(ctx.loc.t("cli-step-done")))
}

/// `stegvis solve` with no flags in a terminal: the same flow as the home's.
pub fn solve(ctx: &Ctx, step_id: Option<String>) -> Result<(), Failure> {
    super::quiet_prompts();
    match solve_flow(ctx, step_id) {
        Ok(said) => {
            if let Some(s) = said {
                println!("{s}");
            }
            Ok(())
        }
        Err(Flow::Back) => {
            println!("{}", ctx.loc.t("home-nothing-saved"));
            Ok(())
        }
        Err(Flow::Interrupt) => super::interrupted(ctx),
        Err(Flow::Fail(f)) => Err(f),
    }
}

/// The problem-solving flow, one question at a time.
pub fn solve_flow(ctx: &Ctx, step_id: Option<String>) -> R<Said> {
    let c = &ctx.companion;
    let step_id = match step_id {
        Some(id) => id,
        None => {
            let steps = open_steps(ctx, true)?;
            if steps.is_empty() {
                return Ok(Some(ctx.loc.t("cli-no-open-steps")));
            }
            select(&ctx.loc.t("cli-ask-pick-step"), steps)?
        }
    };
    let prompts = c.solve_prompts()?;
    println!("{}", prompts.intro);
    let problem = required_text(ctx, &prompts.problem, Field::ProblemText)?;
    let mut options = Vec::new();
    println!("{}", prompts.options);
    loop {
        let idea = text(&format!("{}.", options.len() + 1))?;
        if idea.trim().is_empty() {
            if options.is_empty() {
                continue;
            }
            break;
        }
        let weigh = c.solve_weigh_prompts(idea.clone())?;
        let pros = text(&weigh[0])?;
        let cons = text(&weigh[1])?;
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
        .map(|(i, o)| Choice::new(o.text.clone(), i as u32 + 1))
        .collect();
    let chosen = select(&prompts.choose, choices)?;
    let first_action = required_text(ctx, &prompts.first_action, Field::FirstAction)?;
    let plan = until_accepted(ctx, Field::FollowUpDate, || {
        let date = text(&prompts.follow_up)?;
        Ok(c.save_problem_solving(
            step_id.clone(),
            ProblemSolvingInput {
                problem: problem.clone(),
                options: options.clone(),
                chosen,
                first_action: first_action.clone(),
                follow_up_date: date,
            },
        ))
    })?;
    Ok(Some(ctx.loc.ta(
        "solve-saved",
        &Args::new().text("date", plan.follow_up_label.clone()),
    )))
}

fn follow_up(ctx: &Ctx) -> R<Said> {
    let items: Vec<Choice<String>> = ctx
        .companion
        .today()?
        .sections
        .into_iter()
        .flat_map(|s| s.items)
        .filter(|i| i.kind == TodayItemKind::FollowUp)
        .filter_map(|i| i.problem_solving_id.map(|id| Choice::new(i.title, id)))
        .collect();
    if items.is_empty() {
        return Ok(Some(ctx.loc.t("cli-no-follow-ups")));
    }
    let id = select(&ctx.loc.t("cli-ask-pick-follow-up"), items)?;
    look_back(ctx, id)
}

/// The look-back, as `stegvis followup done` asks it in a terminal: the plan, how it
/// went (helped, partly, not yet) and a note, kept with the plan; then the next idea
/// from the plan or a new plan. Esc before the answer saves nothing; after it, the
/// answer stays kept.
pub fn look_back(ctx: &Ctx, problem_solving_id: String) -> R<Said> {
    let c = &ctx.companion;
    let plan = c.problem_solving(problem_solving_id.clone())?;
    super::clear();
    println!(
        "{}",
        ctx.style.bold(&ctx.loc.ta(
            "solve-show-problem",
            &Args::new().text("problem", plan.problem.clone())
        ))
    );
    if let Some(idea) = plan.chosen_text() {
        println!("  {idea}");
    }
    println!(
        "  {}",
        ctx.loc.ta(
            "solve-show-action",
            &Args::new().text("action", plan.first_action.clone())
        )
    );
    println!();
    let prompts = c.look_back_prompts()?;
    let outcomes = prompts
        .outcomes
        .iter()
        .zip(&prompts.outcome_labels)
        .map(|(o, label)| Choice::new(label.clone(), *o))
        .collect();
    let outcome = select(&prompts.question, outcomes)?;
    let note = text(&prompts.note)?;
    let note = (!note.trim().is_empty()).then_some(note);
    let plan = c.look_back(
        problem_solving_id,
        LookBackInput {
            outcome: Some(outcome),
            note,
        },
    )?;
    println!("{}", ctx.loc.t("look-back-kept"));
    match what_next(ctx, &prompts, &plan) {
        Err(Flow::Back) => Ok(Some(ctx.loc.t("look-back-kept"))),
        other => other,
    }
}

#[derive(Clone, Copy)]
enum Next {
    Try(u32),
    NewPlan,
    NotNow,
}

/// After the look-back: the plan's next idea (the core names it), a new plan for
/// the same step, or nothing now.
fn what_next(ctx: &Ctx, prompts: &LookBackPrompts, plan: &ProblemSolving) -> R<Said> {
    let mut choices = Vec::new();
    if let Some(next) = plan.next_option {
        if let Some(idea) = plan.options.get((next as usize).saturating_sub(1)) {
            let label = ctx.loc.ta(
                "look-back-try-idea",
                &Args::new().text("idea", idea.text.clone()),
            );
            choices.push(Choice::new(label, Next::Try(next)));
        }
    }
    choices.push(Choice::new(prompts.new_plan.clone(), Next::NewPlan));
    choices.push(Choice::new(
        ctx.loc.t("look-back-nothing-now"),
        Next::NotNow,
    ));
    match select(&ctx.loc.t("look-back-what-next"), choices)? {
        Next::Try(option) => {
            let c = &ctx.companion;
            let solve = c.solve_prompts()?;
            let action = required_text(ctx, &solve.first_action, Field::FirstAction)?;
            let next = until_accepted(ctx, Field::FollowUpDate, || {
                let date = text(&solve.follow_up)?;
                Ok(c.try_next_option(plan.id.clone(), option, action.clone(), date))
            })?;
            Ok(Some(ctx.loc.ta(
                "solve-saved",
                &Args::new().text("date", next.follow_up_label.clone()),
            )))
        }
        Next::NewPlan => solve_flow(ctx, Some(plan.step_id.clone())),
        Next::NotNow => Ok(Some(ctx.loc.t("look-back-kept"))),
    }
}

/// One goal with its steps, without ids.
fn read(ctx: &Ctx) -> R<Said> {
    let Some(goal_id) = pick_goal(ctx)? else {
        return Ok(Some(ctx.loc.t("cli-no-goals")));
    };
    let detail = ctx.companion.goal(goal_id)?;
    super::clear();
    let goal = &detail.goal;
    println!("{}", ctx.style.bold(&goal.text));
    println!(
        "  {} · {}",
        goal.progress.label, goal.progress.activity_label
    );
    if let Some(why) = goal.why.as_ref().filter(|w| !w.is_empty()) {
        println!(
            "  {}",
            ctx.loc
                .ta("cli-goal-why", &Args::new().text("why", why.clone()))
        );
    }
    println!();
    for step in &detail.steps {
        let mark = if step.done { "[x]" } else { "[ ]" };
        println!("  {mark} {}", step.text);
        for label in [&step.status_label, &step.assignment_label]
            .into_iter()
            .flatten()
        {
            println!("      {}", ctx.style.dim(label));
        }
    }
    pause(ctx)?;
    Ok(None)
}

/// A refused date is explained; the step keeps its old one.
pub fn change_due(ctx: &Ctx, step_id: String) -> R<Said> {
    loop {
        let due = text(&ctx.loc.t("cli-ask-due"))?;
        match ctx.companion.edit_step(
            step_id.clone(),
            stegvis_core::StepEdit {
                due_date: Some(due),
                ..Default::default()
            },
        ) {
            Ok(_) => return Ok(Some(ctx.loc.t("cli-step-edited"))),
            Err(e @ stegvis_core::StegvisError::InvalidInput { .. }) => explain(ctx, &e),
            Err(e) => return Err(e.into()),
        }
    }
}
