//! Finding figures in sentences: which numbers are figures at all, their qualifiers, ranges and
//! units. Reading the number itself is in `parse`; what a count counts is in `clause`.

use super::clause::{counted, counts_a_noun, is_person_noun};
use super::lexicon::*;
use super::parse::{
    Num, Tok, Unit, is_currency_sign, low_at, number_at, pounds_weigh, scale_word, sentence_tokens, times, unit_word,
};

/// Words after "a year", "a month" that make it a span of time between two events ("a year
/// after"); "a year ago" only dates something.
const SPAN_AFTER: &[&str] = &["after", "later", "before", "since"];
use crate::model::{Qualifier, Quantity, Span};
use crate::text::TextModel;

/// A figure found in an article.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The qualifier, number and unit, as a span of the article text.
    pub span: Span,
    /// The value (the lower end of a range).
    pub value: f64,
    /// The upper end of a range.
    pub value_max: Option<f64>,
    /// exact, at_least, more_than, at_most, less_than, approximately or range.
    pub qualifier: Qualifier,
    /// What is counted.
    pub what: Quantity,
    /// Index of the sentence it stands in.
    pub sentence: usize,
    /// The counted noun or unit when there is one ("people", "children", "mph"), lower case.
    pub noun: Option<String>,
}

/// Every figure in an article, in reading order.
pub fn figures(text: &str, model: &TextModel) -> Vec<Figure> {
    let mut out = Vec::new();
    for (si, s) in model.sentences.iter().enumerate() {
        let toks = sentence_tokens(text, model, si);
        let para_start = model.paragraphs.get(s.paragraph).is_some_and(|p| p.start == s.span.start);
        let mut i = 0;
        while i < toks.len() {
            match figure_at(&toks, i, para_start) {
                Some((mut f, next)) => {
                    f.sentence = si;
                    if let Some(prev) = out.last().filter(|p: &&Figure| p.sentence == si) {
                        gapped(&toks, i, next, prev, &mut f);
                    }
                    out.push(f);
                    i = next;
                }
                None => i += 1,
            }
        }
    }
    out
}

/// Words that open the rest of a gapped clause ("and 31 to the county hospital").
const GAP_FOLLOWERS: &[&str] = &["to", "in", "at", "from", "for", "on", "by", "with", "into"];

/// A count after "and" with no noun or verb of its own, followed by a preposition the clause before
/// it used too, repeats that clause's frame ("20 of those injured were taken to one hospital and 31
/// to another"): it counts what the count before it counts, a part of the injured here, not their
/// total.
fn gapped(toks: &[Tok], i: usize, next: usize, prev: &Figure, f: &mut Figure) {
    let bare = i >= 1 && toks[i - 1].low == "and" && f.span.start == toks[i].span.start;
    // The remnant repeats a preposition of the clause before it: "... to one hospital and 31 to ...".
    let rest = low_at(toks, next);
    let between = toks.iter().filter(|t| t.span.start >= prev.span.end && t.span.end <= f.span.start);
    let parallel = GAP_FOLLOWERS.contains(&rest) && between.clone().any(|t| t.low == rest);
    if bare && parallel && f.noun.is_none() && f.what == prev.what && prev.noun.is_some() {
        f.noun.clone_from(&prev.noun);
    }
}

fn is_month(w: &str) -> bool {
    crate::lang::dates::is_month_name(w)
}

/// The lower-case word `k` tokens around `i` (negative: before), or "" past either end.
fn word<'a>(toks: &'a [Tok], i: usize, k: isize) -> &'a str {
    i.checked_add_signed(k).map_or("", |p| low_at(toks, p))
}

fn is_digits(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
}

/// An ordinal that dates something ("July 3rd", "the 4th of May"): its figure; other ordinals and
/// words with "year", "am" or "pm" glued on are no figures.
fn ordinal_or_clock(toks: &[Tok], i: usize) -> Option<Option<(Figure, usize)>> {
    let low = toks[i].low.as_str();
    if !is_digits(low) {
        return None;
    }
    let ordinal = ["st", "nd", "rd", "th"].iter().any(|s| low.ends_with(s)) && !low.ends_with("mth");
    if low.ends_with("am") || low.ends_with("pm") {
        return Some(None);
    }
    if !ordinal {
        return (low.len() >= 3 && low.starts_with('0') && !low.contains('.')).then_some(None);
    }
    let month = |k: isize| is_month(word(toks, i, k));
    let date = month(-1) || month(1) || (word(toks, i, 1) == "of" && month(2));
    let value = low.trim_end_matches(char::is_alphabetic).parse().unwrap_or(0.0);
    Some(date.then(|| (plain(toks, i, i + 1, value, Quantity::Date), i + 1)))
}

