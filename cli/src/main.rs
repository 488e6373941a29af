//! `stegvis`, the terminal shell. It opens the data folder, passes what the person
//! typed to the core, and prints what the core answers.

mod args;
mod checkin_prompt;
mod commands;
mod context;
mod failure;
mod home;
mod interactive;
mod meds;
mod output;
mod plan;
mod reminders;
mod signs;

use std::io::IsTerminal;
use std::process::ExitCode;

use std::path::PathBuf;

use clap::{Args as ClapArgs, Parser};
use stegvis_core::{fill_demo, l10n::Args, Localizer};

use args::{Cli, Command};
use context::Ctx;
use failure::Failure;

#[derive(Debug, ClapArgs)]
pub struct DemoArgs {
    /// Where to put the example data (default: a "stegvis-demo" folder beside the
    /// default data folder; --data-dir also names it). Never a folder with data.
    #[arg(long)]
    pub into: Option<PathBuf>,
}

fn demo(cli: &Cli, into: Option<std::path::PathBuf>, loc: &Localizer) -> Result<(), Failure> {
    let lang = loc.lang();
    // The default demo folder is ours to replace; a folder someone named is not.
    let (dir, ours) = match into.or_else(|| cli.data_dir.clone()) {
        Some(dir) => (dir, false),
        None => (context::default_demo_dir(), true),
    };
    if ours && dir.exists() {
        std::fs::remove_dir_all(&dir).map_err(|_| Failure::Io)?;
        if !cli.json {
            println!("{}", loc.t("cli-demo-replaced"));
        }
    }
    fill_demo(
        context::open_config(&dir, lang),
        context::key_manager(&dir),
        context::clock()?,
    )?;
    if cli.json {
        return output::json(&serde_json::json!({ "data_dir": dir.display().to_string() }));
    }
    println!(
        "{}",
        loc.ta(
            "cli-demo-ready",
            &Args::new().text("dir", dir.display().to_string())
        )
    );
    Ok(())
}

fn run(cli: Cli, loc: &Localizer) -> Result<(), Failure> {
    let lang = loc.lang();
    let command = match cli.command {
        Some(Command::Demo(ref args)) => return demo(&cli, args.into.clone(), loc),
        Some(_) => None,
        None => Some(()),
    };
    let ctx = Ctx::open(&cli, lang)?;
    match (command, cli.command) {
        (Some(()), _) | (_, None) => {
            if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
                interactive::home(&ctx)
            } else {
                output::today(&ctx, &ctx.companion.today()?)?;
                if !ctx.json {
                    eprintln!("{}", ctx.loc.t("cli-needs-terminal"));
                }
                Ok(())
            }
        }
        (None, Some(cmd)) => match cmd {
            Command::Goal(g) => commands::goal(&ctx, g),
            Command::Step(s) => commands::step(&ctx, s),
            Command::Solve(s) => commands::solve(&ctx, s),
            Command::Followup(f) => commands::followup(&ctx, f),
            Command::Today => output::today(&ctx, &ctx.companion.today()?),
            Command::Areas => commands::areas(&ctx),
            Command::Signs(s) => signs::signs(&ctx, s),
            Command::Checkin(a) => signs::checkin(&ctx, a),
            Command::Plan(p) => plan::plan(&ctx, p),
            Command::Meds(m) => meds::meds(&ctx, m),
            Command::Reminders { action } => reminders::reminders(&ctx, action),
            Command::Demo(_) => Ok(()),
        },
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let json = cli.json;
    let lang = match context::language(&cli) {
        Ok(lang) => lang,
        Err(failure) => {
            failure.report(&Localizer::default(), json);
            return failure.exit_code();
        }
    };
    let loc = Localizer::new(lang);
    match run(cli, &loc) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            failure.report(&loc, json);
            failure.exit_code()
        }
    }
}
