//! Name runs: capitalised words read as one name, over initials, particles, "&" and the
//! possessives of plural nouns, with titles split off; and what the articles tell of their words.

use crate::lang::normalize::Key;
use std::collections::HashMap;

use super::super::lexicon::{Category, Lexicon, Refers, Term};
use super::super::{Doc, is_capitalised, is_quote_mark, strip_possessive};
use super::{CALENDAR, HOLIDAY_HEADS, PARTICLES, Raw, is_acronym, is_group_name, is_name_word, name_key};
use crate::lang::normalize::is_stopword;

/// Words seen in lower case, and capitalised words seen away from a sentence start, across all articles.
pub(super) struct Evidence<'a> {
    /// How often each word is seen in lower case, and capitalised away from a sentence start.
    counts: HashMap<&'a str, (usize, usize), foldhash::fast::FixedState>,
    /// Capitalised words seen opening a run of capitalised words (not after another one).
    alone: std::collections::HashSet<&'a str, foldhash::fast::FixedState>,
}

impl Evidence<'_> {
    /// True when a word is mostly used as a common word: more often in lower case than capitalised
    /// inside sentences.
    pub(super) fn mostly_common(&self, key: &str) -> bool {
        self.counts.get(key).is_some_and(|&(lower, caps)| lower > caps)
    }

    /// True when a word is seen in lower case somewhere.
    pub(super) fn seen_lower(&self, key: &str) -> bool {
        self.counts.get(key).is_some_and(|&(lower, _)| lower > 0)
    }

    /// True when a word is seen capitalised away from a sentence start somewhere.
    pub(super) fn seen_inner_caps(&self, key: &str) -> bool {
        self.counts.get(key).is_some_and(|&(_, caps)| caps > 0)
    }

    /// True when a capitalised word is seen somewhere without a capitalised word before it ("Trump
    /// said"), not only inside longer names ("General Motors").
    pub(super) fn seen_alone(&self, key: &str) -> bool {
        self.alone.contains(key)
    }
}

pub(super) fn evidence<'a>(docs: &[Doc<'a>]) -> Evidence<'a> {
    let mut e = Evidence { counts: HashMap::default(), alone: Default::default() };
    for d in docs {
        for i in 0..d.model.tokens.len() {
            if !d.is_word(i) {
                continue;
            }
            let w = d.tok(i);
            if is_capitalised(w) && !(i > 0 && d.is_word(i - 1) && is_capitalised(d.tok(i - 1))) {
                e.alone.insert(d.keys[i].as_str());
            }
            if w.chars().next().is_some_and(char::is_lowercase) {
                e.counts.entry(d.keys[i].as_str()).or_default().0 += 1;
            } else if is_capitalised(w) && !at_clause_start(d, i) {
                e.counts.entry(d.keys[i].as_str()).or_default().1 += 1;
            }
        }
    }
    e
}

/// True when token `i` opens a sentence, a quotation or a clause after a colon.
pub(super) fn at_clause_start(d: &Doc<'_>, i: usize) -> bool {
    let s = d.sentence_tokens(i);
    let mut j = i;
    while j > s.start {
        let p = d.tok(j - 1);
        if d.is_word(j - 1) {
            return false;
        }
        if matches!(p, ":" | "\u{2014}" | "\u{2013}" | "-" | "(" | "[") || is_quote_mark(p) {
            return true;
        }
        j -= 1;
    }
    true
}

/// A month name right after a first name, not before a number ("Theresa May said", not "May 5").
pub(super) fn month_as_surname(d: &Doc<'_>, j: usize, last: usize) -> bool {
    j == last + 1
        && !CALENDAR.contains(&d.keys[last].as_str())
        && !d.tok(j + 1).starts_with(|c: char| c.is_ascii_digit())
        && !d.tok(j + 2).starts_with(|c: char| c.is_ascii_digit())
        && ["april", "may", "june"].contains(&d.keys[j].as_str())
}

