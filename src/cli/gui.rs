//! Starting the desktop app: one window titled "Parallax" with the app icon, app id
//! "parallax" (the name eframe keeps window and panel sizes under and the desktop matches to
//! the entry), drops enabled, theme following the system.
//!
//! Launched from a desktop there is no terminal: the session is logged to a file in the
//! user's state folder (Help ▸ Open log file), and an error that stops the start is shown in
//! a dialog as well as on stderr. Each launch opens its own window with the files it was
//! given (a second `xdg-open` of an article opens a second window).

use parallax::app::{AppConfig, ParallaxApp, APP_ID};
use std::path::PathBuf;
use std::process::ExitCode;

/// Opens the workbench with `files` loaded (the demo corpus on a first launch).
pub fn run(files: Vec<PathBuf>, started: std::time::Instant) -> anyhow::Result<ExitCode> {
    // Before any thread or window exists, so every frame after it benefits.
    let frame_memory = parallax::app::frame_memory::keep_frame_memory();
    let log_file = parallax::desktop::start_logging();
    log::info!(
        "Parallax {} starting with {} path(s)",
        parallax::demo::VERSION_LINE,
        files.len()
    );
    log::debug!("allocator keeps frame memory: {frame_memory}");
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Parallax")
        .with_app_id(APP_ID)
        .with_inner_size([1440.0, 900.0])
        .with_min_inner_size([900.0, 560.0])
        .with_drag_and_drop(true);
    match eframe::icon_data::from_png_bytes(parallax::demo::ICON_PNG) {
        Ok(icon) => viewport = viewport.with_icon(icon),
        Err(e) => log::warn!("the window icon could not be decoded: {e}"),
    }
    let options = eframe::NativeOptions {
        renderer: eframe::Renderer::Glow,
        viewport,
        ..eframe::NativeOptions::default()
    };
    let config = AppConfig {
        files,
        log_file,
        started: Some(started),
        ..AppConfig::default()
    };
    let result = eframe::run_native(
        APP_ID,
        options,
        Box::new(move |cc| {
            cc.egui_ctx
                .options_mut(|o| o.theme_preference = egui::ThemePreference::System);
            Ok(Box::new(ParallaxApp::new(config)))
        }),
    );
    if let Err(e) = result {
        let message = format!(
            "Parallax could not open its window: {e}\n\n\
             The command line still works: run `parallax analyze FOLDER` in a terminal."
        );
        log::error!("{message}");
        // Started from a desktop, stderr goes nowhere: say it where the user looks.
        let _ = rfd::MessageDialog::new()
            .set_level(rfd::MessageLevel::Error)
            .set_title("Parallax could not start")
            .set_description(&message)
            .set_buttons(rfd::MessageButtons::Ok)
            .show();
        anyhow::bail!("could not open the window: {e}");
    }
    log::info!("Parallax closed");
    Ok(ExitCode::SUCCESS)
}
