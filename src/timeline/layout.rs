//! The layout: events + view → positioned primitives, in points from the top-left corner.

use super::labels::{self, Request};
use super::scale::Scale;
use super::style::{source_color, Rgba, Style};
use super::text::text_width;
use super::ticks::{self, AxisMap, Tick};
use super::time::duration_label;
use super::{Item, Lane, LaneMode, TimelineData};

/// What to show and how: the visible time range, size, lanes and options.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// Total width in points.
    pub width: f32,
    /// Visible axis range (see [`Scale`]); `None` shows everything ("fit all").
    pub range: Option<(f64, f64)>,
    /// How events are split into lanes.
    pub lanes: LaneMode,
    /// Compress long empty stretches into breaks.
    pub compress: bool,
    /// Title drawn at the top.
    pub title: Option<String>,
    /// Line under the title (counts, period).
    pub subtitle: Option<String>,
    /// Draw the legend under the axis.
    pub legend: bool,
    /// Groups of overlapping markers with more events than this become one cluster marker.
    pub cluster_over: usize,
    /// Most label rows per lane.
    pub max_label_rows: usize,
    /// Reserve `max_label_rows` rows in every lane even when fewer are used, so lanes do
    /// not jump while zooming (the widget); exports use only the rows they need.
    pub fixed_rows: bool,
    /// The selected event's id.
    pub selected: Option<String>,
}

impl View {
    /// Settings for an exported image of the whole timeline.
    pub fn export(width: f32) -> Self {
        View {
            width,
            range: None,
            lanes: LaneMode::Merged,
            compress: true,
            title: None,
            subtitle: None,
            legend: true,
            cluster_over: 12,
            max_label_rows: 10,
            fixed_rows: false,
            selected: None,
        }
    }

    /// Settings for the interactive widget.
    pub fn widget(width: f32) -> Self {
        View {
            legend: false,
            cluster_over: 4,
            max_label_rows: 4,
            fixed_rows: true,
            ..View::export(width)
        }
    }
}

/// How a text is aligned on its x.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextAnchor {
    /// x is the left edge.
    Start,
    /// x is the centre.
    Middle,
    /// x is the right edge.
    End,
}

/// A piece of text: tick and context labels, break labels, lane names, title, legend.
#[derive(Debug, Clone, PartialEq)]
pub struct TextItem {
    /// The text.
    pub text: String,
    /// Horizontal position (see `anchor`).
    pub x: f32,
    /// Baseline.
    pub y: f32,
    /// Font size in points.
    pub size: f32,
    /// Colour.
    pub color: Rgba,
    /// Alignment.
    pub anchor: TextAnchor,
    /// Measured width.
    pub width: f32,
}

impl TextItem {
    fn new(text: String, x: f32, y: f32, size: f32, color: Rgba, anchor: TextAnchor) -> Self {
        let width = text_width(&text, size);
        TextItem {
            text,
            x,
            y,
            size,
            color,
            anchor,
            width,
        }
    }

    /// Left edge.
    pub fn left(&self) -> f32 {
        match self.anchor {
            TextAnchor::Start => self.x,
            TextAnchor::Middle => self.x - self.width / 2.0,
            TextAnchor::End => self.x - self.width,
        }
    }
}

/// The shape of a marker.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MarkKind {
    /// A day or a time: a circle of radius `r` at (`x`, `y`).
    Point,
    /// A period: a bar from `x0` to `x1`, `2 r` high, centred on `y`.
    Band {
        /// Left end.
        x0: f32,
        /// Right end.
        x1: f32,
    },
    /// Several events too close to tell apart at this zoom: a circle with the count.
    Cluster {
        /// Number of events.
        count: usize,
        /// Left end of the events it stands for.
        x0: f32,
        /// Right end of the events it stands for.
        x1: f32,
    },
}

/// One marker.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// Shape.
    pub kind: MarkKind,
    /// Centre x.
    pub x: f32,
    /// Centre y.
    pub y: f32,
    /// Radius (half height for bands).
    pub r: f32,
    /// Fill colour.
    pub color: Rgba,
    /// Sources disagree about (one of) its events.
    pub discrepancy: bool,
    /// Contains the selected event.
    pub selected: bool,
    /// Indices into [`TimelineData::items`].
    pub items: Vec<usize>,
    /// Small source-coloured squares drawn under the marker (merged lane).
    pub source_dots: Vec<Rgba>,
}

