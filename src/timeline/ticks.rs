//! Axis ticks that adapt to the zoom: centuries, decades, years, months, days, hours.
//!
//! The step is the finest one whose labels fit between ticks at the current number of
//! pixels per day; then every label is placed greedily left to right and any label that
//! would touch the previous one is dropped (its tick stays), so labels never overlap.
//! Ticks are generated separately in each linear piece of the scale and never inside a
//! compressed gap. A second, "context" row gives the larger unit (the year under month
//! ticks, "Jun 2024" under day ticks) wherever it changes.

use super::scale::Scale;
use super::text::text_width;
use super::time::{self, MONTHS};
use chrono::{Datelike, NaiveDate};

/// Room left between two tick labels, in points.
pub const LABEL_GAP: f32 = 10.0;

/// A tick step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Every `n` hours.
    Hours(u32),
    /// Every `n` days (counted from the 1st of each month).
    Days(u32),
    /// Every `n` months (counted from January).
    Months(u32),
    /// Every `n` years (counted from year 1, and from 1 BCE backwards).
    Years(u32),
}

impl Step {
    /// Approximate length in days, for choosing the step.
    pub fn days(self) -> f64 {
        match self {
            Step::Hours(n) => f64::from(n) / 24.0,
            Step::Days(n) => f64::from(n),
            Step::Months(n) => f64::from(n) * 30.436875,
            Step::Years(n) => f64::from(n) * 365.2425,
        }
    }

    /// The widest label this step produces in the fine row (a sample).
    fn sample_label(self, widest_year: &str) -> String {
        match self {
            Step::Hours(_) => "00:00".to_string(),
            Step::Days(_) => "28".to_string(),
            Step::Months(_) => widest_year.to_string(),
            Step::Years(_) => widest_year.to_string(),
        }
    }
}

/// The candidate steps, finest first.
const STEPS: [Step; 24] = [
    Step::Hours(1),
    Step::Hours(3),
    Step::Hours(6),
    Step::Hours(12),
    Step::Days(1),
    Step::Days(2),
    Step::Days(7),
    Step::Months(1),
    Step::Months(3),
    Step::Months(6),
    Step::Years(1),
    Step::Years(2),
    Step::Years(5),
    Step::Years(10),
    Step::Years(20),
    Step::Years(50),
    Step::Years(100),
    Step::Years(200),
    Step::Years(500),
    Step::Years(1000),
    Step::Years(2000),
    Step::Years(5000),
    Step::Years(10000),
    Step::Years(100000),
];

/// One tick mark.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// Position in points.
    pub x: f32,
    /// Label centred under the tick; `None` when it would have collided.
    pub label: Option<String>,
    /// Width of the label in points (0 without one).
    pub label_width: f32,
}

/// A label in the context row, left-aligned at `x`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContextLabel {
    /// Left edge in points.
    pub x: f32,
    /// Text ("2024", "Jun 2024").
    pub text: String,
    /// Width in points.
    pub width: f32,
}

/// The ticks chosen for a view.
#[derive(Debug, Clone, PartialEq)]
pub struct Ticks {
    /// The step used.
    pub step: Step,
    /// Fine ticks in x order.
    pub ticks: Vec<Tick>,
    /// Context labels in x order, never overlapping.
    pub context: Vec<ContextLabel>,
}

/// Maps the visible part of the axis to points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AxisMap {
    /// First visible axis coordinate.
    pub u0: f64,
    /// Last visible axis coordinate.
    pub u1: f64,
    /// Left edge of the plot in points.
    pub x0: f32,
    /// Right edge of the plot in points.
    pub x1: f32,
}

impl AxisMap {
    /// Points per axis unit (per day in linear pieces).
    pub fn px_per_u(&self) -> f64 {
        f64::from(self.x1 - self.x0) / (self.u1 - self.u0).max(1e-9)
    }

