//! Matches that lie inside one sentence of each article stand only when the two sentences say the
//! same thing ([`super::judge`]): sharing a phrase, a name or a clause is not sharing a passage
//! when one sentence goes on to say something the other does not. Exact copies and shared
//! quotations stand on their own.

use super::{Doc, PairMatch};

/// The sentence of each side when a match lies inside one sentence of each article.
fn sentences(docs: &[Doc], m: &PairMatch) -> Option<(usize, usize)> {
    let (a, b) = (&docs[m.a], &docs[m.b]);
    let sa = a.sent_of[m.a_words.start];
    let sb = b.sent_of[m.b_words.start];
    (sa == a.sent_of[m.a_words.end - 1] && sb == b.sent_of[m.b_words.end - 1]).then_some((sa as usize, sb as usize))
}

/// A run of this many words copied word for word is a copy, whatever else the sentences say.
const COPIED_RUN: usize = 12;

/// True when the two word ranges are the same words in the same order, or share a long run of them.
fn copied(docs: &[Doc], m: &PairMatch) -> bool {
    let (a, b) = (&docs[m.a].keys[m.a_words.clone()], &docs[m.b].keys[m.b_words.clone()]);
    if a == b {
        return true;
    }
    let min = COPIED_RUN;
    a.len().min(b.len()) >= min
        && similar::capture_diff_slices(similar::Algorithm::Myers, a, b).iter().any(|op| match op {
            similar::DiffOp::Equal { len, .. } => *len >= min,
            _ => false,
        })
}

/// The text of a sentence.
pub(super) fn sentence_text<'a>(doc: &Doc<'a>, s: usize) -> &'a str {
    let span = doc.model.sentences[s].span;
    doc.text.get(span.start..span.end).unwrap_or("")
}

/// Keep the matches that stand: those spanning more than one sentence, exact copies, shared
/// quotations, and sentence pairs the judge finds say the same thing.
pub(super) fn judged(docs: &[Doc], matches: Vec<PairMatch>) -> Vec<PairMatch> {
    let verdicts = crate::par::map(&matches, |m| {
        let Some((sa, sb)) = sentences(docs, m) else { return true };
        if m.paraphrase || copied(docs, m) || (docs[m.a].quoted(&m.a_words) && docs[m.b].quoted(&m.b_words)) {
            return true;
        }
        super::judge::same_thing(sentence_text(&docs[m.a], sa), sentence_text(&docs[m.b], sb))
    });
    matches.into_iter().zip(verdicts).filter(|(_, keep)| *keep).map(|(m, _)| m).collect()
}

#[cfg(test)]
mod tests {
    use crate::align::tests::compare;
    use crate::model::PassageKind;

    #[test]
    fn a_shared_clause_in_sentences_that_say_different_things_is_no_passage() {
        let a = "Storm hits the coast\n\nThe coastguard said the ferry had left the harbour on time shortly after \
                 dawn with ninety passengers, before both of its engines failed off the northern cape.";
        let b = "Ferry adrift at sea\n\nFamilies waited for hours on the wooden pier even though the ferry left the \
                 harbour on time shortly after dawn with ninety passengers aboard, and nobody could tell them where it was.";
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
}
