//! Thinning: which markers of a layout the widget paints.
//!
//! In a dense view several markers of one lane can land on the same pixel with the same
//! look (a few events of one day from one outlet, too few to become a cluster). Painting
//! every one of them costs tessellation time and shows nothing more: only the one on top
//! is visible. [`painted_marks`] keeps one marker per occupied pixel cell, lane and look:
//! the topmost, which is also the one hit-testing ([`Layout::mark_at`]) returns, so what is
//! under the pointer is what is drawn. Markers that share no cell with an identical one,
//! as in any sparse timeline, are all kept, in their order.
//!
//! The layout itself keeps every marker: hit-testing, keyboard stepping and labels still see
//! all events, and the exporters, which are not interactive, draw all of them unchanged.

use super::layout::{Layout, MarkKind};
use super::style::Rgba;
use rustc_hash::FxHashSet;

/// What makes two markers paint the same pixels: lane, pixel cell, shape and look.
#[derive(PartialEq, Eq, Hash)]
struct Look<'a> {
    /// The marker row (lanes have distinct rows).
    y: u32,
    /// Pixel cell of the centre.
    cell: i64,
    /// Shape: 0 point, 1 band, 2 cluster.
    shape: u8,
    /// Pixel cells of a band's ends, a cluster's count.
    extent: (i64, i64),
    radius: u32,
    color: Rgba,
    discrepancy: bool,
    selected: bool,
    source_dots: &'a [Rgba],
}

