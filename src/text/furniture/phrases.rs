//! A list of web-page phrases looked for in a line all at once (one Aho-Corasick automaton per list)
//! rather than one substring search per phrase: the same answers as `has_phrase` for each phrase,
//! in one pass over the line.

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

/// A list of phrases in lower case; a phrase ending in `*` matches as a word prefix ("advertis*").
pub(super) struct Phrases {
    automaton: AhoCorasick,
    /// The phrases without their `*`, and whether each had one.
    phrases: Vec<(&'static str, bool)>,
}

impl Phrases {
    /// The automaton of a list, built once per list.
    pub(super) fn of(cell: &'static OnceLock<Phrases>, list: impl IntoIterator<Item = &'static str>) -> &'static Self {
        cell.get_or_init(|| {
            let phrases: Vec<(&'static str, bool)> =
                list.into_iter().map(|p| p.strip_suffix('*').map_or((p, false), |p| (p, true))).collect();
            let automaton = AhoCorasick::new(phrases.iter().map(|(p, _)| p)).expect("the phrase lists are small");
            Phrases { automaton, phrases }
        })
    }

    /// The positions in the list of the phrases that `lower` holds at word edges, in list order.
    pub(super) fn found(&self, lower: &str) -> Vec<usize> {
        let mut out: Vec<usize> = self
            .automaton
            .find_overlapping_iter(lower)
            .filter(|m| {
                let (p, prefix) = self.phrases[m.pattern().as_usize()];
                at_word_edges(lower, m.start(), m.end(), p, prefix)
            })
            .map(|m| m.pattern().as_usize())
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// True when the phrase `p` found at `start..end` of `lower` is not part of a longer word: a word
/// character neither before it (when the phrase starts with one) nor after it (when it ends with one
/// and is not a prefix).
pub(super) fn at_word_edges(lower: &str, start: usize, end: usize, p: &str, prefix: bool) -> bool {
    let word_char = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let before = lower[..start].chars().next_back();
    let after = lower[end..].chars().next();
    let edge_ok = |c: Option<char>, at_p_edge: Option<char>| !word_char(c) || !word_char(at_p_edge);
    edge_ok(before, p.chars().next()) && (prefix || edge_ok(after, p.chars().next_back()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_are_found_at_word_edges_in_list_order() {
        static CELL: OnceLock<Phrases> = OnceLock::new();
        let set = Phrases::of(&CELL, ["subscribe", "advertis*", "share |", "sign up"]);
        assert_eq!(set.found("sign up to subscribe | share | print"), [0, 2, 3]);
        assert_eq!(set.found("advertisement"), [1]);
        assert!(set.found("netflix adds subscribers").is_empty(), "a phrase inside a longer word");
        assert!(set.found("resign up front").is_empty());
        // Overlapping phrases are all found.
        static CELL2: OnceLock<Phrases> = OnceLock::new();
        let set = Phrases::of(&CELL2, ["read more", "more stories"]);
        assert_eq!(set.found("read more stories"), [0, 1]);
    }
}
