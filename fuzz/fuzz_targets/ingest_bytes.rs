//! Bytes → article: encoding detection, binary sniffing, HTML extraction, cleaning and
//! metadata. The first byte picks the file name (and so the format the reader assumes).
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::ingest::{read_bytes, ReadOptions};

const NAMES: &[&str] = &["a.txt", "a.md", "a.html", "a.dat"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let name = NAMES[pick as usize % NAMES.len()];
    if let Ok(article) = read_bytes(name, bytes, None, &ReadOptions::default()) {
        // Every range the reader reports must quote its own text.
        for s in article.sentences.iter().chain(&article.paragraphs) {
            assert!(article.body.get(s.clone()).is_some(), "sentence/paragraph span");
        }
        for f in &article.furniture {
            assert!(article.text.get(f.span.clone()).is_some(), "furniture span");
        }
        for seg in &article.map.segments {
            assert!(article.body.get(seg.body.clone()).is_some(), "map body span");
            assert!(article.text.get(seg.text.clone()).is_some(), "map text span");
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
            assert!(article.text.get(span).is_some(), "metadata span");
        }
    }
});
