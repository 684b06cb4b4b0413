//! Property tests over arbitrary text: every offset Parallax reports quotes exactly the
//! text it names, analysis is deterministic, an unrelated article never takes sources away
//! from an event, and the JSON output reads back into the model types.

// Test helpers outside #[test] functions: a panic there is a failed test, never a user's crash.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use parallax::analysis::{analyze, AnalysisOptions};
use parallax::ingest::{read_bytes, read_text, ReadOptions};
use parallax::model::{Analysis, Article};
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

/// Pieces of news prose with dates, names and places, so the tagger and the event finder
/// have something to find, mixed with hostile pieces.
const WORDS: &[&str] = &[
    "Putin",
    "Kim Jong Un",
    "Vladimir Putin",
    "arrived",
    "in",
    "Pyongyang",
    "on",
    "Tuesday",
    "Wednesday",
    "June",
    "19",
    "2024",
    "18 June 2024",
    "last",
    "met",
    "visited",
    "the",
    "summit",
    "signed",
    "a",
    "treaty",
    "24 years",
    "ago",
    "since",
    "2000",
    "July 2000",
    "2019",
    "2023",
    "Moscow",
    "Vladivostok",
    "yesterday",
    "early",
    "morning",
    "local time",
    "(local time)",
    "GMT",
    "3:00 am",
    "at 2 a.m.",
    "next week",
    "two days later",
    "the following day",
    ",",
    ".",
    ". ",
    "—",
    "–",
    "\"",
    "“",
    "”",
    "'s",
    "said",
    "Reuters",
    "reported",
    "By Anna Berg",
    "Published:",
    "Updated:",
    "MOSCOW, June 18 —",
    "\n",
    "\n\n",
    "\r\n",
    "\r\n\r\n",
    "\t",
    "é",
    "e\u{301}",
    "a\u{308}\u{301}",
    "\u{200b}",
    "\u{feff}",
    "\u{a0}",
    "🇰🇵",
    "👩‍👩‍👧",
    "😀",
    "日本",
    "２０２４年",
    "Ω",
    "İ",
    "ß",
    "ﬁ",
    "\u{202e}",
    "#",
    "## ",
    "* ",
    "- ",
    "31 February",
    "year 0",
    "99999",
    "0000-00-00",
    "2024-06-19T08:00:00+09:00",
    "1/2/3",
    "Dec.",
    "Sept",
    "mid-June",
    "late 2023",
    "the 1990s",
    "20th century",
    "Q3",
    "FY2024",
];

/// One piece: a vocabulary word, or arbitrary (printable or not) Unicode.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => proptest::sample::select(WORDS).prop_map(str::to_string),
        1 => "\\PC{0,6}",
        1 => any::<String>().prop_map(|s| s.chars().take(8).collect()),
    ]
}

