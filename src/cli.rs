//! Command-line parsing and the headless `parallax report` command.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};

use parallax::model::Severity;
use parallax::report::{self, CsvTable, Format};

/// Compare how different outlets cover the same news event.
///
/// With no command, opens the desktop app: on the given articles, or on the five embedded seed
/// articles when none are given.
#[derive(Debug, Parser)]
#[command(name = "parallax", version, about, long_about = None, after_help = EXIT_CODES)]
pub struct Cli {
    /// Headless commands.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Articles or folders to open in the desktop app (.txt, .md, .html), or one saved session
    /// (.parallax) to open again.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Open the window, wait until the analysis is shown, save a PNG of the window to FILE and exit.
    #[arg(long, value_name = "FILE")]
    pub screenshot: Option<PathBuf>,
    /// Extend the framing lexicon with FILE (TOML, the format of assets/lexicon.toml).
    #[arg(long, value_name = "FILE")]
    pub lexicon: Option<PathBuf>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Analyse articles without a window and write a report.
    #[command(after_help = EXIT_CODES)]
    Report(ReportArgs),
}

const EXIT_CODES: &str = "Exit codes: 0 success; 1 some inputs could not be read but a report was made; \
2 usage error, or no usable input.";

/// Arguments of `parallax report`.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Article files (.txt, .md, .html) or folders, read recursively (hidden and non-text files skipped).
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format: text reads well in a terminal; json follows the report schema (version 1);
    /// csv is one table for a spreadsheet (see --csv-table).
    #[arg(long, short, value_enum, default_value_t = FormatArg::Text)]
    pub format: FormatArg,
    /// With --format csv, which table to write: numbers (one row per figure, with its group,
    /// status, article and sentence; the default) or passages (one row per member of each shared
    /// passage, with its span and text). Fields are quoted as RFC 4180 asks.
    #[arg(long, value_enum, value_name = "TABLE")]
    pub csv_table: Option<CsvTableArg>,
    /// Write the report to FILE instead of standard output (atomically: a temporary file, then a
    /// rename). Refused when FILE is one of the input articles or the --lexicon file.
    #[arg(long, short, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Extend the framing lexicon (loaded terms, attribution verbs) with FILE, in the TOML format of
    /// assets/lexicon.toml; an entry with the same text replaces the built-in one.
    #[arg(long, value_name = "FILE")]
    pub lexicon: Option<PathBuf>,
}

/// Report formats on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Plain text for a terminal.
    Text,
    /// JSON (schema version 1).
    Json,
    /// Markdown.
    Markdown,
    /// Standalone HTML page.
    Html,
    /// One table as CSV: the number groups or the shared passages (--csv-table).
    Csv,
}

/// The tables `--format csv` can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CsvTableArg {
    /// One row per figure: the groups in display order, then the figures in no group.
    Numbers,
    /// One row per member of each shared passage.
    Passages,
}

impl ReportArgs {
    /// The report format the options ask for; `--csv-table` goes only with `--format csv`.
    fn report_format(&self) -> anyhow::Result<Format> {
        let table = match self.csv_table {
            Some(CsvTableArg::Passages) => CsvTable::Passages,
            Some(CsvTableArg::Numbers) | None => CsvTable::Numbers,
        };
        Ok(match self.format {
            FormatArg::Csv => Format::Csv(table),
            _ if self.csv_table.is_some() => {
                anyhow::bail!("--csv-table goes with --format csv — add --format csv or leave out --csv-table")
            }
            FormatArg::Text => Format::Text,
            FormatArg::Json => Format::Json,
            FormatArg::Markdown => Format::Markdown,
            FormatArg::Html => Format::Html,
        })
    }
}

/// Analysis options from the command line: the built-in lexicon, extended by `--lexicon FILE`.
pub fn options(lexicon: Option<&std::path::Path>) -> anyhow::Result<parallax::Options> {
    match lexicon {
        Some(path) => parallax::Options::with_user_lexicon(path)
            .with_context(|| "the lexicon file is not usable — fix the line named, or leave out --lexicon"),
        None => Ok(parallax::Options::default()),
    }
}

/// Fail when `out` is one of the input files or the lexicon file (the same file by any path or
/// link): a report must never replace what it was made from.
fn refuse_to_overwrite_an_input(
    out: &std::path::Path,
    inputs: &[parallax::load::FileId],
    lexicon: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    let shown = report::terminal_safe(&out.display().to_string());
    match report::made_from(out, inputs, lexicon) {
        None => Ok(()),
        Some(report::MadeFrom::Input) => anyhow::bail!(
            "refusing to write the report onto {shown}: it is one of the input articles — choose another --out file"
        ),
        Some(report::MadeFrom::Lexicon) => anyhow::bail!(
            "refusing to write the report onto {shown}: it is the --lexicon file — choose another --out file"
        ),
    }
}

/// Run `parallax report`; returns the process exit code.
pub fn report(args: &ReportArgs) -> anyhow::Result<i32> {
    let format = args.report_format()?;
    let options = options(args.lexicon.as_deref())?;
    let inputs = parallax::load::read_inputs(&args.paths);
    if let Some(out) = &args.out {
        refuse_to_overwrite_an_input(out, &inputs.files, args.lexicon.as_deref())?;
    }
    let cmp = parallax::analyze_with(inputs.sources, inputs.errors, &options, &mut |_| {});
    for e in &cmp.errors {
        eprintln!("parallax: {}", report::terminal_safe(&e.to_string()));
    }
    if cmp.articles.is_empty() {
        eprintln!("parallax: no usable articles among the inputs — give .txt, .md or .html files with article text");
        return Ok(2);
    }
    match &args.out {
        Some(path) => report::write_atomically_with(path, |w| report::write(&cmp, format, w)).with_context(|| {
            format!(
                "cannot write the report to {} — check the folder exists and is writable",
                report::terminal_safe(&path.display().to_string())
            )
        })?,
        None => {
            let mut stdout = std::io::stdout().lock();
            if let Err(e) = report::write(&cmp, format, &mut stdout).and_then(|_| stdout.flush()) {
                if e.kind() == std::io::ErrorKind::BrokenPipe {
                    return Ok(0);
                }
                return Err(e).context("cannot write the report to standard output");
            }
        }
    }
    let failed = cmp.errors.iter().any(|e| e.severity == Severity::Error);
    Ok(if failed { 1 } else { 0 })
}
