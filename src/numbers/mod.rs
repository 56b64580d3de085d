//! Stage 4, numbers: every figure with its qualifier and what it counts, grouped across articles,
//! with agreement and conflicts flagged.
//!
//! Extraction (`extract`) reads each sentence's tokens: digits with separators and decimals,
//! glued or separate scale words ("2.2m", "1.5 million"), spelled-out and vague counts ("four",
//! "a dozen", "dozens"), ranges, qualifiers ("at least", "some", "up to"), currencies, percentages,
//! distances and durations. What a count counts comes from the words bound to it in its clause: the
//! verb or noun right after it ("44 people dead", "14 of its personnel had been killed") or right
//! before it ("killed at least 25", "wounded some 180"). Times of day, phone numbers, ordinals,
//! ages, list numbers and numbers inside names ("Falcon 9") are not figures; years and dates are
//! recognised as such. Grouping is in `group`.

mod extract;
mod group;
mod lexicon;

pub use extract::{Figure, figures};

use crate::model::{Article, NumberGroup, NumberMention};
use crate::text::normalize::{is_stopword, match_key};
use crate::text::{Prepared, TokenKind};

/// Story marker for figures about earlier events in an article's own body (added to a paragraph).
const BACKGROUND: usize = 1 << 20;

/// Nouns that count everyone (a total), as opposed to a part ("children", "soldiers").
const TOTAL_NOUNS: &[&str] = &["people", "persons", "person", "individuals", "others", "victims"];

/// Figures of every article and their groups. Article ids must be set.
pub fn analyze(articles: &[Prepared]) -> (Vec<NumberMention>, Vec<NumberGroup>) {
    let mut mentions = Vec::new();
    let mut items = Vec::new();
    for (a, p) in articles.iter().enumerate() {
        let text = p.article.text.as_str();
        let found = figures(text, &p.model);
        // A sentence that names a year before the latest one the article mentions is about an earlier
        // event ("the deadliest since 2008, when 154 were killed"): its figures are background.
        let latest_year = found.iter().filter(|f| f.what == "year").map(|f| f.value as i64).max();
        for f in &found {
            let sentence = &p.model.sentences[f.sentence];
            let earlier_year = found
                .iter()
                .any(|o| o.sentence == f.sentence && o.what == "year" && Some(o.value as i64) < latest_year);
            let related = p.related_from.filter(|&r| sentence.paragraph >= r).map(|_| sentence.paragraph);
            let related = related.or(earlier_year.then_some(BACKGROUND + sentence.paragraph));
            let (low, high) = group::bounds(f.value, f.value_max, f.qualifier);
            let mut context: Vec<String> = p.model.tokens[sentence.tokens.clone()]
                .iter()
                .filter(|t| t.kind == TokenKind::Word)
                .map(|t| match_key(&text[t.span.start..t.span.end]))
                .filter(|k| !is_stopword(k) && !k.starts_with(|c: char| c.is_ascii_digit()))
                .collect();
            context.sort();
            context.dedup();
            let companions = found
                .iter()
                .filter(|o| o.sentence == f.sentence && o.span != f.span && o.value >= 2.0)
                .map(|o| o.value as u64)
                .collect();
            let class = f.noun.as_deref().filter(|n| !TOTAL_NOUNS.contains(n)).unwrap_or("").to_owned();
            items.push(group::Item {
                article: a,
                what: f.what,
                class,
                low,
                high,
                stated: matches!(f.qualifier, "exact" | "approximately" | "range"),
                related,
                context,
                companions,
                value: f.value,
            });
            mentions.push(NumberMention {
                id: format!("N{}", mentions.len() + 1),
                article: p.article.id.clone(),
                span: f.span,
                text: text[f.span.start..f.span.end].to_owned(),
                value: f.value,
                value_max: f.value_max,
                qualifier: f.qualifier.to_owned(),
                what: f.what.to_owned(),
                sentence: text[sentence.span.start..sentence.span.end].to_owned(),
            });
        }
    }
    let arts: Vec<&Article> = articles.iter().map(|p| &p.article).collect();
    let groups = group::group(&items)
        .into_iter()
        .enumerate()
        .map(|(g, grp)| {
            let mut members = grp.members.clone();
            // With publication dates, a toll that rises over time reads as a timeline.
            members.sort_by(|&x, &y| {
                let date = |i: usize| arts[items[i].article].published.clone().unwrap_or_else(|| "9999".into());
                date(x).cmp(&date(y)).then(x.cmp(&y))
            });
            NumberGroup {
                id: format!("G{}", g + 1),
                what: items[grp.members[0]].what.to_owned(),
                members: members.iter().map(|&i| mentions[i].id.clone()).collect(),
                status: grp.status.to_owned(),
                within_article: grp.within_article,
            }
        })
        .collect();
    (mentions, groups)
}

#[cfg(test)]
mod tests {
    use crate::load::Source;

    #[test]
    fn an_earlier_event_s_toll_is_not_grouped_with_the_current_one() {
        let a = "Crash kills 71 in the mountains\n\nAll 71 people on board were killed when the plane crashed on Sunday in 2018.\n\nIt was the deadliest crash since 2008, when 154 people were killed.";
        let b = "Plane crash toll reaches 71\n\nRescuers said 71 people died in the crash on Sunday, officials said.";
        let sources = vec![
            Source { path: "a.txt".into(), bytes: a.as_bytes().to_vec() },
            Source { path: "b.txt".into(), bytes: b.as_bytes().to_vec() },
        ];
        let cmp = crate::analyze(sources, Vec::new(), &mut |_| {});
        let value = |id: &str| cmp.numbers.iter().find(|n| n.id == id).map(|n| n.value).unwrap_or(0.0);
        let g = cmp.number_groups.iter().find(|g| g.members.iter().any(|m| value(m) == 71.0)).unwrap();
        assert_eq!(g.status, "agree", "{:?}", cmp.number_groups);
        assert!(!g.members.iter().any(|m| value(m) == 154.0));
    }
}
