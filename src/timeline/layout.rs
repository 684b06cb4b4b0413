//! The layout: events + view → positioned primitives, in points from the top-left corner.

use super::labels::{self, Request};
use super::scale::Scale;
use super::style::{source_color, Rgba, Style};
use super::text::{text_width, text_width_of};
use super::ticks::{self, AxisMap, Tick};
use super::time::duration_label;
use super::{Lane, LaneMode, TimelineData};

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
    /// What its label says; written out only if the label is placed, since most labels of
    /// a dense timeline are not (formatting them all cost more than placing them).
    label: LabelText,
    /// Width of the label in points, measured without writing it out.
    label_width: f32,
    anchor: f32,
}

/// The words of a marker's label, before they are written out.
#[derive(Debug, Clone, Copy)]
enum LabelText {
    /// One event's own label ([`super::Item::text`]).
    Item(usize),
    /// "N events · <date>" for a stack of bands over one period.
    Stacked { count: usize, item: usize },
    /// "N events · <first> – <last>" for a cluster.
    Cluster {
        count: usize,
        first: usize,
        last: usize,
    },
}

impl LabelText {
    /// The label's width at `size`, equal to `text_width(&self.text(data), size)`.
    fn width(self, data: &TimelineData, size: f32) -> f32 {
        let mut digits = [0u8; 20];
        match self {
            LabelText::Item(i) => data.items[i].text_width,
            LabelText::Stacked { count, item } => text_width_of(
                &[
                    decimal(count, &mut digits),
                    " events · ",
                    &data.items[item].date_text,
                ],
                size,
            ),
            LabelText::Cluster { count, first, last } => {
                let (a, b) = (&data.items[first].date_text, &data.items[last].date_text);
                let n = decimal(count, &mut digits);
                if a == b {
                    text_width_of(&[n, " events · ", a], size)
                } else {
                    text_width_of(&[n, " events · ", a, " – ", b], size)
                }
            }
        }
    }

    /// The label's words.
    fn text(self, data: &TimelineData) -> String {
        match self {
            LabelText::Item(i) => data.items[i].text.clone(),
            LabelText::Stacked { count, item } => {
                format!("{count} events · {}", data.items[item].date_text)
            }
            LabelText::Cluster { count, first, last } => {
                let (a, b) = (&data.items[first].date_text, &data.items[last].date_text);
                if a == b {
                    format!("{count} events · {a}")
                } else {
                    format!("{count} events · {a} – {b}")
                }
            }
        }
    }
}

/// `n` in decimal, written into `buf` (no allocation: it is measured for every cluster).
fn decimal(mut n: usize, buf: &mut [u8; 20]) -> &str {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // Only ASCII digits were written.
    std::str::from_utf8(&buf[at..]).unwrap_or("")
}

/// Buffers reused from lane to lane.
#[derive(Default)]
struct Scratch {
    /// Bands wide enough to show their period: (x0, x1, item).
    wide: Vec<(f32, f32, usize)>,
    /// Small points: (centre x, x0, x1, item, position in the lane).
    points: Vec<Small>,
    /// Small bands, same fields.
    bands: Vec<Small>,
    /// Both, merged by centre x.
    small: Vec<Small>,
}

/// A marker too small to show its extent: (centre x, x0, x1, item, position in the lane).
type Small = (f32, f32, f32, usize, u32);

/// Stands in for a missing [`ItemAxis`] (axes not made for this data): never visible.
const NO_AXIS: ItemAxis = ItemAxis {
    t0: f64::INFINITY,
    t1: f64::NEG_INFINITY,
    u0: 0.0,
    u1: 0.0,
    point: true,
    discrepancy: false,
};

/// What the marker passes read of one item, packed together. Reading these from the items
/// themselves (over a hundred bytes apart, each lane skipping through all of them) left
/// the dense layouts mostly waiting on memory, and the axis positions no longer need a
/// search of the scale per item and per layout.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ItemAxis {
    /// [`super::Item::t0`].
    pub t0: f64,
    /// [`super::Item::t1`].
    pub t1: f64,
    /// Axis coordinate of `t0` on the scale.
    pub u0: f64,
    /// Axis coordinate of `t1` on the scale.
    pub u1: f64,
    /// [`super::Item::point`].
    pub point: bool,
    /// [`super::Item::discrepancy`].
    pub discrepancy: bool,
}

/// [`ItemAxis`] of every item of `data` on `scale`, parallel to `data.items`. The widget
/// keeps them with its data, so a frame that only moves the view does not redo them.
pub fn item_axes(data: &TimelineData, scale: &Scale) -> Vec<ItemAxis> {
    data.items
        .iter()
        .map(|it| ItemAxis {
            t0: it.t0,
            t1: it.t1,
            u0: scale.t_to_u(it.t0),
            u1: scale.t_to_u(it.t1),
            point: it.point,
            discrepancy: it.discrepancy,
        })
        .collect()
}