/// Indices into `layout.marks` to paint, in paint order (ascending). `pixels_per_point`
/// sets the size of a cell: one physical pixel.
pub fn painted_marks(layout: &Layout, pixels_per_point: f32) -> Vec<usize> {
    let ppp = if pixels_per_point.is_finite() && pixels_per_point > 0.0 {
        pixels_per_point
    } else {
        1.0
    };
    // Saturating float-to-int casts: a coordinate off any screen still gets a cell.
    let cell = |x: f32| (x * ppp).floor() as i64;
    let mut seen: FxHashSet<Look> = FxHashSet::default();
    seen.reserve(layout.marks.len());
    // From the top of the paint order down: the first marker seen of a look is the one on
    // top; any later one of the same look and cell is under it.
    let mut keep: Vec<usize> = (0..layout.marks.len())
        .rev()
        .filter(|&i| {
            let m = &layout.marks[i];
            let (shape, extent) = match m.kind {
                MarkKind::Point => (0, (0, 0)),
                MarkKind::Band { x0, x1 } => (1, (cell(x0), cell(x1))),
                MarkKind::Cluster { count, .. } => (2, (count as i64, 0)),
            };
            seen.insert(Look {
                y: m.y.to_bits(),
                cell: cell(m.x),
                shape,
                extent,
                radius: m.r.to_bits(),
                color: m.color,
                discrepancy: m.discrepancy,
                selected: m.selected,
                source_dots: &m.source_dots,
            })
        })
        .collect();
    keep.reverse();
    keep
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Analysis, Granularity};
    use crate::timeline::{fixtures, layout, LaneMode, Style, TimelineData, View};
    use chrono::NaiveDate;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, 6, d).unwrap()
    }

    /// Lays out `analysis` in one lane per source, 900 points wide, showing everything.
    fn lay_out(analysis: &Analysis) -> (TimelineData, Layout) {
        let style = Style::default();
        let data = TimelineData::new(analysis, &[], &style);
        let scale = data.scale(true);
        let view = View {
            lanes: LaneMode::Sources,
            ..View::widget(900.0)
        };
        let l = layout(&data, &scale, &data.lanes(LaneMode::Sources), &view, &style);
        (data, l)
    }

    #[test]
    fn two_events_on_one_pixel_paint_one_marker_and_hit_testing_finds_it() {
        let mut analysis = Analysis::default();
        // Two reports of the same day from one outlet: the same pixel in its lane, too few
        // to make a cluster; and an event two weeks later.
        for (id, d) in [("same-a", 10), ("same-b", 10), ("later", 24)] {
            analysis.events.push(fixtures::event(
                id,
                "2024-06",
                day(d),
                day(d + 1),
                Granularity::Day,
                "Same day",
                &["Alpha News"],
            ));
        }
        let (data, l) = lay_out(&analysis);
        let a = data.index_of("same-a").unwrap();
        let b = data.index_of("same-b").unwrap();
        let mark_of = |item: usize| l.marks.iter().position(|m| m.items == [item]).unwrap();
        let (ma, mb) = (mark_of(a), mark_of(b));
        assert_eq!(
            (l.marks[ma].x, l.marks[ma].y),
            (l.marks[mb].x, l.marks[mb].y)
        );

        let painted = painted_marks(&l, 1.0);
        assert_eq!(
            painted.len(),
            l.marks.len() - 1,
            "exactly one marker is thinned"
        );
        // The one painted is the one on top (laid out last: ids break the tie, so always
        // "same-b"), and it is the one the pointer finds there.
        let top = ma.max(mb);
        assert!(painted.contains(&top) && !painted.contains(&ma.min(mb)));
        assert_eq!(data.items[l.marks[top].items[0]].id, "same-b");
        let m = &l.marks[top];
        assert_eq!(l.mark_at(m.x, m.y), Some(top));
        // Both events are still in the layout (keyboard stepping, labels, exports).
        assert!(l.marks.iter().any(|m| m.items == [a]) && l.marks.iter().any(|m| m.items == [b]));
        // Thinning the same layout again gives the same answer.
        assert_eq!(painted_marks(&l, 1.0), painted);
    }

    #[test]
    fn a_sparse_timeline_paints_every_marker() {
        for mode in LaneMode::ALL {
            let style = Style::default();
            let analysis = fixtures::story();
            let data = TimelineData::new(&analysis, &[], &style);
            let scale = data.scale(true);
            for view in [View::widget(1400.0), View::export(1400.0)] {
                let view = View {
                    lanes: mode,
                    ..view
                };
                let l = layout(&data, &scale, &data.lanes(mode), &view, &style);
                for ppp in [1.0, 2.0] {
                    let all: Vec<usize> = (0..l.marks.len()).collect();
                    assert_eq!(painted_marks(&l, ppp), all, "{mode:?}");
                }
            }
        }
    }

    #[test]
    fn markers_that_look_different_are_all_painted() {
        let mut analysis = Analysis::default();
        // The same day in one lane, but one is disputed, one is reported by more sources
        // (bigger): each shows, so none is thinned.
        let mut plain = fixtures::event(
            "p",
            "2024-06-10",
            day(10),
            day(11),
            Granularity::Day,
            "Plain",
            &["Alpha News"],
        );
        let mut disputed = plain.clone();
        disputed.id = "q".into();
        disputed.discrepancies = vec!["d".into()];
        let mut heavy = plain.clone();
        heavy.id = "r".into();
        heavy.independent_sources = 4;
        plain.independent_sources = 1;
        analysis.events = vec![plain, disputed, heavy];
        let (_, l) = lay_out(&analysis);
        assert_eq!(l.marks.len(), 3);
        assert_eq!(painted_marks(&l, 1.0), vec![0, 1, 2]);
    }

    #[test]
    fn a_dense_lane_paints_at_most_one_marker_of_a_look_per_pixel() {
        // 400 consecutive days on 276 pixels: several days per pixel. Clustering would
        // merge them first, so it is turned off to check the cell rule on its own.
        let mut analysis = Analysis::default();
        for k in 0..400u32 {
            let d = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + chrono::Days::new(u64::from(k));
            let mut e = fixtures::event(
                &format!("x{k:03}"),
                "2000",
                d,
                d.succ_opt().unwrap(),
                Granularity::Day,
                "Minor",
                &["Alpha News"],
            );
            e.independent_sources = 1;
            analysis.events.push(e);
        }
        let style = Style::default();
        let data = TimelineData::new(&analysis, &[], &style);
        let scale = data.scale(false);
        let view = View {
            lanes: LaneMode::Sources,
            cluster_over: usize::MAX,
            ..View::widget(300.0)
        };
        let l = layout(&data, &scale, &data.lanes(LaneMode::Sources), &view, &style);
        assert_eq!(l.marks.len(), 400);
        let painted = painted_marks(&l, 1.0);
        let cells: std::collections::BTreeSet<i64> = painted
            .iter()
            .map(|&i| l.marks[i].x.floor() as i64)
            .collect();
        assert_eq!(cells.len(), painted.len(), "one marker per pixel");
        assert!(painted.len() < 300, "{} painted", painted.len());
        // Every marker left out has a painted one of its cell above it.
        for i in 0..l.marks.len() {
            if painted.binary_search(&i).is_err() {
                let cell = l.marks[i].x.floor() as i64;
                assert!(painted
                    .iter()
                    .any(|&j| j > i && l.marks[j].x.floor() as i64 == cell));
            }
        }
    }
}
