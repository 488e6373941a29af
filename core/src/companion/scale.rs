//! The IMR Scale self-rating: the topics, rating, the history and how often.

use super::{Companion, Inner};
use crate::error::Result;
use crate::progress::scale::{self, ScaleAnswer, ScaleForm, ScaleHistory, ScaleInterval};
use crate::progress::ScaleSettings;

/// What a rating did: the day it is stored under and whether it replaced that day's.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ScaleSaved {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The day was rated before; the topics answered now were updated, the rest kept.
    pub replaced: bool,
    /// "Your answers are saved.", localized.
    pub message: String,
}

#[cfg_attr(feature = "uniffi", uniffi::export(name = "StegvisCompanion"))]
impl Companion {
    /// The fifteen topics, each with its question and an answer in words for 1 to 5,
    /// for a flow that shows one topic per screen.
    pub fn scale_topics(&self) -> Result<ScaleForm> {
        let now = self.now();
        let mut inner = self.lock()?;
        let here = Self::here(&inner, now);
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| scale::form(tx, sealer, &here))
    }

    /// Stores a rating for `date` (`YYYY-MM-DD`, today when `None`, never ahead).
    /// Skipped topics are left out of `answers`. The same day again updates the
    /// topics given and keeps that day's other answers. A value outside 1 to 5, an unknown or repeated topic, or no
    /// answer at all is a typed error, and nothing is written.
    pub fn scale_rate(
        &self,
        date: Option<String>,
        answers: Vec<ScaleAnswer>,
    ) -> Result<ScaleSaved> {
        let now = self.now();
        let mut inner = self.lock()?;
        let here = Self::here(&inner, now);
        let Inner { store, sealer, .. } = &mut *inner;
        let (date, replaced) = store
            .write(|tx| scale::rate(tx, sealer, date.as_deref(), &answers, here.today, now))?;
        Ok(ScaleSaved {
            date: date.to_string(),
            replaced,
            message: here.loc.t(if replaced {
                "cli-scale-replaced"
            } else {
                "cli-scale-saved"
            }),
        })
    }

    /// Every rating, oldest first, per topic and in total (totals compare only
    /// between ratings of all fifteen topics), with how often it is offered.
    pub fn scale_history(&self) -> Result<ScaleHistory> {
        let now = self.now();
        let mut inner = self.lock()?;
        let here = Self::here(&inner, now);
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| scale::history(tx, sealer, &here))
    }

    /// How often the scale is offered, and when next.
    pub fn scale_settings(&self) -> Result<ScaleSettings> {
        let now = self.now();
        let mut inner = self.lock()?;
        let here = Self::here(&inner, now);
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| scale::settings_view(tx, sealer, &here))
    }

    /// Chooses how often the scale is offered (every 1, 2, 3 or 6 months, or never).
    pub fn set_scale_interval(&self, interval: ScaleInterval) -> Result<ScaleSettings> {
        let now = self.now();
        let mut inner = self.lock()?;
        let here = Self::here(&inner, now);
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| scale::set_interval(tx, sealer, interval))?;
        store.read(|tx| scale::settings_view(tx, sealer, &here))
    }
}
