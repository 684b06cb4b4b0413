//! Recognisers for metadata lines: publication dates in every common shape, bylines,
//! source URLs and outlet names, datelines, and relayed outlets ("…, CNN reported").

use crate::model::{DateStamp, Dateline};
use chrono::{NaiveDate, NaiveTime};
use regex::Regex;
use std::sync::LazyLock;

const MONTH: &str = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

/// Month number from an English month name or abbreviation.
pub fn month_number(name: &str) -> Option<u32> {
    let lower = name.trim_end_matches('.').to_ascii_lowercase();
    let n = match lower.get(..3)? {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(n)
}

static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    super::static_regex(&format!(
        r"(?i)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\b{MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})(?:,?\s+(?:at\s+)?(?P<h>\d{{1,2}}):(?P<m>\d{{2}})(?::\d{{2}})?\s*(?P<ampm>[ap]\.?m\.?)?)?"
    ))
});

static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    super::static_regex(&format!(
        r"(?i)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH},?\s+(?P<year>\d{{4}})(?:,?\s+(?:at\s+)?(?P<h>\d{{1,2}}):(?P<m>\d{{2}})(?::\d{{2}})?\s*(?P<ampm>[ap]\.?m\.?)?)?"
    ))
});

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    super::static_regex(
        r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?:[T ](?P<h>\d{2}):(?P<m>\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?",
    )
});

static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    super::static_regex(
        r"\b(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})[./](?P<year>\d{4})\b(?:,?\s+(?P<h>\d{1,2}):(?P<m>\d{2}))?",
    )
});

static DATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    super::static_regex(
        r"(?i)^\s*(?P<label>(?:last\s+)?updated|modified|published|posted|first published|date|created)?(?:\s+(?:at|on))?\s*[:|-]?\s*",
    )
});

/// A date found in a metadata line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LineDate {
    /// The value.
    pub stamp: DateStamp,
    /// True when the line labels it as an update.
    pub updated: bool,
    /// 0–1: lower for ambiguous numeric forms.
    pub confidence: f32,
}

fn time_of(h: Option<&str>, m: Option<&str>, ampm: Option<&str>) -> Option<NaiveTime> {
    let mut hour: u32 = h?.parse().ok()?;
    let minute: u32 = m?.parse().ok()?;
    if let Some(ampm) = ampm {
        let pm = ampm.to_ascii_lowercase().starts_with('p');
        if hour == 12 {
            hour = 0;
        }
        if pm {
            hour += 12;
        }
    }
    NaiveTime::from_hms_opt(hour, minute, 0)
}

fn offset_minutes(tz: &str) -> Option<i32> {
    if tz == "Z" {
        return Some(0);
    }
    let sign = if tz.starts_with('-') { -1 } else { 1 };
    let digits: String = tz[1..].chars().filter(|c| c.is_ascii_digit()).collect();
    let h: i32 = digits.get(..2)?.parse().ok()?;
    let m: i32 = digits.get(2..4).and_then(|s| s.parse().ok()).unwrap_or(0);
    Some(sign * (h * 60 + m))
}

