//! Stage 3, align: every passage two or more articles share, wherever it stands in each.
//!
//! 1. Every article's words are folded for matching ([`crate::lang::normalize::match_key`]) and
//!    indexed by word trigrams ("shingles"); only articles that share shingles are compared, so the
//!    cost grows with what is shared, not with the square of the corpus.
//! 2. Shared shingles of a pair of articles are chained into regions that tolerate small edits, then
//!    extended over single matching words, snapped to sentence edges when they nearly reach them, and
//!    split where an exact copy meets an edited one (`chain`).
//! 3. Sentences left unmatched that share most of their rare content words are paraphrase pairs
//!    (`paraphrase`).
//! 4. Neighbouring matches of a pair of articles that are pieces of one reused block (close pieces
//!    in the same order, reworded or copied; fragments shuffled inside an edited stretch; a
//!    paragraph retelling a longer stretch of the other article in its order) are joined (`join`).
//! 5. Pair matches that overlap in an article become one passage with one member per article, and
//!    each member pair gets a word diff from `similar` (`cluster`, [`crate::text::diff`]).
//!
//! The result does not depend on the order the articles were given in.

mod chain;
mod cluster;
mod gate;
mod join;
pub mod judge;
mod paraphrase;

pub(crate) use crate::text::FastMap;
use std::ops::Range;

use crate::lang::normalize::is_stopword;
use crate::model::{ArticleId, Passage, Span};
use crate::text::{Prepared, TextModel, TokenKind};

/// Interned match keys of every word in the articles.
pub(crate) struct Vocab {
    map: FastMap<String, u32>,
    words: Vec<String>,
    stop: Vec<bool>,
}

impl Vocab {
    fn new() -> Self {
        Vocab { map: FastMap::default(), words: Vec::new(), stop: Vec::new() }
    }

    fn intern(&mut self, key: &str) -> u32 {
        if let Some(&id) = self.map.get(key) {
            return id;
        }
        let id = self.words.len() as u32;
        self.stop.push(is_stopword(key));
        self.words.push(key.to_owned());
        self.map.insert(key.to_owned(), id);
        id
    }

    /// Words two key sequences share in order (by a word diff), and how many of those are content
    /// words (not stopwords).
    fn matched_words(&self, ka: &[u32], kb: &[u32]) -> (usize, usize) {
        let (mut matched, mut content) = (0, 0);
        for op in similar::capture_diff_slices(similar::Algorithm::Myers, ka, kb) {
            if let (similar::DiffTag::Equal, r, _) = op.as_tag_tuple() {
                matched += r.len();
                content += ka[r].iter().filter(|&&k| !self.stop[k as usize]).count();
            }
        }
        (matched, content)
    }
}

/// Quotation marks that open or close a quotation.
const QUOTE_MARKS: [char; 5] = ['"', '\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}'];

/// For each of a rising list of byte offsets, the number of quotation marks in `text` before it.
fn marks_before(text: &str, starts: impl Iterator<Item = usize>) -> Vec<u32> {
    let (mut seen, mut count) = (0, 0u32);
    starts
        .map(|at| {
            if at > seen {
                count += text.get(seen..at).map_or(0, |t| t.matches(QUOTE_MARKS).count() as u32);
                seen = at;
            }
            count
        })
        .collect()
}

/// One article as the aligner sees it: its words as interned keys, with sentence structure.
pub(crate) struct Doc<'a> {
    id: ArticleId,
    text: &'a str,
    model: &'a TextModel,
    /// The outlet that published the article, when known.
    outlet: Option<&'a str>,
    /// Token index of each word.
    words: Vec<u32>,
    /// Match key of each word.
    keys: Vec<u32>,
    /// Sentence of each word.
    sent_of: Vec<u32>,
    /// Word range of each sentence.
    sent_words: Vec<Range<usize>>,
    /// Number of quotation marks in the text before the start of each word.
    marks_before: Vec<u32>,
}

