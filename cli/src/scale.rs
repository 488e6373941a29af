//! `stegvis scale`: the IMR Scale self-rating. `scale rate` in a terminal asks one
//! topic per screen (1-5 to answer, s to skip, b back, q to stop); for scripts,
//! `--answers 3,4,s,...` gives the topics in order and `--rate KEY=N` one topic by key.

use std::io::{BufRead, Write};

use clap::{Args as ClapArgs, Subcommand};
use stegvis_core::l10n::Args;
use stegvis_core::{
    Field, InvalidReason, ScaleAnswer, ScaleForm, ScaleHistory, ScaleInterval, StegvisError,
};

use crate::context::Ctx;
use crate::failure::Failure;
use crate::output;

#[derive(Debug, Subcommand)]
pub enum ScaleCmd {
    /// The fifteen topics with their keys, questions and answers.
    Topics,
    /// Fill in the scale: one topic per screen, or with --answers / --rate.
    Rate(RateArgs),
    /// Your ratings over time, per topic and in total.
    History,
    /// How often the scale is offered: 1, 2, 3 or 6 (months) or never. Without a
    /// value: show it.
    Every {
        /// 1, 2, 3, 6 or never.
        interval: Option<String>,
    },
}

#[derive(Debug, ClapArgs)]
pub struct RateArgs {
    /// The day the answers are for (YYYY-MM-DD); today by default, never ahead.
    #[arg(long)]
    date: Option<String>,
    /// Answers in the topics' order, comma-separated: 1-5, or s (or nothing) to skip;
    /// topics after the last one given are skipped.
    #[arg(long, value_name = "N,N,...", conflicts_with = "rates")]
    answers: Option<String>,
    /// One topic by key: --rate knowledge=4 (repeat for more).
    #[arg(long = "rate", value_name = "KEY=N")]
    rates: Vec<String>,
}

pub fn scale(ctx: &Ctx, cmd: ScaleCmd) -> Result<(), Failure> {
    match cmd {
        ScaleCmd::Topics => topics(ctx, &ctx.companion.scale_topics()?),
        ScaleCmd::Rate(a) => rate(ctx, a),
        ScaleCmd::History => history(ctx, &ctx.companion.scale_history()?),
        ScaleCmd::Every { interval } => every(ctx, interval),
    }
}

fn value_error() -> Failure {
    Failure::Core(StegvisError::InvalidInput {
        field: Field::ScaleValue,
        reason: InvalidReason::Malformed,
    })
}

/// `3,4,s,,5` in topic order; the core checks the range and says which field.
fn parse_answers(text: &str, form: &ScaleForm) -> Result<Vec<ScaleAnswer>, Failure> {
    let parts: Vec<&str> = text.split(',').map(str::trim).collect();
    if parts.len() > form.topics.len() {
        return Err(Failure::Core(StegvisError::InvalidInput {
            field: Field::ScaleTopic,
            reason: InvalidReason::OutOfRange {
                min: 1,
                max: form.topics.len() as i64,
            },
        }));
    }
    let mut out = Vec::new();
    for (topic, part) in form.topics.iter().zip(parts) {
        if part.is_empty() || part.eq_ignore_ascii_case("s") {
            continue;
        }
        let value = part.parse::<u32>().map_err(|_| value_error())?;
        out.push(ScaleAnswer {
            topic: topic.key.clone(),
            value,
        });
    }
    Ok(out)
}

/// `knowledge=4`.
fn parse_rate(text: &str) -> Result<ScaleAnswer, Failure> {
    let Some((key, value)) = text.split_once('=') else {
        return Err(value_error());
    };
    Ok(ScaleAnswer {
        topic: key.trim().to_owned(),
        value: value.trim().parse::<u32>().map_err(|_| value_error())?,
    })
}

fn rate(ctx: &Ctx, args: RateArgs) -> Result<(), Failure> {
    let answers = if let Some(text) = &args.answers {
        parse_answers(text, &ctx.companion.scale_topics()?)?
    } else if !args.rates.is_empty() {
        args.rates
            .iter()
            .map(|r| parse_rate(r))
            .collect::<Result<_, _>>()?
    } else {
        match ask(ctx, &ctx.companion.scale_topics()?)? {
            Some(answers) if !answers.is_empty() => answers,
            Some(_) => {
                println!("{}", ctx.loc.t("cli-scale-nothing"));
                return Ok(());
            }
            None => {
                println!("{}", ctx.loc.t("cli-scale-stopped"));
                return Ok(());
            }
        }
    };
    let saved = ctx.companion.scale_rate(args.date, answers)?;
    if ctx.json {
        return output::json(&saved);
    }
    println!("{}", saved.message);
    Ok(())
}

