//! `parallax export`: render the whole timeline of some articles to a PNG or SVG image,
//! with no window or display.

use anyhow::Context;
use parallax::export::{render_timeline, ExportOptions, Format};
use parallax::ingest::ReadOptions;
use parallax::model::Article;
use parallax::timeline::LaneMode;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Lane choice on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lanes {
    /// One lane with every event.
    Merged,
    /// One lane per outlet.
    Sources,
    /// One lane per person or organisation.
    People,
    /// One lane per place.
    Places,
}

impl From<Lanes> for LaneMode {
    fn from(l: Lanes) -> Self {
        match l {
            Lanes::Merged => LaneMode::Merged,
            Lanes::Sources => LaneMode::Sources,
            Lanes::People => LaneMode::People,
            Lanes::Places => LaneMode::Places,
        }
    }
}

/// Command-line arguments.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output file; `.svg` writes SVG, anything else PNG.
    #[arg(short, long, default_value = "timeline.png")]
    pub output: PathBuf,
    /// Image width in points (CSS pixels).
    #[arg(long, default_value_t = 1600.0, value_parser = parse_width)]
    pub width: f32,
    /// Pixels per point for PNG (2 for a sharp image on high-density screens or print).
    #[arg(long, default_value_t = 1.0, value_parser = parse_scale)]
    pub scale: f32,
    /// How to split events into lanes.
    #[arg(long, value_enum, default_value_t = Lanes::Merged)]
    pub lanes: Lanes,
    /// Title printed above the timeline.
    #[arg(long)]
    pub title: Option<String>,
    /// Keep long empty stretches at their true length instead of shortening them.
    #[arg(long)]
    pub no_compress: bool,
    /// Article files or folders.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

fn parse_width(s: &str) -> Result<f32, String> {
    match s.parse::<f32>() {
        Ok(w) if (200.0..=16_384.0).contains(&w) => Ok(w),
        _ => Err("expected a width from 200 to 16384".to_string()),
    }
}

fn parse_scale(s: &str) -> Result<f32, String> {
    match s.parse::<f32>() {
        Ok(v) if v > 0.0 && v <= 8.0 => Ok(v),
        _ => Err("expected a scale above 0 and at most 8".to_string()),
    }
}

/// Files under `path`: the path itself, or the readable files of a folder, sorted.
fn expand(path: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .with_context(|| format!("cannot list {}", path.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.is_file()
                    && p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                        ["txt", "md", "markdown", "html", "htm"]
                            .iter()
                            .any(|x| e.eq_ignore_ascii_case(x))
                    })
            })
            .collect();
        entries.sort();
        out.extend(entries);
    } else {
        out.push(path.to_path_buf());
    }
    Ok(())
}

/// Reads every article, failing on the first unreadable file with its reason.
fn load(paths: &[PathBuf]) -> anyhow::Result<Vec<Article>> {
    let mut files = Vec::new();
    for p in paths {
        expand(p, &mut files)?;
    }
    if files.is_empty() {
        anyhow::bail!("no article files found");
    }
    let opts = ReadOptions::default();
    files
        .iter()
        .map(|f| parallax::ingest::read_file(f, &opts).map_err(anyhow::Error::from))
        .collect()
}

/// Runs the subcommand.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let articles = load(&args.paths)?;
    let analysis =
        parallax::analysis::analyze(&articles, &parallax::analysis::AnalysisOptions::default());
    let opts = ExportOptions {
        format: Format::from_path(&args.output),
        width: args.width,
        scale: args.scale,
        lanes: args.lanes.into(),
        title: args.title.clone(),
        compress: !args.no_compress,
    };
    let bytes = render_timeline(&analysis, &articles, &opts)?;
    std::fs::write(&args.output, &bytes)
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    eprintln!(
        "wrote {} ({} events, {} bytes)",
        args.output.display(),
        analysis.events.len(),
        bytes.len()
    );
    Ok(ExitCode::SUCCESS)
}
