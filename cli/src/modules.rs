//! `stegvis modules`: the IMR modules, where you stand in each, and marking them
//! started or worked through (with a day you can correct, or undo).

use clap::{Args as ClapArgs, Subcommand};
use stegvis_core::ModulesView;

use crate::context::Ctx;
use crate::failure::Failure;
use crate::output;

#[derive(Debug, Subcommand)]
pub enum ModulesCmd {
    /// Every module in the program's order, with its key, where you stand and the
    /// home assignments filed under it.
    List,
    /// Mark a module started (again: correct the day).
    Start(MarkArgs),
    /// Mark a module worked through.
    Done(MarkArgs),
    /// Take back "worked through" (the start stays).
    Undo(KeyArgs),
    /// Back to not started (a mark made by mistake).
    Reset(KeyArgs),
}

#[derive(Debug, ClapArgs)]
pub struct MarkArgs {
    /// The module's key, as `stegvis modules list` shows it (e.g. recovery-strategies).
    key: String,
    /// The day (YYYY-MM-DD); today by default, never ahead.
    #[arg(long)]
    date: Option<String>,
}

#[derive(Debug, ClapArgs)]
pub struct KeyArgs {
    /// The module's key.
    key: String,
}

pub fn modules(ctx: &Ctx, cmd: ModulesCmd) -> Result<(), Failure> {
    let c = &ctx.companion;
    let (view, message) = match cmd {
        ModulesCmd::List => return list(ctx, &c.modules()?),
        ModulesCmd::Start(a) => (c.module_start(a.key, a.date)?, "cli-modules-started"),
        ModulesCmd::Done(a) => (c.module_done(a.key, a.date)?, "cli-modules-done"),
        ModulesCmd::Undo(a) => (c.module_undo_done(a.key)?, "cli-modules-undone"),
        ModulesCmd::Reset(a) => (c.module_reset(a.key)?, "cli-modules-reset"),
    };
    if ctx.json {
        return output::json(&view);
    }
    println!("{}", ctx.loc.t(message));
    Ok(())
}

fn list(ctx: &Ctx, view: &ModulesView) -> Result<(), Failure> {
    if ctx.json {
        return output::json(view);
    }
    println!("{}", ctx.style.bold(&ctx.loc.t("shell-modules-title")));
    println!("{}", view.count_label);
    for m in &view.modules {
        println!();
        println!("{:>2}. {}", m.number, ctx.style.bold(&m.name));
        println!("    {}", ctx.style.dim(&m.key));
        println!("    {}", m.state_label);
        for a in &m.assignments {
            let mark = if a.done { "✓" } else { "·" };
            println!("    {mark} {}", a.text);
        }
    }
    if !view.other_assignments.is_empty() {
        println!();
        println!("{}", ctx.style.bold(&view.other_assignments_title));
        for a in &view.other_assignments {
            let mark = if a.done { "✓" } else { "·" };
            println!("  {mark} {} ({})", a.text, a.module_text);
        }
    }
    Ok(())
}