/// "a year", "a month" as a span of time: after a qualifier ("within a year", "nearly a month") or
/// before "after", "ago", "later" ("a week later").
fn one_unit(toks: &[Tok], i: usize) -> Option<Num> {
    let unit = word(toks, i, 1);
    let singular = ["year", "month", "week", "day", "hour", "decade", "century", "minute"].contains(&unit);
    // Cheapest tests first: this runs on every word that is not a number.
    let spans = || qualifier_before(toks, i).is_some() || SPAN_AFTER.contains(&word(toks, i, 2));
    (matches!(toks[i].low.as_str(), "a" | "an") && singular && spans()).then(|| Num::plain(1.0, None, i + 1, true))
}

/// True when the number at `i..j` is a time of day, a phone number, a fraction, an age in an
/// apposition, part of a name or a list number: not a figure.
fn not_a_figure(toks: &[Tok], i: usize, n: &Num, para_start: bool) -> bool {
    let (j, low) = (n.next, toks[i].low.as_str());
    let next = |k: usize| low_at(toks, k);
    let prev = |k: usize| word(toks, i, -(k as isize));
    let month_before = is_month(prev(1)) || (prev(1) == "." && is_month(prev(2)));
    let clock = next(j) == ":" && is_digits(next(j + 1)) || CLOCK.contains(&next(j).trim_end_matches('.'));
    // Groups of bare digits one space apart are a phone or reference number ("0207 782 4368").
    let bare = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    let glued_digits = !n.spelled
        && bare(low)
        && bare(next(j))
        && toks.get(j).is_some_and(|t| t.span.start == toks[j - 1].span.end + 1);
    let after_clock = prev(1) == ":" && i >= 2 && is_digits(&toks[i - 2].low);
    let fraction = prev(1) == "/" || prev(1) == "\u{2044}" || (next(j) == "/" && is_digits(next(j + 1)));
    // "Bamford, 30, said", "The driver, 42, from ...": an age in an apposition.
    let age = !n.spelled
        && prev(1) == ","
        && next(j) == ","
        && i >= 2
        && (toks[i - 2].raw.starts_with(char::is_uppercase)
            || is_person_noun(&toks[i - 2].low, toks[i - 2].raw)
            || ["er", "or", "ist", "ian", "man"].iter().any(|e| toks[i - 2].low.ends_with(e))
            || ["from", "of", "who"].contains(&next(j + 1)))
        && n.value < 120.0
        && n.value.fract() == 0.0
        && n.unit.is_none();
    let dotted_clock = prev(1) == "at"
        && low.len() <= 5
        && low.split_once('.').is_some_and(|(h, m)| h.len() <= 2 && m.len() == 2)
        && !measured(next(j));
    let digit_group_before =
        i >= 1 && bare(&toks[i - 1].low) && bare(low) && toks[i].span.start == toks[i - 1].span.end + 1;
    // A number right after a capitalised word is part of a name ("Falcon 9", "Update 5.50"),
    // and "No. 18" is a number of a name.
    let in_name = !n.spelled
        && i >= 2
        && toks[i - 1].word
        && toks[i - 1].raw.starts_with(char::is_uppercase)
        && !month_before
        && n.unit.is_none()
        && !counts_a_noun(toks, j)
        && !measured(next(j))
        && !(next(j).len() > 2 && scale_word(next(j)).is_some());
    // "iPhone 11": digits after a name written in camel case.
    let camel_before = i >= 1 && toks[i - 1].raw.chars().skip(1).any(char::is_uppercase) && toks[i - 1].word;
    let numero = prev(1) == "." && prev(2) == "no";
    // "a 50 year-old man" is an age; "a 2,900 year-old wall" is how old a thing is (a figure).
    let age_after = (next(j).starts_with("year-old") || next(j).starts_with("years-old"))
        && toks.get(j + 1).is_none_or(|t| {
            !t.word
                || is_person_noun(&t.low, t.raw)
                || !t.raw.starts_with(char::is_lowercase)
                || PERSON_SINGULAR.contains(&t.low.as_str())
        });
    // "category 4 hurricane", "level 3 alert", "flight 370": a number that names, not counts.
    let label = !n.spelled && n.unit.is_none() && LABEL_NOUNS.contains(&prev(1));
    let list_number = para_start && i == 0 && matches!(next(j), "." | ")");
    // "this is a 10.": a number used as a noun (a rating, a model), counting nothing.
    let as_noun = matches!(prev(1), "a" | "an")
        && !n.spelled
        && n.unit.is_none()
        && toks.get(j).is_none_or(|t| !t.word && !matches!(t.raw, "%" | "-" | "\u{2013}"));
    n.age
        || scale_bound(toks, i)
        || age_after
        || label
        || clock
        || glued_digits
        || after_clock
        || fraction
        || age
        || dotted_clock
        || (!n.spelled && digit_group_before)
        || in_name
        || (!n.spelled && camel_before)
        || numero
        || list_number
        || as_noun
        || (!n.spelled && n.unit.is_none() && names_after(toks, i, j, n.value))
        || (n.spelled && spelled_in_name(toks, i))
}

