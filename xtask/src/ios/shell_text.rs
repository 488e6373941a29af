//! Every `"shell-…"` id the iOS shell's Swift names exists in the core's Fluent files
//! in every language, as the Android shell's `ShellTextTest` checks its Kotlin. A
//! missing id would show as the id itself on an iPhone.

use std::collections::BTreeSet;
use std::path::Path;

use stegvis_core::{shell_text, Lang};

/// The ids quoted in `source`: `"shell-` followed by lowercase letters, digits and dashes.
pub(crate) fn ids_in(source: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = source;
    while let Some(at) = rest.find("\"shell-") {
        let tail = &rest[at + 1..];
        let end = tail
            .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
            .unwrap_or(tail.len());
        if tail[end..].starts_with('"') {
            out.insert(tail[..end].to_owned());
        }
        rest = &tail[end..];
    }
    out
}

fn swift_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if path.is_dir() && name != ".build" && name != "StegvisCore" && name != "seeded" {
            swift_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "swift") {
            out.push(path);
        }
    }
}

pub(crate) fn check() -> Result<(), String> {
    let mut files = vec![];
    swift_files(&crate::root().join("ios"), &mut files);
    let mut used = BTreeSet::new();
    for file in &files {
        let source =
            std::fs::read_to_string(file).map_err(|e| format!("read {}: {e}", file.display()))?;
        used.extend(ids_in(&source));
    }
    if used.len() < 5 {
        return Err(format!("only {} shell text ids found in ios/", used.len()));
    }
    let mut problems = vec![];
    for lang in Lang::ALL {
        let text = shell_text(lang);
        let missing: Vec<&String> = used.iter().filter(|id| !text.contains_key(*id)).collect();
        if !missing.is_empty() {
            problems.push(format!("{lang:?} lacks {missing:?}"));
        }
    }
    if problems.is_empty() {
        eprintln!(
            "xtask: the {} shell text ids of {} Swift files exist in en, nb, sv and da",
            used.len(),
            files.len()
        );
        Ok(())
    } else {
        Err(format!("iOS shell text: {}", problems.join("; ")))
    }
}

#[cfg(test)]
mod tests {
    use super::ids_in;

    #[test]
    fn finds_quoted_ids_only() {
        let ids = ids_in(
            r#"strings["shell-save"] + "shell-today-dose-take" // shell-not-quoted "shell-Bad""#,
        );
        assert_eq!(
            ids.into_iter().collect::<Vec<_>>(),
            ["shell-save", "shell-today-dose-take"]
        );
    }
}
