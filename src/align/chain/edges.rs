//! Where a chained region starts and ends: grown over single matching words, trimmed of strays
//! and function words, snapped to sentence edges when it nearly covers a sentence, and run on to
//! clause edges when a long copy starts or ends mid-phrase in both articles.

use std::collections::HashSet;
use std::ops::Range;

use super::super::{Doc, Vocab};

/// Words at a sentence's start (or end) a region may miss and still be snapped to the sentence edge.
const SNAP_START: usize = 3;
const SNAP_END: usize = 5;
/// Most words a region holding most of its sentence may miss at either edge and still be snapped.
const SNAP_FAR: usize = 12;
/// Words a region must have on both sides to run on to clause edges ([`to_clause_edges`]).
const LONG_COPY: usize = 12;
/// How far past a region's edge a single matching content word is looked for.
const EXTEND_WINDOW: usize = 3;

/// Grow a region over nearby single matching words inside the boundary sentences: a content word
/// within a few words on both sides, or the very next word on both sides.
pub(super) fn extend(
    a: &Doc,
    b: &Doc,
    mut ra: Range<usize>,
    mut rb: Range<usize>,
    vocab: &Vocab,
) -> (Range<usize>, Range<usize>) {
    let fits = |i: usize, j: usize, di: usize, dj: usize| {
        a.keys[i] == b.keys[j] && ((di == 1 && dj == 1) || !vocab.stop[a.keys[i] as usize])
    };
    'back: loop {
        let (sa, sb) = (a.sentence_words(ra.start), b.sentence_words(rb.start));
        for di in 1..=EXTEND_WINDOW {
            for dj in 1..=EXTEND_WINDOW {
                let (Some(i), Some(j)) = (ra.start.checked_sub(di), rb.start.checked_sub(dj)) else { continue };
                if i >= sa.start && j >= sb.start && fits(i, j, di, dj) {
                    ra.start = i;
                    rb.start = j;
                    continue 'back;
                }
            }
        }
        break;
    }
    'fwd: loop {
        let (sa, sb) = (a.sentence_words(ra.end - 1), b.sentence_words(rb.end - 1));
        for di in 1..=EXTEND_WINDOW {
            for dj in 1..=EXTEND_WINDOW {
                let (i, j) = (ra.end - 1 + di, rb.end - 1 + dj);
                if i < sa.end && j < sb.end && fits(i, j, di, dj) {
                    ra.end = i + 1;
                    rb.end = j + 1;
                    continue 'fwd;
                }
            }
        }
        break;
    }
    (ra, rb)
}

/// Drop a word or two that a region takes from a neighbouring sentence on both sides ("... backing.
/// The"), so that a copied sentence is not cut off by a common word of the next one.
pub(super) fn trim_strays(
    a: &Doc,
    b: &Doc,
    mut ra: Range<usize>,
    mut rb: Range<usize>,
) -> (Range<usize>, Range<usize>) {
    let (sa, sb) = (a.sentence_words(ra.end - 1), b.sentence_words(rb.end - 1));
    if sa.start > ra.start
        && sb.start > rb.start
        && ra.end - sa.start <= 2
        && rb.end - sb.start <= 2
        && ra.end < sa.end
        && rb.end < sb.end
    {
        ra.end = sa.start;
        rb.end = sb.start;
    }
    let (sa, sb) = (a.sentence_words(ra.start), b.sentence_words(rb.start));
    if sa.end < ra.end
        && sb.end < rb.end
        && sa.end - ra.start <= 2
        && sb.end - rb.start <= 2
        && ra.start > sa.start
        && rb.start > sb.start
    {
        ra.start = sa.end;
        rb.start = sb.end;
    }
    (ra, rb)
}

/// A region that stops inside a sentence should not start or end on a function word ("... did not
/// pose a threat to"): trim those edges on both sides. An edge that is a sentence edge in either
/// article is a clean edge ("Once we have ...") and is kept.
pub(super) fn trim_function_words(
    a: &Doc,
    b: &Doc,
    mut ra: Range<usize>,
    mut rb: Range<usize>,
    vocab: &Vocab,
) -> (Range<usize>, Range<usize>) {
    let stop = |d: &Doc, w: usize| vocab.stop[d.keys[w] as usize];
    while ra.len() > 1
        && rb.len() > 1
        && a.sentence_words(ra.end - 1).end != ra.end
        && b.sentence_words(rb.end - 1).end != rb.end
        && stop(a, ra.end - 1)
        && stop(b, rb.end - 1)
    {
        ra.end -= 1;
        rb.end -= 1;
    }
    while ra.len() > 1
        && rb.len() > 1
        && a.sentence_words(ra.start).start != ra.start
        && b.sentence_words(rb.start).start != rb.start
        && stop(a, ra.start)
        && stop(b, rb.start)
    {
        ra.start += 1;
        rb.start += 1;
    }
    (ra, rb)
}

