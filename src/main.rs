//! The `parallax` binary: the desktop app, and the headless `parallax report` command.

#[cfg(feature = "gui")]
mod app;
mod cli;

use clap::Parser;

fn main() {
    let cli = cli::Cli::parse();
    let code = match &cli.command {
        Some(cli::Command::Report(args)) => match cli::report(args) {
            Ok(code) => code,
            Err(e) => {
                eprintln!("parallax: error: {e:#}");
                2
            }
        },
        Some(cli::Command::BenchFrames { paths, frames }) => bench_frames(paths, *frames),
        None => run_app(&cli),
    };
    std::process::exit(code);
}

#[cfg(feature = "gui")]
fn bench_frames(paths: &[std::path::PathBuf], frames: usize) -> i32 {
    let s = app::frame_bench::measure(paths.to_vec(), frames);
    println!(
        "first frame (lays out all text): {:.2} ms\nsteady frame over {} frames: mean {:.3} ms, p95 {:.3} ms, max {:.3} ms",
        s.first_ms, s.frames, s.mean_ms, s.p95_ms, s.max_ms
    );
    0
}

#[cfg(feature = "gui")]
fn run_app(cli: &cli::Cli) -> i32 {
    match cli::options(cli.lexicon.as_deref())
        .and_then(|options| app::run(cli.paths.clone(), cli.screenshot.clone(), options))
    {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("parallax: error: {e:#}");
            2
        }
    }
}

#[cfg(not(feature = "gui"))]
fn bench_frames(_: &[std::path::PathBuf], _: usize) -> i32 {
    run_app_missing()
}

#[cfg(not(feature = "gui"))]
fn run_app(_: &cli::Cli) -> i32 {
    run_app_missing()
}

#[cfg(not(feature = "gui"))]
fn run_app_missing() -> i32 {
    eprintln!(
        "parallax: this build has no desktop app (built without the `gui` feature) — use `parallax report PATH...`, \
         or build with the default features for the app"
    );
    2
}