/// True when the number at `i` bounds a rating scale ("on a scale of one to 10", "a scale from 1
/// to 5"): the scale's ends count nothing. Both ends must be there: "the scale of 40 job cuts" is a
/// figure.
fn scale_bound(toks: &[Tok], i: usize) -> bool {
    let at = |k: usize| low_at(toks, k);
    let scale = |k: usize| at(k) == "scale" && matches!(at(k + 1), "of" | "from");
    let ends = |k: usize| starts_a_count(at(k + 2)) && matches!(at(k + 3), "to" | "-") && starts_a_count(at(k + 4));
    [2, 4].iter().any(|&back| i >= back && scale(i - back) && ends(i - back))
}

/// True for a word that can open a number: digits, or a spelled number.
fn starts_a_count(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit()) || super::parse::word_value(w).is_some()
}

/// True when the spelled number at `i` is part of a name: written with a capital after a word
/// without one (so not in a title-cased line), before a capitalised word ("the Six-Day War", "the
/// Four Seasons hotel"; not "Killed Six People").
fn spelled_in_name(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    let capital = |s: &str| s.starts_with(char::is_uppercase);
    let after_lower = i >= 1 && toks[i - 1].word && !capital(toks[i - 1].raw);
    let next_capital = match t.raw.split_once('-') {
        Some((_, rest)) => capital(rest),
        None => toks.get(i + 1).is_some_and(|n| n.word && capital(n.raw)),
    };
    capital(t.raw) && after_lower && next_capital
}

/// Street words that end an address ("10 Harbour Road").
const STREETS: &[&str] = &[
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "lane",
    "drive",
    "boulevard",
    "blvd",
    "place",
    "square",
    "terrace",
    "highway",
];

/// True when the capitalised words after the number at `i..j` make it part of a name: an address
/// ("16 Quarry Lane", "4-6 Mill Road") or a model ("its 390 Skylark was late"): a count above one
/// after a determiner and before a singular name with no plural after it counts nothing ("killed
/// 25 Taliban in" has no determiner: a count of a group).
fn names_after(toks: &[Tok], i: usize, j: usize, value: f64) -> bool {
    let capital = |k: usize| toks.get(k).is_some_and(|t| t.word && t.raw.starts_with(char::is_uppercase));
    let run = (j..j + 4).take_while(|&k| capital(k)).count();
    if run == 0 {
        return false;
    }
    if (1..=run).any(|r| r >= 2 && STREETS.contains(&low_at(toks, j + r - 1).trim_end_matches('.'))) {
        return true;
    }
    let name = low_at(toks, j);
    let after = toks.get(j + 1);
    run == 1
        && value > 1.0
        && matches!(word(toks, i, -1), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "own" | "new")
        && !name.ends_with('s')
        && !is_person_noun(name, toks[j].raw)
        && after.is_some_and(|t| t.word && t.raw.starts_with(char::is_lowercase) && !counts_a_noun(toks, j + 1))
}

