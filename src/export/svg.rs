//! SVG from the layout model: the same primitives the widget paints.
//!
//! Text uses the embedded font. [`render`] embeds it as a `@font-face` data URI so the file
//! looks the same in any browser; the PNG path uses [`render_with`] without the embedded
//! copy because resvg is handed the font directly. Numbers are written with fixed precision
//! so the same layout always gives the same bytes.

use crate::timeline::layout::{LegendKind, MarkKind, TextAnchor, TextItem};
use crate::timeline::text::{FONT_BYTES, FONT_FAMILY};
use crate::timeline::{Layout, Rgba};
use std::fmt::Write;

/// The name the embedded copy is declared under, distinct from any installed "Ubuntu" so a
/// browser uses exactly the measured face.
const EMBEDDED_FAMILY: &str = "Parallax Ubuntu Light";

/// SVG writing options.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SvgOptions {
    /// Embed the font as a base64 `@font-face` (about 480 kB) so viewers without it match.
    pub embed_font: bool,
}

/// The layout as a standalone SVG document with the font embedded.
pub fn render(layout: &Layout) -> String {
    render_with(layout, SvgOptions { embed_font: true })
}

/// Escapes text for XML content and attributes.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && c != '\t' && c != '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Standard base64 (RFC 4648) with padding.
fn base64(data: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * k) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// `fill="#rrggbb"` plus `fill-opacity` when not opaque.
fn fill(c: Rgba) -> String {
    if c.a == 255 {
        format!("fill=\"{}\"", c.hex())
    } else {
        format!("fill=\"{}\" fill-opacity=\"{:.3}\"", c.hex(), c.opacity())
    }
}

/// `stroke="#rrggbb"` plus `stroke-opacity` when not opaque.
fn stroke(c: Rgba, w: f32) -> String {
    let mut s = format!("stroke=\"{}\" stroke-width=\"{w:.2}\"", c.hex());
    if c.a != 255 {
        let _ = write!(s, " stroke-opacity=\"{:.3}\"", c.opacity());
    }
    s
}

fn text(out: &mut String, t: &TextItem) {
    let anchor = match t.anchor {
        TextAnchor::Start => "start",
        TextAnchor::Middle => "middle",
        TextAnchor::End => "end",
    };
    let _ = writeln!(
        out,
        "<text x=\"{:.2}\" y=\"{:.2}\" font-size=\"{:.2}\" text-anchor=\"{anchor}\" {}>{}</text>",
        t.x,
        t.y,
        t.size,
        fill(t.color),
        esc(&t.text)
    );
}

