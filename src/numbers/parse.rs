//! Reading one number from a sentence's tokens: digits with separators and decimals, glued or
//! hyphenated scales and units ("2.2m", "12mph", "a 20-year sentence"), spelled-out and vague counts
//! ("four", "twenty-one", "a dozen", "dozens").

use super::lexicon::*;
use crate::model::Quantity;
use crate::text::{TextModel, TokenKind};

/// A token of a sentence as the number reader sees it.
pub(super) struct Tok<'a> {
    pub span: crate::model::Span,
    pub word: bool,
    pub raw: &'a str,
    pub low: String,
}

/// The tokens of sentence `s` of `model`.
pub(super) fn sentence_tokens<'a>(text: &'a str, model: &TextModel, s: usize) -> Vec<Tok<'a>> {
    model.tokens[model.sentences[s].tokens.clone()]
        .iter()
        .map(|t| {
            let raw = &text[t.span().start..t.span().end];
            // ASCII (most tokens) holds no curly apostrophe: lower case is all it needs.
            let low =
                if raw.is_ascii() { raw.to_ascii_lowercase() } else { raw.to_lowercase().replace('\u{2019}', "'") };
            Tok { span: t.span(), word: t.kind == TokenKind::Word, raw, low }
        })
        .collect()
}

/// True for a currency sign before or after a number ("$", "£", "US$").
pub(super) fn is_currency_sign(raw: &str) -> bool {
    matches!(raw, "$" | "\u{a3}" | "\u{20ac}" | "\u{a5}" | "us$" | "US$" | "A$" | "C$" | "HK$")
}

/// Tokens after "pounds" in which a conversion into another currency ("(about $1,680)") is looked for.
const CONVERSION_WINDOW: usize = 4;

/// True when "pounds" at token `k` weighs rather than pays: "pounds of" always weighs ("5 million
/// pounds of thrust"); otherwise, unless the sentence speaks of money (a word of paying or costing,
/// "sterling" after it, or a conversion into another currency just after it), a figure in pounds
/// written in words is a weight ("weighs more than 400 pounds", "140,660 pounds (63,800 kilograms)");
/// money in pounds is written with its sign ("£400").
pub(super) fn pounds_weigh(toks: &[Tok], k: usize) -> bool {
    let sterling = low_at(toks, k + 1) == "sterling";
    let converted = toks.iter().skip(k + 1).take(CONVERSION_WINDOW).any(|t| is_currency_sign(t.raw));
    let money = toks.iter().any(|t| t.word && MONEY_WORDS.binary_search(&t.low.as_str()).is_ok());
    low_at(toks, k + 1) == "of" || !(sterling || converted || money)
}

/// The lower-case word at token `k`, or "" past the end.
pub(super) fn low_at<'a>(toks: &'a [Tok], k: usize) -> &'a str {
    toks.get(k).map(|t| t.low.as_str()).unwrap_or("")
}

/// `v` scaled by `factor`, as the whole number it names when it is one: "2.07 billion" is
/// 2,070,000,000, not the 2,069,999,999.9999998 that binary fractions give.
pub fn times(v: f64, factor: f64) -> f64 {
    let x = v * factor;
    let whole = x.round();
    if factor >= 1e3 && (x - whole).abs() <= x.abs() * 1e-12 { whole } else { x }
}

/// The factor of a scale word standing on its own after a number ("million", "bn"); "m" and "k"
/// only count glued to the digits ("2.2m").
pub(super) fn scale_word(w: &str) -> Option<f64> {
    SCALES.iter().find(|(s, _)| *s == w && !["m", "k"].contains(s)).map(|(_, f)| *f)
}

/// A unit written with the number: its quantity and name ("mph", "year", "%").
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Unit {
    /// What a figure in this unit measures.
    pub what: Quantity,
    /// The unit's name, lower case (the counted thing for grouping).
    pub name: &'static str,
}

