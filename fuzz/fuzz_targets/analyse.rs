//! Arbitrary bytes through the whole product: load (every format), analyse, and every report
//! format, checking the invariants every face relies on. Run with `fuzz/run.sh SECONDS`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::load::Source;
use parallax::report::{Format, render};

/// Names that make the loader read a source as each of its formats (and sniff the content).
const NAMES: [&str; 4] = ["a.txt", "b.html", "c.md", "d"];

fuzz_target!(|data: &[u8]| {
    // The input is one to four articles separated by a 0xFF 0x00 pair; the first byte picks names.
    let pick = data.first().copied().unwrap_or(0) as usize;
    let body = data.get(1..).unwrap_or(&[]);
    let sources: Vec<Source> = split(body)
        .into_iter()
        .take(4)
        .enumerate()
        .map(|(i, bytes)| Source { path: format!("{i}/{}", NAMES[(pick + i) % 4]), bytes: bytes.to_vec() })
        .collect();
    let paths: Vec<String> = sources.iter().map(|s| s.path.clone()).collect();
    let cmp = parallax::analyze(sources, Vec::new(), &mut |_| {});
    // Every input is either analysed or named in an error line.
    for p in &paths {
        assert!(cmp.articles.iter().any(|a| &a.path == p) || cmp.errors.iter().any(|e| &e.path == p), "{p} vanished");
    }
    check_spans(&cmp);
    for format in Format::ALL {
        let out = render(&cmp, format);
        if format == Format::Json {
            let _: serde_json::Value = serde_json::from_str(&out).expect("the JSON report parses");
        }
    }
});

fn split(data: &[u8]) -> Vec<&[u8]> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i + 1 < data.len() {
        if data[i] == 0xff && data[i + 1] == 0x00 {
            parts.push(&data[start..i]);
            start = i + 2;
            i += 2;
        } else {
            i += 1;
        }
    }
    parts.push(&data[start..]);
    parts
}

/// Every span lies on character boundaries of its article's text, and every text equals its span.
fn check_spans(cmp: &parallax::Comparison) {
    let text = |id: parallax::model::ArticleId| {
        cmp.articles.iter().find(|a| a.id == id).map(|a| a.text.as_str()).expect("known article")
    };
    let check = |id: parallax::model::ArticleId, span: parallax::model::Span, shown: &str| {
        let t = text(id);
        assert!(span.start <= span.end && span.end <= t.len(), "span out of range");
        assert_eq!(&t[span.start..span.end], shown, "text equals the span");
    };
    for p in &cmp.passages {
        for m in &p.members {
            check(m.article, m.span, &m.text);
        }
    }
    for n in &cmp.numbers {
        check(n.article, n.span, &n.text);
    }
    for a in &cmp.framing.actors {
        for l in &a.labels {
            check(l.article, l.span, &l.text);
        }
    }
    for q in &cmp.framing.quotes {
        for m in &q.members {
            check(m.article, m.span, &m.text);
        }
    }
    for s in &cmp.framing.scare_quotes {
        check(s.article, s.span, &s.text);
    }
    for a in &cmp.framing.attributions {
        check(a.article, a.span, &a.text);
    }
}