/// The figure whose number starts at token `i`, and the index after it.
fn figure_at(toks: &[Tok], i: usize, para_start: bool) -> Option<(Figure, usize)> {
    if let Some(found) = ordinal_or_clock(toks, i) {
        return found;
    }
    let n = number_at(toks, i).or_else(|| one_unit(toks, i))?;
    if not_a_figure(toks, i, &n, para_start) {
        return None;
    }
    let (mut value, mut value_max, mut j, scaled) = scale_after(toks, &n);
    let mut start = i;
    let mut qualifier = if value_max.is_some() { Qualifier::Range } else { Qualifier::Exact };
    let mut between = false;
    if let Some((hi, after, opened, hi_scale)) = range_end(toks, i, j, value, n.unit) {
        // "$89 to $93 billion", "1 to 2 thousand": the scale written once serves both ends.
        if let (None, Some(f)) = (scaled, hi_scale)
            && value * f < hi
        {
            value = times(value, f);
        }
        value_max = Some(hi);
        qualifier = Qualifier::Range;
        j = after;
        between = opened;
    }
    let currency_before = start >= 1 && is_currency_sign(toks[start - 1].raw);
    if currency_before {
        start -= 1;
    }
    if between {
        start -= 1;
    }
    if start >= 1 && matches!(toks[start - 1].low.as_str(), "minus" | "negative") {
        value = -value;
        start -= 1;
    }
    if qualifier == Qualifier::Exact
        && let Some((q, len)) = qualifier_before(toks, start)
    {
        qualifier = q;
        start -= len;
    }
    let (what, unit, end) = unit_after(toks, i, j, &n, currency_before)?;
    if qualifier == Qualifier::Exact {
        qualifier = qualifier_after(toks, end).unwrap_or(qualifier);
    }
    let (what, noun) = match what {
        Some(w) => (w, unit.map(str::to_owned)),
        None => {
            let (cue_what, noun) = counted(toks, start, end);
            // A spelled-out number counts only when it counts something ("two ships", not "one of").
            if n.spelled && cue_what == Quantity::Other && noun.is_none() {
                return None;
            }
            // People come whole: "a magnitude 6.3 quake killed 185" counts 185, not 6.3.
            let people = cue_what.is_casualty() || cue_what == Quantity::People;
            (if people && value.fract() != 0.0 { Quantity::Other } else { cue_what }, noun)
        }
    };
    let span = Span::new(toks[start].span.start, toks[end - 1].span.end);
    Some((Figure { span, value, value_max, qualifier, what, sentence: 0, noun }, end))
}

/// The number's value with the words after it that scale it: "4 hundred million", "1.5 million",
/// "$4.5 billion", "2 million-barrel", "4 and a half". Returns (value, upper value, index after
/// them, the scale word's factor).
fn scale_after(toks: &[Tok], n: &Num) -> (f64, Option<f64>, usize, Option<f64>) {
    let (mut value, mut value_max, mut j) = (n.value, n.max, n.next);
    let next = |k: usize| low_at(toks, k);
    let scale = |w: &str| scale_word(w).or_else(|| w.split_once('-').and_then(|(head, _)| scale_word(head)));
    if next(j) == "hundred" && !n.spelled {
        value *= 100.0;
        j += 1;
    }
    let scaled = scale(next(j));
    if let Some(f) = scaled {
        value = times(value, f);
        value_max = value_max.map(|m| times(m, f));
        j += 1;
    }
    if (next(j), next(j + 1), next(j + 2)) == ("and", "a", "half") {
        value += 0.5;
        j += 3;
    }
    (value, value_max, j, scaled)
}

/// Nouns after which a number is a name or a rank, not a count.
const LABEL_NOUNS: &[&str] = &[
    "category",
    "level",
    "grade",
    "phase",
    "stage",
    "type",
    "version",
    "size",
    "route",
    "flight",
    "lap",
    "gate",
    "platform",
    "room",
    "page",
    "chapter",
    "episode",
    "season",
    "section",
    "article",
    "amendment",
    "resolution",
];

/// Singular nouns for one person beyond the lexicon's `PEOPLE` (a "year-old" before them is an
/// age).
const PERSON_SINGULAR: &[&str] = &[
    "boy",
    "girl",
    "baby",
    "son",
    "daughter",
    "driver",
    "mother",
    "father",
    "student",
    "suspect",
    "victim",
    "resident",
    "passenger",
    "teenager",
    "toddler",
    "infant",
    "player",
];

