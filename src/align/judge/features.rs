//! What the paraphrase judge reads in a pair of sentences: word, stem, n-gram and character
//! overlap, how much of each sentence the other leaves unmatched, and disagreements in numbers,
//! names, days, negation and quotation.

use rust_stemmers::{Algorithm, Stemmer};

use crate::lang::normalize::is_stopword;

/// Number of features [`features`] returns.
pub const COUNT: usize = 25;

/// Words that carry no content beyond the function words: reporting verbs and fillers.
const REPORTING: &[&str] = &["also", "according", "added", "said", "say", "says", "told"];
const DAYS: &[&str] = &["friday", "monday", "saturday", "sunday", "thursday", "tuesday", "wednesday"];

/// One sentence, read once for the judge (pairs of it with many others reuse the reading). Words
/// are kept as fixed-seed hashes, and every set as a sorted list of them.
pub struct Side {
    /// Each word and number in lower case.
    lower: Vec<u64>,
    /// Snowball stem of each word.
    stems: Vec<u64>,
    /// Whether each word is a function or reporting word.
    function: Vec<bool>,
    lower_set: Vec<u64>,
    /// Stems of the words that are not function words.
    content: Vec<u64>,
    bigrams: Vec<u64>,
    trigrams: Vec<u64>,
    /// Words written with a capital other than the first.
    names: Vec<u64>,
    numbers: Vec<u64>,
    days: Vec<u64>,
    negated: bool,
    quoted: bool,
    /// Character 4-grams of the lower-cased sentence, spaces collapsed.
    grams: Vec<u64>,
    /// The reading of the sentence without its attribution, when it has one
    /// ([`super::attribution::statement`]).
    pub(super) statement: Option<Box<Side>>,
}

fn hash<T: std::hash::Hash + ?Sized>(x: &T) -> u64 {
    use std::hash::BuildHasher;
    foldhash::fast::FixedState::with_seed(0x5eed).hash_one(x)
}

fn set(mut v: Vec<u64>) -> Vec<u64> {
    v.sort_unstable();
    v.dedup();
    v
}

/// The stems of words already read, by word: one reader's memo (a sentence reads the same with or
/// without it; Snowball stemming is the dearest part of reading).
pub struct Stems {
    stemmer: Stemmer,
    memo: std::collections::HashMap<String, u64, foldhash::fast::FixedState>,
}

impl Default for Stems {
    fn default() -> Self {
        Stems { stemmer: Stemmer::create(Algorithm::English), memo: Default::default() }
    }
}

impl Stems {
    /// The hash of a word's stem.
    fn of(&mut self, word: &str) -> u64 {
        if let Some(&h) = self.memo.get(word) {
            return h;
        }
        let h = hash(self.stemmer.stem(word).as_ref());
        self.memo.insert(word.to_owned(), h);
        h
    }
}

impl Side {
    /// Read a sentence.
    pub fn new(text: &str) -> Self {
        Self::read(text, &mut Stems::default())
    }

    /// Read a sentence, with the stems of words read before, and its statement without who made it.
    pub fn read(text: &str, stems: &mut Stems) -> Self {
        let statement = super::attribution::statement(text).map(|s| Box::new(Self::read_only(s, stems)));
        Side { statement, ..Self::read_only(text, stems) }
    }

    /// Read a sentence as it is.
    fn read_only(text: &str, stems: &mut Stems) -> Self {
        let tokens = tokens(text);
        let words: Vec<String> = tokens.iter().map(|t| t.to_lowercase()).collect();
        let stems: Vec<u64> = words.iter().map(|w| stems.of(w)).collect();
        let function: Vec<bool> = words.iter().map(|w| is_stopword(w) || REPORTING.contains(&w.as_str())).collect();
        let lower: Vec<u64> = words.iter().map(|w| hash(w.as_str())).collect();
        let pick =
            |keep: &dyn Fn(usize) -> bool| set((0..words.len()).filter(|&i| keep(i)).map(|i| lower[i]).collect());
        let names = pick(&|i| i > 0 && tokens[i].chars().next().is_some_and(char::is_uppercase));
        let numbers = pick(&|i| words[i].starts_with(|c: char| c.is_ascii_digit()));
        let days = pick(&|i| DAYS.contains(&words[i].as_str()));
        let negated = words.iter().any(|w| matches!(w.as_str(), "not" | "no" | "never") || w.ends_with("n't"));
        let quoted = text.contains(['"', '\u{201c}', '\u{201d}']) || text.contains("``");
        Side {
            lower_set: set(lower.clone()),
            content: set(stems.iter().zip(&function).filter(|(_, f)| !**f).map(|(s, _)| *s).collect()),
            bigrams: set(stems.windows(2).map(hash).collect()),
            trigrams: set(stems.windows(3).map(hash).collect()),
            grams: char_grams(text),
            lower,
            stems,
            function,
            names,
            numbers,
            days,
            negated,
            quoted,
            statement: None,
        }
    }
}

