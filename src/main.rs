//! The `parallax` binary: the desktop app, and the headless `parallax report` command.

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
        None => {
            eprintln!("parallax: the desktop app is not part of this build yet; use `parallax report PATH...`");
            2
        }
    };
    std::process::exit(code);
}
