//! The only place user-facing text is made. Every string comes from
//! `core/locales/{en,nb,sv,da}/*.ftl` (Project Fluent), shared by every shell.

mod dates;
mod lang;
mod render;
mod shell;

pub(crate) use dates::capitalized;
pub use lang::Lang;
pub use render::{Args, Localizer};
pub use shell::{shell_text, SHELL_PREFIX};
