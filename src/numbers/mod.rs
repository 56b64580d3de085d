//! Stage 4, numbers: every figure with its qualifier and what it counts, grouped across articles,
//! with agreement and conflicts flagged.
//!
//! Extraction ([`extract`]) reads each sentence's tokens: digits with separators and decimals,
//! glued or separate scale words ("2.2m", "1.5 million"), spelled-out and vague counts ("four",
//! "a dozen", "dozens"), ranges, qualifiers ("at least", "some", "up to"), currencies, percentages,
//! distances and durations. What a count counts comes from the words bound to it in its clause: the
//! verb or noun right after it ("44 people dead", "14 of its personnel had been killed") or right
//! before it ("killed at least 25", "wounded some 180"). Times of day, phone numbers, ordinals,
//! ages, list numbers and numbers inside names ("Falcon 9") are not figures; years and dates are
//! recognised as such. Grouping is in [`group`].

mod extract;
mod group;
mod lexicon;

pub use extract::{Figure, figures};

use crate::model::{Article, NumberGroup, NumberMention};
use crate::text::normalize::{is_stopword, match_key};
use crate::text::{Prepared, TokenKind};

/// Nouns that count everyone (a total), as opposed to a part ("children", "soldiers").
const TOTAL_NOUNS: &[&str] = &["people", "persons", "person", "individuals", "others", "victims"];

/// Figures of every article and their groups. Article ids must be set.
pub fn analyze(articles: &[Prepared]) -> (Vec<NumberMention>, Vec<NumberGroup>) {
    let mut mentions = Vec::new();
    let mut items = Vec::new();
    for (a, p) in articles.iter().enumerate() {
        let text = p.article.text.as_str();
        let found = figures(text, &p.model);
        for f in &found {
            let sentence = &p.model.sentences[f.sentence];
            let related = p.related_from.filter(|&r| sentence.paragraph >= r).map(|_| sentence.paragraph);
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
