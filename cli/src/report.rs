//! `stegvis report`: the progress report as a PDF file to bring to an IMR meeting
//! (`--out`), or as JSON with a FHIR R4 Bundle for a practitioner's system (`--json`).

use std::path::PathBuf;

use stegvis_core::l10n::Args;
use stegvis_core::progress::report::page_count;
use stegvis_core::Field;

use crate::context::Ctx;
use crate::failure::Failure;
use crate::files;
use crate::output;
use crate::portable::Said;
use crate::progress::PeriodArgs;

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub period: PeriodArgs,
    /// The PDF file to write (`report.pdf`).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Replace a file that is already there.
    #[arg(long)]
    pub force: bool,
}

/// What `report --out` wrote, for scripts (`--out` with `--json`).
#[derive(Debug, serde::Serialize)]
struct Written {
    path: String,
    pages: u32,
    bytes: usize,
}

pub fn report(ctx: &Ctx, args: &ReportArgs) -> Result<(), Failure> {
    let c = &ctx.companion;
    let p = &args.period;
    let sections = c.parse_report_sections(p.include.clone().unwrap_or_default())?;
    let Some(out) = &args.out else {
        if !ctx.json {
            return Err(Failure::Said(Said::REPORT_NEEDS_OUT));
        }
        println!("{}", c.report_json(p.from.clone(), p.to.clone(), sections)?);
        return Ok(());
    };
    files::writable(out, Field::ExportPath)?;
    // A report written over another file by mistake cannot be got back: ask for
    // --force instead. Checked before the PDF is made, so a refusal costs nothing.
    if out.exists() && !args.force {
        return Err(Failure::Said(Said::REPORT_FILE_EXISTS));
    }
    let bytes = c.report_pdf(p.from.clone(), p.to.clone(), sections)?;
    let pages = page_count(&bytes).unwrap_or(1);
    let path = files::write_whole(out, &bytes, Field::ExportPath)?;
    if ctx.json {
        return output::json(&Written {
            path,
            pages,
            bytes: bytes.len(),
        });
    }
    println!(
        "{}",
        ctx.loc.ta(
            "cli-report-written",
            &Args::new()
                .text("path", path)
                .num("pages", i64::from(pages))
        )
    );
    Ok(())
}
