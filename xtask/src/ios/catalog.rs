//! The iOS String Catalog of what iOS reads before the app runs: the name under the
//! icon, the camera's purpose and the name of the sharing file's kind, written from
//! the core's Fluent files into
//! `ios/Stegvis/Resources/InfoPlist.xcstrings` for en, nb, sv and da. Everything else
//! the app shows comes from the core at run time. `--check` fails on a stale catalog.

use serde_json::{json, Map, Value};
use stegvis_core::{shell_text, Lang};

/// Info.plist keys and the Fluent id each is written from.
const INFO_PLIST: [(&str, &str, &str); 3] = [
    (
        "CFBundleDisplayName",
        "shell-app-name",
        "The app's name under its icon.",
    ),
    ("CFBundleName", "shell-app-name", "The app's short name."),
    (
        "NSCameraUsageDescription",
        "shell-ios-camera-purpose",
        "Why the app asks for the camera: reading a sharing code.",
    ),
];

/// Values nested in Info.plist (a document type's name, an exported type's
/// description) are localized under their English words as the key.
const NESTED: [(&str, &str); 1] = [(
    "shell-ios-share-file-kind",
    "The kind of file a sharing file is, as Files and the share sheet name it.",
)];

pub(crate) const PATH: &str = "ios/Stegvis/Resources/InfoPlist.xcstrings";

/// The catalog as it should be (keys sorted, as Xcode writes them).
pub(crate) fn catalog() -> Result<String, String> {
    let mut strings = Map::new();
    let english = shell_text(Lang::En);
    let nested = NESTED.iter().map(|(id, comment)| {
        let key = english.get(*id).map_or(*id, String::as_str);
        (key, *id, *comment)
    });
    for (key, id, comment) in INFO_PLIST.into_iter().chain(nested) {
        let mut localizations = Map::new();
        for lang in Lang::ALL {
            let value = shell_text(lang)
                .get(id)
                .cloned()
                .ok_or_else(|| format!("{id} is missing in {lang:?}"))?;
            localizations.insert(
                lang.tag().to_owned(),
                json!({"stringUnit": {"state": "translated", "value": value}}),
            );
        }
        strings.insert(
            key.to_owned(),
            json!({
                "comment": comment,
                "extractionState": "manual",
                "localizations": Value::Object(localizations),
            }),
        );
    }
    let file = json!({"sourceLanguage": "en", "strings": Value::Object(strings), "version": "1.0"});
    serde_json::to_string_pretty(&file)
        .map(|s| s + "\n")
        .map_err(|e| format!("catalog: {e}"))
}

/// Writes the catalog, or with `check` fails when the committed one is stale.
pub(crate) fn run(check: bool) -> Result<(), String> {
    if crate::l10n::keep_current(&crate::root().join(PATH), &catalog()?, check)? {
        return Err(format!(
            "stale iOS String Catalog (run `cargo xtask l10n`): {PATH}"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_names_the_app_and_the_camera_purpose() {
        let text = catalog().unwrap();
        let parsed: Value = serde_json::from_str(&text).unwrap();
        for (key, _, _) in INFO_PLIST {
            for lang in ["en", "nb", "sv", "da"] {
                let value = &parsed["strings"][key]["localizations"][lang]["stringUnit"]["value"];
                assert!(
                    value.as_str().is_some_and(|v| !v.is_empty()),
                    "{key} {lang}"
                );
            }
        }
        let camera = |lang: &str| {
            parsed["strings"]["NSCameraUsageDescription"]["localizations"][lang]["stringUnit"]
                ["value"]
                .as_str()
                .unwrap_or_default()
                .to_owned()
        };
        assert_ne!(camera("en"), camera("nb"), "the purpose is translated");
    }
}
