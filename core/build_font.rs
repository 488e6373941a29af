//! The report's font for `build.rs`: reads the committed subset of DejaVu Sans once,
//! writes it zlib-deflated (the PDF carries it as a `FlateDecode` stream, so the
//! library never inflates it) and writes its character map and advance widths as Rust
//! tables, so the library holds no font parser.

use std::error::Error;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

const FONT: &str = "assets/report-font/DejaVuSans-subset.ttf";

pub fn write(out: &Path) -> Result<(), Box<dyn Error>> {
    println!("cargo:rerun-if-changed={FONT}");
    let font = fs::read(FONT)?;
    let head = table(&font, b"head")?;
    let hhea = table(&font, b"hhea")?;
    let hmtx = table(&font, b"hmtx")?;
    let maxp = table(&font, b"maxp")?;
    let cmap = table(&font, b"cmap")?;
    let em = f64::from(u16_at(head, 18));
    let scale = |v: i16| (f64::from(v) * 1000.0 / em).round() as i32;
    let glyphs = u16_at(maxp, 4) as usize;
    let metrics = u16_at(hhea, 34) as usize;
    let widths: Vec<i32> = (0..glyphs)
        .map(|g| scale(u16_at(hmtx, 4 * g.min(metrics - 1)) as i16))
        .collect();
    let mut map = format4(cmap)?;
    map.sort();
    let mut rs = String::new();
    writeln!(rs, "pub(super) const FONT_LEN: usize = {};", font.len())?;
    writeln!(
        rs,
        "pub(super) const ASCENT: i32 = {};",
        scale(u16_at(hhea, 4) as i16)
    )?;
    writeln!(
        rs,
        "pub(super) const DESCENT: i32 = {};",
        scale(u16_at(hhea, 6) as i16)
    )?;
    let bbox: Vec<i32> = [36, 38, 40, 42]
        .iter()
        .map(|&o| scale(u16_at(head, o) as i16))
        .collect();
    writeln!(rs, "pub(super) const BBOX: [i32; 4] = {bbox:?};")?;
    writeln!(
        rs,
        "pub(super) static WIDTHS: [u16; {glyphs}] = {widths:?};"
    )?;
    writeln!(
        rs,
        "pub(super) static CHARS: [(u16, u16); {}] = {map:?};",
        map.len()
    )?;
    fs::write(out.join("report_font.rs"), rs)?;
    fs::write(
        out.join("report-font.zlib"),
        miniz_oxide::deflate::compress_to_vec_zlib(&font, 10),
    )?;
    Ok(())
}

fn u16_at(data: &[u8], at: usize) -> u16 {
    data.get(at..at + 2)
        .map_or(0, |b| u16::from_be_bytes([b[0], b[1]]))
}

fn u32_at(data: &[u8], at: usize) -> usize {
    data.get(at..at + 4)
        .map_or(0, |b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize)
}

fn table<'a>(font: &'a [u8], tag: &[u8; 4]) -> Result<&'a [u8], Box<dyn Error>> {
    (0..u16_at(font, 4) as usize)
        .map(|i| 12 + 16 * i)
        .find(|&r| font.get(r..r + 4) == Some(&tag[..]))
        .and_then(|r| font.get(u32_at(font, r + 8)..u32_at(font, r + 8) + u32_at(font, r + 12)))
        .ok_or_else(|| format!("{FONT}: no {} table", String::from_utf8_lossy(tag)).into())
}

/// (character, glyph) from the Windows Unicode BMP subtable, format 4.
fn format4(cmap: &[u8]) -> Result<Vec<(u16, u16)>, Box<dyn Error>> {
    let sub = (0..u16_at(cmap, 2) as usize)
        .map(|i| 4 + 8 * i)
        .find(|&r| u16_at(cmap, r) == 3 && u16_at(cmap, r + 2) == 1)
        .map(|r| u32_at(cmap, r + 4))
        .filter(|&s| u16_at(cmap, s) == 4)
        .ok_or("no Unicode format 4 cmap")?;
    let t = &cmap[sub..];
    let segs = u16_at(t, 6) as usize / 2;
    let (ends, starts, deltas, ranges) = (14, 16 + 2 * segs, 16 + 4 * segs, 16 + 6 * segs);
    let mut map = Vec::new();
    for s in 0..segs {
        let (start, end) = (u16_at(t, starts + 2 * s), u16_at(t, ends + 2 * s));
        let delta = u16_at(t, deltas + 2 * s);
        let range = u16_at(t, ranges + 2 * s) as usize;
        for c in start..=end {
            if c == 0xFFFF {
                break;
            }
            let gid = if range == 0 {
                c.wrapping_add(delta)
            } else {
                match u16_at(t, ranges + 2 * s + range + 2 * usize::from(c - start)) {
                    0 => 0,
                    g => g.wrapping_add(delta),
                }
            };
            if gid != 0 {
                map.push((c, gid));
            }
        }
    }
    Ok(map)
}
