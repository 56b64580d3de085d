//! CPU time of one app frame with articles laid out (target: under 4 ms in a release build; under 8 ms with 50 articles open).
//!
//! Drives the real UI code in a headless egui context through the library's `app::frame_bench`
//! (the app is part of the library under the `gui` feature). Run with `cargo bench --bench frame`.

use std::path::PathBuf;

fn main() {
    // Cargo passes `--bench` (and any filter) to every bench target; this one takes none.
    for (what, paths) in [("seeds (5 articles)", Vec::new()), ("12 articles", twelve()), ("50 articles", fifty())] {
        let s = parallax::app::frame_bench::measure(paths, 300);
        println!(
            "frame/{what}:\nfirst frame (lays out all text): {:.2} ms\nsteady frame over {} frames: mean {:.3} ms, p95 {:.3} ms, max {:.3} ms\n",
            s.first_ms, s.frames, s.mean_ms, s.p95_ms, s.max_ms
        );
    }
}

/// The first 50 articles of the development corpus (by event, then file name) when it is present,
/// else the seeds: a comparison of many outlets and several stories, as a researcher opens one.
fn fifty() -> Vec<PathBuf> {
    let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/news-clusters"));
    let list = |dir: &std::path::Path| -> Vec<PathBuf> {
        let mut v: Vec<PathBuf> = std::fs::read_dir(dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
        v.sort();
        v
    };
    list(&root).iter().filter(|d| d.is_dir()).flat_map(|d| list(d)).filter(|f| f.is_file()).take(50).collect()
}

/// The twelve Equifax articles of the development corpus when it is present, else the seeds.
fn twelve() -> Vec<PathBuf> {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/news-clusters/hack_equifax_breach"));
    if dir.is_dir() { vec![dir] } else { Vec::new() }
}