impl<'a> Doc<'a> {
    fn new(p: &'a Prepared, vocab: &mut Vocab) -> Self {
        let model = &p.model;
        let text = p.article.text.as_str();
        let n = model.word_count();
        let (mut words, mut keys, mut sent_of) = (Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n));
        let mut sent_words = Vec::with_capacity(model.sentences.len());
        for (s, sent) in model.sentences.iter().enumerate() {
            let start = words.len();
            for ti in sent.tokens.clone() {
                let t = model.tokens[ti];
                if t.kind == TokenKind::Word {
                    words.push(ti as u32);
                    keys.push(vocab.intern(&model.keys[ti]));
                    sent_of.push(s as u32);
                }
            }
            sent_words.push(start..words.len());
        }
        let marks_before = marks_before(text, words.iter().map(|&t| model.tokens[t as usize].span().start));
        let outlet = p.article.outlet.as_deref();
        Doc { id: p.article.id, text, model, outlet, words, keys, sent_of, sent_words, marks_before }
    }

    /// Byte span of word `w`.
    fn span_of_word(&self, w: usize) -> Span {
        self.model.tokens[self.words[w] as usize].span()
    }

    /// Word range of the sentence holding word `w`.
    fn sentence_words(&self, w: usize) -> Range<usize> {
        self.sent_words[self.sent_of[w] as usize].clone()
    }

    /// True when a word range starts at a sentence start and ends at a sentence end.
    fn covers_sentences(&self, r: &Range<usize>) -> bool {
        self.sentence_words(r.start).start == r.start && self.sentence_words(r.end - 1).end == r.end
    }

    /// Byte span of a word range; a range that reaches a sentence edge takes in the sentence's
    /// opening or closing punctuation.
    fn byte_span(&self, r: &Range<usize>) -> Span {
        let (first, last) = (self.span_of_word(r.start), self.span_of_word(r.end - 1));
        let s_first = &self.model.sentences[self.sent_of[r.start] as usize];
        let s_last = &self.model.sentences[self.sent_of[r.end - 1] as usize];
        let start = if self.sentence_words(r.start).start == r.start { s_first.span.start } else { first.start };
        let end = if self.sentence_words(r.end - 1).end == r.end { s_last.span.end } else { last.end };
        Span::new(start, end)
    }

    /// True when a byte span covers all the words of the sentences it touches (give or take two).
    fn is_whole_sentences(&self, span: Span) -> bool {
        let Some(first) = self.model.sentence_at(span.start) else { return false };
        let Some(last) = self.model.sentence_at(span.end.saturating_sub(1)) else { return false };
        let total: usize = (first..=last).map(|s| self.sent_words[s].len()).sum();
        let inside = (first..=last)
            .flat_map(|s| self.sent_words[s].clone())
            .filter(|&w| span.contains(&self.span_of_word(w)))
            .count();
        total - inside <= 2
    }

    /// The paragraph holding a word range, when it lies inside one.
    fn paragraph_of(&self, r: &Range<usize>) -> Option<usize> {
        let para = |w: usize| self.model.sentences[self.sent_of[w] as usize].paragraph;
        (para(r.start) == para(r.end - 1)).then(|| para(r.start))
    }

    /// Byte span from the first to the last word of a word range.
    fn word_span(&self, r: &Range<usize>) -> Span {
        Span::new(self.span_of_word(r.start).start, self.span_of_word(r.end - 1).end)
    }

    /// True when a quotation mark stands between the start of word `x` and the start of word `y`
    /// (`x <= y`): the two words are on either side of a quotation's edge.
    fn quote_mark_in(&self, x: usize, y: usize) -> bool {
        self.marks_before[y] > self.marks_before[x]
    }

    /// True when a word range lies inside a quotation.
    fn quoted(&self, r: &Range<usize>) -> bool {
        self.model.quote_around(self.word_span(r)).is_some()
    }

    /// The words of the quotation holding the whole of a word range, when it stands in one.
    fn quote_of(&self, r: &Range<usize>) -> Option<Range<usize>> {
        let q = self.model.quote_around(self.word_span(r))?;
        // Words are token indices in order: those inside the quotation are one run of them.
        let toks = self.model.tokens_within(q);
        Some(
            self.words.partition_point(|&t| (t as usize) < toks.start)
                ..self.words.partition_point(|&t| (t as usize) < toks.end),
        )
    }

    /// The words of the quotation holding word `w`, when it stands in one.
    fn quote_words(&self, w: usize) -> Option<Range<usize>> {
        self.quote_of(&(w..w + 1))
    }

    /// True when a word range lies inside one quotation and covers most of its words.
    fn quoted_whole(&self, r: &Range<usize>) -> bool {
        self.quote_of(r).is_some_and(|q| r.len() * 10 >= q.len() * 6)
    }
}

/// A match between a word range of article `a` and one of article `b`.
#[derive(Clone)]
pub(crate) struct PairMatch {
    a: usize,
    a_words: Range<usize>,
    b: usize,
    b_words: Range<usize>,
    /// Found as a paraphrase of whole sentences rather than as a copy.
    paraphrase: bool,
    /// A copy match that stands on its own (see `chain::is_strong`); weak ones yield to paraphrases.
    strong: bool,
}

