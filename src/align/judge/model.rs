//! The judge's model: logistic regression over the standardized features and their pairwise
//! products, and its training (Newton's method with an L2 penalty), so the shipped weights can be
//! reproduced from the training pairs (`cargo run --release --example train_judge`).

use serde::{Deserialize, Serialize};

/// A trained judge: how to scale the features, the weights, and the probability a pair needs.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Model {
    /// Mean and spread of each raw feature over the training pairs.
    pub mean: Vec<f64>,
    /// Standard deviation of each raw feature (1 where a feature never varies).
    pub std: Vec<f64>,
    /// Mean of each expanded term (features and their pairwise products).
    pub term_mean: Vec<f64>,
    /// Standard deviation of each expanded term.
    pub term_std: Vec<f64>,
    /// One weight per expanded term.
    pub weights: Vec<f64>,
    /// The intercept.
    pub bias: f64,
    /// Probability from which a pair is judged to say the same thing.
    pub threshold: f64,
    /// Where the weights come from and how well they did under cross-validation.
    pub provenance: String,
}

/// The scaled features followed by the products of every pair of them (squares included).
pub fn expand(z: &[f64]) -> Vec<f64> {
    let mut out = z.to_vec();
    for i in 0..z.len() {
        for j in i..z.len() {
            out.push(z[i] * z[j]);
        }
    }
    out
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// Mean and standard deviation of every column.
fn scale_of(rows: &[Vec<f64>]) -> (Vec<f64>, Vec<f64>) {
    let n = rows.len().max(1) as f64;
    let width = rows.first().map_or(0, Vec::len);
    let mean: Vec<f64> = (0..width).map(|c| rows.iter().map(|r| r[c]).sum::<f64>() / n).collect();
    let std = (0..width)
        .map(|c| {
            let v = rows.iter().map(|r| (r[c] - mean[c]).powi(2)).sum::<f64>() / n;
            if v > 1e-12 { v.sqrt() } else { 1.0 }
        })
        .collect();
    (mean, std)
}

fn scaled(x: &[f64], mean: &[f64], std: &[f64]) -> Vec<f64> {
    x.iter().zip(mean).zip(std).map(|((v, m), s)| (v - m) / s).collect()
}

impl Model {
    /// The expanded, scaled terms of one pair's raw features.
    fn terms(&self, x: &[f64]) -> Vec<f64> {
        scaled(&expand(&scaled(x, &self.mean, &self.std)), &self.term_mean, &self.term_std)
    }

    /// Probability that a pair with these raw features says the same thing.
    pub fn probability(&self, x: &[f64]) -> f64 {
        let t = self.terms(x);
        sigmoid(self.bias + t.iter().zip(&self.weights).map(|(a, w)| a * w).sum::<f64>())
    }

    /// Fit a model to raw feature rows and labels, with L2 penalty `lambda` on the weights.
    pub fn fit(rows: &[Vec<f64>], labels: &[bool], lambda: f64) -> Model {
        let (mean, std) = scale_of(rows);
        let expanded: Vec<Vec<f64>> = rows.iter().map(|r| expand(&scaled(r, &mean, &std))).collect();
        let (term_mean, term_std) = scale_of(&expanded);
        let design: Vec<Vec<f64>> = expanded.iter().map(|r| scaled(r, &term_mean, &term_std)).collect();
        let (bias, weights) = newton(&design, labels, lambda);
        Model { mean, std, term_mean, term_std, weights, bias, threshold: 0.5, provenance: String::new() }
    }
}

/// Penalized logistic regression by Newton's method: the intercept (unpenalized) and the weights.
fn newton(x: &[Vec<f64>], y: &[bool], lambda: f64) -> (f64, Vec<f64>) {
    let d = x.first().map_or(0, Vec::len) + 1;
    let mut w = vec![0.0; d];
    for _ in 0..30 {
        let mut grad = vec![0.0; d];
        let mut hess = vec![0.0; d * d];
        for (row, &label) in x.iter().zip(y) {
            let z: f64 = w[0] + row.iter().zip(&w[1..]).map(|(a, b)| a * b).sum::<f64>();
            let p = sigmoid(z);
            let r = p - if label { 1.0 } else { 0.0 };
            let v = p * (1.0 - p);
            let full = |i: usize| if i == 0 { 1.0 } else { row[i - 1] };
            for i in 0..d {
                let fi = full(i);
                grad[i] += r * fi;
                let vi = v * fi;
                for j in i..d {
                    hess[i * d + j] += vi * full(j);
                }
            }
        }
        for i in 1..d {
            grad[i] += lambda * w[i];
            hess[i * d + i] += lambda;
        }
        for i in 0..d {
            for j in 0..i {
                hess[i * d + j] = hess[j * d + i];
            }
        }
        let step = solve(hess, grad, d);
        let size: f64 = step.iter().map(|s| s.abs()).fold(0.0, f64::max);
        for (wi, si) in w.iter_mut().zip(&step) {
            *wi -= si;
        }
        if size < 1e-8 {
            break;
        }
    }
    (w[0], w[1..].to_vec())
}

/// Solve `a · x = b` for a symmetric positive definite `a` (Cholesky).
fn solve(mut a: Vec<f64>, mut b: Vec<f64>, n: usize) -> Vec<f64> {
    for j in 0..n {
        let mut s = a[j * n + j];
        for k in 0..j {
            s -= a[j * n + k] * a[j * n + k];
        }
        let l = s.max(1e-12).sqrt();
        a[j * n + j] = l;
        for i in j + 1..n {
            let mut s = a[i * n + j];
            for k in 0..j {
                s -= a[i * n + k] * a[j * n + k];
            }
            a[i * n + j] = s / l;
        }
    }
    for i in 0..n {
        let mut s = b[i];
        for k in 0..i {
            s -= a[i * n + k] * b[k];
        }
        b[i] = s / a[i * n + i];
    }
    for i in (0..n).rev() {
        let mut s = b[i];
        for k in i + 1..n {
            s -= a[k * n + i] * b[k];
        }
        b[i] = s / a[i * n + i];
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expansion_appends_every_product_once() {
        assert_eq!(expand(&[2.0, 3.0]), [2.0, 3.0, 4.0, 6.0, 9.0]);
    }

    #[test]
    fn the_solver_inverts_a_small_system() {
        let x = solve(vec![4.0, 2.0, 2.0, 3.0], vec![2.0, 5.0], 2);
        assert!((x[0] + 0.5).abs() < 1e-12 && (x[1] - 2.0).abs() < 1e-12, "{x:?}");
    }

    #[test]
    fn a_fitted_model_separates_what_one_feature_separates() {
        let rows: Vec<Vec<f64>> = (0..40).map(|i| vec![i as f64 / 40.0, (i % 3) as f64]).collect();
        let labels: Vec<bool> = (0..40).map(|i| i >= 20).collect();
        let m = Model::fit(&rows, &labels, 1.0);
        assert!(m.probability(&[0.95, 1.0]) > 0.8 && m.probability(&[0.05, 1.0]) < 0.2, "{m:?}");
    }
}
