//! One file per subcommand; each exposes `Args` (clap) and `run`.

pub mod analyze;
pub mod desktop;
pub mod eval;
pub mod export;
#[cfg(feature = "gui")]
pub mod gui;
pub mod timex;
