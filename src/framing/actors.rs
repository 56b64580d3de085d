//! Actors: capitalised name sequences, with titles split off and aliases merged (surname alone,
//! abbreviation and expansion, near spellings). No names are compiled in: only grammar and the lexicon.

use crate::lang::normalize::Key;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::lexicon::{Lexicon, Refers};
use super::{Doc, is_capitalised};

mod runs;
mod short;
mod spelling;
use runs::{Evidence, evidence, runs};
use spelling::{UNMASKED, near_spelling, spelling_candidates};

/// Calendar words (months, days, holidays) are capitalised but name no actor.
#[rustfmt::skip]
pub(crate) const CALENDAR: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "christmas", "easter", "thanksgiving", "halloween", "ramadan",
    "hanukkah", "passover", "diwali",
];

/// Last words that make a capitalised name a day of the calendar ("Christmas Day").
const HOLIDAY_HEADS: &[&str] = &["day", "eve", "weekend", "year"];

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
    /// Mentions in reading order per article, the articles in order.
    pub mentions: Vec<Mention>,
}

impl ActorSet {
    /// The mentions in article `di`, in reading order.
    pub(crate) fn mentions_in(&self, di: usize) -> &[Mention] {
        let from = self.mentions.partition_point(|m| m.doc < di);
        let to = from + self.mentions[from..].partition_point(|m| m.doc == di);
        &self.mentions[from..to]
    }
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
    words.iter().map(|w| word_key(w)).collect::<Vec<_>>().join(" ")
}

/// The folded key of one word of a name. A word of plain letters is one token of the text model,
/// folded at once; any other word is read as a phrase.
fn word_key(w: &str) -> String {
    if !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphabetic()) {
        return crate::lang::normalize::match_key_inline(w).to_string();
    }
    super::lexicon::phrase_keys(w).concat().replace('.', "")
}

fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| *c != '.').collect();
    (2..=6).contains(&letters.len()) && letters.iter().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// "I'm", "It’ll", "We've": a pronoun's contraction (an apostrophe, straight or curly, and "m",
/// "ll", "ve", "re" or "d" in any case), read without building a folded copy of the word.
fn is_contraction(w: &str) -> bool {
    ["m", "ll", "ve", "re", "d"].into_iter().any(|end| {
        let cut = w.len().saturating_sub(end.len());
        w.is_char_boundary(cut)
            && w[cut..].eq_ignore_ascii_case(end)
            && (w[..cut].ends_with('\'') || w[..cut].ends_with('\u{2019}'))
    })
}

/// A name word: capitalised, and not a hyphenated modifier with a lower-case tail ("UN-backed").
fn is_name_word(doc: &Doc<'_>, i: usize) -> bool {
    if !doc.is_word(i) {
        return false;
    }
    let w = doc.tok(i);
    let hyphenated = w.contains(['-', '\u{2010}', '\u{2011}']);
    // Most words: lower case and no hyphen, so no name (the checks below only ever refuse more).
    if !hyphenated && !is_capitalised(w) {
        return false;
    }
    // "I'm", "It'll", "We've": a pronoun's contraction.
    if is_contraction(w) {
        return false;
    }
    let tail_lower = w.rsplit(['-', '\u{2010}', '\u{2011}']).next().is_some_and(|t| !is_capitalised(t));
    if hyphenated && tail_lower {
        return false;
    }
    if is_capitalised(w) {
        return true;
    }
    // "al-Sarraj", "el-Kharraz": a lower-case particle joined to a capitalised name.
    w.split_once(['-', '\u{2010}', '\u{2011}']).is_some_and(|(p, rest)| p.len() <= 3 && is_capitalised(rest))
}

/// The number of each distinct name key (lookups only, so a fixed-seed hash map).
type KeyIds = HashMap<String, usize, foldhash::fast::FixedState>;

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
    key.split(' ').any(|w| lex.term(&[Key::new(w)]).is_some_and(|t| t.refers == Some(Refers::Group)))
}