/// Finds the first date in `text` in any supported shape, with the byte range it covers.
pub fn find_date(text: &str) -> Option<(DateStamp, std::ops::Range<usize>, f32)> {
    let mut best: Option<(DateStamp, std::ops::Range<usize>, f32)> = None;
    let mut consider = |stamp: Option<DateStamp>, range: std::ops::Range<usize>, conf: f32| {
        if let Some(stamp) = stamp {
            if best.as_ref().is_none_or(|b| range.start < b.1.start) {
                best = Some((stamp, range, conf));
            }
        }
    };
    for re in [&*MONTH_DAY_YEAR, &*DAY_MONTH_YEAR] {
        if let Some(c) = re.captures(text) {
            let stamp = (|| {
                let month = month_number(c.name("month")?.as_str())?;
                let day = c.name("day")?.as_str().parse().ok()?;
                let year = c.name("year")?.as_str().parse().ok()?;
                Some(DateStamp {
                    date: NaiveDate::from_ymd_opt(year, month, day)?,
                    time: time_of(
                        c.name("h").map(|m| m.as_str()),
                        c.name("m").map(|m| m.as_str()),
                        c.name("ampm").map(|m| m.as_str()),
                    ),
                    utc_offset_minutes: None,
                })
            })();
            let whole = c.get(0).map(|m| m.range()).unwrap_or(0..0);
            consider(stamp, whole, 0.9);
        }
    }
    if let Some(c) = ISO.captures(text) {
        let stamp = (|| {
            Some(DateStamp {
                date: NaiveDate::from_ymd_opt(
                    c.name("year")?.as_str().parse().ok()?,
                    c.name("month")?.as_str().parse().ok()?,
                    c.name("day")?.as_str().parse().ok()?,
                )?,
                time: time_of(
                    c.name("h").map(|m| m.as_str()),
                    c.name("m").map(|m| m.as_str()),
                    None,
                ),
                utc_offset_minutes: c.name("tz").and_then(|t| offset_minutes(t.as_str())),
            })
        })();
        consider(stamp, c.get(0).map(|m| m.range()).unwrap_or(0..0), 0.95);
    }
    if let Some(c) = NUMERIC.captures(text) {
        let parsed = (|| {
            let a: u32 = c.name("a")?.as_str().parse().ok()?;
            let b: u32 = c.name("b")?.as_str().parse().ok()?;
            let year: i32 = c.name("year")?.as_str().parse().ok()?;
            let dot = c.name("sep")?.as_str() == ".";
            // Decide day/month order: unambiguous when one part exceeds 12, otherwise
            // follow the separator's usual convention (dots European, slashes American).
            let (month, day, conf) = if a > 12 {
                (b, a, 0.85)
            } else if b > 12 {
                (a, b, 0.85)
            } else if dot {
                (b, a, 0.5)
            } else {
                (a, b, 0.5)
            };
            let stamp = DateStamp {
                date: NaiveDate::from_ymd_opt(year, month, day)?,
                time: time_of(
                    c.name("h").map(|m| m.as_str()),
                    c.name("m").map(|m| m.as_str()),
                    None,
                ),
                utc_offset_minutes: None,
            };
            Some((stamp, conf))
        })();
        if let Some((stamp, conf)) = parsed {
            consider(
                Some(stamp),
                c.get(0).map(|m| m.range()).unwrap_or(0..0),
                conf,
            );
        }
    }
    best
}

/// Reads a line that is (almost) only a date, like "June 19, 2024 15:44" or
/// "Updated at: 06.20.2024". Prose that merely contains a date is not a date line.
pub fn date_line(line: &str) -> Option<(LineDate, std::ops::Range<usize>)> {
    if line.len() > 80 {
        return None;
    }
    let (stamp, range, confidence) = find_date(line)?;
    let label = DATE_LABEL
        .captures(&line[..range.start])
        .and_then(|c| c.name("label").map(|m| m.as_str().to_ascii_lowercase()));
    let before = DATE_LABEL.replace(&line[..range.start], "");
    let after = &line[range.end..];
    // Allow a little decoration around the date: a time zone, a separator, "IST".
    let leftover = before.chars().filter(|c| c.is_alphanumeric()).count()
        + after
            .split_whitespace()
            .filter(|w| !matches!(w.trim_matches(|c: char| !c.is_alphanumeric()).len(), 0..=4))
            .map(|w| w.len())
            .sum::<usize>();
    if leftover > 6 {
        return None;
    }
    let updated = label
        .as_deref()
        .is_some_and(|l| l.contains("updated") || l.contains("modified"));
    Some((
        LineDate {
            stamp,
            updated,
            confidence,
        },
        range,
    ))
}

static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    super::static_regex(r"/(?P<year>(?:19|20)\d{2})/(?P<month>\d{1,2})/(?P<day>\d{1,2})(?:/|$)")
});

/// A publication date carried in a URL path ("/2024/6/19/…").
pub fn url_date(url: &str) -> Option<NaiveDate> {
    let c = URL_DATE.captures(url)?;
    NaiveDate::from_ymd_opt(
        c["year"].parse().ok()?,
        c["month"].parse().ok()?,
        c["day"].parse().ok()?,
    )
}

