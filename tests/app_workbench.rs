//! The workbench driven through its accessibility tree, as a user would: the demo corpus
//! on first launch, selecting a discrepancy, dropping files, correcting a publication
//! date, and a dismissed discrepancy surviving a restart.

mod app_support;

use app_support::{config, fixtures, harness, settle, TestFile};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use parallax::workspace::{ReviewStatus, Workspace};
use std::sync::Arc;

const NORTHWIND_ARRIVAL: &str =
    "The trade minister arrived in Valmora yesterday for two days of talks on the new deep-water port, officials said.";
const EASTGATE_ARRIVAL: &str =
    "The trade minister arrived in Valmora today to open talks on the deep-water port, according to the foreign office.";

#[test]
fn first_launch_loads_the_demo_with_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(config(&dir.path().join("ws.json")));
    settle(&mut h);
    assert_eq!(h.state().entries.len(), 2);
    assert_eq!(h.state().snapshot.analysis.discrepancies.len(), 1);
    h.get_by_label("Welcome to Parallax.");
    h.get_by_label("Got it").click();
    h.run_steps(2);
    assert!(h.query_by_label("Welcome to Parallax.").is_none());
    // The summary line counts single-source events.
    h.get_by_label("Events resting on one source only: 0 of 1");
}

#[test]
fn selecting_a_discrepancy_shows_its_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(config(&dir.path().join("ws.json")));
    settle(&mut h);
    h.get_by_label("Arrival in Valmora").click();
    h.run_steps(3);
    // The viewer quotes the first claim's sentence and the event is selected.
    assert_eq!(
        h.query_all_by_label(&format!("“{NORTHWIND_ARRIVAL}”"))
            .count(),
        2,
        "quoted in the panel and as the viewer's selected passage"
    );
    assert_eq!(h.state().selection.event.as_deref(), Some("e1"));
    assert_eq!(h.state().selection.discrepancy.as_deref(), Some("d1"));

    // Clicking the other side's quote jumps to that article's sentence.
    h.get_by_label(&format!("“{EASTGATE_ARRIVAL}”")).click();
    h.run_steps(3);
    assert_eq!(
        h.state().selection.article.as_deref(),
        Some("demo/eastgate.txt")
    );
    let app = h.state();
    let index = app.snapshot.index_of("demo/eastgate.txt").unwrap();
    let span = app.selection.span.clone().unwrap();
    assert_eq!(&app.snapshot.articles[index].body[span], EASTGATE_ARRIVAL);
    assert_eq!(
        h.query_all_by_label(&format!("“{EASTGATE_ARRIVAL}”"))
            .count(),
        2,
        "quoted in the panel and in the viewer"
    );

    // The source's pill above a quote jumps there too: it looks like a button.
    let pills: Vec<_> = h.query_all_by_label("northwind.example").collect();
    assert!(
        !pills.is_empty(),
        "the discrepancy shows its sources' pills"
    );
    pills.last().unwrap().click();
    h.run_steps(3);
    let app = h.state();
    assert_eq!(app.selection.article.as_deref(), Some("demo/northwind.txt"));
    let index = app.snapshot.index_of("demo/northwind.txt").unwrap();
    let span = app
        .selection
        .span
        .clone()
        .expect("the quote's sentence is selected");
    assert_eq!(&app.snapshot.articles[index].body[span], NORTHWIND_ARRIVAL);
}

#[test]
fn dropped_files_are_read_and_bad_ones_reported() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(config(&dir.path().join("ws.json")));
    settle(&mut h);
    h.input_mut()
        .dropped_files
        .push(Arc::new(TestFile(fixtures().join("notes.md"))));
    h.input_mut()
        .dropped_files
        .push(Arc::new(TestFile(fixtures().join("broken.txt"))));
    h.step();
    settle(&mut h);
    let app = h.state();
    assert_eq!(app.entries.len(), 4);
    let broken = app.entries.iter().find(|e| e.name == "broken.txt").unwrap();
    assert!(broken.article().is_none());
    assert!(app
        .entries
        .iter()
        .any(|e| e.name == "notes.md" && e.article().is_some()));
    // The bad file is flagged in the list, the others still analysed.
    h.get_by_label("failed");
    assert_eq!(h.state().snapshot.articles.len(), 3);
}

#[test]
fn editing_the_publication_date_moves_relative_dates() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(config(&dir.path().join("ws.json")));
    settle(&mut h);
    assert_eq!(
        h.state().selection.article.as_deref(),
        Some("demo/northwind.txt")
    );
    h.get_by_label("Date expressions (1)").click();
    h.run_steps(2);
    h.get_by_label("yesterday = 2024-06-18");

    h.get_by_label("Edit details").click();
    h.run_steps(2);
    let field = h.get_by_label("Publication date");
    field.focus();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Publication date").type_text("21 June 2024");
    h.run_steps(2);
    h.get_by_label("Apply").click();
    h.step();
    settle(&mut h);

    h.get_by_label("yesterday = 2024-06-20");
    assert!(h.query_by_label("yesterday = 2024-06-18").is_none());
    // The correction is saved in the workspace, not in the file.
    let o = &h.state().workspace.articles["demo/northwind.txt"].overrides;
    assert_eq!(
        o.published.map(|d| d.to_string()).as_deref(),
        Some("2024-06-21")
    );
    // The two reports now agree on the 20th? No: today in the other is the 19th.
    assert_eq!(h.state().snapshot.analysis.discrepancies.len(), 1);
}

