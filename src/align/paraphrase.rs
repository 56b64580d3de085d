//! Sentence-level paraphrase matching: sentences of different articles that share most of their
//! content words (stemmed, weighted by rarity) while sharing too few word runs to be found as copies.

use rust_stemmers::{Algorithm, Stemmer};

use std::ops::Range;

use super::{Doc, PairMatch, Vocab};

/// Sentences with fewer content words than this are not compared.
const MIN_CONTENT: usize = 4;
/// A stem in more sentences than this carries no signal for pairing.
const MAX_POSTINGS: usize = 150;
/// Weighted overlap (Dice) a pair needs to be put to the judge.
const MIN_SCORE: f64 = 0.25;
/// Content stems a pair must share to be put to the judge.
const MIN_SHARED: usize = 3;
/// Of those, how many must be written in lower case (predicates and common nouns, not only names).
const MIN_SHARED_LOWER: usize = 2;
/// Share of the shorter sentence's content stems the other must hold: long sentences that share a
/// few words of their setting are not put to the judge.
const MIN_COVER: f64 = 0.4;
/// A pair overlapping this much (a "wide" overlap) stands whatever the judge says...
const WIDE_SCORE: f64 = 0.48;
/// ...when it shares this many content stems, of which so many are written in lower case (sentences
/// about the same people that say different things share mostly names)...
const WIDE_SHARED: usize = 5;
const WIDE_SHARED_LOWER: usize = 4;
/// ...and both sentences have this many content stems.
const WIDE_CONTENT: usize = 6;
/// Probability the judge must give two whole sentences for them to take the place of an edited
/// copy of part of them: more likely alike than not (a fragment of a sentence stating a fact is a
/// worse extent for it than the sentence, and the copy already shows the two are related).
const SURE_WHOLE: f64 = 0.5;
/// Share of an article's sentences a stem must be in to be its topic: two articles on one subject
/// share their topic words in sentences that say different things.
const TOPIC_SHARE: f64 = 0.2;
/// Sentences an article needs before any of its words is its topic.
const TOPIC_SENTENCES: usize = 10;
/// Reporting verbs and fillers that say nothing about content.
const REPORTING: &[&str] =
    &["said", "says", "say", "told", "also", "would", "could", "according", "including", "added"];

/// Every sentence's bag of stems, the sentences holding each stem, and each stem's rarity.
struct SentenceBags {
    bags: Vec<SentenceBag>,
    postings: super::FastMap<u32, Vec<u32>>,
    idf: Vec<f64>,
    /// Each article's topic: the stems in a large share of its sentences (sorted); `None` for an
    /// article too short to show one.
    topic: Vec<Option<Vec<u32>>>,
}

/// A sentence pair put to the judge: sentences `x < y` (indices into the bags), their weighted
/// overlap (Dice), whether that overlap is wide enough to stand on its own, and whether it is
/// only the articles' subject (a rival of the sentences' other pairings, never a pair itself).
#[derive(Clone, Copy, Debug)]
struct Candidate {
    wide: bool,
    on_topic: bool,
    score: f64,
    x: u32,
    y: u32,
}

struct SentenceBag {
    doc: usize,
    sentence: usize,
    stems: Vec<u32>,
    /// Stems written in lower case somewhere in the sentence (or sentence-initial).
    lower: Vec<u32>,
    weight: f64,
}

