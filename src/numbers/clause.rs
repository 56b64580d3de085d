//! What a count counts, read from its clause: the noun phrase the number opens ("31 people", "two
//! women passengers and the driver", "four of whom"), an apposition it carries (", among them six
//! children,"), the predicate that follows ("were killed", "had serious injuries", "remain
//! unaccounted for") and, failing those, a cue before it ("killed at least 25", "a toll of 58").

use super::clause_words::{MORE_PEOPLE, NOT_THINGS, PEOPLE_VERBS, STOPS, SUBORDINATORS};
use super::lexicon::*;
use super::parse::{Tok, low_at as word};
use crate::model::Quantity;

/// How many words the predicate after a count is read for its cue.
const PREDICATE_WORDS: usize = 9;

/// What the count at tokens `start..end` counts, and its counted noun (a person noun such as
/// "children", or the thing counted: "ships", "times").
pub(super) fn counted(toks: &[Tok], start: usize, end: usize) -> (Quantity, Option<String>) {
    let (what, noun) = counted_by_clause(toks, start, end);
    if what == Quantity::Wounded
        && let Some(part) = severity(toks, end)
    {
        // "eight had serious injuries", "four of whom were seriously hurt": a part of the injured.
        return (what, Some(part.to_owned()));
    }
    (what, noun)
}

/// The severity a clause gives the injured it counts ("serious", "minor"), if any: such a count
/// is a part of the injured, not their total.
fn severity(toks: &[Tok], end: usize) -> Option<&'static str> {
    toks[end.min(toks.len())..]
        .iter()
        .take(12)
        .take_while(|t| t.word || !matches!(t.raw, "," | ";" | ":" | "." | "(" | ")"))
        .find_map(|t| match t.low.as_str() {
            "serious" | "seriously" | "critical" | "critically" | "life-threatening" | "badly" | "severely" => {
                Some("serious injuries")
            }
            "minor" | "slightly" | "walking" | "light" => Some("minor injuries"),
            _ => None,
        })
}

/// What the count counts by its clause alone (see [`counted`]).
fn counted_by_clause(toks: &[Tok], start: usize, end: usize) -> (Quantity, Option<String>) {
    let np = noun_phrase(toks, end);
    if let Some(c) = np.cue {
        return (c, np.noun);
    }
    // "-ers" nouns are people as often as things ("hikers", "tankers"): the predicate decides.
    let agent = np.noun.as_deref().is_some_and(|n| n.ends_with("ers") || n.ends_with("ors"));
    if np.thing && !agent {
        return (Quantity::Other, np.noun);
    }
    if let Some(c) = predicate_cue(toks, np.end, in_apposition(toks, start)) {
        return (c, np.noun);
    }
    if np.thing {
        return (Quantity::Other, np.noun);
    }
    // "Eleven officers were hurt, three of them seriously": a part takes its clause's cue.
    if start >= 1 && toks[start - 1].raw == "," && counted_part(toks, start) {
        let clause = toks[..start - 1].iter().rev().take_while(|t| !matches!(t.raw, "," | ";" | ":" | "."));
        if let Some(c) = clause.filter_map(|t| cue(&t.low)).next() {
            return (c, np.noun);
        }
    }
    if let Some(c) = cue_before(toks, start) {
        return (c, np.noun);
    }
    if np.noun.is_none()
        && let Some(c) = measured_before(toks, start)
    {
        return (c, None);
    }
    // "as many as 100,000 marched": a bare count doing what people do.
    if np.noun.is_none() && PEOPLE_VERBS.contains(&word(toks, np.end)) {
        return (Quantity::People, None);
    }
    if np.noun.is_some() {
        // "Those killed included two civilians": a cue earlier in the clause, tied by "included".
        let before = &toks[start.saturating_sub(10)..start];
        let tie = before.iter().any(|t| ["included", "including", "among"].contains(&t.low.as_str()));
        if tie && let Some(c) = before.iter().rev().find_map(|t| cue(&t.low)) {
            return (c, np.noun);
        }
        return (Quantity::People, np.noun);
    }
    (Quantity::Other, None)
}