/// A title-cased headline ("Tram Driver Held After Crash Kills Seven"): most of its words, four
/// or more, are capitalised, so capitals there mark no names.
pub(super) fn is_title_cased(d: &Doc<'_>, toks: std::ops::Range<usize>) -> bool {
    let words: Vec<usize> = toks.filter(|&i| d.is_word(i) && d.tok(i).chars().any(char::is_alphabetic)).collect();
    let caps = words.iter().filter(|&&i| is_capitalised(d.tok(i))).count();
    words.len() >= 4 && caps * 10 >= words.len() * 8
}

pub(super) fn is_person_title(lex: &Lexicon, keys: &[Key]) -> bool {
    lex.term(keys).is_some_and(|t| t.refers == Some(Refers::Person) && t.is(Category::Title))
}

/// A single capital letter: a middle initial when a dot follows ("C.").
pub(super) fn is_initial(tok: &str) -> bool {
    let mut c = tok.chars();
    c.next().is_some_and(char::is_uppercase) && c.next().is_none()
}

/// True when a possessive ends the name at token `i` ("Tamimi's father"); the possessive of a
/// plural common noun inside a name does not ("People's Daily", "Women's Hospital").
pub(super) fn ends_name(d: &Doc<'_>, ev: &Evidence, i: usize) -> bool {
    let (bare, possessive) = strip_possessive(d.tok(i));
    let bare = bare.to_lowercase();
    // A plural common noun ("people", "women"): more often in lower case than capitalised
    // inside a sentence, and no function word ("How's Sarah" is "how is"). A singular one names
    // what another body owns ("the Zoo's Response Team").
    let plural = matches!(bare.as_str(), "people" | "men" | "women" | "children");
    let common = plural && ev.mostly_common(&bare) && !is_stopword(&bare);
    // "New Year's Eve", "Valentine's Day": a holiday's name, dropped whole.
    let holiday = HOLIDAY_HEADS.contains(&bare.as_str())
        || d.keys.get(i + 1).is_some_and(|k| HOLIDAY_HEADS.contains(&strip_possessive(k).0));
    possessive && !((common || holiday) && is_name_word(d, i + 1))
}

/// "and" at token `j` inside a body's name: a common noun before it (seen in lower case, or shaped
/// like an abstract noun: "Securities", "Science"), and the capitalised words
/// after it (at most three) end in a word naming a body ("Securities and Exchange Commission").
pub(super) fn joins_body_name(d: &Doc<'_>, lex: &Lexicon, ev: &Evidence, j: usize) -> bool {
    // The word before is a common noun ("Securities and ..."), not the end of a person's name
    // ("Sylvia Rhone and Roc Nation chief ...").
    const ABSTRACT: &[&str] = &["ics", "ies", "ence", "ance", "ogy", "ment", "tion", "sion", "ity", "ure", "ness"];
    if d.keys.get(j).is_none_or(|k| k != "and") || j == 0 {
        return false;
    }
    let before = d.keys[j - 1].as_str();
    if !ev.seen_lower(before) && !ABSTRACT.iter().any(|s| before.ends_with(s)) {
        return false;
    }
    let mut k = j + 1;
    while k < d.keys.len() && k <= j + 3 && is_name_word(d, k) && !is_stopword(&d.keys[k]) {
        k += 1;
    }
    k > j + 1 && !is_name_word(d, k) && is_group_name(lex, &d.keys[k - 1])
}

