//! Timeline image export: SVG from the layout model, PNG rasterised with resvg.
//!
//! An export shows the WHOLE timeline (not just what a window shows), with a title and a
//! legend of sources, at a chosen width and pixel scale. No window or GPU is involved and
//! no system font is read, so the same input and settings give the same bytes.

pub mod png;
pub mod svg;

use crate::model::{Analysis, Article};
use crate::timeline::{self, LaneMode, Style, View};

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The requested size is impossible or too large.
    #[error("the image size is not possible: {0}")]
    BadSize(String),
    /// The SVG could not be rasterised.
    #[error("the timeline could not be drawn: {0}")]
    Render(String),
    /// The PNG could not be encoded.
    #[error("the PNG could not be written: {0}")]
    Encode(String),
}

/// Image format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// Scalable vector graphics, font embedded.
    Svg,
    /// PNG raster.
    #[default]
    Png,
}

impl Format {
    /// The format implied by a file name's extension (`.svg` → SVG, anything else PNG).
    pub fn from_path(path: &std::path::Path) -> Self {
        match path.extension().and_then(|e| e.to_str()) {
            Some(e) if e.eq_ignore_ascii_case("svg") => Format::Svg,
            _ => Format::Png,
        }
    }
}

/// What to export.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportOptions {
    /// SVG or PNG.
    pub format: Format,
    /// Width in points (CSS pixels); the height follows from the content.
    pub width: f32,
    /// Pixels per point for PNG (2.0 for a sharp image on a high-density screen or print).
    pub scale: f32,
    /// How events are split into lanes.
    pub lanes: LaneMode,
    /// Title at the top; `None` for none.
    pub title: Option<String>,
    /// Compress long empty stretches.
    pub compress: bool,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions {
            format: Format::Png,
            width: 1600.0,
            scale: 1.0,
            lanes: LaneMode::Merged,
            title: None,
            compress: true,
        }
    }
}

/// "10 events from 5 sources · 1961 – 20 Jun 2024 · 2 disagreements".
pub fn summary_line(analysis: &Analysis, data: &timeline::TimelineData) -> String {
    let n = data.items.len();
    let mut parts = vec![format!(
        "{n} event{} from {} source{}",
        if n == 1 { "" } else { "s" },
        data.sources.len(),
        if data.sources.len() == 1 { "" } else { "s" }
    )];
    if let (Some(first), Some(last)) = (
        data.items.first(),
        data.items.iter().max_by(|a, b| a.t1.total_cmp(&b.t1)),
    ) {
        if first.date_text == last.date_text {
            parts.push(first.date_text.clone());
        } else {
            parts.push(format!("{} – {}", first.date_text, last.date_text));
        }
    }
    let d = analysis.discrepancies.len();
    if d > 0 {
        parts.push(format!(
            "{d} point{} where sources disagree",
            if d == 1 { "" } else { "s" }
        ));
    }
    parts.join(" · ")
}

/// Lays out the whole timeline for export.
pub fn export_layout(
    analysis: &Analysis,
    articles: &[Article],
    opts: &ExportOptions,
) -> timeline::Layout {
    let style = Style::default();
    let data = timeline::TimelineData::new(analysis, articles, &style);
    let scale = data.scale(opts.compress);
    let lanes = data.lanes(opts.lanes);
    let view = View {
        lanes: opts.lanes,
        compress: opts.compress,
        title: opts.title.clone(),
        subtitle: Some(summary_line(analysis, &data)),
        ..View::export(opts.width)
    };
    timeline::layout(&data, &scale, &lanes, &view, &style)
}

/// Renders the whole timeline of `analysis` as SVG or PNG bytes.
pub fn render_timeline(
    analysis: &Analysis,
    articles: &[Article],
    opts: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    if !(opts.width.is_finite() && (200.0..=16_384.0).contains(&opts.width)) {
        return Err(ExportError::BadSize(format!(
            "width {} (200 to 16384 points)",
            opts.width
        )));
    }
    let layout = export_layout(analysis, articles, opts);
    match opts.format {
        Format::Svg => Ok(svg::render(&layout).into_bytes()),
        Format::Png => png::render(&layout, opts.scale),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::fixtures;

    #[test]
    fn render_timeline_gives_both_formats() {
        let a = fixtures::story();
        let svg = render_timeline(
            &a,
            &[],
            &ExportOptions {
                format: Format::Svg,
                title: Some("Putin and Pyongyang".into()),
                ..ExportOptions::default()
            },
        )
        .unwrap();
        let text = String::from_utf8(svg).unwrap();
        assert!(text.contains("Putin and Pyongyang"));
        assert!(text.contains("10 events from 4 sources"));
        let png = render_timeline(&a, &[], &ExportOptions::default()).unwrap();
        assert_eq!(&png[1..4], b"PNG");
        assert!(render_timeline(
            &a,
            &[],
            &ExportOptions {
                width: 10.0,
                ..ExportOptions::default()
            }
        )
        .is_err());
    }

    #[test]
    fn format_follows_extension() {
        assert_eq!(Format::from_path("a/timeline.SVG".as_ref()), Format::Svg);
        assert_eq!(Format::from_path("timeline.png".as_ref()), Format::Png);
        assert_eq!(Format::from_path("timeline".as_ref()), Format::Png);
    }
}

#[cfg(test)]
mod preview {
    /// Writes the fixture timeline to $PARALLAX_PREVIEW for eyeballing (not a check).
    #[test]
    fn write_preview_when_asked() {
        if let Ok(path) = std::env::var("PARALLAX_PREVIEW") {
            let opts = super::ExportOptions {
                title: Some("Russia and North Korea: a timeline".into()),
                lanes: std::env::var("PARALLAX_LANES")
                    .ok()
                    .and_then(|l| {
                        crate::timeline::LaneMode::ALL
                            .into_iter()
                            .find(|m| m.label().eq_ignore_ascii_case(&l))
                    })
                    .unwrap_or_default(),
                ..super::ExportOptions::default()
            };
            let bytes =
                super::render_timeline(&crate::timeline::fixtures::story(), &[], &opts).unwrap();
            std::fs::write(path, bytes).unwrap();
        }
    }
}
