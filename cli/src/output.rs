//! Drawing the core's view records as text, or as JSON for scripts. No decisions:
//! every label comes ready-made from the core.

use serde::Serialize;
use stegvis_core::l10n::Args;
use stegvis_core::{
    Goal, GoalDetail, PlanBlock, ProblemSolving, RecordKind, Step, TodaySectionKind, TodayView,
};

use crate::context::Ctx;
use crate::failure::Failure;

/// Prints `value` as pretty JSON.
pub fn json<T: Serialize>(value: &T) -> Result<(), Failure> {
    let text = serde_json::to_string_pretty(value).map_err(|_| Failure::Io)?;
    println!("{text}");
    Ok(())
}

pub fn today(ctx: &Ctx, view: &TodayView) -> Result<(), Failure> {
    if ctx.json {
        return json(view);
    }
    println!("{}", ctx.style.bold(&view.title));
    if let Some(empty) = &view.empty_text {
        println!("{empty}");
    }
    for section in &view.sections {
        println!();
        println!("{}", ctx.style.bold(&section.title));
        if let (TodaySectionKind::Plan, Some(block)) = (section.kind, &view.plan_block) {
            plan_block(ctx, block);
            continue;
        }
        for item in &section.items {
            println!("  • {}", item.title);
            if let Some(detail) = &item.detail {
                println!("    {}", ctx.style.dim(detail));
            }
            let id = item.problem_solving_id.as_ref().or(item.step_id.as_ref());
            if let Some(id) = id {
                println!(
                    "    {}",
                    ctx.style
                        .dim(&ctx.loc.ta("cli-id", &Args::new().text("id", id)))
                );
            }
        }
    }
    Ok(())
}

/// The plan at the moment it is needed: what rose, the plan's actions, whom to
/// contact, the crisis line.
fn plan_block(ctx: &Ctx, block: &PlanBlock) {
    println!("  {}", block.headline);
    for rule in &block.rules {
        println!(
            "  {}",
            ctx.style.dim(
                &ctx.loc
                    .ta("today-prompt-rule", &Args::new().text("rule", rule.clone()))
            )
        );
    }
    println!();
    println!("  {}", ctx.style.bold(&block.actions_title));
    for action in &block.actions {
        println!("    • {action}");
    }
    if let Some(none) = &block.no_actions_text {
        println!("    {}", ctx.style.dim(none));
    }
    if !block.contacts.is_empty() {
        println!();
        println!("  {}", ctx.style.bold(&block.contacts_title));
        for contact in &block.contacts {
            println!("    • {}", contact.text);
        }
    }
    println!();
    println!("  {}", ctx.style.bold(&block.crisis_title));
    for line in &block.crisis {
        println!("    • {}", line.text);
    }
    println!("    {}", block.crisis_text);
}

fn goal_lines(ctx: &Ctx, goal: &Goal) {
    println!("{}", ctx.style.bold(&goal.text));
    match &goal.progress.repeating_label {
        Some(repeating) if goal.progress.total > 0 => println!(
            "  {} · {repeating} · {}",
            goal.progress.label, goal.progress.activity_label
        ),
        _ => println!(
            "  {} · {}",
            goal.progress.label, goal.progress.activity_label
        ),
    }
    println!(
        "  {}",
        ctx.loc.ta(
            "cli-goal-area",
            &Args::new().text("area", goal.area_name.clone())
        )
    );
    if goal.status != stegvis_core::GoalStatus::Active {
        println!(
            "  {}",
            ctx.loc.ta(
                "cli-goal-status",
                &Args::new().text("status", goal.status_name.clone())
            )
        );
    }
    println!(
        "  {}",
        ctx.style.dim(
            &ctx.loc
                .ta("cli-id", &Args::new().text("id", goal.id.clone()))
        )
    );
}

pub fn goals(ctx: &Ctx, goals: &[Goal]) -> Result<(), Failure> {
    if ctx.json {
        return json(&goals);
    }
    if goals.is_empty() {
        println!("{}", ctx.loc.t("cli-no-goals"));
        return Ok(());
    }
    println!("{}", ctx.style.bold(&ctx.loc.t("cli-goals-title")));
    for goal in goals {
        println!();
        goal_lines(ctx, goal);
    }
    Ok(())
}

