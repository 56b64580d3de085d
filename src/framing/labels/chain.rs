//! Modifier chains: the words before a head noun or a name that describe it ("rival computer
//! chipmaker", "Royal Navy veteran", "the divisive"), and what the articles tell of which words are verbs.

use crate::lang::normalize::Key;
use crate::text::FastSet;

use super::super::lexicon::{Category, Lexicon};
use super::super::{Doc, is_capitalised, is_quote_mark, strip_possessive};
use crate::lang::normalize::is_stopword;

/// Most tokens a label's modifier chain takes.
const MAX_CHAIN: usize = 7;

/// Hyphenated affiliation modifiers worth a label even when not in the lexicon ("Tripoli-based").
const AFFILIATION_TAILS: &[&str] =
    &["backed", "based", "led", "allied", "aligned", "controlled", "funded", "supported", "recognised", "recognized"];

/// Words after which a verb stands ("to acquire", "would face", "did not").
const VERB_CUES: &[&str] =
    &["to", "will", "would", "could", "should", "can", "must", "might", "shall", "not", "did", "does", "n't"];

/// Pronouns that stand as subjects: the word after one is a verb.
const SUBJECT_PRONOUNS: &[&str] = &["they", "he", "she", "we", "i", "you", "it", "who"];

/// Adverbs of time that stand before a noun phrase without modifying it ("later Monday").
pub(crate) const TIME_WORDS: &[&str] = &[
    "later",
    "earlier",
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "recently",
    "ago",
    "meanwhile",
    "afterwards",
    "day",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
];

/// Conjunctions and prepositions missing from the function-word list: never a modifier ("plus oil
/// giant Shell" describes Shell as an oil giant only).
const CONNECTIVES: &[&str] =
    &["plus", "versus", "vs", "via", "unlike", "including", "alongside", "amid", "despite", "per", "besides"];

/// What the articles of one comparison tell about their words.
#[derive(Debug, Default)]
pub(crate) struct Grammar {
    /// Words seen after a verb cue and never after an article or possessive determiner: verbs.
    verbs: FastSet<String>,
}