/// A number read at some token.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Num {
    /// The value (the lower end of a range).
    pub value: f64,
    /// The upper end of a range.
    pub max: Option<f64>,
    /// Index of the token after the number.
    pub next: usize,
    /// Written in words ("four"), not digits.
    pub spelled: bool,
    /// A unit glued or hyphenated to it ("12mph", "20-year").
    pub unit: Option<Unit>,
    /// An age written as one word ("19-year-old"): not a figure.
    pub age: bool,
}

impl Num {
    /// A number with no unit.
    pub fn plain(value: f64, max: Option<f64>, next: usize, spelled: bool) -> Self {
        Num { value, max, next, spelled, unit: None, age: false }
    }
}

/// A number starting at token `i`. Any `i` is safe: past the end there is no number.
pub(super) fn number_at(toks: &[Tok], i: usize) -> Option<Num> {
    let t = toks.get(i)?;
    if !t.word {
        return None;
    }
    let low = t.low.as_str();
    if low.starts_with(|c: char| c.is_ascii_digit()) {
        let (value, max, unit, age) = compound(low, digits)?;
        // "5G" is a name; grams are written "5g".
        let name = unit.is_some_and(|u| LOWER_CASE_UNITS.contains(&u.name))
            && t.raw.ends_with(|c: char| c.is_ascii_uppercase());
        return (!name).then_some(Num { value, max, next: i + 1, spelled: false, unit, age });
    }
    // "tens of thousands", "hundreds of millions" (read before "hundreds" alone): from ten or a
    // hundred of the unit to ten times more.
    if let (Some(&(_, f)), Some(of), Some(unit)) =
        (VAGUE_TIMES.iter().find(|(w, _)| *w == low), toks.get(i + 1), toks.get(i + 2))
        && of.low == "of"
        && let Some(&(_, lo, _)) = VAGUE.iter().find(|(w, lo, _)| *w == unit.low && *lo >= 1000.0)
    {
        return Some(Num::plain(lo * f, Some(lo * f * 10.0), i + 3, true));
    }
    if let Some(&(_, lo, hi)) = VAGUE.iter().find(|(w, _, _)| *w == low) {
        let next = toks.get(i + 1).map(|t| t.low.as_str()).unwrap_or("");
        if next == "of" || BRIDGE_AFTER.contains(&next) || cue(next).is_some() || PEOPLE.contains(&next) {
            return Some(Num::plain(lo, Some(hi), i + 1, true));
        }
        return None;
    }
    if low == "a" && toks.get(i + 1).is_some_and(|t| t.low == "dozen") {
        return Some(Num::plain(12.0, None, i + 2, true));
    }
    // "half a million", "half a billion dollars", "half a dozen": half of it.
    if low == "half"
        && toks.get(i + 1).is_some_and(|t| t.low == "a")
        && let Some(n) = number_at(toks, i + 1).filter(|n| n.next == i + 3)
    {
        return Some(Num::plain(n.value / 2.0, None, n.next, true));
    }
    // "a hundred", "a million people": one of the scale.
    if low == "a"
        && let Some(f) = toks.get(i + 1).and_then(|t| {
            ["hundred", "thousand", "million", "billion", "trillion"]
                .contains(&t.low.as_str())
                .then(|| SCALES.iter().find(|(s, _)| *s == t.low).map_or(100.0, |(_, f)| *f))
        })
    {
        return Some(Num::plain(f, None, i + 2, true));
    }
    if let Some(n) = fraction(toks, i) {
        return Some(n);
    }
    let after_sign = i >= 1 && toks[i - 1].raw == "$";
    let codes = if after_sign { SIGN_CODES } else { CURRENCY_CODES };
    if let Some(rest) = codes.iter().find_map(|c| t.raw.strip_prefix(c))
        && rest.starts_with(|c: char| c.is_ascii_digit())
        && let Some((value, max, None)) = digits(&rest.to_lowercase())
    {
        let unit = Some(Unit { what: Quantity::Money, name: "money" });
        return Some(Num { value, max, next: i + 1, spelled: false, unit, age: false });
    }
    if let Some(rest) = low.strip_prefix("minus-")
        && let Some(mut n) = number_at_word(rest, i)
    {
        n.value = -n.value;
        return Some(n);
    }
    if low.contains('-')
        && let Some((value, max, unit, age)) = compound(low, |w| word_value(w).map(|v| (v, None, None)))
        && unit.is_some()
    {
        return Some(Num { value, max, next: i + 1, spelled: true, unit, age });
    }
    spelled(toks, i)
}

