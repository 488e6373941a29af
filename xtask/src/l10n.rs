//! `cargo xtask l10n`: the few words Android reads before the app runs (its name under
//! the icon), written from the core's Fluent files into `res/values*/strings.xml`.
//! Everything else the app shows comes from the core at run time. `--check` fails when
//! the committed files differ from what the Fluent files say, so CI catches a stale one.

use std::path::{Path, PathBuf};

use stegvis_core::{shell_text, Lang};

/// The strings Android needs before the core runs: resource name and Fluent id.
const OS_STRINGS: [(&str, &str); 1] = [("app_name", "shell-app-name")];

/// The resource folder for each language; English is the default (`values`).
fn folder(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "values",
        Lang::Nb => "values-nb",
        Lang::Sv => "values-sv",
        Lang::Da => "values-da",
    }
}

fn res_dir() -> PathBuf {
    crate::root().join("android/app/src/main/res")
}

/// Escapes text for an Android string resource: XML entities, and the characters
/// aapt2 treats specially (quotes, a leading `@` or `?`, backslashes).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '"' => out.push_str("\\\""),
            '@' | '?' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out
}

/// The file for `lang`, as it should be.
pub(crate) fn strings_xml(lang: Lang) -> Result<String, String> {
    let text = shell_text(lang);
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <!-- Written by `cargo xtask l10n` from core/locales; do not edit. -->\n\
         <resources>\n",
    );
    for (name, id) in OS_STRINGS {
        let value = text
            .get(id)
            .ok_or_else(|| format!("{id} is missing in {lang}"))?;
        xml.push_str(&format!(
            "    <string name=\"{name}\">{}</string>\n",
            escape(value)
        ));
    }
    xml.push_str("</resources>\n");
    Ok(xml)
}

/// Makes the file at `path` say `wanted`; with `check` only compares. `true` when it
/// was stale and left as it was (a check), for the caller to name.
pub(crate) fn keep_current(path: &Path, wanted: &str, check: bool) -> Result<bool, String> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(wanted) {
        return Ok(false);
    }
    if check {
        return Ok(true);
    }
    let dir = path
        .parent()
        .ok_or_else(|| format!("{path:?} has no folder"))?;
    std::fs::create_dir_all(dir).map_err(|e| format!("create {dir:?}: {e}"))?;
    std::fs::write(path, wanted).map_err(|e| format!("write {path:?}: {e}"))?;
    eprintln!("xtask: wrote {}", path.display());
    Ok(false)
}

/// Writes every language's file, or with `check` only compares and names the stale ones.
pub(crate) fn run(check: bool) -> Result<(), String> {
    let mut stale = Vec::new();
    for lang in Lang::ALL {
        let path = res_dir().join(folder(lang)).join("strings.xml");
        if keep_current(&path, &strings_xml(lang)?, check)? {
            stale.push(path.display().to_string());
        }
    }
    if stale.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "stale Android strings (run `cargo xtask l10n`): {}",
            stale.join(", ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_aapt_reads_specially() {
        assert_eq!(escape("Tom's & <b>"), "Tom\\'s &amp; &lt;b&gt;");
        assert_eq!(escape("@home"), "\\@home");
        assert_eq!(escape("a@b"), "a@b");
    }

    #[test]
    fn every_language_names_the_app() {
        for lang in Lang::ALL {
            let xml = strings_xml(lang).unwrap_or_default();
            assert!(xml.contains("<string name=\"app_name\">"), "{lang}");
        }
    }
}
