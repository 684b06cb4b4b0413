//! The interactive timeline: paints the shared layout model ([`crate::timeline`]) with egui
//! and adds zoom, pan, hover, selection, keyboard stepping and a screenshot.
//!
//! The widget never decides what happens on selection or export: it reports the clicked
//! event, the hovered event, finished captures and an export request, and the app acts.

use super::clipboard::{ImageClipboard, SystemClipboard};
use super::timeline_capture::{self as capture, CaptureSlot};
pub use super::timeline_capture::{CaptureOutcome, CaptureTarget};
use crate::model::{Analysis, Article};
use crate::timeline::layout::{ItemAxis, LegendKind, MarkKind, TextAnchor, TextItem};
use crate::timeline::{self, text, Lane, LaneMode, Layout, Rgba, Scale, Style, TimelineData, View};
use egui::{Align2, Color32, FontId, Key, Pos2, Rect, Sense, Stroke, StrokeKind, Vec2};
use std::sync::Arc;
use std::time::Duration;

/// What happened in the widget this frame.
#[derive(Debug, Default)]
pub struct TimelineResponse {
    /// An event the user clicked or stepped to with the keyboard: select it app-wide.
    pub clicked: Option<String>,
    /// The event under the pointer.
    pub hovered: Option<String>,
    /// Captures that finished since the last frame: a PNG to save, an image now on the
    /// clipboard, or why nothing came of it.
    pub captures: Vec<CaptureOutcome>,
    /// The user pressed "Export timeline…": the app should ask where and export.
    pub export_requested: bool,
    /// Set on the first frame after the lanes changed: the height, toolbar included, that
    /// shows every lane without scrolling. The app grows the panel to it (within limits);
    /// a shorter chart shrinks the panel by itself.
    pub wants_height: Option<f32>,
}

/// Prepared data, rebuilt only when the analysis or the options change.
struct Cache {
    key: CacheKey,
    data: TimelineData,
    scale: Scale,
    /// The items' axis positions on `scale`: the same for every frame of this data.
    axes: Vec<ItemAxis>,
    lanes: Vec<Lane>,
}

#[derive(Debug, Clone, PartialEq)]
struct CacheKey {
    events_ptr: usize,
    events_len: usize,
    first_last: Option<(String, String)>,
    articles_len: usize,
    lanes: LaneMode,
    compress: bool,
    dark: bool,
}

/// The timeline widget's state.
pub struct TimelineView {
    /// Visible axis range; `None` fits everything.
    pub range: Option<(f64, f64)>,
    /// How events are split into lanes.
    pub lanes: LaneMode,
    /// Compress long empty stretches.
    pub compress: bool,
    cache: Option<Cache>,
    /// Where screenshot callbacks leave their outcome for the next frame.
    captures: CaptureSlot,
    want_screenshot: Option<CaptureTarget>,
    /// Captures asked for whose outcome has not come back yet.
    captures_pending: usize,
    /// Where "Copy image" puts the timeline.
    clipboard: Arc<dyn ImageClipboard>,
    /// Item index reached with the arrow keys (stays when the selection is cleared).
    focus_item: Option<usize>,
    /// The last layout and what it was made for: frames where nothing moved (hover,
    /// repaints for other panels) reuse it instead of laying out 10,000 events again.
    memo: Option<Memo>,
    /// The lanes changed: report the height that shows them all on the next layout.
    report_height: bool,
}

/// A layout, the markers of it to paint, and what it was made for.
struct Memo {
    key: CacheKey,
    dark: bool,
    view: View,
    /// Pixels per point the thinning was done for.
    pixels_per_point: f32,
    layout: Arc<Layout>,
    /// Indices into `layout.marks`, see [`timeline::thin::painted_marks`].
    painted: Arc<Vec<usize>>,
}