/// Find and merge the actors of all articles.
pub(crate) fn find(docs: &[Doc<'_>], lex: &Lexicon) -> ActorSet {
    let ev = evidence(docs);
    // Each article's name runs on their own (on every core), in the order of the articles.
    let indices: Vec<usize> = (0..docs.len()).collect();
    let mut raws: Vec<Raw> = crate::par::map(&indices, |&di| {
        let mut out = Vec::new();
        runs(&docs[di], di, lex, &ev, &mut out);
        out
    })
    .into_iter()
    .flatten()
    .collect();
    // A demonym standing alone ("Russian" cut from a heading) vouches for no use of the word as an
    // adjective ("a state-controlled Russian bank"); a surname shaped like one ("Goldman") does.
    let demonym = |r: &Raw| !r.key.contains(' ') && runs::is_demonym_of_a_place(&r.key, &ev);
    let names: std::collections::HashSet<String, foldhash::fast::FixedState> = raws
        .iter()
        .filter(|r| !r.adjective && !demonym(r))
        .flat_map(|r| r.key.rsplit_once(' ').map(|x| x.1.to_owned()).into_iter().chain([r.key.clone()]))
        .collect();
    raws.retain(|r| !r.adjective || names.contains(&r.key));
    // Distinct keys, with counts and surfaces.
    let mut key_ids = KeyIds::default();
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
    merge_legal_forms(&keys, &key_ids, &mut dsu);
    merge_surnames(&keys, &count, (&acronym_key, &acronym_keys), &mut titled, (&ev, lex), &mut dsu);
    short::merge_first_words(&raws, &keys, &key_ids, &titled, &ev, &mut dsu);
    build_actors(&raws, &key_ids, &titled, &mut dsu, lex, &acronym_keys)
}

/// Abbreviations matching the initials of a multi-word name; near spellings. Candidates come from
/// indexes (initials; the name with one word masked), not from comparing every pair of names.
fn merge_abbreviations_and_spellings(
    keys: &[String],
    key_ids: &KeyIds,
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

/// Words that end a company's formal name and are left out in running text.
pub(crate) const LEGAL_FORMS: &[&str] =
    &["inc", "corp", "corporation", "co", "ltd", "limited", "plc", "llc", "lp", "group", "holdings", "sa", "ag", "nv"];

/// A company's formal name joins its short name: "Acme Widgets Group Inc" is "Acme Widgets".
fn merge_legal_forms(keys: &[String], key_ids: &KeyIds, dsu: &mut Dsu) {
    for (i, k) in keys.iter().enumerate() {
        let mut rest = k.as_str();
        while let Some((head, last)) = rest.rsplit_once(' ') {
            if !LEGAL_FORMS.contains(&last) {
                break;
            }
            rest = head;
            if let Some(&j) = key_ids.get(rest) {
                dsu.union(i, j);
                break;
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
        let common = ev.seen_lower(k) && !ev.seen_inner_caps(k);
        if k.contains(' ') || acronym_key[i] || common {
            continue;
        }
        let mut best: Option<(usize, usize)> = None;
        for &j in by_last_word.get(k.as_str()).into_iter().flatten() {
            let full = &keys[j];
            let first_common =
                full.split(' ').next().is_some_and(|w| ev.seen_lower(w) || lex.term(&[Key::new(w)]).is_some());
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
    key_ids: &KeyIds,
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
    // The runs come article by article; a stable sort keeps that promise of `ActorSet::mentions`.
    mentions.sort_by_key(|m: &Mention| m.doc);
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
        let company = |k: &String| k.split(' ').skip(1).any(|w| LEGAL_FORMS.contains(&w));
        if info.kind.is_none()
            && all_keys.iter().any(|k| is_group_name(lex, k) || acronym_keys.contains(k.as_str()) || company(k))
        {
            info.kind = Some(Refers::Group);
        }
    }
    ActorSet { actors: infos, mentions }
}

#[cfg(test)]
mod tests {
    use super::{ActorSet, Mention};

    #[test]
    fn the_mentions_of_one_article_are_its_run_of_the_list() {
        let at = |doc: usize, first: usize| Mention { doc, first, last: first, title: None, actor: 0 };
        let set = ActorSet { actors: Vec::new(), mentions: vec![at(0, 1), at(0, 5), at(1, 2), at(3, 0), at(3, 9)] };
        let firsts = |di: usize| set.mentions_in(di).iter().map(|m| m.first).collect::<Vec<_>>();
        assert_eq!(firsts(0), [1, 5]);
        assert_eq!(firsts(1), [2]);
        assert!(firsts(2).is_empty());
        assert_eq!(firsts(3), [0, 9]);
        assert!(firsts(7).is_empty());
    }

    #[test]
    fn contractions_of_pronouns_are_told_by_their_endings() {
        for w in ["I'm", "It\u{2019}ll", "We'VE", "They're", "You'd"] {
            assert!(super::is_contraction(w), "{w}");
        }
        for w in ["Mum", "Lloyd", "O'Neill", "D'Arcy", "Ed", "'d", "Vale\u{2019}"] {
            assert_eq!(super::is_contraction(w), w == "'d", "{w}");
        }
    }

    #[test]
    fn a_word_of_plain_letters_folds_as_the_phrase_it_is() {
        for w in ["Harbour", "Labour", "Organisation", "Vale", "NATO", "McCarthy", "Theatre", "A"] {
            let phrase = crate::framing::lexicon::phrase_keys(w).concat().replace('.', "");
            assert_eq!(super::word_key(w), phrase, "{w}");
        }
        assert_eq!(super::name_key(&["U.S.", "Harbour", "Board"]), "us harbor board");
    }
}