/// Hashes of the character 4-grams of a text in lower case, each run of spaces read as one space.
fn char_grams(text: &str) -> Vec<u64> {
    let (mut window, mut seen, mut out) = (['\0'; 4], 0, Vec::with_capacity(text.len()));
    let mut after_space = true;
    for c in text.trim().chars().flat_map(char::to_lowercase) {
        let c = if c.is_whitespace() { ' ' } else { c };
        if c == ' ' && after_space {
            continue;
        }
        after_space = c == ' ';
        window = [window[1], window[2], window[3], c];
        seen += 1;
        if seen >= 4 {
            out.push(hash(&window));
        }
    }
    set(out)
}

/// Words (letters, with an apostrophe ending such as "'s" or "n't") and numbers ("1,500", "6.1").
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let mut end = start + c.len_utf8();
        if c.is_alphabetic() {
            while let Some(&(i, d)) = chars.peek() {
                let apostrophe =
                    (d == '\'' || d == '\u{2019}') && text[i + d.len_utf8()..].starts_with(char::is_alphabetic);
                if !(d.is_alphabetic() || apostrophe) {
                    break;
                }
                end = i + d.len_utf8();
                chars.next();
            }
        } else if c.is_ascii_digit() {
            while let Some(&(i, d)) = chars.peek() {
                let joint = (d == ',' || d == '.') && text[i + 1..].starts_with(|x: char| x.is_ascii_digit());
                if !(d.is_ascii_digit() || joint) {
                    break;
                }
                end = i + d.len_utf8();
                chars.next();
            }
        } else {
            continue;
        }
        out.push(&text[start..end]);
    }
    out
}

/// Number of items two sorted, deduplicated lists share.
pub(crate) fn shared<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => (n, i, j) = (n + 1, i + 1, j + 1),
        }
    }
    n
}

fn dice(a: &[u64], b: &[u64]) -> f64 {
    2.0 * shared(a, b) as f64 / (a.len() + b.len()).max(1) as f64
}

/// Number of items in one of two sorted lists but not both.
fn apart(a: &[u64], b: &[u64]) -> usize {
    a.len() + b.len() - 2 * shared(a, b)
}

/// Which items of each list a longest common subsequence matches, and its longest unbroken run.
/// Sentences are short, so the plain table of common prefix lengths is the cheapest way; of equally
/// long subsequences, the one matching the earliest items of `a` is taken.
fn matched(a: &[u64], b: &[u64]) -> (Vec<bool>, Vec<bool>, usize) {
    let (n, m) = (a.len(), b.len());
    // lcs[i][j]: length of a longest common subsequence of a[i..] and b[j..].
    let mut lcs = vec![0u32; (n + 1) * (m + 1)];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i * (m + 1) + j] = if a[i] == b[j] {
                lcs[(i + 1) * (m + 1) + j + 1] + 1
            } else {
                lcs[(i + 1) * (m + 1) + j].max(lcs[i * (m + 1) + j + 1])
            };
        }
    }
    let (mut ma, mut mb) = (vec![false; n], vec![false; m]);
    let (mut i, mut j, mut run, mut longest) = (0, 0, 0, 0);
    while i < n && j < m {
        if a[i] == b[j] && lcs[i * (m + 1) + j] == lcs[(i + 1) * (m + 1) + j + 1] + 1 {
            (ma[i], mb[j]) = (true, true);
            run += 1;
            longest = longest.max(run);
            (i, j) = (i + 1, j + 1);
        } else {
            run = 0;
            if lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1] {
                i += 1;
            } else {
                j += 1;
            }
        }
    }
    (ma, mb, longest)
}

/// Longest run of unmatched words, longest run of unmatched content words (function words
/// neither break nor extend it), and the number of unmatched content words.
fn gaps(side: &Side, matched: &[bool]) -> (usize, usize, usize) {
    let (mut run, mut best, mut crun, mut cbest, mut total) = (0, 0, 0, 0, 0);
    for (&m, &f) in matched.iter().zip(&side.function) {
        if m {
            (run, crun) = (0, 0);
            continue;
        }
        run += 1;
        best = best.max(run);
        if !f {
            crun += 1;
            total += 1;
            cbest = cbest.max(crun);
        }
    }
    (best, cbest, total)
}

fn ln1(x: f64) -> f64 {
    x.ln_1p()
}

