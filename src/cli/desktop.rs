//! (Being written.)

use std::process::ExitCode;

/// Arguments of `install-desktop`.
#[derive(Debug, clap::Args)]
pub struct InstallArgs {}

/// Arguments of `uninstall-desktop`.
#[derive(Debug, clap::Args)]
pub struct UninstallArgs {}

/// Installs the desktop entry.
pub fn install(_args: InstallArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not available yet")
}

/// Removes the desktop entry.
pub fn uninstall(_args: UninstallArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not available yet")
}
