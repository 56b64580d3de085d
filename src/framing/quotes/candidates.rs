//! Candidate pairs of quotations, found without dropping any: two quotations are the same quote
//! only when most of the shorter one's content words are also in the other, so by the pigeonhole
//! principle a few of the shorter one's words (its "prefix", the rarest) must be among the other's.
//! Each quotation is looked up by its own prefix words in an index of every quotation's words, and
//! by all its words in an index of prefixes. The cost stays small however common a word is, and
//! the candidates are every pair that could match, whatever else is in the set (so adding unrelated
//! articles never removes a quote group).

/// Where each content word stands among the quotations.
pub(super) struct Candidates {
    /// For each word number, the quotations holding it.
    holding: Vec<Vec<u32>>,
    /// For each word number, the quotations whose prefix holds it.
    prefixed: Vec<Vec<u32>>,
    /// Each quotation's prefix words.
    prefix: Vec<Vec<u32>>,
    /// Each quotation's content words.
    content: Vec<Vec<u32>>,
}

impl Candidates {
    /// Index quotations given as word numbers (`ids`, numbers below `distinct`). `content[w]` tells
    /// whether word `w` is a content word; `need(n)` is the least number of content words (counted
    /// with repeats) a quotation of `n` content words shares with any quotation that matches it.
    pub(super) fn new(ids: &[&[u32]], distinct: usize, content: &[bool], need: impl Fn(usize) -> usize) -> Self {
        let words: Vec<Vec<u32>> =
            ids.iter().map(|q| q.iter().copied().filter(|&w| content[w as usize]).collect()).collect();
        let distinct_words: Vec<Vec<u32>> = words
            .iter()
            .map(|w| {
                let mut d = w.clone();
                d.sort_unstable();
                d.dedup();
                d
            })
            .collect();
        let mut holding: Vec<Vec<u32>> = vec![Vec::new(); distinct];
        for (q, ws) in distinct_words.iter().enumerate() {
            for &w in ws {
                holding[w as usize].push(q as u32);
            }
        }
        let mut prefixed: Vec<Vec<u32>> = vec![Vec::new(); distinct];
        let prefix: Vec<Vec<u32>> = words
            .iter()
            .enumerate()
            .map(|(q, ws)| {
                // The rarest words first (fewest quotations holding them), repeats side by side.
                let mut ranked = ws.clone();
                ranked.sort_unstable_by_key(|&w| (holding[w as usize].len(), w));
                let needed = need(ranked.len());
                let keep = if needed == 0 { 0 } else { ranked.len() + 1 - needed.min(ranked.len()) };
                let mut p: Vec<u32> = ranked[..keep].to_vec();
                p.sort_unstable();
                p.dedup();
                for &w in &p {
                    prefixed[w as usize].push(q as u32);
                }
                p
            })
            .collect();
        Candidates { holding, prefixed, prefix, content: distinct_words }
    }

    /// Every quotation that may match quotation `q` (itself included), each once, in order.
    pub(super) fn of(&self, q: usize) -> Vec<usize> {
        let by_prefix = self.prefix[q].iter().flat_map(|&w| &self.holding[w as usize]);
        let by_word = self.content[q].iter().flat_map(|&w| &self.prefixed[w as usize]);
        let mut out: Vec<usize> = by_prefix.chain(by_word).map(|&x| x as usize).collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::Candidates;
    use proptest::prelude::*;

    /// Words 0-9 are content words, 10 and up function words.
    fn content() -> Vec<bool> {
        (0..20).map(|w| w < 10).collect()
    }

    fn need(n: usize) -> usize {
        (0..=n).find(|&c| c as f64 >= 0.7 * n as f64).unwrap_or(n)
    }

    fn index(quotes: &[&[u32]]) -> Candidates {
        Candidates::new(quotes, 20, &content(), need)
    }

    /// Content words two quotations share, counted with repeats.
    fn overlap(a: &[u32], b: &[u32]) -> usize {
        (0..10u32).map(|w| a.iter().filter(|&&x| x == w).count().min(b.iter().filter(|&&x| x == w).count())).sum()
    }

    #[test]
    fn quotations_sharing_most_content_words_are_candidates_of_each_other() {
        let quotes: &[&[u32]] = &[&[1, 2, 3, 10], &[1, 2, 3, 4, 11], &[5, 6, 7], &[10, 11, 12]];
        let c = index(quotes);
        assert!(c.of(0).contains(&1) && c.of(1).contains(&0));
        // A quotation of function words only has no candidates.
        assert!(c.of(3).is_empty());
    }

    #[test]
    fn every_pair_over_the_threshold_is_found_however_common_its_words() {
        // Word 1 is in every quotation; pairs sharing 3 of 4 content words must still be found.
        let mut quotes: Vec<Vec<u32>> = (0..500).map(|i| vec![1, 2 + (i % 7) as u32, 10]).collect();
        quotes.push(vec![1, 2, 3, 4]);
        quotes.push(vec![1, 2, 3, 9]);
        let refs: Vec<&[u32]> = quotes.iter().map(Vec::as_slice).collect();
        let c = index(&refs);
        assert!(c.of(500).contains(&501));
        assert!(c.of(501).contains(&500));
    }

    proptest! {
        #[test]
        fn no_pair_that_can_match_is_missed(quotes in prop::collection::vec(prop::collection::vec(0u32..14, 1..9), 2..30)) {
            let refs: Vec<&[u32]> = quotes.iter().map(Vec::as_slice).collect();
            let c = index(&refs);
            let own = |q: &[u32]| q.iter().filter(|&&w| w < 10).count();
            for i in 0..quotes.len() {
                for j in 0..quotes.len() {
                    let shared = overlap(&quotes[i], &quotes[j]);
                    let can_match = shared > 0 && (shared >= need(own(&quotes[i])) || shared >= need(own(&quotes[j])));
                    if i != j && can_match {
                        prop_assert!(c.of(i).contains(&j), "{:?} misses {:?}", quotes[i], quotes[j]);
                    }
                }
            }
        }
    }
}