impl Mark {
    /// True when `(px, py)` is on the marker, with `slop` points of tolerance.
    pub fn hit(&self, px: f32, py: f32, slop: f32) -> bool {
        match self.kind {
            MarkKind::Band { x0, x1 } => {
                px >= x0 - slop && px <= x1 + slop && (py - self.y).abs() <= self.r + slop
            }
            _ => (px - self.x).powi(2) + (py - self.y).powi(2) <= (self.r + slop).powi(2),
        }
    }
}

/// An event label with its leader line.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedLabel {
    /// The text.
    pub text: TextItem,
    /// Top of the label box.
    pub top: f32,
    /// Height of the label box.
    pub height: f32,
    /// Leader line: x, top y, bottom y.
    pub leader: (f32, f32, f32),
    /// Index into [`Layout::marks`].
    pub mark: usize,
}

/// A compressed gap.
#[derive(Debug, Clone, PartialEq)]
pub struct BreakMark {
    /// Left edge.
    pub x0: f32,
    /// Right edge.
    pub x1: f32,
    /// Days the break stands for.
    pub days: f64,
}

/// A horizontal lane.
#[derive(Debug, Clone, PartialEq)]
pub struct LaneBox {
    /// Name.
    pub name: String,
    /// Top.
    pub y0: f32,
    /// Bottom.
    pub y1: f32,
    /// Where the markers sit.
    pub marker_y: f32,
    /// Source colour for source lanes.
    pub color: Option<Rgba>,
}

/// The symbol of a legend entry.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LegendKind {
    /// A source colour swatch.
    Source(Rgba),
    /// A point (a day or time).
    Point,
    /// A band (a week, month, year…).
    Band,
    /// A bigger point (more independent sources).
    Weight,
    /// A discrepancy ring.
    Discrepancy,
    /// A cluster.
    Cluster,
    /// A compressed gap.
    Break,
    /// No symbol (a heading).
    Heading,
}

/// One legend entry: a symbol centred at (`x`, `y`) and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendItem {
    /// Symbol.
    pub kind: LegendKind,
    /// Symbol centre x.
    pub x: f32,
    /// Symbol centre y.
    pub y: f32,
    /// The words.
    pub text: TextItem,
}

/// Everything to draw, positioned.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// Width in points.
    pub width: f32,
    /// Height in points.
    pub height: f32,
    /// Colours and sizes used.
    pub style: Style,
    /// The time scale.
    pub scale: Scale,
    /// Visible axis range → points.
    pub map: AxisMap,
    /// Top of the lanes.
    pub plot_top: f32,
    /// The axis line's y.
    pub axis_y: f32,
    /// Tick marks (labels are in `texts`).
    pub ticks: Vec<Tick>,
    /// Compressed gaps in view.
    pub breaks: Vec<BreakMark>,
    /// Lanes.
    pub lanes: Vec<LaneBox>,
    /// Markers, bands under points.
    pub marks: Vec<Mark>,
    /// Event labels.
    pub labels: Vec<PlacedLabel>,
    /// All other text.
    pub texts: Vec<TextItem>,
    /// Legend entries.
    pub legend: Vec<LegendItem>,
    /// Markers whose label did not fit (shown on hover in the widget).
    pub unlabelled: usize,
}

impl Layout {
    /// The topmost marker at `(x, y)`, or the marker of the label there.
    pub fn mark_at(&self, x: f32, y: f32) -> Option<usize> {
        if let Some(i) = self.marks.iter().rposition(|m| m.hit(x, y, 3.0)) {
            return Some(i);
        }
        self.labels
            .iter()
            .find(|l| {
                let left = l.text.left();
                x >= left && x <= left + l.text.width && y >= l.top && y <= l.top + l.height
            })
            .map(|l| l.mark)
    }
}

/// The axis range that shows every event with a little room on both sides.
pub fn fit_range(scale: &Scale) -> (f64, f64) {
    let (u0, u1) = scale.u_range();
    let span = (u1 - u0).max(1.0);
    let pad = span * 0.04;
    (u0 - pad, u1 + pad)
}

/// One marker before vertical placement.
struct Pending {
    mark: Mark,
    label: Option<(String, f32)>,
    anchor: f32,
}

