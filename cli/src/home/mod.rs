//! The interactive home (`stegvis` with no command in a terminal): today's most
//! urgent items, then a short menu of groups. It only draws the core's view records
//! and calls the facade; every rule stays in the core. Ids never reach the screen:
//! people pick from lists of names.
//!
//! Leaving: Esc goes back one level (at the main menu it closes, exit 0); Ctrl-C
//! stops at once (exit 130). Both say calmly that nothing unfinished was saved.

mod doses;
mod fit;
mod goals;
mod meds;
mod menu;
mod plan;
mod settings;
mod sharing;
mod signs;
mod today;

use std::fmt;
use std::io::Write;

use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use inquire::error::InquireError;
use inquire::{MultiSelect, Select, Text};
use stegvis_core::l10n::Args;
use stegvis_core::{Field, StegvisError};

use crate::context::Ctx;
use crate::failure::Failure;

pub use goals::solve;
use menu::Area;

/// Why a flow stopped before it finished.
#[derive(Debug)]
pub enum Flow {
    /// Esc: back to the menu; nothing of this flow was saved.
    Back,
    /// Ctrl-C: stop the program.
    Interrupt,
    Fail(Failure),
}

impl From<Failure> for Flow {
    fn from(f: Failure) -> Self {
        Flow::Fail(f)
    }
}

impl From<StegvisError> for Flow {
    fn from(e: StegvisError) -> Self {
        Flow::Fail(Failure::Core(e))
    }
}

pub type R<T> = Result<T, Flow>;

/// What a finished action leaves on the home's message line.
pub type Said = Option<String>;

/// A labelled choice that carries what picking it means (never shown).
pub struct Choice<T> {
    pub label: String,
    pub value: T,
}

impl<T> Choice<T> {
    pub fn new(label: impl Into<String>, value: T) -> Self {
        Choice {
            label: label.into(),
            value,
        }
    }
}

impl<T> fmt::Display for Choice<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label)
    }
}

fn ask<T>(result: Result<T, InquireError>) -> R<T> {
    match result {
        Ok(v) => Ok(v),
        Err(InquireError::OperationCanceled) => Err(Flow::Back),
        Err(InquireError::OperationInterrupted) => Err(Flow::Interrupt),
        Err(InquireError::NotTTY) => Err(Flow::Fail(Failure::NeedsTerminal)),
        Err(_) => Err(Flow::Fail(Failure::Io)),
    }
}

/// Lines a list may take: the home's menu must fit 24 lines with its question.
const PAGE: usize = 12;

pub fn text(prompt: &str) -> R<String> {
    ask(Text::new(prompt).prompt())
}

pub fn text_with(prompt: &str, initial: &str) -> R<String> {
    ask(Text::new(prompt).with_initial_value(initial).prompt())
}

pub fn select<T>(prompt: &str, choices: Vec<Choice<T>>) -> R<T> {
    ask(Select::new(prompt, choices)
        .without_help_message()
        .with_page_size(PAGE)
        .prompt()
        .map(|c| c.value))
}

/// Picks several; Space marks, Enter confirms.
pub fn multi<T>(ctx: &Ctx, prompt: &str, choices: Vec<Choice<T>>) -> R<Vec<T>> {
    ask(MultiSelect::new(prompt, choices)
        .with_help_message(&ctx.loc.t("home-multi-help"))
        .with_page_size(PAGE)
        .prompt()
        .map(|cs| cs.into_iter().map(|c| c.value).collect()))
}

/// Yes or no, in the person's words; Esc is "back".
pub fn yes_no(ctx: &Ctx, prompt: &str) -> R<bool> {
    select(
        prompt,
        vec![
            Choice::new(ctx.loc.t("home-yes"), true),
            Choice::new(ctx.loc.t("home-no"), false),
        ],
    )
}

/// Waits for Enter (or Esc) after a page to read; Ctrl-C stops.
pub fn pause(ctx: &Ctx) -> R<()> {
    wait_for_enter(ctx, "home-press-enter")
}

