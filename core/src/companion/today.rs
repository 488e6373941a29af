//! The today view.

use super::{Companion, Inner};
use crate::error::Result;
use crate::today::{self, TodayView};

#[cfg_attr(feature = "uniffi", uniffi::export(name = "StegvisCompanion"))]
impl Companion {
    /// What deserves attention today.
    pub fn today(&self) -> Result<TodayView> {
        let now = self.now();
        let mut inner = self.lock()?;
        let here = Self::here(&inner, now);
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| today::build(tx, sealer, &here, now))
    }
}