/// Sentence pairs of different articles that share enough rare content stems to be put to the
/// judge, for each sentence `x` against the later sentences `y`. The overlap of one sentence
/// with all others is summed in a scratch row at a time, so memory stays linear in the sentences
/// however many pairs share a word; each pair's sum adds its stems in ascending order, always alike.
/// Runs of sentences are scored on every core.
fn scored_pairs(sb: &SentenceBags) -> Vec<Candidate> {
    let (bags, postings, idf) = (&sb.bags, &sb.postings, &sb.idf);
    const RUN: usize = 256;
    let runs: Vec<std::ops::Range<usize>> =
        (0..bags.len()).step_by(RUN).map(|x| x..(x + RUN).min(bags.len())).collect();
    let scored = crate::par::map(&runs, |run| {
        let (mut weight, mut count) = (vec![0.0f64; bags.len()], vec![0u32; bags.len()]);
        let mut touched: Vec<u32> = Vec::new();
        let mut out = Vec::new();
        for x in run.clone() {
            let bx = &bags[x];
            for &s in &bx.stems {
                let Some(list) = postings.get(&s).filter(|l| l.len() <= MAX_POSTINGS) else { continue };
                let after = list.partition_point(|&y| y as usize <= x);
                for &y in &list[after..] {
                    if bags[y as usize].doc != bx.doc {
                        if count[y as usize] == 0 {
                            touched.push(y);
                        }
                        weight[y as usize] += idf[s as usize];
                        count[y as usize] += 1;
                    }
                }
            }
            for y in touched.drain(..) {
                let (w, c) = (weight[y as usize], count[y as usize] as usize);
                (weight[y as usize], count[y as usize]) = (0.0, 0);
                let by = &bags[y as usize];
                let score = 2.0 * w / (bx.weight + by.weight);
                let cover = c as f64 / bx.stems.len().min(by.stems.len()) as f64;
                if c < MIN_SHARED || score < MIN_SCORE || cover < MIN_COVER {
                    continue;
                }
                let lower = super::judge::features::shared(&bx.lower, &by.lower);
                if lower >= MIN_SHARED_LOWER {
                    let wide = score >= WIDE_SCORE
                        && c >= WIDE_SHARED
                        && lower >= WIDE_SHARED_LOWER
                        && bx.stems.len().min(by.stems.len()) >= WIDE_CONTENT;
                    // A thin overlap made of the two articles' subject and one word more.
                    let on_topic = c < WIDE_SHARED
                        && beyond_topic(&bx.lower, &by.lower, (&sb.topic[bx.doc], &sb.topic[by.doc]))
                            < MIN_SHARED_LOWER;
                    out.push(Candidate { wide, on_topic, score, x: x as u32, y });
                }
            }
        }
        out
    });
    scored.into_iter().flatten().collect()
}

/// Paraphrased sentence pairs that no strong copy match already links, and the sorted indices of
/// the weak copy matches (short phrases) inside them, which the paraphrase replaces.
pub(super) fn paraphrase_matches(
    docs: &[Doc],
    vocab: &Vocab,
    rank: &[usize],
    covered: &[PairMatch],
) -> (Vec<PairMatch>, Vec<usize>) {
    let bags = sentence_bags(docs, vocab, rank);
    let candidates = judged_candidates(docs, &bags);
    let bags = bags.bags;
    // One partner per sentence and other article, best first; skip sentences already matched as copies.
    // Copy matches by pair of articles, to find those linking a candidate pair at once.
    let mut by_pair: super::FastMap<(usize, usize), Vec<usize>> = super::FastMap::default();
    for (i, m) in covered.iter().enumerate() {
        by_pair.entry((m.a.min(m.b), m.a.max(m.b))).or_default().push(i);
    }
    let mut used: super::FastMap<(usize, usize, usize), ()> = super::FastMap::default();
    let mut out = Vec::new();
    let mut absorbed = Vec::new();
    for (p, Candidate { wide, x, y, .. }) in candidates {
        let (bx, by) = (&bags[x as usize], &bags[y as usize]);
        if used.contains_key(&(bx.doc, bx.sentence, by.doc)) || used.contains_key(&(by.doc, by.sentence, bx.doc)) {
            continue;
        }
        let (ra, rb) = (docs[bx.doc].sent_words[bx.sentence].clone(), docs[by.doc].sent_words[by.sentence].clone());
        let pair = (bx.doc.min(by.doc), bx.doc.max(by.doc));
        let linking: Vec<usize> = by_pair
            .get(&pair)
            .into_iter()
            .flatten()
            .copied()
            .filter(|&i| {
                let m = &covered[i];
                let (ma, mb) = if m.a == bx.doc { (&m.a_words, &m.b_words) } else { (&m.b_words, &m.a_words) };
                overlap(ma, &ra) > 0 || overlap(mb, &rb) > 0
            })
            .collect();
        let strong: Vec<&PairMatch> = linking.iter().map(|&i| &covered[i]).filter(|m| m.strong).collect();
        let judged = (!wide).then_some(p);
        if !strong.is_empty() && !copies_give_way(docs, (bx, by), (&ra, &rb), &strong, judged) {
            continue;
        }
        let copy = !strong.is_empty();
        absorbed.extend(linking);
        used.insert((bx.doc, bx.sentence, by.doc), ());
        used.insert((by.doc, by.sentence, bx.doc), ());
        let (a, b, a_words, b_words) =
            if rank[bx.doc] < rank[by.doc] { (bx.doc, by.doc, ra, rb) } else { (by.doc, bx.doc, rb, ra) };
        out.push(PairMatch { a, a_words, b, b_words, paraphrase: !copy, strong: true });
    }
    absorbed.sort_unstable();
    absorbed.dedup();
    (out, absorbed)
}