/// True when `w` after a number gives it a unit, a percentage or a currency ("Sunday 5.5%").
fn measured(w: &str) -> bool {
    matches!(w, "%" | "percent" | "per") || CURRENCY_WORDS.contains(&w) || spaced_unit(w).is_some()
}

fn is_quote_mark(raw: &str) -> bool {
    matches!(raw, "\"" | "\u{201c}" | "\u{2018}" | "'")
}

/// A range's upper end after the number at `i..j`: "20 to 30", "between 20 and 30", "$1 billion to
/// $3 billion", "between 8% and 15.5%": (upper value, index after it, opened by "between", the
/// upper end's scale word).
fn range_end(
    toks: &[Tok],
    i: usize,
    j: usize,
    value: f64,
    unit: Option<Unit>,
) -> Option<(f64, usize, bool, Option<f64>)> {
    let next = |k: usize| low_at(toks, k);
    let sign_before = i >= 1 && is_currency_sign(toks[i - 1].raw);
    let between = word(toks, i, -1 - isize::from(sign_before)) == "between";
    // The unit of the lower end may be written again after it ("8% and 15.5%").
    let mut k = j;
    if matches!(next(k), "%" | "percent") && unit.is_none() {
        k += 1;
    }
    // "20 to 30", "20-30", "between 20 and 30", "three or four".
    let joined =
        matches!(next(k), "to" | "-" | "\u{2013}" | "or") && word(toks, i, -1) != "up" || (between && next(k) == "and");
    if !joined {
        return None;
    }
    // "rose by $4 billion to $41 billion", "fell by 2% to 4.5%": with the unit written again, a
    // change and the level it led to, not a range.
    let by = word(toks, i, -1 - isize::from(sign_before)) == "by";
    let mut m = k + 1;
    let sign_after = toks.get(m).is_some_and(|t| is_currency_sign(t.raw));
    // "fell 4.3 percent to $63.20": two quantities, not a range.
    if sign_after != sign_before
        || (by && (sign_after || k > j))
        || (k > j && !matches!(next_after_number(toks, m + usize::from(sign_after)), "%" | "percent"))
    {
        return None;
    }
    if sign_after {
        m += 1;
    }
    let hi = number_at(toks, m)?;
    let (mut hi_value, mut after) = (hi.value, hi.next);
    let hi_scale = scale_word(next(after));
    if let Some(f) = hi_scale {
        hi_value = times(hi_value, f);
        after += 1;
    }
    (hi_value > value).then_some((hi_value, after, between, hi_scale))
}

/// The word after the number at `m` (after its scale word, if any).
fn next_after_number<'a>(toks: &'a [Tok], m: usize) -> &'a str {
    let Some(n) = number_at(toks, m) else { return "" };
    let after = word(toks, n.next, 0);
    if scale_word(after).is_some() { word(toks, n.next + 1, 0) } else { after }
}

/// A qualifier phrase ending right before token `start`, and its length in tokens.
fn qualifier_before(toks: &[Tok], start: usize) -> Option<(Qualifier, usize)> {
    // An opening quote may stand between the qualifier and the figure (some "750 staff").
    let quote = usize::from(start >= 1 && !toks[start - 1].word && is_quote_mark(toks[start - 1].raw));
    let at = start - quote;
    QUALIFIERS
        .iter()
        .filter(|(words, _)| {
            let n = words.len();
            at >= n && (0..n).all(|k| toks[at - n + k].low == words[k])
        })
        .max_by_key(|(words, _)| words.len())
        // "control over 138 sites": "over" after a noun it belongs to is no qualifier.
        .filter(|(words, _)| {
            !(words.len() == 1 && words[0] == "over" && at >= 2 && OVER_TAKERS.contains(&toks[at - 2].low.as_str()))
        })
        .map(|(words, q)| (*q, words.len() + quote))
}

/// A qualifier after the figure: "$2.5 trillion or more", "50 or so", "100-plus".
fn qualifier_after(toks: &[Tok], end: usize) -> Option<Qualifier> {
    let next = |k: usize| low_at(toks, k);
    match (next(end), next(end + 1)) {
        ("or", "more") => Some(Qualifier::AtLeast),
        ("or", "so") => Some(Qualifier::Approximately),
        ("or", "fewer" | "less") => Some(Qualifier::AtMost),
        ("plus", _) => Some(Qualifier::AtLeast),
        _ => None,
    }
}

