//! `parallax analyze`: read articles, analyse them, print a report or JSON.

use anyhow::Context as _;
use parallax::analysis::{self, AnalysisOptions};
use parallax::ingest::{self, ReadOptions};
use parallax::report::{FileError, Report};
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Command-line arguments.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Article files or folders (folders are read recursively).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Print one JSON document (schema: docs/json-schema.md) instead of the readable report.
    #[arg(long)]
    pub json: bool,
    /// Print timing, throughput and peak memory to standard error.
    #[arg(long)]
    pub stats: bool,
    /// Refuse files larger than this many megabytes.
    #[arg(long, default_value_t = 32)]
    pub max_file_mb: u64,
}

/// Runs the subcommand. Exit status: 0 all read, 1 some files failed.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let start = Instant::now();
    let opts = ReadOptions {
        max_file_bytes: args.max_file_mb.saturating_mul(1024 * 1024),
    };
    let loaded = ingest::load_all(&args.paths, &opts);
    let read_time = start.elapsed();
    let analysis = analysis::analyze(&loaded.articles, &AnalysisOptions::default());
    let analysis_time = start.elapsed() - read_time;
    let errors: Vec<FileError> = loaded
        .errors
        .iter()
        .map(|e| FileError {
            path: e.path.display().to_string(),
            message: e.message.clone(),
        })
        .collect();
    let failed = !errors.is_empty();
    let report = Report::new(&loaded.articles, errors, &analysis);
    let output = if args.json {
        report.to_json()
    } else {
        report.to_text()
    };
    let total = start.elapsed();
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{output}").context("could not write the report")?;
    if args.stats {
        let bytes: usize = loaded.articles.iter().map(|a| a.text.len()).sum();
        let events = analysis.events.len();
        let mb = bytes as f64 / 1_000_000.0;
        eprintln!(
            "articles: {} read, {} failed; {:.2} MB of text",
            loaded.articles.len(),
            report.errors.len(),
            mb
        );
        eprintln!(
            "time: read {:.0} ms, analyse {:.0} ms, total with report {:.0} ms ({:.1} MB/s) on {} threads",
            read_time.as_secs_f64() * 1000.0,
            analysis_time.as_secs_f64() * 1000.0,
            total.as_secs_f64() * 1000.0,
            mb / total.as_secs_f64().max(1e-9),
            rayon::current_num_threads()
        );
        eprintln!(
            "found: {} date expressions, {} events, {} discrepancies",
            analysis
                .articles
                .iter()
                .map(|a| a.timexes.len())
                .sum::<usize>(),
            events,
            analysis.discrepancies.len()
        );
        match peak_memory_mb() {
            Some(peak) => eprintln!("peak memory: {peak:.0} MB"),
            None => eprintln!("peak memory: not available on this system"),
        }
    }
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Peak resident memory of this process (Linux: VmHWM), in megabytes.
fn peak_memory_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}
