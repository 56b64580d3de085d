//! Matches that lie inside one sentence of each article stand only when the two sentences say the
//! same thing ([`super::judge`]): sharing a phrase, a name or a clause is not sharing a passage
//! when one sentence goes on to say something the other does not. Long copies (a run of words or a
//! whole sentence) and shared quotations stand on their own.

use std::ops::Range;

use super::{Doc, PairMatch, Vocab};

/// The sentence of each side when a match lies inside one sentence of each article.
fn sentences(docs: &[Doc], m: &PairMatch) -> Option<(usize, usize)> {
    let (a, b) = (&docs[m.a], &docs[m.b]);
    let sa = a.sent_of[m.a_words.start];
    let sb = b.sent_of[m.b_words.start];
    (sa == a.sent_of[m.a_words.end - 1] && sb == b.sent_of[m.b_words.end - 1]).then_some((sa as usize, sb as usize))
}

/// A run of this many words copied word for word is a copy, whatever else the sentences say.
const COPIED_RUN: usize = 12;

/// A sentence of this many words copied whole into a longer one is a copy with a clause added.
const WHOLE_COPIED: usize = 8;

/// True when the two word ranges share a long run of words, or the shorter is a sentence copied
/// whole into the longer. A short phrase copied word for word is not yet a copy ("Ann Lee, a
/// veteran harbour pilot from the coast," opening two sentences that go on to say different
/// things): the judge decides.
fn copied(docs: &[Doc], m: &PairMatch) -> bool {
    let (a, b) = (&docs[m.a].keys[m.a_words.clone()], &docs[m.b].keys[m.b_words.clone()]);
    // A run of COPIED_RUN words, or the whole of a shorter sentence of WHOLE_COPIED words or more
    // (with no quotation in either, which the gate's quotation rules handle).
    let unquoted = |d: &Doc, r: &Range<usize>| !d.quote_mark_in(r.start, r.end - 1);
    let whole = (docs[m.a].covers_sentences(&m.a_words) || docs[m.b].covers_sentences(&m.b_words))
        && unquoted(&docs[m.a], &m.a_words)
        && unquoted(&docs[m.b], &m.b_words);
    let min = if whole { COPIED_RUN.min(a.len().min(b.len()).max(WHOLE_COPIED)) } else { COPIED_RUN };
    a.len().min(b.len()) >= min
        && similar::capture_diff_slices(similar::Algorithm::Myers, a, b).iter().any(|op| match op {
            similar::DiffOp::Equal { len, .. } => *len >= min,
            _ => false,
        })
}

/// Sentences read once for the judge (on every core), looked up by (article, sentence): a sentence
/// in many pairs is tokenised and stemmed once.
pub(super) struct ReadSentences {
    keys: Vec<(usize, usize)>,
    sides: Vec<super::judge::features::Side>,
}

impl ReadSentences {
    /// Read the sentences `keys` (article, sentence) name, each once.
    pub(super) fn new(docs: &[Doc], mut keys: Vec<(usize, usize)>) -> Self {
        keys.sort_unstable();
        keys.dedup();
        use super::judge::features::{Side, Stems};
        let sides =
            crate::par::map_with(&keys, Stems::default, |stems, &(d, s)| Side::read(sentence_text(&docs[d], s), stems));
        ReadSentences { keys, sides }
    }

    /// The reading of a sentence given to [`ReadSentences::new`].
    pub(super) fn side(&self, key: (usize, usize)) -> &super::judge::features::Side {
        &self.sides[self.keys.binary_search(&key).unwrap_or_default()]
    }
}

/// The text of a sentence.
pub(super) fn sentence_text<'a>(doc: &Doc<'a>, s: usize) -> &'a str {
    let span = doc.model.sentences[s].span;
    doc.text.get(span.start..span.end).unwrap_or("")
}

/// Fewest words, and content words, of a quotation two articles share for it to stand when the
/// sentences around it say different things.
pub(super) const SHARED_QUOTE_WORDS: (usize, usize) = (6, 3);

