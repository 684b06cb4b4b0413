//! The pure timeline layout model shared by the desktop widget and the image exporters.
//!
//! One function, [`layout`], turns the events of an [`Analysis`] and a [`View`] (time
//! range, width, lanes, compression) into positioned primitives: axis, ticks, breaks,
//! lanes, bands, markers, clusters, labels, title and legend. The egui widget paints those
//! primitives and the exporters draw the very same ones, so what is exported is what is
//! seen. Nothing here depends on egui; text is measured with the embedded font
//! ([`text`]).
//!
//! Precision is kept honest: a year-only event is a band over its year, a month-level one
//! a band over its month, a day or a time a point; nothing is made more precise than the
//! sources made it ([`time::extent`]).

pub mod labels;
pub mod layout;
pub mod scale;
pub mod style;
pub mod text;
pub mod thin;
pub mod ticks;
pub mod time;

pub use layout::{
    layout, Layout, LegendItem, LegendKind, Mark, MarkKind, PlacedLabel, TextAnchor, TextItem, View,
};
pub use scale::Scale;
pub use style::{Rgba, Style};

use crate::model::{Analysis, Article};
use std::collections::BTreeMap;

/// How events are split into horizontal lanes.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum LaneMode {
    /// One lane with every event.
    #[default]
    Merged,
    /// One lane per outlet; an event reported by three outlets appears in three lanes.
    Sources,
    /// One lane per person or organisation taking part.
    People,
    /// One lane per place.
    Places,
}

impl LaneMode {
    /// Every mode, in menu order.
    pub const ALL: [LaneMode; 4] = [
        LaneMode::Merged,
        LaneMode::Sources,
        LaneMode::People,
        LaneMode::Places,
    ];

    /// The name shown in menus.
    pub fn label(self) -> &'static str {
        match self {
            LaneMode::Merged => "Merged",
            LaneMode::Sources => "Sources",
            LaneMode::People => "People",
            LaneMode::Places => "Places",
        }
    }
}

/// At most this many person or place lanes; the rest share an "Others" lane.
pub const MAX_ENTITY_LANES: usize = 10;

/// One event prepared for layout: where it sits in time and what its label says.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Index into [`Analysis::events`].
    pub event: usize,
    /// The event's id.
    pub id: String,
    /// Start, day number (see [`time`]).
    pub t0: f64,
    /// End, day number; equal to `t0` for points.
    pub t1: f64,
    /// Drawn as a point (a day or a time) rather than a band.
    pub point: bool,
    /// The time in words, as precise as the sources ("Jul 2000").
    pub date_text: String,
    /// The label drawn next to the marker ("Jul 2000 · Putin visits Pyongyang").
    pub text: String,
    /// Width of `text` at the style's label size, in points.
    pub text_width: f32,
    /// Number of independent sources (at least 1).
    pub weight: usize,
    /// True when the sources disagree about this event.
    pub discrepancy: bool,
    /// Source numbers (indices into [`TimelineData::sources`]), sorted.
    pub sources: Vec<usize>,
}

/// A lane: a name and the items in it, in time order.
#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    /// Name shown at the lane's left ("Al Jazeera", "Vladimir Putin").
    pub name: String,
    /// The source colour for source lanes.
    pub color: Option<Rgba>,
    /// Indices into [`TimelineData::items`], sorted by time.
    pub items: Vec<usize>,
}

/// Events prepared once for any number of layouts (the widget keeps one per analysis).
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineData {
    /// Items sorted by start, end, then id.
    pub items: Vec<Item>,
    /// Outlet names, sorted; an outlet's colour is [`style::source_color`] of its index.
    pub sources: Vec<String>,
    /// People and organisations per item, parallel to `items`.
    pub people: Vec<Vec<String>>,
    /// Places per item, parallel to `items`.
    pub places: Vec<Vec<String>>,
    /// Item indices sorted by id (then index): finds an event by id in `log n` instead of
    /// comparing the id of every item in every layout.
    by_id: Vec<usize>,
}

/// Cuts a label to its first line and a readable length.
fn clean_label(label: &str) -> String {
    let one_line = label.split_whitespace().collect::<Vec<_>>().join(" ");
    one_line.trim().to_string()
}

