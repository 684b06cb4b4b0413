//! End-to-end tests of `parallax analyze` on the project's own fixtures.

use parallax::report::Report;
use std::path::Path;
use std::process::Command;

fn fixtures() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/cli"))
}

fn analyze_json(paths: &[&Path]) -> (Option<i32>, Report, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .arg("analyze")
        .arg("--json")
        .args(paths)
        .output()
        .expect("the parallax binary runs");
    let stdout = String::from_utf8(out.stdout).expect("JSON output is UTF-8");
    let report: Report = serde_json::from_str(&stdout).expect("output parses as the report schema");
    (out.status.code(), report, stdout)
}

#[test]
fn reads_metadata_and_strips_furniture() {
    let (code, report, _) = analyze_json(&[&fixtures().join("good")]);
    assert_eq!(code, Some(0));
    assert_eq!(report.articles.len(), 2);
    let harbor = report
        .articles
        .iter()
        .find(|a| a.name == "harbor.txt")
        .expect("harbor.txt was read");
    assert_eq!(
        harbor.title.as_deref(),
        Some("Prime Minister Lena Varga lands in Oslo for two-day summit")
    );
    assert_eq!(harbor.author.as_deref(), Some("Tomas Reed"));
    assert_eq!(harbor.published.as_deref(), Some("2024-06-19"));
    assert!(
        !harbor.body.contains("Leave a Reply"),
        "comment prompt removed"
    );
    assert!(!harbor.body.contains("will not be published"));
    assert!(harbor.body.contains("arrived in Oslo late Tuesday"));
    let northern = report
        .articles
        .iter()
        .find(|a| a.name == "northern.txt")
        .expect("northern.txt was read");
    assert!(!northern.body.contains("Tagged Under"), "tag list removed");
    assert!(northern
        .dateline
        .as_deref()
        .unwrap_or("")
        .starts_with("OSLO"));
}

#[test]
fn every_offset_quotes_the_decoded_text() {
    let (_, report, _) = analyze_json(&[&fixtures().join("good")]);
    for article in &report.articles {
        let path = article.path.as_ref().expect("read from a file");
        let text = std::fs::read_to_string(path).expect("fixture is UTF-8");
        let chars: Vec<char> = text.chars().collect();
        for t in &article.timexes {
            let quoted: String = chars[t.start..t.end].iter().collect();
            assert_eq!(quoted, t.text, "timex offsets in {path}");
        }
    }
    for event in &report.events {
        for m in &event.mentions {
            let article = &report.articles[m.article];
            let text = std::fs::read_to_string(article.path.as_ref().unwrap()).unwrap();
            let chars: Vec<char> = text.chars().collect();
            let quoted: String = chars[m.start..m.end].iter().collect();
            assert_eq!(quoted.trim(), m.quote.trim(), "mention offsets");
        }
    }
}

#[test]
fn finds_the_arrival_weekday_conflict_explained_by_time_zones() {
    let (_, report, _) = analyze_json(&[&fixtures().join("good")]);
    let weekday = report
        .discrepancies
        .iter()
        .find(|d| d.kind == parallax::model::DiscrepancyKind::Weekday)
        .expect("Tuesday/Wednesday arrival conflict found");
    assert_eq!(weekday.claims.len(), 2);
    assert!(
        weekday.explanation.to_lowercase().contains("time"),
        "explanation mentions the time difference: {}",
        weekday.explanation
    );
    // The 2012 visit is on the timeline, supported by both articles.
    assert!(report
        .events
        .iter()
        .any(|e| e.time.value.starts_with("2012") && e.independent_sources == 2));
}

#[test]
fn bad_files_are_reported_and_the_good_ones_still_load() {
    let (code, report, _) = analyze_json(&[&fixtures().join("good"), &fixtures().join("bad")]);
    assert_eq!(code, Some(1), "exit status 1 when some files failed");
    assert_eq!(report.articles.len(), 2);
    assert_eq!(report.errors.len(), 2);
    for e in &report.errors {
        assert!(!e.message.is_empty());
        assert!(
            !e.message.contains("os error"),
            "plain words: {}",
            e.message
        );
    }
}

#[test]
fn output_is_deterministic() {
    let (_, _, first) = analyze_json(&[&fixtures().join("good")]);
    let (_, _, second) = analyze_json(&[&fixtures().join("good")]);
    assert_eq!(first, second);
}

#[test]
fn bad_usage_exits_with_2() {
    let out = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .arg("analyze")
        .output()
        .expect("the parallax binary runs");
    assert_eq!(out.status.code(), Some(2));
}