/// The part of a match that is one quotation in both articles, when the match starts (or ends)
/// inside a quotation on both sides and the quoted part is at least [`SHARED_QUOTE_WORDS`] long and
/// the whole of the quotation in one of them: "'I am sorry,' she said" and "'To all those hurt, I
/// am sorry,' the chief said" share the quotation, whatever the rest of the sentences say.
fn quoted_part(docs: &[Doc], vocab: &Vocab, m: &PairMatch) -> Option<PairMatch> {
    let (a, b) = (&docs[m.a], &docs[m.b]);
    let clip = |x: &Range<usize>, q: Range<usize>| x.start.max(q.start)..x.end.min(q.end);
    for (wa, wb) in [(m.a_words.start, m.b_words.start), (m.a_words.end - 1, m.b_words.end - 1)] {
        let (Some(qa), Some(qb)) = (a.quote_words(wa), b.quote_words(wb)) else { continue };
        let (ra, rb) = (clip(&m.a_words, qa.clone()), clip(&m.b_words, qb.clone()));
        let (ka, kb) = (&a.keys[ra.clone()], &b.keys[rb.clone()]);
        let (matched, content) = vocab.matched_words(ka, kb);
        let whole = |r: &Range<usize>, q: &Range<usize>| r.len() * 10 >= q.len() * 8;
        if matched >= SHARED_QUOTE_WORDS.0 && content >= SHARED_QUOTE_WORDS.1 && (whole(&ra, &qa) || whole(&rb, &qb)) {
            return Some(PairMatch { a_words: ra, b_words: rb, ..*m });
        }
    }
    None
}

/// Which end of a match an edge piece is at.
#[derive(Clone, Copy)]
enum End {
    Head,
    Tail,
}

/// A match that runs over a sentence edge in both articles starts (or ends) with a piece of a
/// sentence on each side. Such a piece stands under the rule for matches inside one sentence: when
/// it is part of a sentence on both sides (a whole sentence on one side is a clause added on the
/// other), no copy (of [`WHOLE_COPIED`] words or more) and no shared quotation ([`SHARED_QUOTE_WORDS`]),
/// and the two sentences say the same thing, the match takes them in whole (a fragment of a
/// sentence stating a fact is a worse extent for it than the sentence); when they do not, the match
/// stops at the sentence edge ("… at noon. / Mayor Ann Vale" and "… at 12 p.m. / Mayor Ann Vale and
/// her deputy" share the name that opens two different sentences, not a passage), unless the piece
/// is more than half of one of the sentences (an edited copy of most of it, left as it is). `None`
/// when nothing of the match is left.
fn at_sentence_edges(
    docs: &[Doc],
    vocab: &Vocab,
    m: &PairMatch,
    threshold: f64,
    stems: &mut super::judge::features::Stems,
) -> Option<PairMatch> {
    let mut out = m.clone();
    if m.paraphrase {
        return Some(out);
    }
    for end in [End::Tail, End::Head] {
        let (a, b) = (&docs[out.a], &docs[out.b]);
        let piece = |d: &Doc, r: &Range<usize>| match end {
            End::Tail => d.sentence_words(r.end - 1).start.max(r.start)..r.end,
            End::Head => r.start..d.sentence_words(r.start).end.min(r.end),
        };
        let (pa, pb) = (piece(a, &out.a_words), piece(b, &out.b_words));
        // Only a piece at a sentence edge the match runs over on both sides.
        if pa == out.a_words || pb == out.b_words {
            break;
        }
        let (sa, sb) = (a.sentence_words(pa.start), b.sentence_words(pb.start));
        let edge = PairMatch { a_words: pa.clone(), b_words: pb.clone(), ..out };
        let (matched, content) = vocab.matched_words(&a.keys[pa.clone()], &b.keys[pb.clone()]);
        let quotation =
            a.quoted(&pa) && b.quoted(&pb) && matched >= SHARED_QUOTE_WORDS.0 && content >= SHARED_QUOTE_WORDS.1;
        // A few words alike are not yet a copy (a name opening two different sentences).
        let copy = copied(docs, &edge) && pa.len().min(pb.len()) >= WHOLE_COPIED;
        let most = pa.len() * 2 > sa.len() || pb.len() * 2 > sb.len();
        if pa == sa || pb == sb || quotation || copy {
            continue;
        }
        let (ta, tb) = (sentence_text(a, a.sent_of[pa.start] as usize), sentence_text(b, b.sent_of[pb.start] as usize));
        let read = |t: &str, stems: &mut _| super::judge::features::Side::read(t, stems);
        let alike = super::judge::probability_of(&read(ta, stems), &read(tb, stems)) >= threshold;
        match (end, alike) {
            (End::Tail, true) => (out.a_words.end, out.b_words.end) = (sa.end, sb.end),
            (End::Tail, false) if most => {}
            (End::Tail, false) => (out.a_words.end, out.b_words.end) = (pa.start, pb.start),
            (End::Head, true) => (out.a_words.start, out.b_words.start) = (sa.start, sb.start),
            (End::Head, false) if most => {}
            (End::Head, false) => (out.a_words.start, out.b_words.start) = (pa.end, pb.end),
        }
    }
    // What is left of a trimmed match must still be more than a common phrase.
    let trimmed = out.a_words != m.a_words || out.b_words != m.b_words;
    let (a, b) = (&docs[out.a], &docs[out.b]);
    (!trimmed || super::chain::accept(a, b, &out.a_words, &out.b_words, vocab)).then_some(out)
}