impl TimelineData {
    /// Prepares the events of `analysis`; `articles` give the outlet names so every source
    /// in the corpus gets a stable colour, even one that reports no event.
    pub fn new(analysis: &Analysis, articles: &[Article], style: &Style) -> Self {
        let mut sources: Vec<String> = articles
            .iter()
            .map(|a| a.outlet_name().to_string())
            .chain(
                analysis
                    .events
                    .iter()
                    .flat_map(|e| e.sources.iter().cloned()),
            )
            .collect();
        sources.sort();
        sources.dedup();
        let source_index: BTreeMap<&str, usize> = sources
            .iter()
            .enumerate()
            .map(|(i, s)| (s.as_str(), i))
            .collect();

        let mut rows: Vec<(Item, Vec<String>, Vec<String>)> = analysis
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let (t0, t1, point) = time::extent(&e.time, &e.value);
                let date_text = time::interval_label(&e.time, &e.value);
                let label = clean_label(&e.label);
                let full = if label.is_empty() {
                    date_text.clone()
                } else {
                    format!("{date_text} · {label}")
                };
                let text = text::truncate(&full, style.label_size, style.max_label_width);
                let text_width = text::text_width(&text, style.label_size);
                let mut srcs: Vec<usize> = e
                    .sources
                    .iter()
                    .filter_map(|s| source_index.get(s.as_str()).copied())
                    .collect();
                srcs.sort_unstable();
                srcs.dedup();
                let weight = e.independent_sources.max(1);
                let discrepancy = !e.discrepancies.is_empty()
                    || analysis
                        .discrepancies
                        .iter()
                        .any(|d| d.event.as_deref() == Some(e.id.as_str()));
                (
                    Item {
                        event: i,
                        id: e.id.clone(),
                        t0,
                        t1,
                        point,
                        date_text,
                        text,
                        text_width,
                        weight,
                        discrepancy,
                        sources: srcs,
                    },
                    e.participants.clone(),
                    e.places.clone(),
                )
            })
            .collect();
        rows.sort_by(|a, b| {
            a.0.t0
                .total_cmp(&b.0.t0)
                .then(a.0.t1.total_cmp(&b.0.t1))
                .then_with(|| a.0.id.cmp(&b.0.id))
        });
        let mut items = Vec::with_capacity(rows.len());
        let mut people = Vec::with_capacity(rows.len());
        let mut places = Vec::with_capacity(rows.len());
        for (item, p, pl) in rows {
            items.push(item);
            people.push(p);
            places.push(pl);
        }
        let mut by_id: Vec<usize> = (0..items.len()).collect();
        by_id.sort_by(|&a, &b| items[a].id.cmp(&items[b].id).then(a.cmp(&b)));
        TimelineData {
            items,
            sources,
            people,
            places,
            by_id,
        }
    }

    /// Indices of the items with this id, ascending (one, unless ids repeat).
    pub fn items_with_id(&self, id: &str) -> &[usize] {
        let lo = self
            .by_id
            .partition_point(|&i| self.items[i].id.as_str() < id);
        let hi = lo
            + self.by_id[lo..]
                .iter()
                .take_while(|&&i| self.items[i].id == id)
                .count();
        &self.by_id[lo..hi]
    }

    /// The index of the first item with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.items_with_id(id).first().copied()
    }

    /// The scale for these events, with or without gap compression.
    pub fn scale(&self, compress: bool) -> Scale {
        let extents: Vec<(f64, f64)> = self.items.iter().map(|i| (i.t0, i.t1)).collect();
        Scale::build(&extents, compress)
    }

    /// The lanes for `mode`, top to bottom.
    pub fn lanes(&self, mode: LaneMode) -> Vec<Lane> {
        let all = || (0..self.items.len()).collect::<Vec<_>>();
        match mode {
            LaneMode::Merged => vec![Lane {
                name: "All sources".to_string(),
                color: None,
                items: all(),
            }],
            LaneMode::Sources => {
                let mut lanes: Vec<Lane> = self
                    .sources
                    .iter()
                    .enumerate()
                    .map(|(i, s)| Lane {
                        name: s.clone(),
                        color: Some(style::source_color(i)),
                        items: Vec::new(),
                    })
                    .collect();
                let mut unattributed = Vec::new();
                for (i, item) in self.items.iter().enumerate() {
                    if item.sources.is_empty() {
                        unattributed.push(i);
                    }
                    for &s in &item.sources {
                        lanes[s].items.push(i);
                    }
                }
                lanes.retain(|l| !l.items.is_empty());
                if !unattributed.is_empty() {
                    lanes.push(Lane {
                        name: "No source".to_string(),
                        color: None,
                        items: unattributed,
                    });
                }
                lanes
            }
            LaneMode::People => self.entity_lanes(&self.people, "No person named"),
            LaneMode::Places => self.entity_lanes(&self.places, "No place named"),
        }
    }

    /// Lanes for the most frequent names, then "Others", then events naming none.
    fn entity_lanes(&self, names: &[Vec<String>], none: &str) -> Vec<Lane> {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for list in names {
            for n in list {
                *counts.entry(n.as_str()).or_default() += 1;
            }
        }
        let mut ranked: Vec<(&str, usize)> = counts.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let top: Vec<&str> = ranked
            .iter()
            .take(MAX_ENTITY_LANES)
            .map(|(n, _)| *n)
            .collect();
        let mut lanes: Vec<Lane> = top
            .iter()
            .map(|n| Lane {
                name: n.to_string(),
                color: None,
                items: Vec::new(),
            })
            .collect();
        let mut others = Vec::new();
        let mut unnamed = Vec::new();
        for (i, list) in names.iter().enumerate() {
            if list.is_empty() {
                unnamed.push(i);
                continue;
            }
            let mut in_top = false;
            for n in list {
                if let Some(k) = top.iter().position(|t| t == n) {
                    lanes[k].items.push(i);
                    in_top = true;
                }
            }
            if !in_top {
                others.push(i);
            }
        }
        for (name, items) in [("Others", others), (none, unnamed)] {
            if !items.is_empty() {
                lanes.push(Lane {
                    name: name.to_string(),
                    color: None,
                    items,
                });
            }
        }
        lanes
    }
}