/// Readable names of well-known outlets by domain.
const OUTLETS: &[(&str, &str)] = &[
    ("aljazeera.com", "Al Jazeera"),
    ("aljazeera.net", "Al Jazeera"),
    ("bbc.co.uk", "BBC News"),
    ("bbc.com", "BBC News"),
    ("cnn.com", "CNN"),
    ("reuters.com", "Reuters"),
    ("apnews.com", "AP"),
    ("aninews.in", "ANI"),
    ("afp.com", "AFP"),
    ("nytimes.com", "The New York Times"),
    ("theguardian.com", "The Guardian"),
    ("washingtonpost.com", "The Washington Post"),
    ("wsj.com", "The Wall Street Journal"),
    ("ft.com", "Financial Times"),
    ("bloomberg.com", "Bloomberg"),
    ("npr.org", "NPR"),
    ("foxnews.com", "Fox News"),
    ("nbcnews.com", "NBC News"),
    ("cbsnews.com", "CBS News"),
    ("abcnews.go.com", "ABC News"),
    ("yna.co.kr", "Yonhap"),
    ("en.yna.co.kr", "Yonhap"),
    ("koreaherald.com", "The Korea Herald"),
    ("koreatimes.co.kr", "The Korea Times"),
    ("nknews.org", "NK News"),
    ("kcna.kp", "KCNA"),
    ("kcnawatch.org", "KCNA Watch"),
    ("tass.com", "TASS"),
    ("tass.ru", "TASS"),
    ("rt.com", "RT"),
    ("france24.com", "France 24"),
    ("dw.com", "DW"),
    ("scmp.com", "South China Morning Post"),
    ("timesofindia.indiatimes.com", "The Times of India"),
    ("hindustantimes.com", "Hindustan Times"),
    ("thehindu.com", "The Hindu"),
    ("ndtv.com", "NDTV"),
    ("aa.com.tr", "Anadolu Agency"),
    ("euronews.com", "Euronews"),
    ("politico.com", "Politico"),
    ("politico.eu", "Politico Europe"),
    ("axios.com", "Axios"),
    ("theatlantic.com", "The Atlantic"),
    ("economist.com", "The Economist"),
    ("independent.co.uk", "The Independent"),
    ("telegraph.co.uk", "The Telegraph"),
    ("vnexpress.net", "VnExpress"),
    ("xinhuanet.com", "Xinhua"),
    ("news.cn", "Xinhua"),
    ("globaltimes.cn", "Global Times"),
    ("japantimes.co.jp", "The Japan Times"),
    ("nhk.or.jp", "NHK"),
];

/// Short outlet names that count as agencies when an article relays them.
pub const KNOWN_AGENCIES: &[&str] = &[
    "CNN",
    "Reuters",
    "AP",
    "AFP",
    "ANI",
    "Yonhap",
    "KCNA",
    "TASS",
    "RIA Novosti",
    "Xinhua",
    "BBC",
    "Bloomberg",
    "NHK",
    "Kyodo",
    "Interfax",
    "PTI",
    "IANS",
    "dpa",
    "EFE",
    "Al Jazeera",
    "NK News",
    "Associated Press",
    "Agence France-Presse",
    "The New York Times",
    "The Washington Post",
    "The Guardian",
    "Sputnik",
    "RT",
    "Fox News",
    "NBC News",
    "CBS News",
    "ABC News",
];

/// The host of an http(s) URL without a leading "www.".
pub fn url_host(url: &str) -> Option<String> {
    let parsed = url::Url::parse(url.trim()).ok()?;
    let host = parsed.host_str()?.to_ascii_lowercase();
    Some(host.strip_prefix("www.").unwrap_or(&host).to_string())
}

/// A readable outlet name for a URL: a known outlet, else the domain.
pub fn outlet_for_url(url: &str) -> Option<(String, f32)> {
    let host = url_host(url)?;
    for (domain, name) in OUTLETS {
        if host == *domain || host.ends_with(&format!(".{domain}")) {
            return Some((name.to_string(), 0.95));
        }
    }
    Some((host, 0.7))
}

static SOURCE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    super::static_regex(
        r"(?i)^\s*(?:source|url|originally published at|read more at|link)\s*:\s*(?P<url>https?://\S+)\s*$",
    )
});

