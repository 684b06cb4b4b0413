//! TIMEX3 values: the calendar points the engine computes with, their TIMEX3 spelling, and
//! the reverse mapping from a value string to the calendar period it denotes.

use crate::model::{Granularity, Interval};
use chrono::{Datelike, Days, Duration, Months, NaiveDate};

/// A resolved or partly resolved calendar point at some precision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Point {
    /// One day.
    Day(NaiveDate),
    /// A day with a time-of-day suffix ("T15:44", "TMO").
    Time(NaiveDate, String),
    /// A month of a year.
    Month(i32, u32),
    /// An ISO week.
    Week(i32, u32),
    /// A weekend (of an ISO week).
    Weekend(i32, u32),
    /// A quarter (1–4).
    Quarter(i32, u32),
    /// A half year (1–2).
    Half(i32, u32),
    /// A season ("SP", "SU", "FA", "WI").
    Season(i32, &'static str),
    /// A year.
    Year(i32),
    /// A decade, by its first year.
    Decade(i32),
    /// A century, by its first year (1900 for the 20th century).
    Century(i32),
}

impl Point {
    /// The TIMEX3 value.
    pub fn value(&self) -> String {
        match self {
            Point::Day(d) => d.format("%Y-%m-%d").to_string(),
            Point::Time(d, t) => format!("{}{}", d.format("%Y-%m-%d"), t),
            Point::Month(y, m) => format!("{}-{:02}", year(*y), m),
            Point::Week(y, w) => format!("{}-W{:02}", year(*y), w),
            Point::Weekend(y, w) => format!("{}-W{:02}-WE", year(*y), w),
            Point::Quarter(y, q) => format!("{}-Q{}", year(*y), q),
            Point::Half(y, h) => format!("{}-H{}", year(*y), h),
            Point::Season(y, s) => format!("{}-{}", year(*y), s),
            Point::Year(y) => year(*y),
            Point::Decade(y) => {
                let s = year(*y);
                s[..s.len().saturating_sub(1)].to_string()
            }
            Point::Century(y) => {
                let s = year(*y);
                s[..s.len().saturating_sub(2)].to_string()
            }
        }
    }

    /// The first day of the period.
    pub fn first_day(&self) -> Option<NaiveDate> {
        interval(&self.value()).map(|i| i.start)
    }

    /// The same kind of period shifted by `n` of its own units (days, months, years…).
    pub fn shift(&self, n: i32) -> Option<Point> {
        Some(match self {
            Point::Day(d) => Point::Day(add_days(*d, n as i64)?),
            Point::Time(d, t) => Point::Time(add_days(*d, n as i64)?, t.clone()),
            Point::Month(y, m) => {
                let idx = *y * 12 + (*m as i32 - 1) + n;
                Point::Month(idx.div_euclid(12), idx.rem_euclid(12) as u32 + 1)
            }
            Point::Week(y, w) | Point::Weekend(y, w) => {
                let monday = NaiveDate::from_isoywd_opt(*y, *w, chrono::Weekday::Mon)?;
                let d = add_days(monday, 7 * n as i64)?;
                let iw = d.iso_week();
                if matches!(self, Point::Weekend(..)) {
                    Point::Weekend(iw.year(), iw.week())
                } else {
                    Point::Week(iw.year(), iw.week())
                }
            }
            Point::Quarter(y, q) => {
                let idx = *y * 4 + (*q as i32 - 1) + n;
                Point::Quarter(idx.div_euclid(4), idx.rem_euclid(4) as u32 + 1)
            }
            Point::Half(y, h) => {
                let idx = *y * 2 + (*h as i32 - 1) + n;
                Point::Half(idx.div_euclid(2), idx.rem_euclid(2) as u32 + 1)
            }
            Point::Season(y, s) => Point::Season(y + n, s),
            Point::Year(y) => Point::Year(y + n),
            Point::Decade(y) => Point::Decade(y + 10 * n),
            Point::Century(y) => Point::Century(y + 100 * n),
        })
    }

