//! The whole analysis (tagging, names, mentions, merging, discrepancies) at 10, 100, 1,000 and
//! 10,000 articles, to show how cost grows with the corpus. Reading is measured separately.

mod common;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use parallax::analysis::{analyze, AnalysisOptions};
use parallax::ingest;
use parallax::model::Article;
use std::hint::black_box;

fn articles(n: usize) -> Vec<Article> {
    let (texts, _) = common::news_texts(2_225);
    (0..n)
        .map(|i| {
            let (name, text) = &texts[i % texts.len()];
            // Repeats get a distinct name; their content repeats like syndicated copies.
            ingest::read_text(&format!("{i}-{name}"), text)
        })
        .collect()
}

fn pipeline(c: &mut Criterion) {
    let mut group = c.benchmark_group("analysis");
    group.sample_size(10);
    for n in [10usize, 100, 1_000, 10_000] {
        let docs = articles(n);
        let bytes: usize = docs.iter().map(|a| a.body.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_with_input(BenchmarkId::new("articles", n), &docs, |b, docs| {
            b.iter(|| analyze(black_box(docs), &AnalysisOptions::default()))
        });
    }
    group.finish();

    let (texts, _) = common::news_texts(1_000);
    let raw: Vec<(String, Vec<u8>)> = texts
        .iter()
        .map(|(n, t)| (n.clone(), t.as_bytes().to_vec()))
        .collect();
    let bytes: usize = raw.iter().map(|(_, b)| b.len()).sum();
    let mut group = c.benchmark_group("ingest");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("read 1,000 articles", |b| {
        b.iter(|| {
            raw.iter()
                .filter_map(|(n, bytes)| {
                    ingest::read_bytes(n, bytes, None, &ingest::ReadOptions::default()).ok()
                })
                .count()
        })
    });
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
