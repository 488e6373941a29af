//! The interactive check-in: one key per sign (0 to 3), then an optional note and
//! sleep. Built to take well under a minute. Esc leaves without saving.

use std::io::Write;

use crossterm::event::{self, Event, KeyCode, KeyEventKind};
use crossterm::terminal;
use inquire::Text;
use stegvis_core::{CheckinInput, Field, Rating, StegvisError};

use crate::context::Ctx;
use crate::failure::Failure;

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

enum Key {
    Rate(u8),
    Back,
    Cancel,
}

fn read_key() -> Result<Key, Failure> {
    let _raw = RawMode::on()?;
    loop {
        if let Event::Key(k) = event::read().map_err(|_| Failure::Io)? {
            if k.kind != KeyEventKind::Press {
                continue;
            }
            match k.code {
                KeyCode::Char(c @ '0'..='3') => return Ok(Key::Rate(c as u8 - b'0')),
                KeyCode::Backspace => return Ok(Key::Back),
                KeyCode::Esc | KeyCode::Char('q') => return Ok(Key::Cancel),
                KeyCode::Char('c') if k.modifiers.contains(event::KeyModifiers::CONTROL) => {
                    return Ok(Key::Cancel)
                }
                _ => {}
            }
        }
    }
}

pub fn run(ctx: &Ctx, date: Option<String>) -> Result<(), Failure> {
    let form = ctx.companion.checkin_form(date.clone())?;
    if form.signs.is_empty() {
        println!("{}", ctx.loc.t("checkin-no-signs"));
        return Ok(());
    }
    println!("{}", ctx.style.bold(&form.title));
    if form.already_done {
        println!("{}", ctx.style.dim(&ctx.loc.t("cli-checkin-already")));
    }
    let scale: Vec<String> = form
        .scale
        .iter()
        .enumerate()
        .map(|(i, label)| format!("{i} {label}"))
        .collect();
    println!("{}", ctx.style.dim(&scale.join("   ")));
    println!("{}", ctx.style.dim(&ctx.loc.t("checkin-keys")));
    let mut ratings: Vec<u8> = Vec::new();
    while ratings.len() < form.signs.len() {
        let sign = &form.signs[ratings.len()];
        let current = sign.current.map(|v| format!(" [{v}]")).unwrap_or_default();
        print!("  {}{} ", sign.name, ctx.style.dim(&current));
        std::io::stdout().flush().map_err(|_| Failure::Io)?;
        match read_key()? {
            Key::Rate(v) => {
                println!("{v} {}", ctx.style.dim(&form.scale[usize::from(v)]));
                ratings.push(v);
            }
            Key::Back => {
                println!();
                ratings.pop();
            }
            Key::Cancel => {
                println!();
                return Ok(());
            }
        }
    }
    let ask = |prompt: &str, initial: Option<String>| -> Result<Option<String>, Failure> {
        let mut text = Text::new(prompt);
        let initial = initial.unwrap_or_default();
        if !initial.is_empty() {
            text = text.with_initial_value(&initial);
        }
        match text.prompt() {
            Ok(v) => Ok(Some(v)),
            Err(inquire::InquireError::OperationCanceled) => Ok(None),
            Err(_) => Err(Failure::Io),
        }
    };
    let Some(note) = ask(&form.note_prompt, form.note.clone())? else {
        return Ok(());
    };
    loop {
        let Some(sleep) = ask(&form.sleep_prompt, form.sleep_hours.map(|h| h.to_string()))? else {
            return Ok(());
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
                .zip(&ratings)
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
                return Ok(());
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
