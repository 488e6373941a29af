//! The one embedded font (a subset of DejaVu Sans: the Latin blocks, Greek, Cyrillic
//! and common punctuation; see core/assets/report-font), its widths for wrapping, and the glyph codes text is written in.
//! Tables come from `core/build_font.rs`; a character the font lacks is drawn as `?`.

include!(concat!(env!("OUT_DIR"), "/report_font.rs"));

/// The font file, zlib-deflated at build time.
pub(super) static FONT_ZLIB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/report-font.zlib"));

/// The glyph for `c`; `?` when the font lacks it, a space for control characters.
pub(super) fn glyph(c: char) -> u16 {
    let c = if c.is_control() { ' ' } else { c };
    let find = |c: u32| {
        CHARS
            .binary_search_by_key(&c, |&(ch, _)| u32::from(ch))
            .ok()
            .map(|i| CHARS[i].1)
    };
    find(c as u32).or_else(|| find(u32::from('?'))).unwrap_or(0)
}

/// Width of `text` at `size` points.
pub(super) fn width(text: &str, size: f64) -> f64 {
    let units: u32 = text
        .chars()
        .map(|c| u32::from(WIDTHS.get(usize::from(glyph(c))).copied().unwrap_or(0)))
        .sum();
    f64::from(units) * size / 1000.0
}

/// `text` as a PDF hex string of two-byte glyph codes (Identity-H).
pub(super) fn hex(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 4 + 2);
    out.push('<');
    for c in text.chars() {
        out.push_str(&format!("{:04X}", glyph(c)));
    }
    out.push('>');
    out
}

/// Splits `text` into lines no wider than `max` points; a word longer than a line is
/// broken between characters, so nothing ever runs past the margin.
pub(super) fn wrap(text: &str, size: f64, max: f64) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if width(&candidate, size) <= max {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            for c in word.chars() {
                line.push(c);
                if width(&line, size) > max && line.chars().count() > 1 {
                    line.pop();
                    lines.push(std::mem::replace(&mut line, c.to_string()));
                }
            }
        }
        lines.push(line);
    }
    lines
}

/// Each glyph with the character it draws (the first, when several share one), for
/// the PDF's ToUnicode map.
pub(super) fn glyph_chars() -> impl Iterator<Item = (u16, char)> {
    let mut seen = vec![false; WIDTHS.len()];
    CHARS.iter().filter_map(move |&(c, g)| {
        let first = seen
            .get_mut(usize::from(g))
            .is_some_and(|s| !std::mem::replace(s, true));
        let c = char::from_u32(u32::from(c))?;
        first.then_some((g, c))
    })
}
