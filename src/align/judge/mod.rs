//! The paraphrase judge: whether two sentences say the same thing, from how they overlap and
//! where they differ (`features`), weighed by a model learned from sentence pairs that people judged
//! (`model`; the weights ship in `assets/paraphrase-judge.json`, trained by
//! `cargo run --release --example train_judge` on the MRPC training pairs).
//!
//! Sharing words is not saying the same thing: two sentences about one event share its names and
//! often long phrases, while one adds a clause the other lacks, or changes a number or a day.

pub mod attribution;
pub mod features;
pub mod model;

use std::sync::OnceLock;

pub use model::Model;

/// The shipped model.
pub fn shipped() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        serde_json::from_str(include_str!("../../../assets/paraphrase-judge.json"))
            .expect("assets/paraphrase-judge.json is a judge model (rebuild it with the train_judge example)")
    })
}

/// Probability, by the shipped model, that two sentences say the same thing.
pub fn probability(a: &str, b: &str) -> f64 {
    probability_of(&features::Side::new(a), &features::Side::new(b))
}

/// Probability, by the shipped model, that two sentences already read say the same thing: as they
/// are, or as what they state once who said it is set aside (two outlets citing different sources
/// for one fact), whichever is the higher.
pub fn probability_of(a: &features::Side, b: &features::Side) -> f64 {
    let model = shipped();
    let whole = model.probability(&features::pair_features(a, b));
    if a.statement.is_none() && b.statement.is_none() {
        return whole;
    }
    let (sa, sb) = (a.statement.as_deref().unwrap_or(a), b.statement.as_deref().unwrap_or(b));
    whole.max(model.probability(&features::pair_features(sa, sb)))
}

/// True when the shipped model judges that two sentences say the same thing.
pub fn same_thing(a: &str, b: &str) -> bool {
    probability(a, b) >= shipped().threshold
}

/// Accuracy and F1 of predictions against labels.
pub fn accuracy_f1(pred: &[bool], gold: &[bool]) -> (f64, f64) {
    let tp = pred.iter().zip(gold).filter(|(p, g)| **p && **g).count() as f64;
    let fp = pred.iter().zip(gold).filter(|(p, g)| **p && !**g).count() as f64;
    let fn_ = pred.iter().zip(gold).filter(|(p, g)| !**p && **g).count() as f64;
    let right = pred.iter().zip(gold).filter(|(p, g)| p == g).count() as f64;
    (right / gold.len().max(1) as f64, 2.0 * tp / (2.0 * tp + fp + fn_).max(1.0))
}

/// Train a judge on raw feature rows: the threshold is the one with the best accuracy under
/// `folds`-fold cross-validation (pair `i` is held out in fold `i % folds`), and the weights are
/// then fitted on every pair. Returns the model and the cross-validated accuracy and F1.
pub fn train(rows: &[Vec<f64>], labels: &[bool], lambda: f64, folds: usize) -> (Model, f64, f64) {
    let mut held = vec![0.0; rows.len()];
    for fold in 0..folds {
        let (train_rows, train_labels): (Vec<Vec<f64>>, Vec<bool>) = rows
            .iter()
            .zip(labels)
            .enumerate()
            .filter(|(i, _)| i % folds != fold)
            .map(|(_, (r, l))| (r.clone(), *l))
            .unzip();
        let m = Model::fit(&train_rows, &train_labels, lambda);
        for (i, r) in rows.iter().enumerate().filter(|(i, _)| i % folds == fold) {
            held[i] = m.probability(r);
        }
    }
    let scored = |t: f64| accuracy_f1(&held.iter().map(|&p| p >= t).collect::<Vec<_>>(), labels);
    let threshold = (30..=70)
        .map(|t| t as f64 / 100.0)
        .max_by(|&a, &b| scored(a).0.total_cmp(&scored(b).0).then(b.total_cmp(&a)))
        .unwrap_or(0.5);
    let (acc, f1) = scored(threshold);
    let mut model = Model::fit(rows, labels, lambda);
    model.threshold = threshold;
    (model, acc, f1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_model_fits_the_features() {
        let m = shipped();
        assert_eq!(m.mean.len(), features::COUNT);
        assert_eq!(m.weights.len(), model::expand(&m.mean).len());
        assert!((0.0..=1.0).contains(&m.threshold));
    }

    #[test]
    fn a_reworded_sentence_is_the_same_thing_and_one_with_other_facts_is_not() {
        let a = "The council voted on Tuesday to close the old library at the end of March.";
        let b = "On Tuesday the council voted to shut the old library at the end of March.";
        assert!(same_thing(a, b), "{}", probability(a, b));
        let d = "Parents said on Tuesday that the council had never asked them about the future of the library.";
        assert!(!same_thing(a, d), "{}", probability(a, d));
    }
}
