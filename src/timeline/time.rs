//! Calendar arithmetic for the timeline: dates as fractional day numbers, and the honest
//! wording of an event's time ("2019", "Jul 2000", "18–19 Jun 2024").
//!
//! Time on the timeline is a day number `t`: days since the proleptic Gregorian
//! 1 January of year 1 (chrono's `num_days_from_ce`, so 1 Jan 1 CE is 1.0), with the
//! fraction of a day for times of day. Years are chrono's astronomical years: year 0 is
//! 1 BCE, year −43 is 44 BCE; every label converts so no "year 0" is ever shown.

use crate::model::{Granularity, Interval};
use chrono::{Datelike, NaiveDate};

/// Short English month names, January first.
pub const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The day number of a date (1 Jan 1 CE = 1.0).
pub fn day_number(date: NaiveDate) -> f64 {
    f64::from(date.num_days_from_ce())
}

/// The date containing day number `t`, if it is inside chrono's range.
pub fn date_of(t: f64) -> Option<NaiveDate> {
    if !t.is_finite() || t.abs() > 9.0e7 {
        return None;
    }
    NaiveDate::from_num_days_from_ce_opt(t.floor() as i32)
}

/// The day number of 1 January of astronomical year `year`.
pub fn year_start(year: i32) -> Option<f64> {
    NaiveDate::from_ymd_opt(year, 1, 1).map(day_number)
}

/// The day number of the first day of month `month0` (0-based, may exceed 11) of `year`.
pub fn month_start(year: i32, month0: i32) -> Option<f64> {
    let y = year.checked_add(month0.div_euclid(12))?;
    let m = month0.rem_euclid(12) as u32 + 1;
    NaiveDate::from_ymd_opt(y, m, 1).map(day_number)
}

/// A year as people write it: "1961", "44 BCE" (astronomical year −43). There is no year 0.
pub fn year_label(year: i32) -> String {
    if year <= 0 {
        format!("{} BCE", 1 - i64::from(year))
    } else {
        year.to_string()
    }
}

/// "18 Jun 2024".
pub fn day_label(d: NaiveDate) -> String {
    format!(
        "{} {} {}",
        d.day(),
        MONTHS[d.month0() as usize],
        year_label(d.year())
    )
}

/// "Jun 2024".
pub fn month_label(d: NaiveDate) -> String {
    format!("{} {}", MONTHS[d.month0() as usize], year_label(d.year()))
}

/// The time of day in a TIMEX3 value ("2024-06-18T22:30" → 22.5 hours), if it has one.
pub fn hour_of_value(value: &str) -> Option<f64> {
    let (_, time) = value.split_once('T')?;
    let hours: f64 = time.get(0..2)?.parse().ok()?;
    let minutes: f64 = match time.get(3..5) {
        Some(m) if time.as_bytes().get(2) == Some(&b':') => m.parse().ok()?,
        _ => 0.0,
    };
    (hours < 24.0 && minutes < 60.0).then_some(hours + minutes / 60.0)
}

/// Where an event sits on the time line: `[t0, t1)` in day numbers and whether it is drawn
/// as a point (a day or a time) rather than a band (a week, month, year, …).
///
/// A single day is a point at its middle, a time of day a point at that time; a range of
/// whole days given day by day ("18–19 June") stays a band over those days. Nothing is
/// ever made more precise than the sources made it.
pub fn extent(time: &Interval, value: &str) -> (f64, f64, bool) {
    let start = day_number(time.start);
    let end = day_number(time.end).max(start);
    match time.granularity {
        Granularity::Time => {
            let t = start + hour_of_value(value).map_or(0.5, |h| h / 24.0);
            (t, t, true)
        }
        Granularity::Day if end - start <= 1.0 => (start + 0.5, start + 0.5, true),
        _ => (start, end.max(start + 1.0), false),
    }
}

/// The event's time in words, no more precise than its granularity.
pub fn interval_label(time: &Interval, value: &str) -> String {
    let s = time.start;
    // The last day included (end is exclusive).
    let last = time.end.pred_opt().filter(|d| *d >= s).unwrap_or(s);
    match time.granularity {
        Granularity::Century => {
            let y = s.year();
            if y <= 0 {
                format!("{} BCE", ordinal((1 - y) / 100 + 1)) + " century"
            } else {
                format!("{} century", ordinal(y / 100 + 1))
            }
        }
        Granularity::Decade => {
            let y = s.year();
            if y <= 0 {
                format!("{}s BCE", 1 - y)
            } else {
                format!("{y}s")
            }
        }
        Granularity::Year => {
            if last.year() > s.year() {
                format!("{}–{}", year_label(s.year()), year_label(last.year()))
            } else {
                year_label(s.year())
            }
        }
        Granularity::Quarter => {
            let months = (last.year() - s.year()) * 12 + last.month0() as i32 - s.month0() as i32;
            if months <= 2 {
                format!("Q{} {}", s.month0() / 3 + 1, year_label(s.year()))
            } else {
                format!("{} – {}", month_label(s), month_label(last))
            }
        }
        Granularity::Month => {
            if (last.year(), last.month()) != (s.year(), s.month()) {
                if last.year() == s.year() {
                    format!(
                        "{}–{} {}",
                        MONTHS[s.month0() as usize],
                        MONTHS[last.month0() as usize],
                        year_label(s.year())
                    )
                } else {
                    format!("{} – {}", month_label(s), month_label(last))
                }
            } else {
                month_label(s)
            }
        }
        Granularity::Week => format!("week of {}", day_label(s)),
        Granularity::Day => day_range_label(s, last),
        Granularity::Time => match hour_of_value(value) {
            Some(h) => {
                let total = (h * 60.0).round() as u32;
                format!("{} {:02}:{:02}", day_label(s), total / 60, total % 60)
            }
            None => day_label(s),
        },
    }
}