/// A fraction of a whole named after "of": "two-thirds of", "half of", "a third of", "one in three".
/// Its unit is "fraction" (a share, not a count).
fn fraction(toks: &[Tok], i: usize) -> Option<Num> {
    let w = |k: usize| low_at(toks, k);
    let part = |word: &str| -> Option<f64> {
        let (num, den) = word.split_once('-').unwrap_or(("one", word));
        let num = SPELLED.iter().find(|(s, v)| *s == num && *v < 10.0)?.1;
        let den = FRACTIONS.iter().find(|(s, _)| *s == den)?.1;
        Some(num / den)
    };
    // "the first half of the year", "the bottom half of her face": a part, not a share.
    let before = i.checked_sub(1).map(|p| toks[p].low.as_str()).unwrap_or("");
    if HALF_NAMERS.contains(&before) {
        return None;
    }
    let unit = Some(Unit { what: Quantity::Other, name: "fraction" });
    let share = |value: f64, next: usize| Some(Num { value, max: None, next, spelled: true, unit, age: false });
    match (w(i), w(i + 1), w(i + 2)) {
        ("half", "of", _) => share(0.5, i + 1),
        ("a", d, "of") if part(d).is_some() => share(part(d)?, i + 2),
        (f, "of", _) if f.contains('-') && part(f).is_some() => share(part(f)?, i + 1),
        ("one", "in" | "out", _) => {
            let at = i + 2 + usize::from(w(i + 1) == "out");
            let den = SPELLED.iter().chain(&[("10", 10.0)]).find(|(s, v)| *s == w(at) && *v >= 2.0)?.1;
            (w(i + 1) == "in" || w(i + 2) == "of").then_some(())?;
            share(1.0 / den, at + 1)
        }
        _ => None,
    }
}

/// Words before "half" that make it a named part ("the first half").
const HALF_NAMERS: &[&str] = &[
    "the", "first", "second", "bottom", "top", "upper", "lower", "latter", "other", "back", "front", "this", "that",
    "its", "his", "her", "their",
];

/// Denominators of fractions, singular and plural.
const FRACTIONS: &[(&str, f64)] = &[
    ("half", 2.0),
    ("halves", 2.0),
    ("third", 3.0),
    ("thirds", 3.0),
    ("quarter", 4.0),
    ("quarters", 4.0),
    ("fifth", 5.0),
    ("fifths", 5.0),
    ("tenth", 10.0),
    ("tenths", 10.0),
];

/// A number joined by hyphens to a unit ("20-year", "five-year", "12-minute", "2-million-barrel"),
/// read with `read` for the number itself; "-old" after a time unit makes it an age.
fn compound(
    low: &str,
    read: impl Fn(&str) -> Option<(f64, Option<f64>, Option<Unit>)>,
) -> Option<(f64, Option<f64>, Option<Unit>, bool)> {
    if let Some((v, max, unit)) = read(low) {
        return Some((v, max, unit, false));
    }
    let (head, tail) = low.split_once('-')?;
    let (v, max, glued) = read(head)?;
    let mut parts = tail.split('-');
    let first = parts.next()?;
    let age = tail.ends_with("-old") || tail == "old";
    if first == "a" || first == "per" {
        // "$110-a-share": a price per something.
        return Some((v, max, None, false));
    }
    if let Some(unit) = unit_word(first) {
        return Some((v, max, Some(unit), age && unit.what == Quantity::Duration));
    }
    // "2-million-barrel": a scale word, then the counted thing.
    let scale = SCALES.iter().find(|(s, _)| *s == first && s.len() > 2).map(|(_, f)| *f)?;
    let _ = glued;
    Some((times(v, scale), max.map(|m| times(m, scale)), None, false))
}

