//! Getting articles in and out of the workbench: pasting, the command line, leaving an
//! article out, removing one, stopping slow work, exporting and copying the timeline, and
//! starting over a corrupt workspace file.

mod app_support;

use app_support::{config, config_with_clipboard, fixtures, harness, settle};
use egui_kittest::kittest::Queryable;
use parallax::app::clipboard::RecordingClipboard;
use parallax::app::dialogs::ScriptedDialogs;
use std::sync::Arc;
use std::time::{Duration, Instant};

const PASTED: &str = "Harbour Daily\n\nFerry service resumes after storm\n\nJune 21, 2024\n\n\
The ferry between the two islands resumed service today after a three-day suspension caused by the storm, \
the operator said. Passengers queued from early morning and the first boat left on time.";

#[test]
fn pasting_text_adds_an_article_that_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.json");
    {
        let mut h = harness(config(&ws));
        settle(&mut h);
        h.get_by_label("File").click();
        h.run_steps(2);
        // Menu items read their shortcut too.
        h.get_by_label("Paste article… Ctrl+Shift+V").click();
        // A new window takes a sizing frame before it shows.
        h.run_steps(4);
        h.get_by_label("Article text").focus();
        h.get_by_label("Article text").type_text(PASTED);
        h.run_steps(1);
        h.get_by_label("Add article").click();
        h.step();
        settle(&mut h);
        let app = h.state();
        assert_eq!(app.entries.len(), 3);
        assert_eq!(
            app.selection.article.as_deref(),
            Some("pasted/Pasted article 1")
        );
        assert!(h.query_by_label("Article text").is_none(), "dialog closed");
        h.state_mut().save_now();
    }
    let mut h = harness(config(&ws));
    settle(&mut h);
    assert!(h
        .state()
        .entries
        .iter()
        .any(|e| e.key == "pasted/Pasted article 1" && e.article().is_some()));
}

#[test]
fn ctrl_v_outside_a_text_field_pastes_an_article_and_short_text_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(config(&dir.path().join("ws.json")));
    settle(&mut h);
    h.event(egui::Event::Paste("too short to be news".into()));
    h.step();
    settle(&mut h);
    assert_eq!(h.state().entries.len(), 2);
    h.get_by_label("The pasted text has 5 words; an article needs at least 20");
    h.event(egui::Event::Paste(PASTED.into()));
    h.step();
    settle(&mut h);
    assert_eq!(h.state().entries.len(), 3);
}

#[test]
fn files_on_the_command_line_replace_the_demo_on_first_launch() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = config(&dir.path().join("ws.json"));
    c.files = vec![
        fixtures().join("northwind.txt"),
        fixtures().join("notes.md"),
    ];
    let mut h = harness(c);
    settle(&mut h);
    let keys: Vec<&str> = h.state().entries.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(keys, vec!["northwind.txt", "notes.md"]);
    assert!(h.query_by_label("Welcome to Parallax.").is_none());
}

#[test]
fn the_file_browser_opens_where_the_command_line_pointed_and_marks_what_is_loaded() {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("story");
    std::fs::create_dir(&story).unwrap();
    std::fs::copy(fixtures().join("northwind.txt"), story.join("first.txt")).unwrap();
    std::fs::write(story.join("not-loaded.txt"), "a file beside the one opened").unwrap();
    let mut c = config(&dir.path().join("ws.json"));
    // The configured start folder (the fixtures) is where the browser would be otherwise.
    c.files = vec![story.join("first.txt")];
    let mut h = harness(c);
    settle(&mut h);
    // Only the browser lists the file that was not opened.
    assert!(h.query_by_label("not-loaded.txt").is_some());
    assert!(h.query_by_label("eastgate.txt").is_none());
    // The opened file is marked as loaded there, the other one is not.
    assert_eq!(h.query_all_by_label("loaded").count(), 1);
}

