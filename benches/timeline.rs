//! Timeline cost per frame with 10,000 events: the pure layout, and a whole headless egui
//! frame painting the widget followed by tessellation. Target: under 4 ms per frame.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use parallax::app::timeline_view::TimelineView;
use parallax::model::{Analysis, Event, Granularity, Interval, MentionRef};
use parallax::timeline::{self, LaneMode, Style, TimelineData, View};
use std::hint::black_box;

/// `n` events from 1950 to 2024 with a mix of precisions, clustered around a few dates
/// like real coverage; deterministic (a small linear congruential generator).
fn events(n: usize) -> Analysis {
    let outlets = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        (seed >> 33) as u32
    };
    let base = NaiveDate::from_ymd_opt(1950, 1, 1).expect("date");
    let events = (0..n)
        .map(|i| {
            let hot = next() % 4 == 0;
            let day = if hot {
                27_000 + next() % 60
            } else {
                next() % 27_000
            };
            let start = base + chrono::Days::new(u64::from(day));
            let (start, end, g) = match next() % 5 {
                0 => {
                    let s = NaiveDate::from_ymd_opt(chrono::Datelike::year(&start), 1, 1)
                        .expect("date");
                    (s, s + chrono::Months::new(12), Granularity::Year)
                }
                1 => {
                    let s = start.with_day0(0).expect("date");
                    (s, s + chrono::Months::new(1), Granularity::Month)
                }
                _ => (start, start + chrono::Days::new(1), Granularity::Day),
            };
            let k = 1 + (next() % 4) as usize;
            let sources: Vec<String> = (0..k)
                .map(|j| outlets[(i + j) % outlets.len()].to_string())
                .collect();
            Event {
                id: format!("e{i}"),
                value: start.to_string(),
                time: Interval {
                    start,
                    end,
                    granularity: g,
                },
                label: format!("Event number {i} with a label of ordinary length"),
                action: None,
                participants: vec![format!("Person {}", i % 13)],
                places: vec![format!("Place {}", i % 7)],
                mentions: vec![MentionRef {
                    article: 0,
                    span: 0..1,
                    quote: "quote".to_string(),
                }],
                independent_sources: k,
                sources,
                discrepancies: if i % 50 == 0 {
                    vec!["d".to_string()]
                } else {
                    Vec::new()
                },
            }
        })
        .collect();
    Analysis {
        articles: Vec::new(),
        events,
        discrepancies: Vec::new(),
    }
}

use chrono::Datelike as _;

fn bench(c: &mut Criterion) {
    // As the app does at start (src/app/frame_memory.rs); BENCH_DEFAULT_MALLOC=1 measures
    // with glibc's defaults instead, where frames pay for page faults.
    if std::env::var_os("BENCH_DEFAULT_MALLOC").is_none() {
        parallax::app::frame_memory::keep_frame_memory();
    }
    if std::env::var_os("TIMELINE_COUNTS").is_some() {
        counts();
    }
    let analysis = events(10_000);
    let style = Style::default();
    let data = TimelineData::new(&analysis, &[], &style);
    let scale = data.scale(true);
    for mode in [LaneMode::Merged, LaneMode::Sources] {
        let lanes = data.lanes(mode);
        let view = View {
            lanes: mode,
            ..View::widget(1600.0)
        };
        c.bench_function(&format!("layout 10k events, {mode:?}"), |b| {
            b.iter(|| black_box(timeline::layout(&data, &scale, &lanes, &view, &style)))
        });
    }

    let ctx = egui::Context::default();
    let mut widget = TimelineView::new();
    let input = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1600.0, 900.0),
        )),
        ..Default::default()
    };
    let frame = |widget: &mut TimelineView| {
        let out = ctx.run_ui(input(), |ui| {
            let _ = widget.ui(ui, &analysis, &[], Some("e5000"));
        });
        let mut out = out;
        let shapes = std::mem::take(&mut out.shapes);
        let prims = ctx.tessellate(shapes, out.pixels_per_point);
        // No renderer here: the font atlas updates are dropped on purpose.
        out.drop_without_applying_deltas();
        black_box(prims.len())
    };
    // Warm the cache and the font atlas.
    frame(&mut widget);
    frame(&mut widget);
    c.bench_function("widget frame + tessellate, 10k events, fit all", |b| {
        b.iter(|| frame(&mut widget))
    });
    // While panning every frame has a new range: no layout can be reused.
    let (u0, u1) = timeline::layout::fit_range(&data.scale(true));
    let mut step = 0u32;
    let mut panning = |widget: &mut TimelineView| {
        step = step.wrapping_add(1);
        let shift = (u1 - u0) * 0.001 * f64::from(step % 100);
        widget.range = Some((u0 + shift, u1 + shift));
        frame(widget)
    };
    c.bench_function("widget frame + tessellate, 10k events, panning", |b| {
        b.iter(|| panning(&mut widget))
    });
    widget.range = None;
    widget.lanes = LaneMode::Sources;
    frame(&mut widget);
    c.bench_function("widget frame + tessellate, 10k events, source lanes", |b| {
        b.iter(|| frame(&mut widget))
    });
    c.bench_function(
        "widget frame + tessellate, 10k events, source lanes, panning",
        |b| b.iter(|| panning(&mut widget)),
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);

#[allow(dead_code)]
fn counts() {
    let analysis = events(10_000);
    let style = Style::default();
    let data = TimelineData::new(&analysis, &[], &style);
    let scale = data.scale(true);
    for mode in [LaneMode::Merged, LaneMode::Sources] {
        let lanes = data.lanes(mode);
        let view = View {
            lanes: mode,
            ..View::widget(1600.0)
        };
        let l = timeline::layout(&data, &scale, &lanes, &view, &style);
        let ctx = egui::Context::default();
        let mut w = TimelineView::new();
        w.lanes = mode;
        for k in 0..5 {
            let t = std::time::Instant::now();
            let mut out = ctx.run_ui(
                egui::RawInput {
                    screen_rect: Some(egui::Rect::from_min_size(
                        egui::Pos2::ZERO,
                        egui::vec2(1600.0, 900.0),
                    )),
                    ..Default::default()
                },
                |ui| {
                    let _ = w.ui(ui, &analysis, &[], None);
                },
            );
            let t1 = t.elapsed();
            let shapes = std::mem::take(&mut out.shapes);
            let n = shapes.len();
            let prims = ctx.tessellate(shapes, out.pixels_per_point);
            let t2 = t.elapsed();
            let verts: usize = prims
                .iter()
                .map(|p| match &p.primitive {
                    egui::epaint::Primitive::Mesh(m) => m.vertices.len(),
                    _ => 0,
                })
                .sum();
            out.drop_without_applying_deltas();
            eprintln!(
                "frame {k}: run {t1:?} total {t2:?} shapes {n} prims {} verts {verts}",
                prims.len()
            );
        }
        eprintln!(
            "{mode:?}: marks {} labels {} texts {} ticks {} breaks {}",
            l.marks.len(),
            l.labels.len(),
            l.texts.len(),
            l.ticks.len(),
            l.breaks.len()
        );
    }
}