/// A number written as one word on its own (the part of a token after "minus-").
fn number_at_word(w: &str, i: usize) -> Option<Num> {
    let (value, max, unit, age) = compound(w, digits)?;
    Some(Num { value, max, next: i + 1, spelled: false, unit, age })
}

/// Currency codes written glued before the amount ("USD1,700", "RM23.50").
const CURRENCY_CODES: &[&str] = &["USD", "EUR", "GBP", "AUD", "CAD", "NZD", "HKD", "SGD", "RM", "Rs"];

/// Country letters glued between a dollar sign and the amount ("$US55,931,000", "$A82").
const SIGN_CODES: &[&str] = &["US", "A", "C", "NZ", "HK", "S"];

/// Multipliers of a vague count: "tens of thousands", "hundreds of millions".
const VAGUE_TIMES: &[(&str, f64)] = &[("tens", 10.0), ("hundreds", 100.0)];

/// Units written in lower case only: with a capital they are names ("5G").
const LOWER_CASE_UNITS: &[&str] = &["g", "kg", "p", "mm", "cm", "lb", "oz", "l"];

/// The unit a word names, singular or plural ("year", "years", "mph", "%").
pub(super) fn unit_word(w: &str) -> Option<Unit> {
    if DURATION.contains(&w) {
        let name = DURATION.iter().find(|d| **d == w).copied()?;
        return Some(Unit { what: Quantity::Duration, name });
    }
    if let Some(&(name, _)) = DISTANCE.iter().find(|(u, _)| *u == w) {
        return Some(Unit { what: if KILOMETRES.contains(&w) { Quantity::DistanceKm } else { Quantity::Other }, name });
    }
    UNITS.iter().find(|(u, _)| *u == w).map(|&(name, what)| Unit { what, name })
}

/// A spelled-out number ("four", "twenty-one", "a dozen", "one hundred and five").
fn spelled(toks: &[Tok], i: usize) -> Option<Num> {
    let low = &toks.get(i)?.low;
    if low == "dozen" {
        return None; // only as "a dozen" (see `number_at`)
    }
    let first = word_value(low)?;
    let (mut total, mut cur, mut j) = (0.0, first, i + 1);
    while j < toks.len() {
        let w = toks[j].low.as_str();
        if w == "hundred" {
            cur *= 100.0;
        } else if let Some(f) = scale_word(w) {
            total += cur * f;
            cur = 0.0;
        } else if w == "and" && toks.get(j + 1).and_then(|t| word_value(&t.low)).is_some() && cur >= 100.0 {
        } else if let Some(v) = word_value(w).filter(|v| *v < 100.0 && cur >= 20.0 && cur % 10.0 == 0.0 && *v < 10.0) {
            cur += v;
        } else {
            break;
        }
        j += 1;
    }
    let value = total + cur;
    if value == 1.0 && !counted_one(toks, j) {
        return None;
    }
    Some(Num::plain(value, None, j, true))
}

/// The value of one spelled-out number word ("four", "twenty-one").
pub(super) fn word_value(w: &str) -> Option<f64> {
    if let Some(&(_, v)) = SPELLED.iter().find(|(s, _)| *s == w) {
        return Some(v);
    }
    let (a, b) = w.split_once('-')?;
    let tens = SPELLED.iter().find(|(s, v)| *s == a && *v >= 20.0)?.1;
    let ones = SPELLED.iter().find(|(s, v)| *s == b && *v < 10.0)?.1;
    Some(tens + ones)
}

/// "one" counts only before a counted noun or "of its/their/the ... <plural>" ("one of its doctors").
fn counted_one(toks: &[Tok], j: usize) -> bool {
    let w = |k: usize| low_at(toks, k);
    if PEOPLE.contains(&w(j)) {
        return true;
    }
    w(j) == "of" && ["its", "their", "his", "her", "our"].contains(&w(j + 1)) && PEOPLE.contains(&w(j + 2))
}

