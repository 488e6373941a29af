//! A day's items counted into plain markers: how many, never how few. An empty day
//! has no markers and no words for what did not happen.

use super::model::{HistoryEntry, HistoryItem, HistoryKind, HistoryLegendLine, HistoryMark};
use crate::l10n::{Args, Localizer};
use crate::meds::DoseState;

fn count_of(items: &[HistoryItem], kind: HistoryKind) -> u32 {
    u32::try_from(items.iter().filter(|i| i.kind == kind).count()).unwrap_or(u32::MAX)
}

fn dose_mark(items: &[HistoryItem], loc: &Localizer) -> Option<HistoryMark> {
    let (mut planned, mut taken, mut extra) = (0u32, 0u32, 0u32);
    for item in items {
        if let HistoryEntry::Dose { state, slot, .. } = &item.entry {
            match (state, slot) {
                (DoseState::Extra, _) | (_, None) => extra += 1,
                (DoseState::Taken, Some(_)) => {
                    planned += 1;
                    taken += 1;
                }
                _ => planned += 1,
            }
        }
    }
    if planned == 0 && extra == 0 {
        return None;
    }
    let args = Args::new()
        .num("taken", i64::from(taken))
        .num("planned", i64::from(planned))
        .num("extra", i64::from(extra));
    let label = match (planned, extra) {
        (0, _) => loc.ta("calendar-mark-dose-when-needed", &args),
        (_, 0) => loc.ta("calendar-mark-dose", &args),
        _ => loc.ta("calendar-mark-dose-and-when-needed", &args),
    };
    Some(HistoryMark {
        kind: HistoryKind::Dose,
        count: if planned == 0 { extra } else { taken },
        of: (planned > 0).then_some(planned),
        with_note: false,
        label,
    })
}

/// One marker per kind that happened, in the legend's order.
pub(crate) fn marks(items: &[HistoryItem], loc: &Localizer) -> Vec<HistoryMark> {
    let mut out = Vec::new();
    for kind in HistoryKind::ALL {
        if kind == HistoryKind::Dose {
            out.extend(dose_mark(items, loc));
            continue;
        }
        let count = count_of(items, kind);
        if count == 0 {
            continue;
        }
        let with_note = kind == HistoryKind::Checkin
            && items
                .iter()
                .any(|i| matches!(&i.entry, HistoryEntry::Checkin { day } if day.note.is_some()));
        let id = if with_note {
            "calendar-mark-checkin-note".to_owned()
        } else {
            format!("calendar-mark-{}", kind.key())
        };
        out.push(HistoryMark {
            kind,
            count,
            of: None,
            with_note,
            label: loc.ta(&id, &Args::new().num("count", i64::from(count))),
        });
    }
    out
}

/// Every kind of marker, explained.
pub(crate) fn legend(loc: &Localizer) -> Vec<HistoryLegendLine> {
    HistoryKind::ALL
        .into_iter()
        .map(|kind| HistoryLegendLine {
            kind,
            label: loc.t(&format!("calendar-legend-{}", kind.key())),
        })
        .collect()
}