/// "20 Jun 2024", "18–19 Jun 2024", "30 Jun – 2 Jul 2024", "31 Dec 2023 – 1 Jan 2024".
fn day_range_label(s: NaiveDate, last: NaiveDate) -> String {
    if last == s {
        day_label(s)
    } else if (s.year(), s.month()) == (last.year(), last.month()) {
        format!(
            "{}–{} {} {}",
            s.day(),
            last.day(),
            MONTHS[s.month0() as usize],
            year_label(s.year())
        )
    } else if s.year() == last.year() {
        format!(
            "{} {} – {}",
            s.day(),
            MONTHS[s.month0() as usize],
            day_label(last)
        )
    } else {
        format!("{} – {}", day_label(s), day_label(last))
    }
}

/// "1st", "2nd", "21st", "11th".
fn ordinal(n: i32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// A length of time in words for break marks ("29 years", "8 months", "12 days").
pub fn duration_label(days: f64) -> String {
    let years = days / 365.2425;
    if years >= 1.95 {
        format!("{} years", years.round() as i64)
    } else if days >= 58.0 {
        format!("{} months", (days / 30.436875).round() as i64)
    } else if days >= 1.5 {
        format!("{} days", days.round() as i64)
    } else {
        format!("{} hours", (days * 24.0).round().max(1.0) as i64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn iv(s: NaiveDate, e: NaiveDate, g: Granularity) -> Interval {
        Interval {
            start: s,
            end: e,
            granularity: g,
        }
    }

    #[test]
    fn no_year_zero_in_labels() {
        assert_eq!(year_label(0), "1 BCE");
        assert_eq!(year_label(-43), "44 BCE");
        assert_eq!(year_label(1), "1");
        let y = iv(d(-43, 1, 1), d(-42, 1, 1), Granularity::Year);
        assert_eq!(interval_label(&y, "-0043"), "44 BCE");
    }

    #[test]
    fn labels_follow_granularity() {
        let year = iv(d(2019, 1, 1), d(2020, 1, 1), Granularity::Year);
        assert_eq!(interval_label(&year, "2019"), "2019");
        let month = iv(d(2000, 7, 1), d(2000, 8, 1), Granularity::Month);
        assert_eq!(interval_label(&month, "2000-07"), "Jul 2000");
        let days = iv(d(2024, 6, 18), d(2024, 6, 20), Granularity::Day);
        assert_eq!(interval_label(&days, "2024-06-18"), "18–19 Jun 2024");
        let day = iv(d(2024, 6, 20), d(2024, 6, 21), Granularity::Day);
        assert_eq!(interval_label(&day, "2024-06-20"), "20 Jun 2024");
        let time = iv(d(2024, 6, 19), d(2024, 6, 20), Granularity::Time);
        assert_eq!(
            interval_label(&time, "2024-06-19T02:30"),
            "19 Jun 2024 02:30"
        );
        let decade = iv(d(1990, 1, 1), d(2000, 1, 1), Granularity::Decade);
        assert_eq!(interval_label(&decade, "199"), "1990s");
    }

    #[test]
    fn extents_never_invent_a_day() {
        let year = iv(d(2019, 1, 1), d(2020, 1, 1), Granularity::Year);
        let (t0, t1, point) = extent(&year, "2019");
        assert!(!point);
        assert_eq!(t1 - t0, 365.0);
        let day = iv(d(2024, 6, 20), d(2024, 6, 21), Granularity::Day);
        let (t0, t1, point) = extent(&day, "2024-06-20");
        assert!(point);
        assert_eq!(t0, t1);
        assert_eq!(t0, day_number(d(2024, 6, 20)) + 0.5);
        let time = iv(d(2024, 6, 19), d(2024, 6, 20), Granularity::Time);
        let (t0, _, _) = extent(&time, "2024-06-19T18:00");
        assert_eq!(t0, day_number(d(2024, 6, 19)) + 0.75);
    }

    #[test]
    fn month_start_wraps_years() {
        assert_eq!(month_start(2023, 12), Some(day_number(d(2024, 1, 1))));
        assert_eq!(month_start(2024, -1), Some(day_number(d(2023, 12, 1))));
    }

    #[test]
    fn durations_in_words() {
        assert_eq!(duration_label(29.0 * 365.25), "29 years");
        assert_eq!(duration_label(240.0), "8 months");
        assert_eq!(duration_label(12.0), "12 days");
    }
}
