//! Replays, in the normal test suite, every input kept under `tests/fixtures/bad/<target>/`
//! through the same checks as the fuzz targets in `fuzz/fuzz_targets/` (same input
//! layout), plus the pathological inputs found while hardening that are too big to keep
//! as files. A crash the fuzzer finds is added by copying its artifact into the folder of
//! its target.

// Test helpers outside #[test] functions: a panic there is a failed test, never a user's crash.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use parallax::analysis::{analyze, AnalysisOptions};
use parallax::ingest::{read_bytes, ReadOptions};
use parallax::model::{Analysis, Article};
use std::path::Path;
use std::time::{Duration, Instant};

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/bad")
        .join(target);
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| {
            let p = e.unwrap().path();
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no inputs for {target}");
    out
}

fn span_ok(text: &str, span: &std::ops::Range<usize>) -> bool {
    text.get(span.clone()).is_some()
}

/// The `ingest_bytes` target: first byte picks the name, the rest is the file.
fn ingest_bytes(data: &[u8]) -> Option<Article> {
    const NAMES: &[&str] = &["a.txt", "a.md", "a.html", "a.dat"];
    let (&pick, bytes) = data.split_first()?;
    let article = read_bytes(
        NAMES[pick as usize % NAMES.len()],
        bytes,
        None,
        &ReadOptions::default(),
    )
    .ok()?;
    for s in article.sentences.iter().chain(&article.paragraphs) {
        assert!(span_ok(&article.body, s), "sentence/paragraph span {s:?}");
    }
    for f in &article.furniture {
        assert!(span_ok(&article.text, &f.span), "furniture span");
    }
    for seg in &article.map.segments {
        assert!(span_ok(&article.body, &seg.body), "map body span");
        assert!(span_ok(&article.text, &seg.text), "map text span");
    }
    let m = &article.meta;
    let spans = [
        m.title.as_ref().and_then(|f| f.span.clone()),
        m.outlet.as_ref().and_then(|f| f.span.clone()),
        m.url.as_ref().and_then(|f| f.span.clone()),
        m.author.as_ref().and_then(|f| f.span.clone()),
        m.published.as_ref().and_then(|f| f.span.clone()),
        m.updated.as_ref().and_then(|f| f.span.clone()),
        m.dateline.as_ref().and_then(|f| f.span.clone()),
    ];
    for span in spans.into_iter().flatten() {
        assert!(span_ok(&article.text, &span), "metadata span {span:?}");
    }
    Some(article)
}

/// The `temporal_tag` target: three bytes give the creation date, the rest is the text.
fn temporal_tag(data: &[u8]) {
    if data.len() < 3 {
        return;
    }
    let dct = (data[0] & 1 == 1)
        .then(|| {
            let year = 1900 + i32::from(data[0] >> 1) + i32::from(data[1] & 0x3f);
            let ordinal = 1 + (u32::from(data[2]) * 366 / 256);
            NaiveDate::from_yo_opt(year, ordinal)
        })
        .flatten();
    let text = String::from_utf8_lossy(&data[3..]);
    for t in parallax::temporal::tag(&text, dct) {
        assert_eq!(
            text.get(t.span.clone()),
            Some(t.text.as_str()),
            "timex span"
        );
        if let Some(z) = &t.zone {
            assert!(span_ok(&text, &z.span), "zone span");
        }
    }
}

/// The `analysis` target: NUL-separated articles → analysis → JSON and back.
fn analysis(data: &[u8]) -> Analysis {
    let articles: Vec<Article> = data
        .split(|&b| b == 0)
        .take(6)
        .enumerate()
        .filter_map(|(i, part)| {
            read_bytes(&format!("a{i}.txt"), part, None, &ReadOptions::default()).ok()
        })
        .collect();
    let analysis = analyze(&articles, &AnalysisOptions::default());
    for (article, per) in articles.iter().zip(&analysis.articles) {
        for t in &per.timexes {
            assert_eq!(article.body.get(t.span.clone()), Some(t.text.as_str()));
        }
        for e in &per.entities {
            assert_eq!(article.body.get(e.span.clone()), Some(e.text.as_str()));
        }
    }
    for e in &analysis.events {
        for m in &e.mentions {
            let body = &articles[m.article].body;
            assert_eq!(body.get(m.span.clone()), Some(m.quote.as_str()));
        }
    }
    let json = serde_json::to_string(&analysis).unwrap();
    let back: Analysis = serde_json::from_str(&json).unwrap();
    assert_eq!(serde_json::to_string(&back).unwrap(), json);
    analysis
}

