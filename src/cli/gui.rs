//! Starting the desktop app. (Being written.)

use std::path::PathBuf;
use std::process::ExitCode;

/// Opens the workbench with `files` loaded (the demo corpus when empty).
pub fn run(_files: Vec<PathBuf>) -> anyhow::Result<ExitCode> {
    anyhow::bail!("the desktop app is not available yet")
}
