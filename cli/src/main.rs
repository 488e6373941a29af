//! `stegvis`, the terminal shell. It opens the data folder, passes what the person
//! typed to the core, and prints what the core answers.

mod args;
mod checkin_prompt;
mod commands;
mod context;
mod crash_loop;
mod failure;
mod files;
mod history;
mod home;
mod interactive;
mod logging;
mod meds;
mod modules;
mod output;
mod plan;
mod portable;
mod progress;
mod reminders;
mod report;
mod scale;
mod sharing;
mod signs;

use std::io::IsTerminal;
use std::process::ExitCode;

use std::path::PathBuf;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Args as ClapArgs, CommandFactory, FromArgMatches};
use stegvis_core::{fill_demo, l10n::Args, Localizer, RecordKind};

use args::{Cli, Command};
use context::Ctx;
use failure::{Failure, Usage};

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
        context::open_config(&dir, lang)?,
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
        Some(Command::CrashLoop(ref args)) => return crash_loop::run(&cli, args, lang),
        // An import goes into an empty folder: nothing may be opened (or created) first.
        Some(Command::Import(ref args)) => return portable::import(&cli, args, loc),
        Some(_) => None,
        None => Some(()),
    };
    let ctx = Ctx::open(&cli, lang)?;
    let interactive =
        cli.command.is_none() && std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let read_kinds = if interactive {
        &[]
    } else {
        unreadable_kinds(cli.command.as_ref())
    };
    let result = match (command, cli.command) {
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
            Command::History(a) => history::history(&ctx, a),
            Command::Plan(p) => plan::plan(&ctx, p),
            Command::Meds(m) => meds::meds(&ctx, m),
            Command::Reminders { action } => reminders::reminders(&ctx, action),
            Command::Share(s) => sharing::share(&ctx, s),
            Command::Supporter(s) => sharing::supporter(&ctx, s),
            Command::Audit => sharing::audit(&ctx),
            Command::Progress(a) => progress::progress(&ctx, &a),
            Command::Report(a) => report::report(&ctx, &a),
            Command::Modules(m) => modules::modules(&ctx, m),
            Command::Scale(s) => scale::scale(&ctx, s),
            Command::Export(a) => portable::export(&ctx, a),
            Command::Erase(a) => portable::erase(&ctx, &a),
            Command::Demo(_) | Command::Import(_) | Command::CrashLoop(_) => Ok(()),
        },
    };
    result?;
    output::unreadable(&ctx, read_kinds)
}

/// The kinds of record a read command shows, so it can say how many of them could
/// not be read. Commands that change something say nothing here.
fn unreadable_kinds(command: Option<&Command>) -> &'static [RecordKind] {
    use commands::GoalCmd;
    use plan::PlanCmd;
    use signs::SignsCmd;
    match command {
        None | Some(Command::Today) => &RecordKind::ALL,
        Some(Command::Goal(GoalCmd::List { .. } | GoalCmd::Show { .. })) => &[
            RecordKind::Goal,
            RecordKind::Step,
            RecordKind::ProblemSolving,
        ],
        Some(Command::Plan(PlanCmd::Show { .. } | PlanCmd::History)) => {
            &[RecordKind::PlanVersion, RecordKind::Sign]
        }
        Some(Command::Signs(SignsCmd::Trend { .. } | SignsCmd::List { .. })) => {
            &[RecordKind::Sign, RecordKind::Checkin]
        }
        Some(Command::Progress(_) | Command::Report(_)) => &[
            RecordKind::Goal,
            RecordKind::Step,
            RecordKind::Checkin,
            RecordKind::Medication,
            RecordKind::Schedule,
        ],
        Some(Command::Meds(meds::MedsCmd::List { .. } | meds::MedsCmd::Show { .. })) => &[
            RecordKind::Medication,
            RecordKind::Schedule,
            RecordKind::DoctorNote,
        ],
        _ => &[],
    }
}

/// The command line as the terminal's contract reads it: a negative number is a
/// value (so `--weeks -1` reaches validation and is refused there, naming the field),
/// and a parse error is a [`Failure::Usage`] (JSON with `--json`), while `--help` and
/// `--version` print as usual.
fn parse_args() -> Result<Cli, Failure> {
    let command = negatives_are_values(Cli::command());
    let parsed = command
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches));
    parsed.map_err(|e| match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => e.exit(),
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand if !args_ask_for_json() => e.exit(),
        _ => Failure::Usage(usage(&e)),
    })
}

