//! Project tooling, in Rust so it runs wherever cargo does.
//!
//! - `cargo xtask bindings`: build the FFI library and generate Kotlin and Swift.
//! - `cargo xtask test`: every test suite, Rust and Kotlin (the README's command), and
//!   the sample PDF report's pages as PNG in `target/report/<lang>`.
//! - `cargo xtask bench [--long] [--jvm]`: every benchmark, then a table of ratios.
//! - `cargo xtask size`: the stripped shell library, refused at 4 MB or more.
//! - `cargo xtask lint-kotlin [--format]`: ktlint and detekt over every Kotlin file.
//! - `cargo xtask l10n [--check]`: the Android strings and the iOS String Catalog the OS
//!   reads before the app runs.
//! - `cargo xtask android`: the Android shell's checks that run without an Android SDK.
//! - `cargo xtask ios`: the iOS shell's checks that run without a Mac.
//! - `cargo xtask xcframework [--dry-run]`: the core as an XCFramework for iOS (on a Mac).

mod android;
mod bench;
mod fhir;
mod ios;
mod kotlin_lint;
mod l10n;
mod link;
mod report_pages;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(about = "Stegvis project tasks")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Build stegvis-ffi and generate Kotlin and Swift bindings into target/bindings.
    Bindings {
        /// Build the library in release mode.
        /// Build the library as the shells ship it (the `release-shell` profile).
        #[arg(long)]
        release: bool,
    },
    /// Run the benchmarks (short warm-up and measurement) and print each figure as a
    /// ratio to its baseline from the same run. Reports only: timing ratios are too
    /// noisy on shared machines to fail a build on.
    Bench {
        /// Criterion's own warm-up and measurement times (slower, steadier figures).
        #[arg(long)]
        long: bool,
        /// Also time the today view from Kotlin through the generated bindings.
        #[arg(long)]
        jvm: bool,
        /// Cargo profile for the benchmarks: `bench` (release) or `release-shell`
        /// (what the shells ship).
        #[arg(long, default_value = "bench")]
        profile: String,
    },
    /// Build the shells' library (`release-shell` profile) and fail when the stripped
    /// file is 4 MB or more.
    Size,
    /// ktlint and detekt over every Kotlin file (android/, tests/jvm/); fails on any finding.
    LintKotlin {
        /// Let ktlint correct what it can before checking.
        #[arg(long)]
        format: bool,
    },
    /// Write `android/app/src/main/res/values*/strings.xml` (the app's name) and the iOS
    /// String Catalog `ios/Stegvis/Resources/InfoPlist.xcstrings` from the core's Fluent files.
    L10n {
        /// Only compare: fail when a committed file is stale.
        #[arg(long)]
        check: bool,
    },
    /// The Android shell's checks that need no Android SDK: the strings are current,
    /// the Android glue under Robolectric (API 35) against the real core, and every
    /// Kotlin source of the app compiled against the real androidx AARs and dexed by D8.
    Android,
    /// The iOS shell's checks that need no Mac: every Swift file parses (tree-sitter-swift),
    /// every use of the generated API matches it, project.yml is valid, the XCFramework
    /// plan is complete, and every shell text id exists in every language.
    Ios,
    /// Build the core for iOS (device, simulator, Mac) as `ios/StegvisKit/StegvisCoreFFI.xcframework`
    /// with its Swift bindings. Needs macOS with Xcode.
    Xcframework {
        /// List every step with its inputs and outputs, check the plan, run nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Run every test: Rust (unit, integration, CLI end-to-end, benches once) and the
    /// Kotlin tests on the JVM through the generated bindings.
    Test {
        /// Skip the Kotlin tests (when no JDK or Maven is at hand).
        #[arg(long)]
        rust_only: bool,
    },
}

pub(crate) fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

pub(crate) fn run(cmd: &mut Command) -> Result<(), String> {
    eprintln!("xtask: running {cmd:?}");
    let status = cmd
        .current_dir(root())
        .status()
        .map_err(|e| format!("could not start {cmd:?}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{cmd:?} failed with {status}"))
    }
}

pub(crate) fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
}

pub(crate) fn library_file(profile: &str) -> PathBuf {
    let name = if cfg!(target_os = "macos") {
        "libstegvis_ffi.dylib"
    } else if cfg!(target_os = "windows") {
        "stegvis_ffi.dll"
    } else {
        "libstegvis_ffi.so"
    };
    root().join("target").join(profile).join(name)
}

/// The profile the Android and iOS shells ship: small (see `[profile.release-shell]`).
pub(crate) const SHELL_PROFILE: &str = "release-shell";