/// What the unit after the number makes a figure: (Some(what) for money, percentages, units,
/// dates and years, None for a count, the unit's name, index after the unit), or None for no
/// figure.
fn unit_after<'a>(
    toks: &[Tok],
    i: usize,
    j: usize,
    n: &Num,
    currency_before: bool,
) -> Option<(Option<Quantity>, Option<&'a str>, usize)> {
    let next = |k: usize| low_at(toks, k);
    let prev1 = word(toks, i, -1);
    let month_before = is_month(prev1) || (prev1 == "." && is_month(word(toks, i, -2)));
    if currency_before {
        return Some((Some(Quantity::Money), None, j));
    }
    if let Some(u) = n.unit {
        let name = (u.what != Quantity::Money).then_some(u.name);
        return Some((Some(u.what), name, j));
    }
    // "30,000 Egyptian pounds": one word may name whose currency it is.
    for skip in [0, 1] {
        if CURRENCY_WORDS.contains(&next(j + skip)) && (skip == 0 || toks[j].raw.starts_with(char::is_uppercase)) {
            // "5 million pounds of thrust" and "weighs 400 pounds" weigh; "fined 30,000 pounds" pays.
            if next(j + skip) == "pounds" && skip == 0 && pounds_weigh(toks, j) {
                return Some((Some(Quantity::Other), Some("pounds"), j + 1));
            }
            return Some((Some(Quantity::Money), None, j + skip + 1));
        }
    }
    // "thousands of dollars", "tens of millions of euros": a vague count of a currency is money.
    if n.spelled && n.max.is_some() && next(j) == "of" && CURRENCY_WORDS.contains(&next(j + 1)) {
        if next(j + 1) == "pounds" && pounds_weigh(toks, j + 1) {
            return Some((Some(Quantity::Other), Some("pounds"), j + 2));
        }
        return Some((Some(Quantity::Money), None, j + 2));
    }
    if matches!(next(j), "%" | "percent") || (next(j) == "per" && next(j + 1) == "cent") {
        return Some((Some(Quantity::Percent), None, j + if next(j) == "per" { 2 } else { 1 }));
    }
    if next(j).starts_with("year-old") || next(j).starts_with("years-old") {
        return Some((Some(Quantity::Duration), Some("years"), j + 1));
    }
    if let Some(u) = spaced_unit(next(j)) {
        return Some((Some(u.what), Some(u.name), j + 1));
    }
    let value = n.value;
    // "April 2018" is a year (with its month), "April 3" a date.
    let year_shaped = value.fract() == 0.0 && (1800.0..=2100.0).contains(&value);
    if !n.spelled && n.max.is_none() && month_before && !year_shaped || is_month(next(j)) && value <= 31.0 {
        return Some((Some(Quantity::Date), None, j));
    }
    // A year dates its sentence ("in 2016", "the 2011 uprising"); it is not listed as a figure.
    let year = !n.spelled && value.fract() == 0.0 && (1800.0..=2100.0).contains(&value) && !toks[i].raw.contains(',');
    if year {
        return Some((Some(Quantity::Year), None, j));
    }
    Some((None, None, j))
}

/// The unit a word standing on its own after a number names: no one-letter units and none that
/// are also everyday words ("in", "pc").
fn spaced_unit(w: &str) -> Option<Unit> {
    unit_word(w).filter(|u| u.name.len() >= 2 && !AMBIGUOUS_UNITS.contains(&u.name))
}

/// Unit words that are also everyday words, read as units only when glued to the number.
const AMBIGUOUS_UNITS: &[&str] = &["in", "ps", "pc", "min", "ft", "nm", "mb"];

fn plain(toks: &[Tok], i: usize, end: usize, value: f64, what: Quantity) -> Figure {
    Figure {
        span: Span::new(toks[i].span.start, toks[end - 1].span.end),
        value,
        value_max: None,
        qualifier: Qualifier::Exact,
        what,
        sentence: 0,
        noun: None,
    }
}

#[cfg(test)]
#[path = "extract_tests.rs"]
mod tests;