/// A "Source: https://…" line: the URL and its byte range in the line.
pub fn source_line(line: &str) -> Option<(String, std::ops::Range<usize>)> {
    let c = SOURCE_LINE.captures(line)?;
    let m = c.name("url")?;
    Some((m.as_str().to_string(), m.range()))
}

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    super::static_regex(
        r"^\s*(?:[Bb]y|BY|[Ww]ritten by|[Aa]uthor\s*:|[Rr]eporting by)\s+(?P<name>\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|al|bin|da|la|le)){0,4})(?:\s*(?:,|\||·|-|–|—|and|&).*)?\s*$",
    )
});

/// A byline: the author's name and its byte range in the line.
pub fn byline(line: &str) -> Option<(String, std::ops::Range<usize>)> {
    if line.len() > 100 {
        return None;
    }
    let c = BYLINE.captures(line)?;
    let m = c.name("name")?;
    Some((m.as_str().trim().to_string(), m.range()))
}

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    super::static_regex(&format!(
        r"^(?P<place>\p{{Lu}}[\p{{L}}.'’ -]{{1,40}}?(?:\s*\[[\p{{L}} .]+\])?(?:,\s*\p{{Lu}}[\p{{L}}.]+)?)\s*,\s*(?P<date>{MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)\s*(?:\((?P<agency>[\p{{L}} .]+)\))?\s*(?::|—|–|-{{1,2}})\s+"
    ))
});

static DATELINE_CAPS: LazyLock<Regex> = LazyLock::new(|| {
    super::static_regex(
        r"^(?P<place>\p{Lu}[\p{Lu} .'’-]{2,30}(?:,\s*\p{Lu}[\p{L}.]+)?)\s*(?:\((?P<agency>[\p{L} .]+)\))?\s*(?:—|–|--|-)\s+",
    )
});

/// A dateline at the start of a paragraph ("Washington [US], June 19 : …",
/// "SEOUL — …"): the dateline, the agency it credits if any, and the byte length it covers.
pub fn dateline(paragraph: &str) -> Option<(Dateline, Option<String>, usize)> {
    if let Some(c) = DATELINE.captures(paragraph) {
        let place = c.name("place")?.as_str().trim().to_string();
        // "Russian President Vladimir Putin, June…" is not a dateline: places are short.
        if place.split_whitespace().count() > 4 {
            return None;
        }
        return Some((
            Dateline {
                place,
                date_text: c.name("date").map(|m| m.as_str().trim().to_string()),
            },
            c.name("agency").map(|m| m.as_str().trim().to_string()),
            c.get(0)?.end(),
        ));
    }
    let c = DATELINE_CAPS.captures(paragraph)?;
    let place = c.name("place")?.as_str().trim().to_string();
    // All-capital place names only; "US" alone or a shouted headline is not a dateline.
    if place.len() < 4 || place.split_whitespace().count() > 3 {
        return None;
    }
    Some((
        Dateline {
            place,
            date_text: None,
        },
        c.name("agency").map(|m| m.as_str().trim().to_string()),
        c.get(0)?.end(),
    ))
}

static RELAY: LazyLock<Regex> = LazyLock::new(|| {
    super::static_regex(
        r"(?:,\s*|\b(?:as|the)\s+)(?P<a>[\p{Lu}][\p{L}&.-]*(?:\s+[\p{Lu}][\p{L}&.-]*){0,3})\s+(?:reported|reports|said in a report)\b|\breported\s+(?:by\s+)?(?P<b>[\p{Lu}][\p{L}&.-]*(?:\s+[\p{Lu}][\p{L}&.-]*){0,3})|\baccording to\s+(?:a\s+report\s+(?:by|from)\s+|the\s+)?(?P<c>[\p{Lu}][\p{L}&.-]*(?:\s+[\p{Lu}][\p{L}&.-]*){0,3})",
    )
});

