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
        None => match app::run(cli.paths.clone(), cli.screenshot.clone()) {
            Ok(()) => 0,
            Err(e) => {
                eprintln!("parallax: error: {e:#}");
                2
            }
        },
    };
    std::process::exit(code);
}