/// Find the capitalised name runs of one article.
pub(super) fn runs(d: &Doc<'_>, di: usize, lex: &Lexicon, ev: &Evidence, out: &mut Vec<Raw>) {
    let n = d.model.tokens.len();
    let headline: Vec<bool> = d.model.sentences.iter().map(|s| is_title_cased(d, s.tokens.clone())).collect();
    let mut i = 0;
    while i < n {
        if !is_name_word(d, i) || d.sentence_of(i).is_some_and(|s| headline[s]) {
            i += 1;
            continue;
        }
        // Collect the run: name words, particles between name words, a dot after a title abbreviation.
        let mut words = vec![i];
        // Whether a word of the run so far refers to a person or group (kept as the run grows).
        let refers = |w: usize| lex.term(&d.keys[w..=w]).is_some_and(|t| t.refers.is_some());
        let mut referring = refers(i);
        let mut j = i + 1;
        let mut possessive = ends_name(d, ev, i);
        while j < n && !possessive && d.sentence_of(j) == d.sentence_of(i) {
            let last = *words.last().unwrap_or(&i);
            if d.tok(j) == "." && j == last + 1 && !d.gap_after(last) && is_person_title(lex, &d.keys[last..=last]) {
                j += 1;
                continue;
            }
            // "Lloyd C. Blankfein": a middle initial and its dot.
            if d.tok(j) == "."
                && j == last + 1
                && !d.gap_after(last)
                && is_initial(d.tok(last))
                && is_name_word(d, j + 1)
            {
                j += 1;
                continue;
            }
            // "Bruyette & Woods", "Securities and Exchange Commission": one name over "&", and over
            // "and" when what follows is a body's name.
            let word_before = d.tok(last).chars().filter(|c| c.is_alphabetic()).count() > 1;
            if (d.tok(j) == "&" && word_before && is_name_word(d, j + 1)) || joins_body_name(d, lex, ev, j) {
                words.push(j);
                j += 1;
                continue;
            }
            // A name does not say the same word twice in a row ("Acme Acme holds ..." is a caption
            // glued to a sentence).
            if is_name_word(d, j) && d.keys[j] == d.keys[last] {
                break;
            }
            if is_name_word(d, j)
                && !is_stopword(&d.keys[j])
                && (!CALENDAR.contains(&d.keys[j].as_str()) || month_as_surname(d, j, last))
            {
                possessive = ends_name(d, ev, j);
                words.push(j);
                referring |= refers(j);
                j += 1;
                continue;
            }
            // "Popular Front for the Liberation of ...": a group's name goes on over "for (the)".
            let the = usize::from(d.keys.get(j + 1).is_some_and(|k| k == "the"));
            if d.keys[j] == "for" && referring && is_name_word(d, j + 1 + the) && !is_stopword(&d.keys[j + 1 + the]) {
                words.extend(j..=j + the);
                j += 1 + the;
                continue;
            }
            let of_ok = d.keys[j] != "of" || (is_name_word(d, j + 1) && referring);
            if d.is_word(j) && PARTICLES.contains(&d.keys[j].as_str()) && is_name_word(d, j + 1) && of_ok {
                words.push(j);
                referring |= refers(j);
                j += 1;
                continue;
            }
            break;
        }
        let next = words.last().map_or(i, |&l| l + 1);
        // A run glued to a hyphenated modifier ("United Nations-backed") is itself a modifier.
        let glued_modifier =
            next < n && d.is_word(next) && d.tok(next).contains('-') && is_capitalised(d.tok(next)) && !possessive;
        if !glued_modifier {
            accept(d, di, lex, ev, &words, out);
        }
        i = j.max(i + 1);
    }
}

/// The words of a run of capitalised words that may be a name: without a capitalised common word
/// opening a sentence, a weekday, particles, function words and "&"/"and" at its edges.
fn trimmed(d: &Doc<'_>, lex: &Lexicon, ev: &Evidence, words: &[usize]) -> Vec<usize> {
    let mut w: Vec<usize> = words.to_vec();
    // A capitalised common word at the start of a sentence is not a name.
    while let Some(&f) = w.first() {
        let k = &d.keys[f];
        let initial = at_clause_start(d, f);
        let common = is_stopword(k) || ev.seen_lower(k) || CALENDAR.contains(&k.as_str());
        let single_unattested = w.len() == 1 && !ev.seen_inner_caps(k);
        // A person's title before a name ("Secretary of State Jane Marlow said") is part of the run
        // wherever it stands, whatever other articles do with the word.
        let title = titles_a_name(d, lex, &w);
        // "said Wednesday Beijing has": a day of the week before a name is when, not who.
        let weekday = crate::lang::dates::is_weekday_name(k) && w.len() > 1;
        // "Later Mayor Ana Vik spoke": a time word opening the sentence is when, not who.
        let time = initial && crate::framing::labels::chain::TIME_WORDS.contains(&k.as_str());
        if (initial && !title && (common || single_unattested))
            || weekday
            || time
            || PARTICLES.contains(&k.as_str())
            || is_stopword(k)
        {
            w.remove(0);
        } else {
            break;
        }
    }
    while w.first().is_some_and(|&f| matches!(d.keys[f].as_str(), "&" | "and")) {
        w.remove(0);
    }
    while w
        .last()
        .is_some_and(|&l| PARTICLES.contains(&d.keys[l].as_str()) || matches!(d.keys[l].as_str(), "&" | "and"))
    {
        w.pop();
    }
    w
}