impl Default for TimelineView {
    fn default() -> Self {
        TimelineView {
            range: None,
            lanes: LaneMode::Merged,
            compress: true,
            cache: None,
            captures: CaptureSlot::default(),
            want_screenshot: None,
            captures_pending: 0,
            clipboard: Arc::new(SystemClipboard::default()),
            focus_item: None,
            memo: None,
            report_height: false,
        }
    }
}

fn c32(c: Rgba) -> Color32 {
    Color32::from_rgba_unmultiplied(c.r, c.g, c.b, c.a)
}

/// Smallest visible span in days (about an hour).
const MIN_SPAN: f64 = 1.0 / 24.0;

impl TimelineView {
    /// The layout for `view` and the markers of it to paint, from the memo when nothing
    /// they depend on changed.
    fn layout_for(
        &mut self,
        cache: &Cache,
        view: View,
        dark: bool,
        style: &Style,
        pixels_per_point: f32,
    ) -> (Arc<Layout>, Arc<Vec<usize>>) {
        if let Some(m) = &self.memo {
            if m.key == cache.key
                && m.dark == dark
                && m.view == view
                && m.pixels_per_point == pixels_per_point
            {
                return (Arc::clone(&m.layout), Arc::clone(&m.painted));
            }
        }
        let layout = timeline::layout::layout_with_axes(
            &cache.data,
            &cache.scale,
            &cache.axes,
            &cache.lanes,
            &view,
            style,
        );
        let painted = Arc::new(timeline::thin::painted_marks(&layout, pixels_per_point));
        let layout = Arc::new(layout);
        self.memo = Some(Memo {
            key: cache.key.clone(),
            dark,
            view,
            pixels_per_point,
            layout: Arc::clone(&layout),
            painted: Arc::clone(&painted),
        });
        (layout, painted)
    }

    /// Captures the timeline as shown at the end of the next frame.
    pub fn capture(&mut self, target: CaptureTarget) {
        self.want_screenshot = Some(target);
    }

    /// A widget showing everything, merged lane, gaps compressed.
    pub fn new() -> Self {
        Self::default()
    }

    /// Copies images to `clipboard` instead of the system clipboard (tests stand in).
    pub fn with_clipboard(clipboard: Arc<dyn ImageClipboard>) -> Self {
        TimelineView {
            clipboard,
            ..Self::default()
        }
    }

    /// Shows everything.
    pub fn fit_all(&mut self) {
        self.range = None;
    }

    fn ensure_cache(&mut self, analysis: &Analysis, articles: &[Article], dark: bool) {
        let key = CacheKey {
            events_ptr: analysis.events.as_ptr() as usize,
            events_len: analysis.events.len(),
            first_last: analysis
                .events
                .first()
                .zip(analysis.events.last())
                .map(|(a, b)| (a.id.clone(), b.id.clone())),
            articles_len: articles.len(),
            lanes: self.lanes,
            compress: self.compress,
            dark,
        };
        let stale = self.cache.as_ref().is_none_or(|c| c.key != key);
        if stale {
            let style = if dark {
                Style::dark()
            } else {
                Style::default()
            };
            let data = TimelineData::new(analysis, articles, &style);
            let scale = data.scale(self.compress);
            // Keep the visible period when only the compression changes.
            if let (Some(old), Some((u0, u1))) = (&self.cache, self.range) {
                if old.key.events_ptr == key.events_ptr && old.key.events_len == key.events_len {
                    let (t0, t1) = (old.scale.u_to_t(u0), old.scale.u_to_t(u1));
                    self.range = Some((scale.t_to_u(t0), scale.t_to_u(t1)));
                } else {
                    self.range = None;
                }
            }
            let lanes = data.lanes(self.lanes);
            let axes = timeline::layout::item_axes(&data, &scale);
            self.cache = Some(Cache {
                key,
                data,
                scale,
                axes,
                lanes,
            });
        }
    }

