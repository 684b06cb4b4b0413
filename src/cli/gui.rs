//! Starting the desktop app: one window titled "Parallax", app id "parallax" (the name
//! eframe keeps window and panel sizes under), drops enabled, theme following the system.

use parallax::app::{AppConfig, ParallaxApp, APP_ID};
use std::path::PathBuf;
use std::process::ExitCode;

/// Opens the workbench with `files` loaded (the demo corpus on a first launch).
pub fn run(files: Vec<PathBuf>) -> anyhow::Result<ExitCode> {
    let options = eframe::NativeOptions {
        renderer: eframe::Renderer::Glow,
        viewport: egui::ViewportBuilder::default()
            .with_title("Parallax")
            .with_app_id(APP_ID)
            .with_inner_size([1440.0, 900.0])
            .with_min_inner_size([900.0, 560.0])
            .with_drag_and_drop(true),
        ..eframe::NativeOptions::default()
    };
    let config = AppConfig {
        files,
        ..AppConfig::default()
    };
    eframe::run_native(
        APP_ID,
        options,
        Box::new(move |cc| {
            cc.egui_ctx
                .options_mut(|o| o.theme_preference = egui::ThemePreference::System);
            Ok(Box::new(ParallaxApp::new(config)))
        }),
    )
    .map_err(|e| anyhow::anyhow!("could not open the window: {e}"))?;
    Ok(ExitCode::SUCCESS)
}
