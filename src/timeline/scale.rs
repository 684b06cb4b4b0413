//! Time ↔ position with gap compression.
//!
//! The scale maps day numbers `t` to an abstract axis coordinate `u`. Stretches with
//! events are linear with one day = one unit, everywhere, so distances inside them stay
//! comparable. Long empty stretches ("gaps") are squeezed into a short fixed length and
//! drawn as a visible break labelled with the time they stand for: 1961, 1991 and June
//! 2024 fit on one screen without pretending the years between did not exist. The view
//! (zoom and pan) then maps `u` linearly to pixels.
//!
//! Which gaps to compress is decided without any absolute threshold, so the same rule works
//! for a story told over centuries and one told over three days: going from the longest
//! gap down, a gap is compressed while it is longer than [`GAP_SHARE`] of everything that
//! would remain uncompressed. A gap is never stretched: one shorter than the break length
//! stays as it is.

/// A gap is compressed while it is longer than this share of the remaining linear span.
pub const GAP_SHARE: f64 = 0.15;

/// The length of a break, as a share of the total linear (uncompressed) length.
pub const BREAK_SHARE: f64 = 0.035;

/// One piece of the scale.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Segment {
    /// First day number.
    pub t0: f64,
    /// Last day number.
    pub t1: f64,
    /// Axis coordinate of `t0`.
    pub u0: f64,
    /// Axis coordinate of `t1`.
    pub u1: f64,
    /// True for a compressed gap (drawn as a break, no ticks inside).
    pub is_break: bool,
}

impl Segment {
    fn t_to_u(&self, t: f64) -> f64 {
        if self.t1 > self.t0 {
            self.u0 + (t - self.t0) / (self.t1 - self.t0) * (self.u1 - self.u0)
        } else {
            self.u0
        }
    }

    fn u_to_t(&self, u: f64) -> f64 {
        if self.u1 > self.u0 {
            self.t0 + (u - self.u0) / (self.u1 - self.u0) * (self.t1 - self.t0)
        } else {
            self.t0
        }
    }
}

/// A monotonic piecewise-linear map between day numbers and axis coordinates.
#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    /// Pieces in time order, contiguous in both `t` and `u`. Never empty.
    pub segments: Vec<Segment>,
}

impl Scale {
    /// The identity scale over `[t0, t1]` (no compression).
    pub fn linear(t0: f64, t1: f64) -> Self {
        let t1 = if t1 > t0 { t1 } else { t0 + 1.0 };
        Scale {
            segments: vec![Segment {
                t0,
                t1,
                u0: t0,
                u1: t1,
                is_break: false,
            }],
        }
    }