fn wait_for_enter(ctx: &Ctx, hint_id: &str) -> R<()> {
    print!("\n{} ", ctx.style.dim(&ctx.loc.t(hint_id)));
    std::io::stdout().flush().map_err(|_| Failure::Io)?;
    crossterm::terminal::enable_raw_mode().map_err(|_| Failure::NeedsTerminal)?;
    let result = loop {
        match event::read() {
            Ok(Event::Key(k)) if k.kind == KeyEventKind::Press => match k.code {
                KeyCode::Char('c') if k.modifiers.contains(KeyModifiers::CONTROL) => {
                    break Err(Flow::Interrupt)
                }
                KeyCode::Enter | KeyCode::Esc | KeyCode::Char('q') => break Ok(()),
                _ => {}
            },
            Ok(_) => {}
            Err(_) => break Err(Flow::Fail(Failure::Io)),
        }
    };
    let _ = crossterm::terminal::disable_raw_mode();
    println!();
    result
}

/// Starts a fresh screen, so each page fits the terminal on its own.
pub fn clear() {
    let mut out = std::io::stdout();
    let _ = crossterm::execute!(
        out,
        crossterm::terminal::Clear(crossterm::terminal::ClearType::All),
        crossterm::terminal::Clear(crossterm::terminal::ClearType::Purge),
        crossterm::cursor::MoveTo(0, 0)
    );
}

/// Shows a refused answer kindly; the caller asks again.
pub fn explain(ctx: &Ctx, e: &StegvisError) {
    eprintln!("{} {}", ctx.loc.t("cli-error-prefix"), ctx.describe(e));
}

/// Runs `attempt` until the core accepts it. Only a refusal of `field`, the one just
/// asked, is asked again; anything else ends the flow.
pub fn until_accepted<T>(
    ctx: &Ctx,
    field: Field,
    mut attempt: impl FnMut() -> R<Result<T, StegvisError>>,
) -> R<T> {
    loop {
        match attempt()? {
            Ok(v) => return Ok(v),
            Err(e @ StegvisError::InvalidInput { field: f, .. }) if f == field => explain(ctx, &e),
            Err(e) => return Err(e.into()),
        }
    }
}

/// Asks for required text until the core's text rule accepts it.
pub fn required_text(ctx: &Ctx, prompt: &str, field: Field) -> R<String> {
    until_accepted(ctx, field, || {
        Ok(stegvis_core::validate::required(&text(prompt)?, field))
    })
}

/// Ctrl-C: says calmly that nothing unfinished was saved, and ends with 130.
pub fn interrupted(ctx: &Ctx) -> ! {
    let _ = crossterm::terminal::disable_raw_mode();
    println!();
    say(&ctx.loc.t("home-interrupted"));
    let _ = std::io::stdout().flush();
    std::process::exit(130)
}

/// Prompts draw no `<canceled>` after Esc: the home says in words what happened.
pub fn quiet_prompts() {
    inquire::set_global_render_config(
        inquire::ui::RenderConfig::default()
            .with_canceled_prompt_indicator(inquire::ui::Styled::new("")),
    );
}

/// The home: `Ok` when the person closed it (menu or Esc), exit 130 on Ctrl-C.
pub fn home(ctx: &Ctx) -> Result<(), Failure> {
    quiet_prompts();
    match main_loop(ctx) {
        Ok(()) => Ok(()),
        Err(Flow::Back) => Ok(()),
        Err(Flow::Interrupt) => interrupted(ctx),
        Err(Flow::Fail(f)) => Err(f),
    }
}

fn first_run(ctx: &Ctx) -> R<bool> {
    Ok(ctx.companion.is_first_run()?)
}

