//! What the phone shells need beside the view records: their words in the person's
//! language, and the language the person chose.

use std::collections::HashMap;

use super::{Companion, Inner, Result};
use crate::l10n::{self, Lang, Localizer};
use crate::language_choice;

/// Every shell text of `lang` by id, for a shell that has no data folder open yet
/// (the first screen, an import into an empty phone) and for `cargo xtask l10n`.
#[cfg_attr(feature = "uniffi", uniffi::export)]
pub fn shell_text_for(lang: Lang) -> HashMap<String, String> {
    l10n::shell_text(lang)
}

#[cfg_attr(feature = "uniffi", uniffi::export(name = "StegvisCompanion"))]
impl Companion {
    /// Every shell text (labels, titles, content descriptions) in the current
    /// language, by id. Load again after [`Companion::choose_language`]. Never
    /// fails: the words are needed most when something else did.
    pub fn shell_text(&self) -> HashMap<String, String> {
        l10n::shell_text(self.language())
    }

    /// The language everything is shown in now.
    pub fn language(&self) -> Lang {
        self.inner
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .loc
            .lang()
    }

    /// The language the person chose in the app; `None` when the app follows the
    /// device's language (given at open).
    pub fn language_choice(&self) -> Result<Option<Lang>> {
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| Ok(language_choice::load(tx, sealer)))
    }

    /// Keeps the person's choice of language and switches to it at once; `None`
    /// follows the device again (`device` is its language, as at open). The next
    /// open uses the choice whatever the device says.
    pub fn choose_language(&self, choice: Option<Lang>, device: Lang) -> Result<Lang> {
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| language_choice::save(tx, sealer, choice))?;
        let lang = choice.unwrap_or(device);
        inner.loc = Localizer::new(lang);
        Ok(lang)
    }
}
