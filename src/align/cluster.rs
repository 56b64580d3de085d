//! Pair matches to passages: matches that overlap in an article are one passage, with one member
//! per article, a kind, a similarity and word diffs between members.

use super::gate::{ATTRIBUTION_WORDS, SHARED_QUOTE_WORDS};
use super::{Doc, PairMatch};
use crate::model::{Member, PairDiff, Passage, PassageKind, Span};
use crate::text::diff::{Alignment, DiffUnits, align, reordered_ratio};
use crate::text::furniture::ends_with_stop;
use crate::text::meta::same_outlet;

/// Two spans in one article are the same passage when they overlap by this share of their union...
const SAME_PLACE_IOU: f64 = 0.5;
/// ... or when the shorter lies (almost) inside the longer and is not a small part of it.
const SAME_PLACE_INSIDE: f64 = 0.8;
const SAME_PLACE_MIN_PART: f64 = 0.3;

/// True when two spans of one article mark the same place: much overlap, or, when one of them comes
/// from a paraphrase, one nested in the other (a paraphrased sentence inside a copied paragraph).
/// Nested copies stay apart: a quote shared by three outlets inside a sentence shared by two is two
/// passages, and so is the opening of a wire story that a third outlet carries only in part.
fn same_place(x: Span, y: Span, paraphrase: bool) -> bool {
    let inter = x.overlap(&y) as f64;
    let (short, long) = (x.len().min(y.len()) as f64, x.len().max(y.len()) as f64);
    if !paraphrase && inter >= SAME_PLACE_INSIDE * short && short < SAME_PLACE_INSIDE * long {
        // A copy nested in a clearly longer one: the outlets share different extents of the text.
        return false;
    }
    inter / x.union(&y).len() as f64 >= SAME_PLACE_IOU
        || (paraphrase && inter >= SAME_PLACE_INSIDE * short && short >= SAME_PLACE_MIN_PART * long)
}
/// Above this many members, each member is diffed against the first only, not every pair.
const ALL_PAIRS_MAX: usize = 6;
/// Members this alike (or more) with small edits are `near`; below, `paraphrase`.
pub(super) const NEAR_MIN: f64 = 0.7;

struct Node {
    doc: usize,
    span: Span,
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}

/// Group pair matches into passages, ordered by where they first appear (article order, then text
/// position), with ids `P1`, `P2`, ...
pub(super) fn passages(docs: &[Doc], matches: &[PairMatch]) -> Vec<Passage> {
    let mut nodes = Vec::with_capacity(matches.len() * 2);
    for m in matches {
        nodes.push(Node { doc: m.a, span: docs[m.a].byte_span(&m.a_words) });
        nodes.push(Node { doc: m.b, span: docs[m.b].byte_span(&m.b_words) });
    }
    let mut parent: Vec<usize> = (0..nodes.len()).collect();
    for i in 0..matches.len() {
        union(&mut parent, 2 * i, 2 * i + 1);
    }
    let mut order: Vec<usize> = (0..nodes.len()).collect();
    order.sort_by_key(|&i| (nodes[i].doc, nodes[i].span.start, nodes[i].span.end));
    for (k, &i) in order.iter().enumerate() {
        for &j in &order[k + 1..] {
            if nodes[j].doc != nodes[i].doc || nodes[j].span.start >= nodes[i].span.end {
                break;
            }
            let paraphrase = matches[i / 2].paraphrase || matches[j / 2].paraphrase;
            if same_place(nodes[i].span, nodes[j].span, paraphrase) {
                union(&mut parent, i, j);
            }
        }
    }
    let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = std::collections::BTreeMap::new();
    for i in 0..nodes.len() {
        let root = find(&mut parent, i);
        groups.entry(root).or_default().push(i);
    }
    let groups: Vec<Vec<usize>> = groups.into_values().flat_map(|g| split_at_places(&nodes, g)).collect();
    // Each passage and its word diffs are built on its own: on every core, in order.
    let built = crate::par::map(&groups, |members| {
        // Pairs of articles linked by a copy (not a paraphrase) inside this passage.
        let mut copies: Vec<(usize, usize)> = members
            .iter()
            .filter(|&&n| n % 2 == 0 && !matches[n / 2].paraphrase)
            .map(|&n| (matches[n / 2].a.min(matches[n / 2].b), matches[n / 2].a.max(matches[n / 2].b)))
            .collect();
        copies.sort_unstable();
        copies.dedup();
        build(docs, &nodes, members, &copies)
    });
    let mut out: Vec<Passage> = built.into_iter().flatten().collect();
    let first_place = |p: &Passage| {
        let m = &p.members[0];
        (docs.iter().position(|d| d.id == m.article).unwrap_or(usize::MAX), m.span.start, m.span.end)
    };
    out.sort_by_key(first_place);
    for (i, p) in out.iter_mut().enumerate() {
        p.id = format!("P{}", i + 1);
    }
    out
}

