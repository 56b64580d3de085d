//! Finding figures in sentences: digits, scale words, spelled-out and vague counts, ranges,
//! qualifiers, units, and what each figure counts.

use super::lexicon::*;
use crate::model::{Qualifier, Quantity, Span};
use crate::text::{TextModel, TokenKind};

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
    /// The counted noun when there is one ("people", "children"), lower case.
    pub noun: Option<String>,
}

struct Tok<'a> {
    span: Span,
    word: bool,
    raw: &'a str,
    low: String,
}

/// Every figure in an article, in reading order.
pub fn figures(text: &str, model: &TextModel) -> Vec<Figure> {
    let mut out = Vec::new();
    for (si, s) in model.sentences.iter().enumerate() {
        let toks: Vec<Tok> = model.tokens[s.tokens.clone()]
            .iter()
            .map(|t| {
                let raw = &text[t.span.start..t.span.end];
                Tok {
                    span: t.span,
                    word: t.kind == TokenKind::Word,
                    raw,
                    low: raw.to_lowercase().replace('\u{2019}', "'"),
                }
            })
            .collect();
        let para_start = model.paragraphs.get(s.paragraph).is_some_and(|p| p.start == s.span.start);
        let mut i = 0;
        while i < toks.len() {
            match figure_at(&toks, i, para_start) {
                Some((mut f, next)) => {
                    f.sentence = si;
                    out.push(f);
                    i = next;
                }
                None => i += 1,
            }
        }
    }
    out
}

/// A number starting at token `i`: (value, upper value, index after it).
///
/// Any `i` is safe: past the end there is no number.
fn number_at(toks: &[Tok], i: usize) -> Option<(f64, Option<f64>, usize, bool)> {
    let t = toks.get(i)?;
    if !t.word {
        return None;
    }
    let low = t.low.as_str();
    if low.starts_with(|c: char| c.is_ascii_digit()) {
        return digits(low).map(|(v, max)| (v, max, i + 1, false));
    }
    if let Some(&(_, lo, hi)) = VAGUE.iter().find(|(w, _, _)| *w == low) {
        let next = toks.get(i + 1).map(|t| t.low.as_str()).unwrap_or("");
        if next == "of" || BRIDGE_AFTER.contains(&next) || cue(next).is_some() || PEOPLE.contains(&next) {
            return Some((lo, Some(hi), i + 1, true));
        }
        return None;
    }
    if low == "a" && toks.get(i + 1).is_some_and(|t| t.low == "dozen") {
        return Some((12.0, None, i + 2, true));
    }
    if low == "tens"
        && toks.get(i + 1).is_some_and(|t| t.low == "of")
        && toks.get(i + 2).is_some_and(|t| t.low == "thousands")
    {
        return Some((20_000.0, Some(99_999.0), i + 3, true));
    }
    spelled(toks, i)
}

/// A spelled-out number ("four", "twenty-one", "a dozen", "one hundred and five").
fn spelled(toks: &[Tok], i: usize) -> Option<(f64, Option<f64>, usize, bool)> {
    let word_value = |w: &str| -> Option<f64> {
        if let Some(&(_, v)) = SPELLED.iter().find(|(s, _)| *s == w) {
            return Some(v);
        }
        let (a, b) = w.split_once('-')?;
        let tens = SPELLED.iter().find(|(s, v)| *s == a && *v >= 20.0)?.1;
        let ones = SPELLED.iter().find(|(s, v)| *s == b && *v < 10.0)?.1;
        Some(tens + ones)
    };
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
        } else if let Some(&(_, f)) = SCALES.iter().find(|(s, _)| *s == w && *s != "m" && *s != "k") {
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
    Some((value, None, j, true))
}

/// "one" counts only before a counted noun or "of its/their/the ... <plural>" ("one of its doctors").
fn counted_one(toks: &[Tok], j: usize) -> bool {
    let w = |k: usize| toks.get(k).map(|t| t.low.as_str()).unwrap_or("");
    if PEOPLE.contains(&w(j)) {
        return true;
    }
    w(j) == "of" && ["its", "their", "his", "her", "our"].contains(&w(j + 1)) && PEOPLE.contains(&w(j + 2))
}

