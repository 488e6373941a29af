//! Pages filled from the top: text that wraps within the margins, headings kept with
//! what follows them, tables whose header repeats on a new page, charts that never
//! split, and the "Page 2 of 3" footer once the number of pages is known.

use super::chart::{self, ChartData};
use super::draw;
use super::font;
use super::pdf::{PAGE_H, PAGE_W};

pub(super) const MARGIN: f64 = 56.0;
pub(super) const WIDTH: f64 = PAGE_W - 2.0 * MARGIN;
const TOP: f64 = PAGE_H - MARGIN;
const BOTTOM: f64 = 64.0;
pub(super) const BODY: f64 = 10.5;

pub(super) struct Flow {
    pages: Vec<String>,
    page: String,
    /// Where the next line's top goes.
    y: f64,
}

impl Flow {
    pub(super) fn new() -> Self {
        Flow {
            pages: Vec::new(),
            page: String::new(),
            y: TOP,
        }
    }

    /// Starts a new page unless `height` still fits on this one.
    fn room(&mut self, height: f64) {
        if self.y - height < BOTTOM && self.y < TOP {
            self.pages.push(std::mem::take(&mut self.page));
            self.y = TOP;
        }
    }

    pub(super) fn gap(&mut self, height: f64) {
        self.y -= height;
    }

    /// Wrapped text at `size`, `indent` points in; lines may go onto the next page.
    pub(super) fn text(&mut self, text: &str, size: f64, indent: f64, bold: bool) {
        let lead = size * 1.4;
        for line in font::wrap(text, size, WIDTH - indent) {
            self.room(lead);
            self.y -= lead;
            draw::text(
                &mut self.page,
                MARGIN + indent,
                self.y + size * 0.3,
                size,
                &line,
                bold,
            );
        }
    }

    /// A list item: a bullet, then the wrapped text indented after it.
    pub(super) fn bullet(&mut self, text: &str) {
        self.room(BODY * 1.4);
        draw::text(
            &mut self.page,
            MARGIN + 4.0,
            self.y - BODY * 1.1,
            BODY,
            "•",
            false,
        );
        self.text(text, BODY, 16.0, false);
    }

    /// A section's heading, kept on a page with at least `keep` points after it (its
    /// first lines and, where a chart follows them closely, the chart).
    pub(super) fn heading(&mut self, text: &str, keep: f64) {
        self.gap(10.0);
        self.room(30.0 + keep);
        self.text(text, 16.0, 0.0, true);
        self.page.push_str(&format!(
            "q 0.6 G 0.8 w {MARGIN} {y:.2} m {x:.2} {y:.2} l S Q\n",
            y = self.y - 4.0,
            x = MARGIN + WIDTH
        ));
        self.gap(12.0);
    }

    /// A chart whose plot area is `plot_height` high; never split across pages.
    pub(super) fn chart(&mut self, data: &ChartData, plot_height: f64) {
        let height = chart::total_height(data, plot_height, WIDTH);
        self.room(height);
        chart::draw(&mut self.page, data, MARGIN, self.y, WIDTH, plot_height);
        self.y -= height;
    }

    /// A table: the first column takes what the others leave; every cell wraps; the
    /// header row comes again at the top of a new page.
    pub(super) fn table(&mut self, first: f64, header: &[String], rows: &[Vec<String>]) {
        let size = 8.5;
        let rest = (WIDTH - first) / (header.len().max(2) - 1) as f64;
        let widths: Vec<f64> = (0..header.len())
            .map(|i| if i == 0 { first } else { rest })
            .collect();
        let cells = |row: &[String]| -> Vec<Vec<String>> {
            row.iter()
                .zip(&widths)
                .map(|(cell, w)| font::wrap(cell, size, w - 6.0))
                .collect()
        };
        let head = cells(header);
        let height =
            |c: &[Vec<String>]| c.iter().map(Vec::len).max().unwrap_or(1) as f64 * size * 1.3 + 5.0;
        let mut header_drawn_on = None;
        for row in rows {
            let body = cells(row);
            let needed = height(&body)
                + if header_drawn_on == Some(self.pages.len()) {
                    0.0
                } else {
                    height(&head)
                };
            self.room(needed);
            if header_drawn_on != Some(self.pages.len()) {
                self.row(&widths, &head, size, true);
                header_drawn_on = Some(self.pages.len());
            }
            self.row(&widths, &body, size, false);
        }
        self.gap(6.0);
    }

    fn row(&mut self, widths: &[f64], cells: &[Vec<String>], size: f64, bold: bool) {
        let lines = cells.iter().map(Vec::len).max().unwrap_or(1);
        let mut x = MARGIN;
        for (cell, w) in cells.iter().zip(widths) {
            for (i, line) in cell.iter().enumerate() {
                let y = self.y - 3.0 - (i as f64 + 1.0) * size * 1.3 + size * 0.3;
                draw::text(&mut self.page, x + 3.0, y, size, line, bold);
            }
            x += w;
        }
        self.y -= lines as f64 * size * 1.3 + 5.0;
        let grey = if bold { "0.3" } else { "0.8" };
        self.page.push_str(&format!(
            "q {grey} G 0.5 w {MARGIN} {y:.2} m {x:.2} {y:.2} l S Q\n",
            y = self.y,
            x = MARGIN + WIDTH
        ));
    }

    /// Every page's content, each with the footer `footer(page, pages)` gives.
    pub(super) fn finish(
        mut self,
        left: &str,
        footer: impl Fn(usize, usize) -> String,
    ) -> Vec<String> {
        self.pages.push(self.page);
        let count = self.pages.len();
        for (i, page) in self.pages.iter_mut().enumerate() {
            let right = footer(i + 1, count);
            draw::text(page, MARGIN, 36.0, 8.5, left, false);
            let x = MARGIN + WIDTH - font::width(&right, 8.5);
            draw::text(page, x, 36.0, 8.5, &right, false);
        }
        self.pages
    }
}
