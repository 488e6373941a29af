//! Progress summaries and the structured report for a practitioner's system.

use super::{Companion, Inner};
use crate::error::Result;
use crate::progress::summary::{self, fhir, Context};
use crate::progress::{ProgressSummary, ReportSection};
use crate::time;

#[cfg_attr(feature = "uniffi", uniffi::export(name = "StegvisCompanion"))]
impl Companion {
    /// The summary of `from..=to` (`YYYY-MM-DD`, local days; by default the six
    /// calendar months up to today) with the chosen sections (none chosen: all).
    /// A range that ends before it starts, or a date that is not one, is refused
    /// naming the field. Reads only.
    pub fn progress_summary(
        &self,
        from: Option<String>,
        to: Option<String>,
        sections: Vec<ReportSection>,
    ) -> Result<ProgressSummary> {
        let now = self.now();
        let mut inner = self.lock()?;
        let zone = inner.zone;
        let loc = inner.loc;
        let period =
            summary::parse_period(from.as_deref(), to.as_deref(), time::local_date(now, zone))?;
        let Inner { store, sealer, .. } = &mut *inner;
        let cx = Context {
            sealer,
            zone,
            now,
            loc: &loc,
        };
        store.read(|tx| summary::build(tx, &cx, period, sections))
    }

    /// The same summary as one JSON document with a FHIR R4 `Bundle` of its series
    /// (docs/report-format.md), for a practitioner's system.
    pub fn report_json(
        &self,
        from: Option<String>,
        to: Option<String>,
        sections: Vec<ReportSection>,
    ) -> Result<String> {
        let summary = self.progress_summary(from, to, sections)?;
        let loc = self.lock()?.loc;
        let doc = fhir::report(&summary, self.now(), &loc);
        serde_json::to_string_pretty(&doc).map_err(|e| crate::error::StegvisError::Storage {
            detail: format!("report json: {e}"),
        })
    }

    /// Sections as typed after `--include` (`goals,signs`); empty means all. An
    /// unknown key is refused naming the sections field.
    pub fn parse_report_sections(&self, text: String) -> Result<Vec<ReportSection>> {
        summary::parse_sections(&text)
    }
}