/// Lays out `lanes` of `data` on `scale` for `view`.
pub fn layout(
    data: &TimelineData,
    scale: &Scale,
    lanes: &[Lane],
    view: &View,
    style: &Style,
) -> Layout {
    let width = view.width.max(200.0);
    let x0 = style.margin;
    let x1 = width - style.margin;
    let (u0, u1) = view
        .range
        .filter(|(a, b)| a.is_finite() && b.is_finite() && b > a)
        .unwrap_or_else(|| fit_range(scale));
    let map = AxisMap { u0, u1, x0, x1 };

    let mut texts = Vec::new();
    let mut y = style.margin;
    if let Some(title) = view.title.as_deref().filter(|t| !t.is_empty()) {
        y += style.title_size;
        texts.push(TextItem::new(
            title.to_string(),
            x0,
            y,
            style.title_size,
            style.ink,
            TextAnchor::Start,
        ));
        y += style.title_size * 0.5;
    }
    if let Some(sub) = view.subtitle.as_deref().filter(|t| !t.is_empty()) {
        y += style.label_size + 2.0;
        texts.push(TextItem::new(
            sub.to_string(),
            x0,
            y,
            style.label_size,
            style.muted,
            TextAnchor::Start,
        ));
        y += style.label_size * 0.6;
    }
    y += 4.0;
    let plot_top = y;

    let merged = view.lanes == LaneMode::Merged || lanes.len() <= 1;
    let show_lane_names = !(view.lanes == LaneMode::Merged && lanes.len() == 1);
    let mut marks: Vec<Mark> = Vec::new();
    let mut placed_labels: Vec<PlacedLabel> = Vec::new();
    let mut lane_boxes = Vec::new();
    let mut unlabelled = 0;

    let t_lo = scale.u_to_t(u0);
    let t_hi = scale.u_to_t(u1);
    for lane in lanes {
        let color = lane.color.unwrap_or(style.neutral);
        let pending = lane_marks(
            data, scale, lane, &map, t_lo, t_hi, view, style, color, merged,
        );

        // Labels, left to right by anchor.
        let mut order: Vec<usize> = (0..pending.len())
            .filter(|&i| pending[i].label.is_some())
            .collect();
        order.sort_by(|&a, &b| pending[a].anchor.total_cmp(&pending[b].anchor));
        let requests: Vec<Request> = order
            .iter()
            .map(|&i| {
                let mark = &pending[i].mark;
                Request {
                    anchor: pending[i].anchor,
                    width: pending[i].label.as_ref().map_or(0.0, |l| l.1) + 4.0,
                    // Selected first, then disputed, then the most widely reported.
                    priority: u32::from(mark.selected) << 24
                        | u32::from(mark.discrepancy) << 23
                        | (mark.r.max(0.0) * 100.0) as u32,
                }
            })
            .collect();
        let (placements, rows_used) =
            labels::place(&requests, x0, x1, view.max_label_rows.max(1), 8.0);
        let rows = if view.fixed_rows {
            view.max_label_rows.max(1)
        } else {
            rows_used.max(1)
        };

        let max_r = pending
            .iter()
            .map(|p| p.mark.r)
            .fold(style.radius(1), f32::max);
        let name_h = if show_lane_names {
            style.label_size + 6.0
        } else {
            0.0
        };
        let lane_top = y;
        let rows_top = lane_top + name_h;
        let marker_y = rows_top + rows as f32 * style.row_height + max_r + 4.0;
        let dots_h = if merged { 8.0 } else { 0.0 };
        let lane_bottom = marker_y + max_r + dots_h + 6.0;

        let base = marks.len();
        let mut label_of: Vec<Option<(String, f32)>> = Vec::with_capacity(pending.len());
        for mut p in pending {
            p.mark.y = marker_y;
            label_of.push(p.label.take());
            marks.push(p.mark);
        }
        for (k, &i) in order.iter().enumerate() {
            let Some((label, w)) = label_of[i].take() else {
                continue;
            };
            let Some(pl) = placements[k] else {
                unlabelled += 1;
                continue;
            };
            let mark = &marks[base + i];
            let row_bottom = marker_y - max_r - 4.0 - pl.row as f32 * style.row_height;
            let top = row_bottom - style.row_height;
            let baseline = row_bottom - 4.0;
            let text_color = if mark.discrepancy {
                style.discrepancy
            } else {
                style.ink
            };
            let leader_x = match mark.kind {
                MarkKind::Band { x0, .. } => x0.max(map.x0),
                _ => mark.x,
            };
            let text = TextItem {
                text: label,
                x: pl.x + 3.0,
                y: baseline,
                size: style.label_size,
                color: text_color,
                anchor: TextAnchor::Start,
                width: w,
            };
            placed_labels.push(PlacedLabel {
                text,
                top,
                height: style.row_height,
                leader: (leader_x, row_bottom - 2.0, marker_y - mark.r),
                mark: base + i,
            });
        }

        if show_lane_names {
            texts.push(TextItem::new(
                lane.name.clone(),
                x0,
                lane_top + style.label_size + 1.0,
                style.label_size,
                lane.color.unwrap_or(style.muted),
                TextAnchor::Start,
            ));
        }
        lane_boxes.push(LaneBox {
            name: lane.name.clone(),
            y0: lane_top,
            y1: lane_bottom,
            marker_y,
            color: lane.color,
        });
        y = lane_bottom;
    }
    if lanes.is_empty() {
        y += 40.0;
    }

    // Axis, ticks, context row, breaks.
    let axis_y = y + 2.0;
    let t = ticks::ticks(scale, &map, style.tick_size);
    let tick_base = axis_y + 6.0 + style.tick_size;
    for tick in &t.ticks {
        if let Some(label) = &tick.label {
            texts.push(TextItem {
                text: label.clone(),
                x: tick.x,
                y: tick_base,
                size: style.tick_size,
                color: style.ink,
                anchor: TextAnchor::Middle,
                width: tick.label_width,
            });
        }
    }
    let ctx_base = tick_base + style.tick_size * 1.4;
    let has_context = !t.context.is_empty();
    for c in &t.context {
        texts.push(TextItem {
            text: c.text.clone(),
            x: c.x,
            y: ctx_base,
            size: style.tick_size,
            color: style.muted,
            anchor: TextAnchor::Start,
            width: c.width,
        });
    }
    let break_base = if has_context {
        ctx_base + style.tick_size * 1.4
    } else {
        ctx_base
    };
    let mut breaks = Vec::new();
    let mut break_right = f32::NEG_INFINITY;
    let mut any_break_label = false;
    for b in scale.breaks() {
        if b.u1 < u0 || b.u0 > u1 {
            continue;
        }
        let bx0 = map.x(b.u0).max(x0);
        let bx1 = map.x(b.u1).min(x1);
        let days = b.t1 - b.t0;
        breaks.push(BreakMark {
            x0: bx0,
            x1: bx1,
            days,
        });
        let text = duration_label(days);
        let w = text_width(&text, style.tick_size);
        let cx = ((bx0 + bx1) / 2.0).clamp(x0 + w / 2.0, x1 - w / 2.0);
        if cx - w / 2.0 >= break_right + 6.0 {
            break_right = cx + w / 2.0;
            any_break_label = true;
            texts.push(TextItem {
                text,
                x: cx,
                y: break_base,
                size: style.tick_size,
                color: style.muted,
                anchor: TextAnchor::Middle,
                width: w,
            });
        }
    }
    let mut bottom = if any_break_label {
        break_base + 4.0
    } else {
        (if has_context { ctx_base } else { tick_base }) + 4.0
    };

    if data.items.is_empty() {
        texts.push(TextItem::new(
            "No dated events".to_string(),
            (x0 + x1) / 2.0,
            plot_top + 24.0,
            style.label_size,
            style.muted,
            TextAnchor::Middle,
        ));
    }

    let legend = if view.legend {
        let (items, end) = legend(
            data,
            lanes,
            !breaks.is_empty(),
            x0,
            x1,
            bottom + 10.0,
            style,
        );
        bottom = end;
        items
    } else {
        Vec::new()
    };

    Layout {
        width,
        height: (bottom + style.margin).ceil(),
        style: style.clone(),
        scale: scale.clone(),
        map,
        plot_top,
        axis_y,
        ticks: t.ticks,
        breaks,
        lanes: lane_boxes,
        marks,
        labels: placed_labels,
        texts,
        legend,
        unlabelled,
    }
}

