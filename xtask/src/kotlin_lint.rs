//! ktlint and detekt over every Kotlin file of the project (the Android shell, the
//! JVM tests, the Gradle scripts), with the jars fetched from Maven Central by Maven
//! itself into `target/kotlin-lint`. Style lives in `.editorconfig` and `detekt.yml`.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{root, run};

const KTLINT: (&str, &str) = (
    "com.pinterest.ktlint:ktlint-cli:1.8.0:jar:all",
    "ktlint-cli-1.8.0-all.jar",
);
const DETEKT: (&str, &str) = (
    "io.gitlab.arturbosch.detekt:detekt-cli:1.23.8:jar:all",
    "detekt-cli-1.23.8-all.jar",
);

/// Where every Kotlin source of the project lives (ktlint's globs, relative to the root).
const KOTLIN_GLOBS: [&str; 3] = [
    "android/**/*.kt",
    "android/**/*.kts",
    "tests/jvm/src/**/*.kt",
];

/// Fails when ktlint or detekt finds anything; `format` lets ktlint fix what it can first.
pub(crate) fn lint(format: bool) -> Result<(), String> {
    let dir = root().join("target").join("kotlin-lint");
    let ktlint = fetch(&dir, KTLINT)?;
    let detekt = fetch(&dir, DETEKT)?;
    let mut ktlint_cmd = Command::new("java");
    ktlint_cmd.arg("-jar").arg(&ktlint).arg("--relative");
    if format {
        ktlint_cmd.arg("--format");
    }
    // Skip what Maven and Gradle build into the source folders' neighbours.
    ktlint_cmd
        .args(KOTLIN_GLOBS)
        .args(["!**/target/**", "!**/build/**"]);
    run(&mut ktlint_cmd)?;
    run(Command::new("java")
        .arg("-jar")
        .arg(&detekt)
        .args(["--build-upon-default-config", "--config", "detekt.yml"])
        .args(["--input", "android,tests/jvm/src"])
        .args(["--excludes", "**/target/**,**/build/**"]))
}

fn fetch(dir: &Path, (coordinates, file): (&str, &str)) -> Result<PathBuf, String> {
    let jar = dir.join(file);
    if !jar.exists() {
        run(Command::new("mvn")
            .args(["--batch-mode", "--no-transfer-progress", "--quiet"])
            .arg("dependency:copy")
            .arg(format!("-Dartifact={coordinates}"))
            .arg(format!("-DoutputDirectory={}", dir.display())))?;
    }
    Ok(jar)
}
