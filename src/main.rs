//! The `parallax` binary: the desktop app, and the headless `parallax report` command.

mod alloc;
mod cli;

use clap::Parser;

fn main() {
    alloc::configure();
    let cli = cli::Cli::parse();
    let code = match &cli.command {
        Some(cli::Command::Report(args)) => match cli::report(args) {
            Ok(code) => code,
            Err(e) => {
                eprintln!("parallax: error: {e:#}");
                2
            }
        },
        None => run_app(&cli),
    };
    std::process::exit(code);
}

#[cfg(feature = "gui")]
fn run_app(cli: &cli::Cli) -> i32 {
    match cli::options(cli.lexicon.as_deref())
        .and_then(|options| parallax::app::run(cli.paths.clone(), cli.screenshot.clone(), options))
    {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("parallax: error: {e:#}");
            2
        }
    }
}

#[cfg(not(feature = "gui"))]
fn run_app(_: &cli::Cli) -> i32 {
    eprintln!(
        "parallax: this build has no desktop app (built without the `gui` feature) — use `parallax report PATH...`, \
         or build with the default features for the app"
    );
    2
}