/// Markers of one lane, horizontally placed (y is set by the caller).
#[allow(clippy::too_many_arguments)]
fn lane_marks(
    data: &TimelineData,
    scale: &Scale,
    lane: &Lane,
    map: &AxisMap,
    t_lo: f64,
    t_hi: f64,
    view: &View,
    style: &Style,
    color: Rgba,
    merged: bool,
) -> Vec<Pending> {
    let end = lane.items.partition_point(|&i| data.items[i].t0 <= t_hi);
    let mut wide_raw: Vec<(f32, f32, usize)> = Vec::new();
    // Small marks: (x, x0, x1, item).
    let mut small: Vec<(f32, f32, f32, usize)> = Vec::new();
    for &i in &lane.items[..end] {
        let item = &data.items[i];
        if item.t1 < t_lo {
            continue;
        }
        let xa = map.x(scale.t_to_u(item.t0));
        let xb = map.x(scale.t_to_u(item.t1));
        if !item.point && xb - xa >= 2.0 * style.cluster_px {
            wide_raw.push((xa, xb, i));
        } else {
            small.push(((xa + xb) / 2.0, xa, xb, i));
        }
    }
    small.sort_by(|a, b| a.0.total_cmp(&b.0));

    // Bands over the very same period (many events known only to the year) stack into one
    // band with a count; lane items are sorted by (start, end), so they are adjacent.
    let mut out: Vec<Pending> = Vec::new();
    let mut g = 0;
    while g < wide_raw.len() {
        let key = |k: usize| {
            let it = &data.items[wide_raw[k].2];
            (it.t0, it.t1)
        };
        let mut h = g + 1;
        while h < wide_raw.len() && key(h) == key(g) {
            h += 1;
        }
        let group = &wide_raw[g..h];
        if group.len() > view.cluster_over {
            out.push(stacked_band(data, group, view, style, color));
        } else {
            for &(xa, xb, i) in group {
                out.push(single(
                    data,
                    &data.items[i],
                    i,
                    xa,
                    xb,
                    view,
                    style,
                    color,
                    merged,
                ));
            }
        }
        g = h;
    }

    let mut g = 0;
    while g < small.len() {
        let first_x = small[g].0;
        let mut h = g + 1;
        while h < small.len()
            && small[h].0 - small[h - 1].0 <= style.cluster_px
            && small[h].0 - first_x <= 3.0 * style.cluster_px
        {
            h += 1;
        }
        let group = &small[g..h];
        if group.len() > view.cluster_over {
            out.push(cluster(data, group, view, style, color));
        } else {
            for &(_, xa, xb, i) in group {
                out.push(single(
                    data,
                    &data.items[i],
                    i,
                    xa,
                    xb,
                    view,
                    style,
                    color,
                    merged,
                ));
            }
        }
        g = h;
    }
    out
}