    /// Shows the toolbar and the timeline.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        analysis: &Analysis,
        articles: &[Article],
        selected: Option<&str>,
    ) -> TimelineResponse {
        let mut out = TimelineResponse {
            captures: capture::take_outcomes(&self.captures),
            ..TimelineResponse::default()
        };
        self.captures_pending = self.captures_pending.saturating_sub(out.captures.len());
        if self.captures_pending > 0 {
            // A screenshot request the window drops says so without waking the UI (see
            // `timeline_capture`): look again soon so its notice is not left waiting.
            ui.ctx().request_repaint_after(Duration::from_millis(100));
        }

        ui.horizontal_wrapped(|ui| {
            if ui
                .button("Fit all")
                .on_hover_text("Show every event (Home)")
                .clicked()
            {
                self.fit_all();
            }
            ui.separator();
            ui.label("Lanes:");
            for mode in LaneMode::ALL {
                if ui
                    .selectable_value(&mut self.lanes, mode, mode.label())
                    .clicked()
                {
                    self.report_height = true;
                }
            }
            ui.separator();
            ui.checkbox(&mut self.compress, "Compress gaps")
                .on_hover_text("Shorten long stretches with no events; a break mark shows how long they really are");
            ui.separator();
            let shot = ui
                .button("Screenshot…")
                .on_hover_text(format!(
                    "Save the timeline exactly as shown as a PNG image ({})",
                    ui.ctx().format_shortcut(&super::menus::SCREENSHOT)
                ));
            if shot.clicked() {
                self.want_screenshot = Some(CaptureTarget::Save);
            }
            if ui
                .button("Copy image")
                .on_hover_text(format!(
                    "Copy the timeline exactly as shown to the clipboard ({})",
                    ui.ctx().format_shortcut(&super::menus::COPY_TIMELINE)
                ))
                .clicked()
            {
                self.want_screenshot = Some(CaptureTarget::Copy);
            }
            if ui
                .button("Export timeline…")
                .on_hover_text("Save the whole timeline as PNG or SVG")
                .clicked()
            {
                out.export_requested = true;
            }
        });

        // Many lanes can be taller than the panel. They scroll with the scroll bar only: the
        // mouse wheel zooms the timeline, and the panel keeps its size instead of growing
        // over the article viewer.
        let toolbar_height = ui.min_rect().height() + ui.spacing().item_spacing.y;
        egui::ScrollArea::vertical()
            .id_salt("timeline chart")
            .scroll_source(egui::scroll_area::ScrollSource::SCROLL_BAR)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                self.chart(ui, analysis, articles, selected, &mut out)
            });
        if let Some(chart) = out.wants_height.as_mut() {
            *chart += toolbar_height;
        }
        out
    }

    /// The timeline itself: layout, painting, hover, zoom, pan and clicks.
    fn chart(
        &mut self,
        ui: &mut egui::Ui,
        analysis: &Analysis,
        articles: &[Article],
        selected: Option<&str>,
        out: &mut TimelineResponse,
    ) {
        let dark = ui.visuals().dark_mode;
        let style = if dark {
            Style::dark()
        } else {
            Style::default()
        };
        let width = ui.available_width().max(200.0);
        let selected_owned = selected.map(str::to_string);
        self.ensure_cache(analysis, articles, dark);
        let Some(cache) = self.cache.take() else {
            return;
        };
        let range = self.range;
        let lanes_mode = self.lanes;
        let compress = self.compress;
        let make_view = |range: Option<(f64, f64)>| View {
            range,
            lanes: lanes_mode,
            compress,
            selected: selected_owned.clone(),
            ..View::widget(width)
        };
        let ppp = ui.ctx().pixels_per_point();
        let (mut layout, mut painted) =
            self.layout_for(&cache, make_view(range), dark, &style, ppp);
        if std::mem::take(&mut self.report_height) {
            out.wants_height = Some(layout.height);
        }
        let (rect, response) =
            ui.allocate_exact_size(Vec2::new(width, layout.height), Sense::click_and_drag());
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Figure, true, "Timeline"));

        // Interaction, in layout coordinates (origin at the widget's top-left).
        let to_local = |p: Pos2| p - rect.min.to_vec2();
        let map = layout.map;
        let (full0, full1) = timeline::layout::fit_range(&cache.scale);
        let (mut u0, mut u1) = (map.u0, map.u1);
        let mut changed = false;

        if response.clicked() || response.drag_started() {
            response.request_focus();
        }
        if response.hovered() {
            let (scroll, zoom) = ui.input(|i| (i.smooth_scroll_delta, i.zoom_delta()));
            let factor = f64::from(zoom) * (f64::from(scroll.y) * 0.003).exp();
            if (factor - 1.0).abs() > 1e-6 {
                let px = response
                    .hover_pos()
                    .map_or((map.x0 + map.x1) / 2.0, |p| to_local(p).x);
                let up = map.u(px);
                (u0, u1) = zoom_about(u0, u1, up, factor, full1 - full0);
                changed = true;
            }
            if scroll.x.abs() > 0.0 {
                let du = -f64::from(scroll.x) / map.px_per_u();
                u0 += du;
                u1 += du;
                changed = true;
            }
            if scroll != Vec2::ZERO {
                ui.input_mut(|i| i.smooth_scroll_delta = Vec2::ZERO);
            }
        }
        if response.dragged() {
            let dx = response.drag_delta().x;
            if dx != 0.0 {
                let du = -f64::from(dx) / map.px_per_u();
                u0 += du;
                u1 += du;
                changed = true;
            }
        }
        if response.has_focus() {
            ui.memory_mut(|m| {
                m.set_focus_lock_filter(
                    response.id,
                    egui::EventFilter {
                        horizontal_arrows: true,
                        ..Default::default()
                    },
                )
            });
            let (left, right, home, plus, minus) = ui.input(|i| {
                (
                    i.key_pressed(Key::ArrowLeft),
                    i.key_pressed(Key::ArrowRight),
                    i.key_pressed(Key::Home),
                    i.key_pressed(Key::Plus) || i.key_pressed(Key::Equals),
                    i.key_pressed(Key::Minus),
                )
            });
            if home {
                self.range = None;
                (u0, u1) = (full0, full1);
                changed = true;
            }
            if plus || minus {
                let c = (u0 + u1) / 2.0;
                (u0, u1) = zoom_about(u0, u1, c, if plus { 1.5 } else { 1.0 / 1.5 }, full1 - full0);
                changed = true;
            }
            if (left || right) && !cache.data.items.is_empty() {
                let n = cache.data.items.len();
                let current = selected
                    .and_then(|s| cache.data.index_of(s))
                    .or(self.focus_item);
                let next = match (current, right) {
                    (Some(i), true) => (i + 1).min(n - 1),
                    (Some(i), false) => i.saturating_sub(1),
                    (None, true) => 0,
                    (None, false) => n - 1,
                };
                self.focus_item = Some(next);
                let item = &cache.data.items[next];
                out.clicked = Some(item.id.clone());
                // Keep it in view: centre it when it is outside the middle 80 %.
                let (ua, ub) = (cache.scale.t_to_u(item.t0), cache.scale.t_to_u(item.t1));
                let span = u1 - u0;
                if ua < u0 + 0.1 * span || ub > u1 - 0.1 * span {
                    let c = (ua + ub) / 2.0;
                    u0 = c - span / 2.0;
                    u1 = c + span / 2.0;
                    changed = true;
                }
            }
        }

        let hover_mark = response.hover_pos().and_then(|p| {
            let p = to_local(p);
            layout.mark_at(p.x, p.y)
        });
        if response.clicked() {
            if let Some(m) = hover_mark.map(|i| &layout.marks[i]) {
                match m.kind {
                    MarkKind::Cluster { x0, x1, .. } => {
                        // Expand: zoom so the cluster spreads over most of the width.
                        let (a, b) = (map.u(x0), map.u(x1));
                        let pad = ((b - a) * 0.25).max(MIN_SPAN);
                        (u0, u1) = (a - pad, b + pad);
                        changed = true;
                    }
                    _ => {
                        if let Some(&i) = m.items.first() {
                            out.clicked = Some(cache.data.items[i].id.clone());
                            self.focus_item = Some(i);
                        }
                    }
                }
            }
        }
        if response.double_clicked() && hover_mark.is_none() {
            (u0, u1) = (full0, full1);
            changed = true;
        }

        if changed {
            let span = (u1 - u0).clamp(MIN_SPAN, 4.0 * (full1 - full0).max(MIN_SPAN));
            let c = ((u0 + u1) / 2.0).clamp(full0, full1);
            self.range = Some((c - span / 2.0, c + span / 2.0));
            let sel = out.clicked.as_deref().or(selected).map(str::to_string);
            let view = View {
                selected: sel,
                ..make_view(self.range)
            };
            (layout, painted) = self.layout_for(&cache, view, dark, &style, ppp);
        }

        paint(
            ui.painter_at(rect),
            rect.min,
            &layout,
            &painted,
            response.has_focus(),
        );

        let hover_mark = response.hover_pos().and_then(|p| {
            let p = to_local(p);
            layout.mark_at(p.x, p.y)
        });
        if let Some(mi) = hover_mark {
            let mark = &layout.marks[mi];
            if mark.items.len() == 1 {
                out.hovered = Some(cache.data.items[mark.items[0]].id.clone());
            }
            let items: Vec<usize> = mark.items.clone();
            let is_cluster = items.len() > 1;
            response.clone().on_hover_ui_at_pointer(|ui| {
                tooltip(ui, &cache.data, &items, is_cluster, analysis, articles);
            });
        }

        if let Some(target) = self.want_screenshot.take() {
            // What is on screen of the widget: its rect as clipped by the panel.
            let shown = rect.intersect(ui.clip_rect());
            capture::request(
                ui.ctx(),
                target,
                shown,
                &self.captures,
                Arc::clone(&self.clipboard),
            );
            self.captures_pending += 1;
        }
        self.cache = Some(cache);
    }
}

