//! One frame of the whole workbench (menus, file browser, articles list, viewer,
//! discrepancy panel, timeline) with 2,000 articles loaded and 10,000 events on the
//! timeline, headless: egui's layout plus tessellation, no GPU. Target: under 4 ms.

mod common;

use criterion::{criterion_group, criterion_main, Criterion};
use parallax::app::clipboard::RecordingClipboard;
use parallax::app::dialogs::ScriptedDialogs;
use parallax::app::{AppConfig, ParallaxApp};
use parallax::model::{Analysis, Article, Event, MentionRef};
use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

const ARTICLES: usize = 2_000;
const EVENTS: usize = 10_000;

/// The real analysis, padded with events on the articles' own sentences up to `EVENTS`, so
/// the panels and the timeline carry the load of a year's coverage.
fn padded_analysis(articles: &[Article]) -> Analysis {
    let mut analysis = parallax::app::analyze_with_user_dates(articles);
    let base = chrono::NaiveDate::from_ymd_opt(1990, 1, 1).expect("valid date");
    let mut i = analysis.events.len();
    while analysis.events.len() < EVENTS && !articles.is_empty() {
        let article = i % articles.len();
        let Some(sentence) = articles[article].sentences.first().cloned() else {
            i += 1;
            continue;
        };
        let start = base + chrono::Days::new((i as u64 * 37) % 12_000);
        analysis.events.push(Event {
            id: format!("pad{i}"),
            value: start.to_string(),
            time: parallax::model::Interval {
                start,
                end: start + chrono::Days::new(1),
                granularity: parallax::model::Granularity::Day,
            },
            label: format!("Padding event {i}"),
            action: None,
            participants: Vec::new(),
            places: Vec::new(),
            mentions: vec![MentionRef {
                article,
                quote: articles[article].body[sentence.clone()].to_string(),
                span: sentence,
            }],
            sources: vec![articles[article].outlet_name().to_string()],
            independent_sources: 1,
            discrepancies: Vec::new(),
        });
        i += 1;
    }
    analysis
}

fn bench(c: &mut Criterion) {
    // As the app does at start (src/app/frame_memory.rs); BENCH_DEFAULT_MALLOC=1 measures
    // with glibc's defaults instead, where frames pay for page faults.
    if std::env::var_os("BENCH_DEFAULT_MALLOC").is_none() {
        parallax::app::frame_memory::keep_frame_memory();
    }
    let (texts, corpus) = common::news_texts(ARTICLES);
    // The demo hook wants 'static bytes: leak the bench corpus once.
    let files: Vec<(&'static str, &'static [u8])> = (0..ARTICLES)
        .map(|i| {
            let (name, text) = &texts[i % texts.len()];
            let name: &'static str = Box::leak(format!("{i}-{name}").into_boxed_str());
            let bytes: &'static [u8] = Box::leak(text.clone().into_bytes().into_boxed_slice());
            (name, bytes)
        })
        .collect();
    let dir = tempfile::tempdir().expect("temporary folder");
    let config = AppConfig {
        workspace_path: Some(dir.path().join("workspace.json")),
        files: Vec::new(),
        analyzer: Arc::new(padded_analysis),
        demo: Arc::new(move || files.clone()),
        start_dir: Some(dir.path().to_path_buf()),
        dialogs: Box::new(ScriptedDialogs::default()),
        clipboard: Arc::new(RecordingClipboard::default()),
        log_file: None,
        started: None,
    };
    let ctx = egui::Context::default();
    let mut app = ParallaxApp::new(config);
    let input = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1600.0, 1000.0),
        )),
        ..Default::default()
    };
    let frame = |app: &mut ParallaxApp| {
        let mut out = ctx.run_ui(input(), |ui| app.show(ui));
        let shapes = std::mem::take(&mut out.shapes);
        let prims = ctx.tessellate(shapes, out.pixels_per_point);
        // No renderer: font atlas updates are dropped on purpose.
        out.drop_without_applying_deltas();
        black_box(prims.len())
    };
    // Let the background threads read and analyse everything first.
    let start = Instant::now();
    frame(&mut app);
    while app.busy() && start.elapsed() < Duration::from_secs(600) {
        std::thread::sleep(Duration::from_millis(20));
        frame(&mut app);
    }
    for _ in 0..5 {
        frame(&mut app);
    }
    eprintln!(
        "app frame bench: {ARTICLES} articles from the {corpus}, ready after {:.1} s",
        start.elapsed().as_secs_f64()
    );
    c.bench_function(
        "whole app frame + tessellate, 2k articles, 10k events",
        |b| b.iter(|| frame(&mut app)),
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