/// One topic per screen, read line by line (a terminal or a pipe alike). `None`
/// when the person stopped (q, or the input ended): nothing is saved then.
fn ask(ctx: &Ctx, form: &ScaleForm) -> Result<Option<Vec<ScaleAnswer>>, Failure> {
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let mut chosen: Vec<Option<u32>> = vec![None; form.topics.len()];
    for a in &form.today_answers {
        if let Some(i) = form.topics.iter().position(|t| t.key == a.topic) {
            chosen[i] = Some(a.value);
        }
    }
    let mut out = std::io::stdout();
    let _ = writeln!(out, "{}", ctx.style.bold(&form.title));
    let _ = writeln!(out, "{}", form.intro);
    let mut i = 0;
    while i < form.topics.len() {
        let t = &form.topics[i];
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", ctx.style.dim(&t.progress_label));
        let _ = writeln!(out, "{}", ctx.style.bold(&t.name));
        let _ = writeln!(out, "{}", t.question);
        for a in &t.anchors {
            let mark = if chosen[i] == Some(a.value) { ">" } else { " " };
            let _ = writeln!(out, "{mark} {}. {}", a.value, a.text);
        }
        let _ = write!(out, "{} ", ctx.loc.t("cli-scale-keys"));
        let _ = out.flush();
        let Some(Ok(line)) = lines.next() else {
            let _ = writeln!(out);
            return Ok(None);
        };
        match line.trim().to_lowercase().as_str() {
            "q" => return Ok(None),
            "b" => i = i.saturating_sub(1),
            "s" => {
                chosen[i] = None;
                i += 1;
            }
            "" if chosen[i].is_some() => i += 1,
            text => {
                // Anything else leaves the screen as it is, to be answered again.
                if let Ok(v @ 1..=5) = text.parse::<u32>() {
                    chosen[i] = Some(v);
                    i += 1;
                }
            }
        }
    }
    Ok(Some(
        form.topics
            .iter()
            .zip(chosen)
            .filter_map(|(t, v)| {
                v.map(|value| ScaleAnswer {
                    topic: t.key.clone(),
                    value,
                })
            })
            .collect(),
    ))
}

fn topics(ctx: &Ctx, form: &ScaleForm) -> Result<(), Failure> {
    if ctx.json {
        return output::json(form);
    }
    for t in &form.topics {
        println!(
            "{:>2}. {}  {}",
            t.number,
            ctx.style.bold(&t.name),
            ctx.style.dim(&t.key)
        );
        println!("    {}", t.question);
    }
    Ok(())
}

fn history(ctx: &Ctx, h: &ScaleHistory) -> Result<(), Failure> {
    if ctx.json {
        return output::json(h);
    }
    println!("{}", ctx.style.bold(&ctx.loc.t("scale-title")));
    println!("{}", h.settings.interval_label);
    if let Some(next) = &h.settings.next_due_label {
        println!("{next}");
    }
    if let Some(empty) = &h.empty_text {
        println!("{empty}");
        return Ok(());
    }
    println!();
    for r in &h.ratings {
        println!("{}: {}", r.label, r.total_label);
    }
    println!();
    let skipped = ctx.loc.t("scale-skipped");
    for s in &h.series {
        let values: Vec<String> = s
            .values
            .iter()
            .map(|v| v.map_or_else(|| "·".to_owned(), |v| v.to_string()))
            .collect();
        println!("{:<40} {}", s.name, values.join(" "));
    }
    println!();
    println!("{}", ctx.style.dim(&format!("· = {skipped}")));
    println!("{}", h.total_note);
    Ok(())
}

fn every(ctx: &Ctx, interval: Option<String>) -> Result<(), Failure> {
    let settings = match interval {
        Some(text) => {
            let interval = ScaleInterval::parse(&text)?;
            let s = ctx.companion.set_scale_interval(interval)?;
            if !ctx.json {
                println!(
                    "{}",
                    ctx.loc.ta(
                        "cli-scale-interval-set",
                        &Args::new().text("interval", s.interval_label.clone())
                    )
                );
            }
            s
        }
        None => {
            let s = ctx.companion.scale_settings()?;
            if !ctx.json {
                println!("{}", s.interval_label);
            }
            s
        }
    };
    if ctx.json {
        return output::json(&settings);
    }
    if let Some(next) = &settings.next_due_label {
        println!("{next}");
    }
    Ok(())
}

/// The home's "Time for your IMR Scale": the same one-topic-per-screen flow.
pub fn rate_from_home(ctx: &Ctx) -> crate::home::R<crate::home::Said> {
    let form = ctx.companion.scale_topics()?;
    match ask(ctx, &form)? {
        Some(answers) if !answers.is_empty() => {
            let saved = ctx.companion.scale_rate(None, answers)?;
            Ok(Some(saved.message))
        }
        Some(_) => Ok(Some(ctx.loc.t("cli-scale-nothing"))),
        None => Err(crate::home::Flow::Back),
    }
}
