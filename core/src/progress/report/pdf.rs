//! The PDF file itself (ISO 32000-1): a catalog, the pages, the embedded font as a
//! composite font with a ToUnicode map, and each page's drawing. Written by
//! hand because the report needs this much and no more: a PDF crate (and a chart crate
//! drawing through it) would cost more of the phones' library than the whole report.

use std::fmt::Write as _;

use super::font;

/// A4 in points.
pub(super) const PAGE_W: f64 = 595.28;
pub(super) const PAGE_H: f64 = 841.89;

/// A whole document from each page's content stream; `title` goes in its properties.
pub(super) fn document(pages: &[String], title: &str) -> Vec<u8> {
    let mut w = Writer::default();
    w.out.extend_from_slice(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
    // Fixed object numbers: 1 catalog, 2 page tree, 3-7 the font, 8 info; then pages.
    let first_page = 9;
    let kids: Vec<String> = (0..pages.len())
        .map(|i| format!("{} 0 R", first_page + 2 * i))
        .collect();
    w.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
    w.object(
        2,
        &format!(
            "<< /Type /Pages /Kids [{}] /Count {} >>",
            kids.join(" "),
            pages.len()
        ),
    );
    w.object(
        3,
        "<< /Type /Font /Subtype /Type0 /BaseFont /STEGVS+DejaVuSans /Encoding /Identity-H \
         /DescendantFonts [4 0 R] /ToUnicode 7 0 R >>",
    );
    let widths: Vec<String> = font::WIDTHS.iter().map(u16::to_string).collect();
    w.object(
        4,
        &format!(
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /STEGVS+DejaVuSans \
             /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> \
             /FontDescriptor 5 0 R /CIDToGIDMap /Identity /W [0 [{}]] >>",
            widths.join(" ")
        ),
    );
    let [x0, y0, x1, y1] = font::BBOX;
    w.object(
        5,
        &format!(
            "<< /Type /FontDescriptor /FontName /STEGVS+DejaVuSans /Flags 32 \
             /FontBBox [{x0} {y0} {x1} {y1}] /ItalicAngle 0 /Ascent {} /Descent {} \
             /CapHeight 729 /StemV 80 /FontFile2 6 0 R >>",
            font::ASCENT,
            font::DESCENT
        ),
    );
    w.stream(
        6,
        &format!("/Length1 {} /Filter /FlateDecode", font::FONT_LEN),
        font::FONT_ZLIB,
    );
    w.plain(7, font::to_unicode().as_bytes());
    w.object(
        8,
        &format!("<< /Title {} /Producer (Stegvis) >>", utf16(title)),
    );
    for (i, content) in pages.iter().enumerate() {
        let page = first_page + 2 * i;
        w.object(
            page,
            &format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] \
                 /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
                page + 1
            ),
        );
        w.plain(page + 1, content.as_bytes());
    }
    w.finish()
}

/// A text string for the document's properties, in UTF-16 so any letter survives.
fn utf16(text: &str) -> String {
    let mut out = String::from("<FEFF");
    for unit in text.encode_utf16() {
        let _ = write!(out, "{unit:04X}");
    }
    out.push('>');
    out
}

#[derive(Default)]
struct Writer {
    out: Vec<u8>,
    /// Byte offset of each object, by number - 1.
    offsets: Vec<usize>,
}

impl Writer {
    fn start(&mut self, number: usize) {
        if self.offsets.len() < number {
            self.offsets.resize(number, 0);
        }
        self.offsets[number - 1] = self.out.len();
        self.out
            .extend_from_slice(format!("{number} 0 obj\n").as_bytes());
    }

    fn object(&mut self, number: usize, body: &str) {
        self.start(number);
        self.out.extend_from_slice(body.as_bytes());
        self.out.extend_from_slice(b"\nendobj\n");
    }

    fn stream(&mut self, number: usize, dict: &str, data: &[u8]) {
        self.start(number);
        self.out
            .extend_from_slice(format!("<< /Length {} {dict} >>\nstream\n", data.len()).as_bytes());
        self.out.extend_from_slice(data);
        self.out.extend_from_slice(b"\nendstream\nendobj\n");
    }

    /// Page drawings and the ToUnicode map go in plain: a deflater would add more to
    /// the library than it saves in a report of a few pages.
    fn plain(&mut self, number: usize, data: &[u8]) {
        self.stream(number, "", data);
    }

    fn finish(mut self) -> Vec<u8> {
        let xref = self.out.len();
        let mut table = format!("xref\n0 {}\n0000000000 65535 f \n", self.offsets.len() + 1);
        for offset in &self.offsets {
            let _ = writeln!(table, "{offset:010} 00000 n ");
        }
        let _ = write!(
            table,
            "trailer\n<< /Size {} /Root 1 0 R /Info 8 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            self.offsets.len() + 1
        );
        self.out.extend_from_slice(table.as_bytes());
        self.out
    }
}