#[test]
fn leaving_an_article_out_reanalyses_without_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(config(&dir.path().join("ws.json")));
    settle(&mut h);
    assert_eq!(h.state().snapshot.analysis.discrepancies.len(), 1);
    h.get_by_label("Include eastgate.txt").click();
    h.step();
    settle(&mut h);
    assert_eq!(h.state().snapshot.articles.len(), 1);
    assert!(h.state().snapshot.analysis.discrepancies.is_empty());
    assert!(h.state().workspace.articles["demo/eastgate.txt"].excluded);
    h.get_by_label("Include eastgate.txt").click();
    h.step();
    settle(&mut h);
    assert_eq!(h.state().snapshot.analysis.discrepancies.len(), 1);
}

#[test]
fn a_removed_demo_article_stays_removed() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.json");
    {
        let mut h = harness(config(&ws));
        settle(&mut h);
        h.get_by_label("Remove eastgate.txt").click();
        h.step();
        settle(&mut h);
        assert_eq!(h.state().entries.len(), 1);
        h.state_mut().save_now();
    }
    let mut h = harness(config(&ws));
    settle(&mut h);
    let names: Vec<&str> = h.state().entries.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, vec!["northwind.txt"]);
}

#[test]
fn slow_analysis_never_blocks_the_frame_and_can_be_stopped() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = config(&dir.path().join("ws.json"));
    c.analyzer = Arc::new(|articles| {
        std::thread::sleep(Duration::from_millis(1500));
        app_support::stand_in_analysis(articles)
    });
    let mut h = harness(c);
    // Wait for the reading to finish and the analysis to start.
    let start = Instant::now();
    while h.state().entries.is_empty() {
        h.step();
        std::thread::sleep(Duration::from_millis(5));
        assert!(start.elapsed() < Duration::from_secs(10));
    }
    h.step();
    assert!(h.state().busy());
    let frame = Instant::now();
    h.step();
    assert!(
        frame.elapsed() < Duration::from_millis(500),
        "a frame took {:?} while analysing",
        frame.elapsed()
    );
    h.get_by_label("Cancel").click();
    h.step();
    assert!(!h.state().busy(), "stopping frees the UI at once");
    h.step();
    assert!(h.state().snapshot.analysis.events.is_empty());
    h.get_by_label("Stopped. Articles read so far are kept; F5 analyses them again");
}

#[test]
fn the_timeline_exports_to_the_chosen_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("timeline.svg");
    let mut c = config(&dir.path().join("ws.json"));
    c.dialogs = Box::new(ScriptedDialogs {
        files: Vec::new(),
        path: Some(out.clone()),
    });
    let mut h = harness(c);
    settle(&mut h);
    h.get_by_label("Export timeline…").click();
    h.run_steps(2);
    let svg = std::fs::read_to_string(&out).expect("exported");
    assert!(svg.contains("<svg"));
    assert!(svg.contains("Minister arrives in Valmora"));
    h.get_by_label(&format!("Timeline exported to {}", out.display()));
}

/// The notices the user sees, oldest first.
fn notices(h: &egui_kittest::Harness<'static, parallax::app::ParallaxApp>) -> Vec<(bool, String)> {
    h.state()
        .notices
        .iter()
        .map(|n| (n.error, n.text.clone()))
        .collect()
}

const COPIED: &str = "Timeline image copied to the clipboard";