/// A group's nodes by article, each article's spans merged where they overlap: the places the
/// group holds there, as (article, place, nodes in it), and the place with the most matches in each
/// article (then the longer, then the earlier) first.
fn places(nodes: &[Node], members: &[usize]) -> Vec<(usize, Span, Vec<usize>)> {
    let mut sorted = members.to_vec();
    sorted.sort_by_key(|&n| (nodes[n].doc, nodes[n].span.start, nodes[n].span.end, n));
    let mut out: Vec<(usize, Span, Vec<usize>)> = Vec::new();
    for n in sorted {
        let Node { doc, span } = nodes[n];
        match out.last_mut() {
            Some((d, p, held)) if *d == doc && span.start < p.end => {
                *p = p.union(&span);
                held.push(n);
            }
            _ => out.push((doc, span, vec![n])),
        }
    }
    out.sort_by_key(|(d, p, held)| (*d, std::cmp::Reverse((held.len(), p.len(), std::cmp::Reverse(p.start)))));
    out
}

/// A group of nodes as passages of one place per article. Matches chain through an article that
/// holds the group in two places (a sentence matched to one outlet's paragraph, a quotation in it
/// matched to another's): each article's member is its place with the most matches, and a node
/// linked only through another place of an article is no part of that passage. The matches
/// between the places chosen make the passage (two passages, when they fall into two linked sets);
/// the nodes left over, linked to each other, are grouped again the same way.
fn split_at_places(nodes: &[Node], mut rest: Vec<usize>) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    loop {
        let held = places(nodes, &rest);
        // The place of each node, and whether it is its article's chosen one (the first listed).
        let mut place_of = std::collections::HashMap::new();
        for (k, (doc, _, members)) in held.iter().enumerate() {
            let chosen = k == 0 || held[k - 1].0 != *doc;
            for &n in members {
                place_of.insert(n, (k, chosen));
            }
        }
        if held.iter().zip(held.iter().skip(1)).all(|(x, y)| x.0 != y.0) {
            // One place in each article: the group as it is.
            out.push(rest);
            return out;
        }
        // Union the chosen places along the matches between them.
        let mut parent: Vec<usize> = (0..held.len()).collect();
        for &n in &rest {
            if let (Some(&(p, true)), Some(&(q, true))) = (place_of.get(&n), place_of.get(&(n ^ 1))) {
                union(&mut parent, p, q);
            }
        }
        let mut linked: std::collections::BTreeMap<usize, Vec<usize>> = std::collections::BTreeMap::new();
        for &n in &rest {
            let (p, chosen) = place_of[&n];
            let partner = place_of.get(&(n ^ 1)).filter(|&&(_, c)| c);
            if chosen && partner.is_some() {
                linked.entry(find(&mut parent, p)).or_default().push(n);
            }
        }
        if linked.is_empty() {
            out.push(rest);
            return out;
        }
        // The places taken: a place is a member of one passage, so a match with an end in one of
        // them is that passage's or none (a sentence is not shown again beside another partner).
        let taken: std::collections::HashSet<usize> = linked.values().flatten().map(|n| place_of[n].0).collect();
        out.extend(linked.into_values());
        // What is left: pairs of nodes both in places not taken.
        let free = |n: &usize| place_of.get(n).is_some_and(|(p, _)| !taken.contains(p));
        rest.retain(|n| free(n) && free(&(n ^ 1)));
        if rest.len() < 2 {
            return out;
        }
    }
}