/// Find every passage shared by two or more of the articles (whose ids must be set).
pub fn find_passages(articles: &[Prepared]) -> Vec<Passage> {
    let mut vocab = Vocab::new();
    let docs: Vec<Doc> = articles.iter().map(|p| Doc::new(p, &mut vocab)).collect();
    let docs: Vec<Doc> = docs.into_iter().filter(|d| !d.words.is_empty()).collect();
    // A canonical order (by text) makes the result independent of the order of the inputs.
    let mut by_text: Vec<usize> = (0..docs.len()).collect();
    by_text.sort_by(|&x, &y| docs[x].text.cmp(docs[y].text));
    let mut rank = vec![0; docs.len()];
    for (r, &d) in by_text.iter().enumerate() {
        rank[d] = r;
    }
    let mut matches = chain::chain_matches(&docs, &vocab, &rank);
    let (paraphrases, absorbed) = paraphrase::paraphrase_matches(&docs, &vocab, &rank, &matches);
    let mut k = 0;
    matches.retain(|_| {
        k += 1;
        absorbed.binary_search(&(k - 1)).is_err()
    });
    matches.extend(paraphrases);
    let matches = gate::judged(&docs, &vocab, matches);
    let matches: Vec<PairMatch> = join::join_neighbours(&docs, &vocab, matches)
        .into_iter()
        .map(|m| {
            if m.paraphrase {
                return m;
            }
            let (a_words, b_words) = chain::with_determiner(&docs[m.a], &docs[m.b], (m.a_words, m.b_words), &vocab);
            PairMatch { a_words, b_words, ..m }
        })
        .collect();
    cluster::passages(&docs, &matches)
}

#[cfg(test)]
mod tests {
    use crate::load::Source;
    use crate::model::{Comparison, PassageKind};

    pub(super) fn compare(texts: &[&str]) -> Comparison {
        let sources =
            texts.iter().enumerate().map(|(i, t)| Source { path: format!("{i}.txt"), bytes: t.as_bytes().to_vec() });
        crate::analyze(sources.collect(), Vec::new(), &mut |_| {})
    }

    fn compare_named(files: &[(&str, &str)]) -> Comparison {
        let sources = files.iter().map(|(p, t)| Source { path: (*p).to_owned(), bytes: t.as_bytes().to_vec() });
        crate::analyze(sources.collect(), Vec::new(), &mut |_| {})
    }

    #[test]
    fn quotation_marks_are_counted_before_each_word() {
        let text = "a \u{201c}b c\u{201d} d \"e\"";
        let starts: Vec<usize> = ["a", "b", "c", "d", "e"].iter().map(|w| text.find(w).unwrap()).collect();
        assert_eq!(super::marks_before(text, starts.into_iter()), [0, 1, 1, 2, 3]);
    }

    const WIRE: &str = "Rescue teams worked through the night to reach villages cut off by the flood water. \
        The regional governor said at least 12 people had died and hundreds more had been forced from their homes. \
        Roads into the valley remained closed on Monday as engineers inspected damaged bridges.";