/// Digits with separators and decimals, with a glued scale ("2.2m", "5bn"), a glued unit ("12mph",
/// "54gb") or a range ("20-30", "5-6,000").
fn digits(low: &str) -> Option<(f64, Option<f64>, Option<Unit>)> {
    if let Some((a, b)) = low.split_once(['-', '\u{2013}'])
        && b.starts_with(|c: char| c.is_ascii_digit())
    {
        let (mut x, _, _) = digits(a)?;
        let (y, _, unit) = digits(b)?;
        // "5-6,000" means 5,000 to 6,000.
        if b.contains(',') && !a.contains(',') && x * 1000.0 <= y {
            x *= 1000.0;
        }
        return (y > x).then_some((x, Some(y), unit));
    }
    let (num, scale, unit) = match low.find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.')) {
        Some(p) => {
            let suffix = &low[p..];
            match SCALES.iter().find(|(s, _)| *s == suffix || (suffix == "b" && *s == "bn")) {
                Some(&(_, f)) => (&low[..p], f, None),
                None => (&low[..p], 1.0, Some(unit_word(suffix)?)),
            }
        }
        None => (low, 1.0, None),
    };
    let clean: String = num.chars().filter(|c| *c != ',').collect();
    if clean.ends_with('.') {
        return None;
    }
    clean.parse::<f64>().ok().map(|v| (times(v, scale), None, unit))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scaled_decimals_are_whole_numbers() {
        assert_eq!(times(2.07, 1e9), 2_070_000_000.0);
        assert_eq!(times(143.3, 1e6), 143_300_000.0);
        assert_eq!(times(1.5, 100.0), 150.0);
    }

    fn read(text: &str) -> Option<Num> {
        let m = TextModel::new(text);
        let toks = sentence_tokens(text, &m, 0);
        number_at(&toks, 0)
    }

    #[test]
    fn glued_and_hyphenated_units_are_read_with_the_number() {
        let n = read("12mph").unwrap();
        assert_eq!((n.value, n.unit.map(|u| u.name)), (12.0, Some("mph")));
        let n = read("20-year sentence").unwrap();
        assert_eq!((n.value, n.unit.map(|u| u.what)), (20.0, Some(Quantity::Duration)));
        assert!(!n.age);
        assert!(read("19-year-old man").unwrap().age);
        let n = read("five-year term").unwrap();
        assert_eq!((n.value, n.spelled), (5.0, true));
        assert_eq!(read("2-million-barrel cap").unwrap().value, 2e6);
        assert_eq!(read("27km of track").unwrap().unit.map(|u| u.what), Some(Quantity::DistanceKm));
        assert_eq!(read("5.2bn").unwrap().value, 5.2e9);
        assert_eq!(read("5-10w").unwrap().max, Some(10.0));
    }

    #[test]
    fn fractions_of_a_whole_are_shares() {
        let v = |t: &str| read(t).map(|n| (n.value * 1000.0).round() / 1000.0);
        assert_eq!(v("two-thirds of the crew"), Some(0.667));
        assert_eq!(v("half of the boats"), Some(0.5));
        assert_eq!(v("a third of the town"), Some(0.333));
        assert_eq!(v("one in three voters"), Some(0.333));
        assert_eq!(v("one out of four homes"), Some(0.25));
        assert!(read("half an hour").is_none());
        assert_eq!(read("a million homes").map(|n| n.value), Some(1e6));
        let m = TextModel::new("in the first half of the year");
        let toks = sentence_tokens("in the first half of the year", &m, 0);
        assert!(number_at(&toks, 3).is_none(), "a named part is no share");
    }

    #[test]
    fn a_word_glued_to_digits_that_is_no_unit_is_no_number() {
        assert!(read("4x4 drive").is_none());
        assert!(read("3d printer").is_none());
    }
}
