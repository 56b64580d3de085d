//! The `parallax` binary: the desktop app, and the headless `parallax report` command.

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
        Some(cli::Command::BenchFrames { paths, frames }) => {
            let s = app::frame_bench::measure(paths.clone(), *frames);
            println!(
                "first frame (lays out all text): {:.2} ms\nsteady frame over {} frames: mean {:.3} ms, p95 {:.3} ms, max {:.3} ms",
                s.first_ms, s.frames, s.mean_ms, s.p95_ms, s.max_ms
            );
            0
        }
        None => match cli::options(cli.lexicon.as_deref())
            .and_then(|options| app::run(cli.paths.clone(), cli.screenshot.clone(), options))
        {
            Ok(()) => 0,
            Err(e) => {
                eprintln!("parallax: error: {e:#}");
                2
            }
        },
    };
    std::process::exit(code);
}
