//! The embedded demo corpus does its job: the analysis finds on it what the app promises a
//! first-time user — the arrival reported by several outlets, the Tuesday/Wednesday split
//! explained by time zones, a meeting dated two ways, names spelled two ways, and the
//! background visit of 2000.

use parallax::analysis::{analyze, AnalysisOptions};
use parallax::ingest::{read_bytes, ReadOptions};
use parallax::model::{Analysis, Article, DiscrepancyKind};

fn demo_analysis() -> (Vec<Article>, Analysis) {
    let articles: Vec<Article> = parallax::demo::files()
        .into_iter()
        .map(|(name, bytes)| {
            read_bytes(name, bytes, None, &ReadOptions::default())
                .unwrap_or_else(|e| panic!("{name}: {e}"))
        })
        .collect();
    let analysis = analyze(&articles, &AnalysisOptions::default());
    (articles, analysis)
}

#[test]
fn every_demo_article_has_its_metadata_and_no_furniture() {
    let (articles, _) = demo_analysis();
    for a in &articles {
        assert!(a.meta.title.is_some(), "{}: no title", a.name);
        assert!(a.meta.outlet.is_some(), "{}: no outlet", a.name);
        assert!(a.meta.author.is_some(), "{}: no author", a.name);
        assert!(a.meta.published.is_some(), "{}: no date", a.name);
        for furniture in [
            "Leave a Reply",
            "newsletter",
            "Tagged Under",
            "window.analytics",
        ] {
            assert!(
                !a.body.contains(furniture),
                "{}: {furniture:?} left in the body",
                a.name
            );
        }
    }
}

#[test]
fn the_demo_shows_every_kind_of_finding() {
    let (_, a) = demo_analysis();
    let arrival = a
        .events
        .iter()
        .find(|e| e.value.starts_with("2024-06-1") && e.label.contains("arrives"))
        .expect("the arrival event");
    assert!(arrival.sources.len() >= 3, "{:?}", arrival.sources);

    let visit_2000 = a
        .events
        .iter()
        .find(|e| e.value.starts_with("2000-07"))
        .expect("the July 2000 visit");
    assert!(visit_2000.sources.len() >= 3);

    let weekday = a
        .discrepancies
        .iter()
        .find(|d| d.kind == DiscrepancyKind::Weekday)
        .expect("a weekday discrepancy");
    assert!(
        weekday.explanation.contains("time-zone"),
        "{}",
        weekday.explanation
    );
    assert!(a
        .discrepancies
        .iter()
        .any(|d| d.kind == DiscrepancyKind::Date));
    let names: Vec<&str> = a
        .discrepancies
        .iter()
        .filter(|d| d.kind == DiscrepancyKind::Name)
        .map(|d| d.subject.as_str())
        .collect();
    assert!(names.iter().any(|s| s.contains("Lavrov")), "{names:?}");
    assert!(names.iter().any(|s| s.contains("Manturov")), "{names:?}");
}