fn step_line(ctx: &Ctx, step: &Step) {
    let done = match &step.week {
        Some(week) => week.done_today,
        None => step.done,
    };
    let mark = if done { "[x]" } else { "[ ]" };
    println!("  {}. {mark} {}", step.position, step.text);
    // A repeating step: its rule and this week's count ("3 times a week · 2 of 3 this week").
    let repeat = match (&step.repeat_label, &step.week) {
        (Some(rule), Some(week)) => Some(format!("{rule} · {}", week.label)),
        (Some(rule), None) => Some(rule.clone()),
        _ => None,
    };
    for label in [&repeat, &step.status_label, &step.assignment_label]
        .into_iter()
        .flatten()
    {
        println!("         {}", ctx.style.dim(label));
    }
    println!(
        "         {}",
        ctx.style.dim(
            &ctx.loc
                .ta("cli-id", &Args::new().text("id", step.id.clone()))
        )
    );
    for plan in &step.plans {
        plan_line(ctx, plan);
    }
}

/// A plan under its step: the idea tried, when to look back or how it went, its id.
fn plan_line(ctx: &Ctx, plan: &ProblemSolving) {
    let idea = plan.chosen_text().unwrap_or_default().to_owned();
    println!(
        "         {}",
        ctx.loc
            .ta("solve-plan-line", &Args::new().text("idea", idea))
    );
    let status = match (&plan.followed_up_at, &plan.outcome_label) {
        (Some(_), Some(outcome)) => ctx.loc.ta(
            "solve-show-looked-back",
            &Args::new().text("outcome", outcome.clone()),
        ),
        (Some(_), None) => ctx.loc.t("solve-show-looked-back-plain"),
        (None, _) => ctx.loc.ta(
            "solve-show-follow-up",
            &Args::new().text("date", plan.follow_up_label.clone()),
        ),
    };
    println!("           {}", ctx.style.dim(&status));
    println!(
        "           {}",
        ctx.style.dim(
            &ctx.loc
                .ta("cli-id", &Args::new().text("id", plan.id.clone()))
        )
    );
}

/// One plan in full.
pub fn solve_plan(ctx: &Ctx, plan: &ProblemSolving) -> Result<(), Failure> {
    if ctx.json {
        return json(plan);
    }
    println!(
        "{}",
        ctx.style.bold(&ctx.loc.ta(
            "solve-show-problem",
            &Args::new().text("problem", plan.problem.clone())
        ))
    );
    if plan.continues.is_some() {
        println!("{}", ctx.style.dim(&ctx.loc.t("solve-show-continues")));
    }
    println!();
    println!("{}", ctx.loc.t("solve-show-ideas"));
    for (i, option) in plan.options.iter().enumerate() {
        let mut line = format!("  {}. {}", i + 1, option.text);
        if i + 1 == plan.chosen as usize {
            line.push(' ');
            line.push_str(&ctx.loc.t("solve-show-chosen"));
        }
        println!("{line}");
        for (id, text) in [
            ("solve-show-pros", &option.pros),
            ("solve-show-cons", &option.cons),
        ] {
            if let Some(text) = text {
                println!(
                    "     {}",
                    ctx.loc.ta(id, &Args::new().text("text", text.clone()))
                );
            }
        }
    }
    println!();
    println!(
        "{}",
        ctx.loc.ta(
            "solve-show-action",
            &Args::new().text("action", plan.first_action.clone())
        )
    );
    println!(
        "{}",
        ctx.loc.ta(
            "solve-show-follow-up",
            &Args::new().text("date", plan.follow_up_label.clone())
        )
    );
    if plan.followed_up_at.is_some() {
        let done = match &plan.outcome_label {
            Some(outcome) => ctx.loc.ta(
                "solve-show-looked-back",
                &Args::new().text("outcome", outcome.clone()),
            ),
            None => ctx.loc.t("solve-show-looked-back-plain"),
        };
        println!("{done}");
    }
    if let Some(note) = &plan.look_back_note {
        println!(
            "{}",
            ctx.loc
                .ta("solve-show-note", &Args::new().text("note", note.clone()))
        );
    }
    println!(
        "{}",
        ctx.style.dim(
            &ctx.loc
                .ta("cli-id", &Args::new().text("id", plan.id.clone()))
        )
    );
    Ok(())
}