/// The noun phrase a count opens.
struct NounPhrase {
    /// The counted noun, lower case.
    noun: Option<String>,
    /// True when the noun is a thing, not people.
    thing: bool,
    /// A cue inside the phrase ("44 dead", "two injured workers").
    cue: Option<Quantity>,
    /// Index of the first token after the phrase.
    end: usize,
}

/// Reads the noun phrase from token `k`: describing words, the counted noun, a partitive ("of
/// the", "of whom") and a subject joined by "and" ("and the driver").
fn noun_phrase(toks: &[Tok], mut k: usize) -> NounPhrase {
    let mut np = NounPhrase { noun: None, thing: false, cue: None, end: k };
    let (mut describing, mut capitals) = (0, 0);
    while let Some(t) = toks.get(k) {
        let w = t.low.as_str();
        if !t.word {
            if matches!(t.raw, "\"" | "\u{201c}" | "\u{201d}" | "'" | "\u{2018}" | "\u{2019}") {
                k += 1;
                continue;
            }
            break;
        }
        if np.noun.is_none() && phrase_cue(w).is_some() {
            np.cue = phrase_cue(w);
            k += 1;
            break;
        }
        if is_person_noun(w, t.raw) {
            np.noun.get_or_insert_with(|| w.to_owned());
            np.thing = false;
            k += 1;
            // "two women passengers and the driver": a second subject joined on.
            let joined = word(toks, k) == "and"
                && ["the", "a", "an", "his", "her", "their", "its"].contains(&word(toks, k + 1))
                && toks.get(k + 2).is_some_and(|t| t.word && !STOPS.contains(&t.low.as_str()))
                && word(toks, k + 3) != "of";
            if joined {
                k += 3;
            }
            continue;
        }
        if np.noun.is_some() {
            break;
        }
        if w == "of" && PARTITIVE.contains(&word(toks, k + 1)) {
            k = partitive(toks, k, &mut np);
            continue;
        }
        // "dozens of vehicles", "thousands of students": "of" leads to what is counted.
        if w == "of" && toks.get(k + 1).is_some_and(|t| t.word && !STOPS.contains(&t.low.as_str())) {
            k += 1;
            continue;
        }
        // "eight straight World Cups", "three Oscars": a plural that ends a run of capitals names
        // what is counted, when no other capitalised word follows (a title-cased line).
        let last_capital = t.raw.starts_with(char::is_uppercase)
            && toks.get(k + 1).is_none_or(|n| !(n.word && n.raw.starts_with(char::is_uppercase)))
            && !counts_a_noun(toks, k + 1);
        if (is_thing_noun(w, t.raw) || last_capital && is_thing_noun(w, w)) && capitals + describing <= 6 {
            np.noun = Some(w.to_owned());
            np.thing = true;
            k += 1;
            break;
        }
        // "six shipping and trading companies": describing words joined by "and".
        let joins = matches!(w, "and" | "or")
            && describing + capitals > 0
            && toks.get(k + 1).is_some_and(|t| t.word && !STOPS.contains(&t.low.as_str()) && !starts_a_number(&t.low));
        let describes = (t.raw.starts_with(char::is_uppercase) && capitals < 4)
            || joins
            || DESCRIBING.contains(&w)
            || (describing < 3 && !STOPS.contains(&w) && (!BRIDGE_AFTER.contains(&w) || modifies_next(toks, k)));
        if !describes {
            break;
        }
        if t.raw.starts_with(char::is_uppercase) {
            capitals += 1;
        } else {
            describing += 1;
        }
        k += 1;
    }
    if np.noun.is_none() && np.cue.is_none() {
        // The describing words led to no noun: the predicate starts right after the number.
        k = np.end;
    }
    np.end = k;
    np
}

