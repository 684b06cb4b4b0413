//! (Being written.)

use std::process::ExitCode;

/// Command-line arguments.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Input paths.
    pub paths: Vec<std::path::PathBuf>,
}

/// Runs the subcommand.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not available yet")
}
