//! `stegvis history`: a month as a calendar grid with plain-text markers and a legend
//! (readable without colour), or one day opened with `--date`. The core decides what
//! each day holds and says it; this only lays it out.

use clap::Args as ClapArgs;
use stegvis_core::l10n::Args;
use stegvis_core::{
    HistoryCell, HistoryDay, HistoryDayPlace, HistoryKind, HistoryMark, HistoryMonth,
};

use crate::context::Ctx;
use crate::failure::Failure;
use crate::output;

/// Each cell's width in the grid: seven of them and the week number fit 80 columns.
const CELL: usize = 10;

#[derive(Debug, ClapArgs)]
pub struct HistoryArgs {
    /// The month to show, `YYYY-MM` (default: this month).
    #[arg(long, conflicts_with = "date")]
    pub month: Option<String>,
    /// One day opened: everything that happened that day.
    #[arg(long)]
    pub date: Option<String>,
}

pub fn history(ctx: &Ctx, args: HistoryArgs) -> Result<(), Failure> {
    match args.date {
        Some(date) => {
            let day = ctx.companion.history_day(date)?;
            if ctx.json {
                return output::json(&day);
            }
            print_day(ctx, &day);
        }
        None => {
            let month = ctx.companion.history_month(args.month)?;
            if ctx.json {
                return output::json(&month);
            }
            print_month(ctx, &month);
        }
    }
    Ok(())
}

/// The symbol of a kind in the grid; the legend says what each means.
fn symbol(kind: HistoryKind) -> &'static str {
    match kind {
        HistoryKind::StepDone => "s",
        HistoryKind::RepeatDone => "r",
        HistoryKind::Checkin => "c",
        HistoryKind::Dose => "d",
        HistoryKind::PlanSaved => "p",
        HistoryKind::Consent => "a",
        HistoryKind::ModuleStarted => "m",
        HistoryKind::ModuleDone => "M",
        HistoryKind::ScaleRated => "i",
    }
}

/// "s2", "c+", "d1/2", "p".
fn token(mark: &HistoryMark) -> String {
    let sym = symbol(mark.kind);
    match mark.kind {
        HistoryKind::StepDone | HistoryKind::RepeatDone => format!("{sym}{}", mark.count),
        HistoryKind::Checkin if mark.with_note => format!("{sym}+"),
        HistoryKind::Dose => match mark.of {
            Some(of) => format!("{sym}{}/{of}", mark.count),
            None => format!("{sym}{}", mark.count),
        },
        _ => sym.to_owned(),
    }
}

/// What the legend shows as the example of each symbol.
fn legend_symbol(kind: HistoryKind) -> String {
    let sym = symbol(kind);
    match kind {
        HistoryKind::StepDone | HistoryKind::RepeatDone => format!("{sym}2"),
        HistoryKind::Checkin => format!("{sym}, {sym}+"),
        HistoryKind::Dose => format!("{sym}1/2"),
        _ => sym.to_owned(),
    }
}

/// A cell's lines: the day number, then its markers wrapped to the cell's width.
fn cell_lines(cell: &HistoryCell) -> Vec<String> {
    let number = match (cell.place, cell.is_today) {
        (HistoryDayPlace::OutsideMonth, _) => String::new(),
        (_, true) => format!("[{}]", cell.day_number),
        _ => cell.day_number.to_string(),
    };
    let mut lines = vec![number];
    let mut line = String::new();
    for mark in &cell.marks {
        let token = token(mark);
        if !line.is_empty() && line.chars().count() + 1 + token.chars().count() > CELL - 1 {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&token);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn pad(text: &str) -> String {
    let width = text.chars().count();
    format!("{text}{}", " ".repeat(CELL.saturating_sub(width)))
}

fn print_month(ctx: &Ctx, month: &HistoryMonth) {
    println!("{}", ctx.style.bold(&month.title));
    println!();
    let header: String = month.weekday_names.iter().map(|d| pad(d)).collect();
    println!("     {}", header.trim_end());
    for week in &month.weeks {
        let cells: Vec<Vec<String>> = week.days.iter().map(cell_lines).collect();
        let rows = cells.iter().map(Vec::len).max().unwrap_or(1).max(2);
        for row in 0..rows {
            let label = if row == 0 {
                format!("{:>3}  ", week.iso_week)
            } else {
                "     ".to_owned()
            };
            let line: String = cells
                .iter()
                .map(|c| pad(c.get(row).map_or("", String::as_str)))
                .collect();
            println!("{}", format!("{label}{line}").trim_end());
        }
    }
    if let Some(empty) = &month.empty_text {
        println!();
        println!("{empty}");
    }
    println!();
    println!("{}", ctx.loc.t("calendar-cli-legend"));
    println!("  {}", ctx.loc.t("calendar-cli-today"));
    for line in &month.legend {
        println!("  {:<8}{}", legend_symbol(line.kind), line.label);
    }
    let example = month
        .weeks
        .iter()
        .flat_map(|w| &w.days)
        .rfind(|c| c.place == HistoryDayPlace::InMonth)
        .map(|c| c.date.clone());
    if let Some(date) = example {
        println!();
        println!(
            "{}",
            ctx.style.dim(
                &ctx.loc
                    .ta("calendar-cli-open-day", &Args::new().text("date", date))
            )
        );
    }
}

fn print_day(ctx: &Ctx, day: &HistoryDay) {
    println!("{}", ctx.style.bold(&day.title));
    if let Some(empty) = &day.empty_text {
        println!("  {empty}");
        return;
    }
    for item in &day.items {
        let time = item.time_label.as_deref().unwrap_or("");
        println!("  {time:<7}{}", item.text);
        for detail in &item.details {
            println!("  {:<7}  {detail}", "");
        }
    }
}
