//! The IMR modules: where the person stands in each, and marking them.

use super::{Companion, Inner};
use crate::error::Result;
use crate::progress::modules::{self, Mark};
use crate::progress::ModulesView;

impl Companion {
    fn mark_module(&self, key: &str, mark: Mark, date: Option<String>) -> Result<ModulesView> {
        let module = modules::parse_key(key)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let here = Self::here(&inner, now);
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| {
            modules::mark(tx, sealer, module, mark, date.as_deref(), here.today, now)
        })?;
        store.read(|tx| modules::modules_view(tx, sealer, &here))
    }
}

#[cfg_attr(feature = "uniffi", uniffi::export(name = "StegvisCompanion"))]
impl Companion {
    /// The eleven IMR modules in the program's order, each with its state and the
    /// home-assignment steps filed under it.
    pub fn modules(&self) -> Result<ModulesView> {
        let now = self.now();
        let mut inner = self.lock()?;
        let here = Self::here(&inner, now);
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| modules::modules_view(tx, sealer, &here))
    }

    /// Marks a module (by key) started on `date` (`YYYY-MM-DD`, today when `None`,
    /// never ahead, not after the day it was worked through). Again corrects the day.
    pub fn module_start(&self, key: String, date: Option<String>) -> Result<ModulesView> {
        self.mark_module(&key, Mark::Start, date)
    }

    /// Marks a module worked through on `date` (today when `None`, never ahead, not
    /// before the day it was started); one not started counts as started that day.
    pub fn module_done(&self, key: String, date: Option<String>) -> Result<ModulesView> {
        self.mark_module(&key, Mark::Done, date)
    }

    /// Takes back "worked through"; the start stays. Nothing happens if it was not.
    pub fn module_undo_done(&self, key: String) -> Result<ModulesView> {
        self.mark_module(&key, Mark::UndoDone, None)
    }

    /// Back to not started: both dates go (a mark made by mistake).
    pub fn module_reset(&self, key: String) -> Result<ModulesView> {
        self.mark_module(&key, Mark::Reset, None)
    }
}