    /// The same period `n` years later (earlier when negative), at the same precision: a
    /// month stays a month ("the same month a year ago"). `None` for decades and centuries,
    /// and for a day that does not exist that year (29 February).
    pub fn years_later(&self, n: i32) -> Option<Point> {
        let same_day = |d: &NaiveDate| d.with_year(d.year() + n);
        Some(match self {
            Point::Day(d) => Point::Day(same_day(d)?),
            Point::Time(d, t) => Point::Time(same_day(d)?, t.clone()),
            Point::Month(..) => self.shift(12 * n)?,
            Point::Quarter(..) => self.shift(4 * n)?,
            Point::Half(..) => self.shift(2 * n)?,
            Point::Week(y, w) => Point::Week(y + n, *w),
            Point::Weekend(y, w) => Point::Weekend(y + n, *w),
            Point::Season(..) | Point::Year(_) => self.shift(n)?,
            Point::Decade(_) | Point::Century(_) => return None,
        })
    }

    /// The day, when the point is one day (or a time on one day).
    pub fn day(&self) -> Option<NaiveDate> {
        match self {
            Point::Day(d) | Point::Time(d, _) => Some(*d),
            _ => None,
        }
    }

    /// The year the point falls in, when it has one.
    pub fn year(&self) -> Option<i32> {
        match self {
            Point::Day(d) | Point::Time(d, _) => Some(d.year()),
            Point::Month(y, _)
            | Point::Week(y, _)
            | Point::Weekend(y, _)
            | Point::Quarter(y, _)
            | Point::Half(y, _)
            | Point::Season(y, _)
            | Point::Year(y) => Some(*y),
            Point::Decade(_) | Point::Century(_) => None,
        }
    }
}

fn year(y: i32) -> String {
    if (0..=9999).contains(&y) {
        format!("{y:04}")
    } else {
        format!("{y}")
    }
}

/// `d + n` days, `None` outside chrono's range.
pub fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

/// `d + n` months, `None` outside chrono's range.
pub fn add_months(d: NaiveDate, n: i32) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_months(Months::new(n as u32))
    } else {
        d.checked_sub_months(Months::new(n.unsigned_abs()))
    }
}