/// News-like text made of pieces joined by spaces (sometimes none).
fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec((piece(), any::<bool>()), 0..80).prop_map(|parts| {
        let mut s = String::new();
        for (p, space) in parts {
            s.push_str(&p);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

/// Asserts `span` is inside `text` on character boundaries; returns the quoted text.
fn quote<'a>(what: &str, text: &'a str, span: &Range<usize>) -> &'a str {
    assert!(span.start <= span.end, "{what}: reversed span {span:?}");
    text.get(span.clone()).unwrap_or_else(|| {
        panic!(
            "{what}: span {span:?} not on char boundaries of a {}-byte text",
            text.len()
        )
    })
}

/// Every span an article reports, checked against its text and body.
fn check_article(a: &Article) {
    for s in &a.sentences {
        quote("sentence", &a.body, s);
    }
    for p in &a.paragraphs {
        quote("paragraph", &a.body, p);
    }
    for f in &a.furniture {
        quote("furniture", &a.text, &f.span);
    }
    for seg in &a.map.segments {
        quote("map body", &a.body, &seg.body);
        quote("map text", &a.text, &seg.text);
    }
    let m = &a.meta;
    let spans = [
        ("title", m.title.as_ref().and_then(|f| f.span.clone())),
        ("outlet", m.outlet.as_ref().and_then(|f| f.span.clone())),
        ("url", m.url.as_ref().and_then(|f| f.span.clone())),
        ("author", m.author.as_ref().and_then(|f| f.span.clone())),
        (
            "published",
            m.published.as_ref().and_then(|f| f.span.clone()),
        ),
        ("updated", m.updated.as_ref().and_then(|f| f.span.clone())),
        ("dateline", m.dateline.as_ref().and_then(|f| f.span.clone())),
    ];
    for (what, span) in spans {
        if let Some(span) = span {
            quote(what, &a.text, &span);
        }
    }
    for f in m.relays.iter().chain(&m.tags) {
        if let Some(span) = &f.span {
            quote("relay/tag", &a.text, span);
        }
    }
    // Body offsets map back inside the decoded text.
    for s in &a.sentences {
        let t = a.map.to_text(s.clone());
        assert!(t.end <= a.text.len(), "mapped sentence {t:?} past the text");
    }
}

/// Every span the analysis reports quotes exactly its stated text.
fn check_analysis(articles: &[Article], analysis: &Analysis) {
    assert_eq!(articles.len(), analysis.articles.len());
    for (a, per) in articles.iter().zip(&analysis.articles) {
        for t in &per.timexes {
            assert_eq!(quote("timex", &a.body, &t.span), t.text, "timex text");
            if let Some(z) = &t.zone {
                quote("zone", &a.body, &z.span);
            }
        }
        for e in &per.entities {
            assert_eq!(quote("entity", &a.body, &e.span), e.text, "entity text");
        }
        for m in &per.mentions {
            quote("mention", &a.body, &m.at.span);
            for q in &m.quantities {
                quote("quantity", &a.body, &q.span);
            }
            if let Some(i) = m.timex {
                assert!(i < per.timexes.len(), "mention timex index");
            }
        }
    }
    let refs = analysis.events.iter().flat_map(|e| &e.mentions).chain(
        analysis
            .discrepancies
            .iter()
            .flat_map(|d| d.claims.iter().flat_map(|c| &c.mentions)),
    );
    for m in refs {
        let a = &articles[m.article];
        assert_eq!(quote("event mention", &a.body, &m.span), m.quote, "quote");
    }
}

/// Cases per property: 96 by default, more with `PARALLAX_PROPTEST_CASES=10000`.
fn config() -> ProptestConfig {
    let cases = std::env::var("PARALLAX_PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(96);
    ProptestConfig {
        cases,
        // Shrinking is slow on long texts; a failure is still reported with its input.
        max_shrink_iters: 200,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    /// The tagger's spans quote its text exactly, whatever the text and creation date.
    #[test]
    fn timex_spans_quote_the_text(s in text(), day in 0u32..20_000) {
        let dct = chrono::NaiveDate::from_ymd_opt(1980, 1, 1)
            .and_then(|d| d.checked_add_days(chrono::Days::new(u64::from(day))));
        for t in parallax::temporal::tag(&s, dct) {
            prop_assert_eq!(quote("timex", &s, &t.span), t.text.as_str());
            if let Some(z) = &t.zone {
                quote("zone", &s, &z.span);
            }
        }
    }

    /// Reading plain text, Markdown and HTML: every reported span quotes the text.
    #[test]
    fn article_spans_quote_the_text(s in text(), format in 0usize..3) {
        let (name, bytes) = match format {
            0 => ("a.txt", s.clone()),
            1 => ("a.md", format!("# {s}\n\n{s}")),
            _ => ("a.html", format!(
                "<html><head><title>{s}</title><meta name=\"author\" content=\"{s}\"></head>\
                 <body><article><p>{s}</p><p>{s}</p></article></body></html>"
            )),
        };
        if let Ok(a) = read_bytes(name, bytes.as_bytes(), None, &ReadOptions::default()) {
            check_article(&a);
        }
        check_article(&read_text("pasted", &s));
    }

    /// Analysis spans quote the body; the result is deterministic and reads back from JSON.
    #[test]
    fn analysis_spans_determinism_and_json(texts in proptest::collection::vec(text(), 1..4)) {
        let articles: Vec<Article> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| read_text(&format!("source{i}"), t))
            .collect();
        for a in &articles {
            check_article(a);
        }
        let first = analyze(&articles, &AnalysisOptions::default());
        check_analysis(&articles, &first);
        let second = analyze(&articles, &AnalysisOptions::default());
        let json = serde_json::to_string(&first).expect("analysis serialises");
        prop_assert_eq!(&json, &serde_json::to_string(&second).expect("serialises"));
        let back: Analysis = serde_json::from_str(&json).expect("analysis JSON reads back");
        prop_assert_eq!(&json, &serde_json::to_string(&back).expect("serialises"));
        for a in &articles {
            let aj = serde_json::to_string(a).expect("article serialises");
            let ab: Article = serde_json::from_str(&aj).expect("article JSON reads back");
            prop_assert_eq!(&ab, a);
        }
    }
}

/// Text about something else entirely: no shared names, places or actions.
const UNRELATED: &[&str] = &[
    "The county cricket club announced a new groundskeeper on Friday.",
    "Rainfall in the valley reached 40 millimetres last month, the weather office said.",
    "A bakery in Leeds won a regional prize for its sourdough in March 2021.",
    "The library extended its opening hours from 5 January 2015.",
];

/// Sources per event, keyed by each of its mentions (article, span).
fn sources_by_mention(a: &Analysis) -> BTreeMap<(usize, usize, usize), BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for e in &a.events {
        for m in &e.mentions {
            out.insert(
                (m.article, m.span.start, m.span.end),
                e.sources.iter().cloned().collect(),
            );
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: config().cases / 2, ..config() })]

    /// Appending an unrelated article keeps every event mention, and the event it ends up
    /// in still has at least the sources it had.
    #[test]
    fn an_unrelated_article_never_removes_sources(
        texts in proptest::collection::vec(text(), 1..4),
        extra in proptest::sample::select(UNRELATED),
    ) {
        let mut articles: Vec<Article> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| read_text(&format!("source{i}"), t))
            .collect();
        let before = sources_by_mention(&analyze(&articles, &AnalysisOptions::default()));
        articles.push(read_text("unrelated", extra));
        let after = sources_by_mention(&analyze(&articles, &AnalysisOptions::default()));
        for (mention, sources) in &before {
            let now = after.get(mention);
            prop_assert!(now.is_some(), "mention {:?} lost", mention);
            if let Some(now) = now {
                prop_assert!(
                    now.is_superset(sources),
                    "mention {:?}: sources {:?} became {:?}",
                    mention,
                    sources,
                    now
                );
            }
        }
    }
}

/// The generated texts really exercise the pipeline (dates, names and merged events), so
/// the properties above are not vacuously true.
#[test]
fn generated_texts_reach_events() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = proptest::collection::vec(text(), 2..4);
    let (mut timexes, mut entities, mut events) = (0, 0, 0);
    for _ in 0..40 {
        let texts = strategy.new_tree(&mut runner).expect("a value").current();
        let articles: Vec<Article> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| read_text(&format!("source{i}"), t))
            .collect();
        let a = analyze(&articles, &AnalysisOptions::default());
        timexes += a.articles.iter().map(|p| p.timexes.len()).sum::<usize>();
        entities += a.articles.iter().map(|p| p.entities.len()).sum::<usize>();
        events += a.events.len();
    }
    assert!(timexes > 40, "timexes: {timexes}");
    assert!(entities > 10, "entities: {entities}");
    assert!(events > 5, "events: {events}");
}