/// Digits with separators, decimals, a glued scale ("2.2m", "5bn") or a range ("20-30").
fn digits(low: &str) -> Option<(f64, Option<f64>)> {
    if let Some((a, b)) = low.split_once(['-', '\u{2013}']) {
        let (mut x, _) = digits(a)?;
        let (y, _) = digits(b)?;
        // "5-6,000" means 5,000 to 6,000.
        if b.contains(',') && !a.contains(',') && x * 1000.0 <= y {
            x *= 1000.0;
        }
        return (y > x).then_some((x, Some(y)));
    }
    let (num, scale) = match low.find(|c: char| c.is_ascii_alphabetic()) {
        Some(p) => {
            let f = SCALES.iter().find(|(s, _)| *s == &low[p..] || (low[p..] == *"b" && *s == "bn"))?.1;
            (&low[..p], f)
        }
        None => (low, 1.0),
    };
    let clean: String = num.chars().filter(|c| *c != ',').collect();
    clean.parse::<f64>().ok().map(|v| (v * scale, None))
}

fn is_month(w: &str) -> bool {
    crate::lang::dates::is_month_name(w)
}

/// The figure whose number starts at token `i`, and the index after it.
fn figure_at(toks: &[Tok], i: usize, para_start: bool) -> Option<(Figure, usize)> {
    let low = toks[i].low.as_str();
    let prev = |k: usize| i.checked_sub(k).map(|p| toks[p].low.as_str()).unwrap_or("");
    // Ordinals, times of day, ages and phone numbers are not figures.
    if low.starts_with(|c: char| c.is_ascii_digit()) {
        let ordinal = ["st", "nd", "rd", "th"].iter().any(|s| low.ends_with(s)) && !low.ends_with("mth");
        if low.contains("year") || low.ends_with("am") || low.ends_with("pm") {
            return None;
        }
        if ordinal {
            let date = is_month(prev(1))
                || toks.get(i + 1).is_some_and(|t| {
                    is_month(&t.low) || (t.low == "of" && toks.get(i + 2).is_some_and(|m| is_month(&m.low)))
                });
            return date.then(|| {
                (
                    plain(
                        toks,
                        i,
                        i + 1,
                        low.trim_end_matches(char::is_alphabetic).parse().unwrap_or(0.0),
                        Quantity::Date,
                    ),
                    i + 1,
                )
            });
        }
        if low.len() >= 3 && low.starts_with('0') && !low.contains('.') {
            return None;
        }
    }
    let (mut value, mut value_max, mut j, spelled) = number_at(toks, i)?;
    let month_before = is_month(prev(1)) || (prev(1) == "." && is_month(prev(2)));
    let next = |k: usize| toks.get(k).map(|t| t.low.as_str()).unwrap_or("");
    // Clock times and phone numbers: "06:10", "10.00 GMT", "0207 782 4368".
    if next(j) == ":" && next(j + 1).starts_with(|c: char| c.is_ascii_digit())
        || CLOCK.contains(&next(j).trim_end_matches('.'))
    {
        return None;
    }
    if !spelled
        && next(j).starts_with(|c: char| c.is_ascii_digit())
        && toks.get(j).is_some_and(|t| t.span.start == toks[j - 1].span.end + 1)
    {
        return None;
    }
    if prev(1) == ":" && i >= 2 && toks[i - 2].low.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // Fractions and slashed dates ("1/8", "2015/16"), ages in appositions ("Bamford, 30, said"),
    // and clock times written with a dot ("at 6.10").
    if prev(1) == "/" || (next(j) == "/" && next(j + 1).starts_with(|c: char| c.is_ascii_digit())) {
        return None;
    }
    let age = !spelled
        && prev(1) == ","
        && next(j) == ","
        && i >= 2
        && toks[i - 2].raw.starts_with(char::is_uppercase)
        && value < 120.0;
    let dotted_clock =
        prev(1) == "at" && low.len() <= 5 && low.split_once('.').is_some_and(|(h, m)| h.len() <= 2 && m.len() == 2);
    if age || dotted_clock {
        return None;
    }
    let digit_group_before = i >= 1
        && toks[i - 1].low.starts_with(|c: char| c.is_ascii_digit())
        && toks[i].span.start == toks[i - 1].span.end + 1;
    if !spelled && digit_group_before {
        return None;
    }
    // A number right after a capitalised word is part of a name ("Falcon 9", "Update 5.50").
    if !spelled
        && i >= 1
        && toks[i - 1].word
        && i - 1 > 0
        && toks[i - 1].raw.starts_with(char::is_uppercase)
        && !month_before
    {
        return None;
    }
    // List numbering: "1." or "2)" opening a paragraph.
    if para_start && i == 0 && matches!(next(j), "." | ")") {
        return None;
    }
    let mut start = i;
    // Scale words: "1.5 million", "$4.5 billion".
    if let Some(&(_, f)) = SCALES.iter().find(|(s, _)| *s == next(j) && !["m", "k"].contains(s)) {
        value *= f;
        value_max = value_max.map(|m| m * f);
        j += 1;
    }
    // Ranges: "20 to 30", "between 20 and 30".
    let mut qualifier = if value_max.is_some() { Qualifier::Range } else { Qualifier::Exact };
    if matches!(next(j), "to" | "-" | "\u{2013}")
        && prev(1) != "up"
        && let Some((hi, _, after, _)) = number_at(toks, j + 1)
        && hi > value
    {
        value_max = Some(hi);
        qualifier = Qualifier::Range;
        j = after;
    }
    if prev(1) == "between"
        && next(j) == "and"
        && let Some((hi, _, after, _)) = number_at(toks, j + 1)
    {
        value_max = Some(hi);
        qualifier = Qualifier::Range;
        j = after;
        start = i - 1;
    }
    // Qualifier before the number.
    if qualifier == Qualifier::Exact {
        for (words, q) in QUALIFIERS {
            let n = words.len();
            if start >= n && (0..n).all(|k| toks[start - n + k].low == words[k]) {
                qualifier = *q;
                start -= n;
                break;
            }
        }
    }
    // Units and kinds.
    let currency_before = start >= 1 && matches!(toks[start - 1].raw, "$" | "\u{a3}" | "\u{20ac}" | "\u{a5}");
    if currency_before {
        start -= 1;
    }
    let what: Quantity;
    let mut end = j;
    if currency_before || CURRENCY_WORDS.contains(&next(j)) {
        what = Quantity::Money;
        if !currency_before {
            end = j + 1;
        }
    } else if matches!(next(j), "%" | "percent") || (next(j) == "per" && next(j + 1) == "cent") {
        what = Quantity::Percent;
        end = j + if next(j) == "per" { 2 } else { 1 };
    } else if let Some(&(_, km)) = DISTANCE.iter().find(|(u, _)| *u == next(j)) {
        what = Quantity::DistanceKm;
        value = to_km(value, km);
        value_max = value_max.map(|m| to_km(m, km));
        end = j + 1;
    } else if DURATION.contains(&next(j)) {
        what = Quantity::Duration;
        end = j + 1;
    } else if !spelled && value_max.is_none() && month_before || is_month(next(j)) && value <= 31.0 {
        what = Quantity::Date;
    } else if !spelled && value.fract() == 0.0 && (1800.0..=2100.0).contains(&value) && !toks[i].raw.contains(',') {
        what = Quantity::Year;
    } else {
        let (cue_what, noun) = counted(toks, start, j);
        if spelled && cue_what == Quantity::Other {
            return None;
        }
        let f = Figure {
            span: Span::new(toks[start].span.start, toks[end - 1].span.end),
            value,
            value_max,
            qualifier,
            what: cue_what,
            sentence: 0,
            noun,
        };
        return Some((f, end));
    }
    let f = Figure {
        span: Span::new(toks[start].span.start, toks[end - 1].span.end),
        value,
        value_max,
        qualifier,
        what,
        sentence: 0,
        noun: None,
    };
    Some((f, end))
}

