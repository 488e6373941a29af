//! Each kind of entry in words, for the day it happened. Every kind has its text here,
//! including the kinds whose source is added later, so a new source only gathers.

use super::model::{ConsentChange, HistoryEntry, HistoryItem};
use super::span::Span;
use crate::l10n::Args;
use crate::meds::DoseState;
use crate::time::Timestamp;

fn dose_text(
    medicine: &str,
    slot: Option<&str>,
    state: DoseState,
    time: &str,
    span: &Span<'_>,
) -> String {
    let args = Args::new()
        .text("medicine", medicine.to_owned())
        .text("slot", slot.unwrap_or_default().to_owned())
        .text("time", time.to_owned());
    let id = match state {
        DoseState::Taken => "calendar-dose-taken",
        DoseState::Skipped => "calendar-dose-skipped",
        DoseState::Extra => "calendar-dose-extra",
        DoseState::NotLogged => "calendar-dose-to-come",
        DoseState::Snoozed | DoseState::Missed => "calendar-dose-not-noted",
    };
    span.loc.ta(id, &args)
}

fn details(entry: &HistoryEntry, span: &Span<'_>) -> Vec<String> {
    let HistoryEntry::Checkin { day } = entry else {
        return Vec::new();
    };
    let loc = span.loc;
    let mut lines: Vec<String> = day
        .ratings
        .iter()
        .map(|r| {
            loc.ta(
                "calendar-checkin-rating",
                &Args::new()
                    .text("sign", r.name.clone())
                    .text("rating", r.value_label.clone()),
            )
        })
        .collect();
    lines.extend(day.sleep_label.clone());
    if let Some(note) = &day.note {
        lines.push(loc.ta("history-note", &Args::new().text("note", note.clone())));
    }
    lines
}

/// The entry with its local time and its sentence.
pub(crate) fn item(entry: HistoryEntry, at: Option<Timestamp>, span: &Span<'_>) -> HistoryItem {
    let loc = span.loc;
    let time_label = at.map(|at| loc.time(at.with_timezone(&span.zone).time()));
    let time = time_label.clone().unwrap_or_default();
    let text = match &entry {
        HistoryEntry::StepDone { text, goal, .. } => loc.ta(
            "calendar-step-done",
            &Args::new()
                .text("step", text.clone())
                .text("goal", goal.clone()),
        ),
        HistoryEntry::RepeatDone { text, goal, .. } => loc.ta(
            "calendar-repeat-done",
            &Args::new()
                .text("step", text.clone())
                .text("goal", goal.clone()),
        ),
        HistoryEntry::Checkin { day } => {
            let id = if day.note.is_some() {
                "calendar-checkin-with-note"
            } else {
                "calendar-checkin"
            };
            loc.t(id)
        }
        HistoryEntry::Dose {
            medicine,
            slot,
            state,
            ..
        } => dose_text(medicine, slot.as_deref(), *state, &time, span),
        HistoryEntry::PlanSaved { version } => loc.ta(
            "calendar-plan-saved",
            &Args::new().num("version", i64::from(*version)),
        ),
        HistoryEntry::Consent {
            change,
            name,
            sections,
        } => {
            let id = match change {
                ConsentChange::Given => "calendar-consent-given",
                ConsentChange::Changed => "calendar-consent-changed",
                ConsentChange::Withdrawn => "calendar-consent-withdrawn",
            };
            loc.ta(
                id,
                &Args::new()
                    .text("name", name.clone())
                    .text("sections", sections.join("; ")),
            )
        }
        HistoryEntry::ModuleStarted { module, .. } => loc.ta(
            "calendar-module-started",
            &Args::new().text("module", module.clone()),
        ),
        HistoryEntry::ModuleDone { module, .. } => loc.ta(
            "calendar-module-done",
            &Args::new().text("module", module.clone()),
        ),
        HistoryEntry::ScaleRated {
            topics_rated,
            total,
        } => loc.ta(
            "calendar-scale-rated",
            &Args::new()
                .num("topics", i64::from(*topics_rated))
                .num("total", i64::from(*total)),
        ),
    };
    HistoryItem {
        kind: entry.kind(),
        at,
        time_label,
        text,
        details: details(&entry, span),
        entry,
    }
}
