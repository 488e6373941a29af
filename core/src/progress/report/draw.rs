//! The few PDF drawing operations the report uses, written into a page's content.

use std::fmt::Write as _;

use super::font;

/// `text` with its baseline at (`x`, `y`); bold is the regular face filled and stroked,
/// which costs no second font.
pub(super) fn text(out: &mut String, x: f64, y: f64, size: f64, text: &str, bold: bool) {
    // The rendering mode outlives BT/ET, so every text sets its own.
    let (open, mode, close) = if bold {
        ("q 0 G ", format!("2 Tr {:.2} w ", size * 0.03), " Q")
    } else {
        ("", "0 Tr ".to_owned(), "")
    };
    let _ = writeln!(
        out,
        "{open}BT /F1 {size} Tf {mode}{x:.2} {y:.2} Td {} Tj ET{close}",
        font::hex(text)
    );
}

pub(super) fn line(out: &mut String, x0: f64, y0: f64, x1: f64, y1: f64) {
    let _ = writeln!(out, "{x0:.2} {y0:.2} m {x1:.2} {y1:.2} l S");
}
