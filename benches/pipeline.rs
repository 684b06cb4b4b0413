//! The whole analysis (tagging, names, mentions, merging, discrepancies) at 10, 100, 1,000 and
//! 10,000 articles, to show how cost grows with the corpus. Reading is measured separately.

mod common;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use parallax::analysis::{analyze, analyze_incremental, AnalysisCache, AnalysisOptions};
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

/// Re-analysis after one edit, with per-article results cached, against a full run.
fn incremental(c: &mut Criterion) {
    let docs = articles(1_000);
    let mut group = c.benchmark_group("re-analysis of 1,000 articles");
    group.sample_size(10);
    group.bench_function("full, no cache", |b| {
        b.iter(|| analyze(black_box(&docs), &AnalysisOptions::default()))
    });

    let mut cache = AnalysisCache::new();
    analyze_incremental(&docs, &AnalysisOptions::default(), &mut cache);
    let dates = [
        chrono::NaiveDate::from_ymd_opt(2024, 6, 18).expect("valid date"),
        chrono::NaiveDate::from_ymd_opt(2024, 6, 19).expect("valid date"),
    ];
    let mut flip = 0;
    group.bench_function("one article's date changed", |b| {
        b.iter(|| {
            // Alternate between two dates so every iteration really re-tags one article.
            flip ^= 1;
            let mut opts = AnalysisOptions::default();
            opts.creation_overrides.insert(7, dates[flip]);
            analyze_incremental(black_box(&docs), &opts, &mut cache)
        })
    });

    let mut grown = docs.clone();
    grown.push(ingest::read_text(
        "added.txt",
        "Ministers met in Oslo on 3 May 2021 and signed a fisheries accord.",
    ));
    group.bench_function("one article added", |b| {
        b.iter_batched(
            || {
                let mut cache = AnalysisCache::new();
                analyze_incremental(&docs, &AnalysisOptions::default(), &mut cache);
                cache
            },
            |mut cache| {
                analyze_incremental(black_box(&grown), &AnalysisOptions::default(), &mut cache)
            },
            criterion::BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, pipeline, incremental);
criterion_main!(benches);