/// The judge's features of a pair of sentences; symmetric in the two.
pub fn features(a: &str, b: &str) -> [f64; COUNT] {
    pair_features(&Side::new(a), &Side::new(b))
}

/// The judge's features of a pair of sentences already read; symmetric in the two (the pair is read
/// in one order whichever order it comes in, so ties in the word alignment break alike).
pub fn pair_features(x: &Side, y: &Side) -> [f64; COUNT] {
    let (x, y) = if (&x.lower, &x.grams) <= (&y.lower, &y.grams) { (x, y) } else { (y, x) };
    let (cx, cy) = (&x.content, &y.content);
    let common = shared(cx, cy) as f64;
    let (cov_x, cov_y) = (common / cx.len().max(1) as f64, common / cy.len().max(1) as f64);
    let (lx, ly) = (x.stems.len() as f64, y.stems.len() as f64);
    let (short, long) = (lx.min(ly).max(1.0), lx.max(ly).max(1.0));
    let (sx, _, stem_run) = matched(&x.stems, &y.stems);
    let stem_matched = sx.iter().filter(|&&m| m).count() as f64;
    let (wx, wy, _) = matched(&x.lower, &y.lower);
    let (gx, gy) = (gaps(x, &wx), gaps(y, &wy));
    let shared_grams = shared(&x.grams, &y.grams) as f64;
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    [
        dice(&x.lower_set, &y.lower_set),
        dice(cx, cy),
        cov_x.min(cov_y),
        cov_x.max(cov_y),
        dice(&x.bigrams, &y.bigrams),
        dice(&x.trigrams, &y.trigrams),
        2.0 * stem_matched / (lx + ly).max(1.0),
        short / long,
        (apart(&x.numbers, &y.numbers) as f64).min(3.0),
        flag(!x.numbers.is_empty() && x.numbers == y.numbers),
        (apart(&x.names, &y.names) as f64).min(4.0),
        stem_run as f64 / short,
        ln1(apart(cx, cy) as f64),
        ln1((lx - ly).abs()),
        ln1(gx.0.max(gy.0) as f64),
        ln1(gx.0.min(gy.0) as f64),
        gx.0.max(gy.0) as f64 / long,
        dice(&x.grams, &y.grams),
        shared_grams / x.grams.len().min(y.grams.len()).max(1) as f64,
        flag(x.negated != y.negated),
        ln1(gx.1.max(gy.1) as f64),
        ln1((gx.2 + gy.2) as f64),
        ln1(gx.2.max(gy.2) as f64),
        flag(!x.days.is_empty() && !y.days.is_empty() && x.days != y.days),
        flag(x.quoted != y.quoted),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_apostrophe_endings_and_numbers_keep_their_separators() {
        assert_eq!(
            tokens("The mayor's office didn't pay $1,500.50 on 3.4."),
            ["The", "mayor's", "office", "didn't", "pay", "1,500.50", "on", "3.4"]
        );
        assert_eq!(tokens("Café owners’ fears, the mayor’s"), ["Café", "owners", "fears", "the", "mayor’s"]);
    }

    #[test]
    fn the_longest_common_subsequence_marks_its_items_and_longest_run() {
        let (a, b, run) = matched(&[1, 2, 3, 4, 5], &[9, 2, 3, 4, 7, 5]);
        assert_eq!(a, [false, true, true, true, true]);
        assert_eq!(b, [false, true, true, true, false, true]);
        assert_eq!(run, 3);
        assert_eq!(matched(&[], &[1]), (vec![], vec![false], 0));
    }

    #[test]
    fn features_are_symmetric_and_an_identical_pair_overlaps_fully() {
        let a = "The council voted on Tuesday to close the old library by March.";
        let b = "On Tuesday the council decided the old library would not open after March.";
        assert_eq!(features(a, b), features(b, a));
        let same = features(a, a);
        assert_eq!((same[0], same[1], same[2], same[6], same[7]), (1.0, 1.0, 1.0, 1.0, 1.0));
        assert_eq!((same[14], same[19], same[23]), (0.0, 0.0, 0.0));
        let other = features(a, b);
        assert_eq!(other[19], 1.0, "one of the two is negated");
    }

    #[test]
    fn an_added_clause_shows_as_an_unmatched_run() {
        let a = "The river burst its banks near the town on Sunday.";
        let b = "The river burst its banks near the town on Sunday, forcing hundreds of families to leave their homes.";
        let f = features(a, b);
        assert!(f[14] >= (8.0f64).ln_1p(), "{f:?}");
        assert_eq!(f[15], 0.0);
        assert!(f[2] < 0.6 && f[3] == 1.0, "{f:?}");
    }
}
