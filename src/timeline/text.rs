//! GUI-free text measurement with the embedded font, so the widget, the SVG and the PNG
//! all reserve the same room for every label.
//!
//! The font is egui's default proportional face (Ubuntu Light from `epaint_default_fonts`),
//! read with `skrifa` — the same font reader egui and resvg use. Widths are the sum of
//! the glyphs' advance widths at the requested size (em size, which is what egui's font
//! size means); kerning is ignored, which errs on the side of a label a hair too wide.

use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};
use std::sync::OnceLock;

/// The font bytes every renderer uses.
pub const FONT_BYTES: &[u8] = epaint_default_fonts::UBUNTU_LIGHT;

/// The font's family name in its name table (the face is the 300 "light" weight), as
/// looked up by resvg.
pub const FONT_FAMILY: &str = "Ubuntu";

/// Characters below this code point have their advance cached in a table.
const TABLE_LEN: usize = 0x2500;

/// Advance of a character the font lacks, in em (egui would fall back to another face).
const MISSING_ADVANCE_EM: f32 = 0.6;

/// Advance widths in em of the first [`TABLE_LEN`] code points, and the vertical metrics.
struct Metrics {
    advances: Vec<f32>,
    ascent_em: f32,
    descent_em: f32,
}

fn metrics() -> &'static Metrics {
    static METRICS: OnceLock<Metrics> = OnceLock::new();
    METRICS.get_or_init(|| match FontRef::new(FONT_BYTES) {
        Ok(font) => {
            let charmap = font.charmap();
            let glyphs = font.glyph_metrics(Size::unscaled(), LocationRef::default());
            let m = font.metrics(Size::unscaled(), LocationRef::default());
            let upem = f32::from(m.units_per_em.max(1));
            let advances = (0..TABLE_LEN as u32)
                .map(|c| {
                    charmap
                        .map(c)
                        .and_then(|g| glyphs.advance_width(g))
                        .map_or(MISSING_ADVANCE_EM, |w| w / upem)
                })
                .collect();
            Metrics {
                advances,
                ascent_em: m.ascent / upem,
                descent_em: -m.descent / upem,
            }
        }
        // The font is compiled in; failing to parse it is a build defect, but measuring
        // must still not panic: fall back to a fixed pitch.
        Err(_) => Metrics {
            advances: vec![MISSING_ADVANCE_EM; TABLE_LEN],
            ascent_em: 0.93,
            descent_em: 0.2,
        },
    })
}

/// Width in points of `text` set in the embedded font at `size` points.
pub fn text_width(text: &str, size: f32) -> f32 {
    em_width(text.chars()) * size
}

/// Width of the concatenation of `parts`, without building it: the same sum over the same
/// characters in the same order as [`text_width`], so the result is bit for bit identical.
/// The layout measures the many cluster labels this way and only writes out those placed.
pub fn text_width_of(parts: &[&str], size: f32) -> f32 {
    em_width(parts.iter().flat_map(|p| p.chars())) * size
}

/// Sum of the advances of `chars`, in ems.
fn em_width(chars: impl Iterator<Item = char>) -> f32 {
    let m = metrics();
    chars
        .map(|c| {
            m.advances
                .get(c as usize)
                .copied()
                .unwrap_or(MISSING_ADVANCE_EM)
        })
        .sum()
}

/// Distance from the baseline to the top of tall glyphs, in points at `size`.
pub fn ascent(size: f32) -> f32 {
    metrics().ascent_em * size
}

/// Distance from the baseline to the bottom of descenders, in points at `size`.
pub fn descent(size: f32) -> f32 {
    metrics().descent_em * size
}

/// `text` cut to fit `max_width` points at `size`, ending in "…" when cut.
pub fn truncate(text: &str, size: f32, max_width: f32) -> String {
    if text_width(text, size) <= max_width {
        return text.to_string();
    }
    let ellipsis = text_width("…", size);
    let mut out = String::new();
    let mut w = 0.0;
    for c in text.chars() {
        let cw = text_width(c.encode_utf8(&mut [0; 4]), size);
        if w + cw + ellipsis > max_width {
            break;
        }
        w += cw;
        out.push(c);
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn width_of_parts_equals_width_of_the_whole() {
        for parts in [
            &["17", " events · ", "Jun 2024"][..],
            &["3", " events · ", "1 Jun 2024", " – ", "9 Jun 2024"],
            &[],
            &["", "Ünïcode ✓ 中文", ""],
        ] {
            let whole: String = parts.concat();
            assert_eq!(
                text_width_of(parts, 12.0).to_bits(),
                text_width(&whole, 12.0).to_bits(),
                "{whole:?}"
            );
        }
    }

    #[test]
    fn widths_scale_with_size_and_length() {
        let a = text_width("2019", 12.0);
        assert!(a > 10.0 && a < 40.0, "{a}");
        assert!((text_width("2019", 24.0) - 2.0 * a).abs() < 1e-3);
        assert!(text_width("Vladivostok summit", 12.0) > text_width("Vladivostok", 12.0));
        // A proportional face: "i" is narrower than "W".
        assert!(text_width("i", 12.0) < text_width("W", 12.0));
    }

    #[test]
    fn truncation_fits_and_marks_the_cut() {
        let long = "Putin and Kim sign a comprehensive strategic partnership treaty";
        let t = truncate(long, 12.0, 120.0);
        assert!(t.ends_with('…'));
        assert!(text_width(&t, 12.0) <= 120.0);
        assert_eq!(truncate("short", 12.0, 120.0), "short");
    }

    #[test]
    fn vertical_metrics_are_plausible() {
        assert!(ascent(10.0) > 7.0 && ascent(10.0) < 11.0);
        assert!(descent(10.0) > 0.5 && descent(10.0) < 4.0);
    }
}