    /// Position of axis coordinate `u`.
    pub fn x(&self, u: f64) -> f32 {
        (f64::from(self.x0) + (u - self.u0) * self.px_per_u()) as f32
    }

    /// Axis coordinate at position `x`.
    pub fn u(&self, x: f32) -> f64 {
        self.u0 + f64::from(x - self.x0) / self.px_per_u()
    }
}

/// Picks the finest step whose labels fit at `px_per_day`.
pub fn choose_step(px_per_day: f64, font_size: f32, widest_year: &str) -> Step {
    for step in STEPS {
        let w = text_width(&step.sample_label(widest_year), font_size) + LABEL_GAP;
        if step.days() * px_per_day >= f64::from(w) {
            return step;
        }
    }
    STEPS[STEPS.len() - 1]
}

/// Computes the ticks of the visible part of `scale`.
pub fn ticks(scale: &Scale, map: &AxisMap, font_size: f32) -> Ticks {
    let t_lo = scale.u_to_t(map.u0);
    let t_hi = scale.u_to_t(map.u1);
    let widest_year = [t_lo, t_hi]
        .iter()
        .filter_map(|&t| time::date_of(t))
        .map(|d| time::year_label(d.year()))
        .max_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)))
        .unwrap_or_else(|| "2000".to_string());
    let step = choose_step(map.px_per_u(), font_size, &widest_year);

    let mut raw: Vec<(f32, String, Option<String>)> = Vec::new();
    for piece in scale.linear_pieces() {
        let u_lo = piece.u0.max(map.u0);
        let u_hi = piece.u1.min(map.u1);
        if u_lo >= u_hi {
            continue;
        }
        let ta = piece.t0 + (u_lo - piece.u0);
        let tb = piece.t0 + (u_hi - piece.u0);
        let mut last_context: Option<String> = None;
        for (t, fine, context) in tick_times(step, ta, tb) {
            let x = map.x(piece.u0 + (t - piece.t0));
            let ctx = if context.is_empty() || (fine == context) {
                // The fine label already says it (years, or January showing its year).
                last_context = Some(context);
                None
            } else if last_context.as_deref() != Some(context.as_str()) {
                last_context = Some(context.clone());
                Some(context)
            } else {
                None
            };
            raw.push((x, fine, ctx));
        }
    }

    let mut out = Vec::with_capacity(raw.len());
    let mut context = Vec::new();
    let mut right = f32::NEG_INFINITY;
    let mut ctx_right = f32::NEG_INFINITY;
    for (x, fine, ctx) in raw {
        let w = text_width(&fine, font_size);
        let left = x - w / 2.0;
        let fits = left >= right + LABEL_GAP && left >= map.x0 && x + w / 2.0 <= map.x1;
        if fits {
            right = x + w / 2.0;
        }
        out.push(Tick {
            x,
            label: fits.then_some(fine),
            label_width: if fits { w } else { 0.0 },
        });
        if let Some(text) = ctx {
            let cw = text_width(&text, font_size);
            let cx = x.max(map.x0);
            if cx >= ctx_right + LABEL_GAP && cx + cw <= map.x1 {
                ctx_right = cx + cw;
                context.push(ContextLabel {
                    x: cx,
                    text,
                    width: cw,
                });
            }
        }
    }
    Ticks {
        step,
        ticks: out,
        context,
    }
}

