//! Colours and sizes shared by the widget and the exporters.
//!
//! Source colours come from the Okabe–Ito palette, which stays distinguishable with the
//! common colour-vision deficiencies. Vermillion is kept out of the source palette: it
//! marks discrepancies only, and discrepancies are also marked by shape, not colour alone.

/// An sRGB colour with straight (not premultiplied) alpha.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgba {
    /// Red.
    pub r: u8,
    /// Green.
    pub g: u8,
    /// Blue.
    pub b: u8,
    /// Alpha, 255 = opaque.
    pub a: u8,
}

impl Rgba {
    /// An opaque colour.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Rgba { r, g, b, a: 255 }
    }

    /// The same colour with alpha `a`.
    pub const fn with_alpha(self, a: u8) -> Self {
        Rgba { a, ..self }
    }

    /// `#rrggbb` for SVG (alpha goes in a separate opacity attribute).
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    /// Alpha as 0.0–1.0.
    pub fn opacity(self) -> f32 {
        f32::from(self.a) / 255.0
    }
}

/// Colours for sources, in the order sources are numbered (colour-blind safe).
pub const SOURCE_PALETTE: [Rgba; 7] = [
    Rgba::rgb(0x00, 0x72, 0xB2), // blue
    Rgba::rgb(0xE6, 0x9F, 0x00), // orange
    Rgba::rgb(0x00, 0x9E, 0x73), // bluish green
    Rgba::rgb(0xCC, 0x79, 0xA7), // reddish purple
    Rgba::rgb(0x56, 0xB4, 0xE9), // sky blue
    Rgba::rgb(0x8C, 0x7A, 0x00), // dark yellow (yellow itself is unreadable on white)
    Rgba::rgb(0x55, 0x55, 0x55), // grey
];

/// The colour of source number `i` (wraps around after the palette).
pub fn source_color(i: usize) -> Rgba {
    SOURCE_PALETTE[i % SOURCE_PALETTE.len()]
}

/// Sizes and colours of everything the layout draws, in points.
#[derive(Debug, Clone, PartialEq)]
pub struct Style {
    /// Background.
    pub background: Rgba,
    /// Axis line, ticks and primary text.
    pub ink: Rgba,
    /// Secondary text (context row, lane names, break labels).
    pub muted: Rgba,
    /// Lane separators and grid.
    pub rule: Rgba,
    /// Markers in the merged lane and lanes that are not sources.
    pub neutral: Rgba,
    /// Discrepancy marks.
    pub discrepancy: Rgba,
    /// Selection highlight.
    pub selection: Rgba,
    /// Fill of compressed gaps.
    pub break_fill: Rgba,
    /// Event label size.
    pub label_size: f32,
    /// Tick label size.
    pub tick_size: f32,
    /// Title size.
    pub title_size: f32,
    /// Height of one label row.
    pub row_height: f32,
    /// Radius of a point reported by one independent source.
    pub marker_radius: f32,
    /// Extra radius per additional independent source (square-root scaled).
    pub marker_growth: f32,
    /// Height of a band reported by one independent source.
    pub band_height: f32,
    /// Markers closer than this merge into a cluster.
    pub cluster_px: f32,
    /// Widest event label before it is cut with "…".
    pub max_label_width: f32,
    /// Outer margin.
    pub margin: f32,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            background: Rgba::rgb(0xff, 0xff, 0xff),
            ink: Rgba::rgb(0x22, 0x22, 0x22),
            muted: Rgba::rgb(0x6b, 0x6b, 0x6b),
            rule: Rgba::rgb(0xdd, 0xdd, 0xdd),
            neutral: Rgba::rgb(0x1f, 0x3a, 0x5f),
            discrepancy: Rgba::rgb(0xD5, 0x5E, 0x00),
            selection: Rgba::rgb(0x00, 0x72, 0xB2),
            break_fill: Rgba::rgb(0xf0, 0xf0, 0xf0),
            label_size: 12.0,
            tick_size: 11.0,
            title_size: 17.0,
            row_height: 17.0,
            marker_radius: 4.5,
            marker_growth: 2.0,
            band_height: 8.0,
            cluster_px: 7.0,
            max_label_width: 260.0,
            margin: 12.0,
        }
    }
}

impl Style {
    /// A style for dark backgrounds (the widget follows the app's theme).
    pub fn dark() -> Self {
        Style {
            background: Rgba::rgb(0x1b, 0x1b, 0x1b),
            ink: Rgba::rgb(0xe6, 0xe6, 0xe6),
            muted: Rgba::rgb(0xa0, 0xa0, 0xa0),
            rule: Rgba::rgb(0x3a, 0x3a, 0x3a),
            neutral: Rgba::rgb(0x9c, 0xc3, 0xe6),
            break_fill: Rgba::rgb(0x26, 0x26, 0x26),
            selection: Rgba::rgb(0x56, 0xB4, 0xE9),
            ..Style::default()
        }
    }

    /// Radius of a point reported by `n` independent sources.
    pub fn radius(&self, n: usize) -> f32 {
        self.marker_radius + self.marker_growth * ((n.max(1) as f32).sqrt() - 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn palette_is_distinct_and_avoids_the_discrepancy_colour() {
        let style = Style::default();
        for (i, a) in SOURCE_PALETTE.iter().enumerate() {
            assert_ne!(*a, style.discrepancy);
            for b in &SOURCE_PALETTE[i + 1..] {
                assert_ne!(a, b);
            }
        }
        assert_eq!(source_color(SOURCE_PALETTE.len()), source_color(0));
    }

    #[test]
    fn more_sources_bigger_marker() {
        let s = Style::default();
        assert!(s.radius(3) > s.radius(1));
        assert_eq!(s.radius(0), s.radius(1));
        assert_eq!(Rgba::rgb(0, 0x72, 0xb2).hex(), "#0072b2");
    }
}