/// The layout as SVG with the given options.
pub fn render_with(layout: &Layout, opts: SvgOptions) -> String {
    let st = &layout.style;
    let (w, h) = (layout.width, layout.height);
    let mut out = String::with_capacity(64 * 1024);
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w:.0}\" height=\"{h:.0}\" viewBox=\"0 0 {w:.0} {h:.0}\">"
    );
    if opts.embed_font {
        let _ = writeln!(
            out,
            "<style>@font-face {{ font-family: '{EMBEDDED_FAMILY}'; src: url(data:font/ttf;base64,{}) format('truetype'); }}</style>",
            base64(FONT_BYTES)
        );
    }
    let _ = writeln!(
        out,
        "<g font-family=\"'{EMBEDDED_FAMILY}', {FONT_FAMILY}, sans-serif\" font-weight=\"300\" stroke-linecap=\"round\">"
    );
    let _ = writeln!(
        out,
        "<rect x=\"0\" y=\"0\" width=\"{w:.0}\" height=\"{h:.0}\" {}/>",
        fill(st.background)
    );
    let (x0, x1) = (layout.map.x0, layout.map.x1);

    // Lane separators.
    for (i, lane) in layout.lanes.iter().enumerate() {
        if i + 1 < layout.lanes.len() {
            let _ = writeln!(
                out,
                "<line x1=\"{x0:.2}\" y1=\"{:.2}\" x2=\"{x1:.2}\" y2=\"{:.2}\" {}/>",
                lane.y1,
                lane.y1,
                stroke(st.rule, 1.0)
            );
        }
    }

    // Breaks: a shaded column through the lanes.
    for b in &layout.breaks {
        let _ = writeln!(
            out,
            "<rect x=\"{:.2}\" y=\"{:.2}\" width=\"{:.2}\" height=\"{:.2}\" {}/>",
            b.x0,
            layout.plot_top,
            (b.x1 - b.x0).max(0.0),
            (layout.axis_y - layout.plot_top).max(0.0),
            fill(st.break_fill)
        );
    }

    // Axis, interrupted at each break by a pair of slanted strokes.
    let mut from = x0;
    let ay = layout.axis_y;
    for b in &layout.breaks {
        if b.x0 > from {
            let _ = writeln!(
                out,
                "<line x1=\"{from:.2}\" y1=\"{ay:.2}\" x2=\"{:.2}\" y2=\"{ay:.2}\" {}/>",
                b.x0,
                stroke(st.ink, 1.2)
            );
        }
        for bx in [b.x0, b.x1] {
            let _ = writeln!(
                out,
                "<line x1=\"{:.2}\" y1=\"{:.2}\" x2=\"{:.2}\" y2=\"{:.2}\" {}/>",
                bx - 3.0,
                ay + 5.0,
                bx + 3.0,
                ay - 5.0,
                stroke(st.ink, 1.2)
            );
        }
        from = b.x1;
    }
    if x1 > from {
        let _ = writeln!(
            out,
            "<line x1=\"{from:.2}\" y1=\"{ay:.2}\" x2=\"{x1:.2}\" y2=\"{ay:.2}\" {}/>",
            stroke(st.ink, 1.2)
        );
    }
    for t in &layout.ticks {
        let len = if t.label.is_some() { 5.0 } else { 3.0 };
        let _ = writeln!(
            out,
            "<line x1=\"{:.2}\" y1=\"{ay:.2}\" x2=\"{:.2}\" y2=\"{:.2}\" {}/>",
            t.x,
            t.x,
            ay + len,
            stroke(st.ink, 1.0)
        );
    }

    // Leader lines under everything else.
    for l in &layout.labels {
        let (x, ya, yb) = l.leader;
        let _ = writeln!(
            out,
            "<line x1=\"{x:.2}\" y1=\"{ya:.2}\" x2=\"{x:.2}\" y2=\"{yb:.2}\" {}/>",
            stroke(st.muted.with_alpha(150), 0.8)
        );
    }

    for m in &layout.marks {
        if m.selected {
            ring(&mut out, m.x, m.y, m.r + 5.0, &m.kind, st.selection, 2.0);
        }
        if m.discrepancy {
            ring(&mut out, m.x, m.y, m.r + 2.5, &m.kind, st.discrepancy, 2.0);
        }
        match m.kind {
            MarkKind::Band { x0, x1 } => {
                let _ = writeln!(
                    out,
                    "<rect x=\"{x0:.2}\" y=\"{:.2}\" width=\"{:.2}\" height=\"{:.2}\" rx=\"2\" {} {}/>",
                    m.y - m.r,
                    (x1 - x0).max(1.0),
                    2.0 * m.r,
                    fill(m.color.with_alpha(140)),
                    stroke(m.color, 1.0)
                );
            }
            MarkKind::Point => {
                let _ = writeln!(
                    out,
                    "<circle cx=\"{:.2}\" cy=\"{:.2}\" r=\"{:.2}\" {} {}/>",
                    m.x,
                    m.y,
                    m.r,
                    fill(m.color),
                    stroke(st.background, 1.0)
                );
            }
            MarkKind::Cluster { count, .. } => {
                let _ = writeln!(
                    out,
                    "<circle cx=\"{:.2}\" cy=\"{:.2}\" r=\"{:.2}\" {} {}/>",
                    m.x,
                    m.y,
                    m.r,
                    fill(m.color),
                    stroke(st.background, 1.5)
                );
                let size = (m.r * 1.1).clamp(8.0, 13.0);
                let _ = writeln!(
                    out,
                    "<text x=\"{:.2}\" y=\"{:.2}\" font-size=\"{size:.2}\" text-anchor=\"middle\" {}>{count}</text>",
                    m.x,
                    m.y + size * 0.35,
                    fill(st.background)
                );
            }
        }
        let n = m.source_dots.len() as f32;
        for (k, c) in m.source_dots.iter().enumerate() {
            let dx = m.x - (n * 6.0 - 2.0) / 2.0 + k as f32 * 6.0;
            let _ = writeln!(
                out,
                "<rect x=\"{dx:.2}\" y=\"{:.2}\" width=\"4\" height=\"4\" {}/>",
                m.y + m.r + 3.0,
                fill(*c)
            );
        }
    }

    // Event labels on a halo so leader lines pass behind them.
    for l in &layout.labels {
        let _ = writeln!(
            out,
            "<rect x=\"{:.2}\" y=\"{:.2}\" width=\"{:.2}\" height=\"{:.2}\" {}/>",
            l.text.left() - 2.0,
            l.top + 1.0,
            l.text.width + 4.0,
            l.height - 2.0,
            fill(st.background.with_alpha(220))
        );
        text(&mut out, &l.text);
    }
    for t in &layout.texts {
        text(&mut out, t);
    }

    for item in &layout.legend {
        let (x, y) = (item.x, item.y);
        match item.kind {
            LegendKind::Heading => {}
            LegendKind::Source(c) => {
                let _ = writeln!(
                    out,
                    "<rect x=\"{:.2}\" y=\"{:.2}\" width=\"10\" height=\"10\" rx=\"2\" {}/>",
                    x - 5.0,
                    y - 5.0,
                    fill(c)
                );
            }
            LegendKind::Point => {
                let _ = writeln!(
                    out,
                    "<circle cx=\"{x:.2}\" cy=\"{y:.2}\" r=\"{:.2}\" {}/>",
                    st.radius(1),
                    fill(st.neutral)
                );
            }
            LegendKind::Band => {
                let _ = writeln!(
                    out,
                    "<rect x=\"{:.2}\" y=\"{:.2}\" width=\"16\" height=\"{:.2}\" rx=\"2\" {} {}/>",
                    x - 8.0,
                    y - st.band_height / 2.0,
                    st.band_height,
                    fill(st.neutral.with_alpha(140)),
                    stroke(st.neutral, 1.0)
                );
            }
            LegendKind::Weight => {
                let _ = writeln!(
                    out,
                    "<circle cx=\"{x:.2}\" cy=\"{y:.2}\" r=\"{:.2}\" {}/>",
                    st.radius(4),
                    fill(st.neutral)
                );
            }
            LegendKind::Discrepancy => {
                let _ = writeln!(
                    out,
                    "<circle cx=\"{x:.2}\" cy=\"{y:.2}\" r=\"{:.2}\" fill=\"none\" {}/>",
                    st.radius(1) + 2.5,
                    stroke(st.discrepancy, 2.0)
                );
                let _ = writeln!(
                    out,
                    "<circle cx=\"{x:.2}\" cy=\"{y:.2}\" r=\"{:.2}\" {}/>",
                    st.radius(1),
                    fill(st.neutral)
                );
            }
            LegendKind::Cluster => {
                let _ = writeln!(
                    out,
                    "<circle cx=\"{x:.2}\" cy=\"{y:.2}\" r=\"7\" {}/>",
                    fill(st.neutral)
                );
                let _ = writeln!(
                    out,
                    "<text x=\"{x:.2}\" y=\"{:.2}\" font-size=\"9\" text-anchor=\"middle\" {}>5</text>",
                    y + 3.2,
                    fill(st.background)
                );
            }
            LegendKind::Break => {
                let _ = writeln!(
                    out,
                    "<rect x=\"{:.2}\" y=\"{:.2}\" width=\"12\" height=\"12\" {}/>",
                    x - 6.0,
                    y - 6.0,
                    fill(st.break_fill)
                );
                for bx in [x - 4.0, x + 4.0] {
                    let _ = writeln!(
                        out,
                        "<line x1=\"{:.2}\" y1=\"{:.2}\" x2=\"{:.2}\" y2=\"{:.2}\" {}/>",
                        bx - 2.5,
                        y + 5.0,
                        bx + 2.5,
                        y - 5.0,
                        stroke(st.ink, 1.2)
                    );
                }
            }
        }
        text(&mut out, &item.text);
    }
    out.push_str("</g>\n</svg>\n");
    out
}