/// True when the word at `k`, which may also bridge a count to its verb ("150 on board were
/// hurt"), is a noun modifying the counted noun right after it ("11 board members"): that noun is
/// what the count counts.
fn modifies_next(toks: &[Tok], k: usize) -> bool {
    let content = |w: &str| !crate::lang::normalize::is_stopword(w) && !w.ends_with("ed") && w.len() > 3;
    toks.get(k).is_some_and(|t| content(&t.low)) && counts_a_noun(toks, k + 1)
}

/// Reads a partitive at `k` ("of"): "four of whom", "20 of those" and "three of the dead" are a
/// part of a count named before ("three of the dead were children" names the part: children),
/// "30 of us" are people, "nine of the 14 victims" counts the victims. Returns the index after it.
fn partitive(toks: &[Tok], mut k: usize, np: &mut NounPhrase) -> usize {
    let of_casualties = matches!(word(toks, k + 1), "the" | "those") && cue(word(toks, k + 2)).is_some();
    match word(toks, k + 1) {
        "us" => np.noun = Some("us".to_owned()),
        _ if of_casualties => {
            let named = matches!(word(toks, k + 3), "were" | "are" | "was")
                && toks.get(k + 4).is_some_and(|t| t.word && is_person_noun(&t.low, t.raw));
            np.noun = Some(if named { toks[k + 4].low.clone() } else { "part of a count".to_owned() });
        }
        "whom" | "those" | "them" => {
            // "two of them firefighters": the part named right after.
            let named = toks.get(k + 2).filter(|t| t.word && is_person_noun(&t.low, t.raw));
            np.noun = Some(named.map_or_else(|| "part of a count".to_owned(), |t| t.low.clone()));
        }
        _ => {}
    }
    k += 2;
    if toks.get(k).is_some_and(|t| t.low.starts_with(|c: char| c.is_ascii_digit())) {
        k += 1;
    }
    k
}

/// The cue of the predicate after a count's noun phrase ("were killed", "had serious injuries",
/// "are in critical condition"). Inside an apposition (", among them six children,") the
/// predicate after the closing comma is the sentence's own.
fn predicate_cue(toks: &[Tok], mut k: usize, apposition: bool) -> Option<Quantity> {
    let mut words = 0;
    let mut commas = usize::from(apposition);
    while let Some(t) = toks.get(k) {
        let w = t.low.as_str();
        if !t.word {
            if t.raw == "," && commas > 0 {
                commas -= 1;
                k += 1;
                continue;
            }
            if t.raw == "," && (APPOSITION.contains(&word(toks, k + 1)) || counted_part(toks, k + 1)) {
                // ", among them six children," belongs to the subject: read on after it.
                k = toks[k + 1..].iter().position(|t| t.raw == ",").map_or(toks.len(), |p| k + 2 + p);
                continue;
            }
            if matches!(t.raw, "," | ";" | ":" | "." | "(" | ")" | "?" | "!" | "\u{2014}") {
                return None;
            }
            k += 1;
            continue;
        }
        // Another number starts another figure, unless a preposition leads to it ("taken to two
        // hospitals").
        let after_preposition = k >= 1 && ["to", "in", "at", "from", "by"].contains(&word(toks, k - 1));
        if words >= PREDICATE_WORDS || SUBORDINATORS.contains(&w) || (starts_a_number(w) && !after_preposition) {
            return None;
        }
        if w == "and" {
            // "killed 25 and wounded 80": what follows "and" is another verb's or another clause's.
            return None;
        }
        // Nouns of other people ("... that refugees were to blame") say nothing of the count,
        // unless the count became them ("were left homeless", "became refugees", "left 200
        // families homeless").
        let became = words == 0 || (k >= 1 && BECOMING.contains(&word(toks, k - 1)));
        if let Some(c) = cue(w).filter(|_| !OTHERS_NOUNS.contains(&w) || became) {
            return Some(c);
        }
        // "driven out of their homes", "fled from their homes", "lost their homes", "without homes".
        let from_homes = matches!(w, "out" | "from" | "lost" | "lose" | "losing" | "without");
        if from_homes && toks[k + 1..(k + 4).min(toks.len())].iter().any(|t| t.low == "homes") {
            return Some(Quantity::Displaced);
        }
        words += 1;
        k += 1;
    }
    None
}

