//! Print the paraphrase judge's probability for two sentences, and its features.
//!
//! ```text
//! cargo run --release --example judge -- "first sentence" "second sentence"
//! ```

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [a, b] = args.as_slice() else {
        eprintln!("usage: judge SENTENCE SENTENCE");
        std::process::exit(2);
    };
    let features = parallax::align::judge::features::features(a, b);
    let model = parallax::align::judge::shipped();
    println!("probability {:.3} (threshold {:.2})", model.probability(&features), model.threshold);
    println!("features {features:?}");
}
