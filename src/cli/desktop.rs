//! `parallax install-desktop` and `parallax uninstall-desktop`: the desktop entry, icon and
//! file associations for the current user (see [`parallax::desktop`]).

use anyhow::Context;
use parallax::desktop::{self, Locations};
use std::process::ExitCode;

/// Arguments of `install-desktop`.
#[derive(Debug, clap::Args)]
pub struct InstallArgs {
    /// Only list what would be installed.
    #[arg(long)]
    dry_run: bool,
}

/// Arguments of `uninstall-desktop`.
#[derive(Debug, clap::Args)]
pub struct UninstallArgs {}

/// Installs this binary, the icon and the desktop entry into the user's folders.
pub fn install(args: InstallArgs) -> anyhow::Result<ExitCode> {
    let loc = Locations::from_env()?;
    let exe = std::env::current_exe().context("could not find the running program")?;
    let report = desktop::install(&loc, &exe, args.dry_run)?;
    let verb = if args.dry_run { "would write" } else { "wrote" };
    for f in &report.files {
        println!("{verb} {}", f.display());
    }
    for n in &report.notes {
        println!("note: {n}");
    }
    if !args.dry_run {
        println!(
            "Parallax is installed for this user. Open an article with it from your file \
             manager, or run `xdg-open FILE`. If {} is not on your PATH, add it.",
            loc.bin.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Removes what `install-desktop` installed.
pub fn uninstall(_args: UninstallArgs) -> anyhow::Result<ExitCode> {
    let loc = Locations::from_env()?;
    let report = desktop::uninstall(&loc)?;
    if report.files.is_empty() {
        println!("nothing to remove: Parallax was not installed for this user");
    }
    for f in &report.files {
        println!("removed {}", f.display());
    }
    for n in &report.notes {
        println!("note: {n}");
    }
    Ok(ExitCode::SUCCESS)
}
