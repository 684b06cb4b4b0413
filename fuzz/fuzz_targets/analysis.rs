//! Several articles → analysis → JSON. The input is split into articles at `\x00` bytes
//! (at most six), each read as a text file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::analysis::{analyze, AnalysisOptions};
use parallax::ingest::{read_bytes, ReadOptions};

fuzz_target!(|data: &[u8]| {
    let articles: Vec<_> = data
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
    let json = serde_json::to_string(&analysis).expect("analysis serialises");
    let back: parallax::model::Analysis = serde_json::from_str(&json).expect("JSON reads back");
    assert_eq!(back.events.len(), analysis.events.len());
});