    /// Builds the scale for events occupying `extents` (`[t0, t1]` day numbers, points have
    /// `t0 == t1`). With `compress` off the scale is linear from the first to the last event.
    pub fn build(extents: &[(f64, f64)], compress: bool) -> Self {
        // Occupied stretches: merged extents. A point occupies a day around it so that
        // points a few hours apart never count as separated by a gap.
        let mut spans: Vec<(f64, f64)> = extents
            .iter()
            .filter(|(a, b)| a.is_finite() && b.is_finite())
            .map(|&(a, b)| {
                if b - a < 1.0 {
                    let mid = (a + b) / 2.0;
                    (mid - 0.5, mid + 0.5)
                } else {
                    (a, b)
                }
            })
            .collect();
        if spans.is_empty() {
            return Scale::linear(0.0, 1.0);
        }
        spans.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
        let mut merged: Vec<(f64, f64)> = Vec::new();
        for (a, b) in spans {
            match merged.last_mut() {
                Some(last) if a <= last.1 => last.1 = last.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        let first = merged[0].0;
        let last = merged[merged.len() - 1].1;
        if !compress || merged.len() < 2 {
            return Scale::linear(first, last);
        }

        // Gaps, longest first; ties broken by position so the result is deterministic.
        let total = last - first;
        let mut gaps: Vec<(usize, f64)> = merged
            .windows(2)
            .enumerate()
            .map(|(i, w)| (i, w[1].0 - w[0].1))
            .collect();
        gaps.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut remaining = total;
        let mut compressed = vec![false; merged.len() - 1];
        let mut any = false;
        for &(i, g) in &gaps {
            if g > GAP_SHARE * (remaining - g) {
                compressed[i] = true;
                remaining -= g;
                any = true;
            } else {
                break;
            }
        }
        if !any {
            return Scale::linear(first, last);
        }
        let break_len = BREAK_SHARE * remaining;

        // Linear pieces run from the end of one compressed gap to the start of the next.
        let mut segments = Vec::new();
        let mut u = first;
        let mut seg_start = first;
        for (i, w) in merged.windows(2).enumerate() {
            if !compressed[i] || w[1].0 - w[0].1 <= break_len {
                continue;
            }
            let (g0, g1) = (w[0].1, w[1].0);
            segments.push(Segment {
                t0: seg_start,
                t1: g0,
                u0: u,
                u1: u + (g0 - seg_start),
                is_break: false,
            });
            u += g0 - seg_start;
            segments.push(Segment {
                t0: g0,
                t1: g1,
                u0: u,
                u1: u + break_len,
                is_break: true,
            });
            u += break_len;
            seg_start = g1;
        }
        segments.push(Segment {
            t0: seg_start,
            t1: last,
            u0: u,
            u1: u + (last - seg_start),
            is_break: false,
        });
        Scale { segments }
    }

    /// First and last axis coordinates.
    pub fn u_range(&self) -> (f64, f64) {
        let first = self.segments[0];
        let last = self.segments[self.segments.len() - 1];
        (first.u0, last.u1)
    }

    /// First and last day numbers covered.
    pub fn t_range(&self) -> (f64, f64) {
        (
            self.segments[0].t0,
            self.segments[self.segments.len() - 1].t1,
        )
    }

    /// Axis coordinate of day number `t`; outside the covered range the scale extends
    /// linearly at one unit per day.
    pub fn t_to_u(&self, t: f64) -> f64 {
        let first = &self.segments[0];
        let last = &self.segments[self.segments.len() - 1];
        if t <= first.t0 {
            return first.u0 - (first.t0 - t);
        }
        if t >= last.t1 {
            return last.u1 + (t - last.t1);
        }
        let i = self.segments.partition_point(|s| s.t1 < t);
        self.segments[i.min(self.segments.len() - 1)].t_to_u(t)
    }

    /// Day number at axis coordinate `u` (inverse of [`Scale::t_to_u`]).
    pub fn u_to_t(&self, u: f64) -> f64 {
        let first = &self.segments[0];
        let last = &self.segments[self.segments.len() - 1];
        if u <= first.u0 {
            return first.t0 - (first.u0 - u);
        }
        if u >= last.u1 {
            return last.t1 + (u - last.u1);
        }
        let i = self.segments.partition_point(|s| s.u1 < u);
        self.segments[i.min(self.segments.len() - 1)].u_to_t(u)
    }

    /// The compressed gaps.
    pub fn breaks(&self) -> impl Iterator<Item = &Segment> {
        self.segments.iter().filter(|s| s.is_break)
    }

    /// The linear pieces, extended with the unbounded ends so that ticks can be drawn in the
    /// margins before the first and after the last event.
    pub fn linear_pieces(&self) -> Vec<Segment> {
        let n = self.segments.len();
        self.segments
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.is_break)
            .map(|(i, s)| {
                let mut s = *s;
                if i == 0 {
                    s.u0 -= 1.0e9;
                    s.t0 -= 1.0e9;
                }
                if i == n - 1 {
                    s.u1 += 1.0e9;
                    s.t1 += 1.0e9;
                }
                s
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const YEAR: f64 = 365.25;

    fn year(y: f64) -> (f64, f64) {
        (y * YEAR, (y + 1.0) * YEAR)
    }

    #[test]
    fn long_gaps_compress_and_short_ones_do_not() {
        let ext = [
            year(1961.0),
            year(1991.0),
            year(2000.0),
            year(2001.0),
            year(2019.0),
        ];
        let s = Scale::build(&ext, true);
        let breaks: Vec<_> = s.breaks().collect();
        // 1962→1991 and 2002→2019 are long; 1992→2000 is long next to what remains.
        assert!(breaks.iter().any(|b| (b.t0 - 1962.0 * YEAR).abs() < 1.0));
        assert!(breaks.iter().any(|b| (b.t0 - 2002.0 * YEAR).abs() < 1.0));
        // 2000→2001 touch: no break between them.
        assert!(!breaks.iter().any(|b| (b.t0 - 2001.0 * YEAR).abs() < 1.0));
        // Compressed total is far shorter than the real span.
        let (u0, u1) = s.u_range();
        assert!(u1 - u0 < 0.3 * (59.0 * YEAR));
        // Inside a linear piece one day is one unit.
        let a = s.t_to_u(1991.2 * YEAR);
        let b = s.t_to_u(1991.7 * YEAR);
        assert!((b - a - 0.5 * YEAR).abs() < 1e-6);
    }

    #[test]
    fn off_means_linear() {
        let ext = [year(1961.0), year(2019.0)];
        let s = Scale::build(&ext, false);
        assert_eq!(s.segments.len(), 1);
        assert_eq!(s.breaks().count(), 0);
    }

    #[test]
    fn monotonic_and_invertible() {
        let ext = [year(1961.0), year(1991.0), (2024.46 * YEAR, 2024.46 * YEAR)];
        let s = Scale::build(&ext, true);
        let mut prev = f64::NEG_INFINITY;
        let mut t = 1950.0 * YEAR;
        while t < 2030.0 * YEAR {
            let u = s.t_to_u(t);
            assert!(u > prev, "not increasing at {t}");
            assert!((s.u_to_t(u) - t).abs() < 1e-3);
            prev = u;
            t += 17.3;
        }
    }

    #[test]
    fn scale_free_rule_works_for_hours() {
        // Three bursts of news within days: two hours apart, then a week later.
        let h = 1.0 / 24.0;
        let ext = [
            (100.0 + 2.0 * h, 100.0 + 2.0 * h),
            (100.0 + 4.0 * h, 100.0 + 4.0 * h),
            (107.0, 107.0),
            (107.1, 107.1),
        ];
        let s = Scale::build(&ext, true);
        assert_eq!(s.breaks().count(), 1);
    }

    #[test]
    fn empty_and_single_inputs_do_not_panic() {
        let s = Scale::build(&[], true);
        assert!(s.u_range().1 > s.u_range().0);
        let s = Scale::build(&[(5.0, 5.0)], true);
        assert!(s.u_range().1 > s.u_range().0);
        let s = Scale::build(&[(f64::NAN, 1.0)], true);
        assert_eq!(s.segments.len(), 1);
    }
}
