//! The words a shell draws around the core's view records (button labels, screen
//! titles, content descriptions). They live in `shell-*.ftl` beside every other text,
//! so the phone, the desktop rendering and iOS say the same thing in every language.

use std::collections::HashMap;

use super::{Lang, Localizer};

/// Every message id a shell may use starts with this.
pub const SHELL_PREFIX: &str = "shell-";

/// Every shell text of `lang`, by id (`shell-today-title` → "Today"). A shell loads
/// the map once per language and looks labels up in it; it never writes its own.
pub fn shell_text(lang: Lang) -> HashMap<String, String> {
    let loc = Localizer::new(lang);
    Localizer::ids(lang)
        .into_iter()
        .filter(|id| id.starts_with(SHELL_PREFIX))
        .map(|id| {
            let text = loc.t(&id);
            (id, text)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_the_same_shell_ids_and_no_empty_text() {
        let english = shell_text(Lang::En);
        assert!(english.contains_key("shell-app-name"));
        for lang in Lang::ALL {
            let text = shell_text(lang);
            let mut ids: Vec<_> = text.keys().collect();
            let mut en_ids: Vec<_> = english.keys().collect();
            ids.sort();
            en_ids.sort();
            assert_eq!(ids, en_ids, "{lang}");
            assert!(text.values().all(|t| !t.trim().is_empty()), "{lang}");
        }
    }

    #[test]
    fn text_is_in_the_language_asked_for() {
        assert_eq!(shell_text(Lang::En)["shell-nav-today"], "Today");
        assert_eq!(shell_text(Lang::Nb)["shell-nav-today"], "I dag");
    }
}