/// One member per article: the union of the overlapping spans that carry the most matches there
/// (each article's first place, see [`places`]).
fn member_spans(nodes: &[Node], members: &[usize]) -> Vec<(usize, Span)> {
    let held = places(nodes, members);
    let first = |k: usize| k == 0 || held[k - 1].0 != held[k].0;
    held.iter().enumerate().filter(|&(k, _)| first(k)).map(|(_, &(doc, span, _))| (doc, span)).collect()
}

/// Most words of a sentence's piece, on the far side of a paragraph break, that a member takes in
/// by chance: a copy carried on over a few matching words ("... he said") into the next paragraph.
const STRAY_FRAGMENT_WORDS: usize = 12;

/// A member's words across a paragraph break at one of its ends.
struct Crossing {
    /// The member's edge without them: the break.
    edge: usize,
    /// The words, folded for comparison.
    words: Vec<String>,
    /// A stray piece: few words of a sentence whose edge the member does not reach.
    stray: bool,
}

/// What a member takes in across a paragraph break between two paragraphs of prose (not lines of
/// a list or of wrapped text), at its start and at its end: the member's edge without it (the
/// break), its words, and whether it is a stray piece — at most [`STRAY_FRAGMENT_WORDS`] words of a
/// sentence whose edge the member does not reach.
fn across_breaks(d: &Doc, span: Span) -> [Option<Crossing>; 2] {
    let paras = &d.model.paragraphs;
    let sentences = &d.model.sentences;
    let words = |from: usize, to: usize| folded_words(d, Span::new(from, to));
    let prose = |i: usize| d.text.get(paras[i].start..paras[i].end).is_some_and(ends_with_stop);
    let piece = |edge: usize, words: Vec<String>, cut: bool| {
        let stray = cut && words.len() <= STRAY_FRAGMENT_WORDS;
        Crossing { edge, words, stray }
    };
    // At the start: the paragraph holding the first byte ends inside the span.
    let first = paras.partition_point(|p| p.end <= span.start);
    let leading = (first + 1 < paras.len()
        && paras[first].end < span.end
        && paras[first].start < span.start
        && prose(first)
        && prose(first + 1))
    .then(|| {
        let cut = d.model.sentence_at(span.start).is_none_or(|s| sentences[s].span.start < span.start);
        piece(paras[first + 1].start, words(span.start, paras[first].end), cut)
    });
    // At the end: the paragraph holding the last byte starts inside the span.
    let last = paras.partition_point(|p| p.end < span.end);
    let trailing = (last > 0 && last < paras.len() && paras[last].start > span.start && prose(last - 1) && prose(last))
        .then(|| {
            let cut = d.model.sentence_at(span.end - 1).is_none_or(|s| sentences[s].span.end > span.end);
            piece(paras[last - 1].end, words(paras[last].start, span.end), cut)
        });
    [leading, trailing]
}

/// Share of the words of `piece` that `other` holds too.
fn held_in(piece: &[String], other: &[String]) -> f64 {
    piece.iter().filter(|w| other.contains(w)).count() as f64 / piece.len().max(1) as f64
}

/// The words of a stretch of an article, folded for comparison.
fn folded_words(d: &Doc, span: Span) -> Vec<String> {
    let word = |w: &str| crate::lang::normalize::diff_key(w).trim_matches(|c: char| !c.is_alphanumeric()).to_owned();
    d.text
        .get(span.start..span.end)
        .map_or(Vec::new(), |t| t.split_whitespace().map(word).filter(|w| !w.is_empty()).collect())
}

