//! `parallax --screenshot FILE`: wait until the analysis is on screen, grab the window as a PNG,
//! save it and close.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Frames to paint after the analysis is shown before grabbing, so layout has settled.
const SETTLE_FRAMES: u32 = 4;
/// Give up after this long.
const TIMEOUT: Duration = Duration::from_secs(120);

/// Where the outcome of a screenshot run is reported to [`super::run`].
pub type Outcome = Arc<Mutex<Option<Result<(), String>>>>;

/// A screenshot run in progress.
pub struct Screenshot {
    path: PathBuf,
    started: Instant,
    settled_frames: u32,
    rx: Option<Receiver<Arc<egui::ColorImage>>>,
    outcome: Outcome,
    done: bool,
}

impl Screenshot {
    /// A screenshot to save to `path`, with its outcome reported into `outcome`.
    pub fn new(path: PathBuf, outcome: Outcome) -> Self {
        Screenshot { path, started: Instant::now(), settled_frames: 0, rx: None, outcome, done: false }
    }

    /// Advance once a frame; `ready` is true when the analysis is finished and shown.
    pub fn step(&mut self, ctx: &egui::Context, ready: bool) {
        if self.done {
            return;
        }
        ctx.request_repaint();
        if self.started.elapsed() > TIMEOUT {
            self.finish(ctx, Err(format!("timed out after {} s waiting for the window", TIMEOUT.as_secs())));
            return;
        }
        if let Some(rx) = &self.rx {
            if let Ok(image) = rx.try_recv() {
                let result = save_png(&self.path, &image);
                self.finish(ctx, result);
            }
            return;
        }
        if !ready {
            self.settled_frames = 0;
            return;
        }
        self.settled_frames += 1;
        if self.settled_frames >= SETTLE_FRAMES {
            let (tx, rx) = mpsc::channel();
            let repaint = ctx.clone();
            ctx.request_screenshot(move |image| {
                let _ = tx.send(image);
                repaint.request_repaint();
            });
            self.rx = Some(rx);
        }
    }

    fn finish(&mut self, ctx: &egui::Context, result: Result<(), String>) {
        self.done = true;
        if let Ok(mut slot) = self.outcome.lock() {
            *slot = Some(result);
        }
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }
}

fn save_png(path: &std::path::Path, image: &egui::ColorImage) -> Result<(), String> {
    let [w, h] = image.size;
    let bytes: Vec<u8> = image.pixels.iter().flat_map(|c| c.to_array()).collect();
    let (Ok(w32), Ok(h32)) = (u32::try_from(w), u32::try_from(h)) else {
        return Err(format!("screenshot too large ({w}×{h})"));
    };
    let Some(buffer) = image::RgbaImage::from_raw(w32, h32, bytes) else {
        return Err("the screenshot has an unexpected size".into());
    };
    buffer.save_with_format(path, image::ImageFormat::Png).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