#[test]
fn copying_the_timeline_image_is_reported_once_the_clipboard_has_it() {
    let dir = tempfile::tempdir().unwrap();
    let (c, clipboard) = config_with_clipboard(&dir.path().join("ws.json"));
    let mut h = harness(c);
    settle(&mut h);
    let renders = h.render().is_ok();

    // Ctrl+Shift+C: the app asks the timeline for a capture. Until the window has
    // delivered the screenshot and the image is on the clipboard, nothing is said.
    // (Pushed as one event so that one step is one frame; queued events get a frame each.)
    let modifiers = egui::Modifiers::COMMAND | egui::Modifiers::SHIFT;
    h.input_mut().events.push(egui::Event::Key {
        key: egui::Key::C,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers,
    });
    h.step();
    assert!(notices(&h).is_empty(), "said too early: {:?}", notices(&h));
    let mut copied_before_notice = false;
    for _ in 0..6 {
        let copied = !clipboard.copied.lock().unwrap().is_empty();
        let said = notices(&h).iter().any(|(_, t)| t == COPIED);
        if said {
            assert!(copied, "the notice came before the image");
            break;
        }
        copied_before_notice |= copied;
        h.step();
    }
    if renders {
        assert!(
            copied_before_notice,
            "the image reached the clipboard first"
        );
        assert_eq!(notices(&h), vec![(false, COPIED.to_string())]);
        // The whole width of the timeline panel, some of its height.
        let copied = clipboard.copied.lock().unwrap().clone();
        assert_eq!(copied.len(), 1);
        let (w, height) = copied[0];
        assert!(w > 1000 && height > 50, "{w} × {height}");
    } else {
        // Without a renderer no screenshot ever comes: that is said, not a false success.
        eprintln!("no renderer on this machine; checking the failure notice only");
        let n = notices(&h);
        assert_eq!(n.len(), 1, "{n:?}");
        assert!(n[0].0 && n[0].1.contains("could not be copied"), "{n:?}");
    }
}

#[test]
fn a_copy_the_clipboard_refuses_is_reported_as_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = config(&dir.path().join("ws.json"));
    c.clipboard = Arc::new(RecordingClipboard {
        fail_with: Some("no clipboard is running".into()),
        ..RecordingClipboard::default()
    });
    let mut h = harness(c);
    settle(&mut h);
    if h.render().is_err() {
        eprintln!("no renderer on this machine; skipping");
        return;
    }
    // The toolbar button this time.
    h.get_by_label("Copy image").click();
    h.run_steps(4);
    assert_eq!(
        notices(&h),
        vec![(
            true,
            "The timeline image could not be copied: no clipboard is running.".to_string()
        )]
    );
    h.get_by_label("The timeline image could not be copied: no clipboard is running.");
}

#[test]
fn copying_an_empty_timeline_says_there_is_nothing_to_copy() {
    let dir = tempfile::tempdir().unwrap();
    let (mut c, clipboard) = config_with_clipboard(&dir.path().join("ws.json"));
    c.analyzer = Arc::new(|_: &[parallax::model::Article]| parallax::model::Analysis::default());
    let mut h = harness(c);
    settle(&mut h);
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Copy timeline image Ctrl+Shift+C").click();
    h.run_steps(3);
    let n = notices(&h);
    assert_eq!(n.len(), 1, "{n:?}");
    assert!(n[0].0 && n[0].1.starts_with("There is no timeline to capture yet"));
    assert!(clipboard.copied.lock().unwrap().is_empty());
}

#[test]
fn open_files_uses_the_dialog_and_a_corrupt_workspace_still_starts() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.json");
    std::fs::write(&ws, "not json at all").unwrap();
    let mut c = config(&ws);
    c.dialogs = Box::new(ScriptedDialogs {
        files: vec![fixtures().join("notes.md")],
        path: None,
    });
    let mut h = harness(c);
    settle(&mut h);
    // Reported, kept aside, and no demo replaces the user's (lost) work.
    assert!(h
        .state()
        .notices
        .iter()
        .any(|n| n.error && n.text.contains("kept as")));
    assert!(h.state().entries.is_empty());
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    h.step();
    settle(&mut h);
    assert_eq!(h.state().entries.len(), 1);
    h.state_mut().save_now();
    assert!(parallax::workspace::Workspace::open(&ws)
        .unwrap()
        .notice
        .is_none());
}

#[test]
fn a_crash_in_the_analysis_is_reported_not_hung_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = config(&dir.path().join("ws.json"));
    c.analyzer = Arc::new(|_articles| panic!("simulated analysis bug"));
    let mut h = harness(c);
    settle(&mut h);
    assert!(!h.state().busy());
    assert_eq!(h.state().entries.len(), 2, "the articles are still listed");
    assert!(h
        .state()
        .notices
        .iter()
        .any(|n| n.error && n.text.contains("internal error")));
}