/// Zooms `[u0, u1]` by `factor` (> 1 zooms in) keeping `about` fixed on screen.
fn zoom_about(u0: f64, u1: f64, about: f64, factor: f64, full: f64) -> (f64, f64) {
    let factor = factor.clamp(0.1, 10.0);
    let span = ((u1 - u0) / factor).clamp(MIN_SPAN, 4.0 * full.max(MIN_SPAN));
    let k = if u1 > u0 {
        (about - u0) / (u1 - u0)
    } else {
        0.5
    };
    let n0 = about - k * span;
    (n0, n0 + span)
}

/// Hover details: the time as the sources give it, the label, sources and their quotes.
fn tooltip(
    ui: &mut egui::Ui,
    data: &TimelineData,
    items: &[usize],
    is_cluster: bool,
    analysis: &Analysis,
    articles: &[Article],
) {
    ui.set_max_width(420.0);
    if is_cluster {
        ui.strong(format!("{} events", items.len()));
        for &i in items.iter().take(8) {
            ui.label(&data.items[i].text);
        }
        if items.len() > 8 {
            ui.weak(format!("and {} more", items.len() - 8));
        }
        ui.weak("Click to zoom in; zoom can separate events of different days");
        return;
    }
    let Some(&i) = items.first() else { return };
    let item = &data.items[i];
    let Some(event) = analysis.events.get(item.event) else {
        return;
    };
    ui.strong(&item.date_text);
    ui.label(&event.label);
    ui.horizontal_wrapped(|ui| {
        ui.weak("Sources:");
        for &s in &item.sources {
            ui.colored_label(c32(timeline::style::source_color(s)), &data.sources[s]);
        }
        ui.weak(format!("({} independent)", event.independent_sources));
    });
    for d in analysis
        .discrepancies
        .iter()
        .filter(|d| event.discrepancies.contains(&d.id) || d.event.as_deref() == Some(&event.id))
    {
        let claims: Vec<&str> = d.claims.iter().map(|c| c.value.as_str()).collect();
        ui.colored_label(
            c32(Style::default().discrepancy),
            format!("Sources disagree: {}", claims.join(" vs ")),
        );
        if !d.explanation.is_empty() {
            ui.weak(&d.explanation);
        }
    }
    ui.separator();
    for m in event.mentions.iter().take(6) {
        let outlet = articles.get(m.article).map_or("?", |a| a.outlet_name());
        ui.label(egui::RichText::new(format!("{outlet}: “{}”", m.quote.trim())).small());
    }
    if event.mentions.len() > 6 {
        ui.weak(format!("and {} more", event.mentions.len() - 6));
    }
}

