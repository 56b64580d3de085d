//! Whole-analysis timings (load, text, align, numbers, framing): the five seeds, a generated corpus
//! of 300 articles in groups that share wire copy, and (when `../shared/corpus` is present) the 334
//! real articles of the development corpus analysed as one set; and number extraction alone.
//!
//! Run with `cargo bench --bench analysis`.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use parallax::load::Source;

/// A small deterministic generator (no dependency needed for test data).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}

const VOCAB: &[&str] = &[
    "the",
    "government",
    "said",
    "forces",
    "on",
    "Sunday",
    "officials",
    "city",
    "killed",
    "at",
    "least",
    "people",
    "attack",
    "police",
    "a",
    "of",
    "in",
    "and",
    "to",
    "minister",
    "statement",
    "reported",
    "army",
    "capital",
    "rebels",
    "fighting",
    "more",
    "than",
    "residents",
    "fled",
    "homes",
    "United",
    "Nations",
    "talks",
    "peace",
    "ceasefire",
    "border",
    "troops",
    "local",
    "hospital",
    "wounded",
    "injured",
    "spokesman",
    "told",
    "reporters",
    "election",
    "president",
    "opposition",
    "protest",
    "market",
    "prices",
    "oil",
    "billion",
    "percent",
    "week",
    "12",
    "1,500",
    "four",
    "40",
    "2.5",
    "dozens",
    "nearly",
    "about",
    "17",
];

fn sentence(rng: &mut Lcg) -> String {
    let n = 8 + rng.next() % 18;
    let mut words: Vec<&str> = (0..n).map(|_| VOCAB[rng.next() % VOCAB.len()]).collect();
    let first = words[0].to_string();
    let cap = first[..1].to_uppercase() + &first[1..];
    words[0] = &cap;
    let mut s = words.join(" ");
    s.push('.');
    s
}

/// `n` articles of about 600 words; every group of five shares four wire paragraphs.
fn generated_corpus(n: usize) -> Vec<Source> {
    let mut rng = Lcg(42);
    let mut out = Vec::with_capacity(n);
    let mut wire: Vec<String> = Vec::new();
    for i in 0..n {
        if i % 5 == 0 {
            wire = (0..4).map(|_| (0..3).map(|_| sentence(&mut rng)).collect::<Vec<_>>().join(" ")).collect();
        }
        let mut paras: Vec<String> =
            (0..12).map(|_| (0..3).map(|_| sentence(&mut rng)).collect::<Vec<_>>().join(" ")).collect();
        for (k, w) in wire.iter().enumerate() {
            let at = (rng.next() % paras.len()).min(paras.len());
            let mut w = w.clone();
            if k == 1 {
                w = w.replacen(" the ", " a ", 1); // a near copy
            }
            paras.insert(at, w);
        }
        let text = format!("Generated headline number {i}\n\n{}\n", paras.join("\n\n"));
        out.push(Source { path: format!("gen/{i:03}.txt"), bytes: text.into_bytes() });
    }
    out
}

fn real_corpus() -> Option<Vec<PathBuf>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/news-clusters");
    dir.is_dir().then(|| vec![dir])
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("analysis (all stages)");
    g.sample_size(20);
    g.bench_function("seeds (5 articles)", |b| {
        b.iter(|| black_box(parallax::analyze(parallax::seeds::sources(), Vec::new(), &mut |_| {})))
    });
    let corpus = generated_corpus(300);
    let words: usize = corpus.iter().map(|s| s.bytes.split(|b| b.is_ascii_whitespace()).count()).sum();
    eprintln!("generated corpus: 300 articles, about {words} words");
    g.sample_size(10);
    g.bench_function("generated (300 articles)", |b| {
        b.iter(|| black_box(parallax::analyze(corpus.clone(), Vec::new(), &mut |_| {})))
    });
    if let Some(paths) = real_corpus() {
        let (sources, errors) = parallax::load::read_paths(&paths);
        eprintln!("real corpus: {} files", sources.len());
        g.bench_function("real corpus (334 articles, one set)", |b| {
            b.iter(|| black_box(parallax::analyze(sources.clone(), errors.clone(), &mut |_| {})))
        });
    }
    g.finish();
}

/// Sources → prepared articles (load and text stages), with ids set.
fn prepared(sources: &[Source]) -> Vec<parallax::text::Prepared> {
    let docs: Vec<_> = sources.iter().filter_map(|s| parallax::load::parse(s).ok()).collect();
    let mut out: Vec<_> = parallax::text::prepare_all(&docs).into_iter().filter_map(Result::ok).collect();
    for (i, p) in out.iter_mut().enumerate() {
        p.article.id = parallax::model::ArticleId(i as u32 + 1);
    }
    out
}

/// Number extraction and grouping alone, in figures per second.
fn bench_numbers(c: &mut Criterion) {
    let mut g = c.benchmark_group("numbers");
    g.sample_size(10);
    let mut sets = vec![("generated (300 articles)", prepared(&generated_corpus(300)))];
    if let Some(paths) = real_corpus() {
        let (sources, _) = parallax::load::read_paths(&paths);
        sets.push(("real corpus (334 articles)", prepared(&sources)));
    }
    for (name, articles) in sets {
        let figures = parallax::numbers::analyze(&articles).0.len();
        eprintln!("{name}: {figures} figures");
        g.throughput(Throughput::Elements(figures as u64));
        g.bench_function(name, |b| b.iter(|| black_box(parallax::numbers::analyze(&articles))));
    }
    g.finish();
}

criterion_group!(benches, bench, bench_numbers);
criterion_main!(benches);
