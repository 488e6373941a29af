//! `export`, `import` and `erase`: the person's data, theirs to take, move and delete.
//! Passphrases are typed without echo (or taken from `STEGVIS_PASSPHRASE` for
//! scripts) and never printed.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::Args as ClapArgs;
use stegvis_core::l10n::Args;
use stegvis_core::{Localizer, StegvisError};
use zeroize::Zeroizing;

use crate::args::Cli;
use crate::context::{self, Ctx};
use crate::failure::Failure;
use crate::output;

/// The environment variable scripts pass a passphrase in.
const PASSPHRASE_ENV: &str = "STEGVIS_PASSPHRASE";

#[derive(Debug, ClapArgs)]
pub struct ExportArgs {
    /// The file to write (encrypted), or with --readable the folder for the files.
    #[arg(long)]
    pub out: PathBuf,
    /// Write readable JSON and CSV files instead (NOT encrypted).
    #[arg(long)]
    pub readable: bool,
}

#[derive(Debug, ClapArgs)]
pub struct ImportArgs {
    /// The encrypted export to restore into the (empty) data folder.
    pub file: PathBuf,
}

#[derive(Debug, ClapArgs)]
pub struct EraseArgs {
    /// Erase without asking (for scripts).
    #[arg(long)]
    pub yes: bool,
}

fn path_text(path: &Path) -> Result<String, Failure> {
    path.to_str()
        .map(str::to_owned)
        .ok_or(Failure::Core(StegvisError::InvalidInput {
            field: stegvis_core::Field::ExportPath,
            reason: stegvis_core::InvalidReason::Malformed,
        }))
}

/// The passphrase from the environment, else typed without echo (twice to export).
fn passphrase(loc: &Localizer, twice: bool) -> Result<Zeroizing<String>, Failure> {
    if let Ok(text) = std::env::var(PASSPHRASE_ENV) {
        return Ok(Zeroizing::new(text));
    }
    // Without a terminal nobody can type one: say so rather than wait on nothing.
    if !std::io::stdin().is_terminal() {
        return Err(Failure::Said(Said::NEEDS_PASSPHRASE));
    }
    let ask = |id: &str| {
        rpassword::prompt_password(format!("{} ", loc.t(id)))
            .map(Zeroizing::new)
            .map_err(|_| Failure::Said(Said::NEEDS_PASSPHRASE))
    };
    let first = ask("cli-passphrase-prompt")?;
    if twice && ask("cli-passphrase-again")? != first {
        return Err(Failure::Said(Said::PASSPHRASE_MISMATCH));
    }
    Ok(first)
}

/// `export --out FILE` or `export --readable --out DIR`.
pub fn export(ctx: &Ctx, args: ExportArgs) -> Result<(), Failure> {
    let out = path_text(&args.out)?;
    if args.readable {
        let result = ctx.companion.export_readable(out)?;
        if ctx.json {
            return output::json(&result);
        }
        println!("{}", ctx.style.bold(&result.warning));
        println!(
            "{}",
            ctx.loc.ta(
                "cli-readable-done",
                &Args::new().text("dir", result.dir.clone())
            )
        );
        for file in &result.files {
            println!("  {file}");
        }
        return Ok(());
    }
    let secret = passphrase(&ctx.loc, true)?;
    // The core wipes its copy; `secret` wipes itself when dropped.
    let summary = ctx.companion.export_encrypted(out, (*secret).clone())?;
    if ctx.json {
        return output::json(&summary);
    }
    println!(
        "{}",
        ctx.loc.ta(
            "cli-export-done",
            &Args::new()
                .text("path", summary.path.clone())
                .num("records", summary.records as i64)
        )
    );
    if summary.unreadable > 0 {
        println!(
            "{}",
            ctx.loc.ta(
                "cli-export-unreadable",
                &Args::new().num("count", i64::from(summary.unreadable))
            )
        );
    }
    println!("{}", ctx.style.dim(&ctx.loc.t("cli-passphrase-remember")));
    Ok(())
}

