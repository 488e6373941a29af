//! The report's font for `build.rs`: reads the committed subset of DejaVu Sans once
//! with `ttf-parser` (a build dependency, so the library carries no font parser),
//! writes it zlib-deflated (the PDF carries it as a `FlateDecode` stream, so the
//! library never inflates it) and writes its character map and advance widths as Rust
//! tables.

use std::error::Error;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use ttf_parser::{GlyphId, PlatformId};

const FONT: &str = "assets/report-font/DejaVuSans-subset.ttf";

pub fn write(out: &Path) -> Result<(), Box<dyn Error>> {
    println!("cargo:rerun-if-changed={FONT}");
    let font = fs::read(FONT)?;
    let face = ttf_parser::Face::parse(&font, 0).map_err(|e| format!("{FONT}: {e}"))?;
    let tables = face.tables();
    let em = f64::from(tables.head.units_per_em);
    // Font units to the PDF's thousandths of an em.
    let scale = |v: i16| (f64::from(v) * 1000.0 / em).round() as i32;
    let widths: Vec<i32> = (0..face.number_of_glyphs())
        .map(|g| scale(face.glyph_hor_advance(GlyphId(g)).unwrap_or(0) as i16))
        .collect();
    let map = unicode_map(&face)?;
    let bbox = tables.head.global_bbox;
    let bbox = [bbox.x_min, bbox.y_min, bbox.x_max, bbox.y_max].map(scale);
    let mut rs = String::new();
    writeln!(rs, "pub(super) const FONT_LEN: usize = {};", font.len())?;
    writeln!(
        rs,
        "pub(super) const ASCENT: i32 = {};",
        scale(tables.hhea.ascender)
    )?;
    writeln!(
        rs,
        "pub(super) const DESCENT: i32 = {};",
        scale(tables.hhea.descender)
    )?;
    writeln!(rs, "pub(super) const BBOX: [i32; 4] = {:?};", bbox.to_vec())?;
    writeln!(
        rs,
        "pub(super) static WIDTHS: [u16; {}] = {widths:?};",
        widths.len()
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

/// (character, glyph), sorted by character, from the Windows Unicode BMP subtable:
/// the one every PDF reader also uses for a TrueType font.
fn unicode_map(face: &ttf_parser::Face) -> Result<Vec<(u16, u16)>, Box<dyn Error>> {
    let cmap = face.tables().cmap.ok_or("no cmap table")?;
    let sub = cmap
        .subtables
        .into_iter()
        .find(|s| s.platform_id == PlatformId::Windows && s.encoding_id == 1)
        .ok_or("no Windows Unicode BMP cmap")?;
    let mut map = Vec::new();
    sub.codepoints(|c| {
        if let (Ok(c), Some(GlyphId(g))) = (u16::try_from(c), sub.glyph_index(c)) {
            if c != 0xFFFF && g != 0 {
                map.push((c, g));
            }
        }
    });
    map.sort_unstable();
    map.dedup();
    Ok(map)
}