/// Keep a run of capitalised words as a mention of a name, unless its shape says it is none (a
/// dateline, the tail of a longer name, a common word opening a sentence).
pub(super) fn accept(d: &Doc<'_>, di: usize, lex: &Lexicon, ev: &Evidence, words: &[usize], out: &mut Vec<Raw>) {
    // The tail of a name not joined ("Volcano of Anger" in quotation marks) is no name of its own.
    if let Some(&f) = words.first()
        && f >= 2
        && d.keys[f - 1] == "of"
        && is_name_word(d, f - 2)
    {
        return;
    }
    // Datelines and captions in capitals ("RAMALLAH", "OFER PRISON") are no running text.
    let shouting = |t: &usize| {
        let s = d.tok(*t);
        s.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !s.chars().any(char::is_lowercase)
    };
    if words.iter().any(|t| shouting(t) && d.tok(*t).chars().count() > 5)
        || words.iter().filter(|t| shouting(t)).count() > 1
    {
        return;
    }
    let w = trimmed(d, lex, ev, words);
    if w.is_empty() {
        return;
    }
    let (title, start, keys) = split_title(d, lex, ev, &w);
    let name_toks = &w[start..];
    let Some((&first, &last)) = name_toks.first().zip(name_toks.last()) else {
        return;
    };
    // Only the last word's possessive is the sentence's ("People's Daily's editor").
    let surfaces: Vec<&str> = name_toks
        .iter()
        .map(|&t| if Some(&t) == name_toks.last() { strip_possessive(d.tok(t)).0 } else { d.tok(t) })
        .collect();
    if surfaces.iter().any(|s| s.is_empty()) {
        return;
    }
    let single = surfaces.len() == 1;
    let k0 = &d.keys[first];
    let bare0 = strip_possessive(k0).0;
    // "Tuesday's launch": a day in the possessive is still a day.
    if single && (CALENDAR.contains(&bare0) || is_stopword(bare0)) {
        return;
    }
    // "Christmas Day", "New Year's Eve": a day named like a name is a date, not an actor.
    if !single && HOLIDAY_HEADS.contains(&strip_possessive(&d.keys[last]).0) {
        return;
    }
    // A lone demonym before a lower-case word ("Libyan capital", "'Russian' mercenaries") is an
    // adjective, unless it is the surname of a full name ("Tamimi into"): decided in `find`.
    let after = if is_quote_mark(d.tok(last + 1)) { last + 2 } else { last + 1 };
    let adjective =
        single && title.is_none() && is_demonym_like(surfaces[0]) && d.is_word(after) && !is_name_word(d, after);
    // A lone title ("President") names nobody.
    if single && lex.term(&keys[start..]).is_some() {
        return;
    }
    let acronym = explicit_acronym(d, first, last);
    // A middle initial is shown with its dot and left out of the key: "Lloyd C. Blankfein" is
    // "Lloyd Blankfein".
    let initial = |t: usize| is_initial(d.tok(t)) && d.tok(t + 1) == "." && name_toks.len() > 2;
    let shown: Vec<String> = name_toks
        .iter()
        .zip(&surfaces)
        .map(|(&t, s)| if initial(t) { format!("{s}.") } else { (*s).to_owned() })
        .collect();
    let keyed: Vec<&str> = name_toks.iter().zip(&surfaces).filter(|(t, _)| !initial(**t)).map(|(_, s)| *s).collect();
    let (surface, key) = (shown.join(" "), name_key(&keyed));
    out.push(Raw { doc: di, first, last, title, surface, key, acronym, adjective });
}

/// True when the run `w` opens with a person's title or role from the lexicon ("Secretary of
/// State", "Mayor") that a name word follows inside the run ("… Jane Marlow"), not a particle
/// ("Justice for Toby", "Mayor of Velm …").
fn titles_a_name(d: &Doc<'_>, lex: &Lexicon, w: &[usize]) -> bool {
    let Some(&f) = w.first() else { return false };
    let Some((t, len)) = lex.term_at(&d.keys[f..]) else { return false };
    let contiguous = w.len() > len && (0..len).all(|i| w[i] == f + i);
    is_person_role(t) && contiguous && !PARTICLES.contains(&d.keys[w[len]].as_str()) && !is_stopword(&d.keys[w[len]])
}

