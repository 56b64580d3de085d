//! CPU time of one app frame with the seeds laid out (target: under 4 ms in a release build).
//!
//! The app lives in the binary, so this bench runs the release binary's hidden `bench-frames`
//! command, which drives the real UI code in a headless egui context. Run with
//! `cargo bench --bench frame`.

use std::process::Command;

fn main() {
    // Cargo passes `--bench` (and any filter) to every bench target; this one takes none.
    let exe = env!("CARGO_BIN_EXE_parallax");
    for (what, args) in [("seeds (5 articles)", vec!["bench-frames", "--frames", "300"]), ("12 articles", twelve())] {
        let out = Command::new(exe).args(&args).output().expect("run parallax bench-frames");
        println!("frame/{what}:\n{}", String::from_utf8_lossy(&out.stdout));
        if !out.status.success() {
            eprintln!("{}", String::from_utf8_lossy(&out.stderr));
            std::process::exit(1);
        }
    }
}

/// The twelve Equifax articles of the development corpus when it is present, else the seeds.
fn twelve() -> Vec<&'static str> {
    let mut args = vec!["bench-frames", "--frames", "300"];
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/news-clusters/hack_equifax_breach");
    if std::path::Path::new(dir).is_dir() {
        args.push(dir);
    }
    args
}
