//! Words as the linking of figures compares them: without plural or possessive endings, and with
//! the words news uses interchangeably for one quantity folded into one ("an initial bid", "its
//! original offer"; "net income", "earnings"), so that two outlets' sentences about one figure
//! compare alike whichever of them they chose.

use super::lexicon::{CLOCK, CURRENCY_WORDS, DISTANCE, DURATION, SCALES, SPELLED, UNITS};
use crate::lang::normalize::is_stopword;

/// Words that name one quantity or one change of it in news copy, each row folded into its first
/// word. Only words whose senses, next to a figure, are one.
const SAME_SENSE: &[&[&str]] = &[
    &["offer", "bid", "approach", "proposal"],
    &["initial", "original", "first"],
    &["profit", "earnings", "income"],
    &["expected", "estimated", "forecast", "projected"],
    &[
        "cut",
        "slashing",
        "slashed",
        "reduction",
        "reducing",
        "reduced",
        "shed",
        "shedding",
        "axe",
        "axes",
        "axed",
        "axing",
        "eliminate",
        "eliminated",
        "eliminating",
    ],
    &["fell", "fallen", "dropped", "declined", "slid", "slumped", "tumbled"],
    &["rose", "risen", "climbed", "gained", "jumped", "surged"],
    &["share", "stock"],
    &["revenue", "sales"],
];

/// Words that tell how and when a figure was reported ("said on Monday", "told reporters"), not
/// what it is: every outlet's sentences carry them, about any figure.
const REPORTING: &[&str] =
    &["said", "says", "say", "saying", "told", "tells", "added", "according", "yesterday", "today", "tonight"];

/// The key under which a sentence word is compared, or None for words that say nothing about what
/// a figure is (function words, digits, spelled-out numbers).
pub fn key(word: &str) -> Option<&str> {
    if is_stopword(word)
        || word.starts_with(|c: char| c.is_ascii_digit())
        || SPELLED.iter().any(|(w, _)| *w == word)
        || REPORTING.contains(&word)
        || crate::lang::dates::is_weekday_name(word)
    {
        return None;
    }
    // "fourth-quarter" is a kind of "quarter": a compound compares by its last part.
    let word = word.rsplit_once('-').map_or(word, |(_, last)| last);
    if word.is_empty() {
        return None;
    }
    let w = singular(word);
    let bare = word.strip_suffix('s').unwrap_or(word);
    // The first row holding any of the three forms.
    let row = [word, w, bare].iter().filter_map(|f| sense_rows().get(f).copied()).min();
    Some(row.map_or(w, |r| SAME_SENSE[r][0]))
}

/// Each word of [`SAME_SENSE`] and the first row that holds it.
fn sense_rows() -> &'static crate::text::FastMap<&'static str, usize> {
    static ROWS: std::sync::OnceLock<crate::text::FastMap<&'static str, usize>> = std::sync::OnceLock::new();
    ROWS.get_or_init(|| {
        let mut rows = crate::text::FastMap::default();
        for (r, row) in SAME_SENSE.iter().enumerate() {
            for w in *row {
                rows.entry(*w).or_insert(r);
            }
        }
        rows
    })
}

/// A sentence word as sentences are compared: without plural, possessive and verb endings
/// ("included" and "including", "imports" and "importing" alike). Short words stay as they are, and
/// so does a final "e" ("share"), as the keys of [`key`] keep it.
pub fn stem(word: &str) -> &str {
    let w = singular(word);
    let base = ["ing", "ed"].iter().find_map(|end| w.strip_suffix(end).filter(|b| b.len() >= 4));
    let Some(base) = base else { return w };
    // "banning" is "ban": a doubled last consonant is one.
    let b = base.as_bytes();
    let n = b.len();
    if b[n - 1] == b[n - 2] && !b"aeioulsz".contains(&b[n - 1]) { &base[..n - 1] } else { base }
}

/// Units of weight, volume and share that the figure lexicon does not list as units of their own.
const MEASURES: &[&str] = &[
    "percent",
    "percentage",
    "per",
    "cent",
    "kilogram",
    "kilograms",
    "kg",
    "gram",
    "grams",
    "tonne",
    "tonnes",
    "ton",
    "tons",
    "lb",
    "lbs",
    "litre",
    "litres",
    "liter",
    "liters",
    "gallon",
    "gallons",
];

/// True for a unit a figure is given in ("miles", "percent", "pounds", "million", "a.m."): next to a
/// figure it tells how the figure is written (and a conversion in brackets repeats it), not what
/// the figure is about.
pub fn is_measure(word: &str) -> bool {
    static WORDS: std::sync::OnceLock<crate::text::FastSet<&'static str>> = std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| {
            let lists = [MEASURES, CLOCK, DURATION, CURRENCY_WORDS].into_iter().flat_map(|l| l.iter().copied());
            let named = DISTANCE.iter().chain(SCALES).map(|(w, _)| *w).chain(UNITS.iter().map(|(w, _)| *w));
            lists.chain(named).collect()
        })
        .contains(word)
}

/// A word without a possessive or a plural "s" ("zentro's", "turbines"), so sentences
/// that name one thing alike compare alike.
pub fn singular(word: &str) -> &str {
    let w = word.strip_suffix("'s").unwrap_or(word);
    match w.strip_suffix('s') {
        Some(base) if base.len() >= 4 && !["s", "u", "i"].iter().any(|e| base.ends_with(e)) => base,
        _ => w,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_one_quantity_goes_by_compare_alike() {
        assert_eq!(key("bids"), key("offer"));
        assert_eq!(key("original"), key("initial"));
        assert_eq!(key("earnings"), key("income"));
        assert_eq!(key("shares"), key("stock"));
        assert_eq!(key("slashing"), key("cut"));
        assert_eq!(key("shed"), key("cut"));
        assert_eq!(key("axed"), key("cut"));
        assert_eq!(key("earnings"), key("profit"));
        assert_eq!(key("fourth-quarter"), key("quarter"));
    }

    #[test]
    fn every_word_of_a_row_folds_into_its_first_word() {
        for row in SAME_SENSE {
            for w in *row {
                assert!(key(w).is_none_or(|k| k == row[0]), "{w}: {:?}", key(w));
            }
        }
    }

    #[test]
    fn verb_forms_of_one_word_stem_alike() {
        assert_eq!(stem("including"), stem("included"));
        assert_eq!(stem("importing"), stem("imports"));
        assert_eq!(stem("shares"), "share");
        assert_eq!(stem("banning"), "ban");
        assert_eq!(stem("red"), "red");
        assert_ne!(stem("state"), stem("station"));
    }

    #[test]
    fn plurals_and_possessives_fold_but_short_words_stay() {
        assert_eq!(key("turbines"), Some("turbine"));
        assert_eq!(key("zentro's"), Some("zentro"));
        assert_eq!(key("bus"), Some("bus"));
        assert_eq!(key("analysis"), Some("analysis"));
    }

    #[test]
    fn units_are_measures_and_nouns_are_not() {
        assert!(is_measure("kilograms") && is_measure("miles") && is_measure("percent") && is_measure("billion"));
        assert!(!is_measure("ferries") && !is_measure("offer"));
    }

    #[test]
    fn function_words_digits_and_spelled_numbers_say_nothing() {
        assert_eq!(key("the"), None);
        assert_eq!(key("42"), None);
        assert_eq!(key("three"), None);
        assert_eq!(key("said"), None);
        assert_eq!(key("monday"), None);
        assert_eq!(key("harbour"), Some("harbour"));
    }
}