/// True when the count at `start` stands in an apposition opened by a comma and "among them",
/// "including", ... (", among them six children,").
fn in_apposition(toks: &[Tok], start: usize) -> bool {
    let from = start.saturating_sub(4);
    let opened = toks[from..start]
        .iter()
        .enumerate()
        .any(|(o, t)| APPOSITION.contains(&t.low.as_str()) && from + o >= 1 && toks[from + o - 1].raw == ",");
    opened || (start >= 1 && toks[start - 1].raw == "," && counted_part(toks, start))
}

/// True when a count at `k` opens a part of the count before it: ", two of them firefighters,",
/// ", three of whom were children,".
fn counted_part(toks: &[Tok], k: usize) -> bool {
    starts_a_number(word(toks, k))
        && word(toks, k + 1) == "of"
        && matches!(word(toks, k + 2), "them" | "whom" | "those")
}

/// A cue right before the count, across bridge words ("killed at least 25", "a death toll of 58",
/// "injuring another 40").
fn cue_before(toks: &[Tok], start: usize) -> Option<Quantity> {
    let mut k = start;
    while k > 0 && start - k < 5 {
        k -= 1;
        let t = &toks[k];
        if !t.word {
            return None;
        }
        if let Some(c) = cue(&t.low) {
            return Some(c);
        }
        if !BRIDGE_BEFORE.contains(&t.low.as_str()) {
            return None;
        }
    }
    None
}

/// What a bare count is the measure of when its sentence names that measure before it, as "the
/// number of" something ("the number of Americans whose data was exposed rose to 145.5 million,
/// some 2.5 million more": people; "the number of dead reached 31": killed): people, a cue's
/// quantity, or nothing for things ("the number of flights fell to 40"); with no such measure, a
/// death toll or a crowd named before it ("the toll from the quake rose to 118"). Only a count
/// with no noun of its own asks, and only back to its sentence's start, a semicolon or a colon.
fn measured_before(toks: &[Tok], start: usize) -> Option<Quantity> {
    let from = toks[..start].iter().rposition(|t| matches!(t.raw, ";" | ":")).map_or(0, |i| i + 1);
    // "A number of" is "several", not a measure.
    let quantifier = |k: usize| k > 0 && matches!(toks[k - 1].low.as_str(), "a" | "an");
    // "The death toll from the quake in the province rose to 118", "police put the crowd at
    // 25,000": the toll or the crowd, however far back.
    // "a crowd of 1,000 men, ages 18 to 35": an age is no count.
    let age = toks[start.saturating_sub(3)..start].iter().any(|t| matches!(t.low.as_str(), "age" | "ages" | "aged"));
    let toll = || {
        let named = toks[from..start].iter().rev().find_map(|t| match t.low.as_str() {
            "toll" => Some(Quantity::Killed),
            "crowd" | "crowds" | "turnout" | "attendance" => Some(Quantity::People),
            _ => None,
        });
        named.filter(|_| !age)
    };
    let Some(at) = (from..start.saturating_sub(2)).rev().find(|&k| {
        matches!(toks[k].low.as_str(), "number" | "numbers" | "count" | "tally")
            && toks[k + 1].low == "of"
            && !quantifier(k)
    }) else {
        return toll();
    };
    // The measured noun: the first word after "of" that is not an article or describing word.
    let noun = toks[at + 2..start].iter().take(4).find(|t| t.word && !MEASURE_SKIP.contains(&t.low.as_str()))?;
    if let Some(c) = cue(&noun.low).filter(|_| phrase_cue(&noun.low).is_some()) {
        return Some(c);
    }
    is_person_noun(&noun.low, noun.raw).then_some(Quantity::People)
}

/// Words between "number of" and the noun it measures ("the number of the affected", "the number
/// of British customers").
const MEASURE_SKIP: &[&str] = &["the", "its", "their", "all", "such", "those", "these"];

fn starts_a_number(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit()) || (SPELLED.iter().any(|(s, _)| *s == w) && w != "one")
}

