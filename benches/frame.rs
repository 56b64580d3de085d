//! CPU time of one app frame with articles laid out (target: under 4 ms in a release build).
//!
//! Drives the real UI code in a headless egui context through the library's `app::frame_bench`
//! (the app is part of the library under the `gui` feature). Run with `cargo bench --bench frame`.

use std::path::PathBuf;

fn main() {
    // Cargo passes `--bench` (and any filter) to every bench target; this one takes none.
    for (what, paths) in [("seeds (5 articles)", Vec::new()), ("12 articles", twelve())] {
        let s = parallax::app::frame_bench::measure(paths, 300);
        println!(
            "frame/{what}:\nfirst frame (lays out all text): {:.2} ms\nsteady frame over {} frames: mean {:.3} ms, p95 {:.3} ms, max {:.3} ms\n",
            s.first_ms, s.frames, s.mean_ms, s.p95_ms, s.max_ms
        );
    }
}

/// The twelve Equifax articles of the development corpus when it is present, else the seeds.
fn twelve() -> Vec<PathBuf> {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/news-clusters/hack_equifax_breach"));
    if dir.is_dir() { vec![dir] } else { Vec::new() }
}
