//! `stegvis signs ...` and `stegvis checkin`.

use std::io::IsTerminal;

use stegvis_core::l10n::Args;
use stegvis_core::{
    CheckinDay, CheckinInput, Field, InvalidReason, NewSign, Rating, Series, StegvisError,
};

use crate::context::Ctx;
use crate::failure::Failure;
use crate::{checkin_prompt, output};

#[derive(Debug, clap::Subcommand)]
pub enum SignsCmd {
    /// Your signs in check-in order.
    #[command(alias = "ls")]
    List {
        /// Include signs no longer on the list.
        #[arg(long)]
        all: bool,
    },
    /// Add a sign from the catalog (--catalog KEY) or in your own words.
    Add {
        text: Option<String>,
        /// A key from `stegvis signs catalog`.
        #[arg(long)]
        catalog: Option<String>,
        /// Others tend to notice this sign before you do.
        #[arg(long)]
        others: bool,
    },
    /// Take a sign off the list; its history is kept.
    Retire { id: String },
    /// Move a sign to a position in the check-in (1 is first).
    Move { id: String, position: u32 },
    /// Common early warning signs to choose from.
    Catalog,
    /// Your signs over the last weeks.
    Trend {
        /// 1 to 52 weeks. Signed, so a negative number reaches the core's check.
        #[arg(long, default_value_t = 4)]
        weeks: i64,
    },
}

/// `checkin show` and `checkin history`: reading check-ins back. `checkin` with its
/// flags (or bare) still saves, exactly as before.
#[derive(Debug, clap::Subcommand)]
pub enum CheckinRead {
    /// One day's check-in: each sign in words, the note and sleep.
    Show {
        /// The day (YYYY-MM-DD); today by default.
        #[arg(long)]
        date: Option<String>,
    },
    /// Your check-ins of the last weeks, newest first.
    History {
        /// 1 to 52 weeks.
        #[arg(long, default_value_t = stegvis_core::DEFAULT_HISTORY_WEEKS)]
        weeks: u32,
    },
}

#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct CheckinArgs {
    #[command(subcommand)]
    pub read: Option<CheckinRead>,
    /// A rating as SIGN_ID=0..3; repeat for each sign. Without any, a terminal asks.
    #[arg(long = "rate", value_name = "ID=N")]
    pub rates: Vec<String>,
    /// A short note.
    #[arg(long)]
    pub note: Option<String>,
    /// Hours slept, e.g. 6.5.
    #[arg(long)]
    pub sleep: Option<f64>,
    /// The day (YYYY-MM-DD), up to a week back; today by default.
    #[arg(long)]
    pub date: Option<String>,
}

pub fn signs(ctx: &Ctx, cmd: SignsCmd) -> Result<(), Failure> {
    let c = &ctx.companion;
    match cmd {
        SignsCmd::List { all } => signs_list(ctx, all),
        SignsCmd::Move { id, position } => {
            let signs = c.move_sign(id, position)?;
            if ctx.json {
                return output::json(&signs);
            }
            signs_list(ctx, false)
        }
        SignsCmd::Add {
            text,
            catalog,
            others,
        } => {
            let sign = c.add_sign(NewSign {
                catalog_key: catalog,
                text,
                noticed_by_others: others,
            })?;
            output::saved(ctx, "cli-sign-added", &sign, &sign.id)?;
            crate::reminders::offer_checkin_reminder(ctx)
        }
        SignsCmd::Retire { id } => {
            let sign = c.retire_sign(id)?;
            output::saved(ctx, "cli-sign-retired", &sign, &sign.id)
        }
        SignsCmd::Catalog => {
            let catalog = c.sign_catalog()?;
            if ctx.json {
                return output::json(&catalog);
            }
            println!("{}", ctx.style.bold(&ctx.loc.t("cli-catalog-title")));
            for entry in catalog {
                println!("  {:<26} {}", entry.key, entry.name);
            }
            Ok(())
        }
        SignsCmd::Trend { weeks } => {
            // Below zero or past u32 is outside every range: 0 is, too, and the core
            // refuses it naming the field and the range.
            let trend = c.trend(u32::try_from(weeks).unwrap_or(0))?;
            if ctx.json {
                return output::json(&trend);
            }
            println!(
                "{}",
                ctx.style.bold(
                    &ctx.loc
                        .ta("cli-trend-title", &Args::new().num("weeks", weeks))
                )
            );
            println!("{}", ctx.style.dim(&trend.period_label));
            println!("{}", trend.summary);
            println!();
            let width = trend
                .per_sign
                .iter()
                .map(|s| s.name.chars().count())
                .chain([
                    ctx.loc.t("trend-total").chars().count(),
                    ctx.loc.t("trend-sleep").chars().count(),
                ])
                .max()
                .unwrap_or(10)
                .min(40);
            let row = |name: &str, series: &Series, max: f64| {
                let name: String = name.chars().take(width).collect();
                println!("  {name:<width$}  {}", sparkline(&series.daily, max));
            };
            let max_total = trend
                .total
                .daily
                .iter()
                .flatten()
                .copied()
                .fold(1.0, f64::max);
            row(&ctx.loc.t("trend-total"), &trend.total, max_total);
            for s in &trend.per_sign {
                row(&s.name, &s.series, 3.0);
            }
            if trend.sleep.daily.iter().any(Option::is_some) {
                row(&ctx.loc.t("trend-sleep"), &trend.sleep, 12.0);
            }
            Ok(())
        }
    }
}