/// Words that open a noun phrase.
const DETERMINERS: &[&str] =
    &["a", "an", "her", "his", "its", "my", "our", "that", "the", "their", "these", "this", "those", "your"];

/// A phrase starts at its determiner: a copy whose first word is a content word, preceded in its
/// sentence by a determiner in both articles with nothing but a space between, starts at the
/// determiners, the same ("the [tram was travelling …]") or not ("The [rings in the ocean …]" and
/// "these [rings in the ocean …]", the difference shown in the diff). Only the extent shown changes, once every match is
/// found, joined and judged on its own words.
pub(in crate::align) fn with_determiner(
    a: &Doc,
    b: &Doc,
    (ra, rb): (Range<usize>, Range<usize>),
    vocab: &Vocab,
) -> (Range<usize>, Range<usize>) {
    let opens = |d: &Doc, r: &Range<usize>| {
        let Some(w) = r.start.checked_sub(1) else { return false };
        let spaced =
            d.text.get(d.span_of_word(w).end..d.span_of_word(r.start).start).is_some_and(|t| t.trim().is_empty());
        d.sentence_words(r.start).start <= w
            && spaced
            && DETERMINERS.contains(&vocab.words[d.keys[w] as usize].as_str())
            && !vocab.stop[d.keys[r.start] as usize]
    };
    if opens(a, &ra) && opens(b, &rb) { (ra.start - 1..ra.end, rb.start - 1..rb.end) } else { (ra, rb) }
}

/// When both regions nearly reach their sentences' start (or end), take in the rest of the sentence:
/// a few words, or when the region holds most of the sentence, a reworded opening or ending of up to
/// `SNAP_FAR` words ("Hackers are believed to have gained access to" / "Hackers are thought to have
/// stolen" before the same copied words).
pub(super) fn snap(
    a: &Doc,
    b: &Doc,
    mut ra: Range<usize>,
    mut rb: Range<usize>,
    vocab: &Vocab,
) -> (Range<usize>, Range<usize>) {
    // Missed words and words of the region inside the sentence, at the start or at the end; a
    // longer missed stretch must share a content word with the other side's (reworded, not other
    // text glued on).
    let near = |missed: usize, held: usize, few: usize| missed <= few || (missed <= SNAP_FAR && missed <= held);
    let shares = |x: Range<usize>, y: Range<usize>| {
        let ky: HashSet<u32> = b.keys[y].iter().copied().filter(|&k| !vocab.stop[k as usize]).collect();
        a.keys[x].iter().any(|k| ky.contains(k))
    };
    let (sa, sb) = (a.sentence_words(ra.start), b.sentence_words(rb.start));
    // A quotation's words are not run into the words around it that say who spoke.
    let quoted = a.quote_mark_in(sa.start, ra.start) || b.quote_mark_in(sb.start, rb.start);
    let (ma, mb) = (ra.start - sa.start, rb.start - sb.start);
    let (ha, hb) = (ra.end.min(sa.end) - ra.start, rb.end.min(sb.end) - rb.start);
    let few = ma <= SNAP_START && mb <= SNAP_START;
    // The region runs to both sentences' ends and holds two thirds of them: only their openings differ.
    let rest = ra.end >= sa.end && rb.end >= sb.end && 2 * ma <= ha && 2 * mb <= hb;
    // One side's region is its whole sentence, the other's the end of a longer one: a clause put before.
    let added = !quoted
        && ((ma == 0 && ra.end >= sa.end && near(mb, hb, SNAP_START))
            || (mb == 0 && rb.end >= sb.end && near(ma, ha, SNAP_START)));
    if few
        || added
        || (near(ma, ha, SNAP_START)
            && near(mb, hb, SNAP_START)
            && (rest || shares(sa.start..ra.start, sb.start..rb.start)))
    {
        ra.start = sa.start;
        rb.start = sb.start;
    }
    let (sa, sb) = (a.sentence_words(ra.end - 1), b.sentence_words(rb.end - 1));
    let quoted = a.quote_mark_in(ra.end - 1, sa.end - 1) || b.quote_mark_in(rb.end - 1, sb.end - 1);
    let (ma, mb) = (sa.end - ra.end, sb.end - rb.end);
    let (ha, hb) = (ra.end - ra.start.max(sa.start), rb.end - rb.start.max(sb.start));
    let few = ma <= SNAP_END && mb <= SNAP_END;
    let rest = ra.start <= sa.start && rb.start <= sb.start && 2 * ma <= ha && 2 * mb <= hb;
    // One side's region is its whole sentence, the other's the start of a longer one: a clause added.
    let added = !quoted
        && ((ma == 0 && ra.start <= sa.start && near(mb, hb, SNAP_END))
            || (mb == 0 && rb.start <= sb.start && near(ma, ha, SNAP_END)));
    if few
        || added
        || (near(ma, ha, SNAP_END) && near(mb, hb, SNAP_END) && (rest || shares(ra.end..sa.end, rb.end..sb.end)))
        || inserted_before_end(a, b, ra.end..sa.end, rb.end..sb.end, vocab)
    {
        ra.end = sa.end;
        rb.end = sb.end;
    }
    (ra, rb)
}