/// Builds the library as the shells ship it: the `release-shell` profile, stripped,
/// and on Linux with packed relative relocations (`-z pack-relative-relocs`, as
/// Android's linker packs them), which take the pointer tables of the time-zone
/// data from 0.9 MB of relocations to a few kilobytes, and linked through
/// [`link`], which leaves UniFFI's metadata out (the bindings are generated from the
/// debug build's).
pub(crate) fn shell_library() -> Result<PathBuf, String> {
    let mut build = cargo();
    build.args([
        "rustc",
        "--package",
        "stegvis-ffi",
        "--profile",
        SHELL_PROFILE,
        "--crate-type",
        "cdylib",
    ]);
    if cfg!(target_os = "linux") {
        let xtask = std::env::current_exe().map_err(|e| format!("where xtask runs: {e}"))?;
        build.env(link::REAL_LINKER, "cc").args(["--", "-C"]);
        build.arg(format!("linker={}", xtask.display()));
        build.args([
            "-C",
            "link-arg=-Wl,-z,pack-relative-relocs",
            // As the NDK's lld can: fold identical functions, merge strings, one hash table.
            "-C",
            "link-arg=-Wl,--icf=all",
            "-C",
            "link-arg=-Wl,-O2",
            "-C",
            "link-arg=-Wl,--hash-style=gnu",
        ]);
    }
    run(&mut build)?;
    Ok(library_file(SHELL_PROFILE))
}

/// Builds the library and generates bindings from it. With `release`, the library is
/// the shipped one ([`shell_library`]); it is stripped, so the bindings are read from
/// the debug build's UniFFI metadata, which is the same interface (UniFFI checks the
/// checksums when the library loads).
pub(crate) fn bindings(release: bool) -> Result<PathBuf, String> {
    run(cargo().args([
        "build",
        "--package",
        "stegvis-ffi",
        "--package",
        "uniffi-bindgen",
    ]))?;
    let metadata = library_file("debug");
    let library = if release {
        shell_library()?
    } else {
        metadata.clone()
    };
    let bindgen = root().join("target").join("debug").join("uniffi-bindgen");
    for language in ["kotlin", "swift"] {
        let out = root().join("target").join("bindings").join(language);
        if out.exists() {
            std::fs::remove_dir_all(&out).map_err(|e| format!("clean {out:?}: {e}"))?;
        }
        run(Command::new(&bindgen)
            .args(["generate", "--library"])
            .arg(&metadata)
            .args(["--language", language, "--no-format", "--out-dir"])
            .arg(&out))?;
    }
    Ok(library)
}

fn test(rust_only: bool) -> Result<(), String> {
    run(cargo().args(["test", "--workspace", "--all-targets", "--locked"]))?;
    // The PDF report's pages as PNG (target/report/<lang>), kept as CI artifacts.
    report_pages::render()?;
    fhir::check()?;
    if rust_only {
        return Ok(());
    }
    let library = bindings(false)?;
    // The iOS shell's Swift against the bindings just generated (no Mac needed).
    ios::check()?;
    let lib_dir = library
        .parent()
        .ok_or_else(|| "library has no folder".to_owned())?;
    let bindings_dir = root().join("target/bindings/kotlin");
    // The bindings on the JVM, then the phone's screens rendered and clicked over the
    // real core (PNGs in target/screens), then the Kotlin style.
    for pom in ["tests/jvm/pom.xml", "android/ui/pom.xml"] {
        run(Command::new("mvn")
            .args(["--batch-mode", "--no-transfer-progress", "-f", pom, "test"])
            .arg(format!("-Dstegvis.lib.dir={}", lib_dir.display()))
            .arg(format!("-Dstegvis.bindings.dir={}", bindings_dir.display()))
            .arg(format!(
                "-Dstegvis.screens.dir={}",
                root().join("target/screens").display()
            )))?;
    }
    // The Android glue under Robolectric and every Kotlin source against the real AARs.
    android::check()?;
    kotlin_lint::lint(false)
}

fn main() -> ExitCode {
    if let Some(linked) = link::run_as_linker() {
        return linked;
    }
    let result = match Cli::parse().task {
        Task::Bindings { release } => bindings(release).map(|lib| {
            eprintln!("xtask: bindings generated from {}", lib.display());
        }),
        Task::Test { rust_only } => test(rust_only),
        Task::Bench { long, jvm, profile } => bench::run_all(long, jvm, &profile),
        Task::Size => bench::size().map(|_| ()),
        Task::LintKotlin { format } => kotlin_lint::lint(format),
        Task::L10n { check } => l10n::run(check).and_then(|()| ios::catalog::run(check)),
        Task::Android => android::check(),
        Task::Ios => ios::check(),
        Task::Xcframework { dry_run } => {
            if dry_run {
                ios::xcframework::dry_run()
            } else {
                ios::xcframework::build()
            }
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