/// The content stems of every sentence with enough of them, article by article in `rank` order,
/// each weighted by the rarity of its stems across these sentences.
fn sentence_bags(docs: &[Doc], vocab: &Vocab, rank: &[usize]) -> SentenceBags {
    let stemmer = Stemmer::create(Algorithm::English);
    let mut stem_ids: super::FastMap<String, u32> = super::FastMap::default();
    // The stem number of each word of the vocabulary, stemmed the first time it is met.
    let mut stem_of: Vec<Option<u32>> = vec![None; vocab.words.len()];
    let mut bags: Vec<SentenceBag> = Vec::new();
    let mut order: Vec<usize> = (0..docs.len()).collect();
    order.sort_by_key(|&d| rank[d]);
    for &d in &order {
        let doc = &docs[d];
        for (s, words) in doc.sent_words.iter().enumerate() {
            let mut stems: Vec<u32> = Vec::new();
            let mut lower: Vec<u32> = Vec::new();
            for w in words.clone() {
                let k = doc.keys[w] as usize;
                if vocab.stop[k] || REPORTING.contains(&vocab.words[k].as_str()) {
                    continue;
                }
                let id = *stem_of[k].get_or_insert_with(|| {
                    let n = stem_ids.len() as u32;
                    *stem_ids.entry(stemmer.stem(&vocab.words[k]).into_owned()).or_insert(n)
                });
                stems.push(id);
                let tok = doc.span_of_word(w);
                let capital = doc.text[tok.start..].chars().next().is_some_and(char::is_uppercase);
                if !capital || w == words.start {
                    lower.push(id);
                }
            }
            stems.sort_unstable();
            stems.dedup();
            lower.sort_unstable();
            lower.dedup();
            if stems.len() >= MIN_CONTENT {
                bags.push(SentenceBag { doc: d, sentence: s, stems, lower, weight: 0.0 });
            }
        }
    }
    let mut df = vec![0u32; stem_ids.len()];
    for b in &bags {
        for &s in &b.stems {
            df[s as usize] += 1;
        }
    }
    let n = bags.len().max(1) as f64;
    let idf: Vec<f64> = df.iter().map(|&f| (1.0 + n / f.max(1) as f64).ln()).collect();
    let mut postings: super::FastMap<u32, Vec<u32>> = super::FastMap::default();
    for (i, b) in bags.iter_mut().enumerate() {
        b.weight = b.stems.iter().map(|&s| idf[s as usize]).sum();
        for &s in &b.stems {
            postings.entry(s).or_default().push(i as u32);
        }
    }
    let topic = topics(docs.len(), &bags);
    SentenceBags { bags, postings, idf, topic }
}

/// Each article's topic stems: those in more than `TOPIC_SHARE` of its sentences, in an article
/// long enough to show a topic (`TOPIC_SENTENCES` sentences or more; `None` for a shorter one).
fn topics(docs: usize, bags: &[SentenceBag]) -> Vec<Option<Vec<u32>>> {
    let mut count: Vec<super::FastMap<u32, usize>> = vec![super::FastMap::default(); docs];
    let mut sentences = vec![0usize; docs];
    for b in bags {
        sentences[b.doc] += 1;
        for &s in &b.stems {
            *count[b.doc].entry(s).or_default() += 1;
        }
    }
    count
        .into_iter()
        .zip(sentences)
        .map(|(c, n)| {
            (n >= TOPIC_SENTENCES).then(|| {
                let mut t: Vec<u32> =
                    c.into_iter().filter(|&(_, k)| k as f64 > TOPIC_SHARE * n as f64).map(|(s, _)| s).collect();
                t.sort_unstable();
                t
            })
        })
        .collect()
}

/// How many stems two sorted lists share that are not the pair's subject: a stem is the subject
/// when it is the topic of both articles (`ta`, `tb`), or of one when the other is too short to
/// show its own.
fn beyond_topic(a: &[u32], b: &[u32], (ta, tb): (&Option<Vec<u32>>, &Option<Vec<u32>>)) -> usize {
    let of = |t: &Option<Vec<u32>>, s: &u32| t.as_ref().map(|t| t.binary_search(s).is_ok());
    let topical = |s: &u32| match (of(ta, s), of(tb, s)) {
        (Some(x), Some(y)) => x && y,
        (Some(x), None) | (None, Some(x)) => x,
        (None, None) => false,
    };
    a.iter().filter(|s| b.binary_search(s).is_ok() && !topical(s)).count()
}

