//! `cargo xtask xcframework [--dry-run]`: the core for iOS as an XCFramework, with the
//! Swift bindings beside it in `ios/StegvisKit`.
//!
//! The steps are data ([`plan`]), so the dry run that CI makes on Linux lists exactly
//! what a Mac runs, and [`check_plan`] proves every input is either in the repository
//! or made by an earlier step, and that the outputs land where `Package.swift` looks.

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The Apple targets: a phone, the simulator on Apple silicon, and the Mac (for
/// `swift test` of StegvisKit and for reading the bindings from a library).
pub(crate) const TARGETS: [&str; 3] = [
    "aarch64-apple-ios",
    "aarch64-apple-ios-sim",
    "aarch64-apple-darwin",
];

/// The oldest iOS the app supports (`project.yml`, `Package.swift`).
const IOS_DEPLOYMENT: &str = "16.0";
/// The oldest macOS StegvisKit's tests run on (`Package.swift`).
const MACOS_DEPLOYMENT: &str = "13.0";

/// Where `Package.swift`'s binary target and generated source live (relative to root).
pub(crate) const XCFRAMEWORK: &str = "ios/StegvisKit/StegvisCoreFFI.xcframework";
pub(crate) const SWIFT_SOURCE: &str = "ios/StegvisKit/Sources/StegvisCore/StegvisCore.swift";

/// One step: a program with its arguments (or a copy), what it reads and what it makes.
#[derive(Debug, Clone)]
pub(crate) struct Step {
    pub what: &'static str,
    pub action: Action,
    pub env: Vec<(&'static str, String)>,
    pub inputs: Vec<PathBuf>,
    pub outputs: Vec<PathBuf>,
}

#[derive(Debug, Clone)]
pub(crate) enum Action {
    Run { program: String, args: Vec<String> },
    Copy { from: PathBuf, to: PathBuf },
    Remove(PathBuf),
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Action::Run { program, args } => write!(f, "{program} {}", args.join(" ")),
            Action::Copy { from, to } => write!(f, "copy {} -> {}", from.display(), to.display()),
            Action::Remove(path) => write!(f, "remove {}", path.display()),
        }
    }
}

fn static_lib(target: &str) -> PathBuf {
    PathBuf::from(format!(
        "target/{target}/{}/libstegvis_ffi.a",
        crate::SHELL_PROFILE
    ))
}

fn headers(target: &str) -> PathBuf {
    PathBuf::from(format!("target/ios/headers/{target}"))
}

fn s(path: &Path) -> String {
    path.display().to_string()
}