/// What the gate does with one match.
enum Verdict {
    /// The match stands as it is.
    Stands,
    /// It stands when the judge finds that its two sentences (article, sentence) say the same thing.
    Judge((usize, usize), (usize, usize)),
}

/// Keep the matches that stand: those spanning more than one sentence, exact copies, shared
/// quotations, and sentence pairs the judge finds say the same thing; of the others, the
/// quotation both articles share ([`quoted_part`]). Each sentence put to the judge is read once,
/// however many matches it holds.
pub(super) fn judged(docs: &[Doc], vocab: &Vocab, matches: Vec<PairMatch>) -> Vec<PairMatch> {
    let threshold = super::judge::shipped().threshold;
    let stems = super::judge::features::Stems::default;
    let matches: Vec<PairMatch> =
        crate::par::map_with(&matches, stems, |stems, m| at_sentence_edges(docs, vocab, m, threshold, stems))
            .into_iter()
            .flatten()
            .collect();
    let verdicts = crate::par::map(&matches, |m| {
        let Some((sa, sb)) = sentences(docs, m) else { return Verdict::Stands };
        let quoted = docs[m.a].quoted(&m.a_words) && docs[m.b].quoted(&m.b_words);
        if m.paraphrase || copied(docs, m) || quoted {
            return Verdict::Stands;
        }
        Verdict::Judge((m.a, sa), (m.b, sb))
    });
    let wanted = verdicts.iter().filter_map(|v| match v {
        Verdict::Judge(x, y) => Some([*x, *y]),
        Verdict::Stands => None,
    });
    let read = ReadSentences::new(docs, wanted.flatten().collect());
    // What stands of each match: all of it, or (`Some(part)`) only the quotation both share, if any.
    let pairs: Vec<(&PairMatch, &Verdict)> = matches.iter().zip(&verdicts).collect();
    let parts = crate::par::map(&pairs, |&(m, v)| match v {
        Verdict::Judge(x, y) if super::judge::probability_of(read.side(*x), read.side(*y)) < threshold => {
            Some(quoted_part(docs, vocab, m))
        }
        // The sentences say the same thing: a long copy in them runs on to its clauses' edges.
        Verdict::Judge(..) => {
            let (a_words, b_words) =
                super::chain::grow_to_clause_edges(&docs[m.a], &docs[m.b], m.a_words.clone(), m.b_words.clone(), vocab);
            Some(Some(PairMatch { a_words, b_words, ..m.clone() }))
        }
        Verdict::Stands => None,
    });
    matches
        .into_iter()
        .zip(parts)
        .filter_map(|(m, part)| match part {
            None => Some(m),
            Some(part) => part,
        })
        .map(|m| attributed_quotation(docs, &m).unwrap_or(m))
        .collect()
}

/// Most words outside its quotation a sentence may have to be only the quotation and who said it.
pub(super) const ATTRIBUTION_WORDS: usize = 12;

/// Words that attribute a quotation to its speaker.
const SAID: &[&str] = &["said", "says", "told", "added", "wrote", "stated", "explained", "according"];

/// The two whole sentences, when a match inside one sentence of each article starts or ends in a
/// quotation on both sides, holds most of one of the two quotations, and each sentence is only its
/// quotation and the attribution of it to one and the same named speaker: "“We are sorry,” Ms.
/// Varga said on Friday." and "'To every family, we are sorry,' Varga said in a statement." share
/// the quotation and who said it, as one passage (a strong match: it does not yield to a looser
/// pairing of the sentences).
fn attributed_quotation(docs: &[Doc], m: &PairMatch) -> Option<PairMatch> {
    let (a, b) = (&docs[m.a], &docs[m.b]);
    sentences(docs, m)?;
    let quote = |d: &Doc, r: &Range<usize>| d.quote_words(r.start).or_else(|| d.quote_words(r.end - 1));
    let (qa, qb) = (quote(a, &m.a_words)?, quote(b, &m.b_words)?);
    let inside = |r: &Range<usize>, q: &Range<usize>| r.end.min(q.end).saturating_sub(r.start.max(q.start));
    let (ia, ib) = (inside(&m.a_words, &qa), inside(&m.b_words, &qb));
    if ia.min(ib) < SHARED_QUOTE_WORDS.0 || !(ia * 10 >= qa.len() * 8 || ib * 10 >= qb.len() * 8) {
        return None;
    }
    let (sa, sb) = (a.sentence_words(m.a_words.start), b.sentence_words(m.b_words.start));
    let (na, nb) = (speaker(a, &sa, &qa)?, speaker(b, &sb, &qb)?);
    na.iter().any(|k| nb.contains(k)).then_some(PairMatch { a_words: sa, b_words: sb, strong: true, ..*m })
}