/// Lays out `lanes` of `data` on `scale` for `view`.
pub fn layout(
    data: &TimelineData,
    scale: &Scale,
    lanes: &[Lane],
    view: &View,
    style: &Style,
) -> Layout {
    layout_with_axes(data, scale, &item_axes(data, scale), lanes, view, style)
}

/// [`layout`] with the items' axis positions given ([`item_axes`] of the same data and
/// scale; anything else is a caller's bug and gives a wrong picture, not a panic).
pub fn layout_with_axes(
    data: &TimelineData,
    scale: &Scale,
    axes: &[ItemAxis],
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
    // The selected event resolved once, so no marker compares ids.
    let selected: &[usize] = view
        .selected
        .as_deref()
        .map_or(&[], |id| data.items_with_id(id));
    let mut scratch = Scratch::default();
    let mut pending: Vec<Pending> = Vec::new();
    for lane in lanes {
        let color = lane.color.unwrap_or(style.neutral);
        let ctx = LaneContext {
            data,
            axes,
            map: &map,
            t_lo,
            t_hi,
            view,
            style,
            color,
            merged,
            selected,
        };
        pending.clear();
        lane_marks(&ctx, lane, &mut scratch, &mut pending);

        // Labels, left to right by anchor.
        let mut order: Vec<usize> = (0..pending.len()).collect();
        order.sort_by(|&a, &b| pending[a].anchor.total_cmp(&pending[b].anchor));
        let requests: Vec<Request> = order
            .iter()
            .map(|&i| {
                let mark = &pending[i].mark;
                Request {
                    anchor: pending[i].anchor,
                    width: pending[i].label_width + 4.0,
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
        let mut label_of: Vec<(LabelText, f32)> = Vec::with_capacity(pending.len());
        for p in pending.drain(..) {
            let mut mark = p.mark;
            mark.y = marker_y;
            label_of.push((p.label, p.label_width));
            marks.push(mark);
        }
        for (k, &i) in order.iter().enumerate() {
            let (label, w) = label_of[i];
            let Some(pl) = placements[k] else {
                unlabelled += 1;
                continue;
            };
            let label = label.text(data);
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

/// What every marker of one lane is laid out with.
struct LaneContext<'a> {
    data: &'a TimelineData,
    /// Parallel to `data.items`.
    axes: &'a [ItemAxis],
    map: &'a AxisMap,
    /// Visible period, day numbers.
    t_lo: f64,
    t_hi: f64,
    view: &'a View,
    style: &'a Style,
    /// Marker colour of this lane.
    color: Rgba,
    /// One lane for all sources: markers carry source dots.
    merged: bool,
    /// Items that are the selected event (ascending).
    selected: &'a [usize],
}

/// Markers of one lane, horizontally placed (y is set by the caller), appended to `out`.
fn lane_marks(ctx: &LaneContext, lane: &Lane, scratch: &mut Scratch, out: &mut Vec<Pending>) {
    let (style, view) = (ctx.style, ctx.view);
    let axis = |i: usize| ctx.axes.get(i).copied().unwrap_or(NO_AXIS);
    let end = lane.items.partition_point(|&i| axis(i).t0 <= ctx.t_hi);
    let Scratch {
        wide,
        points,
        bands,
        small,
    } = scratch;
    wide.clear();
    points.clear();
    bands.clear();
    small.clear();
    for (k, &i) in lane.items[..end].iter().enumerate() {
        let item = axis(i);
        if item.t1 < ctx.t_lo {
            continue;
        }
        let xa = ctx.map.x(item.u0);
        let xb = ctx.map.x(item.u1);
        if !item.point && xb - xa >= 2.0 * style.cluster_px {
            wide.push((xa, xb, i));
        } else if item.point {
            points.push(((xa + xb) / 2.0, xa, xb, i, k as u32));
        } else {
            bands.push(((xa + xb) / 2.0, xa, xb, i, k as u32));
        }
    }
    sort_by_centre(points, bands, small);

    // Bands over the very same period (many events known only to the year) stack into one
    // band with a count; lane items are sorted by (start, end), so they are adjacent.
    let mut g = 0;
    while g < wide.len() {
        let key = |k: usize| {
            let it = axis(wide[k].2);
            (it.t0, it.t1)
        };
        let mut h = g + 1;
        while h < wide.len() && key(h) == key(g) {
            h += 1;
        }
        let group = &wide[g..h];
        if group.len() > view.cluster_over {
            out.push(stacked_band(ctx, group));
        } else {
            for &(xa, xb, i) in group {
                out.push(single(ctx, i, xa, xb));
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
            out.push(cluster(ctx, group));
        } else {
            for &(_, xa, xb, i, _) in group {
                out.push(single(ctx, i, xa, xb));
            }
        }
        g = h;
    }
}

/// Merges small points and small bands into `out` ordered by centre x, ties in lane order:
/// exactly a stable sort of the lane's small markers by centre. Points come in time order,
/// which is already centre order, so only the bands (fewer, and nearly sorted) are sorted;
/// sorting every marker was the costliest step of a dense layout.
fn sort_by_centre(points: &mut [Small], bands: &mut [Small], out: &mut Vec<Small>) {
    let by_x = |a: &Small, b: &Small| a.0.total_cmp(&b.0);
    // Points share one x map, so time order is x order; checked rather than assumed.
    if !points.is_sorted_by(|a, b| by_x(a, b).is_le()) {
        points.sort_by(by_x);
    }
    bands.sort_by(by_x);
    out.reserve(points.len() + bands.len());
    let (mut i, mut j) = (0, 0);
    while i < points.len() && j < bands.len() {
        let (p, b) = (&points[i], &bands[j]);
        // On equal x the one earlier in the lane goes first, as a stable sort would.
        if by_x(p, b).then(p.4.cmp(&b.4)).is_le() {
            out.push(*p);
            i += 1;
        } else {
            out.push(*b);
            j += 1;
        }
    }
    out.extend_from_slice(&points[i..]);
    out.extend_from_slice(&bands[j..]);
}

/// The marker of one event (item `index`, from `xa` to `xb`).
fn single(ctx: &LaneContext, index: usize, xa: f32, xb: f32) -> Pending {
    let (style, item) = (ctx.style, &ctx.data.items[index]);
    let selected = ctx.selected.contains(&index);
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
    let source_dots = if ctx.merged {
        item.sources
            .iter()
            .take(8)
            .map(|&s| source_color(s))
            .collect()
    } else {
        Vec::new()
    };
    Pending {
        mark: Mark {
            kind,
            x: (xa + xb) / 2.0,
            y: 0.0,
            r,
            color: ctx.color,
            discrepancy: item.discrepancy,
            selected,
            items: vec![index],
            source_dots,
        },
        label: LabelText::Item(index),
        label_width: item.text_width,
        anchor: if item.point {
            (xa + xb) / 2.0
        } else {
            xa.max(style.margin)
        },
    }
}

/// One band standing for several events over the same period.
fn stacked_band(ctx: &LaneContext, group: &[(f32, f32, usize)]) -> Pending {
    let (data, style) = (ctx.data, ctx.style);
    let (xa, xb, first) = group[0];
    let items: Vec<usize> = group.iter().map(|g| g.2).collect();
    let count = items.len();
    let label = LabelText::Stacked { count, item: first };
    let selected = items.iter().any(|i| ctx.selected.contains(i));
    let discrepancy = items
        .iter()
        .any(|&i| ctx.axes.get(i).is_some_and(|a| a.discrepancy));
    let grow = 1.0 + 0.25 * (count as f32).log2().min(6.0);
    Pending {
        mark: Mark {
            kind: MarkKind::Band { x0: xa, x1: xb },
            x: (xa + xb) / 2.0,
            y: 0.0,
            r: style.band_height / 2.0 * grow,
            color: ctx.color,
            discrepancy,
            selected,
            items,
            source_dots: Vec::new(),
        },
        label_width: label.width(data, style.label_size),
        label,
        anchor: xa.max(style.margin),
    }
}

/// The marker standing for several events.
fn cluster(ctx: &LaneContext, group: &[Small]) -> Pending {
    let (data, style) = (ctx.data, ctx.style);
    let count = group.len();
    let xa = group.iter().map(|g| g.1).fold(f32::INFINITY, f32::min);
    let xb = group.iter().map(|g| g.2).fold(f32::NEG_INFINITY, f32::max);
    let items: Vec<usize> = group.iter().map(|g| g.3).collect();
    let first = items[0];
    // The latest end; among equal ends the last one, as `max_by` picks.
    let last = items
        .iter()
        .copied()
        .max_by(|&a, &b| {
            let t1 = |i: usize| ctx.axes.get(i).map_or(f64::NEG_INFINITY, |x| x.t1);
            t1(a).total_cmp(&t1(b))
        })
        .unwrap_or(first);
    let label = LabelText::Cluster { count, first, last };
    let selected = items.iter().any(|i| ctx.selected.contains(i));
    let discrepancy = items
        .iter()
        .any(|&i| ctx.axes.get(i).is_some_and(|a| a.discrepancy));
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
            color: ctx.color,
            discrepancy,
            selected,
            items,
            source_dots: Vec::new(),
        },
        label_width: label.width(data, style.label_size),
        label,
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
