//! Whether the data file can take writes, so a shell can say so before the person
//! types something that could not be saved.

use super::Companion;
use crate::error::Result;

#[cfg_attr(feature = "uniffi", uniffi::export(name = "StegvisCompanion"))]
impl Companion {
    /// `true` when SQLite's check found the data file damaged: every write is refused
    /// with `DatabaseDamaged` while the views still show what can be read.
    pub fn writes_refused(&self) -> Result<bool> {
        Ok(self.lock()?.store.is_damaged())
    }
}