/// `import FILE`: into the data folder, which must be empty. Opens nothing before.
pub fn import(cli: &Cli, args: &ImportArgs, loc: &Localizer) -> Result<(), Failure> {
    let dir = cli
        .data_dir
        .clone()
        .unwrap_or_else(context::default_data_dir);
    // Refuse a non-Unicode folder the same way opening it would.
    context::open_config(&dir, loc.lang())?;
    let secret = passphrase(loc, false)?;
    let records = stegvis_core::import_file(
        &dir,
        context::key_manager(&dir).as_ref(),
        &args.file,
        &secret,
    )?;
    if cli.json {
        return output::json(&serde_json::json!({
            "data_dir": dir.display().to_string(),
            "records": records,
        }));
    }
    println!(
        "{}",
        loc.ta(
            "cli-import-done",
            &Args::new()
                .num("records", records as i64)
                .text("dir", dir.display().to_string())
        )
    );
    Ok(())
}

/// `erase`: the person types the word shown in their language, or `--yes`.
pub fn erase(ctx: &Ctx, args: &EraseArgs) -> Result<(), Failure> {
    let dir = ctx.companion.data_dir().display().to_string();
    if !args.yes {
        if !std::io::stdin().is_terminal() {
            return Err(Failure::Said(Said::ERASE_NEEDS_CONFIRM));
        }
        let word = ctx.loc.t("cli-erase-word");
        println!(
            "{}",
            ctx.loc
                .ta("cli-erase-explain", &Args::new().text("dir", dir.clone()))
        );
        print!(
            "{} ",
            ctx.style.bold(
                &ctx.loc
                    .ta("cli-erase-prompt", &Args::new().text("word", word.clone()))
            )
        );
        std::io::stdout().flush().map_err(|_| Failure::Io)?;
        let mut typed = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut typed)
            .map_err(|_| Failure::Io)?;
        if !ctx.companion.confirms_erase(typed) {
            return Err(Failure::Said(Said::ERASE_CANCELLED));
        }
    }
    ctx.companion.erase_everything()?;
    if ctx.json {
        return output::json(&serde_json::json!({ "erased": true, "data_dir": dir }));
    }
    println!(
        "{}",
        ctx.loc.ta("cli-erase-done", &Args::new().text("dir", dir))
    );
    Ok(())
}

/// A refusal of the terminal's own: a sentence, and for scripts a kind and field.
#[derive(Debug, Clone, Copy)]
pub struct Said {
    pub id: &'static str,
    pub kind: &'static str,
    pub field: Option<&'static str>,
    /// Why `field` is refused, for scripts (`missing`, `ambiguous`).
    pub reason: &'static str,
    pub exit: u8,
}

impl Said {
    const NEEDS_PASSPHRASE: Said = Said {
        id: "cli-passphrase-needs-terminal",
        kind: "invalid-input",
        field: Some("passphrase"),
        reason: "missing",
        exit: 2,
    };
    const PASSPHRASE_MISMATCH: Said = Said {
        id: "cli-passphrase-mismatch",
        kind: "invalid-input",
        field: Some("passphrase"),
        reason: "missing",
        exit: 2,
    };
    const ERASE_NEEDS_CONFIRM: Said = Said {
        id: "cli-erase-needs-terminal",
        kind: "invalid-input",
        field: Some("yes"),
        reason: "missing",
        exit: 2,
    };
    /// `report` with neither `--out` nor `--json`: say how to get a report.
    pub const REPORT_NEEDS_OUT: Said = Said {
        id: "cli-report-needs-out",
        kind: "invalid-input",
        field: Some("out"),
        reason: "missing",
        exit: 2,
    };
    /// `report --out FILE` when FILE is already there and `--force` was not given.
    pub const REPORT_FILE_EXISTS: Said = Said {
        id: "cli-report-file-exists",
        kind: "invalid-input",
        field: Some("out"),
        reason: "duplicate",
        exit: 2,
    };
    /// `share ... --to NAME` when more than one person has that name.
    pub const NAME_AMBIGUOUS: Said = Said {
        id: "cli-share-name-ambiguous",
        kind: "invalid-input",
        field: Some("supporter"),
        reason: "ambiguous",
        exit: 2,
    };
    const ERASE_CANCELLED: Said = Said {
        id: "cli-erase-cancelled",
        kind: "cancelled",
        field: None,
        reason: "missing",
        exit: 1,
    };
}
