//! The PDF file itself (ISO 32000-1), through typst's `pdf-writer`: a catalog, the
//! pages, the embedded font as a composite (Type0/CIDFontType2) font with a ToUnicode
//! map so text can be searched and copied, and each page's drawing. `pdf-writer` only
//! serializes (objects, cross-reference table, escaping), which is all the report
//! needs; the drawing itself stays the few operators in `draw.rs` and `chart.rs`.

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

use super::font;

/// A4 in points.
pub(super) const PAGE_W: f64 = 595.28;
pub(super) const PAGE_H: f64 = 841.89;

/// Subset fonts are named with a six-letter tag before the family (ISO 32000-1, 9.6.4).
const FONT_NAME: Name<'static> = Name(b"STEGVS+DejaVuSans");

/// A whole document from each page's content stream; `title` goes in its properties.
pub(super) fn document(pages: &[String], title: &str) -> Vec<u8> {
    // Fixed object numbers: 1 catalog, 2 page tree, 3-7 the font, 8 info; then each
    // page and its content. A report has a handful of pages, far below i32::MAX.
    let (catalog, tree, type0, cid, descriptor, file, cmap, info) = (
        Ref::new(1),
        Ref::new(2),
        Ref::new(3),
        Ref::new(4),
        Ref::new(5),
        Ref::new(6),
        Ref::new(7),
        Ref::new(8),
    );
    let page_ref = |i: usize| {
        let i = i32::try_from(i).unwrap_or(i32::MAX);
        Ref::new(9i32.saturating_add(i.saturating_mul(2)))
    };
    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids((0..pages.len()).map(page_ref))
        .count(i32::try_from(pages.len()).unwrap_or(i32::MAX));
    pdf.type0_font(type0)
        .base_font(FONT_NAME)
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid)
        .to_unicode(cmap);
    let system = SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    };
    let mut cid_font = pdf.cid_font(cid);
    cid_font
        .subtype(CidFontType::Type2)
        .base_font(FONT_NAME)
        .system_info(system)
        .font_descriptor(descriptor)
        .cid_to_gid_map_predefined(Name(b"Identity"));
    cid_font
        .widths()
        .consecutive(0, font::WIDTHS.iter().map(|&w| f32::from(w)));
    cid_font.finish();
    let [x0, y0, x1, y1] = font::BBOX.map(|v| v as f32);
    pdf.font_descriptor(descriptor)
        .name(FONT_NAME)
        .flags(FontFlags::NON_SYMBOLIC)
        .bbox(Rect::new(x0, y0, x1, y1))
        .italic_angle(0.0)
        .ascent(font::ASCENT as f32)
        .descent(font::DESCENT as f32)
        .cap_height(729.0)
        .stem_v(80.0)
        .font_file2(file);
    pdf.stream(file, font::FONT_ZLIB)
        .filter(Filter::FlateDecode)
        .pair(
            Name(b"Length1"),
            i32::try_from(font::FONT_LEN).unwrap_or(i32::MAX),
        );
    // Page drawings and the ToUnicode map go in plain: a deflater would add more to
    // the library than it saves in a report of a few pages.
    pdf.cmap(cmap, &to_unicode());
    pdf.document_info(info)
        .title(TextStr(title))
        .producer(TextStr("Stegvis"));
    let media = Rect::new(0.0, 0.0, PAGE_W as f32, PAGE_H as f32);
    for (i, content) in pages.iter().enumerate() {
        let (page, drawing) = (page_ref(i), Ref::new(page_ref(i).get().saturating_add(1)));
        let mut p = pdf.page(page);
        p.parent(tree).media_box(media).contents(drawing);
        p.resources().fonts().pair(Name(b"F1"), type0);
        p.finish();
        pdf.stream(drawing, content.as_bytes());
    }
    pdf.finish()
}

/// The ToUnicode map: each glyph back to its character, so readers can copy and
/// search the text.
fn to_unicode() -> Vec<u8> {
    let info = SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"UCS"),
        supplement: 0,
    };
    let mut cmap = UnicodeCmap::<u16>::new(Name(b"Stegvis-UCS"), info);
    for (glyph, c) in font::glyph_chars() {
        cmap.pair(glyph, c);
    }
    cmap.finish().to_vec()
}
