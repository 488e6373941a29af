//! Repeating steps: checking a day off, taking it back, and the days done.

use chrono::NaiveDate;
use uuid::Uuid;

use super::{id, Companion, Inner};
use crate::error::{Field, Result};
use crate::goals::{actions, occurrences, Step, StepOccurrence, StepRepeat};
use crate::time::{self, parse_date};

/// A date as sent by a shell, or today in the device's zone when `None` or empty.
fn date_or_today(text: Option<&str>, today: NaiveDate) -> Result<NaiveDate> {
    match text.map(str::trim) {
        None | Some("") => Ok(today),
        Some(d) => parse_date(d, Field::OccurrenceDate),
    }
}

impl Companion {
    /// Runs one write about a repeating step and returns the step as it is now.
    fn occurrence_write(
        &self,
        step_id: &str,
        date: Option<&str>,
        act: impl FnOnce(
            &rusqlite::Connection,
            &crate::store::Sealer,
            time::Timestamp,
            NaiveDate,
            Uuid,
            NaiveDate,
        ) -> Result<()>,
    ) -> Result<Step> {
        let step_id = id(step_id)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let today = time::local_date(now, inner.zone);
        let date = date_or_today(date, today)?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| act(tx, sealer, now, today, step_id, date))?;
        Self::step_view(&mut inner, now, step_id)
    }
}

#[cfg_attr(feature = "uniffi", uniffi::export(name = "StegvisCompanion"))]
impl Companion {
    /// Checks off a repeating step for `date` (`YYYY-MM-DD`; today in the device's
    /// zone when `None`). A day already checked off stays as it was (idempotent), so
    /// a double tap never counts twice. A date after today is refused.
    pub fn check_off_occurrence(&self, step_id: String, date: Option<String>) -> Result<Step> {
        self.occurrence_write(
            &step_id,
            date.as_deref(),
            |tx, sealer, now, today, step, date| {
                actions::check_off_occurrence(tx, sealer, now, today, step, date).map(|_| ())
            },
        )
    }

    /// Takes back the check-off of one day (today when `None`); every other day is
    /// kept. A day not checked off is a conflict (`StepNotDone`).
    pub fn undo_occurrence(&self, step_id: String, date: Option<String>) -> Result<Step> {
        self.occurrence_write(
            &step_id,
            date.as_deref(),
            |tx, sealer, now, _, step, date| actions::undo_occurrence(tx, sealer, now, step, date),
        )
    }

    /// The days a repeating step was done from `from` to `to` (`YYYY-MM-DD`, both
    /// included), oldest first.
    pub fn step_occurrences(
        &self,
        step_id: String,
        from: String,
        to: String,
    ) -> Result<Vec<StepOccurrence>> {
        let step_id = id(&step_id)?;
        let from = parse_date(&from, Field::StartDate)?;
        let to = parse_date(&to, Field::EndDate)?;
        if to < from {
            return Err(crate::error::StegvisError::invalid(
                Field::EndDate,
                crate::error::InvalidReason::BeforeStart,
            ));
        }
        let now = self.now();
        let mut inner = self.lock()?;
        let here = Self::here(&inner, now);
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            crate::goals::db::load_step(tx, sealer, step_id)?;
            Ok(occurrences::for_step(tx, sealer, step_id, from, to)?
                .into_iter()
                .map(|o| StepOccurrence {
                    id: o.id.to_string(),
                    step_id: o.step_id.to_string(),
                    date: o.date.to_string(),
                    date_label: here.loc.date_near(o.date, here.today),
                    done_at: o.done_at,
                })
                .collect())
        })
    }

    /// The localized label of a rule ("3 times a week"), for an editor's preview.
    pub fn step_repeat_label(&self, rule: StepRepeat) -> Result<String> {
        Ok(rule.checked()?.label(&self.lock()?.loc))
    }
}

/// Reads a repeat rule as typed: `daily`, `weekly:3`, `weekdays:mon,thu`, or `none`
/// for a step done once (`None`). Anything else is a typed error naming the part
/// that is wrong; nothing is written.
#[cfg_attr(feature = "uniffi", uniffi::export)]
pub fn parse_step_repeat(text: String) -> Result<Option<StepRepeat>> {
    crate::goals::parse_repeat(&text)
}
