//! Charts as plain numbers first ([`ChartData`], built from the summary in
//! `charts.rs`), then drawn through one mapping ([`ChartFrame`]) that tests can run
//! backwards: what the page shows is the summary's numbers, nothing re-computed.
//! Series differ by dash, marker and fill as well as colour, so a black-and-white
//! print still tells them apart.

use std::fmt::Write as _;

use super::draw;
use super::font;

/// How the values are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    /// One line per series, a marker at each value, a gap where a value is missing.
    Lines,
    /// Bars side by side per slot, one per series.
    Bars,
}

/// One chart: a title, the slots along the x axis, and the series over them.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartData {
    pub kind: ChartKind,
    pub title: String,
    /// One label per slot (a month, a week, a rating's date).
    pub x_labels: Vec<String>,
    pub series: Vec<ChartSeries>,
    pub y_min: f64,
    pub y_max: f64,
    /// Gridlines with their labels (numbers, or the rating words).
    pub y_ticks: Vec<(f64, String)>,
}

/// One series' values, one per slot; `None` is drawn as nothing.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartSeries {
    pub name: String,
    pub values: Vec<Option<f64>>,
}

/// The plot area on the page, in points from the page's lower left corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartFrame {
    pub left: f64,
    pub bottom: f64,
    pub width: f64,
    pub height: f64,
}

impl ChartFrame {
    /// The height on the page of `value`, clamped to the axis.
    pub fn y_of(&self, data: &ChartData, value: f64) -> f64 {
        let span = (data.y_max - data.y_min).max(f64::EPSILON);
        let share = ((value - data.y_min) / span).clamp(0.0, 1.0);
        self.bottom + share * self.height
    }

    /// The value a height on the page stands for: [`ChartFrame::y_of`] backwards.
    pub fn value_at(&self, data: &ChartData, y: f64) -> f64 {
        data.y_min + (y - self.bottom) / self.height * (data.y_max - data.y_min)
    }

    fn slot(&self, data: &ChartData) -> f64 {
        self.width / data.x_labels.len().max(1) as f64
    }
}

/// Where each value is drawn: a line's marker, or the middle of a bar's top.
pub fn plot(data: &ChartData, frame: &ChartFrame) -> Vec<Vec<Option<(f64, f64)>>> {
    let slot = frame.slot(data);
    let bars = data.series.len().max(1) as f64;
    let bar = slot * 0.7 / bars;
    data.series
        .iter()
        .enumerate()
        .map(|(s, series)| {
            series
                .values
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    let middle = frame.left + (i as f64 + 0.5) * slot;
                    let x = match data.kind {
                        ChartKind::Lines => middle,
                        ChartKind::Bars => middle - slot * 0.35 + (s as f64 + 0.5) * bar,
                    };
                    v.map(|v| (x, frame.y_of(data, v)))
                })
                .collect()
        })
        .collect()
}

/// An axis from 0 with about four steps of 1, 2 or 5 times a power of ten.
pub(super) fn count_axis(max: f64) -> (f64, Vec<(f64, String)>) {
    let mut step = 1.0;
    while max / step > 4.0 {
        step *= if (step.log10().fract() - 0.301).abs() < 0.01 {
            2.5
        } else {
            2.0
        };
    }
    let top = ((max / step).ceil() * step).max(step);
    let ticks = (0..=(top / step).round() as u32)
        .map(|i| {
            let v = f64::from(i) * step;
            (v, (v as u64).to_string())
        })
        .collect();
    (top, ticks)
}

const COLOURS: [&str; 4] = ["0 0.27 0.55", "0.75 0.3 0", "0.1 0.45 0.2", "0.45 0.2 0.5"];
const DASHES: [&str; 4] = ["[] 0", "[6 3] 0", "[1.5 2] 0", "[7 2 1.5 2] 0"];
const GREYS: [&str; 4] = ["0.2", "0.85", "0.55", "1"];
const SMALL: f64 = 7.5;

/// The height a chart of `plot_height` takes with its title, labels and legend.
pub(super) fn total_height(data: &ChartData, plot_height: f64, width: f64) -> f64 {
    18.0 + plot_height + 16.0 + legend_rows(data, width) as f64 * 12.0 + 6.0
}

/// Draws `data` with its top at `top`, `width` wide from `left`; returns its frame.
pub(super) fn draw(
    out: &mut String,
    data: &ChartData,
    left: f64,
    top: f64,
    width: f64,
    plot_height: f64,
) -> ChartFrame {
    draw::text(out, left, top - 11.0, 10.0, &data.title, true);
    let label_w = data
        .y_ticks
        .iter()
        .map(|(_, l)| font::width(l, SMALL))
        .fold(0.0, f64::max);
    let frame = ChartFrame {
        left: left + label_w + 6.0,
        bottom: top - 18.0 - plot_height,
        width: width - label_w - 6.0,
        height: plot_height,
    };
    // Gridlines and their labels.
    out.push_str("q 0.5 w 0.8 G\n");
    for (v, label) in &data.y_ticks {
        let y = frame.y_of(data, *v);
        draw::line(out, frame.left, y, frame.left + frame.width, y);
        let lw = font::width(label, SMALL);
        draw::text(out, frame.left - 4.0 - lw, y - 2.5, SMALL, label, false);
    }
    out.push_str("0 G 0.8 w\n");
    draw::line(
        out,
        frame.left,
        frame.bottom,
        frame.left + frame.width,
        frame.bottom,
    );
    draw::line(
        out,
        frame.left,
        frame.bottom,
        frame.left,
        frame.bottom + frame.height,
    );
    out.push_str("Q\n");
    // Slot labels, as many as fit side by side.
    let slot = frame.slot(data);
    let widest = data
        .x_labels
        .iter()
        .map(|l| font::width(l, SMALL))
        .fold(0.0, f64::max);
    let every = ((widest + 6.0) / slot).ceil().max(1.0) as usize;
    for (i, label) in data.x_labels.iter().enumerate().step_by(every) {
        let w = font::width(label, SMALL);
        let x = (frame.left + (i as f64 + 0.5) * slot - w / 2.0)
            .min(frame.left + frame.width - w)
            .max(frame.left);
        draw::text(out, x, frame.bottom - 11.0, SMALL, label, false);
    }
    let points = plot(data, &frame);
    for (s, series) in points.iter().enumerate() {
        match data.kind {
            ChartKind::Lines => lines(out, s, series),
            ChartKind::Bars => {
                let bar = slot * 0.7 / data.series.len().max(1) as f64;
                let base = frame.y_of(data, data.y_min.max(0.0));
                for (x, y) in series.iter().flatten() {
                    let _ = writeln!(
                        out,
                        "q {} g 0.6 w {:.2} {base:.2} {:.2} {:.2} re B Q",
                        GREYS[s % 4],
                        x - bar / 2.0,
                        bar,
                        y - base
                    );
                }
            }
        }
    }
    legend(out, data, left, frame.bottom - 26.0, width);
    frame
}

