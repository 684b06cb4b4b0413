//! The workbench's views: the file browser, find, the drop overlay, named workspaces and
//! the timeline panel's size with per-source lanes.

mod app_support;

use app_support::{config, fixtures, harness, settle};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use parallax::app::dialogs::ScriptedDialogs;
use std::sync::Arc;

#[test]
fn the_file_browser_loads_on_double_click_and_on_enter() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(config(&dir.path().join("ws.json")));
    settle(&mut h);
    // Double-click a file.
    h.get_by_label("notes.md").click();
    h.step();
    h.get_by_label("notes.md").click();
    h.step();
    settle(&mut h);
    assert!(h.state().entries.iter().any(|e| e.name == "notes.md"));
    // Select with a click, load with Enter.
    h.get_by_label("broken.txt").click();
    h.run_steps(1);
    h.key_press(Key::Enter);
    h.step();
    settle(&mut h);
    assert!(h
        .state()
        .entries
        .iter()
        .any(|e| e.name == "broken.txt" && e.article().is_none()));
}

#[test]
fn find_counts_and_steps_through_matches() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(config(&dir.path().join("ws.json")));
    settle(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run_steps(2);
    h.get_by_label("Find text").type_text("the");
    h.run_steps(2);
    // "the" (any case) in the northwind body: The, the, the, The, the.
    let body = {
        let app = h.state();
        let i = app.snapshot.index_of("demo/northwind.txt").unwrap();
        app.snapshot.articles[i].body.to_ascii_lowercase()
    };
    let n = body.matches("the").count();
    assert!(n >= 3);
    h.get_by_label(&format!("1 of {n}"));
    h.get_by_label("Next").click();
    h.run_steps(2);
    h.get_by_label(&format!("2 of {n}"));
    h.get_by_label("Previous").click();
    h.get_by_label("Previous").click();
    h.run_steps(2);
    h.get_by_label(&format!("{n} of {n}"));
    // Enter in the field goes to the next match and keeps the keyboard there.
    h.get_by_label("Find text").focus();
    h.key_press(Key::Enter);
    h.run_steps(2);
    h.get_by_label(&format!("1 of {n}"));
    assert!(h.get_by_label("Find text").is_focused());
}

#[test]
fn the_path_bar_goes_to_a_typed_folder() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("inbox")).unwrap();
    std::fs::write(dir.path().join("inbox/story.txt"), "x").unwrap();
    let mut h = harness(config(&dir.path().join("ws.json")));
    settle(&mut h);
    assert!(h.query_by_label("story.txt").is_none());
    h.get_by_label("Folder path").focus();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Folder path")
        .type_text(&dir.path().join("inbox").display().to_string());
    h.key_press(Key::Enter);
    h.run_steps(3);
    h.get_by_label("story.txt");
    assert_eq!(
        h.state().workspace.browser_dir.as_deref(),
        Some(dir.path().join("inbox").as_path())
    );
}

#[test]
fn hovering_files_shows_the_drop_overlay() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(config(&dir.path().join("ws.json")));
    settle(&mut h);
    assert!(h.query_by_label_contains("Drop to add").is_none());
    for name in ["a.txt", "b.txt"] {
        h.input_mut().hovered_files.push(egui::HoveredFile {
            path: Some(fixtures().join(name)),
            mime: String::new(),
        });
    }
    h.run_steps(3);
    h.get_by_label("Drop to add these 2 files and folders");
    h.input_mut().hovered_files.clear();
    h.run_steps(3);
    assert!(h.query_by_label_contains("Drop to add").is_none());
}

#[test]
fn save_as_and_open_switch_between_investigations() {
    let dir = tempfile::tempdir().unwrap();
    let named = dir.path().join("valmora.parallax.json");
    let mut c = config(&dir.path().join("ws.json"));
    c.dialogs = Box::new(ScriptedDialogs {
        files: Vec::new(),
        path: Some(named.clone()),
    });
    let mut h = harness(c);
    settle(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
    h.step();
    h.run_steps(2);
    assert_eq!(h.state().workspace_path(), Some(named.as_path()));
    assert!(named.exists());
    // Work continues in the named file: leaving an article out is saved there.
    h.get_by_label("Include eastgate.txt").click();
    h.step();
    settle(&mut h);
    h.state_mut().save_now();
    let saved = parallax::workspace::Workspace::open(&named)
        .unwrap()
        .workspace;
    assert!(saved.articles["demo/eastgate.txt"].excluded);

    // Open workspace… reads it back into a fresh app on another default file.
    let mut c = config(&dir.path().join("other.json"));
    c.files = vec![fixtures().join("notes.md")];
    c.dialogs = Box::new(ScriptedDialogs {
        files: Vec::new(),
        path: Some(named.clone()),
    });
    let mut h = harness(c);
    settle(&mut h);
    assert_eq!(h.state().entries.len(), 1);
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Open workspace…").click();
    h.step();
    settle(&mut h);
    assert_eq!(h.state().entries.len(), 2);
    assert_eq!(
        h.state().snapshot.articles.len(),
        1,
        "eastgate still left out"
    );
}

#[test]
fn per_source_lanes_grow_the_timeline_but_leave_room_to_read() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = config(&dir.path().join("ws.json"));
    c.analyzer = Arc::new(parallax::app::analyze_with_user_dates);
    c.demo = Arc::new(parallax::demo::files);
    let mut h = harness(c);
    settle(&mut h);
    assert_eq!(h.state().entries.len(), 4);
    let chart_height = |h: &egui_kittest::Harness<'static, parallax::app::ParallaxApp>| {
        h.get_by_label("Timeline").rect().height()
    };
    let merged = chart_height(&h);
    let top_before = h.get_by_label("Fit all").rect().top();

    h.get_by_label("Sources").click();
    h.run_steps(4);
    // Four lanes need more room than one: the panel grew, and its toolbar moved up…
    assert!(
        chart_height(&h) > merged * 2.0,
        "{} vs {merged}",
        chart_height(&h)
    );
    let top_after = h.get_by_label("Fit all").rect().top();
    assert!(top_after < top_before, "{top_after} vs {top_before}");
    // …but not past the middle of the 900-point window: the article viewer keeps its half.
    assert!(top_after >= 900.0 / 2.0 - 40.0, "{top_after}");

    // Back to one lane: the panel fits it again.
    h.get_by_label("Merged").click();
    h.run_steps(4);
    assert_eq!(h.get_by_label("Fit all").rect().top(), top_before);
}