/// The first run: a warm welcome, then a first goal, first signs and a check-in
/// time, each one skippable (Esc or "Not now").
fn welcome(ctx: &Ctx) -> R<Said> {
    clear();
    println!("{}", ctx.style.bold(&ctx.loc.t("home-welcome-title")));
    println!();
    say(&ctx.loc.t("home-welcome-body"));
    println!();
    let mut said = Vec::new();
    if skippable(yes_no(ctx, &ctx.loc.t("home-welcome-goal")))? == Some(true) {
        if let Some(Some(s)) = skippable(goals::add_goal(ctx))? {
            said.push(s);
        }
    }
    if skippable(yes_no(ctx, &ctx.loc.t("home-welcome-signs")))? == Some(true) {
        if let Some(Some(s)) = skippable(signs::choose_from_catalog(ctx))? {
            said.push(s);
        }
    }
    if !ctx.companion.list_signs(false)?.is_empty() {
        if let Some(Some(s)) = skippable(settings::checkin_time(ctx))? {
            said.push(s);
        }
    }
    println!();
    say(&ctx.loc.t("home-welcome-done"));
    wait_for_enter(ctx, "home-press-enter-go-on")?;
    Ok(said.pop())
}

/// Prints a paragraph wrapped to the terminal's width.
pub fn say(text: &str) {
    for line in fit::wrap(text, fit::WIDTH) {
        println!("{line}");
    }
}

/// A dim paragraph wrapped to the terminal's width.
pub fn say_dim(ctx: &Ctx, text: &str) {
    for line in fit::wrap(text, fit::WIDTH) {
        println!("{}", ctx.style.dim(&line));
    }
}

/// Esc skips one question of the welcome; Ctrl-C still stops.
fn skippable<T>(r: R<T>) -> R<Option<T>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(Flow::Back) => Ok(None),
        Err(e) => Err(e),
    }
}

fn draw(ctx: &Ctx, said: Option<&str>) -> R<()> {
    let view = ctx.companion.today()?;
    clear();
    println!("{}", ctx.style.bold(&fit::clip(&view.title, fit::WIDTH)));
    println!(
        "{}",
        said.map(|s| fit::clip(s, fit::WIDTH)).unwrap_or_default()
    );
    let rows = crossterm::terminal::size().map_or(fit::HEIGHT, |(_, rows)| usize::from(rows));
    let lines = menu::today_lines(&view, menu::item_budget(rows), |n| {
        ctx.loc.ta("home-more", &Args::new().num("count", n as i64))
    });
    if lines.is_empty() {
        if let Some(empty) = &view.empty_text {
            println!("  {}", fit::clip(empty, fit::WIDTH - 2));
        }
    }
    for line in lines {
        println!("{line}");
    }
    println!();
    Ok(())
}

fn main_loop(ctx: &Ctx) -> R<()> {
    let mut said: Said = None;
    if first_run(ctx)? {
        said = welcome(ctx)?;
    }
    loop {
        draw(ctx, said.as_deref())?;
        let areas = Area::ALL
            .into_iter()
            .map(|a| Choice::new(ctx.loc.t(a.label_id()), a))
            .collect();
        let area = match select(&ctx.loc.t("home-menu-title"), areas) {
            Ok(a) => a,
            Err(Flow::Back) => {
                say(&ctx.loc.t("home-closed"));
                return Ok(());
            }
            Err(e) => return Err(e),
        };
        let result = match area {
            Area::Today => today::menu(ctx),
            Area::Goals => goals::menu(ctx),
            Area::Signs => signs::menu(ctx),
            Area::Plan => plan::menu(ctx),
            Area::Meds => meds::menu(ctx),
            Area::Sharing => sharing::menu(ctx),
            Area::Settings => settings::menu(ctx),
            Area::Close => {
                println!("{}", ctx.loc.t("cli-bye"));
                return Ok(());
            }
        };
        said = match result {
            Ok(s) => s,
            Err(Flow::Back) => Some(ctx.loc.t("home-nothing-saved")),
            Err(Flow::Fail(Failure::Core(e))) => Some(format!(
                "{} {}",
                ctx.loc.t("cli-error-prefix"),
                ctx.describe(&e)
            )),
            Err(e) => return Err(e),
        };
    }
}

/// Picks one action of a group; Esc goes back to the home.
pub fn submenu<T: Copy>(ctx: &Ctx, title_id: &str, actions: &[(T, &str)]) -> R<T> {
    select(
        &ctx.loc.t(title_id),
        actions
            .iter()
            .map(|(v, id)| Choice::new(ctx.loc.t(id), *v))
            .collect(),
    )
}
