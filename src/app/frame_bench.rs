//! A headless measure of what one frame of the app costs: the real UI code run in an egui context
//! without a window, on an analysis that is already done. `cargo bench --bench frame` runs it.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::{ParallaxApp, Settings, worker};

/// Frame timings, in milliseconds of CPU time on the calling thread (the UI runs on one thread).
pub struct FrameStats {
    /// The first frame, which lays out every column's text.
    pub first_ms: f64,
    /// Mean of the steady frames (UI pass plus tessellation).
    pub mean_ms: f64,
    /// 95th percentile of the steady frames.
    pub p95_ms: f64,
    /// Slowest steady frame.
    pub max_ms: f64,
    /// How many steady frames were measured.
    pub frames: usize,
}

/// Run `frames` frames of the app at 1400×900 on `paths` (the seeds when empty).
pub fn measure(paths: Vec<PathBuf>, frames: usize) -> FrameStats {
    let sources = if paths.is_empty() { crate::seeds::sources() } else { Vec::new() };
    let output = worker::run(sources, Vec::new(), paths, &mut |_| {});
    let mut app = ParallaxApp::with_output(Settings::default(), output);
    let ctx = egui::Context::default();
    let input = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1400.0, 900.0))),
        ..Default::default()
    };
    let mut frame = || {
        let start = Instant::now();
        let mut out = ctx.run_ui(input(), |ui| app.ui_root(ui));
        let prims = ctx.tessellate(out.shapes, out.pixels_per_point);
        std::hint::black_box(prims);
        // No renderer takes the font texture; a debug build asserts that someone did.
        out.textures_delta.clear();
        start.elapsed()
    };
    let first = frame();
    // A few frames settle scrolling and layout caches before measuring.
    for _ in 0..5 {
        frame();
    }
    let mut times: Vec<Duration> = (0..frames.max(1)).map(|_| frame()).collect();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let mean = times.iter().map(|&d| ms(d)).sum::<f64>() / times.len() as f64;
    let p95 = ms(times[(times.len() * 95 / 100).min(times.len() - 1)]);
    FrameStats {
        first_ms: ms(first),
        mean_ms: mean,
        p95_ms: p95,
        max_ms: ms(times[times.len() - 1]),
        frames: times.len(),
    }
}