    #[test]
    fn a_copied_paragraph_is_one_passage_wherever_it_stands() {
        let a = format!(
            "Floods hit the north of the country\n\nStorms swept the region over the weekend, bringing the heaviest rain in a century.\n\n{WIRE}\n\nMeteorologists expect more rain this week."
        );
        let b = format!(
            "Valley cut off after storms\n\n{WIRE}\n\nLocal businesses said the damage would take months to repair, and insurers were already counting the cost."
        );
        let cmp = compare(&[&a, &b]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        let p = &cmp.passages[0];
        assert_eq!(p.kind, PassageKind::Verbatim);
        assert_eq!(p.members[0].text, WIRE);
        assert_eq!(p.members[1].text, WIRE);
    }

    #[test]
    fn common_phrases_are_not_passages() {
        let a = "One headline about talks\n\nThe United Nations said on Sunday that talks would resume in Geneva next month after a pause.";
        let b = "Another headline about aid\n\nAid agencies told the United Nations on Sunday that supplies were running low in the camps.";
        assert!(compare(&[a, b]).passages.is_empty());
    }

    #[test]
    fn an_edited_sentence_is_near_with_its_diff() {
        let a = "Headline number one here\n\nThe minister said the government would not negotiate with the armed group under any circumstances.";
        let b = "Headline number two there\n\nThe minister said the government would never negotiate with the armed group under any circumstances.";
        let cmp = compare(&[a, b]);
        assert_eq!(cmp.passages.len(), 1);
        assert_eq!(cmp.passages[0].kind, PassageKind::Near);
        let d = &cmp.passages[0].diffs[0];
        assert_eq!(d.text_of(crate::model::DiffTag::Delete).trim(), "not");
        assert_eq!(d.text_of(crate::model::DiffTag::Insert).trim(), "never");
    }

    #[test]
    fn the_kind_of_a_passage_agrees_with_its_similarity() {
        // Two outlets copy a sentence word for word; a third rewords it loosely.
        let a = "Bridge shut after storm\n\nEngineers closed the old river bridge on Tuesday after storm waters \
                 cracked two of its stone piers, the county council said.";
        let b = "Storm damages bridge\n\nEngineers closed the old river bridge on Tuesday after storm waters \
                 cracked two of its stone piers, the county council said.";
        let c = "County bridge closed\n\nThe county council said its engineers had shut the river crossing, whose \
                 stone piers were cracked by the storm waters, on Tuesday.";
        let cmp = compare(&[a, b, c]);
        let with_c = cmp.passages.iter().find(|p| p.members.len() == 3);
        for p in &cmp.passages {
            match p.kind {
                PassageKind::Verbatim => assert_eq!(p.similarity, 1.0, "{p:#?}"),
                PassageKind::Near => assert!(p.similarity >= super::cluster::NEAR_MIN, "{p:#?}"),
                _ => {}
            }
        }
        if let Some(p) = with_c {
            assert_ne!(p.kind, PassageKind::Verbatim, "a reworded member makes it no verbatim copy");
        }
        for p in &compare(&[crate::seeds::SEEDS[0].1, crate::seeds::SEEDS[2].1, crate::seeds::SEEDS[4].1]).passages {
            assert!(p.kind != PassageKind::Near || p.similarity >= super::cluster::NEAR_MIN, "{p:#?}");
        }
    }

    #[test]
    fn a_sentence_with_a_reworded_opening_is_one_member_from_its_start() {
        let a = "Depot raided at dawn\n\nThe raid began early. Officials are also believed to have seized 4,000 \
                 rifles plus boxes of ammunition and spare parts for the army trucks. Nobody was hurt.";
        let b = "Rifles seized in raid\n\nPolice moved in at six. Officials are thought to have taken 4,000 rifles \
                 plus boxes of ammunition and spare parts for the army trucks. The depot is closed.";
        let cmp = compare(&[a, b]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        let m = &cmp.passages[0].members;
        assert!(m.iter().all(|m| m.text.starts_with("Officials are")), "{m:#?}");
        assert_eq!(cmp.passages[0].kind, PassageKind::Near);
        // Other text glued before a copied half sentence is not taken in.
        let c = "Depot news\n\nThe weather stayed cold while 4,000 rifles plus boxes of ammunition and spare parts \
                 for the army trucks were counted by the clerks. Nobody was hurt.";
        let cmp = compare(&[b, c]);
        assert!(
            cmp.passages.iter().flat_map(|p| &p.members).all(|m| !m.text.contains("weather")),
            "{:#?}",
            cmp.passages
        );
    }

    #[test]
    fn three_outlets_sharing_a_sentence_make_one_passage_with_three_members() {
        let s = "The company said it had found no evidence that customer data had been stolen in the attack.";
        let a = format!("First headline on the hack\n\nHackers struck the retailer overnight. {s}");
        let b = format!("Second headline on the hack\n\n{s} Shares fell four percent in early trading.");
        let c = format!("Third headline on the hack\n\nInvestigators are still working. {s}");
        let cmp = compare(&[&a, &b, &c]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        assert_eq!(cmp.passages[0].members.len(), 3);
        assert_eq!(cmp.passages[0].diffs.len(), 3, "every member pair is diffed");
    }

    #[test]
    fn a_copied_story_with_edits_is_one_passage() {
        let story = [
            "Fire crews battled a blaze at a warehouse in the industrial district for most of Tuesday.",
            "Smoke could be seen across the city as flames spread to two neighbouring buildings.",
            "The fire chief said forty firefighters and twelve engines had been sent to the scene.",
            "Residents living nearby were told to keep their windows and doors closed until evening.",
            "Police closed several roads around the site and asked drivers to avoid the area.",
            "The cause of the fire is not yet known and an investigation has been opened.",
        ];
        let mut edited = story.map(str::to_owned);
        edited[2] = "The fire chief said about forty firefighters and a dozen engines were sent to the scene.".into();
        edited[4] = "Police shut several roads near the site and asked all drivers to avoid the area.".into();
        let a =
            format!("Warehouse fire in the city\n\nA quiet start to the week ended abruptly.\n\n{}", story.join(" "));
        let b = format!(
            "Blaze hits industrial district\n\n{}\n\nThe warehouse owner could not be reached.",
            edited.join(" ")
        );
        let cmp = compare(&[&a, &b]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        let p = &cmp.passages[0];
        assert_eq!(p.kind, PassageKind::Near);
        assert!(p.members.iter().any(|m| m.text == story.join(" ")), "{:#?}", p.members);
    }

    #[test]
    fn a_member_starting_a_sentence_keeps_its_opening_function_words() {
        let q = "once we have protections in place we expect the apps to be back on the store";
        let a = format!(
            "Messaging app pulled from store\n\nThe founder wrote on his blog. {}{}.",
            q[..1].to_uppercase(),
            &q[1..]
        );
        let b = format!("App removed over content\n\nThe founder said that {q} within days, according to the post.");
        let cmp = compare(&[&a, &b]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        let m = &cmp.passages[0].members;
        assert!(m.iter().any(|m| m.text.starts_with("Once we have")), "{m:#?}");
    }

    #[test]
    fn two_versions_of_one_outlets_story_share_a_same_outlet_passage() {
        let v1 = format!("Valley cut off after storms\n\n{WIRE}\n\nThe governor will visit on Tuesday.");
        let v2 = format!(
            "Valley cut off after storms, updated\n\n{WIRE}\n\nThe governor visited on Tuesday and met families."
        );
        let other = "Another outlet on the floods\n\nThe regional governor said at least 12 people had died and hundreds more had been forced from their homes. Officials gave no further details.";
        let cmp =
            compare_named(&[("00_thesun.co.uk.txt", &v1), ("01_www.thesun.co.uk.txt", &v2), ("02_bbc.com.txt", other)]);
        let sun: Vec<_> = cmp
            .articles
            .iter()
            .filter(|a| a.outlet.as_deref().is_some_and(|o| o.contains("thesun")))
            .map(|a| a.id)
            .collect();
        assert_eq!(sun.len(), 2, "{:?}", cmp.articles.iter().map(|a| &a.outlet).collect::<Vec<_>>());
        assert!(!cmp.passages.is_empty());
        for p in &cmp.passages {
            let only_sun = p.members.iter().all(|m| sun.contains(&m.article));
            assert_eq!(p.same_outlet, only_sun, "{p:#?}");
        }
        assert!(cmp.passages.iter().any(|p| p.same_outlet), "{:#?}", cmp.passages);
        assert!(cmp.passages.iter().any(|p| !p.same_outlet), "{:#?}", cmp.passages);
    }

    #[test]
    fn articles_of_unknown_outlets_are_not_the_same_outlet() {
        let a = format!("Floods hit the north\n\n{WIRE}");
        let b = format!("Valley cut off after storms\n\n{WIRE}");
        let cmp = compare(&[&a, &b]);
        assert_eq!(cmp.passages.len(), 1);
        assert!(cmp.articles.iter().all(|a| a.outlet.is_none()));
        assert!(!cmp.passages[0].same_outlet);
    }

    #[test]
    fn a_huge_edited_block_gets_a_coarse_diff_the_same_on_every_run() {
        // 300 sentences copied with a word changed in every fourth: one block too long to diff word by word.
        let mut a = Vec::new();
        let mut b = Vec::new();
        for i in 0..300 {
            let s = format!(
                "Inspectors counted {} damaged homes in district {} after the storm passed on day {}.",
                i * 11 + 3,
                i,
                i % 29 + 1
            );
            b.push(if i % 4 == 0 { s.replace("damaged", "wrecked") } else { s.clone() });
            a.push(s);
        }
        let a = format!("Storm damage report\n\n{}", a.join(" "));
        let b = format!("Count of storm damage\n\n{}", b.join(" "));
        let first = compare(&[&a, &b]);
        let coarse: Vec<_> = first.passages.iter().filter(|p| p.coarse_diff).collect();
        assert!(!coarse.is_empty(), "{:?}", first.passages.iter().map(|p| p.members[0].text.len()).collect::<Vec<_>>());
        // Diffed by sentences, then word by word inside the changed ones: the edits are single words.
        let p = coarse[0];
        assert_eq!(p.kind, PassageKind::Near);
        let inserted: Vec<&str> =
            p.diffs[0].ops.iter().filter(|o| o.tag == crate::model::DiffTag::Insert).map(|o| o.text.trim()).collect();
        assert!(!inserted.is_empty() && inserted.iter().all(|t| *t == "wrecked"), "{inserted:?}");
        for _ in 0..2 {
            assert!(compare(&[&a, &b]) == first, "the same result on every run");
        }
    }
}
