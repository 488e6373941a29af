//! The two phones offer the same places: every route of the Android shell
//! (`Routes.kt`, `const val FIRST_RUN = ...`) is a case of the iOS shell's `Route`
//! (`case firstRun`), and the other way round, so a screen added to one shell and
//! forgotten in the other fails CI.

use std::collections::BTreeSet;

const ANDROID: &str = "android/ui/src/main/kotlin/no/stegvis/ui/Routes.kt";
const IOS: &str = "ios/Stegvis/Sources/App/Route.swift";

/// `FIRST_RUN` as Swift spells a case: `firstRun`.
fn camel(constant: &str) -> String {
    let mut out = String::new();
    for (i, part) in constant.split('_').enumerate() {
        let lower = part.to_ascii_lowercase();
        if i == 0 {
            out.push_str(&lower);
        } else {
            let mut chars = lower.chars();
            if let Some(first) = chars.next() {
                out.push(first.to_ascii_uppercase());
                out.extend(chars);
            }
        }
    }
    out
}

pub(crate) fn android_routes(source: &str) -> BTreeSet<String> {
    source
        .lines()
        .filter_map(|l| l.trim().strip_prefix("const val "))
        .filter_map(|l| l.split_whitespace().next())
        .map(camel)
        .collect()
}

pub(crate) fn ios_routes(source: &str) -> BTreeSet<String> {
    source
        .lines()
        .filter_map(|l| l.trim().strip_prefix("case "))
        .map(|l| {
            l.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .next()
                .unwrap_or_default()
                .to_owned()
        })
        .collect()
}

pub(crate) fn check() -> Result<(), String> {
    let root = crate::root();
    let read =
        |p: &str| std::fs::read_to_string(root.join(p)).map_err(|e| format!("read {p}: {e}"));
    let android = android_routes(&read(ANDROID)?);
    let ios = ios_routes(&read(IOS)?);
    let only_android: Vec<_> = android.difference(&ios).collect();
    let only_ios: Vec<_> = ios.difference(&android).collect();
    if android.len() < 10 || !only_android.is_empty() || !only_ios.is_empty() {
        return Err(format!(
            "the shells' routes differ: only on Android {only_android:?}, only on iOS {only_ios:?}"
        ));
    }
    eprintln!("xtask: Android and iOS have the same {} routes", ios.len());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_across_the_two_spellings() {
        let kotlin = "    const val FIRST_RUN = \"first-run\"\n    const val MENU = \"menu\"\n    fun goalOf(id: String) = \"\"";
        let swift = "    case firstRun\n    case menu\n    case goal(goalId: String)\n";
        assert_eq!(
            android_routes(kotlin).into_iter().collect::<Vec<_>>(),
            ["firstRun", "menu"]
        );
        assert_eq!(
            ios_routes(swift).into_iter().collect::<Vec<_>>(),
            ["firstRun", "goal", "menu"]
        );
    }

    #[test]
    fn the_two_shells_have_the_same_routes() {
        check().unwrap();
    }
}
