//! The `parallax` binary: a thin shell over the core library. With no subcommand it opens
//! the desktop workbench; subcommands run the analysis from the command line.
#![cfg_attr(
    all(not(debug_assertions), target_os = "windows"),
    windows_subsystem = "windows"
)]

mod cli;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Compare news coverage of one story across outlets.
#[derive(Debug, Parser)]
#[command(name = "parallax", version = parallax::demo::VERSION_LINE, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Article files or folders to open in the app.
    files: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Read and analyse articles; print a report (or JSON with --json).
    Analyze(cli::analyze::Args),
    /// Print the temporal expressions of one file as JSON lines.
    Timex(cli::timex::Args),
    /// Score the temporal tagger on TimeML (.tml) or MEANTIME (.xml) files, TempEval-3 style.
    EvalTimeml(cli::eval::Args),
    /// Render the timeline of some articles to a PNG or SVG image.
    Export(cli::export::Args),
    /// Install the desktop entry, icon and file associations for this user.
    InstallDesktop(cli::desktop::InstallArgs),
    /// Remove what install-desktop installed.
    UninstallDesktop(cli::desktop::UninstallArgs),
}

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return if err.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let result = match cli.command {
        Some(Command::Analyze(args)) => cli::analyze::run(args),
        Some(Command::Timex(args)) => cli::timex::run(args),
        Some(Command::EvalTimeml(args)) => cli::eval::run(args),
        Some(Command::Export(args)) => cli::export::run(args),
        Some(Command::InstallDesktop(args)) => cli::desktop::install(args),
        Some(Command::UninstallDesktop(args)) => cli::desktop::uninstall(args),
        #[cfg(feature = "gui")]
        None => cli::gui::run(cli.files, started),
        #[cfg(not(feature = "gui"))]
        None => {
            let _ = (cli.files, started);
            Err(anyhow::anyhow!(
                "built without the `gui` feature: give a subcommand (see --help)"
            ))
        }
    };
    match result {
        Ok(code) => code,
        // `parallax eval-timeml --list | head`: the reader has what it wanted.
        Err(err) if is_closed_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("parallax: {err:#}");
            ExitCode::from(1)
        }
    }
}

/// True when the error is standard output closed by the program reading it.
fn is_closed_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
