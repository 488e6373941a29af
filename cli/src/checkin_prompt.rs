//! The interactive check-in: one key per sign (0 to 3), then an optional note and
//! sleep. Built to take well under a minute. Enter keeps the rating already there
//! (today's saved one, or the one typed before going back); Esc asks before it throws
//! typed ratings away; Ctrl-C stops at once and says nothing was saved.

use std::io::Write;

use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use crossterm::terminal;
use inquire::{InquireError, Select, Text};
use stegvis_core::{CheckinForm, CheckinInput, Field, Rating, StegvisError};

use crate::context::Ctx;
use crate::failure::Failure;

/// How a check-in ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Saved,
    /// Esc (confirmed when ratings were typed): nothing saved.
    Left,
    /// Ctrl-C: nothing saved, the program should stop.
    Interrupted,
}

/// Restores the terminal even when reading a key fails.
struct RawMode;

impl RawMode {
    fn on() -> Result<Self, Failure> {
        terminal::enable_raw_mode().map_err(|_| Failure::NeedsTerminal)?;
        Ok(RawMode)
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        let _ = terminal::disable_raw_mode();
    }
}

/// One key of the check-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Rate(u8),
    Keep,
    Back,
    Leave,
    Interrupt,
}

fn read_key() -> Result<Key, Failure> {
    let _raw = RawMode::on()?;
    loop {
        if let Event::Key(k) = event::read().map_err(|_| Failure::Io)? {
            if k.kind != KeyEventKind::Press {
                continue;
            }
            match k.code {
                KeyCode::Char('c') if k.modifiers.contains(KeyModifiers::CONTROL) => {
                    return Ok(Key::Interrupt)
                }
                KeyCode::Char(c @ '0'..='3') => return Ok(Key::Rate(c as u8 - b'0')),
                KeyCode::Enter => return Ok(Key::Keep),
                KeyCode::Backspace | KeyCode::Left | KeyCode::Up => return Ok(Key::Back),
                KeyCode::Esc | KeyCode::Char('q') => return Ok(Key::Leave),
                _ => {}
            }
        }
    }
}

/// The ratings being typed: one slot per sign, starting from today's saved values.
/// Pure, so the rules for Enter and going back are tested without a terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ratings {
    values: Vec<Option<u8>>,
    at: usize,
    /// A key changed something: leaving must ask first.
    pub touched: bool,
}

impl Ratings {
    pub fn new(current: impl IntoIterator<Item = Option<u8>>) -> Self {
        Ratings {
            values: current.into_iter().collect(),
            at: 0,
            touched: false,
        }
    }

    /// The sign being asked, or `None` when every sign has a rating.
    pub fn at(&self) -> Option<usize> {
        (self.at < self.values.len()).then_some(self.at)
    }

    pub fn current(&self) -> Option<u8> {
        self.values.get(self.at).copied().flatten()
    }

    /// Applies a key; `false` when it did nothing (Enter with no earlier rating).
    pub fn apply(&mut self, key: Key) -> bool {
        match key {
            Key::Rate(v) if self.at < self.values.len() => {
                self.values[self.at] = Some(v);
                self.at += 1;
                self.touched = true;
                true
            }
            Key::Keep if self.current().is_some() => {
                self.at += 1;
                true
            }
            Key::Back if self.at > 0 => {
                self.at -= 1;
                true
            }
            _ => false,
        }
    }

    /// Every rating, once each sign has one.
    pub fn complete(&self) -> Option<Vec<u8>> {
        self.values.iter().copied().collect()
    }
}

/// Asks whether to leave with typed answers; Esc on the question means "stay".
fn confirm_leave(ctx: &Ctx) -> Result<Option<bool>, Failure> {
    let stay = ctx.loc.t("home-checkin-stay");
    let leave = ctx.loc.t("home-checkin-leave");
    match Select::new(
        &ctx.loc.t("home-checkin-leave-question"),
        vec![stay.clone(), leave.clone()],
    )
    .without_help_message()
    .prompt()
    {
        Ok(answer) => Ok(Some(answer == leave)),
        Err(InquireError::OperationCanceled) => Ok(Some(false)),
        Err(InquireError::OperationInterrupted) => Ok(None),
        Err(_) => Err(Failure::Io),
    }
}

/// For `stegvis checkin` in a terminal: the same form, ending the program on Ctrl-C.
pub fn run(ctx: &Ctx, date: Option<String>) -> Result<(), Failure> {
    crate::home::quiet_prompts();
    match form(ctx, date)? {
        Outcome::Interrupted => crate::home::interrupted(ctx),
        Outcome::Left => {
            println!("{}", ctx.loc.t("home-nothing-saved"));
            Ok(())
        }
        Outcome::Saved => Ok(()),
    }
}

/// A text answer: `Ok(Some(text))`, `Ok(None)` when the person chose to leave.
enum Typed {
    Text(String),
    Leave,
    Interrupt,
}

fn ask_text(ctx: &Ctx, prompt: &str, initial: Option<String>) -> Result<Typed, Failure> {
    loop {
        let mut text = Text::new(prompt);
        let initial = initial.clone().unwrap_or_default();
        if !initial.is_empty() {
            text = text.with_initial_value(&initial);
        }
        match text.prompt() {
            Ok(v) => return Ok(Typed::Text(v)),
            Err(InquireError::OperationCanceled) => match confirm_leave(ctx)? {
                Some(true) => return Ok(Typed::Leave),
                Some(false) => continue,
                None => return Ok(Typed::Interrupt),
            },
            Err(InquireError::OperationInterrupted) => return Ok(Typed::Interrupt),
            Err(_) => return Err(Failure::Io),
        }
    }
}