/// A lexicon term that names what a person is: a title or a role.
fn is_person_role(t: &Term) -> bool {
    t.refers == Some(Refers::Person) && (t.is(Category::Title) || t.is(Category::Role))
}

/// Titles inside a run: the name is what follows the last title. Returns the title's tokens, the
/// index in `w` where the name starts, and the folded words of the run.
pub(super) fn split_title(
    d: &Doc<'_>,
    lex: &Lexicon,
    ev: &Evidence,
    w: &[usize],
) -> (Option<(usize, usize)>, usize, Vec<Key>) {
    let keys: Vec<Key> = w.iter().map(|&t| Key::new(strip_possessive(&d.keys[t]).0)).collect();
    let mut title = None;
    let mut start = 0;
    for end in 1..keys.len() {
        if let Some((t, len)) = lex.term_ending(&keys[..end])
            && is_person_role(t)
        {
            // "Velm General Hospital", "King County Prosecutor": a name ending in a common noun is
            // no person's name after a title.
            let last = &keys[keys.len() - 1];
            let plain = w.last().is_some_and(|&t| is_capitalised(d.tok(t)));
            let common = |k: &Key| ev.seen_lower(k) && !is_stopword(k) && !CALENDAR.contains(&k.as_str());
            let rest_common = (plain && common(last)) || is_group_name(lex, last);
            // "Major League Baseball", "General Electric Company": a title opening a run of common
            // nouns (two or more, each seen in lower case) is the first word of an organisation's
            // name; one such word may still be a surname ("Prime Minister May").
            let organisation = len == end && keys.len() >= end + 2 && plain && common(&keys[end]) && common(last);
            // "General Motors", "General Mills": one plural-shaped word after the title, never
            // written without it, is the rest of a name, not a surname ("Attorney General Sessions"
            // is written "Sessions" too).
            let organisation = organisation
                || (len == end
                    && keys.len() == end + 1
                    && plain
                    && super::super::plural_shaped(last)
                    && !ev.seen_alone(last));
            if !(organisation || (rest_common && len < end)) {
                title = Some((w[0], w[end - 1]));
                start = end;
            }
        }
    }
    (title, start, keys)
}

/// True when a lower-case `key` is the adjective of a place the articles name with a capital
/// ("russian" of Russia, "chinese" of China, "european" of Europe, "israeli" of Israel, "german"
/// of Germany): a demonym, not a surname that merely ends like one ("goldman", "erdogan").
pub(super) fn is_demonym_of_a_place(key: &str, ev: &Evidence) -> bool {
    let place = |p: &str| p.len() >= 3 && ev.seen_inner_caps(p);
    let added = ["n", "an", "ian", "ese", "i", "ish"].iter().any(|end| key.strip_suffix(end).is_some_and(place));
    // The place's last vowel gives way: China, Chinese; Palestine, Palestinian; Italy, Italian.
    let replaced = ["ese", "ian", "an"].iter().any(|end| {
        key.strip_suffix(end).is_some_and(|stem| ["a", "e", "y", "o"].iter().any(|v| place(&format!("{stem}{v}"))))
    });
    added || replaced || place(&format!("{key}y"))
}

pub(super) fn is_demonym_like(w: &str) -> bool {
    let l = w.to_lowercase();
    w.chars().count() > 3 && ["an", "ian", "ean", "ese", "ish", "ic", "i", "ist"].iter().any(|s| l.ends_with(s))
}

/// "Libyan National Army (LNA)": the abbreviation in brackets right after a name.
pub(super) fn explicit_acronym(d: &Doc<'_>, first: usize, last: usize) -> Option<String> {
    let acr = d.tok(last + 2);
    let same_initial = acr.chars().next().zip(d.tok(first).chars().next()).is_some_and(|(a, b)| a == b);
    (d.tok(last + 1) == "(" && d.tok(last + 3) == ")" && is_acronym(acr) && same_initial).then(|| name_key(&[acr]))
}