/// Share of its words a member's piece across a paragraph break must have in common with another
/// member's piece at the same end for the two to stay: the copy really runs on there in both.
const SHARED_FRAGMENT: f64 = 0.7;

/// A member does not take in a stray piece of a sentence across a paragraph break (a copy carried
/// on over a few matching words, "... police said", into the next paragraph, or out of the last
/// words of the previous one): it ends (or starts) at the break where another member is a single
/// sentence, or where other members cross a break at the same end too but none carries most of
/// the piece's words ([`across_breaks`], [`SHARED_FRAGMENT`]).
fn trim_stray_fragments(docs: &[Doc], spans: &mut [(usize, Span)]) {
    let pieces: Vec<[Option<Crossing>; 2]> = spans.iter().map(|&(d, s)| across_breaks(&docs[d], s)).collect();
    let in_one_sentence: Vec<bool> = spans
        .iter()
        .map(|&(d, s)| {
            let at = |pos: usize| docs[d].model.sentence_at(pos);
            at(s.start).is_some() && at(s.start) == at(s.end.saturating_sub(1))
        })
        .collect();
    let before: Vec<(usize, Span)> = spans.to_vec();
    for (i, (d, span)) in spans.iter_mut().enumerate() {
        // A member that is the end of one sentence and the start of another, across a break, is
        // left as it is: neither piece is more its text than the other.
        if pieces[i].iter().all(|p| p.as_ref().is_some_and(|p| p.stray)) {
            continue;
        }
        for end in [1, 0] {
            let Some(Crossing { edge, words, stray: true }) = &pieces[i][end] else { continue };
            let others = || (0..pieces.len()).filter(move |&j| j != i);
            // It goes where another member is one sentence (the words run on inside it: the copy
            // matched across the break by chance), and where others cross a break there too but
            // none of them carries most of its words.
            let crossing: Vec<&Crossing> = others().filter_map(|j| pieces[j][end].as_ref()).collect();
            // Against another stray piece, each must hold most of the other's words; a longer run
            // across the break need only hold this piece's.
            let carries = |c: &Crossing| {
                held_in(words, &c.words) >= SHARED_FRAGMENT && (!c.stray || held_in(&c.words, words) >= SHARED_FRAGMENT)
            };
            // Where no other member crosses a break there, the piece stays only when another
            // member holds most of its words ("… the agency said." before a quotation is no part
            // of the passage when the other outlet has "Fire chief Jo Bloggs said:" there).
            let holds = |j: usize| held_in(words, &folded_words(&docs[before[j].0], before[j].1)) >= SHARED_FRAGMENT;
            let shared = !others().any(|j| in_one_sentence[j])
                && if crossing.is_empty() { others().any(holds) } else { crossing.into_iter().any(carries) };
            let (start, stop) = if end == 0 { (*edge, span.end) } else { (span.start, *edge) };
            let kept = docs[*d].text.get(start..stop).map_or(0, |t| t.split_whitespace().count());
            if !shared && start < stop && kept > words.len() {
                *span = Span::new(start, stop);
            }
        }
    }
}