/// An outline around a marker (selection, discrepancy).
fn ring(out: &mut String, x: f32, y: f32, r: f32, kind: &MarkKind, c: Rgba, w: f32) {
    match *kind {
        MarkKind::Band { x0, x1 } => {
            let pad = r - (r - 2.5).max(0.0).min(r);
            let half = r;
            let _ = writeln!(
                out,
                "<rect x=\"{:.2}\" y=\"{:.2}\" width=\"{:.2}\" height=\"{:.2}\" rx=\"3\" fill=\"none\" {}/>",
                x0 - pad,
                y - half,
                (x1 - x0) + 2.0 * pad,
                2.0 * half,
                stroke(c, w)
            );
        }
        _ => {
            let _ = writeln!(
                out,
                "<circle cx=\"{x:.2}\" cy=\"{y:.2}\" r=\"{r:.2}\" fill=\"none\" {}/>",
                stroke(c, w)
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::{fixtures, layout_analysis, Style, View};

    #[test]
    fn base64_matches_rfc_4648() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn svg_has_the_primitives_and_escapes_text() {
        let mut analysis = fixtures::story();
        analysis.events[0].label = "Treaty <signed> & sealed".to_string();
        let view = View {
            title: Some("A \"story\"".into()),
            ..View::export(1200.0)
        };
        let l = layout_analysis(&analysis, &[], &view, &Style::default());
        let svg = render(&l);
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains("Treaty &lt;signed&gt; &amp; sealed"));
        assert!(svg.contains("A &quot;story&quot;"));
        assert!(svg.contains("@font-face"));
        assert!(svg.contains("Vladivostok summit"));
        assert!(svg.contains("Sources:"));
        // Deterministic.
        assert_eq!(svg, render(&l));
        let plain = render_with(&l, SvgOptions { embed_font: false });
        assert!(!plain.contains("@font-face"));
        assert!(plain.len() < svg.len() / 4);
    }
}
