//! `stegvis progress`: the summary with sparklines (and the period arguments it
//! shares with `stegvis report`).

use stegvis_core::l10n::Args;
use stegvis_core::progress::{AdherenceMonth, ProgressSummary};

use crate::context::Ctx;
use crate::failure::Failure;
use crate::output;
use crate::signs::sparkline;

/// The period and sections of a summary, as both commands take them.
#[derive(Debug, clap::Args)]
pub struct PeriodArgs {
    /// First day (YYYY-MM-DD); by default the first of the month five months ago.
    #[arg(long)]
    pub from: Option<String>,
    /// Last day (YYYY-MM-DD); today by default.
    #[arg(long)]
    pub to: Option<String>,
    /// Sections, separated by commas: goals,signs,medicines,modules,scale (all by default).
    #[arg(long)]
    pub include: Option<String>,
}

fn summary(ctx: &Ctx, args: &PeriodArgs) -> Result<ProgressSummary, Failure> {
    let c = &ctx.companion;
    let sections = c.parse_report_sections(args.include.clone().unwrap_or_default())?;
    Ok(c.progress_summary(args.from.clone(), args.to.clone(), sections)?)
}

/// `stegvis progress`: the summary as text, each series as a sparkline.
pub fn progress(ctx: &Ctx, args: &PeriodArgs) -> Result<(), Failure> {
    let s = summary(ctx, args)?;
    if ctx.json {
        return output::json(&s);
    }
    let loc = &ctx.loc;
    println!("{}", ctx.style.bold(&loc.t("cli-progress-title")));
    println!("{}", ctx.style.dim(&s.period_label));
    if let Some(g) = &s.goals {
        println!();
        println!(
            "{}",
            ctx.style.bold(
                &loc.ta(
                    "cli-progress-goals",
                    &Args::new()
                        .num("active", g.active.into())
                        .num("reached", g.reached.into())
                        .num("aside", g.set_aside.into()),
                )
            )
        );
        for line in &g.goals {
            println!("  {} ({}): {}", line.text, line.status_name, line.label);
        }
        println!("  {}", loc.t("cli-progress-steps"));
        let counts: Vec<Option<f64>> = g
            .months
            .iter()
            .map(|m| Some(f64::from(m.steps_done + m.repeats_done)))
            .collect();
        let max = counts.iter().flatten().copied().fold(1.0, f64::max);
        println!("    {}", sparkline(&counts, max));
        for m in &g.months {
            println!("    {:<16} {}", m.label, m.steps_done + m.repeats_done);
        }
    }
    if let Some(signs) = &s.signs {
        println!();
        println!("{}", ctx.style.bold(&loc.t("cli-progress-signs")));
        println!(
            "  {}",
            loc.ta(
                "cli-progress-checked-in",
                &Args::new()
                    .num("checked", signs.days_checked_in.into())
                    .num("days", signs.days_in_period.into()),
            )
        );
        if signs.signs.is_empty() {
            println!("  {}", loc.t("cli-progress-no-signs"));
        }
        let width = name_width(signs.signs.iter().map(|s| s.name.as_str()));
        for series in &signs.signs {
            let means: Vec<Option<f64>> = series.weeks.iter().map(|w| w.mean).collect();
            let name: String = series.name.chars().take(width).collect();
            println!(
                "  {name:<width$}  {}",
                sparkline(&means, f64::from(signs.max_rating))
            );
        }
    }
    if let Some(meds) = &s.medicines {
        println!();
        println!("{}", ctx.style.bold(&loc.t("cli-progress-adherence")));
        let all = loc.t("cli-progress-all-medicines");
        let width = name_width(
            std::iter::once(all.as_str()).chain(meds.medicines.iter().map(|m| m.name.as_str())),
        );
        let row = |name: &str, months: &[AdherenceMonth]| {
            let percents: Vec<Option<f64>> = months.iter().map(|m| m.percent).collect();
            let name: String = name.chars().take(width).collect();
            let figures: Vec<String> = months.iter().map(|m| percent(m, ctx)).collect();
            println!(
                "  {name:<width$}  {}  {}",
                sparkline(&percents, 100.0),
                figures.join("  ")
            );
        };
        row(&all, &meds.months);
        for m in &meds.medicines {
            row(&m.name, &m.months);
        }
        let labels: Vec<&str> = meds.months.iter().map(|m| m.label.as_str()).collect();
        println!("  {}", ctx.style.dim(&labels.join(", ")));
    }
    if let Some(modules) = &s.modules {
        println!();
        println!(
            "{}",
            ctx.style.bold(
                &loc.ta(
                    "cli-progress-modules",
                    &Args::new()
                        .num("done", modules.done.into())
                        .num("started", modules.started.into()),
                )
            )
        );
        for m in &modules.modules {
            println!("  {}: {}", m.name, m.state_label);
        }
    }
    if let Some(scale) = &s.scale {
        println!();
        println!("{}", ctx.style.bold(&loc.t("cli-progress-scale")));
        // Only totals of every topic compare; a partial one leaves a gap.
        let totals: Vec<Option<f64>> = scale
            .points
            .iter()
            .map(|p| p.complete.then_some(f64::from(p.total)))
            .collect();
        println!("  {}", sparkline(&totals, f64::from(scale.max_total)));
        for p in &scale.points {
            println!("  {:<20} {}", p.label, p.total_label);
        }
    }
    Ok(())
}

fn percent(m: &AdherenceMonth, ctx: &Ctx) -> String {
    match m.percent {
        Some(_) => m.percent_label.clone(),
        // Nothing planned that month: the core's dash, dimmed.
        None => ctx.style.dim(&m.percent_label),
    }
}

fn name_width<'a>(names: impl Iterator<Item = &'a str>) -> usize {
    names.map(|n| n.chars().count()).max().unwrap_or(10).min(40)
}
