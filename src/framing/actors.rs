//! Actors: capitalised name sequences, with titles split off and aliases merged (surname alone,
//! abbreviation and expansion, near spellings). No names are compiled in: only grammar and the lexicon.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::lexicon::{Category, Lexicon, Refers};
use super::{Doc, is_capitalised, is_quote_mark, strip_possessive};
use crate::lang::normalize::is_stopword;

mod short;
mod spelling;
use spelling::{UNMASKED, near_spelling, spelling_candidates};

/// Calendar words are capitalised but name no actor.
#[rustfmt::skip]
pub(crate) const CALENDAR: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Last words that make a capitalised name a day of the calendar ("Christmas Day").
const HOLIDAY_HEADS: &[&str] = &["day", "eve", "weekend"];

/// Lower-case particles inside names ("Fayez al Sarraj", "Ludwig van Beethoven", "Government of ...").
const PARTICLES: &[&str] =
    &["of", "al", "el", "bin", "ibn", "de", "van", "von", "da", "di", "du", "der", "do", "dos", "das", "del", "della"];

/// One mention of an actor.
#[derive(Debug, Clone)]
pub(crate) struct Mention {
    /// Index of the article.
    pub doc: usize,
    /// First and last token of the name (inclusive).
    pub first: usize,
    /// Last token of the name.
    pub last: usize,
    /// Token range of a title standing before the name inside the capitalised run ("President").
    pub title: Option<(usize, usize)>,
    /// The actor it belongs to.
    pub actor: usize,
}

/// A merged actor.
#[derive(Debug, Clone)]
pub(crate) struct ActorInfo {
    /// Canonical name.
    pub name: String,
    /// Other names.
    pub aliases: Vec<String>,
    /// Folded name keys of all its names (words).
    pub name_words: BTreeSet<String>,
    /// Person or group, when known.
    pub kind: Option<Refers>,
    /// Number of mentions.
    pub count: usize,
}

/// Actors and their mentions.
#[derive(Debug, Clone, Default)]
pub(crate) struct ActorSet {
    /// Actors.
    pub actors: Vec<ActorInfo>,
    /// Mentions in reading order per article.
    pub mentions: Vec<Mention>,
}

struct Raw {
    doc: usize,
    first: usize,
    last: usize,
    title: Option<(usize, usize)>,
    surface: String,
    key: String,
    acronym: Option<String>,
    /// Shaped like a demonym before a lower-case word: an adjective unless another name ends in it.
    adjective: bool,
}

/// The folded key of a name: lower case, dots dropped ("U.S." and "US" alike).
fn name_key(words: &[&str]) -> String {
    words.iter().map(|w| super::lexicon::phrase_keys(w).concat().replace('.', "")).collect::<Vec<_>>().join(" ")
}

fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| *c != '.').collect();
    (2..=6).contains(&letters.len()) && letters.iter().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// A name word: capitalised, and not a hyphenated modifier with a lower-case tail ("UN-backed").
fn is_name_word(doc: &Doc<'_>, i: usize) -> bool {
    if !doc.is_word(i) {
        return false;
    }
    let w = doc.tok(i);
    let tail_lower = w.rsplit(['-', '\u{2010}', '\u{2011}']).next().is_some_and(|t| !is_capitalised(t));
    if w.contains(['-', '\u{2010}', '\u{2011}']) && tail_lower {
        return false;
    }
    if is_capitalised(w) {
        return true;
    }
    // "al-Sarraj", "el-Kharraz": a lower-case particle joined to a capitalised name.
    w.split_once(['-', '\u{2010}', '\u{2011}']).is_some_and(|(p, rest)| p.len() <= 3 && is_capitalised(rest))
}

/// Words seen in lower case, and capitalised words seen away from a sentence start, across all articles.
struct Evidence {
    lower: BTreeSet<String>,
    inner_caps: BTreeSet<String>,
}