/// Outlets an article relays ("…, CNN reported", "reported CNN", "according to Reuters"),
/// with their byte ranges. Only known outlets and all-capital agency names count, so
/// "according to Kim" is not a relay.
pub fn relays(text: &str) -> Vec<(String, std::ops::Range<usize>)> {
    let mut out: Vec<(String, std::ops::Range<usize>)> = Vec::new();
    for c in RELAY.captures_iter(text) {
        let Some(m) = c.name("a").or(c.name("b")).or(c.name("c")) else {
            continue;
        };
        let name = m.as_str().trim_end_matches('.');
        let known = KNOWN_AGENCIES.iter().find(|k| k.eq_ignore_ascii_case(name));
        let acronym =
            name.len() >= 2 && name.len() <= 6 && name.chars().all(|c| c.is_ascii_uppercase());
        let canonical = match (known, acronym) {
            (Some(k), _) => k.to_string(),
            (None, true) => name.to_string(),
            _ => continue,
        };
        if !out.iter().any(|(n, _)| *n == canonical) {
            out.push((canonical, m.start()..m.start() + name.len()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn date_lines_in_common_shapes() {
        let (ld, _) = date_line("Jun 18, 2024").unwrap();
        assert_eq!(ld.stamp.date, d(2024, 6, 18));
        let (ld, _) = date_line("June 19, 2024 15:44").unwrap();
        assert_eq!(ld.stamp.time, NaiveTime::from_hms_opt(15, 44, 0));
        let (ld, _) = date_line("Thursday, July 11, 2024").unwrap();
        assert_eq!(ld.stamp.date, d(2024, 7, 11));
        let (ld, _) = date_line("Updated at: 06.20.2024").unwrap();
        assert!(ld.updated);
        assert_eq!(ld.stamp.date, d(2024, 6, 20));
        let (ld, _) = date_line("2024-06-19T08:00:00+09:00").unwrap();
        assert_eq!(ld.stamp.utc_offset_minutes, Some(540));
        let (ld, _) = date_line("Published: 19 June 2024, 10:30 am").unwrap();
        assert_eq!(ld.stamp.date, d(2024, 6, 19));
        assert!(!ld.updated);
        let (ld, _) = date_line("Last updated on 3 March 2023").unwrap();
        assert!(ld.updated);
    }

    #[test]
    fn prose_with_a_date_is_not_a_date_line() {
        assert!(date_line("Putin visited Pyongyang on June 19, 2024 for talks.").is_none());
        assert!(date_line("Russian President Putin arrives in North Korea").is_none());
    }

    #[test]
    fn impossible_dates_are_rejected() {
        assert!(date_line("February 31, 2024").is_none());
    }

    #[test]
    fn outlets_from_urls() {
        let (name, _) = outlet_for_url("https://www.aljazeera.com/news/2024/6/19/putin").unwrap();
        assert_eq!(name, "Al Jazeera");
        let (name, conf) = outlet_for_url("https://example-news.org/a").unwrap();
        assert_eq!(name, "example-news.org");
        assert!(conf < 0.9);
        assert_eq!(
            url_date("https://x.com/news/2024/6/19/slug"),
            Some(d(2024, 6, 19))
        );
    }

    #[test]
    fn bylines() {
        assert_eq!(byline("By Caroline Ameh").unwrap().0, "Caroline Ameh");
        assert_eq!(
            byline("By Jean-Luc de Vries, Reuters").unwrap().0,
            "Jean-Luc de Vries"
        );
        assert!(byline("By the time he arrived, the streets were full.").is_none());
    }

    #[test]
    fn datelines() {
        let (dl, _, len) =
            dateline("Washington [US], June 19 : Russian President Vladimir Putin arrived")
                .unwrap();
        assert_eq!(dl.place, "Washington [US]");
        assert_eq!(dl.date_text.as_deref(), Some("June 19"));
        assert_eq!(len, "Washington [US], June 19 : ".len());
        let (dl, agency, _) = dateline("PYONGYANG, June 19 (Reuters) - Kim greeted Putin").unwrap();
        assert_eq!(dl.place, "PYONGYANG");
        assert_eq!(agency.as_deref(), Some("Reuters"));
        let (dl, _, _) = dateline("SEOUL — North Korea said").unwrap();
        assert_eq!(dl.place, "SEOUL");
        assert!(dateline("Russian President Vladimir Putin arrived in Pyongyang").is_none());
    }

    #[test]
    fn relayed_outlets() {
        let r = relays("Putin arrived on Wednesday, CNN reported. It was late, reported CNN.");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].0, "CNN");
        let r = relays("The talks went well, according to Reuters.");
        assert_eq!(r[0].0, "Reuters");
        assert!(relays("according to Kim Jong Un, the talks went well").is_empty());
        assert!(relays("Cheong Seong Chang told AFP that").is_empty());
    }
}
