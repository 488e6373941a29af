//! The sample report's pages as PNG, CI's proof that the PDF is a document a real
//! reader draws: `core/tests/report_pdf.rs` leaves each language's six-month report in
//! `target/report/<lang>/report.pdf`; Debian's `pdftoppm` (poppler-utils) draws every
//! page to `target/report/<lang>/page-N.png`, and any failure fails the run. The
//! six-month report of `core/tests/report_six_months.rs`
//! (`target/report/six-months-<lang>.pdf`) goes to `target/report/six-months-<lang>/`.

use std::path::Path;
use std::process::Command;

use crate::{root, run};

const LANGS: [&str; 4] = ["en", "nb", "sv", "da"];
/// The languages `core/tests/report_six_months.rs` writes the six-month report in.
const SIX_MONTHS_LANGS: [&str; 2] = ["en", "nb"];

pub(crate) fn render() -> Result<(), String> {
    let reports = root().join("target/report");
    for lang in LANGS {
        let dir = reports.join(lang);
        pages(&dir.join("report.pdf"), &dir)?;
    }
    for lang in SIX_MONTHS_LANGS {
        let name = format!("six-months-{lang}");
        pages(&reports.join(format!("{name}.pdf")), &reports.join(name))?;
    }
    Ok(())
}

/// Every page of `pdf` as `dir/page-N.png`, replacing any PNG already there.
fn pages(pdf: &Path, dir: &Path) -> Result<(), String> {
    if !pdf.is_file() {
        return Err(format!("{}: not written by the report test", pdf.display()));
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for old in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = old.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|x| x == "png") {
            std::fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    let info = Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .map_err(|e| format!("pdfinfo (poppler-utils) is needed: {e}"))?;
    if !info.status.success() {
        return Err(format!(
            "pdfinfo {}: {}",
            pdf.display(),
            String::from_utf8_lossy(&info.stderr)
        ));
    }
    let pages: u32 = String::from_utf8_lossy(&info.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .ok_or_else(|| format!("pdfinfo {}: no page count", pdf.display()))?;
    // One page at a time so the names are page-N.png whatever the page count.
    for page in 1..=pages {
        let n = page.to_string();
        run(Command::new("pdftoppm")
            .args(["-png", "-r", "110", "-singlefile", "-f", &n, "-l", &n])
            .arg(pdf)
            .arg(dir.join(format!("page-{page}"))))?;
    }
    eprintln!("xtask: {pages} report pages in {}", dir.display());
    Ok(())
}
