//! Debian's poppler-utils (pdfinfo, pdftotext) reading the report's PDF as any viewer
//! would. Included with `#[path]` by the report tests.
#![allow(dead_code)]

use std::process::Command;

/// `tool args…`'s output. poppler reads past damage but says so on stderr, so a
/// valid file must draw no complaint.
pub fn poppler(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} (Debian's poppler-utils) is needed: {e}"));
    let complaints = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{tool} {args:?}: {complaints}");
    assert!(
        complaints.trim().is_empty(),
        "{tool} {args:?}: {complaints}"
    );
    String::from_utf8(out.stdout).expect("UTF-8 from poppler")
}