/// Convenience: prepares `analysis` and lays it out in one call.
pub fn layout_analysis(
    analysis: &Analysis,
    articles: &[Article],
    view: &View,
    style: &Style,
) -> Layout {
    let data = TimelineData::new(analysis, articles, style);
    let scale = data.scale(view.compress);
    let lanes = data.lanes(view.lanes);
    layout(&data, &scale, &lanes, view, style)
}

#[cfg(test)]
pub(crate) mod fixtures;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Granularity;

    fn seeds_layout(width: f32, compress: bool, lanes: LaneMode) -> (TimelineData, Layout) {
        let style = Style::default();
        let analysis = fixtures::story();
        let data = TimelineData::new(&analysis, &[], &style);
        let scale = data.scale(compress);
        let view = View {
            compress,
            lanes,
            title: Some("Test".into()),
            ..View::export(width)
        };
        let l = layout(&data, &scale, &data.lanes(lanes), &view, &style);
        (data, l)
    }

    fn item_mark<'a>(data: &TimelineData, l: &'a Layout, id: &str) -> &'a Mark {
        let idx = data.items.iter().position(|i| i.id == id).unwrap();
        l.marks.iter().find(|m| m.items.contains(&idx)).unwrap()
    }

    #[test]
    fn granularity_decides_band_or_point() {
        let (data, l) = seeds_layout(1400.0, true, LaneMode::Merged);
        // Year and month events are bands spanning their period; days are points.
        let year = item_mark(&data, &l, "e6");
        let month = item_mark(&data, &l, "e8");
        let hanoi = item_mark(&data, &l, "e10");
        match (year.kind, month.kind) {
            (MarkKind::Band { x0: a0, x1: a1 }, MarkKind::Band { x0: b0, x1: b1 }) => {
                assert!(a1 - a0 > 6.0 * (b1 - b0).max(0.5) || b1 - b0 <= 3.0);
            }
            other => panic!("expected bands, got {other:?}"),
        }
        assert!(matches!(
            hanoi.kind,
            MarkKind::Point | MarkKind::Cluster { .. }
        ));
    }

    #[test]
    fn compression_makes_recent_events_readable() {
        let (_, on) = seeds_layout(1400.0, true, LaneMode::Merged);
        let (_, off) = seeds_layout(1400.0, false, LaneMode::Merged);
        assert!(!on.breaks.is_empty());
        assert!(off.breaks.is_empty());
        // With compression, 2019 → 2023 takes far more room than without.
        let span = |l: &Layout| {
            let a = l.map.x(l.scale.t_to_u(time::year_start(2019).unwrap()));
            let b = l.map.x(l.scale.t_to_u(time::year_start(2023).unwrap()));
            b - a
        };
        assert!(
            span(&on) > 2.0 * span(&off),
            "{} vs {}",
            span(&on),
            span(&off)
        );
        // Every break says how long it really is.
        assert!(on.texts.iter().any(|t| t.text.ends_with("years")));
    }

    #[test]
    fn every_event_is_drawn_and_labels_do_not_overlap() {
        for lanes in LaneMode::ALL {
            let (data, l) = seeds_layout(1400.0, true, lanes);
            let drawn: std::collections::BTreeSet<usize> = l
                .marks
                .iter()
                .flat_map(|m| m.items.iter().copied())
                .collect();
            assert_eq!(drawn.len(), data.items.len(), "{lanes:?}");
            for (i, a) in l.labels.iter().enumerate() {
                for b in &l.labels[i + 1..] {
                    let overlap_x = a.text.left() < b.text.left() + b.text.width
                        && b.text.left() < a.text.left() + a.text.width;
                    let overlap_y = a.top < b.top + b.height && b.top < a.top + a.height;
                    assert!(
                        !(overlap_x && overlap_y),
                        "{:?} / {:?}",
                        a.text.text,
                        b.text.text
                    );
                }
            }
            // Labels stay inside the image.
            for lab in &l.labels {
                assert!(lab.text.left() >= 0.0 && lab.text.left() + lab.text.width <= l.width);
            }
        }
    }

    #[test]
    fn discrepancy_and_weight_are_marked() {
        let (data, l) = seeds_layout(1400.0, true, LaneMode::Merged);
        let visit = item_mark(&data, &l, "e9");
        assert!(visit.discrepancy);
        let lone = item_mark(&data, &l, "e2");
        assert!(!lone.discrepancy);
        let summit = item_mark(&data, &l, "e6");
        assert!(
            summit.r > lone.r,
            "three sources must look heavier than one"
        );
        assert_eq!(summit.source_dots.len(), 3);
    }

    #[test]
    fn source_lanes_repeat_shared_events() {
        let (_, l) = seeds_layout(1400.0, true, LaneMode::Sources);
        assert_eq!(l.lanes.len(), 4);
        let names: Vec<&str> = l.lanes.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(
            names,
            ["Alpha News", "Beta Times", "Delta Wire", "Gamma Post"]
        );
        // e9 is reported by all four outlets: four markers.
        let total: usize = l.marks.iter().map(|m| m.items.len()).sum();
        assert_eq!(total, 2 + 1 + 2 + 1 + 1 + 3 + 1 + 2 + 4 + 1);
    }

    #[test]
    fn close_events_cluster_when_zoomed_out_and_split_when_zoomed_in() {
        let style = Style::default();
        let mut analysis = fixtures::story();
        // Twenty day-level events within one week.
        for k in 0..20u32 {
            let d = chrono::NaiveDate::from_ymd_opt(2024, 6, 1 + k % 7).unwrap();
            analysis.events.push(fixtures::event(
                &format!("x{k}"),
                "2024-06",
                d,
                d.succ_opt().unwrap(),
                Granularity::Day,
                "Minor item",
                &["Alpha News"],
            ));
        }
        let data = TimelineData::new(&analysis, &[], &style);
        let scale = data.scale(true);
        let lanes = data.lanes(LaneMode::Merged);
        let wide = View::widget(900.0);
        let l = layout(&data, &scale, &lanes, &wide, &style);
        let cluster = l
            .marks
            .iter()
            .find_map(|m| match m.kind {
                MarkKind::Cluster { count, .. } => Some(count),
                _ => None,
            })
            .expect("a cluster at full view");
        assert!(cluster >= 5);
        // Zoom to the first days of June 2024: single days separate.
        let a = scale.t_to_u(time::day_number(
            chrono::NaiveDate::from_ymd_opt(2024, 5, 31).unwrap(),
        ));
        let b = scale.t_to_u(time::day_number(
            chrono::NaiveDate::from_ymd_opt(2024, 6, 8).unwrap(),
        ));
        let zoomed = View {
            range: Some((a, b)),
            ..View::widget(900.0)
        };
        let l = layout(&data, &scale, &lanes, &zoomed, &style);
        let biggest = l
            .marks
            .iter()
            .map(|m| match m.kind {
                MarkKind::Cluster { count, .. } => count,
                _ => 1,
            })
            .max()
            .unwrap();
        assert!(
            biggest <= 3,
            "days a week apart must not stay one cluster: {biggest}"
        );
    }

    #[test]
    fn empty_analysis_lays_out_without_panicking() {
        let style = Style::default();
        let data = TimelineData::new(&Analysis::default(), &[], &style);
        let scale = data.scale(true);
        let l = layout(
            &data,
            &scale,
            &data.lanes(LaneMode::Merged),
            &View::export(600.0),
            &style,
        );
        assert!(l.marks.is_empty());
        assert!(l.texts.iter().any(|t| t.text == "No dated events"));
        assert!(l.height > 0.0);
    }

    #[test]
    fn hit_testing_finds_markers() {
        let (data, l) = seeds_layout(1400.0, true, LaneMode::Merged);
        let m = item_mark(&data, &l, "e2");
        let found = l.mark_at(m.x, m.y).unwrap();
        assert!(l.marks[found]
            .items
            .contains(&data.items.iter().position(|i| i.id == "e2").unwrap()));
        assert_eq!(l.mark_at(-50.0, -50.0), None);
    }
}