/// A long copy (both sides [`LONG_COPY`] words or more) that starts (or ends) mid-phrase in both
/// articles runs on to the nearest clause edge on each side, when that is at most `SNAP_FAR` words
/// away on both: a member reads from a clause's start to a clause's end, its reworded opening
/// shown in its diff. A copy at a clause edge in one article keeps its extent: the other's extra
/// words are its own.
/// Inside one sentence each, only a word-for-word copy or a copy inside a quotation in both grows:
/// the gate must not be left to judge sentences that say more than the copy.
pub(super) fn to_clause_edges(
    a: &Doc,
    b: &Doc,
    ra: Range<usize>,
    rb: Range<usize>,
    vocab: &Vocab,
) -> (Range<usize>, Range<usize>) {
    let one_each = a.sent_of[ra.start] == a.sent_of[ra.end - 1] && b.sent_of[rb.start] == b.sent_of[rb.end - 1];
    // (A copy inside a quotation in both stands at the gate as a shared quotation, and grows only
    // up to the quotation marks, which are clause edges.)
    let gated = one_each && !(a.quoted(&ra) && b.quoted(&rb));
    if gated && a.keys[ra.clone()] != b.keys[rb.clone()] {
        return (ra, rb);
    }
    grow_to_clause_edges(a, b, ra, rb, vocab)
}

/// The growth of [`to_clause_edges`], for a copy of [`LONG_COPY`] words or more on both sides,
/// without its guard: also what the gate does with a copy inside one sentence of each article
/// that it let stand because the judge found the two sentences say the same thing ("the `smoke
/// rings' were discovered by …" rather than "rings' were discovered by …").
pub(in crate::align) fn grow_to_clause_edges(
    a: &Doc,
    b: &Doc,
    mut ra: Range<usize>,
    mut rb: Range<usize>,
    vocab: &Vocab,
) -> (Range<usize>, Range<usize>) {
    if ra.len() < LONG_COPY || rb.len() < LONG_COPY {
        return (ra, rb);
    }
    let back = |d: &Doc, w: usize| (w.saturating_sub(SNAP_FAR)..=w).rev().find(|&x| clause_edge(d, x, vocab));
    if !clause_edge(a, ra.start, vocab)
        && !clause_edge(b, rb.start, vocab)
        && let (Some(x), Some(y)) = (back(a, ra.start), back(b, rb.start))
    {
        (ra.start, rb.start) = (x, y);
    }
    let on = |d: &Doc, w: usize| (w..=(w + SNAP_FAR).min(d.words.len())).find(|&x| clause_edge(d, x, vocab));
    if !clause_edge(a, ra.end, vocab)
        && !clause_edge(b, rb.end, vocab)
        && let (Some(x), Some(y)) = (on(a, ra.end), on(b, rb.end))
    {
        (ra.end, rb.end) = (x, y);
    }
    (ra, rb)
}

/// Words that open a clause: conjunctions, subordinators and relative words.
const CLAUSE_OPENERS: &[&str] = &[
    "after", "although", "and", "as", "because", "before", "but", "if", "or", "since", "that", "though", "until",
    "when", "where", "whereas", "which", "while", "who", "whom", "whose",
];