/// Paints the layout with its top-left corner at `origin`; of its markers only those listed
/// in `painted` (indices into `l.marks`, ascending; see [`timeline::thin::painted_marks`]).
pub fn paint(painter: egui::Painter, origin: Pos2, l: &Layout, painted: &[usize], focused: bool) {
    let st = &l.style;
    let o = origin.to_vec2();
    let p = |x: f32, y: f32| Pos2::new(x, y) + o;
    let full = Rect::from_min_size(origin, Vec2::new(l.width, l.height));
    painter.rect_filled(full, 0.0, c32(st.background));
    let (x0, x1) = (l.map.x0, l.map.x1);

    for (i, lane) in l.lanes.iter().enumerate() {
        if i + 1 < l.lanes.len() {
            painter.line_segment(
                [p(x0, lane.y1), p(x1, lane.y1)],
                Stroke::new(1.0, c32(st.rule)),
            );
        }
    }
    for b in &l.breaks {
        painter.rect_filled(
            Rect::from_min_max(p(b.x0, l.plot_top), p(b.x1, l.axis_y)),
            0.0,
            c32(st.break_fill),
        );
    }
    let ink = Stroke::new(1.2, c32(st.ink));
    let ay = l.axis_y;
    let mut from = x0;
    for b in &l.breaks {
        if b.x0 > from {
            painter.line_segment([p(from, ay), p(b.x0, ay)], ink);
        }
        for bx in [b.x0, b.x1] {
            painter.line_segment([p(bx - 3.0, ay + 5.0), p(bx + 3.0, ay - 5.0)], ink);
        }
        from = b.x1;
    }
    if x1 > from {
        painter.line_segment([p(from, ay), p(x1, ay)], ink);
    }
    for t in &l.ticks {
        let len = if t.label.is_some() { 5.0 } else { 3.0 };
        painter.line_segment(
            [p(t.x, ay), p(t.x, ay + len)],
            Stroke::new(1.0, c32(st.ink)),
        );
    }
    let leader = Stroke::new(0.8, c32(st.muted.with_alpha(150)));
    for lab in &l.labels {
        let (x, ya, yb) = lab.leader;
        painter.line_segment([p(x, ya), p(x, yb)], leader);
    }
    for m in painted.iter().filter_map(|&i| l.marks.get(i)) {
        let center = p(m.x, m.y);
        let ring = |r: f32, c: Rgba| match m.kind {
            MarkKind::Band { x0, x1 } => {
                let pad = 2.5_f32.min(r);
                painter.rect_stroke(
                    Rect::from_min_max(p(x0 - pad, m.y - r), p(x1 + pad, m.y + r)),
                    3.0,
                    Stroke::new(2.0, c32(c)),
                    StrokeKind::Middle,
                );
            }
            _ => {
                painter.circle_stroke(center, r, Stroke::new(2.0, c32(c)));
            }
        };
        if m.selected {
            ring(m.r + 5.0, st.selection);
        }
        if m.discrepancy {
            ring(m.r + 2.5, st.discrepancy);
        }
        match m.kind {
            MarkKind::Band { x0, x1 } => {
                // Square corners and an edge made of a second fill: a fraction of the
                // vertices of a stroked rounded rectangle, which matters with thousands.
                let r = Rect::from_min_max(p(x0, m.y - m.r), p(x1.max(x0 + 1.0), m.y + m.r));
                painter.rect_filled(r, 0.0, c32(m.color));
                if r.width() > 4.0 {
                    painter.rect_filled(r.shrink(1.0), 0.0, c32(st.background.with_alpha(110)));
                }
            }
            MarkKind::Point => {
                painter.circle_filled(center, m.r, c32(m.color));
            }
            MarkKind::Cluster { count, .. } => {
                painter.circle(
                    center,
                    m.r,
                    c32(m.color),
                    Stroke::new(1.5, c32(st.background)),
                );
                let size = (m.r * 1.1).clamp(8.0, 13.0);
                painter.text(
                    center,
                    Align2::CENTER_CENTER,
                    count.to_string(),
                    FontId::proportional(size),
                    c32(st.background),
                );
            }
        }
        let n = m.source_dots.len() as f32;
        for (k, c) in m.source_dots.iter().enumerate() {
            let dx = m.x - (n * 6.0 - 2.0) / 2.0 + k as f32 * 6.0;
            painter.rect_filled(
                Rect::from_min_size(p(dx, m.y + m.r + 3.0), Vec2::splat(4.0)),
                0.0,
                c32(*c),
            );
        }
    }
    for lab in &l.labels {
        painter.rect_filled(
            Rect::from_min_size(
                p(lab.text.left() - 2.0, lab.top + 1.0),
                Vec2::new(lab.text.width + 4.0, lab.height - 2.0),
            ),
            0.0,
            c32(st.background.with_alpha(220)),
        );
        text_at(&painter, o, &lab.text);
    }
    for t in &l.texts {
        text_at(&painter, o, t);
    }
    for item in &l.legend {
        let c = p(item.x, item.y);
        match item.kind {
            LegendKind::Source(col) => {
                painter.rect_filled(Rect::from_center_size(c, Vec2::splat(10.0)), 2.0, c32(col));
            }
            LegendKind::Point => {
                painter.circle_filled(c, st.radius(1), c32(st.neutral));
            }
            LegendKind::Weight => {
                painter.circle_filled(c, st.radius(4), c32(st.neutral));
            }
            LegendKind::Band => {
                painter.rect_filled(
                    Rect::from_center_size(c, Vec2::new(16.0, st.band_height)),
                    2.0,
                    c32(st.neutral.with_alpha(140)),
                );
            }
            LegendKind::Discrepancy => {
                painter.circle_filled(c, st.radius(1), c32(st.neutral));
                painter.circle_stroke(c, st.radius(1) + 2.5, Stroke::new(2.0, c32(st.discrepancy)));
            }
            LegendKind::Cluster => {
                painter.circle_filled(c, 7.0, c32(st.neutral));
            }
            LegendKind::Break => {
                painter.rect_filled(
                    Rect::from_center_size(c, Vec2::splat(12.0)),
                    0.0,
                    c32(st.break_fill),
                );
            }
            LegendKind::Heading => {}
        }
        text_at(&painter, o, &item.text);
    }
    if focused {
        painter.rect_stroke(
            full.shrink(1.0),
            2.0,
            Stroke::new(1.0, c32(st.selection)),
            StrokeKind::Inside,
        );
    }
}

/// Draws a layout text: its y is the baseline, as in SVG.
fn text_at(painter: &egui::Painter, o: Vec2, t: &TextItem) {
    let align = match t.anchor {
        TextAnchor::Start => Align2::LEFT_BOTTOM,
        TextAnchor::Middle => Align2::CENTER_BOTTOM,
        TextAnchor::End => Align2::RIGHT_BOTTOM,
    };
    let pos = Pos2::new(t.x, t.y + text::descent(t.size)) + o;
    painter.text(
        pos,
        align,
        &t.text,
        FontId::proportional(t.size),
        c32(t.color),
    );
}