/// The candidate pairs the judge (or a wide overlap, at 1) lets stand, with their probability,
/// most probable first. Each sentence is read for the judge once.
fn judged_candidates(docs: &[Doc], sb: &SentenceBags) -> Vec<(f64, Candidate)> {
    let bags = &sb.bags;
    let candidates = scored_pairs(sb);
    let at = |b: u32| (bags[b as usize].doc, bags[b as usize].sentence);
    let wanted = candidates.iter().filter(|c| !c.wide && !c.on_topic).flat_map(|c| [at(c.x), at(c.y)]);
    let read = super::gate::ReadSentences::new(docs, wanted.collect());
    let side = |b: u32| read.side(at(b));
    let judged = crate::par::map(&candidates, |c| match (c.wide, c.on_topic) {
        (_, true) => 0.0,
        (true, false) => 1.0,
        (false, false) => super::judge::probability_of(side(c.x), side(c.y)),
    });
    let rivals = rivals(bags, &candidates);
    let mut kept: Vec<(f64, Candidate)> = candidates
        .into_iter()
        .zip(judged)
        .zip(rivals)
        .filter(|((c, p), k)| !c.on_topic && *p >= needed(*k))
        .map(|((c, p), _)| (p, c))
        .collect();
    // Most probable first; among equally sure pairs (every wide overlap stands at 1), the pair
    // sharing more of its words, so a sentence meets its closest partner before a looser one.
    kept.sort_by(|(p, c), (q, d)| q.total_cmp(p).then(d.score.total_cmp(&c.score)).then((c.x, c.y).cmp(&(d.x, d.y))));
    kept
}

/// True when the strong copy matches linking two sentences give way to the pair of whole
/// sentences: each is an edited copy of part of them (at most half of one), not word for word
/// and not of a quotation both articles carry, and the judge finds it likelier than not that the
/// whole sentences say the same thing (its own word: a wide overlap of words, which the copy itself makes, is no evidence
/// here, so a pair that stood on its overlap is put to the judge now; `judged` is the judge's
/// probability when it was already asked). A copy reaching beyond the two sentences, or of both
/// whole, stands as it is.
fn copies_give_way(
    docs: &[Doc],
    (bx, by): (&SentenceBag, &SentenceBag),
    (ra, rb): (&Range<usize>, &Range<usize>),
    strong: &[&PairMatch],
    judged: Option<f64>,
) -> bool {
    let (da, db) = (&docs[bx.doc], &docs[by.doc]);
    let inside = |m: &PairMatch| {
        let (ma, mb) = if m.a == bx.doc { (&m.a_words, &m.b_words) } else { (&m.b_words, &m.a_words) };
        let within = ra.start <= ma.start && ma.end <= ra.end && rb.start <= mb.start && mb.end <= rb.end;
        let exact = da.keys[ma.clone()] == db.keys[mb.clone()];
        let quoted = da.quoted(ma) && db.quoted(mb);
        // A fragment: at most half of one sentence (a copy of most of both already shows where
        // the shared text lies, up to a clause edge).
        let fragment = ma.len() * 2 <= ra.len() || mb.len() * 2 <= rb.len();
        within && fragment && !exact && !quoted
    };
    strong.iter().all(|m| inside(m)) && {
        let text = |b: &SentenceBag| super::gate::sentence_text(&docs[b.doc], b.sentence);
        judged.unwrap_or_else(|| super::judge::probability(text(bx), text(by))) >= SURE_WHOLE
    }
}

/// For each candidate pair, the larger of the numbers of candidates its first sentence has in the
/// second's article and its second sentence has in the first's.
fn rivals(bags: &[SentenceBag], candidates: &[Candidate]) -> Vec<usize> {
    let mut count: super::FastMap<(u32, usize), usize> = super::FastMap::default();
    for &Candidate { x, y, .. } in candidates {
        *count.entry((x, bags[y as usize].doc)).or_default() += 1;
        *count.entry((y, bags[x as usize].doc)).or_default() += 1;
    }
    candidates
        .iter()
        .map(|&Candidate { x, y, .. }| count[&(x, bags[y as usize].doc)].max(count[&(y, bags[x as usize].doc)]))
        .collect()
}

