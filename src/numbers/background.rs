//! Sentences about other events than the article's own: "a similar attack in 2016 killed 86
//! people", "the deadliest crash since a ferry sank in 1987", "last year, floods killed 40". Their
//! figures stay listed but never join the story's own tolls.

use crate::text::{Sentence, TextModel, TokenKind};

/// Superlatives that compare the event with earlier ones ("the deadliest since ...").
const SUPERLATIVES: &[&str] = &["deadliest", "worst", "largest", "biggest", "bloodiest", "most", "first", "highest"];

/// How many words before "since" a superlative may stand ("the worst accident on the rail and
/// tram networks since ...").
const COMPARISON_REACH: usize = 10;

/// Word pairs that place a sentence in the past of another event.
const PAST_MARKERS: &[[&str; 2]] = &[["last", "year"], ["years", "ago"], ["decades", "ago"], ["a", "similar"]];

/// Words of the present and the future: a sentence framed by a year that holds one tells of that
/// year as now or to come ("In 2018, they will launch …"), not of a past event.
const NOT_PAST: &[&str] = &["is", "are", "do", "does", "will", "shall", "can", "may"];

/// True when `sentence` tells of an event other than the article's own: it names a year before
/// `reference` (the year of publication, or else the latest year the article names), compares
/// with the past ("the deadliest since ..."), is placed in the past ("last year", "years ago",
/// "a similar attack"), or is framed by a year and told in the past ("In 2019, protests left three
/// dead": the story's own events are placed by their day, not their year).
pub(super) fn is_background(model: &TextModel, sentence: &Sentence, years: &[i64], reference: Option<i64>) -> bool {
    if reference.is_some_and(|r| years.iter().any(|&y| y < r)) {
        return true;
    }
    let words: Vec<&str> = sentence
        .tokens
        .clone()
        .filter(|&i| model.tokens[i].kind == TokenKind::Word)
        .map(|i| model.keys[i].as_str())
        .collect();
    let mut toks = sentence.tokens.clone().map(|i| (model.tokens[i].kind, model.keys[i].as_str()));
    let framed = matches!(
        (toks.next(), toks.next(), toks.next()),
        (Some((TokenKind::Word, "in")), Some((_, year)), Some((TokenKind::Punct, ",")))
            if year.parse::<i64>().is_ok_and(|y| years.contains(&y))
    );
    if framed && !words.iter().any(|w| NOT_PAST.contains(w)) {
        return true;
    }
    let compared = words.iter().enumerate().any(|(k, w)| {
        *w == "since" && words[k.saturating_sub(COMPARISON_REACH)..k].iter().any(|p| SUPERLATIVES.contains(p))
    });
    compared
        || outside_relative_clauses(model, sentence).windows(2).any(|pair| PAST_MARKERS.contains(&[pair[0], pair[1]]))
}

/// The sentence's words but those of relative clauses set off by commas: "the chief, who took over
/// last year, said ..." places the chief's start in the past, not the sentence's figures.
fn outside_relative_clauses<'a>(model: &'a TextModel, sentence: &Sentence) -> Vec<&'a str> {
    let mut inside = false;
    let mut after_comma = false;
    let mut out = Vec::new();
    for i in sentence.tokens.clone() {
        let (kind, key) = (model.tokens[i].kind, model.keys[i].as_str());
        if kind != TokenKind::Word {
            if key == "," {
                inside = false;
                after_comma = true;
            }
            continue;
        }
        inside |= after_comma && matches!(key, "who" | "which");
        after_comma = false;
        if !inside {
            out.push(key);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn background(text: &str, years: &[i64], reference: Option<i64>) -> bool {
        let m = TextModel::new(text);
        is_background(&m, &m.sentences[0], years, reference)
    }

    #[test]
    fn other_events_are_told_by_their_year_a_comparison_or_their_place_in_the_past() {
        assert!(background("A similar raid in 2016 killed 86 people.", &[2016], Some(2019)));
        assert!(background("It was the deadliest flood since a dam burst, killing 300.", &[], Some(2019)));
        let s = "It is the first ferry sinking with deaths on board on the lake since 1961, when two died.";
        assert!(background(s, &[1961], None));
        assert!(background("Last year, storms killed 40 people in the valley.", &[], None));
        assert!(background("The mine collapsed two decades ago, killing 12.", &[], None));
        assert!(background("In 2019, floods left 3 people dead in the valley.", &[2019], None));
        assert!(background("In 2019, floods left 3 people dead in the valley.", &[2019], Some(2019)));
    }

    #[test]
    fn the_story_itself_is_not_background() {
        assert!(!background("The storm killed 40 people on Sunday.", &[], Some(2019)));
        assert!(!background("By 2019 the toll had reached 40.", &[2019], Some(2019)));
        assert!(!background("Officials said the toll could rise.", &[], None));
        assert!(!background("In 2019, the valley will get 3 new flood walls.", &[2019], None));
        assert!(!background("In 2019, floods are the valley's main worry.", &[2019], Some(2019)));
        // The past of someone the sentence names, in a relative clause, is not the figure's.
        let s = "The mayor, who took office last year, said 40 homes were flooded.";
        assert!(!background(s, &[], None));
        assert!(background("Last year, the mayor, who took office in May, said 40 homes flooded.", &[], None));
    }
}