fn evidence(docs: &[Doc<'_>]) -> Evidence {
    let mut e = Evidence { lower: BTreeSet::new(), inner_caps: BTreeSet::new() };
    for d in docs {
        for i in 0..d.model.tokens.len() {
            if !d.is_word(i) {
                continue;
            }
            let w = d.tok(i);
            if w.chars().next().is_some_and(char::is_lowercase) {
                e.lower.insert(d.keys[i].clone());
            } else if is_capitalised(w) && !at_clause_start(d, i) {
                e.inner_caps.insert(d.keys[i].clone());
            }
        }
    }
    e
}

/// True when token `i` opens a sentence, a quotation or a clause after a colon.
fn at_clause_start(d: &Doc<'_>, i: usize) -> bool {
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
fn month_as_surname(d: &Doc<'_>, j: usize, last: usize) -> bool {
    j == last + 1
        && !CALENDAR.contains(&d.keys[last].as_str())
        && !d.tok(j + 1).starts_with(|c: char| c.is_ascii_digit())
        && !d.tok(j + 2).starts_with(|c: char| c.is_ascii_digit())
        && ["april", "may", "june"].contains(&d.keys[j].as_str())
}

/// A title-cased headline ("Tram Driver Held After Crash Kills Seven"): most of its words, four
/// or more, are capitalised, so capitals there mark no names.
fn is_title_cased(d: &Doc<'_>, toks: std::ops::Range<usize>) -> bool {
    let words: Vec<usize> = toks.filter(|&i| d.is_word(i) && d.tok(i).chars().any(char::is_alphabetic)).collect();
    let caps = words.iter().filter(|&&i| is_capitalised(d.tok(i))).count();
    words.len() >= 4 && caps * 10 >= words.len() * 8
}

fn is_person_title(lex: &Lexicon, keys: &[String]) -> bool {
    lex.term(keys).is_some_and(|t| t.refers == Some(Refers::Person) && t.is(Category::Title))
}

/// Find the capitalised name runs of one article.
fn runs(d: &Doc<'_>, di: usize, lex: &Lexicon, ev: &Evidence, out: &mut Vec<Raw>) {
    let n = d.model.tokens.len();
    let headline: Vec<bool> = d.model.sentences.iter().map(|s| is_title_cased(d, s.tokens.clone())).collect();
    let mut i = 0;
    while i < n {
        if !is_name_word(d, i) || d.sentence_of.get(i).is_some_and(|&s| headline[s]) {
            i += 1;
            continue;
        }
        // Collect the run: name words, particles between name words, a dot after a title abbreviation.
        let mut words = vec![i];
        // Whether a word of the run so far refers to a person or group (kept as the run grows).
        let refers = |w: usize| lex.term(&d.keys[w..=w]).is_some_and(|t| t.refers.is_some());
        let mut referring = refers(i);
        let mut j = i + 1;
        let mut possessive = strip_possessive(d.tok(i)).1;
        while j < n && !possessive && d.sentence_of[j] == d.sentence_of[i] {
            let last = *words.last().unwrap_or(&i);
            if d.tok(j) == "." && j == last + 1 && !d.gap_after(last) && is_person_title(lex, &d.keys[last..=last]) {
                j += 1;
                continue;
            }
            if is_name_word(d, j)
                && !is_stopword(&d.keys[j])
                && (!CALENDAR.contains(&d.keys[j].as_str()) || month_as_surname(d, j, last))
            {
                possessive = strip_possessive(d.tok(j)).1;
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

fn accept(d: &Doc<'_>, di: usize, lex: &Lexicon, ev: &Evidence, words: &[usize], out: &mut Vec<Raw>) {
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
    let mut w: Vec<usize> = words.to_vec();
    // A capitalised common word at the start of a sentence is not a name.
    while let Some(&f) = w.first() {
        let k = &d.keys[f];
        let initial = at_clause_start(d, f);
        let common = is_stopword(k) || ev.lower.contains(k) || CALENDAR.contains(&k.as_str());
        let single_unattested = w.len() == 1 && !ev.inner_caps.contains(k);
        if (initial && (common || single_unattested)) || PARTICLES.contains(&k.as_str()) || is_stopword(k) {
            w.remove(0);
        } else {
            break;
        }
    }
    while w.last().is_some_and(|&l| PARTICLES.contains(&d.keys[l].as_str())) {
        w.pop();
    }
    if w.is_empty() {
        return;
    }
    let (title, start, keys) = split_title(d, lex, ev, &w);
    let name_toks = &w[start..];
    let Some((&first, &last)) = name_toks.first().zip(name_toks.last()) else {
        return;
    };
    let surfaces: Vec<&str> = name_toks.iter().map(|&t| strip_possessive(d.tok(t)).0).collect();
    if surfaces.iter().any(|s| s.is_empty()) {
        return;
    }
    let single = surfaces.len() == 1;
    let k0 = &d.keys[first];
    if single && (CALENDAR.contains(&k0.as_str()) || is_stopword(strip_possessive(k0).0)) {
        return;
    }
    // "Christmas Day", "New Year's Eve": a day named like a name is a date, not an actor.
    if !single && HOLIDAY_HEADS.contains(&d.keys[last].as_str()) {
        return;
    }
    // A lone demonym before a lower-case word ("Libyan capital", "Russian mercenaries") is an
    // adjective, unless it is the surname of a full name ("Tamimi into"): decided in `find`.
    let after = last + 1;
    let adjective =
        single && title.is_none() && is_demonym_like(surfaces[0]) && d.is_word(after) && !is_name_word(d, after);
    // A lone title ("President") names nobody.
    if single && lex.term(&keys[start..]).is_some() {
        return;
    }
    let acronym = explicit_acronym(d, first, last);
    let (surface, key) = (surfaces.join(" "), name_key(&surfaces));
    out.push(Raw { doc: di, first, last, title, surface, key, acronym, adjective });
}

/// Titles inside a run: the name is what follows the last title. Returns the title's tokens, the
/// index in `w` where the name starts, and the folded words of the run.
fn split_title(d: &Doc<'_>, lex: &Lexicon, ev: &Evidence, w: &[usize]) -> (Option<(usize, usize)>, usize, Vec<String>) {
    let keys: Vec<String> = w.iter().map(|&t| strip_possessive(&d.keys[t]).0.to_owned()).collect();
    let mut title = None;
    let mut start = 0;
    for end in 1..keys.len() {
        if let Some((t, len)) = lex.term_ending(&keys[..end])
            && t.refers == Some(Refers::Person)
            && (t.is(Category::Title) || t.is(Category::Role))
        {
            // "Velm General Hospital", "King County Prosecutor": a name ending in a common noun is
            // no person's name after a title.
            let last = &keys[keys.len() - 1];
            let plain = w.last().is_some_and(|&t| is_capitalised(d.tok(t)));
            let rest_common =
                (plain && ev.lower.contains(last) && !is_stopword(last) && !CALENDAR.contains(&last.as_str()))
                    || is_group_name(lex, last);
            if !(rest_common && len < end) {
                title = Some((w[0], w[end - 1]));
                start = end;
            }
        }
    }
    (title, start, keys)
}

fn is_demonym_like(w: &str) -> bool {
    let l = w.to_lowercase();
    w.chars().count() > 3 && ["an", "ian", "ean", "ese", "ish", "ic", "i", "ist"].iter().any(|s| l.ends_with(s))
}

/// "Libyan National Army (LNA)": the abbreviation in brackets right after a name.
fn explicit_acronym(d: &Doc<'_>, first: usize, last: usize) -> Option<String> {
    let acr = d.tok(last + 2);
    let same_initial = acr.chars().next().zip(d.tok(first).chars().next()).is_some_and(|(a, b)| a == b);
    (d.tok(last + 1) == "(" && d.tok(last + 3) == ")" && is_acronym(acr) && same_initial).then(|| name_key(&[acr]))
}

struct Dsu(Vec<usize>);

impl Dsu {
    fn find(&mut self, x: usize) -> usize {
        let mut r = x;
        while self.0[r] != r {
            r = self.0[r];
        }
        let mut c = x;
        while self.0[c] != r {
            let n = self.0[c];
            self.0[c] = r;
            c = n;
        }
        r
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb);
        }
    }
}

fn initials(key: &str) -> String {
    key.split(' ')
        .filter(|w| !PARTICLES.contains(w) && *w != "the" && *w != "and")
        .filter_map(|w| w.chars().next())
        .collect()
}

fn is_group_name(lex: &Lexicon, key: &str) -> bool {
    key.split(' ').any(|w| lex.term(&[w.to_owned()]).is_some_and(|t| t.refers == Some(Refers::Group)))
}

/// Find and merge the actors of all articles.
pub(crate) fn find(docs: &[Doc<'_>], lex: &Lexicon) -> ActorSet {
    let ev = evidence(docs);
    let mut raws = Vec::new();
    for (di, d) in docs.iter().enumerate() {
        runs(d, di, lex, &ev, &mut raws);
    }
    let surnames: BTreeSet<String> =
        raws.iter().filter(|r| !r.adjective).filter_map(|r| r.key.rsplit_once(' ').map(|x| x.1.to_owned())).collect();
    let names: BTreeSet<String> = raws.iter().filter(|r| !r.adjective).map(|r| r.key.clone()).collect();
    raws.retain(|r| !r.adjective || surnames.contains(&r.key) || names.contains(&r.key));
    // Distinct keys, with counts and surfaces.
    let mut key_ids: BTreeMap<String, usize> = BTreeMap::new();
    for r in &raws {
        let n = key_ids.len();
        key_ids.entry(r.key.clone()).or_insert(n);
        if let Some(a) = &r.acronym {
            let n = key_ids.len();
            key_ids.entry(a.clone()).or_insert(n);
        }
    }
    let keys: Vec<String> = {
        let mut v = vec![String::new(); key_ids.len()];
        for (k, &i) in &key_ids {
            v[i] = k.clone();
        }
        v
    };
    let mut dsu = Dsu((0..keys.len()).collect());
    let mut count = vec![0usize; keys.len()];
    let mut titled = vec![false; keys.len()];
    for r in &raws {
        let k = key_ids[&r.key];
        count[k] += 1;
        titled[k] |= r.title.is_some();
        if let Some(a) = &r.acronym {
            dsu.union(k, key_ids[a]);
        }
    }
    // Abbreviations matching the initials of a multi-word name; near spellings. Candidates come from
    // indexes (initials; the name with one word masked), not from comparing every pair of names.
    let acronym_keys: BTreeSet<&str> = raws
        .iter()
        .filter(|r| is_acronym(&r.surface))
        .map(|r| r.key.as_str())
        .chain(raws.iter().filter_map(|r| r.acronym.as_deref()))
        .collect();
    let acronym_key: Vec<bool> = keys.iter().map(|k| acronym_keys.contains(k.as_str())).collect();
    merge_abbreviations_and_spellings(&keys, &key_ids, &acronym_key, &titled, &mut dsu);
    merge_surnames(&keys, &count, (&acronym_key, &acronym_keys), &mut titled, (&ev, lex), &mut dsu);
    short::merge_first_words(&raws, &keys, &key_ids, &titled, &ev, &mut dsu);
    build_actors(&raws, &key_ids, &titled, &mut dsu, lex, &acronym_keys)
}

/// Abbreviations matching the initials of a multi-word name; near spellings. Candidates come from
/// indexes (initials; the name with one word masked), not from comparing every pair of names.
fn merge_abbreviations_and_spellings(
    keys: &[String],
    key_ids: &BTreeMap<String, usize>,
    acronym_key: &[bool],
    titled: &[bool],
    dsu: &mut Dsu,
) {
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_mask: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
    for (j, k) in keys.iter().enumerate() {
        if k.contains(' ') {
            by_initials.entry(initials(k)).or_default().push(j);
        }
        let flat = k.replace('-', " ");
        let words: Vec<&str> = flat.split(' ').collect();
        if words.len() >= 2 {
            by_mask.entry(flat.clone()).or_default().push((j, UNMASKED));
            for p in 0..words.len() {
                let mut masked = words.clone();
                masked[p] = "\u{0}";
                by_mask.entry(masked.join(" ")).or_default().push((j, p));
            }
        }
    }
    // An abbreviation stands for the one name with its initials; with several ("AP": a news agency
    // and a person) it is left alone, and person names (titled) never take one.
    for (i, a) in keys.iter().enumerate() {
        if acronym_key[i] && !a.contains(' ') && a.len() >= 2 {
            let person = |j: usize| titled[j] || keys[j].rsplit_once(' ').is_some_and(|(_, l)| key_ids.contains_key(l));
            let names: Vec<usize> =
                by_initials.get(a.as_str()).into_iter().flatten().copied().filter(|&j| !person(j)).collect();
            if let [j] = names[..] {
                dsu.union(i, j);
            }
        }
    }
    let mut buckets: Vec<&Vec<(usize, usize)>> = by_mask.values().filter(|v| v.len() > 1).collect();
    buckets.sort();
    for bucket in buckets {
        for (i, j) in spelling_candidates(keys, bucket) {
            if i != j && near_spelling(&keys[i], &keys[j]) {
                dsu.union(i, j);
            }
        }
    }
}

/// A surname alone joins the one person name it ends (the most mentioned when several do); both
/// are then person names.
fn merge_surnames(
    keys: &[String],
    count: &[usize],
    (acronym_key, acronym_keys): (&[bool], &BTreeSet<&str>),
    titled: &mut [bool],
    (ev, lex): (&Evidence, &Lexicon),
    dsu: &mut Dsu,
) {
    let mut by_last_word: HashMap<&str, Vec<usize>> = HashMap::new();
    for (j, full) in keys.iter().enumerate() {
        if let Some((_, last)) = full.rsplit_once(' ') {
            by_last_word.entry(last).or_default().push(j);
        }
    }
    let mut totals: HashMap<usize, usize> = HashMap::new();
    for (x, &c) in count.iter().enumerate() {
        *totals.entry(dsu.find(x)).or_default() += c;
    }
    for (i, k) in keys.iter().enumerate() {
        // A common word capitalised only at a sentence start ("Road") is no surname.
        let common = ev.lower.contains(k) && !ev.inner_caps.contains(k);
        if k.contains(' ') || acronym_key[i] || common {
            continue;
        }
        let mut best: Option<(usize, usize)> = None;
        for &j in by_last_word.get(k.as_str()).into_iter().flatten() {
            let full = &keys[j];
            let first_common =
                full.split(' ').next().is_some_and(|w| ev.lower.contains(w) || lex.term(&[w.to_owned()]).is_some());
            let first_acronym = full.split(' ').next().is_some_and(|w| acronym_keys.contains(w));
            if j != i && !is_group_name(lex, full) && !first_common && !first_acronym {
                let total = totals.get(&dsu.find(j)).copied().unwrap_or(0);
                if best.is_none_or(|(_, c)| total > c) {
                    best = Some((j, total));
                }
            }
        }
        if let Some((j, _)) = best {
            let (ri, rj) = (dsu.find(i), dsu.find(j));
            if ri != rj {
                let sum = totals.get(&ri).copied().unwrap_or(0) + totals.get(&rj).copied().unwrap_or(0);
                dsu.union(i, j);
                totals.insert(dsu.find(i), sum);
            }
            titled[i] = true; // a name used by surname is a person
            titled[j] = true;
        }
    }
}

/// One actor per merged name, named by its most telling spelling, with its mentions.
fn build_actors(
    raws: &[Raw],
    key_ids: &BTreeMap<String, usize>,
    titled: &[bool],
    dsu: &mut Dsu,
    lex: &Lexicon,
    acronym_keys: &BTreeSet<&str>,
) -> ActorSet {
    let mut root_actor: BTreeMap<usize, usize> = BTreeMap::new();
    let mut surfaces: Vec<BTreeMap<String, BTreeMap<String, usize>>> = Vec::new(); // key -> surface -> count
    let mut infos: Vec<ActorInfo> = Vec::new();
    let mut mentions = Vec::new();
    for r in raws {
        let k = key_ids[&r.key];
        let root = dsu.find(k);
        let a = *root_actor.entry(root).or_insert_with(|| {
            infos.push(ActorInfo {
                name: String::new(),
                aliases: Vec::new(),
                name_words: BTreeSet::new(),
                kind: None,
                count: 0,
            });
            surfaces.push(BTreeMap::new());
            infos.len() - 1
        });
        infos[a].count += 1;
        infos[a].name_words.extend(r.key.split(' ').map(str::to_owned));
        if titled[k] {
            infos[a].kind = Some(Refers::Person);
        }
        *surfaces[a].entry(r.key.clone()).or_default().entry(r.surface.clone()).or_default() += 1;
        mentions.push(Mention { doc: r.doc, first: r.first, last: r.last, title: r.title, actor: a });
    }
    for (a, info) in infos.iter_mut().enumerate() {
        // One surface per key: its most frequent spelling.
        let mut names: Vec<(String, usize)> = surfaces[a]
            .values()
            .filter_map(|m| {
                let total: usize = m.values().sum();
                m.iter().max_by(|x, y| x.1.cmp(y.1).then_with(|| y.0.cmp(x.0))).map(|(s, _)| (s.clone(), total))
            })
            .collect();
        names.sort_by(|(x, cx), (y, cy)| {
            let rank = |s: &str| (s.contains(' '), !is_acronym(s));
            rank(y).cmp(&rank(x)).then(cy.cmp(cx)).then(y.len().cmp(&x.len())).then(x.cmp(y))
        });
        let mut it = names.into_iter().map(|(s, _)| s);
        info.name = it.next().unwrap_or_default();
        info.aliases = it.collect();
        let all_keys: Vec<String> = surfaces[a].keys().cloned().collect();
        if info.kind.is_none() && all_keys.iter().any(|k| is_group_name(lex, k) || acronym_keys.contains(k.as_str())) {
            info.kind = Some(Refers::Group);
        }
    }
    ActorSet { actors: infos, mentions }
}