/// Every step, in order. Paths are relative to the repository root.
pub(crate) fn plan() -> Vec<Step> {
    let bindings = PathBuf::from("target/ios/bindings");
    // Read the bindings from an unstripped library: the shipped profile strips the
    // UniFFI metadata bindgen reads. The Mac's dylib of the release profile keeps it.
    let unstripped = PathBuf::from("target/aarch64-apple-darwin/release/libstegvis_ffi.dylib");
    let sources = vec![
        PathBuf::from("Cargo.toml"),
        PathBuf::from("Cargo.lock"),
        PathBuf::from("core"),
        PathBuf::from("bindings"),
    ];
    let mut steps = vec![Step {
        what: "add the Apple targets to the Rust toolchain",
        action: Action::Run {
            program: "rustup".into(),
            args: ["target", "add"]
                .into_iter()
                .chain(TARGETS)
                .map(String::from)
                .collect(),
        },
        env: vec![],
        inputs: vec![],
        outputs: vec![],
    }];
    for target in TARGETS {
        let mut env = vec![("IPHONEOS_DEPLOYMENT_TARGET", IOS_DEPLOYMENT.to_owned())];
        env.push(("MACOSX_DEPLOYMENT_TARGET", MACOS_DEPLOYMENT.to_owned()));
        steps.push(Step {
            what: "build the core as a static library (the shipped, small profile)",
            action: Action::Run {
                program: "cargo".into(),
                args: [
                    "rustc",
                    "--locked",
                    "--package",
                    "stegvis-ffi",
                    "--profile",
                    crate::SHELL_PROFILE,
                    "--target",
                    target,
                    "--crate-type",
                    "staticlib",
                ]
                .map(String::from)
                .to_vec(),
            },
            env,
            inputs: sources.clone(),
            outputs: vec![static_lib(target)],
        });
    }
    steps.push(Step {
        what: "build the Mac's library unstripped, to read the bindings from",
        action: Action::Run {
            program: "cargo".into(),
            args: [
                "build",
                "--locked",
                "--release",
                "--package",
                "stegvis-ffi",
                "--target",
                "aarch64-apple-darwin",
            ]
            .map(String::from)
            .to_vec(),
        },
        env: vec![("MACOSX_DEPLOYMENT_TARGET", MACOS_DEPLOYMENT.to_owned())],
        inputs: sources.clone(),
        outputs: vec![unstripped.clone()],
    });
    steps.push(Step {
        what: "build UniFFI's bindgen for this machine",
        action: Action::Run {
            program: "cargo".into(),
            args: ["build", "--locked", "--package", "uniffi-bindgen"]
                .map(String::from)
                .to_vec(),
        },
        env: vec![],
        inputs: vec![PathBuf::from("uniffi-bindgen")],
        outputs: vec![PathBuf::from("target/debug/uniffi-bindgen")],
    });
    steps.push(Step {
        what: "generate the Swift bindings, C header and modulemap",
        action: Action::Run {
            program: "target/debug/uniffi-bindgen".into(),
            args: vec![
                "generate".into(),
                "--library".into(),
                s(&unstripped),
                "--language".into(),
                "swift".into(),
                "--no-format".into(),
                "--out-dir".into(),
                s(&bindings),
            ],
        },
        env: vec![],
        inputs: vec![
            PathBuf::from("target/debug/uniffi-bindgen"),
            unstripped,
            PathBuf::from("core/uniffi.toml"),
        ],
        outputs: vec![
            bindings.join("StegvisCore.swift"),
            bindings.join("StegvisCoreFFI.h"),
            bindings.join("StegvisCoreFFI.modulemap"),
        ],
    });
    // xcodebuild wants each library's headers in a folder of their own with the
    // modulemap named `module.modulemap`.
    for target in TARGETS {
        let dir = headers(target);
        steps.push(Step {
            what: "place the C header for one library",
            action: Action::Copy {
                from: bindings.join("StegvisCoreFFI.h"),
                to: dir.join("StegvisCoreFFI.h"),
            },
            env: vec![],
            inputs: vec![bindings.join("StegvisCoreFFI.h")],
            outputs: vec![dir.join("StegvisCoreFFI.h")],
        });
        steps.push(Step {
            what: "place the modulemap for one library",
            action: Action::Copy {
                from: bindings.join("StegvisCoreFFI.modulemap"),
                to: dir.join("module.modulemap"),
            },
            env: vec![],
            inputs: vec![bindings.join("StegvisCoreFFI.modulemap")],
            outputs: vec![dir.join("module.modulemap")],
        });
    }
    steps.push(Step {
        what: "remove the XCFramework of an earlier run (xcodebuild will not overwrite)",
        action: Action::Remove(PathBuf::from(XCFRAMEWORK)),
        env: vec![],
        inputs: vec![],
        outputs: vec![],
    });
    let mut args = vec!["-create-xcframework".to_owned()];
    let mut inputs = vec![];
    for target in TARGETS {
        args.extend(["-library".into(), s(&static_lib(target))]);
        args.extend(["-headers".into(), s(&headers(target))]);
        inputs.extend([
            static_lib(target),
            headers(target).join("StegvisCoreFFI.h"),
            headers(target).join("module.modulemap"),
        ]);
    }
    args.extend(["-output".into(), XCFRAMEWORK.into()]);
    steps.push(Step {
        what: "assemble the XCFramework (phone, simulator, Mac)",
        action: Action::Run {
            program: "xcodebuild".into(),
            args,
        },
        env: vec![],
        inputs,
        outputs: vec![PathBuf::from(XCFRAMEWORK)],
    });
    steps.push(Step {
        what: "put the Swift bindings in StegvisKit's StegvisCore target",
        action: Action::Copy {
            from: bindings.join("StegvisCore.swift"),
            to: PathBuf::from(SWIFT_SOURCE),
        },
        env: vec![],
        inputs: vec![bindings.join("StegvisCore.swift")],
        outputs: vec![PathBuf::from(SWIFT_SOURCE)],
    });
    steps
}