/// True when a clause edge stands before word `w` of a document (`w` may be one past its last
/// word): a sentence edge, punctuation between the two words (not an apostrophe, nor the full stop
/// of an abbreviation before a word in lower case), or a word
/// opening a clause at `w` or just before it ("..., [and] [the tram ...]").
fn clause_edge(d: &Doc, w: usize, vocab: &Vocab) -> bool {
    if w == 0 || w >= d.words.len() || d.sent_of[w] != d.sent_of[w - 1] {
        return true;
    }
    let opens = |x: usize| CLAUSE_OPENERS.binary_search(&vocab.words[d.keys[x] as usize].as_str()).is_ok();
    let (prev, next) = (d.span_of_word(w - 1).end, d.span_of_word(w).start);
    // Any mark but an apostrophe ("the Grizzlies' minor league" runs on), or a full stop before a
    // word in lower case, which closes an abbreviation ("the U.S. should know" runs on).
    let lower_next = d.text[next..].chars().next().is_some_and(char::is_lowercase);
    let punctuated = d.text.get(prev..next).is_some_and(|t| {
        !(t.trim() == "." && lower_next) && t.chars().any(|c| !c.is_whitespace() && !matches!(c, '\'' | '\u{2019}'))
    });
    punctuated || opens(w) || opens(w - 1)
}

