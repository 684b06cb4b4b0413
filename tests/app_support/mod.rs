//! Shared helpers for the workbench UI tests: a small stand-in analysis (the real one is
//! tested on its own), demo files from the test fixtures, and a harness that waits for
//! the background threads.
#![allow(dead_code)]

use chrono::{Duration, NaiveDate};
use egui_kittest::Harness;
use parallax::app::clipboard::RecordingClipboard;
use parallax::app::dialogs::ScriptedDialogs;
use parallax::app::{AppConfig, ParallaxApp};
use parallax::model::{
    Analysis, Anchor, Article, ArticleAnalysis, Claim, CreationDate, Discrepancy, DiscrepancyKind,
    Event, Granularity, Interval, MentionRef, Origin, Timex, TimexType,
};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The fixture folder.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/app")
}

/// Two short reports of one arrival that disagree on the day.
pub fn demo_files() -> Vec<(&'static str, &'static [u8])> {
    vec![
        (
            "northwind.txt",
            include_bytes!("../fixtures/app/northwind.txt").as_slice(),
        ),
        (
            "eastgate.txt",
            include_bytes!("../fixtures/app/eastgate.txt").as_slice(),
        ),
    ]
}

/// Resolves "yesterday" and "today" against the publication date, makes one arrival event
/// from the sentences saying "arrived", and a date discrepancy when they disagree.
pub fn stand_in_analysis(articles: &[Article]) -> Analysis {
    let mut per = Vec::new();
    let mut arrivals: Vec<(usize, std::ops::Range<usize>, String, String)> = Vec::new();
    for (i, a) in articles.iter().enumerate() {
        let published = a.published_date();
        let mut timexes = Vec::new();
        for (word, delta) in [("yesterday", -1), ("today", 0)] {
            for (pos, _) in a.body.match_indices(word) {
                let (value, anchor) = match published {
                    Some(d) => (
                        (d + Duration::days(delta)).to_string(),
                        Anchor::Creation {
                            date: d.to_string(),
                        },
                    ),
                    None => ("XXXX-XX-XX".to_string(), Anchor::Unresolved),
                };
                timexes.push(Timex {
                    span: pos..pos + word.len(),
                    text: word.to_string(),
                    kind: TimexType::Date,
                    value,
                    modifier: None,
                    anchor,
                    zone: None,
                });
            }
        }
        timexes.sort_by_key(|t| t.span.start);
        for s in &a.sentences {
            let text = &a.body[s.clone()];
            if text.contains("arrived") {
                if let Some(t) = timexes
                    .iter()
                    .find(|t| s.start <= t.span.start && t.span.end <= s.end)
                {
                    arrivals.push((i, s.clone(), text.to_string(), t.value.clone()));
                }
                break;
            }
        }
        per.push(ArticleAnalysis {
            creation: published.map(|date| CreationDate {
                date,
                origin: Origin::Text,
                evidence: Vec::new(),
            }),
            timexes,
            entities: Vec::new(),
            mentions: Vec::new(),
        });
    }
    let mut analysis = Analysis {
        articles: per,
        ..Analysis::default()
    };
    let Some(first) = arrivals.first() else {
        return analysis;
    };
    let Ok(day) = NaiveDate::parse_from_str(&first.3, "%Y-%m-%d") else {
        return analysis;
    };
    let mention =
        |(i, span, quote, _): &(usize, std::ops::Range<usize>, String, String)| MentionRef {
            article: *i,
            span: span.clone(),
            quote: quote.clone(),
        };
    let mut sources: Vec<String> = arrivals
        .iter()
        .map(|a| articles[a.0].outlet_name().to_string())
        .collect();
    sources.sort();
    sources.dedup();
    let mut values: Vec<String> = arrivals.iter().map(|a| a.3.clone()).collect();
    values.sort();
    values.dedup();
    let disputed = values.len() > 1;
    analysis.events.push(Event {
        id: "e1".into(),
        value: first.3.clone(),
        time: Interval {
            start: day,
            end: day + Duration::days(1),
            granularity: Granularity::Day,
        },
        label: "Minister arrives in Valmora".into(),
        action: Some("arrived".into()),
        participants: Vec::new(),
        places: vec!["Valmora".into()],
        mentions: arrivals.iter().map(mention).collect(),
        independent_sources: sources.len(),
        sources,
        discrepancies: if disputed {
            vec!["d1".into()]
        } else {
            Vec::new()
        },
    });
    if disputed {
        analysis.discrepancies.push(Discrepancy {
            id: "d1".into(),
            kind: DiscrepancyKind::Date,
            subject: "Arrival in Valmora".into(),
            claims: values
                .iter()
                .map(|v| Claim {
                    value: v.clone(),
                    mentions: arrivals.iter().filter(|a| &a.3 == v).map(mention).collect(),
                })
                .collect(),
            explanation: "The reports give different days for the arrival".into(),
            confidence: 0.9,
            severity: 0.8,
            event: Some("e1".into()),
        });
    }
    analysis
}

/// An app on a workspace file in `dir`, with the fixture demo and the stand-in analysis.
pub fn config(workspace: &Path) -> AppConfig {
    AppConfig {
        workspace_path: Some(workspace.to_path_buf()),
        files: Vec::new(),
        analyzer: Arc::new(stand_in_analysis),
        demo: Arc::new(demo_files),
        start_dir: Some(fixtures()),
        dialogs: Box::new(ScriptedDialogs::default()),
        clipboard: Arc::new(RecordingClipboard::default()),
        log_file: None,
        started: None,
    }
}

/// [`config`] with a clipboard the test can read back.
pub fn config_with_clipboard(workspace: &Path) -> (AppConfig, Arc<RecordingClipboard>) {
    let clipboard = Arc::new(RecordingClipboard::default());
    let mut c = config(workspace);
    c.clipboard = clipboard.clone();
    (c, clipboard)
}

/// A harness running the whole window.
pub fn harness(config: AppConfig) -> Harness<'static, ParallaxApp> {
    Harness::builder()
        .with_size([1400.0, 900.0])
        .with_max_steps(40)
        // Real frame times, so two clicks in a row are a double-click.
        .with_step_dt(1.0 / 60.0)
        .build_ui_state(
            |ui, app: &mut ParallaxApp| app.show(ui),
            ParallaxApp::new(config),
        )
}

/// Steps the UI until the reading and analysis threads are done.
pub fn settle(h: &mut Harness<'static, ParallaxApp>) {
    let start = std::time::Instant::now();
    loop {
        h.step();
        if !h.state().busy() {
            break;
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(30),
            "background work did not finish"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    // Let the panels lay out with the new data: wrapped rows (the first-launch hint) and
    // panels sized by their content take a few frames to reach their final places, and a
    // click aimed at a place from an earlier frame can miss.
    h.run_steps(6);
}

/// A file dropped onto the window.
#[derive(Debug)]
pub struct TestFile(pub PathBuf);

impl egui::DroppedFile for TestFile {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}