/// Every input is in the repository or made by an earlier step, every target is built
/// and placed, and the outputs are where `Package.swift` expects them.
pub(crate) fn check_plan(root: &Path, steps: &[Step]) -> Result<(), String> {
    let mut made: Vec<PathBuf> = vec![];
    let mut problems = vec![];
    for (i, step) in steps.iter().enumerate() {
        for input in &step.inputs {
            if !made.contains(input) && !root.join(input).exists() {
                problems.push(format!(
                    "step {}: input {} is neither in the repository nor made before",
                    i + 1,
                    input.display()
                ));
            }
        }
        made.extend(step.outputs.iter().cloned());
    }
    for target in TARGETS {
        if !made.contains(&static_lib(target)) {
            problems.push(format!("no step builds {target}"));
        }
    }
    let manifest = std::fs::read_to_string(root.join("ios/StegvisKit/Package.swift"))
        .map_err(|e| format!("read Package.swift: {e}"))?;
    let framework = Path::new(XCFRAMEWORK)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    if !manifest.contains(&format!("path: \"{framework}\"")) {
        problems.push(format!("Package.swift has no binary target at {framework}"));
    }
    if !manifest.contains("path: \"Sources/StegvisCore\"") {
        problems.push("Package.swift has no StegvisCore target at Sources/StegvisCore".into());
    }
    for wanted in [XCFRAMEWORK, SWIFT_SOURCE] {
        if !made.contains(&PathBuf::from(wanted)) {
            problems.push(format!("no step makes {wanted}"));
        }
    }
    let modulemap = root.join("target/bindings/swift/StegvisCoreFFI.modulemap");
    if let Ok(text) = std::fs::read_to_string(&modulemap) {
        if !text.contains("module StegvisCoreFFI") {
            problems.push("the generated modulemap does not name StegvisCoreFFI".into());
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// Prints the steps with their inputs and outputs; fails when the plan is incomplete.
pub(crate) fn dry_run() -> Result<(), String> {
    let root = crate::root();
    let steps = plan();
    for (i, step) in steps.iter().enumerate() {
        println!("{:>2}. {}", i + 1, step.what);
        let env: Vec<String> = step.env.iter().map(|(k, v)| format!("{k}={v} ")).collect();
        println!("    {}{}", env.concat(), step.action);
        for input in &step.inputs {
            let state = if root.join(input).exists() {
                "in the repository"
            } else {
                "made by an earlier step"
            };
            println!("    reads  {} ({state})", input.display());
        }
        for output in &step.outputs {
            println!("    makes  {}", output.display());
        }
    }
    check_plan(&root, &steps)?;
    println!(
        "xcframework: {} steps, every input accounted for (dry run: nothing was run)",
        steps.len()
    );
    Ok(())
}

/// Runs every step; needs a Mac with Xcode.
pub(crate) fn build() -> Result<(), String> {
    if !cfg!(target_os = "macos") {
        return Err("the XCFramework needs macOS with Xcode (xcodebuild); \
             `cargo xtask xcframework --dry-run` lists the steps here"
            .into());
    }
    let root = crate::root();
    let steps = plan();
    check_plan(&root, &steps)?;
    for step in &steps {
        eprintln!("xtask: {}", step.what);
        match &step.action {
            Action::Run { program, args } => {
                let program = if program.starts_with("target/") {
                    root.join(program).display().to_string()
                } else if program == "cargo" {
                    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
                } else {
                    program.clone()
                };
                let mut cmd = Command::new(program);
                cmd.args(args);
                for (k, v) in &step.env {
                    cmd.env(k, v);
                }
                crate::run(&mut cmd)?;
            }
            Action::Copy { from, to } => {
                if let Some(dir) = root.join(to).parent() {
                    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
                }
                std::fs::copy(root.join(from), root.join(to))
                    .map_err(|e| format!("copy {}: {e}", from.display()))?;
            }
            Action::Remove(path) => {
                let path = root.join(path);
                if path.exists() {
                    std::fs::remove_dir_all(&path)
                        .map_err(|e| format!("remove {}: {e}", path.display()))?;
                }
            }
        }
    }
    eprintln!("xtask: {XCFRAMEWORK} and {SWIFT_SOURCE} are ready");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plan_is_complete_against_the_repository() {
        check_plan(&crate::root(), &plan()).unwrap();
    }

    #[test]
    fn a_step_reading_what_nothing_made_is_caught() {
        let mut steps = plan();
        // Drop the bindgen step: the header copies then read what nothing made.
        steps.retain(|s| !s.what.starts_with("generate the Swift bindings"));
        let problems = check_plan(&crate::root(), &steps).unwrap_err();
        assert!(problems.contains("StegvisCoreFFI.h"), "{problems}");
    }

    #[test]
    fn every_target_becomes_a_library_of_the_xcframework() {
        let steps = plan();
        let assemble = steps
            .iter()
            .find(|s| matches!(&s.action, Action::Run { program, .. } if program == "xcodebuild"))
            .unwrap();
        let line = assemble.action.to_string();
        for target in TARGETS {
            assert!(line.contains(&format!("target/{target}/")), "{line}");
        }
        assert!(line.ends_with(XCFRAMEWORK));
    }
}