fn print_header(ctx: &Ctx, form: &CheckinForm) {
    println!("{}", ctx.style.bold(&form.title));
    if form.already_done {
        crate::home::say_dim(ctx, &ctx.loc.t("cli-checkin-already"));
    }
    let scale: Vec<String> = form
        .scale
        .iter()
        .enumerate()
        .map(|(i, label)| format!("{i} {label}"))
        .collect();
    println!("{}", ctx.style.dim(&scale.join("   ")));
    crate::home::say_dim(ctx, &ctx.loc.t("home-checkin-keys"));
}

/// The check-in form for `date` (today when `None`).
pub fn form(ctx: &Ctx, date: Option<String>) -> Result<Outcome, Failure> {
    let form = ctx.companion.checkin_form(date)?;
    if form.signs.is_empty() {
        println!("{}", ctx.loc.t("home-checkin-no-signs"));
        return Ok(Outcome::Left);
    }
    print_header(ctx, &form);
    let mut ratings = Ratings::new(form.signs.iter().map(|s| s.current));
    while let Some(i) = ratings.at() {
        let sign = &form.signs[i];
        let current = ratings
            .current()
            .map(|v| format!(" [{v}]"))
            .unwrap_or_default();
        print!("  {}{} ", sign.name, ctx.style.dim(&current));
        std::io::stdout().flush().map_err(|_| Failure::Io)?;
        let key = read_key()?;
        match key {
            Key::Interrupt => {
                println!();
                return Ok(Outcome::Interrupted);
            }
            Key::Leave => {
                println!();
                if !ratings.touched {
                    return Ok(Outcome::Left);
                }
                match confirm_leave(ctx)? {
                    Some(true) => return Ok(Outcome::Left),
                    Some(false) => {}
                    None => return Ok(Outcome::Interrupted),
                }
            }
            Key::Rate(v) => {
                ratings.apply(key);
                println!("{v} {}", ctx.style.dim(&form.scale[usize::from(v)]));
            }
            Key::Keep => {
                let kept = ratings.current();
                if ratings.apply(key) {
                    if let Some(v) = kept {
                        println!("{v} {}", ctx.style.dim(&form.scale[usize::from(v)]));
                    }
                } else {
                    println!();
                }
            }
            Key::Back => {
                println!();
                ratings.apply(key);
            }
        }
    }
    let Some(values) = ratings.complete() else {
        return Ok(Outcome::Left);
    };
    let note = match ask_text(ctx, &form.note_prompt, form.note.clone())? {
        Typed::Text(t) => t,
        Typed::Leave => return Ok(Outcome::Left),
        Typed::Interrupt => return Ok(Outcome::Interrupted),
    };
    loop {
        let sleep = match ask_text(
            ctx,
            &form.sleep_prompt,
            form.sleep_hours.map(|h| h.to_string()),
        )? {
            Typed::Text(t) => t,
            Typed::Leave => return Ok(Outcome::Left),
            Typed::Interrupt => return Ok(Outcome::Interrupted),
        };
        let sleep_hours = match sleep.trim().replace(',', ".") {
            s if s.is_empty() => None,
            s => match s.parse::<f64>() {
                Ok(h) => Some(h),
                Err(_) => {
                    let e = StegvisError::InvalidInput {
                        field: Field::SleepHours,
                        reason: stegvis_core::InvalidReason::Malformed,
                    };
                    eprintln!("{} {}", ctx.loc.t("cli-error-prefix"), ctx.describe(&e));
                    continue;
                }
            },
        };
        let input = CheckinInput {
            date: Some(form.date.clone()),
            ratings: form
                .signs
                .iter()
                .zip(&values)
                .map(|(s, v)| Rating {
                    sign_id: s.sign_id.clone(),
                    value: *v,
                })
                .collect(),
            note: Some(note.clone()),
            sleep_hours,
        };
        match ctx.companion.save_checkin(input) {
            Ok(_) => {
                println!("{}", ctx.loc.t("checkin-saved"));
                return Ok(Outcome::Saved);
            }
            Err(
                e @ StegvisError::InvalidInput {
                    field: Field::SleepHours,
                    ..
                },
            ) => {
                eprintln!("{} {}", ctx.loc.t("cli-error-prefix"), ctx.describe(&e));
            }
            Err(e) => return Err(Failure::Core(e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enter_keeps_a_saved_rating_but_not_an_empty_one() {
        let mut r = Ratings::new([Some(2), None]);
        assert!(r.apply(Key::Keep));
        assert_eq!(r.at(), Some(1));
        assert!(!r.apply(Key::Keep), "no earlier rating to keep");
        assert_eq!(r.at(), Some(1));
        assert!(!r.touched, "keeping changes nothing");
        r.apply(Key::Rate(1));
        assert_eq!(r.complete(), Some(vec![2, 1]));
        assert!(r.touched);
    }

    #[test]
    fn going_back_keeps_the_typed_rating_for_enter() {
        let mut r = Ratings::new([None, None]);
        r.apply(Key::Rate(3));
        r.apply(Key::Back);
        assert_eq!(r.current(), Some(3));
        r.apply(Key::Keep);
        r.apply(Key::Rate(0));
        assert_eq!(r.at(), None);
        assert_eq!(r.complete(), Some(vec![3, 0]));
    }

    #[test]
    fn back_at_the_first_sign_does_nothing() {
        let mut r = Ratings::new([None]);
        assert!(!r.apply(Key::Back));
        assert_eq!(r.at(), Some(0));
        assert_eq!(r.complete(), None);
    }
}