/// Tick times in `[ta, tb]` for `step`, with the fine label and the context label.
/// The number of ticks is bounded by the caller's choice of step; a hard cap guards
/// against a degenerate view.
fn tick_times(step: Step, ta: f64, tb: f64) -> Vec<(f64, String, String)> {
    const CAP: usize = 2000;
    let mut out = Vec::new();
    let (Some(da), Some(db)) = (time::date_of(ta), time::date_of(tb)) else {
        return out;
    };
    match step {
        Step::Years(n) => {
            let n = n as i64;
            let (ya, yb) = (i64::from(da.year()), i64::from(db.year()) + 1);
            let mut years: Vec<i64> = Vec::new();
            // BCE side (astronomical year ≤ 0): steps counted in historical years.
            if ya <= 0 {
                let (h_lo, h_hi) = (1 - yb.min(0), 1 - ya);
                let mut h = h_hi - h_hi.rem_euclid(n);
                while h >= h_lo.max(1) && years.len() < CAP {
                    years.push(1 - h);
                    h -= n;
                }
            }
            if yb >= 1 {
                let start = ya.max(1);
                let mut y = start + (n - start.rem_euclid(n)) % n;
                while y <= yb && years.len() < CAP {
                    years.push(y);
                    y += n;
                }
            }
            for y in years {
                let Ok(y32) = i32::try_from(y) else { continue };
                if let Some(t) = time::year_start(y32) {
                    if t >= ta && t <= tb {
                        out.push((t, time::year_label(y32), String::new()));
                    }
                }
            }
        }
        Step::Months(n) => {
            let n = n as i64;
            let ma = i64::from(da.year()) * 12 + i64::from(da.month0());
            let mb = i64::from(db.year()) * 12 + i64::from(db.month0()) + 1;
            let mut m = ma + (n - ma.rem_euclid(n)) % n;
            while m <= mb && out.len() < CAP {
                let (y, m0) = (m.div_euclid(12), m.rem_euclid(12));
                if let (Ok(y32), Some(t)) = (
                    i32::try_from(y),
                    i32::try_from(y)
                        .ok()
                        .and_then(|y| time::month_start(y, m0 as i32)),
                ) {
                    if t >= ta && t <= tb {
                        // January carries the year itself, as on a printed calendar axis.
                        let fine = if m0 == 0 {
                            time::year_label(y32)
                        } else {
                            MONTHS[m0 as usize].to_string()
                        };
                        out.push((t, fine, time::year_label(y32)));
                    }
                }
                m += n;
            }
        }
        Step::Days(n) => {
            let mut d: NaiveDate = da;
            while d <= db && out.len() < CAP {
                let day = d.day();
                let keep = n == 1 || ((day - 1) % n == 0 && day + n / 2 <= 29);
                let t = time::day_number(d);
                if keep && t >= ta && t <= tb {
                    out.push((t, day.to_string(), time::month_label(d)));
                }
                match d.succ_opt() {
                    Some(next) => d = next,
                    None => break,
                }
            }
        }
        Step::Hours(n) => {
            let per = f64::from(n) / 24.0;
            let mut k = (ta / per).ceil();
            while k * per <= tb && out.len() < CAP {
                let t = k * per;
                if let Some(d) = time::date_of(t) {
                    let minutes = ((t - t.floor()) * 1440.0).round() as u32;
                    out.push((
                        t,
                        format!("{:02}:{:02}", minutes / 60 % 24, minutes % 60),
                        time::day_label(d),
                    ));
                }
                k += 1.0;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::time::day_number;

    fn d(y: i32, m: u32, day: u32) -> f64 {
        day_number(NaiveDate::from_ymd_opt(y, m, day).unwrap())
    }

    fn map_for(scale: &Scale, width: f32) -> AxisMap {
        let (u0, u1) = scale.u_range();
        AxisMap {
            u0,
            u1,
            x0: 0.0,
            x1: width,
        }
    }

    #[test]
    fn step_adapts_to_zoom() {
        let decades = Scale::linear(d(1900, 1, 1), d(2024, 1, 1));
        let t = ticks(&decades, &map_for(&decades, 800.0), 12.0);
        assert!(matches!(t.step, Step::Years(n) if n >= 5), "{:?}", t.step);

        let months = Scale::linear(d(2023, 1, 1), d(2025, 1, 1));
        let t = ticks(&months, &map_for(&months, 1200.0), 12.0);
        assert!(matches!(t.step, Step::Months(_)), "{:?}", t.step);
        let fine: Vec<_> = t.ticks.iter().filter_map(|t| t.label.as_deref()).collect();
        assert!(fine.contains(&"2024"), "January shows its year: {fine:?}");
        assert!(fine.iter().any(|l| MONTHS.contains(l)), "{fine:?}");
        // A piece starting mid-year names the year in the context row.
        let mid = Scale::linear(d(2023, 9, 15), d(2025, 3, 1));
        let t = ticks(&mid, &map_for(&mid, 900.0), 12.0);
        assert!(
            t.context.iter().any(|c| c.text == "2023"),
            "{:?}",
            t.context
        );

        let days = Scale::linear(d(2024, 6, 10), d(2024, 6, 25));
        let t = ticks(&days, &map_for(&days, 1000.0), 12.0);
        assert_eq!(t.step, Step::Days(1));
        assert!(t.context.iter().any(|c| c.text == "Jun 2024"));

        let hours = Scale::linear(d(2024, 6, 18), d(2024, 6, 19));
        let t = ticks(&hours, &map_for(&hours, 1000.0), 12.0);
        assert!(matches!(t.step, Step::Hours(_)), "{:?}", t.step);

        let millennia = Scale::linear(d(-3000, 1, 1), d(2000, 1, 1));
        let t = ticks(&millennia, &map_for(&millennia, 900.0), 12.0);
        assert!(matches!(t.step, Step::Years(n) if n >= 500), "{:?}", t.step);
    }

    #[test]
    fn labels_never_overlap() {
        for (a, b, w) in [
            (d(1900, 1, 1), d(2024, 1, 1), 300.0),
            (d(2024, 1, 1), d(2024, 12, 31), 333.0),
            (d(2024, 6, 1), d(2024, 7, 1), 250.0),
            (d(-500, 1, 1), d(500, 1, 1), 640.0),
        ] {
            let s = Scale::linear(a, b);
            let t = ticks(&s, &map_for(&s, w), 12.0);
            let labelled: Vec<_> = t.ticks.iter().filter(|t| t.label.is_some()).collect();
            assert!(labelled.len() >= 2, "too few labels for {a}..{b}");
            for pair in labelled.windows(2) {
                let right = pair[0].x + pair[0].label_width / 2.0;
                let left = pair[1].x - pair[1].label_width / 2.0;
                assert!(left >= right + LABEL_GAP - 1e-3, "overlap {pair:?}");
            }
            for pair in t.context.windows(2) {
                assert!(pair[1].x >= pair[0].x + pair[0].width);
            }
        }
    }

    #[test]
    fn bce_ticks_skip_year_zero() {
        let s = Scale::linear(d(-250, 1, 1), d(250, 1, 1));
        let t = ticks(&s, &map_for(&s, 1200.0), 12.0);
        let labels: Vec<_> = t.ticks.iter().filter_map(|t| t.label.clone()).collect();
        assert!(labels.iter().any(|l| l.ends_with("BCE")), "{labels:?}");
        assert!(
            !labels.iter().any(|l| l == "0" || l == "0 BCE"),
            "{labels:?}"
        );
    }

    #[test]
    fn no_ticks_inside_breaks() {
        let year = 365.2425;
        let ext = [
            (d(1961, 1, 1), d(1962, 1, 1)),
            (d(2019, 1, 1), d(2020, 1, 1)),
            (d(2020, 6, 1), d(2020, 6, 1) + 1.0),
        ];
        let s = Scale::build(&ext, true);
        let b = *s.breaks().next().expect("a break");
        let m = map_for(&s, 1000.0);
        let t = ticks(&s, &m, 12.0);
        let (bx0, bx1) = (m.x(b.u0), m.x(b.u1));
        assert!(t
            .ticks
            .iter()
            .all(|t| t.x <= bx0 + 1e-3 || t.x >= bx1 - 1e-3));
        assert!(b.t1 - b.t0 > 50.0 * year);
    }
}
