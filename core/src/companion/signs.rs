//! Early warning signs and the daily check-in.

use super::{id, Companion, Inner};
use crate::error::{Field, Result, StegvisError};
use crate::signs::{
    self, CatalogSign, Checkin, CheckinDay, CheckinForm, CheckinHistory, CheckinInput, NewSign,
    Sign, Trend,
};
use crate::time;

#[cfg_attr(feature = "uniffi", uniffi::export(name = "StegvisCompanion"))]
impl Companion {
    /// The catalog of common early warning signs, in the person's language.
    pub fn sign_catalog(&self) -> Result<Vec<CatalogSign>> {
        Ok(signs::catalog_entries(&self.lock()?.loc))
    }

    /// Adds a sign from the catalog or in the person's own words.
    pub fn add_sign(&self, sign: NewSign) -> Result<Sign> {
        let now = self.now();
        let mut inner = self.lock()?;
        let loc = inner.loc;
        let Inner { store, sealer, .. } = &mut *inner;
        let id = store.write(|tx| signs::actions::add_sign(tx, sealer, now, &sign))?;
        store.read(|tx| {
            Ok(signs::views::sign(
                &signs::db::load_sign(tx, sealer, id)?,
                &loc,
            ))
        })
    }

    /// The person's signs in check-in order; retired ones too when asked.
    pub fn list_signs(&self, include_retired: bool) -> Result<Vec<Sign>> {
        let mut inner = self.lock()?;
        let loc = inner.loc;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            Ok(signs::db::list_signs(tx, sealer, include_retired)?
                .iter()
                .map(|row| signs::views::sign(row, &loc))
                .collect())
        })
    }

    /// Stops asking about a sign; its history stays.
    pub fn retire_sign(&self, sign_id: String) -> Result<Sign> {
        let sign_id = id(&sign_id)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let loc = inner.loc;
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| signs::actions::retire_sign(tx, sealer, now, sign_id))?;
        store.read(|tx| {
            Ok(signs::views::sign(
                &signs::db::load_sign(tx, sealer, sign_id)?,
                &loc,
            ))
        })
    }

    /// Moves a sign to `position` (1 is first) in the check-in order.
    pub fn move_sign(&self, sign_id: String, position: u32) -> Result<Vec<Sign>> {
        let sign_id = id(&sign_id)?;
        {
            let mut inner = self.lock()?;
            let Inner { store, sealer, .. } = &mut *inner;
            store.write(|tx| signs::actions::move_sign(tx, sealer, sign_id, position))?;
        }
        self.list_signs(false)
    }

    /// The check-in form for a day (today when `date` is empty), with earlier answers.
    pub fn checkin_form(&self, date: Option<String>) -> Result<CheckinForm> {
        let now = self.now();
        let mut inner = self.lock()?;
        let today = time::local_date(now, inner.zone);
        let loc = inner.loc;
        let day = signs::actions::checkin_date(date.as_deref(), today)?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| signs::actions::checkin_form(tx, sealer, day, &loc))
    }

    /// Hours of sleep as the person typed them in a shell's text field ("6,5", "7"):
    /// `None` when empty; no number, or one outside 0 to 24, is refused naming
    /// the sleep field, before anything is saved.
    pub fn parse_sleep_hours(&self, text: String) -> Result<Option<f64>> {
        signs::actions::parse_sleep_hours(&text)
    }

    /// Saves a day's check-in; saving the same day again replaces it.
    pub fn save_checkin(&self, checkin: CheckinInput) -> Result<Checkin> {
        let now = self.now();
        let mut inner = self.lock()?;
        let today = time::local_date(now, inner.zone);
        let loc = inner.loc;
        let Inner { store, sealer, .. } = &mut *inner;
        let day =
            store.write(|tx| signs::actions::save_checkin(tx, sealer, now, today, &checkin))?;
        store
            .read(|tx| signs::actions::checkin(tx, sealer, day, &loc))?
            .ok_or(StegvisError::Storage {
                detail: "check-in not found after saving".to_owned(),
            })
    }

    /// The check-in of a day, if there is one.
    pub fn checkin(&self, date: String) -> Result<Option<Checkin>> {
        let day = time::parse_date(&date, Field::CheckinDate)?;
        let mut inner = self.lock()?;
        let loc = inner.loc;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| signs::actions::checkin(tx, sealer, day, &loc))
    }

    /// Signs over the last `weeks` weeks (1 to 52), ending today.
    pub fn trend(&self, weeks: u32) -> Result<Trend> {
        let now = self.now();
        let mut inner = self.lock()?;
        let today = time::local_date(now, inner.zone);
        let loc = inner.loc;
        let from = signs::trend::period_start(weeks, today)?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            let rows = signs::db::checkins_between(tx, sealer, from, today)?;
            let list = signs::db::list_signs(tx, sealer, true)?;
            signs::trend::build(&rows, &list, weeks, today, &loc)
        })
    }

    /// One day's check-in read back (today when `date` is empty): each sign with its
    /// rating in words, the note and sleep; or, if there was none, a kind sentence.
    pub fn checkin_day(&self, date: Option<String>) -> Result<CheckinDay> {
        let now = self.now();
        let mut inner = self.lock()?;
        let today = time::local_date(now, inner.zone);
        let loc = inner.loc;
        let day = match date.as_deref().map(str::trim) {
            None | Some("") => today,
            Some(text) => time::parse_date(text, Field::CheckinDate)?,
        };
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            let row = signs::db::checkins_between(tx, sealer, day, day)?.pop();
            let list = signs::db::list_signs(tx, sealer, true)?;
            Ok(signs::readback::one_day(
                row.as_ref(),
                day,
                &list,
                today,
                &loc,
            ))
        })
    }

    /// The check-ins of the last `weeks` weeks (1 to 52), newest first. Days without
    /// a check-in are absent, never counted against the person.
    pub fn checkin_history(&self, weeks: u32) -> Result<CheckinHistory> {
        let now = self.now();
        let mut inner = self.lock()?;
        let today = time::local_date(now, inner.zone);
        let loc = inner.loc;
        let from = signs::readback::history_start(weeks, today)?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            let rows = signs::db::checkins_between(tx, sealer, from, today)?;
            let list = signs::db::list_signs(tx, sealer, true)?;
            signs::readback::history(&rows, &list, weeks, today, &loc)
        })
    }
}