/// The marker of one event.
#[allow(clippy::too_many_arguments)]
fn single(
    data: &TimelineData,
    item: &Item,
    index: usize,
    xa: f32,
    xb: f32,
    view: &View,
    style: &Style,
    color: Rgba,
    merged: bool,
) -> Pending {
    let selected = view.selected.as_deref() == Some(item.id.as_str());
    let (kind, r) = if item.point {
        (MarkKind::Point, style.radius(item.weight))
    } else {
        let grow = style.radius(item.weight) / style.radius(1);
        // A band never shrinks below 3 points so a month stays visible at any zoom.
        let (a, b) = if xb - xa < 3.0 {
            let c = (xa + xb) / 2.0;
            (c - 1.5, c + 1.5)
        } else {
            (xa, xb)
        };
        (
            MarkKind::Band { x0: a, x1: b },
            style.band_height / 2.0 * grow,
        )
    };
    let source_dots = if merged {
        item.sources
            .iter()
            .take(8)
            .map(|&s| source_color(s))
            .collect()
    } else {
        Vec::new()
    };
    let _ = data;
    Pending {
        mark: Mark {
            kind,
            x: (xa + xb) / 2.0,
            y: 0.0,
            r,
            color,
            discrepancy: item.discrepancy,
            selected,
            items: vec![index],
            source_dots,
        },
        label: Some((item.text.clone(), item.text_width)),
        anchor: if item.point {
            (xa + xb) / 2.0
        } else {
            xa.max(style.margin)
        },
    }
}

/// One band standing for several events over the same period.
fn stacked_band(
    data: &TimelineData,
    group: &[(f32, f32, usize)],
    view: &View,
    style: &Style,
    color: Rgba,
) -> Pending {
    let (xa, xb, first) = group[0];
    let items: Vec<usize> = group.iter().map(|g| g.2).collect();
    let count = items.len();
    let label = format!("{count} events · {}", data.items[first].date_text);
    let w = text_width(&label, style.label_size);
    let selected = view
        .selected
        .as_deref()
        .is_some_and(|s| items.iter().any(|&i| data.items[i].id == s));
    let discrepancy = items.iter().any(|&i| data.items[i].discrepancy);
    let grow = 1.0 + 0.25 * (count as f32).log2().min(6.0);
    Pending {
        mark: Mark {
            kind: MarkKind::Band { x0: xa, x1: xb },
            x: (xa + xb) / 2.0,
            y: 0.0,
            r: style.band_height / 2.0 * grow,
            color,
            discrepancy,
            selected,
            items,
            source_dots: Vec::new(),
        },
        label: Some((label, w)),
        anchor: xa.max(style.margin),
    }
}