#[test]
fn a_dismissed_discrepancy_stays_dismissed_after_reload() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws.json");
    {
        let mut h = harness(config(&ws));
        settle(&mut h);
        h.get_by_label("Arrival in Valmora").click();
        h.run_steps(2);
        h.get_by_label("Review note").focus();
        h.get_by_label("Review note").type_text("Time-zone slip");
        h.run_steps(1);
        h.get_by_label("Dismiss").click();
        h.run_steps(3);
        // Gone from the list, one dismissed entry to show on request.
        assert!(h.query_by_label("Arrival in Valmora").is_none());
        h.get_by_label("Show 1 dismissed");
        h.state_mut().save_now();
    }
    let saved = Workspace::open(&ws).unwrap().workspace;
    let review = saved.reviews.values().next().unwrap();
    assert_eq!(review.status, ReviewStatus::Dismissed);
    assert_eq!(review.note, "Time-zone slip");

    let mut h = harness(config(&ws));
    settle(&mut h);
    assert!(
        h.query_by_label("Welcome to Parallax.").is_none(),
        "not a first launch"
    );
    assert_eq!(h.state().entries.len(), 2, "the demo is restored");
    assert!(h.query_by_label("Arrival in Valmora").is_none());
    h.get_by_label("Show 1 dismissed").click();
    h.run_steps(2);
    h.get_by_label("Arrival in Valmora");
    h.get_by_label("dismissed");
}

#[test]
fn with_the_real_analysis_a_corrected_date_moves_yesterday() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = config(&dir.path().join("ws.json"));
    c.analyzer = Arc::new(parallax::app::analyze_with_user_dates);
    let mut h = harness(c);
    settle(&mut h);
    let yesterday = |h: &egui_kittest::Harness<'static, parallax::app::ParallaxApp>| {
        let app = h.state();
        let i = app.snapshot.index_of("demo/northwind.txt").unwrap();
        app.snapshot.analysis.articles[i]
            .timexes
            .iter()
            .find(|t| t.text.eq_ignore_ascii_case("yesterday"))
            .map(|t| t.value.clone())
    };
    assert_eq!(yesterday(&h).as_deref(), Some("2024-06-18"));
    h.get_by_label("Edit details").click();
    h.run_steps(2);
    h.get_by_label("Publication date").focus();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Publication date").type_text("2024-06-21");
    h.run_steps(1);
    h.get_by_label("Apply").click();
    h.step();
    settle(&mut h);
    assert_eq!(yesterday(&h).as_deref(), Some("2024-06-20"));
    h.get_by_label_contains("Date expressions (").click();
    h.run_steps(2);
    h.get_by_label("yesterday = 2024-06-20");
}

#[test]
fn side_by_side_shows_both_sides_of_a_discrepancy() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(config(&dir.path().join("ws.json")));
    settle(&mut h);
    // Only the article shown has its paragraphs on screen.
    assert!(h.query_by_label(NORTHWIND_ARRIVAL).is_some());
    assert!(h.query_by_label(EASTGATE_ARRIVAL).is_none());
    h.key_press_modifiers(Modifiers::COMMAND, Key::D);
    h.run_steps(2);
    assert!(h.state().workspace.layout.compare);
    h.get_by_label("Arrival in Valmora").click();
    h.run_steps(3);
    // Both reports' paragraphs are shown, each with its claim.
    h.get_by_label(NORTHWIND_ARRIVAL);
    h.get_by_label(EASTGATE_ARRIVAL);
    h.get_by_label_contains("Compare with");
}

#[test]
fn an_event_selected_on_the_timeline_is_marked_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(config(&dir.path().join("ws.json")));
    settle(&mut h);
    // The timeline widget reports a click as this action.
    h.state_mut()
        .apply(parallax::app::Action::SelectEvent("e1".into()));
    h.run_steps(3);
    // Both reports are marked in the list; the viewer shows the mention in the article
    // already open.
    assert_eq!(
        h.query_all_by_label("reports the selected event").count(),
        2
    );
    let app = h.state();
    assert_eq!(app.selection.article.as_deref(), Some("demo/northwind.txt"));
    let i = app.snapshot.index_of("demo/northwind.txt").unwrap();
    let span = app.selection.span.clone().unwrap();
    assert_eq!(&app.snapshot.articles[i].body[span], NORTHWIND_ARRIVAL);
    // Quoted as the viewer's selected passage (and in the discrepancy panel).
    assert_eq!(
        h.query_all_by_label(&format!("“{NORTHWIND_ARRIVAL}”"))
            .count(),
        2
    );
}
