# history: see core/src/l10n/render.rs for how files are loaded.