/// A cue that may stand inside the noun phrase as a describing word ("44 dead", "two injured
/// workers", "the 57 hostages"): participles and the words of the dead and missing, not nouns of
/// places or states ("hospital staff", "death row").
fn phrase_cue(w: &str) -> Option<Quantity> {
    let participle = w.ends_with("ed") || ["dead", "hurt", "missing", "homeless"].contains(&w);
    let counted = EVENT_NOUNS.contains(&w);
    cue(w).filter(|_| participle || counted)
}

/// Nouns that name what a casualty count counts ("21 deaths", "the 57 hostages").
const EVENT_NOUNS: &[&str] = &[
    "deaths",
    "injuries",
    "arrests",
    "fatalities",
    "bodies",
    "hostages",
    "hostage",
    "refugees",
    "detentions",
    "abductions",
    "kidnappings",
    "drownings",
    "killings",
];

/// A word without a possessive ending.
fn bare(x: &str) -> &str {
    ["'s", "\u{2019}s", "'", "\u{2019}"].iter().find_map(|e| x.strip_suffix(e)).unwrap_or(x)
}

/// A noun for people: the lexicon's, and words shaped like them ("pyrotechnicians",
/// "journalists", "crewmen", "Israelis").
pub(super) fn is_person_noun(w: &str, raw: &str) -> bool {
    // A plural's possessive counts the people too ("400,000 customers' cards", "people's records").
    let (w, raw) = (bare(w), bare(raw));
    if PEOPLE.contains(&w) || MORE_PEOPLE.contains(&w) {
        return true;
    }
    // American spelling of a British "-ellers" noun: "revelers", "travelers".
    if let Some(stem) = w.strip_suffix("elers")
        && PEOPLE.contains(&format!("{stem}ellers").as_str())
    {
        return true;
    }
    let capital = raw.starts_with(char::is_uppercase);
    (w.ends_with("ians") && w.len() > 5)
        || (w.ends_with("ists") && w.len() > 6)
        || (w.ends_with("men") && w.len() > 5 && !w.ends_with("ments"))
        || (capital && (w.ends_with("ans") || w.ends_with("ese") || (w.ends_with("is") && w.len() > 5)))
}

/// True when token `k` is a noun a count counts: people or plural things ("Portmoor 30 times").
pub(super) fn counts_a_noun(toks: &[Tok], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.word && (is_person_noun(&t.low, t.raw) || is_thing_noun(&t.low, t.raw)))
}

/// A plural noun for a counted thing ("ships", "times", "mosques"), as opposed to a verb, an
/// adjective or a function word that also ends in "s".
fn is_thing_noun(w: &str, raw: &str) -> bool {
    let lower = !raw.starts_with(char::is_uppercase);
    lower
        && w.len() >= 4
        && w.ends_with('s')
        && !["ss", "us", "is", "ous", "'s"].iter().any(|e| w.ends_with(e))
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && !NOT_THINGS.contains(&w)
        && phrase_cue(w).is_none()
}

/// Words that describe a counted noun though they also bridge a count to its verb.
const DESCRIBING: &[&str] = &["other", "more", "further", "additional", "new", "fellow", "different", "separate"];

/// Words after "of" that make a count a part of a named whole ("four of whom").
const PARTITIVE: &[&str] = &["the", "whom", "those", "them", "its", "their", "these", "us", "which"];

/// Words after a comma that open an apposition to a subject.
const APPOSITION: &[&str] = &["among", "including", "mostly", "many", "most", "some", "all", "both", "mainly"];

/// Verbs after which a cue noun says what the count became ("left homeless", "became refugees").
const BECOMING: &[&str] = &["left", "made", "rendered", "became", "become", "becoming", "remain", "remained"];

/// Cue nouns that name other people when they stand in a predicate.
const OTHERS_NOUNS: &[&str] = &["refugees", "refugee", "hostages", "hostage", "bodies", "homeless"];

#[cfg(test)]
#[path = "clause_tests.rs"]
mod tests;
