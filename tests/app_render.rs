//! Rendering the real window headless (wgpu, software on machines without a GPU): the
//! theme follows the system setting, and the drop overlay covers the window.

mod app_support;

use app_support::{config, settle};
use egui_kittest::Harness;
use parallax::app::ParallaxApp;

fn harness_with_theme(theme: egui::Theme, ws: &std::path::Path) -> Harness<'static, ParallaxApp> {
    Harness::builder()
        .with_size([1280.0, 800.0])
        .with_theme(theme)
        .with_max_steps(40)
        .with_step_dt(1.0 / 60.0)
        .build_ui_state(
            |ui, app: &mut ParallaxApp| app.show(ui),
            ParallaxApp::new(config(ws)),
        )
}

/// Mean brightness 0–255 of a rendered image.
fn brightness(img: &image::RgbaImage) -> f64 {
    let sum: u64 = img
        .pixels()
        .map(|p| (u64::from(p[0]) + u64::from(p[1]) + u64::from(p[2])) / 3)
        .sum();
    sum as f64 / (img.width() as f64 * img.height() as f64)
}

#[test]
fn the_window_renders_in_both_themes() {
    let dir = tempfile::tempdir().unwrap();
    let mut light = harness_with_theme(egui::Theme::Light, &dir.path().join("a.json"));
    settle(&mut light);
    let mut dark = harness_with_theme(egui::Theme::Dark, &dir.path().join("b.json"));
    settle(&mut dark);
    let (Ok(l), Ok(d)) = (light.render(), dark.render()) else {
        eprintln!("no renderer on this machine; skipping the pixel checks");
        return;
    };
    assert_eq!((l.width(), l.height()), (1280, 800));
    let (bl, bd) = (brightness(&l), brightness(&d));
    assert!(bl > 180.0, "light theme is light: {bl}");
    assert!(bd < 80.0, "dark theme is dark: {bd}");
    if let Ok(dir) = std::env::var("PARALLAX_RENDER_DIR") {
        let _ = l.save(format!("{dir}/light.png"));
        let _ = d.save(format!("{dir}/dark.png"));
    }
}