/// Build a passage from its nodes. A passage linked by paraphrase only (no pair in `copies`, pairs
/// of article indices) is a paraphrase; one with copy links is verbatim when all its members read
/// alike, near when its copies and its members on the whole are at least [`NEAR_MIN`] alike, else a
/// paraphrase. Its similarity is the mean over all member pairs, each as alike as [`likeness`] says.
fn build(docs: &[Doc], nodes: &[Node], members: &[usize], copies: &[(usize, usize)]) -> Option<Passage> {
    let mut spans = member_spans(nodes, members);
    trim_stray_fragments(docs, &mut spans);
    if spans.len() < 2 {
        return None;
    }
    spans.sort_by_key(|&(d, _)| d);
    let pairs: Vec<(usize, usize)> = if spans.len() <= ALL_PAIRS_MAX {
        (0..spans.len()).flat_map(|i| (i + 1..spans.len()).map(move |j| (i, j))).collect()
    } else {
        (1..spans.len()).map(|j| (0, j)).collect()
    };
    let units: Vec<DiffUnits> = spans.iter().map(|&(d, s)| DiffUnits::new(docs[d].text, docs[d].model, s)).collect();
    let mut diffs = Vec::with_capacity(pairs.len());
    let mut ratios = std::collections::BTreeMap::new();
    let mut ratio_sum = 0.0;
    let mut coarse_diff = false;
    for &(i, j) in &pairs {
        let alignment = align(&units[i], &units[j]);
        diffs.push(PairDiff {
            a: docs[spans[i].0].id,
            b: docs[spans[j].0].id,
            ops: alignment.ops(&units[i], &units[j]),
        });
        let ratio = likeness(&alignment, &units[i], &units[j]);
        ratios.insert((i, j), ratio);
        ratio_sum += ratio;
        coarse_diff |= alignment.coarse;
    }
    let similarity = (ratio_sum / pairs.len() as f64 * 1000.0).round() / 1000.0;
    // A copy (verbatim, near or quote) needs copy links; what it is then depends on all members, so
    // that the kind and the similarity beside it tell the same story.
    let copy_pairs: Vec<(usize, usize)> = (0..spans.len())
        .flat_map(|i| (i + 1..spans.len()).map(move |j| (i, j)))
        .filter(|&(i, j)| copies.contains(&(spans[i].0.min(spans[j].0), spans[i].0.max(spans[j].0))))
        .collect();
    let quoted = spans.iter().all(|&(d, s)| docs[d].model.quote_around(s).is_some());
    let fragment = spans.iter().any(|&(d, s)| !docs[d].is_whole_sentences(s));
    let kind = if copy_pairs.is_empty() {
        PassageKind::Paraphrase
    } else if quoted && fragment {
        PassageKind::Quote
    } else if units.iter().all(|u| u.keys() == units[0].keys()) {
        PassageKind::Verbatim
    } else {
        let mut ratio = |i: usize, j: usize| match ratios.get(&(i, j)) {
            Some(&r) => r,
            None => {
                let alignment = align(&units[i], &units[j]);
                coarse_diff |= alignment.coarse;
                likeness(&alignment, &units[i], &units[j])
            }
        };
        let copy_sim = copy_pairs.iter().map(|&(i, j)| ratio(i, j)).sum::<f64>() / copy_pairs.len() as f64;
        // Near only when the members are near on the whole, as the similarity shown beside the kind
        // says: a copy joined by looser rewordings reads as "near · 51%" otherwise.
        if copy_sim >= NEAR_MIN && similarity >= NEAR_MIN {
            PassageKind::Near
        } else if spans.iter().all(|&(d, s)| attributed_quote(&docs[d], s)) {
            // Each member one quotation and who said it ("“We are sorry,” Varga said."), too far
            // apart to be near: the same quotation, whatever else the attributions say.
            PassageKind::Quote
        } else {
            PassageKind::Paraphrase
        }
    };
    // Two versions of one outlet's story: every two members from the same (known) outlet.
    let outlets: Option<Vec<&str>> = spans.iter().map(|&(d, _)| docs[d].outlet).collect();
    let same_outlet =
        outlets.is_some_and(|o| o.iter().enumerate().all(|(i, x)| o[i + 1..].iter().all(|y| same_outlet(x, y))));
    let members = spans
        .iter()
        .map(|&(d, s)| Member { article: docs[d].id, span: s, text: docs[d].text[s.start..s.end].to_owned() })
        .collect();
    Some(Passage { id: String::new(), kind, similarity, members, diffs, coarse_diff, same_outlet })
}

/// True when a member is a quotation of as many words as a shared quotation needs, with at most
/// [`ATTRIBUTION_WORDS`] words outside it (who said it, where and when).
fn attributed_quote(d: &Doc, s: Span) -> bool {
    d.model.longest_quote_in(s).is_some_and(|q| {
        let (inside, all) = (d.model.words_within(q), d.model.words_within(s));
        inside >= SHARED_QUOTE_WORDS.0 && all - inside <= ATTRIBUTION_WORDS
    })
}