#[test]
fn ingest_inputs_replay() {
    for (name, data) in inputs("ingest_bytes") {
        let start = Instant::now();
        let article = ingest_bytes(&data);
        assert!(start.elapsed() < Duration::from_secs(5), "{name} is slow");
        match name.as_str() {
            // A byte-order mark and nothing else is blank, not an article.
            "bom_only_utf8" | "bom_only_utf16" => assert!(article.is_none(), "{name}"),
            "odd_utf16" => {
                assert!(article.is_some_and(|a| a.text.starts_with("Talks on Monday.")))
            }
            // A date that does not exist is never the publication date.
            "impossible_meta_date" | "huge_year_dateline" => {
                if let Some(p) = article.and_then(|a| a.meta.published) {
                    assert!(p.value.date.to_string() != "2024-02-31", "{name}");
                }
            }
            _ => {}
        }
    }
}

#[test]
fn temporal_inputs_replay() {
    for (name, data) in inputs("temporal_tag") {
        let start = Instant::now();
        temporal_tag(&data);
        assert!(start.elapsed() < Duration::from_secs(5), "{name} is slow");
    }
}

#[test]
fn analysis_inputs_replay() {
    for (name, data) in inputs("analysis") {
        let start = Instant::now();
        let a = analysis(&data);
        assert!(start.elapsed() < Duration::from_secs(10), "{name} is slow");
        if name == "three_way" {
            // The empty part and the lone byte-order mark are refused; the three real
            // articles are read.
            assert_eq!(a.articles.len(), 3, "{name}");
        }
    }
}

/// Found while hardening: pages nested tens of thousands of levels deep made the HTML
/// parser quadratic (minutes per page); they are now flattened first.
#[test]
fn deeply_nested_pages_are_fast() {
    for tag in ["div", "article", "span", "b", "section"] {
        let mut data = vec![2u8];
        data.extend(format!("<{tag}>").repeat(50_000).bytes());
        data.extend(
            b"<p>The talks in Oslo ended on Tuesday, the ministry said in a statement.</p>",
        );
        let start = Instant::now();
        ingest_bytes(&data);
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "<{tag}> × 50,000 took {:?}",
            start.elapsed()
        );
    }
}

/// Found while hardening: thousands of paragraphs whose first words are not verbatim in
/// the source (an entity) made locating each block scan to the end of the page.
#[test]
fn many_paragraphs_with_entities_are_fast() {
    let mut data = vec![2u8];
    for i in 0..5000 {
        data.extend(
            format!("<p>Smith &amp; Jones met in Oslo, meeting {i}, they said.</p>").bytes(),
        );
    }
    let start = Instant::now();
    let a = ingest_bytes(&data).expect("read");
    assert!(a.body.contains("meeting 4999"));
    assert!(
        start.elapsed() < Duration::from_secs(15),
        "{:?}",
        start.elapsed()
    );
}

/// A file of thousands of short lines and no prose (a list, a scraped index page): every
/// looking up earlier duplicates of each line was quadratic (20,000 lines: 15 s).
#[test]
fn thousands_of_short_lines_are_fast() {
    let mut data = vec![0u8];
    for i in 0..20_000 {
        data.extend(format!("Index entry number {i} of the archive\n").bytes());
    }
    let start = Instant::now();
    let a = ingest_bytes(&data);
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "{:?}",
        start.elapsed()
    );
    assert!(a.is_some_and(|a| a.title_text().starts_with("Index entry number 0")));
}
