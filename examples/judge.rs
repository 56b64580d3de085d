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
    use parallax::align::judge;
    let features = judge::features::features(a, b);
    let model = judge::shipped();
    // The judge's word is the higher of the two readings: the sentences as they are, and what they
    // state without who said it.
    println!("probability {:.3} (threshold {:.2})", judge::probability(a, b), model.threshold);
    println!("as written {:.3}", model.probability(&features));
    let (sa, sb) = (judge::attribution::statement(a), judge::attribution::statement(b));
    if sa.is_some() || sb.is_some() {
        let (sa, sb) = (sa.unwrap_or(a), sb.unwrap_or(b));
        println!("statements {:.3}: {sa:?} / {sb:?}", model.probability(&judge::features::features(sa, sb)));
    }
    println!("features {features:?}");
}
