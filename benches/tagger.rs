//! Temporal tagging throughput in MB/s of news text, on one core (no rayon: the tagger is
//! called directly on each text). Target: at least 20 MB/s.

mod common;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

fn tagger(c: &mut Criterion) {
    let (texts, origin) = common::news_texts(2_225);
    // About 1 MB of text, whatever the source.
    let mut corpus: Vec<String> = Vec::new();
    let mut bytes = 0;
    while bytes < 1_000_000 {
        for (_, t) in &texts {
            bytes += t.len();
            corpus.push(t.clone());
            if bytes >= 1_000_000 {
                break;
            }
        }
    }
    eprintln!(
        "tagger bench: {} texts, {:.2} MB from the {origin}",
        corpus.len(),
        bytes as f64 / 1e6
    );
    let dct = NaiveDate::from_ymd_opt(2005, 3, 1);
    let mut group = c.benchmark_group("temporal");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("tag 1 MB of news", |b| {
        b.iter(|| {
            let mut n = 0;
            for t in &corpus {
                n += parallax::temporal::tag(black_box(t), dct).len();
            }
            n
        })
    });
    group.finish();
}

criterion_group!(benches, tagger);
criterion_main!(benches);
