//! `parallax eval-timeml`: TempEval-3 Task A scores of the temporal tagger.

use anyhow::Context;
use parallax::eval;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Command-line arguments.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// TimeML (.tml) or MEANTIME (.xml) files, or folders holding them.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// How many entries of each error group to print.
    #[arg(long, default_value_t = 15)]
    pub errors: usize,
    /// Print every error, one tab-separated line each (kind, file, DCT, gold text and value,
    /// system text and value, context), instead of the scores.
    #[arg(long)]
    pub list: bool,
    /// Print the scores as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Runs the subcommand.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let docs = eval::load_dir(&args.paths).context("reading the TimeML files")?;
    anyhow::ensure!(
        !docs.is_empty(),
        "no TimeML (.tml) or MEANTIME (.xml) files found in the given paths"
    );
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.list {
        for line in eval::error_lines(&docs) {
            writeln!(out, "{line}")?;
        }
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    let started = Instant::now();
    let scores = eval::score(&docs);
    let secs = started.elapsed().as_secs_f64();
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&scores)?)?;
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    let c = &scores.counts;
    writeln!(
        out,
        "{} files, {} gold expressions, {} found ({:.1} KB tagged in {:.0} ms)",
        c.files,
        c.gold,
        c.system,
        c.bytes as f64 / 1024.0,
        secs * 1000.0
    )?;
    writeln!(out, "                 precision  recall     F1")?;
    for (name, prf) in [("strict", scores.strict), ("relaxed", scores.relaxed)] {
        writeln!(
            out,
            "{name:<16} {:>9.3} {:>7.3} {:>6.3}",
            prf.precision, prf.recall, prf.f1
        )?;
    }
    writeln!(out, "value F1         {:>24.3}", scores.value_f1)?;
    writeln!(out, "type F1          {:>24.3}", scores.type_f1)?;
    writeln!(
        out,
        "value accuracy on found expressions: {:.3}",
        scores.value_accuracy
    )?;
    let unvalued = scores.counts.pairs - scores.counts.valued_pairs;
    if unvalued > 0 {
        writeln!(
            out,
            "{unvalued} found expressions have no gold value and count for span and type only"
        )?;
    }
    writeln!(out)?;
    writeln!(out, "by gold type (gold / found / right value):")?;
    for (k, (g, f, v)) in &scores.breakdown.by_type {
        writeln!(out, "  {k:<9} {g:>5} {f:>6} {v:>6}")?;
    }
    let b = &scores.breakdown;
    for (title, map) in [
        ("most often missed", &b.missed),
        ("most often found but not in the gold", &b.spurious),
        ("wrong values (text: gold → found)", &b.wrong_value),
        ("span differences (gold | found)", &b.span),
    ] {
        writeln!(out)?;
        writeln!(out, "{title}:")?;
        for (k, n) in eval::top(map, args.errors) {
            writeln!(out, "  {n:>4}  {k}")?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