/// The marker standing for several events.
fn cluster(
    data: &TimelineData,
    group: &[(f32, f32, f32, usize)],
    view: &View,
    style: &Style,
    color: Rgba,
) -> Pending {
    let count = group.len();
    let xa = group.iter().map(|g| g.1).fold(f32::INFINITY, f32::min);
    let xb = group.iter().map(|g| g.2).fold(f32::NEG_INFINITY, f32::max);
    let items: Vec<usize> = group.iter().map(|g| g.3).collect();
    let first = &data.items[items[0]];
    let last = items
        .iter()
        .map(|&i| &data.items[i])
        .max_by(|a, b| a.t1.total_cmp(&b.t1))
        .unwrap_or(first);
    let span = if first.date_text == last.date_text {
        first.date_text.clone()
    } else {
        format!("{} – {}", first.date_text, last.date_text)
    };
    let label = format!("{count} events · {span}");
    let w = text_width(&label, style.label_size);
    let selected = view
        .selected
        .as_deref()
        .is_some_and(|s| items.iter().any(|&i| data.items[i].id == s));
    let discrepancy = items.iter().any(|&i| data.items[i].discrepancy);
    let r = style.radius(1) + 2.0 + 1.5 * (count as f32).log2().min(6.0);
    let x = (xa + xb) / 2.0;
    Pending {
        mark: Mark {
            kind: MarkKind::Cluster {
                count,
                x0: xa,
                x1: xb,
            },
            x,
            y: 0.0,
            r,
            color,
            discrepancy,
            selected,
            items,
            source_dots: Vec::new(),
        },
        label: Some((label, w)),
        anchor: x,
    }
}

/// The legend: sources with their colours, then what the shapes mean. Returns the entries
/// and the y of the bottom of the last line.
fn legend(
    data: &TimelineData,
    lanes: &[Lane],
    has_breaks: bool,
    x0: f32,
    x1: f32,
    top: f32,
    style: &Style,
) -> (Vec<LegendItem>, f32) {
    let size = style.tick_size;
    let line_h = size * 1.7;
    let mut out = Vec::new();
    let mut x = x0;
    let mut y = top + line_h / 2.0;
    let push =
        |out: &mut Vec<LegendItem>, kind: LegendKind, text: String, x: &mut f32, y: &mut f32| {
            let symbol_w = if kind == LegendKind::Heading {
                0.0
            } else {
                16.0
            };
            let w = text_width(&text, size);
            if *x > x0 && *x + symbol_w + w > x1 {
                *x = x0;
                *y += line_h;
            }
            let sx = *x + symbol_w / 2.0;
            out.push(LegendItem {
                kind,
                x: sx,
                y: *y,
                text: TextItem {
                    text,
                    x: *x + symbol_w + if symbol_w > 0.0 { 2.0 } else { 0.0 },
                    y: *y + size * 0.35,
                    size,
                    color: style.ink,
                    anchor: TextAnchor::Start,
                    width: w,
                },
            });
            *x += symbol_w + w + 16.0;
        };
    let _ = lanes;
    if !data.sources.is_empty() {
        push(
            &mut out,
            LegendKind::Heading,
            "Sources:".to_string(),
            &mut x,
            &mut y,
        );
        for (i, s) in data.sources.iter().enumerate() {
            push(
                &mut out,
                LegendKind::Source(source_color(i)),
                s.clone(),
                &mut x,
                &mut y,
            );
        }
        x = x0;
        y += line_h;
    }
    push(
        &mut out,
        LegendKind::Point,
        "a day or a time".to_string(),
        &mut x,
        &mut y,
    );
    push(
        &mut out,
        LegendKind::Band,
        "a month or a year: only as precise as the sources".to_string(),
        &mut x,
        &mut y,
    );
    push(
        &mut out,
        LegendKind::Weight,
        "bigger: more independent sources".to_string(),
        &mut x,
        &mut y,
    );
    push(
        &mut out,
        LegendKind::Discrepancy,
        "sources disagree".to_string(),
        &mut x,
        &mut y,
    );
    push(
        &mut out,
        LegendKind::Cluster,
        "several events close together".to_string(),
        &mut x,
        &mut y,
    );
    if has_breaks {
        push(
            &mut out,
            LegendKind::Break,
            "long empty stretch, shortened".to_string(),
            &mut x,
            &mut y,
        );
    }
    (out, y + line_h / 2.0)
}
