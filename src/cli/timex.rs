//! `parallax timex`: the temporal expressions of one file as JSON lines.

use anyhow::Context;
use chrono::NaiveDate;
use parallax::ingest::{self, ReadOptions};
use parallax::model::CharIndex;
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Command-line arguments.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Document creation date (YYYY-MM-DD) to resolve relative dates against; by default the
    /// publication date found in the article.
    #[arg(long, value_parser = parse_date)]
    pub dct: Option<NaiveDate>,
    /// The article file.
    pub file: PathBuf,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("'{s}' is not a date like 2024-06-19"))
}

#[derive(Serialize)]
struct Line<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    value: &'a str,
    #[serde(rename = "mod")]
    modifier: Option<&'a str>,
}

/// Runs the subcommand.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let article = ingest::read_file(&args.file, &ReadOptions::default())
        .with_context(|| format!("could not read {}", args.file.display()))?;
    let dct = args
        .dct
        .or_else(|| article.meta.published.as_ref().map(|f| f.value.date));
    // Byte ranges of `article.text` with what was found there: the headline's expressions
    // (when it stands in the file as written) and the body's, in file order.
    let mut found: Vec<(std::ops::Range<usize>, parallax::model::Timex)> = Vec::new();
    if let Some(span) = article.meta.title.as_ref().and_then(|title| {
        let span = title.span.clone()?;
        (article.text.get(span.clone()) == Some(title.value.as_str())).then_some(span)
    }) {
        for t in parallax::temporal::tag(&article.text[span.clone()], dct) {
            found.push((span.start + t.span.start..span.start + t.span.end, t));
        }
    }
    for t in parallax::temporal::tag(&article.body, dct) {
        found.push((article.map.to_text(t.span.clone()), t));
    }
    found.sort_by_key(|(span, _)| (span.start, span.end));
    found.dedup_by_key(|(span, _)| span.start);
    let chars = CharIndex::new(&article.text);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (span, t) in &found {
        let line = Line {
            start: chars.char_offset(span.start),
            end: chars.char_offset(span.end),
            text: &article.text[span.clone()],
            kind: t.kind.as_str(),
            value: &t.value,
            modifier: t.modifier.as_deref(),
        };
        writeln!(out, "{}", serde_json::to_string(&line)?)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
