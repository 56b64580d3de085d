//! Train the paraphrase judge on sentence pairs that people judged, and write its model.
//!
//! ```text
//! cargo run --release --example train_judge -- msr_paraphrase_train.txt assets/paraphrase-judge.json
//! ```
//!
//! The input is the MRPC training file (tab-separated: quality, two ids, two sentences, one header
//! line). The model is written as JSON; the cross-validated accuracy and F1 go into its provenance.

use anyhow::{Context, Result, bail};
use parallax::align::judge;

/// Strength of the L2 penalty on the weights.
const LAMBDA: f64 = 20.0;
const FOLDS: usize = 10;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        bail!("usage: train_judge MRPC_TRAIN.tsv OUT.json");
    };
    let text = std::fs::read_to_string(input).with_context(|| format!("cannot read {input}"))?;
    let mut rows = Vec::new();
    let mut labels = Vec::new();
    for line in text.lines().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() < 5 {
            continue;
        }
        let label = fields[0].trim_start_matches('\u{feff}') == "1";
        rows.push(judge::features::features(fields[3], fields[4]).to_vec());
        labels.push(label);
    }
    if rows.is_empty() {
        bail!("{input}: no sentence pairs (expected MRPC's tab-separated lines)");
    }
    let (mut model, acc, f1) = judge::train(&rows, &labels, LAMBDA, FOLDS);
    model.provenance = format!(
        "logistic regression over {} features and their products, L2 {LAMBDA}, on {} MRPC training pairs; \
         {FOLDS}-fold cross-validated accuracy {acc:.3}, F1 {f1:.3} at threshold {:.2}",
        judge::features::COUNT,
        rows.len(),
        model.threshold
    );
    eprintln!("{}", model.provenance);
    std::fs::write(output, serde_json::to_string(&model)? + "\n").with_context(|| format!("cannot write {output}"))?;
    Ok(())
}
