//! The real first launch: the embedded demo corpus with the real analysis, and the Help menu's
//! About box with the version.

mod app_support;

use app_support::{config, harness, settle};
use egui_kittest::kittest::Queryable;
use parallax::app::AppConfig;
use std::sync::Arc;

#[test]
fn the_embedded_demo_loads_with_its_discrepancies_and_about_shows_the_version() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = config(&dir.path().join("ws.json"));
    c.demo = Arc::new(parallax::demo::files);
    c.analyzer = AppConfig::default().analyzer;
    let mut h = harness(c);
    settle(&mut h);
    assert_eq!(h.state().entries.len(), 4, "the four demo articles");
    let analysis = &h.state().snapshot.analysis;
    assert!(
        analysis.discrepancies.len() >= 3,
        "{:?}",
        analysis.discrepancies
    );
    assert!(analysis.events.iter().any(|e| e.sources.len() >= 3));

    h.get_by_label("Help").click();
    h.run_steps(2);
    h.get_by_label("About Parallax").click();
    h.run_steps(3);
    assert!(h.state().show_about);
    h.get_by_label(&format!("Version {}", parallax::demo::VERSION_LINE));
}