/// A distance in kilometres, to one decimal.
fn to_km(v: f64, km_per_unit: f64) -> f64 {
    (v * km_per_unit * 10.0).round() / 10.0
}

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

/// What a count counts, from the words around it in its clause, and the counted noun.
fn counted(toks: &[Tok], start: usize, end: usize) -> (Quantity, Option<String>) {
    let mut noun = None;
    // After: "44 people dead", "14 of its personnel had been killed", "2,200 people have fled".
    let mut k = end;
    let mut capitals = 0;
    while k < toks.len() && k < end + 8 {
        let t = &toks[k];
        if !t.word {
            if matches!(t.raw, "," | ";" | ":" | "." | "(" | ")" | "?" | "!") {
                break;
            }
            k += 1;
            continue;
        }
        let w = t.low.as_str();
        if let Some(c) = cue(w) {
            return (c, noun);
        }
        if (w == "out" || w == "from") && toks.get(k + 1..k + 4).is_some_and(|n| n.iter().any(|t| t.low == "homes")) {
            return (Quantity::Displaced, noun);
        }
        if PEOPLE.contains(&w) {
            noun.get_or_insert_with(|| w.to_owned());
        } else if noun.is_none() && toks.get(k + 1).is_some_and(|n| PEOPLE.contains(&n.low.as_str())) {
            // One describing word before the counted noun ("29 fellow travellers").
        } else if t.raw.starts_with(char::is_uppercase) && capitals < 4 && noun.is_none() {
            capitals += 1;
        } else if !BRIDGE_AFTER.contains(&w) {
            break;
        }
        k += 1;
    }
    // Before: "killed at least 25", "wounded some 180", "a death toll of 58", "the death of one".
    let mut k = start;
    while k > 0 && start - k < 5 {
        k -= 1;
        let t = &toks[k];
        if !t.word {
            break;
        }
        if let Some(c) = cue(&t.low) {
            return (c, noun);
        }
        if !BRIDGE_BEFORE.contains(&t.low.as_str()) {
            break;
        }
    }
    if let Some(n) = &noun {
        // "Those killed included two civilians": a cue earlier in the clause, tied by "included".
        let before = &toks[start.saturating_sub(10)..start];
        let tie = before.iter().any(|t| ["included", "including", "among"].contains(&t.low.as_str()));
        if tie && let Some(c) = before.iter().rev().find_map(|t| cue(&t.low)) {
            return (c, noun);
        }
        let _ = n;
        return (Quantity::People, noun);
    }
    (Quantity::Other, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (phrase, value, value_max, qualifier, what) of every figure in `sentence`, with the
    /// qualifier and what by their report names.
    fn found(sentence: &str) -> Vec<(String, f64, Option<f64>, &'static str, &'static str)> {
        let m = TextModel::new(sentence);
        figures(sentence, &m)
            .into_iter()
            .map(|f| {
                (
                    sentence[f.span.start..f.span.end].to_owned(),
                    f.value,
                    f.value_max,
                    f.qualifier.as_str(),
                    f.what.as_str(),
                )
            })
            .collect()
    }

    fn one(sentence: &str) -> (String, f64, Option<f64>, &'static str, &'static str) {
        let f = found(sentence);
        assert_eq!(f.len(), 1, "{sentence}: {f:?}");
        f.into_iter().next().unwrap()
    }

    #[test]
    fn counts_bind_to_the_verb_next_to_them() {
        let f = found("Fighting has so far killed at least 25 and wounded 80, a spokesman said.");
        assert_eq!(f[0], ("at least 25".into(), 25.0, None, "at_least", "killed"));
        assert_eq!(f[1], ("80".into(), 80.0, None, "exact", "wounded"));
        let f = found("The attack killed 44 people and wounded some 180.");
        assert_eq!((f[0].4, f[1].4, f[1].3), ("killed", "wounded", "approximately"));
        let f = found("At least four people were killed and 33 wounded when two car bombs exploded.");
        assert_eq!((f[0].1, f[0].4, f[1].1, f[1].4), (4.0, "killed", 33.0, "wounded"));
        assert_eq!(f.len(), 2, "'two car bombs' is not a count of anything the tool tracks");
    }

    #[test]
    fn reporting_styles() {
        assert_eq!(one("The death toll rose to 58 on Tuesday.").4, "killed");
        assert_eq!(one("As many as 3,000 people fled their homes.").3, "at_most");
        assert_eq!(one("As many as 3,000 people fled their homes.").4, "displaced");
        assert_eq!(one("A further 12 were arrested overnight.").4, "arrested");
        assert_eq!(one("Police detained nearly 200 protesters.").3, "approximately");
        assert_eq!(one("The blast left 3 dead.").4, "killed");
        assert_eq!(one("Seven people are still missing after the flood.").4, "missing");
        assert_eq!(one("The quake injured more than 1,500 people.").3, "more_than");
        assert_eq!(one("Some 14 of its personnel had been killed.").4, "killed");
        assert_eq!(one("An estimated 2,200 people have fled the fighting.").4, "displaced");
        assert_eq!(one("The war pushed 75,000 out of their homes.").4, "displaced");
        assert_eq!(one("Around 120 migrants were held inside.").4, "people");
        assert_eq!(one("The Red Crescent reported the death of one of its doctors.").4, "killed");
        assert_eq!(one("Dozens of people were wounded.").2, Some(99.0));
        assert_eq!(one("Over 50 people were taken to hospital.").4, "wounded");
        assert_eq!(one("Two police officers were among the dead.").4, "killed");
        assert_eq!(one("More than 200,000 people were forced to flee their homes.").4, "displaced");
        assert_eq!(found("Police detained at least 30 protesters and charged 12 of them.")[1].4, "arrested");
        assert_eq!(found("The virus has infected more than 80,000 people and killed over 2,700.")[1].4, "killed");
        assert_eq!(found("The blast killed five, including two children.")[1].4, "killed");
        assert_eq!(one("Eighteen people remain unaccounted for after the blast.").4, "missing");
        assert_eq!(one("The plane crashed, killing all 157 people on board.").4, "killed");
        assert_eq!(one("The attack claimed the lives of 157 people.").4, "killed");
        assert_eq!(one("Boko Haram kidnapped 276 schoolgirls from their dormitory.").4, "missing");
        assert_eq!(one("Police arrested 12 suspects in connection with the attack.").4, "arrested");
        assert_eq!(one("At least seven people are now confirmed as having died.").4, "killed");
        assert_eq!(one("He and 29 fellow travellers feared the worst.").4, "people");
        assert_eq!(one("The crowds - about 5-6,000 people - were moved.").1, 5000.0);
    }

    #[test]
    fn scales_money_percent_units_and_ranges() {
        assert_eq!(one("Goldman took a $5b charge.").1, 5e9);
        assert_eq!(one("Goldman took a $5b charge.").4, "money");
        assert_eq!(one("The deal is worth $4.5 billion.").1, 4.5e9);
        assert_eq!(one("About 1.5 million people voted.").1, 1.5e6);
        assert_eq!(one("The town has 2.2m residents.").1, 2.2e6);
        assert_eq!(one("Shares rose 56 percent on Monday.").4, "percent");
        assert_eq!(one("Shares fell 5% in early trading.").1, 5.0);
        assert_eq!(one("Fighting raged around 50 kilometres south of the city.").4, "distance_km");
        assert_eq!(one("The siege lasted three months.").4, "duration");
        let r = one("Between 20 and 30 people were hurt.");
        assert_eq!((r.1, r.2, r.3, r.4), (20.0, Some(30.0), "range", "wounded"));
        let r = one("Officials said 20-30 people were injured.");
        assert_eq!((r.1, r.2), (20.0, Some(30.0)));
    }

    #[test]
    fn years_and_dates_are_not_counts() {
        assert_eq!(one("The war began in 2011.").4, "year");
        let f = found("In this Dec. 13, 2016, file photo, the logo appears.");
        assert!(f.iter().all(|x| x.4 == "date" || x.4 == "year"), "{f:?}");
        assert_eq!(one("The strike happened on July 3rd.").4, "date");
        assert_eq!(one("Since the unrest started on April 4, nothing changed.").4, "date");
    }

    #[test]
    fn not_figures() {
        for s in [
            "The tram came off the tracks at about 06:10 GMT.",
            "Call us on 0207 782 4368.",
            "Martin Bamford, 30, from Croydon, said it sped up.",
            "Police were called at 6.10 to the scene.",
            "Gallery 1/8 shows the scene.",
            "The Falcon 9 rocket lifted off.",
            "A 19-year-old man was detained.",
            "It landed at 9am.",
            "He finished 16th in the race.",
            "One of the most powerful men was there.",
        ] {
            let f: Vec<_> = found(s).into_iter().filter(|f| f.4 != "year" && f.4 != "date").collect();
            assert!(f.iter().all(|x| x.4 != "killed" && x.4 != "people" && x.4 != "other"), "{s}: {f:?}");
            assert!(f.is_empty(), "{s}: {f:?}");
        }
    }

    #[test]
    fn a_sentence_that_stops_mid_figure_is_read_without_failing() {
        // Every way a figure can be cut short by the end of the text: the look-ahead runs out.
        for text in [
            "The toll was between 1 and",
            "between 1 and",
            "Officials counted 20 to",
            "Officials counted 20 -",
            "It cost $",
            "at least",
            "some 1.5",
            "one hundred and",
            "twenty-",
            "a dozen",
            "tens of",
            "5 per",
            "on March",
        ] {
            let _ = found(text);
            let _ = found(&format!("{text}\n"));
        }
        assert_eq!(one("The toll was between 1 and"), ("1".into(), 1.0, None, "exact", "other"));
    }
}