impl Grammar {
    /// Read the verb evidence of all articles.
    pub(crate) fn new(docs: &[Doc<'_>]) -> Self {
        let (mut cued, mut nominal) = (FastSet::default(), FastSet::default());
        for d in docs {
            for i in 1..d.keys.len() {
                if !d.is_word(i) || !d.is_word(i - 1) {
                    continue;
                }
                let prev = d.keys[i - 1].as_str();
                let cue = VERB_CUES.contains(&prev);
                let determiner = matches!(prev, "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "this");
                // Only lower-case content words: "to the", "to China" show no verb.
                if !(cue || determiner) || is_stopword(&d.keys[i]) || is_capitalised(d.tok(i)) {
                    continue;
                }
                // "to" also leads to nouns ("fled to safety"): a verb after it takes an object.
                let object_follows = d.keys.get(i + 1).is_some_and(|k| {
                    matches!(k.as_str(), "the" | "a" | "an" | "its" | "his" | "her" | "their" | "them" | "it" | "him")
                });
                if cue && (prev != "to" || object_follows) {
                    cued.insert(d.keys[i].as_str());
                } else if determiner {
                    nominal.insert(d.keys[i].as_str());
                }
            }
        }
        Grammar { verbs: cued.difference(&nominal).map(|v| v.to_string()).collect() }
    }

    /// True when the word is seen used as a verb.
    pub(crate) fn is_verb(&self, key: &str) -> bool {
        self.verbs.contains(key)
    }
}

/// A word shaped like an adjective or adverb ("regional", "divisive", "internationally").
pub(crate) fn is_adjective_like(word: &str) -> bool {
    let w = word.to_lowercase();
    let n = w.chars().count();
    (n > 4 && w.ends_with("ly"))
        || w.contains('-')
        || (n > 4
            && ["al", "ic", "ary", "ive", "ous", "ern", "ian", "ese", "ish", "ful", "less", "ent", "ant"]
                .iter()
                .any(|s| w.ends_with(s)))
}

/// True when a lexicon term naming an actor kind ends at token `i` ("chipmaker", "chief executive").
pub(crate) fn is_head_noun(d: &Doc<'_>, lex: &Lexicon, i: usize) -> bool {
    d.is_word(i)
        && lex
            .term(&[Key::new(strip_possessive(&d.keys[i]).0)])
            .is_some_and(|t| t.refers.is_some() && !t.is(Category::Descriptor))
}

/// A lower-case word that can modify a noun inside a chain: an adjective, a hyphenated compound,
/// or a noun used as a modifier ("credit", "computer"); not a verb, not a participle of one
/// ("arrested"), and an "-ing" form only after another modifier ("credit monitoring") or a
/// determiner.
fn lower_modifier(d: &Doc<'_>, g: &Grammar, lex: &Lexicon, i: usize, sent_start: usize) -> bool {
    let k = d.keys[i].as_str();
    if is_stopword(k)
        || g.is_verb(k)
        || lex.attribution_at(&d.keys[i..=i]).is_some()
        || TIME_WORDS.contains(&k)
        || CONNECTIVES.contains(&k)
    {
        return false;
    }
    // After a subject a word is its verb: "they blame ...", "The agency wants ...".
    let prev = (i > sent_start && d.is_word(i - 1)).then(|| d.keys[i - 1].as_str());
    let third_person = crate::framing::plural_shaped(k);
    if prev.is_some_and(|p| SUBJECT_PRONOUNS.contains(&p))
        || (third_person && prev.is_some() && is_capitalised(d.tok(i - 1)))
    {
        return false;
    }
    if k.contains('-') || (is_adjective_like(k) && !k.ends_with("ed")) {
        return true;
    }
    if k.ends_with("ed") || k.ends_with("ly") {
        return false;
    }
    // "-ing" after a determiner is an adjective too ("the banking giant", "the ruling party").
    let determiner = |p: &str| matches!(p, "the" | "a" | "an" | "its" | "their" | "this" | "that");
    !k.ends_with("ing")
        || (i > sent_start && d.is_word(i - 1) && (!is_stopword(&d.keys[i - 1]) || determiner(&d.keys[i - 1])))
}

/// "health and safety regulator": "and" joins two singular noun modifiers before a head, not a
/// plural noun to a new phrase ("fans and club chairman").
fn coordinated_modifier(d: &Doc<'_>, lex: &Lexicon, and: usize, start: usize, end: usize) -> bool {
    let left = and - 1;
    start < end
        && d.is_word(left)
        && !is_capitalised(d.tok(left))
        && !is_stopword(&d.keys[left])
        && !d.keys[left].ends_with('s')
        && !is_head_noun(d, lex, start)
}

/// Walk back from token `end` over label modifiers; returns the first token of the chain.
pub(crate) fn chain_back(d: &Doc<'_>, g: &Grammar, lex: &Lexicon, end: usize, anchor: usize) -> Option<usize> {
    let sent = d.sentence_tokens(anchor);
    if !sent.contains(&end) {
        return None;
    }
    let mut start = None;
    let mut j = end as isize;
    let mut taken = 0;
    while j >= sent.start as isize && taken < MAX_CHAIN {
        let i = j as usize;
        let tok = d.tok(i);
        // "Wales' workplace regulator": an apostrophe glued to a plural is a possessive ending.
        let possessive_mark = matches!(tok, "'" | "\u{2019}")
            && i > sent.start
            && !d.gap_after(i - 1)
            && d.tok(i - 1).ends_with(['s', 'S']);
        if possessive_mark {
            break;
        }
        // "Keefe Bruyette & Woods analyst": "&" inside a capitalised name.
        let ampersand = tok == "&"
            && i > sent.start
            && d.is_word(i - 1)
            && is_capitalised(d.tok(i - 1))
            && start.is_some_and(|s| s == i + 1 && is_capitalised(d.tok(s)));
        if ampersand {
            start = Some(i);
            j -= 1;
            continue;
        }
        if !d.is_word(i) {
            let abbrev_dot =
                tok == "." && i > sent.start && i + 1 < sent.end && d.is_word(i - 1) && !d.gap_after(i - 1);
            if is_quote_mark(tok) || abbrev_dot {
                start = Some(i);
                j -= 1;
                continue;
            }
            break;
        }
        if strip_possessive(tok).1 {
            break;
        }
        let upto = &d.keys[sent.start..=i];
        if let Some((_, n)) = lex.term_ending(upto) {
            let first = i + 1 - n;
            if n > 1 || !is_stopword(&d.keys[i]) {
                start = Some(first);
                taken += n;
                j = first as isize - 1;
                continue;
            }
        }
        // "chairman and chief executive": two role nouns joined.
        let joined = d.keys[i] == "and"
            && i > sent.start
            && start.is_some_and(|s| (s..=end).any(|h| is_head_noun(d, lex, h)))
            && (is_head_noun(d, lex, i - 1) || coordinated_modifier(d, lex, i, start.unwrap_or(end), end));
        let ok = if joined {
            true
        } else if is_capitalised(tok) {
            !(is_stopword(&d.keys[i]) && (i == sent.start || !d.is_word(i - 1)))
                && !super::super::actors::CALENDAR.contains(&d.keys[i].as_str())
                // "Later President Vik": a time word opening the sentence, unless inside a name
                // ("Good Morning America").
                && (!TIME_WORDS.contains(&d.keys[i].as_str())
                    || (i > sent.start && d.is_word(i - 1) && is_capitalised(d.tok(i - 1))))
        } else {
            lower_modifier(d, g, lex, i, sent.start)
        };
        if !ok {
            break;
        }
        start = Some(i);
        taken += 1;
        j -= 1;
    }
    start
}

/// True when tokens `a..=b` make a label: a loaded or role term, an affiliation ("Tripoli-based"),
/// a head noun at the end ("Transport expert"), a hyphenated modifier ("state-run"), or
/// adjectives after a determiner ("the divisive").
pub(crate) fn worth(d: &Doc<'_>, lex: &Lexicon, a: usize, b: usize) -> bool {
    let term = (a..=b).any(|i| {
        d.is_word(i)
            && (lex.term_at(&d.keys[i..=b]).is_some_and(|(t, _)| !t.is(Category::Descriptor))
                || d.keys[i]
                    .rsplit('-')
                    .next()
                    .is_some_and(|t| d.keys[i].contains('-') && AFFILIATION_TAILS.contains(&t)))
    });
    let words: Vec<usize> = (a..=b).filter(|&i| d.is_word(i)).collect();
    let compound = words.iter().any(|&i| {
        let k = &d.keys[i];
        k.contains('-') && k.chars().any(char::is_alphabetic) && !is_capitalised(d.tok(i))
    });
    let determined = a > 0 && matches!(d.keys[a - 1].as_str(), "the" | "a" | "an");
    let adjectives = !words.is_empty()
        && words
            .iter()
            .all(|&i| !is_capitalised(d.tok(i)) && is_adjective_like(d.tok(i)) && !d.keys[i].ends_with("ly"));
    // The last word must be the head or a modifier: "its 357-year history" describes the history.
    let last_ok = is_capitalised(d.tok(b))
        || !d.is_word(b)
        || is_head_noun(d, lex, b)
        || is_adjective_like(d.tok(b))
        || lex.term_ending(&d.keys[a..=b]).is_some();
    last_ok && (term || is_head_noun(d, lex, b) || compound || (determined && adjectives))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::TextModel;

    fn chain(t: &str, before: &str) -> String {
        let m = TextModel::new(t);
        let d = Doc::new(crate::model::ArticleId(1), t, &m);
        let lex = Lexicon::builtin();
        let g = Grammar::new(std::slice::from_ref(&d));
        let end = (0..m.tokens.len()).find(|&i| d.tok(i + 1) == before).expect("anchor");
        chain_back(&d, &g, &lex, end, end).map_or(String::new(), |s| d.slice(d.span(s, end)).to_owned())
    }

    #[test]
    fn verbs_are_content_words_after_a_verb_cue() {
        let t = "They went to the port to sell fish. Zentro will sell the port to China. They fled to safety.";
        let m = TextModel::new(t);
        let d = Doc::new(crate::model::ArticleId(1), t, &m);
        let g = Grammar::new(std::slice::from_ref(&d));
        assert!(
            g.is_verb("sell") && !g.is_verb("the") && !g.is_verb("china") && !g.is_verb("port") && !g.is_verb("safety")
        );
    }

    #[test]
    fn chains_take_noun_modifiers_and_stop_at_verbs() {
        assert_eq!(chain("The bid for rival software maker Zentro failed.", "Zentro"), "rival software maker");
        assert_eq!(chain("Police arrested former trader Ola Ruud.", "Ola"), "former trader");
        assert_eq!(chain("Hackers will hit US credit rating firm Zentro.", "Zentro"), "US credit rating firm");
        assert_eq!(chain("They plan to acquire chipmaker Zentro. They will acquire it.", "Zentro"), "chipmaker");
        assert_eq!(
            chain("It was company chairman and chief executive Ola Ruud.", "Ola"),
            "company chairman and chief executive"
        );
        assert_eq!(chain("Now they blame coastal general Ola Ruud.", "Ola"), "coastal general");
        assert_eq!(chain("The Agency wants northern commander Ola Ruud out.", "Ola"), "northern commander");
        // A chain may reach the first word of the text (found by fuzzing: no word before it).
        let _ = chain("Rules chief Ola Ruud spoke.", "Ola");
    }
}
