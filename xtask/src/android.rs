//! `cargo xtask android`: what of the Android shell can be checked without an Android
//! SDK or Gradle (see `android/README.md` and the recipes it came from).
//!
//! 1. `res/values*/strings.xml` are what `cargo xtask l10n` writes.
//! 2. `android/app/pom.xml`: the Android glue (reminder sync, notifications, receivers,
//!    the Keystore key manager) compiled against Robolectric's android-all (API 35) and
//!    tested under Robolectric with the real core through the generated bindings.
//! 3. `android/app/aar-check`: every Kotlin source of `android/app` and `android/ui`
//!    plus the bindings compiled against the real androidx AARs with the Compose
//!    compiler plugin, then dexed by D8 (min API 26). Downloads are cached.

use std::process::Command;

use crate::{bindings, l10n, root, run};

pub(crate) fn check() -> Result<(), String> {
    l10n::run(true)?;
    let library = bindings(false)?;
    let lib_dir = library
        .parent()
        .ok_or_else(|| "library has no folder".to_owned())?
        .to_path_buf();
    let kotlin = root().join("target/bindings/kotlin");
    run(Command::new("mvn")
        .args([
            "--batch-mode",
            "--no-transfer-progress",
            "-f",
            "android/app/pom.xml",
            "test",
        ])
        .arg(format!("-Dstegvis.lib.dir={}", lib_dir.display()))
        .arg(format!("-Dstegvis.bindings.dir={}", kotlin.display())))?;
    let aar_check = root().join("android/app/aar-check");
    run(Command::new("bash").arg(aar_check.join("setup.sh")))?;
    run(Command::new("bash")
        .arg(aar_check.join("build.sh"))
        .env("BINDINGS", &kotlin))
}