fn signs_list(ctx: &Ctx, all: bool) -> Result<(), Failure> {
    let signs = ctx.companion.list_signs(all)?;
    if ctx.json {
        return output::json(&signs);
    }
    if signs.is_empty() {
        println!("{}", ctx.loc.t("cli-no-signs"));
        return Ok(());
    }
    println!("{}", ctx.style.bold(&ctx.loc.t("cli-signs-title")));
    for s in signs {
        let mut line = format!("  {}. {}", s.position, s.name);
        if s.retired {
            line.push(' ');
            line.push_str(&ctx.loc.t("cli-sign-retired-mark"));
        }
        println!("{line}");
        if s.noticed_by_others {
            println!(
                "     {}",
                ctx.style.dim(&ctx.loc.t("sign-noticed-by-others"))
            );
        }
        println!(
            "     {}",
            ctx.style
                .dim(&ctx.loc.ta("cli-id", &Args::new().text("id", s.id)))
        );
    }
    Ok(())
}

/// One character a day: `·` for no check-in, then eight heights from 0 to `max`.
pub fn sparkline(daily: &[Option<f64>], max: f64) -> String {
    const BLOCKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    daily
        .iter()
        .map(|v| match v {
            None => '·',
            Some(v) => {
                let level = ((v / max).clamp(0.0, 1.0) * 7.0).round() as usize;
                BLOCKS[level.min(7)]
            }
        })
        .collect()
}

fn parse_rate(text: &str) -> Result<Rating, Failure> {
    let bad = || {
        Failure::Core(StegvisError::InvalidInput {
            field: Field::Rating,
            reason: InvalidReason::Malformed,
        })
    };
    let (id, value) = text.split_once('=').ok_or_else(bad)?;
    let value: i64 = value.trim().parse().map_err(|_| bad())?;
    let value = u8::try_from(value).map_err(|_| {
        Failure::Core(StegvisError::InvalidInput {
            field: Field::Rating,
            reason: InvalidReason::OutOfRange { min: 0, max: 3 },
        })
    })?;
    Ok(Rating {
        sign_id: id.trim().to_owned(),
        value,
    })
}

pub fn checkin(ctx: &Ctx, args: CheckinArgs) -> Result<(), Failure> {
    match args.read {
        Some(CheckinRead::Show { date }) => return checkin_show(ctx, date),
        Some(CheckinRead::History { weeks }) => return checkin_history(ctx, weeks),
        None => {}
    }
    let scripted = !args.rates.is_empty() || args.note.is_some() || args.sleep.is_some();
    if !scripted {
        if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
            return checkin_prompt::run(ctx, args.date);
        }
        // Nothing to save and nobody to ask: say which flag is missing, and how.
        if !ctx.json {
            eprintln!("{}", ctx.loc.t("history-checkin-needs-rating"));
        }
        return Err(Failure::Core(StegvisError::InvalidInput {
            field: Field::Rating,
            reason: InvalidReason::Empty,
        }));
    }
    let ratings = args
        .rates
        .iter()
        .map(|r| parse_rate(r))
        .collect::<Result<Vec<_>, _>>()?;
    let saved = ctx.companion.save_checkin(CheckinInput {
        date: args.date,
        ratings,
        note: args.note,
        sleep_hours: args.sleep,
    })?;
    if ctx.json {
        return output::json(&saved);
    }
    println!("{}", ctx.loc.t("checkin-saved"));
    Ok(())
}

/// Prints one day read back: the date, each sign with its rating in words, sleep, note.
fn day_lines(ctx: &Ctx, day: &CheckinDay, full: bool) {
    println!("{}", ctx.style.bold(&day.date_label));
    if let Some(empty) = &day.empty_text {
        println!("  {empty}");
        return;
    }
    if full {
        for r in &day.ratings {
            let mut name = r.name.clone();
            if r.retired {
                name.push(' ');
                name.push_str(&ctx.loc.t("cli-sign-retired-mark"));
            }
            println!("  {name}: {}", r.value_label);
        }
    } else {
        println!("  {}", day.summary);
    }
    if let Some(sleep) = &day.sleep_label {
        println!("  {sleep}");
    }
    if let Some(note) = &day.note {
        println!(
            "  {}",
            ctx.loc
                .ta("history-note", &Args::new().text("note", note.clone()))
        );
    }
}

fn checkin_show(ctx: &Ctx, date: Option<String>) -> Result<(), Failure> {
    let day = ctx.companion.checkin_day(date)?;
    if ctx.json {
        return output::json(&day);
    }
    day_lines(ctx, &day, true);
    Ok(())
}

fn checkin_history(ctx: &Ctx, weeks: u32) -> Result<(), Failure> {
    let history = ctx.companion.checkin_history(weeks)?;
    if ctx.json {
        return output::json(&history);
    }
    println!("{}", ctx.style.bold(&history.title));
    if let Some(empty) = &history.empty_text {
        println!("{empty}");
    }
    for day in &history.days {
        println!();
        day_lines(ctx, day, false);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparkline_marks_missing_days_and_scales() {
        assert_eq!(
            sparkline(&[None, Some(0.0), Some(3.0), Some(1.5)], 3.0),
            "·▁█▅"
        );
    }

    #[test]
    fn rates_parse_or_name_the_field() {
        assert_eq!(parse_rate("abc=2").unwrap().value, 2);
        assert!(parse_rate("abc").is_err());
        assert!(parse_rate("abc=x").is_err());
        assert!(parse_rate("abc=-1").is_err());
    }
}