/// The calendar period a TIMEX3 value denotes, if it denotes one: `[start, end)` with its
/// precision. Relative values (`PRESENT_REF`), durations and values with unknown digits
/// (`XXXX-09`) denote none.
pub fn interval(value: &str) -> Option<Interval> {
    let v = value.trim();
    // A day whose clock time is unknown ("2015-09-11TXX:XX") still denotes that day.
    let v = match v.split_once('T') {
        Some((day, time)) if time.contains('X') && !day.contains('X') => day,
        _ => v,
    };
    if v.contains('X') || v.starts_with('P') || v.ends_with("_REF") || v.is_empty() {
        return None;
    }
    let (date_part, has_time) = match v.find('T') {
        Some(i) => (&v[..i], true),
        None => (v, false),
    };
    let parts: Vec<&str> = date_part.split('-').collect();
    let num = |s: &str| -> Option<i32> {
        if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
            s.parse().ok()
        } else {
            None
        }
    };
    let make = |start: NaiveDate, end: NaiveDate, granularity| {
        Some(Interval {
            start,
            end,
            granularity,
        })
    };
    let first = parts.first()?;
    match parts.len() {
        1 => {
            let n = num(first)?;
            match first.len() {
                4 => make(
                    NaiveDate::from_ymd_opt(n, 1, 1)?,
                    NaiveDate::from_ymd_opt(n + 1, 1, 1)?,
                    Granularity::Year,
                ),
                3 => make(
                    NaiveDate::from_ymd_opt(n * 10, 1, 1)?,
                    NaiveDate::from_ymd_opt(n * 10 + 10, 1, 1)?,
                    Granularity::Decade,
                ),
                2 => make(
                    NaiveDate::from_ymd_opt(n * 100, 1, 1)?,
                    NaiveDate::from_ymd_opt(n * 100 + 100, 1, 1)?,
                    Granularity::Century,
                ),
                _ => None,
            }
        }
        2 | 3 => {
            let y = num(first)?;
            if first.len() != 4 {
                return None;
            }
            let second = parts[1];
            let season_start = match second {
                "SP" => Some(3),
                "SU" => Some(6),
                "FA" => Some(9),
                "WI" => Some(12),
                _ => None,
            };
            if let Some(m) = season_start {
                let start = NaiveDate::from_ymd_opt(y, m, 1)?;
                return make(start, add_months(start, 3)?, Granularity::Quarter);
            }
            if let Some(w) = second.strip_prefix('W') {
                let w: u32 = num(w)?.try_into().ok()?;
                let monday = NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Mon)?;
                return match parts.get(2) {
                    Some(&"WE") => {
                        make(add_days(monday, 5)?, add_days(monday, 7)?, Granularity::Day)
                    }
                    Some(d) => {
                        let wd = num(d)?;
                        let day = add_days(monday, (wd - 1) as i64)?;
                        make(day, add_days(day, 1)?, Granularity::Day)
                    }
                    None => make(monday, add_days(monday, 7)?, Granularity::Week),
                };
            }
            if let Some(q) = second.strip_prefix('Q') {
                let q = num(q)?;
                if !(1..=4).contains(&q) {
                    return None;
                }
                let start = NaiveDate::from_ymd_opt(y, (q as u32 - 1) * 3 + 1, 1)?;
                return make(start, add_months(start, 3)?, Granularity::Quarter);
            }
            if let Some(h) = second.strip_prefix('H') {
                let h = num(h)?;
                if !(1..=2).contains(&h) {
                    return None;
                }
                let start = NaiveDate::from_ymd_opt(y, (h as u32 - 1) * 6 + 1, 1)?;
                return make(start, add_months(start, 6)?, Granularity::Quarter);
            }
            let m: u32 = num(second)?.try_into().ok()?;
            if parts.len() == 2 {
                let start = NaiveDate::from_ymd_opt(y, m, 1)?;
                return make(start, add_months(start, 1)?, Granularity::Month);
            }
            let d: u32 = num(parts[2])?.try_into().ok()?;
            let day = NaiveDate::from_ymd_opt(y, m, d)?;
            let granularity = if has_time {
                Granularity::Time
            } else {
                Granularity::Day
            };
            make(day, day + Duration::days(1), granularity)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn intervals_keep_their_precision() {
        let i = interval("2023-09").unwrap();
        assert_eq!((i.start, i.end), (d(2023, 9, 1), d(2023, 10, 1)));
        assert_eq!(i.granularity, Granularity::Month);
        assert_eq!(interval("2000").unwrap().granularity, Granularity::Year);
        // A time of a known day whose clock time is unknown is that day.
        let unknown_clock = interval("2015-09-11TXX:XX").unwrap();
        assert_eq!(unknown_clock.start, d(2015, 9, 11));
        assert_eq!(unknown_clock.granularity, Granularity::Day);
        assert!(interval("XXXX-XX-XXT06:00").is_none());
        let dec = interval("199").unwrap();
        assert_eq!((dec.start, dec.end), (d(1990, 1, 1), d(2000, 1, 1)));
        let t = interval("2024-06-19TMO").unwrap();
        assert_eq!(
            (t.start, t.granularity),
            (d(2024, 6, 19), Granularity::Time)
        );
        let w = interval("2013-W11").unwrap();
        assert_eq!(w.start, d(2013, 3, 11));
        assert_eq!(interval("1989-Q3").unwrap().start, d(1989, 7, 1));
        assert_eq!(interval("1988-WI").unwrap().end, d(1989, 3, 1));
        for none in ["XXXX-09", "P24Y", "PRESENT_REF", "", "20x4", "2024-13"] {
            assert_eq!(interval(none), None, "{none}");
        }
    }

    #[test]
    fn points_shift_in_their_own_unit() {
        assert_eq!(
            Point::Month(2024, 1).shift(-1),
            Some(Point::Month(2023, 12))
        );
        assert_eq!(
            Point::Quarter(2024, 1).shift(-1),
            Some(Point::Quarter(2023, 4))
        );
        assert_eq!(Point::Week(2024, 1).shift(-1).unwrap().value(), "2023-W52");
        assert_eq!(Point::Decade(1990).value(), "199");
        assert_eq!(Point::Century(1900).value(), "19");
    }
}