fn lines(out: &mut String, s: usize, series: &[Option<(f64, f64)>]) {
    let _ = writeln!(
        out,
        "q {c} RG {c} rg 1.4 w {} d",
        DASHES[s % 4],
        c = COLOURS[s % 4]
    );
    let mut open = false;
    for point in series {
        match (point, open) {
            (Some((x, y)), false) => {
                let _ = write!(out, "{x:.2} {y:.2} m ");
                open = true;
            }
            (Some((x, y)), true) => {
                let _ = write!(out, "{x:.2} {y:.2} l ");
            }
            (None, _) => {
                if open {
                    out.push_str("S\n");
                }
                open = false;
            }
        }
    }
    if open {
        out.push_str("S\n");
    }
    out.push_str("[] 0 d\n");
    for (x, y) in series.iter().flatten() {
        marker(out, s, *x, *y);
    }
    out.push_str("Q\n");
}

/// A filled circle, square, triangle or diamond, by series.
fn marker(out: &mut String, s: usize, x: f64, y: f64) {
    let r = 2.6;
    let _ = match s % 4 {
        0 => {
            let k = r * 0.552;
            writeln!(
                out,
                "{:.2} {y:.2} m {:.2} {:.2} {:.2} {:.2} {x:.2} {:.2} c {:.2} {:.2} {:.2} {:.2} {:.2} {y:.2} c \
                 {:.2} {:.2} {:.2} {:.2} {x:.2} {:.2} c {:.2} {:.2} {:.2} {:.2} {:.2} {y:.2} c f",
                x + r, x + r, y + k, x + k, y + r, y + r,
                x - k, y + r, x - r, y + k, x - r,
                x - r, y - k, x - k, y - r, y - r,
                x + k, y - r, x + r, y - k, x + r
            )
        }
        1 => writeln!(
            out,
            "{:.2} {:.2} {:.2} {:.2} re f",
            x - r,
            y - r,
            2.0 * r,
            2.0 * r
        ),
        2 => writeln!(
            out,
            "{x:.2} {:.2} m {:.2} {:.2} l {:.2} {:.2} l h f",
            y + r * 1.2,
            x + r * 1.1,
            y - r * 0.8,
            x - r * 1.1,
            y - r * 0.8
        ),
        _ => writeln!(
            out,
            "{x:.2} {:.2} m {:.2} {y:.2} l {x:.2} {:.2} l {:.2} {y:.2} l h f",
            y + r * 1.3,
            x + r * 1.3,
            y - r * 1.3,
            x - r * 1.3
        ),
    };
}

fn legend_items(data: &ChartData) -> impl Iterator<Item = (usize, f64)> + '_ {
    data.series
        .iter()
        .enumerate()
        .map(|(s, series)| (s, 30.0 + font::width(&series.name, 8.0) + 14.0))
}

fn legend_rows(data: &ChartData, width: f64) -> usize {
    if data.series.len() < 2 {
        return 0;
    }
    let mut rows = 1;
    let mut x = 0.0;
    for (_, w) in legend_items(data) {
        if x + w > width && x > 0.0 {
            rows += 1;
            x = 0.0;
        }
        x += w;
    }
    rows
}

/// A sample of each series' line or bar with its name; none for a single series,
/// which the title already names.
fn legend(out: &mut String, data: &ChartData, left: f64, top: f64, width: f64) {
    if data.series.len() < 2 {
        return;
    }
    let (mut x, mut y) = (0.0, top);
    for (s, w) in legend_items(data) {
        if x + w > width && x > 0.0 {
            x = 0.0;
            y -= 12.0;
        }
        let at = left + x;
        match data.kind {
            ChartKind::Lines => {
                let _ = writeln!(
                    out,
                    "q {c} RG {c} rg 1.4 w {} d {at:.2} {:.2} m {:.2} {:.2} l S [] 0 d",
                    DASHES[s % 4],
                    y + 3.0,
                    at + 24.0,
                    y + 3.0,
                    c = COLOURS[s % 4]
                );
                marker(out, s, at + 12.0, y + 3.0);
                out.push_str("Q\n");
            }
            ChartKind::Bars => {
                let _ = writeln!(
                    out,
                    "q {} g 0.6 w {:.2} {:.2} 20 8 re B Q",
                    GREYS[s % 4],
                    at + 2.0,
                    y - 1.0
                );
            }
        }
        draw::text(out, at + 30.0, y, 8.0, &data.series[s].name, false);
        x += w;
    }
}