/// The names (keys of capitalised content words) outside the quotation `q` of the sentence `s`,
/// when the sentence holds the whole quotation and, outside it, only a short attribution.
fn speaker(d: &Doc, s: &Range<usize>, q: &Range<usize>) -> Option<Vec<u32>> {
    if q.start < s.start || q.end > s.end {
        return None;
    }
    let outside: Vec<usize> = (s.start..q.start).chain(q.end..s.end).collect();
    let key = |w: usize| d.model.keys[d.words[w] as usize].as_str();
    if outside.is_empty() || outside.len() > ATTRIBUTION_WORDS || !outside.iter().any(|&w| SAID.contains(&key(w))) {
        return None;
    }
    let capitalised = |w: usize| d.text[d.span_of_word(w).start..].starts_with(char::is_uppercase);
    // Not a courtesy title: "Mr. Smith" and "Mr. Jones" are two speakers.
    let courtesy = |k: &str| matches!(k, "mr" | "mrs" | "ms" | "miss" | "dr" | "sir" | "prof");
    let names: Vec<u32> = outside
        .iter()
        .filter(|&&w| {
            let k = key(w);
            capitalised(w) && !crate::lang::normalize::is_stopword(k) && !SAID.contains(&k) && !courtesy(k)
        })
        .map(|&w| d.keys[w])
        .collect();
    (!names.is_empty()).then_some(names)
}

#[cfg(test)]
mod tests {
    use crate::align::tests::compare;
    use crate::model::PassageKind;

    const BRIDGE: &str = "The council closed the old stone bridge over the river on Monday after engineers found \
                          cracks in two of its piers.";

    #[test]
    fn a_copy_stops_at_the_sentence_edge_before_a_name_that_opens_two_different_sentences() {
        let copy = "The ferry turned back to the harbour at noon after a passenger fell ill on the crossing";
        let a = format!(
            "Ferry returns to port\n\n{copy}, the operator said. Captain Lena Moss told reporters that the \
             sea had been calm all day."
        );
        let b = format!(
            "Crossing cut short\n\n{copy}. Captain Lena Moss and her crew had left the island at dawn with \
             two hundred people aboard."
        );
        let cmp = compare(&[&a, &b]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        let texts: Vec<&str> = cmp.passages[0].members.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, [format!("{copy}, the operator said."), format!("{copy}.")]);
    }