/// Every argument that takes a value accepts one that starts with `-` and a digit.
fn negatives_are_values(command: clap::Command) -> clap::Command {
    command
        .mut_args(|arg| {
            if arg.get_action().takes_values() {
                arg.allow_negative_numbers(true)
            } else {
                arg
            }
        })
        .mut_subcommands(negatives_are_values)
}

/// Whether `--json` was on the command line, for errors before it could be parsed.
fn args_ask_for_json() -> bool {
    std::env::args_os()
        .skip(1)
        .take_while(|a| a != "--")
        .any(|a| a == "--json")
}

/// `--lang` from the raw command line, for errors before it could be parsed.
fn args_lang() -> Option<String> {
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .take_while(|a| a != "--")
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    args.iter()
        .enumerate()
        .find_map(|(i, a)| match a.strip_prefix("--lang") {
            Some("") => args.get(i + 1).cloned(),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => None,
        })
}

/// The clap error in the contract's terms: which argument, and why.
fn usage(e: &clap::Error) -> Usage {
    let context = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(list)) => list.first().cloned(),
        _ => None,
    };
    let missing_command = matches!(
        e.kind(),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    let shown = if missing_command {
        // clap names the command that lacks one, e.g. `stegvis goal`.
        context(ContextKind::InvalidSubcommand).unwrap_or_else(|| "stegvis".to_owned())
    } else {
        context(ContextKind::InvalidArg)
            .or_else(|| context(ContextKind::InvalidSubcommand))
            .unwrap_or_else(|| "command".to_owned())
    };
    let negative = context(ContextKind::InvalidValue)
        .and_then(|v| v.trim().parse::<f64>().ok())
        .is_some_and(|v| v < 0.0);
    let reason = match e.kind() {
        ErrorKind::UnknownArgument | ErrorKind::InvalidSubcommand => "unknown",
        ErrorKind::MissingRequiredArgument
        | ErrorKind::MissingSubcommand
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => "missing",
        ErrorKind::ArgumentConflict => "conflict",
        ErrorKind::InvalidValue
            if context(ContextKind::InvalidValue)
                .unwrap_or_default()
                .is_empty() =>
        {
            "missing"
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation if negative => "out-of-range",
        _ => "malformed",
    };
    Usage {
        field: if missing_command {
            "command".to_owned()
        } else {
            field_name(&shown)
        },
        shown,
        reason,
        rendered: e.render().to_string(),
    }
}

/// `--rate <ID=N>` → `rate`, `<OCCURRENCE>` → `occurrence`, `-x` → `x`.
fn field_name(shown: &str) -> String {
    let name = shown
        .split([' ', '='])
        .next()
        .unwrap_or(shown)
        .trim_start_matches('-')
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim_end_matches("...");
    name.to_lowercase().replace('_', "-")
}

/// A closed stdout (`stegvis today | head -1`) ends the program quietly, as it does
/// for `cat` or `ls`. Rust ignores SIGPIPE, so a write to a closed pipe is an error
/// and `println!` panics on it; restoring the default action is the well-known fix
/// (what C programs get for free) and covers every print in every module at once.
#[cfg(unix)]
fn quiet_on_closed_stdout() {
    // SAFETY: called first thing in `main`, before any thread exists; setting a
    // signal's action to the default touches no Rust state.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

#[cfg(not(unix))]
fn quiet_on_closed_stdout() {
    // No SIGPIPE: a print to a closed pipe panics instead; end quietly then.
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let text = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .unwrap_or_default();
        if text.contains("failed printing to stdout") {
            std::process::exit(0);
        }
        default(info);
    }));
}

fn main() -> ExitCode {
    quiet_on_closed_stdout();
    logging::init();
    let cli = match parse_args() {
        Ok(cli) => cli,
        Err(failure) => {
            let lang = context::language_from(args_lang().as_deref()).unwrap_or_default();
            failure.report(&Localizer::new(lang), args_ask_for_json());
            return failure.exit_code();
        }
    };
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
