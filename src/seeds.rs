//! The five seed articles (the 2019 fighting for Tripoli), compiled into the binary so that a plain
//! start opens a real comparison.

use crate::load::Source;

/// Names and contents of the embedded seed articles, in order.
pub const SEEDS: &[(&str, &str)] = &[
    ("seeds/000_acaca5ba74d867b7.txt", include_str!("../seeds/000_acaca5ba74d867b7.txt")),
    ("seeds/001_c5e94d6caf5d1f55.txt", include_str!("../seeds/001_c5e94d6caf5d1f55.txt")),
    ("seeds/002_6eaa3613ef066aa3.txt", include_str!("../seeds/002_6eaa3613ef066aa3.txt")),
    ("seeds/003_1bcbb76059a632e8.txt", include_str!("../seeds/003_1bcbb76059a632e8.txt")),
    ("seeds/004_a4f0d62193802dcc.txt", include_str!("../seeds/004_a4f0d62193802dcc.txt")),
];

/// The embedded seed articles as sources.
pub fn sources() -> Vec<Source> {
    SEEDS.iter().map(|(p, t)| Source { path: (*p).to_owned(), bytes: t.as_bytes().to_vec() }).collect()
}