    #[test]
    fn a_copy_running_into_two_sentences_that_say_the_same_thing_takes_them_in_whole() {
        let a = format!(
            "Bridge works\n\n{BRIDGE} Officials said the bridge would reopen to cars and buses next \
             month, once masons have repaired both cracked piers."
        );
        let b = format!(
            "Bridge shut\n\n{BRIDGE} Officials said the bridge would be open to buses and cars again \
             next month, when masons have mended the two cracked piers."
        );
        let cmp = compare(&[&a, &b]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        for m in &cmp.passages[0].members {
            assert!(m.text.starts_with(BRIDGE) && m.text.ends_with("cracked piers."), "{m:#?}");
        }
    }

    #[test]
    fn most_of_a_sentence_past_the_edge_takes_in_the_sentences_when_they_say_the_same_thing() {
        use crate::align::{Doc, PairMatch, Vocab, chain::tests::prepared};
        let first = "The boat came back to the harbour at 7:30 p.m. on Tuesday.";
        let pa = prepared(&format!("{first} Mayor Ann Vale and her deputy, Tom Reed, were aboard with the crew."));
        let pb = prepared(&format!("{first} Mayor Ann Vale and the deputy mayor, Tom Reed, were on board the boat."));
        let mut vocab = Vocab::new();
        let (a, b) = (Doc::new(&pa, &mut vocab), Doc::new(&pb, &mut vocab));
        // The edited copy ends after "Tom Reed", more than half of the second sentence on both sides.
        let reed =
            |d: &Doc| (0..d.words.len()).find(|&w| d.text[d.span_of_word(w).start..].starts_with("Reed")).unwrap();
        let m = PairMatch {
            a: 0,
            a_words: 0..reed(&a) + 1,
            b: 1,
            b_words: 0..reed(&b) + 1,
            paraphrase: false,
            strong: true,
        };
        let docs = [a, b];
        let mut stems = crate::align::judge::features::Stems::default();
        let out = super::at_sentence_edges(&docs, &vocab, &m, 0.5, &mut stems).expect("the match stands");
        assert_eq!((out.a_words.end, out.b_words.end), (docs[0].words.len(), docs[1].words.len()));
        // Sentences that say different things: the edited copy of most of the sentence is left as it is.
        let pc = prepared(&format!(
            "{first} Mayor Ann Vale and the deputy mayor, Tom Reed, have argued for months over who should pay \
             to mend the harbour wall."
        ));
        let c = Doc::new(&pc, &mut vocab);
        let m = PairMatch { b_words: 0..reed(&c) + 1, ..m };
        let docs = [docs.into_iter().next().unwrap(), c];
        let out = super::at_sentence_edges(&docs, &vocab, &m, 0.5, &mut stems).expect("the match stands");
        assert_eq!((out.a_words, out.b_words), (m.a_words, m.b_words));
    }

    #[test]
    fn a_long_copy_in_two_sentences_that_say_the_same_thing_runs_on_to_its_clauses_edges() {
        use crate::align::{Doc, PairMatch, Vocab, chain::tests::prepared};
        // An edited copy (no run of twelve words) of most of two sentences the judge finds alike.
        let pa = prepared(
            "Rings at sea\n\nThese rings were found by studying sea level readings taken from satellites with \
             sea surface images from the same week.",
        );
        let pb = prepared(
            "Smoke rings\n\nAs the journal reports, the smoke rings were found by studying sea level readings \
             taken from satellites together with sea surface images from the same week.",
        );
        let mut vocab = Vocab::new();
        let docs = [Doc::new(&pa, &mut vocab), Doc::new(&pb, &mut vocab)];
        // The copy as matched: from "rings" on both sides, mid-phrase in both.
        let at = |d: &Doc, w: usize| d.text[d.span_of_word(w).start..].to_owned();
        let rings = |d: &Doc| (0..d.words.len()).find(|&w| at(d, w).starts_with("rings")).unwrap();
        let (ra, rb) = (rings(&docs[0]), rings(&docs[1]));
        let (ea, eb) = (docs[0].words.len(), docs[1].words.len());
        let m = PairMatch { a: 0, a_words: ra..ea, b: 1, b_words: rb..eb, paraphrase: false, strong: true };
        let out = super::judged(&docs, &vocab, vec![m]);
        assert_eq!(out.len(), 1);
        assert!(at(&docs[0], out[0].a_words.start).starts_with("These rings"));
        assert!(at(&docs[1], out[0].b_words.start).starts_with("the smoke rings"));
    }

    #[test]
    fn a_shared_clause_in_sentences_that_say_different_things_is_no_passage() {
        let a = "Storm hits the coast\n\nThe coastguard said the ferry had left the harbour on time shortly after \
                 dawn with ninety passengers, before both of its engines failed off the northern cape.";
        let b = "Ferry adrift at sea\n\nFamilies waited for hours on the wooden pier even though the ferry left the \
                 harbour on time shortly after dawn with ninety passengers aboard, and nobody could tell them where it was.";
        assert!(compare(&[a, b]).passages.is_empty(), "{:#?}", compare(&[a, b]).passages);
    }

    #[test]
    fn a_short_phrase_copied_word_for_word_into_sentences_that_say_different_things_is_no_passage() {
        let a = "Pilot warns\n\nAnn Lee, a veteran harbour pilot from the northern coast, said the channel was \
                 too shallow for the new ferries.";
        let b = "Pilot retires\n\nAnn Lee, a veteran harbour pilot from the northern coast, has sold her boat and \
                 moved inland to grow apples with her brother.";
        assert!(compare(&[a, b]).passages.is_empty(), "{:#?}", compare(&[a, b]).passages);
    }

    #[test]
    fn a_long_copied_run_stands_whatever_else_the_sentences_say() {
        let run = "the regional water authority said supplies to about 40,000 homes in the eastern districts \
                   would be restored by Friday evening";
        let a = format!("Water cuts in the east\n\nAfter a week of complaints from residents, {run}.");
        let b =
            format!("Supplies to return\n\nEngineers worked overnight and {run}, weeks ahead of the original plan.");
        let cmp = compare(&[&a, &b]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        assert!(cmp.passages[0].members.iter().all(|m| m.text.contains("40,000 homes")));
    }

    #[test]
    fn a_sentence_reworded_throughout_is_a_paraphrase() {
        let a = "Robbery in the centre\n\nPolice arrested three men on Sunday after a jewellery shop in the city \
                 centre was robbed at gunpoint.";
        let b = "Arrests after raid\n\nOn Sunday three men were detained by officers after armed robbers hit a \
                 jewellery store in the centre of the city.";
        let cmp = compare(&[a, b]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        assert_eq!(cmp.passages[0].kind, PassageKind::Paraphrase);
        // A long sentence sharing only a few words of the setting is not a paraphrase of it.
        let c = "City news\n\nPolice in the city centre on Sunday also handed out leaflets about bicycle thefts, \
                 pickpockets, late buses and the new parking rules near the station.";
        assert!(compare(&[a, c]).passages.is_empty(), "{:#?}", compare(&[a, c]).passages);
    }

    #[test]
    fn a_quotation_and_its_attribution_to_one_speaker_are_one_passage_of_whole_sentences() {
        let a = "Delays at the port\n\n\u{201c}We are truly sorry for the long delays this week,\u{201d} Ms. Varga said \
                 in a statement on Friday.";
        let b = "Port chief apologises\n\n'To every family who waited, we are truly sorry for the long delays this week,' \
                 Varga said in her statement.";
        let cmp = compare(&[a, b]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        assert_eq!(cmp.passages[0].kind, PassageKind::Quote, "{:#?}", cmp.passages);
        let texts: Vec<&str> = cmp.passages[0].members.iter().map(|m| m.text.as_str()).collect();
        assert!(texts[0].starts_with('\u{201c}') && texts[0].ends_with("on Friday."), "{texts:?}");
        assert!(texts[1].starts_with("'To every family") && texts[1].ends_with("her statement."), "{texts:?}");
        // Another speaker, even with the same courtesy title: the sentences are not taken whole.
        for other in ["Kovacs said", "Ms. Kovacs said"] {
            let c = b.replace("Varga said", other);
            let cmp = compare(&[a, &c]);
            assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
            assert!(!cmp.passages[0].members[1].text.starts_with("'To every family"), "{:#?}", cmp.passages);
        }
    }

    #[test]
    fn a_quotation_shared_inside_different_sentences_is_a_passage_of_the_quotation() {
        let a = "Mayor apologises for the flooding\n\n\u{201c}We should have cleared the drains before the storm,\u{201d} \
                 the mayor told the council on a tense Thursday evening after hours of angry questions.";
        let b = "Flood anger grows\n\n\"To every family whose home was ruined this week, we should have cleared the \
                 drains before the storm,\" a councillor shouted from the public gallery as the vote was taken.";
        let cmp = compare(&[a, b]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        let p = &cmp.passages[0];
        assert_eq!(p.kind, PassageKind::Quote, "{p:#?}");
        for m in &p.members {
            assert!(m.text.contains("should have cleared the drains before the storm"), "{m:#?}");
            assert!(!m.text.contains("mayor") && !m.text.contains("councillor"), "only the quotation: {m:#?}");
        }
        // The same words after the quotation ("the mayor said") are not taken in with it.
        let e = "Mayor sorry\n\n\u{201c}Nobody cleared the old drains before the big storm,\u{201d} the mayor said \
                 on Thursday, as the water company announced it would sue the council over the cost of its pumps.";
        let f = "Repairs promised\n\n\"To every family whose home was ruined, I must admit that nobody cleared the \
                 old drains before the storm,\" the mayor said, close to tears, to a packed hall of residents in the town's oldest church.";
        let cmp = compare(&[e, f]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        assert!(cmp.passages[0].members.iter().all(|m| !m.text.contains("mayor")), "{:#?}", cmp.passages);
        // A short shared quotation is a phrase, not a passage.
        let c = "Council row\n\nThe leader called the plan \u{201c}a costly mistake\u{201d} and walked out of the meeting early.";
        let d = "Budget fight\n\nCritics said it was \"a costly mistake that the town will regret\" for years to come.";
        assert!(compare(&[c, d]).passages.is_empty(), "{:#?}", compare(&[c, d]).passages);
    }
}
