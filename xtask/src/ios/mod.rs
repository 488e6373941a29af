//! The iOS shell's checks that run without a Mac (`cargo xtask ios`, part of
//! `cargo xtask test`): its Swift parses with a real Swift grammar, every use of the
//! generated API matches it, `project.yml` is valid, the XCFramework plan is complete,
//! every shell text id exists in every language, both phones have the same routes,
//! and the String Catalog is current.
//! What only Xcode can do (compile, link, run the XCTests) is done on a Mac: see the
//! README's "Building on a Mac".

pub(crate) mod catalog;
mod parity;
mod shell_text;
mod venv;
pub(crate) mod xcframework;

use std::process::Command;

/// Every check, in the order a mistake is cheapest to read.
pub(crate) fn check() -> Result<(), String> {
    let root = crate::root();
    let generated = root.join("target/bindings/swift/StegvisCore.swift");
    if !generated.exists() {
        crate::bindings(false)?;
    }
    let python = venv::ready()?;
    let checker = root.join("ios/checks/swift_check.py");
    let swift = |args: &[&str]| -> Result<(), String> {
        crate::run(Command::new(&python).arg(&checker).args(args))
    };
    let generated = generated.display().to_string();
    // The checker itself must catch every seeded mistake, or its silence means nothing.
    swift(&["selftest", &generated])?;
    swift(&["parse", "ios"])?;
    swift(&["check", &generated, "ios/Stegvis", "ios/StegvisKit"])?;
    project_yml(&python)?;
    swift(&["project", "ios/Stegvis/project.yml"])?;
    xcframework::dry_run()?;
    parity::check()?;
    shell_text::check()?;
    catalog::run(true)
}

/// `project.yml` against the schema, and a seeded broken one that must be refused.
fn project_yml(python: &std::path::Path) -> Result<(), String> {
    let schema = "ios/checks/xcodegen-project.schema.json";
    let validate = |file: &str| {
        let mut cmd = Command::new(python);
        cmd.args(["-m", "check_jsonschema", "--schemafile", schema, file]);
        cmd
    };
    crate::run(&mut validate("ios/Stegvis/project.yml"))?;
    let broken = validate("ios/checks/seeded/project-broken.yml")
        .current_dir(crate::root())
        .output()
        .map_err(|e| format!("could not run check-jsonschema: {e}"))?;
    if broken.status.success() {
        return Err("the schema accepted ios/checks/seeded/project-broken.yml".into());
    }
    eprintln!("xtask: the seeded broken project.yml was refused, as it must be");
    Ok(())
}