/// How alike two members are: as their word diff says, or as their sentences paired one by one say
/// when that is more (a copied block whose sentences were reordered).
fn likeness(alignment: &Alignment, a: &DiffUnits, b: &DiffUnits) -> f64 {
    let in_order = alignment.ratio();
    if in_order >= 1.0 {
        return in_order;
    }
    in_order.max(reordered_ratio(a, b).unwrap_or(0.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copied_block_with_its_sentences_reordered_is_a_near_copy() {
        let a = "Ferry stops\n\nThe harbour ferry carried more than two million passengers in 2019/20. \
                 Its route combines open water and sheltered channels for the 12 miles (19km) of the crossing.";
        let b = "Ferry halted\n\nIts route uses a mix of open water and sheltered channels for its 12 miles (19km) of \
                 the crossing. The harbour ferry carried more than two million passengers in 2019-20.";
        let cmp = crate::align::tests::compare(&[a, b]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        assert_eq!(cmp.passages[0].kind, PassageKind::Near, "{:#?}", cmp.passages);
    }

    #[test]
    fn a_member_does_not_take_in_a_piece_of_the_next_paragraphs_first_sentence() {
        let a = "Trawler sinks off the northern cape\n\nCoast guards rescued twelve fishermen after their trawler sank off the northern \
                 cape on Tuesday, the harbour master said.";
        let b = "Twelve fishermen saved from the sea\n\nCoast guards rescued twelve fishermen after their trawler sank off the northern \
                 cape.\n\nThe harbour master said the crew had been pulled from the cold water within an hour.\n\n\
                 Boats from two villages joined the search.";
        let cmp = crate::align::tests::compare(&[a, b]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        for m in &cmp.passages[0].members {
            assert!(m.text.starts_with("Coast guards rescued"), "{m:#?}");
            assert!(!m.text.contains('\n'), "the member stops at the paragraph break: {m:#?}");
        }
    }

    #[test]
    fn a_member_does_not_take_in_the_end_of_the_sentence_before_a_quotation_only_it_has() {
        let a = "Ferry lost in the strait\n\nThe ferry left the port at noon with forty people on board, the \
                 harbour office said.\n\n\"We are still searching the water near the rocks,\" said coastguard chief \
                 Jo Bloggs. \"The night will be long for the families.\"";
        let b = "Search for ferry goes on\n\nCoastguard chief Jo Bloggs said: \"We are still searching the water \
                 near the rocks. The night will be long for the families.\"";
        let cmp = crate::align::tests::compare(&[a, b]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        let first = &cmp.passages[0].members[0];
        assert!(first.text.starts_with("\"We are still searching"), "{first:#?}");
    }

    #[test]
    fn members_that_both_cross_a_break_keep_only_the_words_they_both_carry_across_it() {
        let a = "Rovers win the cup at last\n\nEven the mayor, who supports the town's other team the Harbour \
                 Rovers, couldn't contain his joy.\n\nHe tweeted: \"It happened: Rovers win the Cup. That's change \
                 even this North Sider can believe in. Want to come to the Town Hall before I leave?\"";
        let b = "Cup comes home to Westport\n\nThe victory got the backing of the mayor despite being a fan of \
                 city rivals the Harbour Rovers.\n\nThe mayor tweeted: \u{201c}It happened: @Rovers win the Cup. \
                 That\u{2019}s change even this north Sider can believe in. Want to come to the Town Hall before I \
                 leave?\u{201d}";
        let cmp = crate::align::tests::compare(&[a, b]);
        assert_eq!(cmp.passages.len(), 1, "{:#?}", cmp.passages);
        // The first starts after the break: "could not contain his joy" is not in the other's piece.
        let m = &cmp.passages[0].members;
        assert!(m.iter().any(|m| m.text.starts_with("He tweeted")), "{m:#?}");
        assert!(m.iter().all(|m| !m.text.contains("joy")), "{m:#?}");
        // The second's piece ("Harbour Rovers.") is held in the first's, but not the other way
        // round: two different pieces, both go.
        assert!(m.iter().any(|m| m.text.starts_with("The mayor tweeted")), "{m:#?}");
    }

    #[test]
    fn two_half_sentences_across_a_break_that_say_different_things_are_no_passage() {
        let a = "Ferry turns back to Westport\n\nThe ferry to the islands turned back to Westport hours into \
                 the crossing on Tuesday.\n\nAccording to Harbour Lines, the unauthorised traveller was a passenger \
                 who had boarded the wrong island ferry.\n\n'During the crossing, the deck crew became aware that \
                 one of the passengers boarded the incorrect ferry and notified the captain,' the company said.";
        let b = "Ferry returns after mix-up\n\nA ferry bound for the islands returned to Westport after the crew \
                 found a passenger on the wrong boat.\n\nHarbour Lines said it was trying to determine how the \
                 passenger boarded the wrong ferry.\n\n\u{201c}At the time during the crossing, the captain was \
                 presented with information about the discrepancy in the passenger list,\u{201d} the company said.";
        let cmp = crate::align::tests::compare(&[a, b]);
        // The end of one sentence and the start of the next, each alike in a few words only: the
        // gate takes both pieces off at the sentence edges, and nothing is left to cut in two here.
        assert!(cmp.passages.is_empty(), "{:#?}", cmp.passages);
    }

    #[test]
    fn lines_of_a_list_are_no_paragraphs_of_prose() {
        assert!(ends_with_stop("The tram overturned near the stop."));
        assert!(ends_with_stop("\u{201c}It was terrible,\u{201d} she said.\u{201d}"));
        assert!(ends_with_stop("Was it the driver?)"));
        assert!(!ends_with_stop("Maui Memorial"));
        assert!(!ends_with_stop("Hospital, Hawaii State"));
    }

    #[test]
    fn an_article_linked_only_through_another_place_of_a_member_is_another_passage() {
        let node = |doc, start, end| Node { doc, span: Span::new(start, end) };
        // Matches (two nodes each): three articles share a sentence (article 2's holds two of the
        // matches); article 2's other paragraph shares a quotation with article 3; article 1's
        // shared sentence was also loosely paired with a sentence of article 3.
        let nodes = [
            [node(0, 0, 100), node(1, 0, 100)],
            [node(1, 0, 100), node(2, 0, 100)],
            [node(0, 0, 100), node(2, 10, 100)],
            [node(2, 300, 350), node(3, 0, 50)],
            [node(1, 20, 60), node(3, 100, 150)],
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>();
        let split = split_at_places(&nodes, (0..nodes.len()).collect());
        let docs = |g: &Vec<usize>| {
            let mut d: Vec<usize> = g.iter().map(|&n| nodes[n].doc).collect();
            d.sort_unstable();
            d.dedup();
            d
        };
        assert_eq!(split.len(), 2, "{split:?}");
        // The shared sentence, without article 3; the quotation on its own; the loose pairing of a
        // sentence already shown is no second passage.
        assert_eq!(docs(&split[0]), [0, 1, 2]);
        assert_eq!(split[1], [6, 7]);
        // One place in each article: the group as it is.
        assert_eq!(split_at_places(&nodes[..6], (0..6).collect()), [(0..6).collect::<Vec<_>>()]);
    }

    #[test]
    fn a_copy_nested_in_a_much_longer_copy_is_another_place() {
        // One outlet carries a 1,000-byte block, another only its first 600 bytes.
        assert!(!same_place(Span::new(0, 1000), Span::new(0, 600), false));
        // Nearly the same extent is one place; a paraphrased sentence inside a copy joins it.
        assert!(same_place(Span::new(0, 1000), Span::new(20, 960), false));
        assert!(same_place(Span::new(0, 1000), Span::new(300, 600), true));
    }
}
