//! PNG: the SVG rasterised with resvg, using only the embedded font (no system fonts), so
//! the same input always gives the same pixels on any machine.

use super::svg::{render_with, SvgOptions};
use super::ExportError;
use crate::timeline::text::FONT_BYTES;
use crate::timeline::Layout;
use resvg::{tiny_skia, usvg};
use std::sync::{Arc, OnceLock};

/// Largest side of an exported image in pixels, to keep memory bounded.
pub const MAX_SIDE: u32 = 16_384;

/// The font database with the embedded font only.
fn fontdb() -> Arc<usvg::fontdb::Database> {
    static DB: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        db.load_font_data(FONT_BYTES.to_vec());
        // Anything asking for a generic family gets the same face.
        let family = db
            .faces()
            .next()
            .and_then(|f| f.families.first().map(|(name, _)| name.clone()));
        if let Some(family) = family {
            db.set_sans_serif_family(family.clone());
            db.set_serif_family(family.clone());
            db.set_monospace_family(family);
        }
        Arc::new(db)
    })
    .clone()
}

/// Rasterises `layout` at `scale` pixels per point onto an opaque background.
pub fn render(layout: &Layout, scale: f32) -> Result<Vec<u8>, ExportError> {
    if !(scale.is_finite() && scale > 0.0) {
        return Err(ExportError::BadSize(format!("scale {scale}")));
    }
    let svg = render_with(layout, SvgOptions { embed_font: false });
    let opts = usvg::Options {
        fontdb: fontdb(),
        font_family: crate::timeline::text::FONT_FAMILY.to_string(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(&svg, &opts).map_err(|e| ExportError::Render(e.to_string()))?;
    let w = (layout.width * scale).ceil();
    let h = (layout.height * scale).ceil();
    if !(w >= 1.0 && h >= 1.0 && w <= MAX_SIDE as f32 && h <= MAX_SIDE as f32) {
        return Err(ExportError::BadSize(format!(
            "{w}×{h} pixels (at most {MAX_SIDE} a side)"
        )));
    }
    let (w, h) = (w as u32, h as u32);
    let mut pixmap = tiny_skia::Pixmap::new(w, h)
        .ok_or_else(|| ExportError::BadSize(format!("{w}×{h} pixels")))?;
    let bg = layout.style.background;
    pixmap.fill(tiny_skia::Color::from_rgba8(bg.r, bg.g, bg.b, 255));
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    // The background is opaque, so premultiplied and straight alpha are the same bytes.
    encode_color_image(w, h, pixmap.data())
}

/// Encodes straight-alpha RGBA8 pixels (`width × height × 4` bytes) as PNG.
pub fn encode_color_image(width: u32, height: u32, rgba: &[u8]) -> Result<Vec<u8>, ExportError> {
    use image::ImageEncoder;
    let expected = (width as usize)
        .checked_mul(height as usize)
        .and_then(|n| n.checked_mul(4));
    if expected != Some(rgba.len()) {
        return Err(ExportError::BadSize(format!(
            "{} bytes for {width}×{height} pixels",
            rgba.len()
        )));
    }
    let mut out = Vec::new();
    image::codecs::png::PngEncoder::new(&mut out)
        .write_image(rgba, width, height, image::ExtendedColorType::Rgba8)
        .map_err(|e| ExportError::Encode(e.to_string()))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::{fixtures, layout_analysis, Style, View};

    #[test]
    fn png_is_deterministic_and_has_text() {
        let view = View {
            title: Some("Story".into()),
            ..View::export(900.0)
        };
        let l = layout_analysis(&fixtures::story(), &[], &view, &Style::default());
        let a = render(&l, 1.0).unwrap();
        let b = render(&l, 1.0).unwrap();
        assert_eq!(a, b);
        assert_eq!(&a[..8], b"\x89PNG\r\n\x1a\n");
        let img = image::load_from_memory(&a).unwrap().to_rgba8();
        assert_eq!(img.width(), 900);
        // Text and marks were drawn: a fair number of dark pixels.
        let dark = img
            .pixels()
            .filter(|p| p.0[0] < 100 && p.0[1] < 100)
            .count();
        assert!(dark > 2000, "only {dark} dark pixels");
        // Scale 2 doubles the size.
        let big = image::load_from_memory(&render(&l, 2.0).unwrap()).unwrap();
        assert_eq!(big.width(), 1800);
    }

    #[test]
    fn fontdb_has_the_embedded_face() {
        let db = fontdb();
        let names: Vec<String> = db
            .faces()
            .flat_map(|f| f.families.iter().map(|(n, _)| n.clone()))
            .collect();
        assert!(
            names
                .iter()
                .any(|n| n == crate::timeline::text::FONT_FAMILY),
            "{names:?}"
        );
    }

    #[test]
    fn bad_sizes_are_errors_not_panics() {
        let l = layout_analysis(
            &fixtures::story(),
            &[],
            &View::export(900.0),
            &Style::default(),
        );
        assert!(render(&l, 0.0).is_err());
        assert!(render(&l, f32::NAN).is_err());
        assert!(render(&l, 1000.0).is_err());
        assert!(encode_color_image(2, 2, &[0; 15]).is_err());
        assert!(encode_color_image(1, 1, &[1, 2, 3, 255]).is_ok());
    }
}