/// True when the words two regions leave of their sentences end alike: one side's missed ending
/// (a few words, one of them a content word) is the very end of the other's, which only has up to
/// `SNAP_FAR` words inserted before it ("... the tunnel [near the old station] has been closed.").
/// The copy then runs to both sentences' ends, with an insertion.
fn inserted_before_end(a: &Doc, b: &Doc, xa: Range<usize>, xb: Range<usize>, vocab: &Vocab) -> bool {
    let (short, long) = if xa.len() <= xb.len() { (&a.keys[xa], &b.keys[xb]) } else { (&b.keys[xb], &a.keys[xa]) };
    !short.is_empty()
        && short.len() <= SNAP_END
        && long.len() - short.len() <= SNAP_FAR
        && long.ends_with(short)
        && short.iter().any(|&k| !vocab.stop[k as usize])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::chain::tests::prepared;

    #[test]
    fn a_sentence_copied_into_a_longer_one_is_shared_from_edge_to_edge() {
        let a = "Bridge closed\n\nThe council said on Monday that the old swing bridge over the canal would stay \
                 shut. The damaged rail lies twisted beside the lock gates and seems to have buckled in the heat.";
        let b = "Canal crossing shut\n\nNobody was hurt. The damaged rail lies twisted beside the lock gates. \
                 Engineers will inspect it on Friday.";
        let cmp = crate::align::tests::compare(&[a, b]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        let texts: Vec<&str> = cmp.passages[0].members.iter().map(|m| m.text.as_str()).collect();
        assert!(texts.contains(&"The damaged rail lies twisted beside the lock gates."), "{texts:?}");
        assert!(texts.iter().any(|t| t.ends_with("buckled in the heat.")), "the longer sentence whole: {texts:?}");
    }

    #[test]
    fn a_quotation_is_not_run_into_the_words_that_say_who_spoke() {
        let a = "Bridge closed\n\n\u{201c}The damaged rail lies twisted beside the old lock gates,\u{201d} \
                 the engineer told reporters at the canal on Monday.";
        let b = "Canal crossing shut\n\nNobody was hurt. The damaged rail lies twisted beside the old lock gates. \
                 Engineers will inspect it on Friday.";
        let cmp = crate::align::tests::compare(&[a, b]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        assert!(cmp.passages[0].members.iter().all(|m| !m.text.contains("engineer told")), "{:#?}", cmp.passages);
    }

    #[test]
    fn a_long_copy_with_reworded_openings_starts_at_its_clauses_edges() {
        let copy = "acute swelling of the riverbank after three days of rain, and engineers warned the old \
                    footbridge could give way before the weekend.";
        let a = format!("Footbridge shut\n\nInspectors found {copy} The council closed it.");
        let b = format!("River rises\n\nSurveyors on Tuesday reported an {copy} Nobody was hurt.");
        let cmp = crate::align::tests::compare(&[&a, &b]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        let texts: Vec<&str> = cmp.passages[0].members.iter().map(|m| m.text.as_str()).collect();
        assert!(texts.iter().any(|t| t.starts_with("Inspectors found acute")), "{texts:?}");
        assert!(texts.iter().any(|t| t.starts_with("Surveyors on Tuesday reported an acute")), "{texts:?}");
    }

    #[test]
    fn a_copy_at_a_clause_edge_in_one_article_keeps_its_start() {
        let tail = "the storm passed over the northern coast near the old harbour at dawn on Friday.";
        let a = prepared(&format!("Storm\n\nThe radio urged residents to stay indoors as {tail}"));
        let b = prepared(&format!("Storm passes\n\nForecasters on the island watched how {tail}"));
        let b_mid = prepared(&format!("Storm passes\n\nForecasters on the island watched closely {tail}"));
        let mut vocab = Vocab::new();
        let (a, b, b_mid) = (Doc::new(&a, &mut vocab), Doc::new(&b, &mut vocab), Doc::new(&b_mid, &mut vocab));
        let the_storm = |d: &Doc| (0..d.words.len()).find(|&w| vocab.words[d.keys[w] as usize] == "storm").unwrap() - 1;
        let region = |d: &Doc| the_storm(d)..d.words.len();
        // At a clause edge in A only ("as"): A's opening is A's own words, the copy keeps its start.
        let (ra, rb) = to_clause_edges(&a, &b, region(&a), region(&b), &vocab);
        assert_eq!((ra.start, rb.start), (the_storm(&a), the_storm(&b)));
        // Mid-phrase in both: both run back to their clause's start, six words away.
        let (rb, rm) = to_clause_edges(&b, &b_mid, region(&b), region(&b_mid), &vocab);
        assert_eq!((rb.start, rm.start), (the_storm(&b) - 6, the_storm(&b_mid) - 6));
    }

    #[test]
    fn a_quotation_reworded_at_its_opening_is_shared_from_the_quotation_mark() {
        let words = "can neither frighten the island with threats of new tolls nor make its ferries stop running";
        let a = format!(
            "Toll row\n\nSpeaking to councillors on a wet Tuesday evening at the town hall, Ann Vale said: \
             \u{201c}The ministry must know it {words}.\u{201d}"
        );
        let b = format!(
            "Ferry tolls\n\nIn a letter published on Friday by the harbour weekly, Vale wrote: \
             \"The government should realise it {words}.\""
        );
        let cmp = crate::align::tests::compare(&[&a, &b]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        let texts: Vec<&str> = cmp.passages[0].members.iter().map(|m| m.text.as_str()).collect();
        assert!(texts.iter().any(|t| t.starts_with("The ministry must know it")), "{texts:?}");
        assert!(texts.iter().any(|t| t.starts_with("The government should realise it")), "{texts:?}");
    }

    #[test]
    fn clause_edges_are_sentence_edges_marks_and_words_opening_clauses() {
        let p = prepared(
            "Ferry\n\nThe harbour's new ferry, which sails at noon, left late and the crew\u{2019}s mood sank.",
        );
        let mut vocab = Vocab::new();
        let d = Doc::new(&p, &mut vocab);
        let at = |word: &str| (0..d.words.len()).find(|&w| vocab.words[d.keys[w] as usize] == word).unwrap();
        let edge = |word: &str| clause_edge(&d, at(word), &vocab);
        assert!(edge("which") && edge("left") && edge("and") && edge("the"), "after a comma, an opener, or at one");
        assert!(!edge("new") && !edge("ferry") && !edge("mood"), "an apostrophe is no clause edge");
        let p = prepared("Ferry\n\nThe U.S. ferry line and the harbour's boats sail at noon.");
        let mut vocab = Vocab::new();
        let d = Doc::new(&p, &mut vocab);
        let at = |word: &str| (0..d.words.len()).find(|&w| vocab.words[d.keys[w] as usize] == word).unwrap();
        assert!(!clause_edge(&d, at("ferry"), &vocab), "an abbreviation's stop");
        assert!(clause_edge(&d, d.words.len(), &vocab), "the text's end");
    }

    #[test]
    fn a_copy_starts_at_the_determiner_both_articles_put_before_it() {
        let a = "Depot crash\n\nInspectors said on Friday that initial findings suggest the lorry was moving at a far \
                 higher speed than the depot allows on its ramps.";
        let b = "Lorry crash\n\nAccording to the safety board the lorry was moving at a far higher speed than the \
                 depot allows on its ramps, a report says.";
        let cmp = crate::align::tests::compare(&[a, b]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        for m in &cmp.passages[0].members {
            assert!(m.text.starts_with("the lorry was moving"), "{m:#?}");
        }
        // Two different determiners: each member starts at its own.
        let c = b.replace("board the lorry", "board this lorry");
        let cmp = crate::align::tests::compare(&[a, &c]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        let starts: Vec<&str> = cmp.passages[0].members.iter().map(|m| &m.text[..16]).collect();
        assert_eq!(starts, ["the lorry was mo", "this lorry was m"]);
    }
}
