//! Hand-built events for the layout and export tests: a story told across six decades,
//! with year-, month- and day-level events and one weekday discrepancy.

use crate::model::{
    Analysis, Claim, Discrepancy, DiscrepancyKind, Event, Granularity, Interval, MentionRef,
};
use chrono::NaiveDate;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid fixture date")
}

/// One event; `sources` are outlet names.
pub fn event(
    id: &str,
    value: &str,
    start: NaiveDate,
    end: NaiveDate,
    granularity: Granularity,
    label: &str,
    sources: &[&str],
) -> Event {
    Event {
        id: id.to_string(),
        value: value.to_string(),
        time: Interval {
            start,
            end,
            granularity,
        },
        label: label.to_string(),
        action: None,
        participants: vec!["Vladimir Putin".to_string()],
        places: vec!["Pyongyang".to_string()],
        mentions: sources
            .iter()
            .enumerate()
            .map(|(i, _)| MentionRef {
                article: i,
                span: 0..10,
                quote: format!("{label}, outlet {i} wrote."),
            })
            .collect(),
        sources: sources.iter().map(|s| s.to_string()).collect(),
        independent_sources: sources.len(),
        discrepancies: Vec::new(),
    }
}

/// The ten-event story.
pub fn story() -> Analysis {
    use Granularity::*;
    let y = |id: &str, year: i32, label: &str, src: &[&str]| {
        event(
            id,
            &year.to_string(),
            date(year, 1, 1),
            date(year + 1, 1, 1),
            Year,
            label,
            src,
        )
    };
    let mut events = vec![
        y(
            "e1",
            1961,
            "Friendship treaty signed",
            &["Alpha News", "Beta Times"],
        ),
        y("e2", 1991, "Soviet Union collapses", &["Beta Times"]),
        event(
            "e3",
            "2000-07",
            date(2000, 7, 1),
            date(2000, 8, 1),
            Month,
            "First visit to Pyongyang",
            &["Alpha News", "Gamma Post"],
        ),
        y("e4", 2001, "Return visit to Moscow", &["Gamma Post"]),
        y("e5", 2012, "Debt written off", &["Alpha News"]),
        y(
            "e6",
            2019,
            "Vladivostok summit",
            &["Alpha News", "Beta Times", "Gamma Post"],
        ),
        event(
            "e7",
            "2022-02",
            date(2022, 2, 1),
            date(2022, 3, 1),
            Month,
            "Invasion of Ukraine",
            &["Delta Wire"],
        ),
        event(
            "e8",
            "2023-09",
            date(2023, 9, 1),
            date(2023, 10, 1),
            Month,
            "Meeting at the cosmodrome",
            &["Alpha News", "Beta Times"],
        ),
        event(
            "e9",
            "2024-06-18",
            date(2024, 6, 18),
            date(2024, 6, 20),
            Day,
            "Putin visits Pyongyang",
            &["Alpha News", "Beta Times", "Gamma Post", "Delta Wire"],
        ),
        event(
            "e10",
            "2024-06-20",
            date(2024, 6, 20),
            date(2024, 6, 21),
            Day,
            "Trip to Hanoi",
            &["Gamma Post"],
        ),
    ];
    events[8].discrepancies = vec!["d1".to_string()];
    let discrepancy = Discrepancy {
        id: "d1".to_string(),
        kind: DiscrepancyKind::Weekday,
        subject: "Arrival in Pyongyang".to_string(),
        claims: vec![
            Claim {
                value: "Tuesday 2024-06-18".to_string(),
                mentions: Vec::new(),
            },
            Claim {
                value: "Wednesday 2024-06-19".to_string(),
                mentions: Vec::new(),
            },
        ],
        explanation: "Arrival was late at night local time".to_string(),
        confidence: 0.8,
        severity: 0.3,
        event: Some("e9".to_string()),
    };
    Analysis {
        articles: Vec::new(),
        events,
        discrepancies: vec![discrepancy],
    }
}