pub fn goal_detail(ctx: &Ctx, detail: &GoalDetail) -> Result<(), Failure> {
    if ctx.json {
        return json(detail);
    }
    let goal = &detail.goal;
    goal_lines(ctx, goal);
    if let Some(why) = &goal.why {
        println!(
            "  {}",
            ctx.loc
                .ta("cli-goal-why", &Args::new().text("why", why.clone()))
        );
    }
    println!(
        "  {}",
        ctx.loc.ta(
            "cli-goal-stall-days",
            &Args::new().num("days", goal.stall_days.into())
        )
    );
    println!();
    println!("{}", ctx.style.bold(&ctx.loc.t("cli-steps-title")));
    if detail.steps.is_empty() {
        println!("  {}", goal.progress.label);
    }
    for step in &detail.steps {
        step_line(ctx, step);
    }
    Ok(())
}

/// A repeating step checked off or taken back for a day: the day in words and this
/// week's count, or the step as JSON.
pub fn occurrence(
    ctx: &Ctx,
    message_id: &str,
    step: &Step,
    date: Option<&str>,
) -> Result<(), Failure> {
    if ctx.json {
        return json(step);
    }
    let day = date
        .and_then(|d| chrono::NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok())
        .map_or_else(|| ctx.loc.t("cli-repeat-today"), |d| ctx.loc.date(d));
    let week = step
        .week
        .as_ref()
        .map(|w| w.label.clone())
        .unwrap_or_default();
    println!(
        "{}",
        ctx.loc.ta(
            message_id,
            &Args::new().text("date", day).text("week", week)
        )
    );
    println!(
        "{}",
        ctx.style.dim(
            &ctx.loc
                .ta("cli-id", &Args::new().text("id", step.id.clone()))
        )
    );
    Ok(())
}

/// A confirmation sentence, or the changed record as JSON.
pub fn saved<T: Serialize>(
    ctx: &Ctx,
    message_id: &str,
    record: &T,
    id: &str,
) -> Result<(), Failure> {
    if ctx.json {
        return json(record);
    }
    println!("{}", ctx.loc.t(message_id));
    println!(
        "{}",
        ctx.style
            .dim(&ctx.loc.ta("cli-id", &Args::new().text("id", id)))
    );
    Ok(())
}

pub fn plan_saved(ctx: &Ctx, plan: &ProblemSolving) -> Result<(), Failure> {
    if ctx.json {
        return json(plan);
    }
    println!(
        "{}",
        ctx.loc.ta(
            "solve-saved",
            &Args::new().text("date", plan.follow_up_label.clone())
        )
    );
    println!(
        "{}",
        ctx.style.dim(
            &ctx.loc
                .ta("cli-id", &Args::new().text("id", plan.id.clone()))
        )
    );
    Ok(())
}

/// After a read view: how many of the records it shows could not be read ("1 entry
/// could not be read and is not shown."). Text mode says it under the view; with
/// `--json` it goes to stderr as `{"unreadable": [{"kind", "count", "label"}]}`, so the
/// view on stdout keeps its shape.
pub fn unreadable(ctx: &Ctx, kinds: &[RecordKind]) -> Result<(), Failure> {
    if kinds.is_empty() {
        return Ok(());
    }
    let found = ctx.companion.unreadable_records_of(kinds.to_vec())?;
    if found.is_empty() {
        return Ok(());
    }
    if ctx.json {
        eprintln!("{}", serde_json::json!({ "unreadable": found }));
        return Ok(());
    }
    println!();
    for note in &found {
        println!("{}", ctx.style.dim(&note.label));
    }
    Ok(())
}