/// Probability the judge must give a pair whose sentence had `rivals` candidate partners in the
/// other article. The judge was trained on pairs each put forward alone; a sentence with `k`
/// candidates in an article gets `k` chances of a spurious pairing, so the odds it needs are `k`
/// times higher (a Bonferroni-style correction for many comparisons).
fn needed(rivals: usize) -> f64 {
    let t = super::judge::shipped().threshold;
    let odds = t / (1.0 - t) * rivals.max(1) as f64;
    odds / (1.0 + odds)
}

fn overlap(x: &std::ops::Range<usize>, y: &std::ops::Range<usize>) -> usize {
    x.end.min(y.end).saturating_sub(x.start.max(y.start))
}

#[cfg(test)]
mod tests {
    use crate::align::tests::compare;

    #[test]
    fn a_sentence_meets_its_closest_partner_among_equally_sure_ones() {
        let a = "Depot fire\n\nHarbour police inspector Ann Vale said the force was examining whether the \
                 night guard fell asleep during his patrol of the depot.";
        let b = "Fire at the depot\n\nHarbour police are examining if the guard fell asleep on his patrol. \
                 The depot stores grain for the region's farms and employs forty people.\n\nAnn \
                 Vale, an inspector with harbour police, said officers are examining if the guard on night duty \
                 fell asleep while on patrol at the depot.";
        let cmp = compare(&[a, b]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        let starts = |t: &str| cmp.passages[0].members.iter().any(|m| m.text.starts_with(t));
        assert!(starts("Ann Vale, an inspector"), "{:#?}", cmp.passages);
    }

    #[test]
    fn two_sentences_sharing_only_their_articles_subject_and_one_word_are_not_a_paraphrase() {
        let essay = "Gardens in the city\n\nUrban gardening as a hobby in the city may deal with any differences \
                     among people who garden together. Community gardens bring people of different ages into one \
                     plot. Rooftop gardening needs light containers and careful watering. The differences between \
                     allotments and shared gardens lie mostly in their rules. Gardening clubs swap seeds every \
                     spring. A small garden still feeds bees and birds through the summer. Differences in soil \
                     mean that each garden needs its own compost. Many councils now lend gardening tools to local \
                     people. School gardens teach children where vegetables come from. Older gardeners often \
                     mentor beginners on weekend mornings. Waiting lists for garden plots have grown for years.";
        let note = "About our society\n\nThe word gardening covers differences of soil, climate and skill among people \
                    and regions. Members meet on the first Monday of each month.";
        let cmp = compare(&[essay, note]);
        assert!(cmp.passages.is_empty(), "{:#?}", cmp.passages);
    }

    #[test]
    fn an_edited_copy_of_part_of_a_reworded_sentence_gives_way_to_the_whole_sentences() {
        let a = "Fuel smuggling at sea\n\nCiting harbour officials, the Coastline news agency reports that the Gull \
                 Trader is suspected of transferring 600 tons of refined petroleum to a Westland vessel on Oct. 19.";
        let b = "Tanker caught at sea\n\nThe vessel, Gull Trader, reportedly transferred 600 tons of refined oil to a \
                 Westland vessel on October 19.";
        let cmp = compare(&[a, b]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        let m = &cmp.passages[0].members;
        assert!(m.iter().any(|m| m.text.starts_with("Citing harbour officials")), "{m:#?}");
        assert!(m.iter().any(|m| m.text.starts_with("The vessel")), "{m:#?}");
    }

    #[test]
    fn an_edited_copy_gives_way_to_whole_sentences_the_judge_finds_more_likely_alike_than_not() {
        let a = "Ferry rules\n\nThe ferry was barred from carrying passenger cars or light vans and had its monthly \
                 freight loads capped.";
        let b = "Port order\n\nThe port authority order bars the vessel from carrying passenger cars or light vans and \
                 capped its monthly freight loads in early March, the Harbour Gazette reported, citing two officials \
                 at the port.";
        let cmp = compare(&[a, b]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        let m = &cmp.passages[0].members;
        assert!(m.iter().any(|m| m.text.starts_with("The ferry was barred")), "{m:#?}");
        assert!(m.iter().any(|m| m.text.starts_with("The port authority order")), "{m:#?}");
    }

    #[test]
    fn sentences_stating_one_fact_from_different_sources_are_a_paraphrase() {
        let a = "Ferry rules\n\nThe ferry was barred from carrying passenger cars and had its freight loads capped.";
        let b = "Port order\n\nThe port authority order bars the vessel from carrying passenger cars and capped its \
                 freight loads in early March, the Harbour Gazette reported, citing two officials at the port.";
        let cmp = compare(&[a, b]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
    }
}
