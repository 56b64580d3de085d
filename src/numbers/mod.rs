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

mod background;
mod clause;
mod clause_words;
mod extract;
mod group;
mod lexicon;
mod link;
mod parse;
mod sense;

pub use extract::{Figure, figures};

use std::rc::Rc;

use crate::model::{Article, MAX_SENTENCE_BYTES, NumberGroup, NumberId, NumberMention, Quantity, Span};
use crate::text::{Prepared, TokenKind};

/// Story marker for figures about earlier events in an article's own body (added to a paragraph).
const BACKGROUND: usize = 1 << 20;

/// Nouns that count everyone (a total), as opposed to a part ("children", "soldiers").
const TOTAL_NOUNS: &[&str] = &["people", "persons", "person", "individuals", "others", "victims"];

/// Nouns news uses interchangeably for one group of people, each row under its first word: "six
/// police officers" (counted as police) and "six officers" are one part of a toll.
const SAME_PEOPLE: &[&[&str]] = &[
    &["officers", "police", "policemen", "policeman", "officer", "cops", "policewomen"],
    &["soldiers", "troops", "soldier", "servicemen"],
    &["children", "kids", "child", "minors"],
    &["protesters", "demonstrators", "protestors", "marchers", "protester", "demonstrator"],
];

/// The class a counted noun groups under: "" for a total, else the noun, or the first word of its
/// row of [`SAME_PEOPLE`].
fn noun_class(noun: Option<&str>) -> String {
    let Some(n) = noun.filter(|n| !TOTAL_NOUNS.contains(n)) else { return String::new() };
    SAME_PEOPLE.iter().find(|row| row.contains(&n)).map_or(n, |row| row[0]).to_owned()
}

/// Figures of every article and their groups. Article ids must be set.
pub fn analyze(articles: &[Prepared]) -> (Vec<NumberMention>, Vec<NumberGroup>) {
    let mut mentions = Vec::new();
    let mut items = Vec::new();
    for (a, p) in articles.iter().enumerate() {
        let text = p.article.text.as_str();
        let found = figures(text, &p.model);
        // A sentence that names a year before the article's own (its year of publication, else the
        // latest it mentions) is about an earlier event ("the deadliest since 2008, when 154 were
        // killed"): its figures are background, like those of other past-event sentences.
        let published = p.article.published.as_deref().and_then(|d| d.get(..4)).and_then(|y| y.parse().ok());
        let latest_year = found.iter().filter(|f| f.what == Quantity::Year).map(|f| f.value as i64).max();
        let reference = published.or(latest_year);
        // Figures come in reading order, so those of one sentence are one run: what depends on the
        // sentence alone is worked out once per run, never once per figure.
        for run in found.chunk_by(|x, y| x.sentence == y.sentence) {
            let sentence = &p.model.sentences[run[0].sentence];
            let years: Vec<i64> = run.iter().filter(|o| o.what == Quantity::Year).map(|o| o.value as i64).collect();
            let earlier_year = background::is_background(&p.model, sentence, &years, reference);
            let related = p.related_from.filter(|&r| sentence.paragraph >= r).map(|_| sentence.paragraph);
            let related = related.or(earlier_year.then_some(BACKGROUND + sentence.paragraph));
            let context = sentence_context(p, sentence);
            let revised = tells_of_revision(p, sentence);
            let companions = group::Companions::new(run.iter().filter(|o| o.value >= 2.0).map(|o| o.value as u64));
            // A year alone is when something happened, not a figure of the story: it dates
            // sentences (above) but is not listed.
            for f in run.iter().filter(|f| f.what != Quantity::Year) {
                let (low, high) = group::bounds(f.value, f.value_max, f.qualifier);
                let class = if f.what == Quantity::Duration && prison_term(p, sentence, f) {
                    PRISON_TERM.to_owned()
                } else {
                    noun_class(f.noun.as_deref())
                };
                items.push(group::Item {
                    article: a,
                    sentence: f.sentence,
                    revised,
                    what: f.what,
                    class,
                    low,
                    high,
                    stated: f.qualifier.states_value(),
                    related,
                    context: Rc::clone(&context),
                    near: near_words(p, sentence, f, run),
                    of: share_of(p, sentence, f),
                    companions: companions.without((f.value >= 2.0).then_some(f.value as u64)),
                    value: f.value,
                });
                mentions.push(mention(mentions.len() as u32 + 1, &p.article, f, sentence.span, related.is_some()));
            }
        }
    }
    group::parts_without_a_total(&mut items);
    let groups = number_groups(articles, &items, &mentions);
    (mentions, groups)
}

/// Words by which a sentence tells that a figure was revised ("the toll rose to 7", "initially
/// put at 5", "earlier reports said").
const REVISION_WORDS: &[&str] =
    &["rose", "risen", "climbed", "revised", "initially", "earlier", "previously", "updated", "raised", "lowered"];

/// True when the sentence tells of a revised figure (see [`REVISION_WORDS`]).
fn tells_of_revision(p: &Prepared, sentence: &crate::text::Sentence) -> bool {
    sentence.tokens.clone().any(|i| REVISION_WORDS.contains(&p.model.keys[i].as_str()))
}

/// Content words of a sentence (for related-story matching), sorted and without repeats.
fn sentence_context(p: &Prepared, sentence: &crate::text::Sentence) -> Rc<[String]> {
    let m = &p.model;
    let mut context: Vec<String> = sentence
        .tokens
        .clone()
        .filter(|&i| m.tokens[i].kind == TokenKind::Word)
        .filter_map(|i| sense::key(&m.keys[i]).map(|_| sense::stem(&m.keys[i]).to_owned()))
        .collect();
    context.sort();
    context.dedup();
    context.into()
}

/// How many content words on each side of a figure [`near_words`] takes.
const NEAR_REACH: usize = 8;

/// Content words within [`NEAR_REACH`] of them on each side of a figure in its sentence, each with
/// its closeness: 1 next to it, halving with each word further off. Function words, numbers, units
/// and the figure's own counted noun are left out: they say how the figure is written, and figures
/// of one kind all share them. Words beyond another figure of the same kind in the sentence are
/// that figure's ("14 percent bigger and 30 percent brighter"). Sorted by word; a word that stands
/// twice keeps its closest place.
fn near_words(p: &Prepared, sentence: &crate::text::Sentence, f: &Figure, run: &[Figure]) -> Rc<[(String, f64)]> {
    let (m, figure) = (&p.model, f.span);
    let rivals = run.iter().filter(|o| o.what == f.what && o.span != f.span);
    let from = rivals.clone().filter(|o| o.span.end <= figure.start).map(|o| o.span.end).max().unwrap_or(0);
    let to = rivals.filter(|o| o.span.start >= figure.end).map(|o| o.span.start).min().unwrap_or(usize::MAX);
    let content = |i: usize| {
        let k = m.keys[i].as_str();
        let own = f.noun.as_deref() == Some(k) || sense::is_measure(k);
        (m.tokens[i].kind == TokenKind::Word && !own).then(|| sense::key(k)).flatten()
    };
    let span = |i: usize| m.tokens[i].span();
    let before = sentence.tokens.clone().rev().filter(|&i| span(i).end <= figure.start && span(i).start >= from);
    let behind = sentence.tokens.clone().filter(|&i| span(i).start >= figure.end && span(i).end <= to);
    let (before, behind) = (before.filter_map(content), behind.filter_map(content));
    let closeness = |(d, k): (usize, &str)| (k.to_owned(), 0.5_f64.powi(d as i32));
    let mut near: Vec<(String, f64)> = before.take(NEAR_REACH).enumerate().map(closeness).collect();
    near.extend(behind.take(NEAR_REACH).enumerate().map(closeness));
    near.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
    near.dedup_by(|later, first| later.0 == first.0);
    near.into()
}

/// What a group of lengths of time a court sentenced someone to counts (`counted` of its group).
pub const PRISON_TERM: &str = "prison term";

/// Words next to a length of time that make it a prison term ("jailed for six years", "six years
/// in prison", "a six-year sentence").
const PRISON_WORDS: &[&str] = &[
    "prison",
    "jail",
    "jailed",
    "gaol",
    "imprisonment",
    "imprisoned",
    "sentenced",
    "sentence",
    "sentences",
    "custodial",
];

/// Words before a length of time (its verb and the verb's object: "jailed the former mayor for six
/// years") and after it ("six years in prison") that [`prison_term`] reads, in its clause.
const PRISON_REACH: (usize, usize) = (7, 4);

/// True when a length of time is a prison term: a word of [`PRISON_WORDS`] stands near it in its
/// clause ("jailed in May and banned from office for ten years": the ban is none).
fn prison_term(p: &Prepared, sentence: &crate::text::Sentence, f: &Figure) -> bool {
    let m = &p.model;
    let span = |i: usize| m.tokens[i].span();
    let in_clause =
        |i: &usize| m.tokens[*i].kind == TokenKind::Word && !matches!(m.keys[*i].as_str(), "and" | "but" | "or");
    let before = sentence.tokens.clone().rev().filter(|&i| span(i).end <= f.span.start).take_while(in_clause);
    let behind = sentence.tokens.clone().filter(|&i| span(i).start >= f.span.end).take_while(in_clause);
    let prison = |i: usize| PRISON_WORDS.contains(&m.keys[i].as_str());
    before.take(PRISON_REACH.0).any(prison) || behind.take(PRISON_REACH.1).any(prison)
}

/// Words that end the noun phrase after "percent of" ("90 percent of its trade with China").
const PHRASE_ENDS: &[&str] =
    &["in", "to", "for", "from", "by", "at", "on", "with", "that", "which", "who", "including", "since", "as"];

/// What a share is a share of: the content words of the noun phrase after "percent of" (at most
/// four, sorted), empty when the figure is no share or names no whole. "90 percent of its external
/// trade" and "90 percent of oil imports" are two quantities, however alike their values.
fn share_of(p: &Prepared, sentence: &crate::text::Sentence, f: &Figure) -> Rc<[String]> {
    let m = &p.model;
    if f.what != Quantity::Percent {
        return Rc::from([]);
    }
    let mut after = sentence.tokens.clone().skip_while(|&i| m.tokens[i].span().start < f.span.end);
    if after.next().is_none_or(|i| m.keys[i] != "of") {
        return Rc::from([]);
    }
    let mut words: Vec<String> = after
        .take_while(|&i| m.tokens[i].kind == TokenKind::Word && !PHRASE_ENDS.contains(&m.keys[i].as_str()))
        .filter_map(|i| sense::key(&m.keys[i]).map(str::to_owned))
        .take(4)
        .collect();
    words.sort();
    words.dedup();
    words.into()
}

/// The report's record of figure number `n` of the report.
fn mention(n: u32, article: &Article, f: &Figure, sentence: Span, background: bool) -> NumberMention {
    let text = article.text.as_str();
    NumberMention {
        id: NumberId(n),
        article: article.id,
        span: f.span,
        text: text[f.span.start..f.span.end].to_owned(),
        value: f.value,
        value_max: f.value_max,
        qualifier: f.qualifier,
        what: f.what,
        sentence: sentence_excerpt(text, sentence, f.span),
        sentence_span: sentence,
        background,
    }
}

/// The groups of the report, their members in order of publication.
fn number_groups(articles: &[Prepared], items: &[group::Item], mentions: &[NumberMention]) -> Vec<NumberGroup> {
    let arts: Vec<&Article> = articles.iter().map(|p| &p.article).collect();
    group::group(items)
        .into_iter()
        .enumerate()
        .map(|(g, grp)| {
            let mut members = grp.members.clone();
            // With publication dates, a toll that rises over time reads as a timeline.
            members.sort_by(|&x, &y| {
                let date = |i: usize| arts[items[i].article].published.as_deref().unwrap_or("9999");
                date(x).cmp(date(y)).then(x.cmp(&y))
            });
            NumberGroup {
                id: format!("G{}", g + 1),
                what: items[grp.members[0]].what,
                members: members.iter().map(|&i| mentions[i].id).collect(),
                status: grp.status,
                within_article: grp.within_article,
                counted: shared_class(items, &grp.members),
            }
        })
        .collect()
}

/// The class all of a group's figures share, if it names a part or a kind (not a total).
fn shared_class(items: &[group::Item], members: &[usize]) -> Option<String> {
    let first = &items[*members.first()?].class;
    (!first.is_empty() && members.iter().all(|&i| &items[i].class == first)).then(|| first.clone())
}

/// How far a cut may move to reach a word edge, in bytes.
const WORD_EDGE_SLACK: usize = 40;

/// The sentence at `sentence` as a figure's record gives it: whole when it is at most
/// [`MAX_SENTENCE_BYTES`] long, else a window of about that size around the figure at `figure`, cut
/// on character boundaries (at word edges when one is near) and marked "…" where it is cut.
pub(crate) fn sentence_excerpt(text: &str, sentence: Span, figure: Span) -> String {
    let whole = &text[sentence.start..sentence.end];
    if sentence.len() <= MAX_SENTENCE_BYTES {
        return whole.to_owned();
    }
    let centre = (figure.start + figure.end) / 2;
    let mut start = centre.saturating_sub(MAX_SENTENCE_BYTES / 2).max(sentence.start);
    let mut end = (start + MAX_SENTENCE_BYTES).min(sentence.end);
    start = end.saturating_sub(MAX_SENTENCE_BYTES).max(sentence.start);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    // Word edges: an ASCII space is always a character boundary.
    let bytes = text.as_bytes();
    if start > sentence.start {
        let limit = (start + WORD_EDGE_SLACK).min(figure.start.max(start));
        if let Some(gap) = bytes[start..limit].iter().position(u8::is_ascii_whitespace) {
            start += gap;
        }
    }
    if end < sentence.end {
        let limit = end.saturating_sub(WORD_EDGE_SLACK).max(figure.end.min(end)).max(start);
        if let Some(gap) = bytes[limit..end].iter().rposition(u8::is_ascii_whitespace) {
            end = limit + gap;
        }
    }
    let body = text[start..end].trim();
    let lead = if start > sentence.start { "…" } else { "" };
    let tail = if end < sentence.end { "…" } else { "" };
    format!("{lead}{body}{tail}")
}

#[cfg(test)]
mod tests {
    use super::{MAX_SENTENCE_BYTES, PRISON_TERM, Span, sentence_excerpt};
    use crate::load::Source;

    #[test]
    fn a_news_sentence_is_given_whole() {
        let t = "Floods cut the valley road. Officials said 40 homes were lost on Friday.";
        let s = Span::new(28, t.len());
        let f = Span::new(t.find("40").unwrap(), t.find("40").unwrap() + 2);
        assert_eq!(sentence_excerpt(t, s, f), &t[28..]);
    }

    #[test]
    fn a_long_sentence_is_a_window_around_the_figure_cut_at_words() {
        let filler = "the grey river and its \u{e9}tang flowed on ".repeat(60);
        let t = format!("{filler}while 41 houses flooded {filler}");
        let at = t.find("41").unwrap();
        let out = sentence_excerpt(&t, Span::new(0, t.len()), Span::new(at, at + 2));
        assert!(out.contains("while 41 houses flooded"), "{out}");
        assert!(out.starts_with('\u{2026}') && out.ends_with('\u{2026}'), "{out}");
        assert!(out.len() <= MAX_SENTENCE_BYTES + 2 * '\u{2026}'.len_utf8());
        let inner = out.trim_matches('\u{2026}');
        assert!(t.contains(inner) && !inner.starts_with(' ') && !inner.ends_with(' '));
        let cut = t.find(inner).unwrap();
        assert!(t[..cut].ends_with(' ') && t[cut + inner.len()..].starts_with(' '), "cut at word edges");
        // Wherever the figure stands among letters of several bytes, the cut is on char boundaries.
        let u = "\u{201c}\u{e9}t\u{e9} \u{2019}98 ".repeat(200);
        for (pos, _) in u.char_indices() {
            let out = sentence_excerpt(&u, Span::new(0, u.len()), Span::new(pos, pos));
            assert!(u.contains(out.trim_matches('\u{2026}')));
        }
        // The figure at the very start: the window opens at the sentence start, no leading mark.
        let out = sentence_excerpt(&t[at..], Span::new(0, t.len() - at), Span::new(0, 2));
        assert!(out.starts_with("41 houses") && out.ends_with('\u{2026}'));
    }

    /// The comparison of texts, each an article of its own.
    fn compare(texts: &[&str]) -> crate::Comparison {
        let sources = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Source { path: format!("{i}.txt"), bytes: t.as_bytes().to_vec() })
            .collect();
        crate::analyze(sources, Vec::new(), &mut |_| {})
    }

    /// The value of the figure `id` of a comparison.
    fn value_of(cmp: &crate::Comparison, id: &crate::model::NumberId) -> f64 {
        cmp.numbers.iter().find(|n| n.id == *id).map_or(0.0, |n| n.value)
    }

    #[test]
    fn words_for_one_group_of_people_count_one_part_of_a_toll() {
        let a = "Riot in the square\n\nEighteen people were hurt in the clashes, including six police officers.";
        let b = "Square riot\n\nTwenty people were injured, among them six officers, a hospital spokesman said.";
        let cmp = compare(&[a, b]);
        let value = |id| value_of(&cmp, id);
        let six: Vec<_> = cmp.number_groups.iter().filter(|g| g.members.iter().any(|m| value(m) == 6.0)).collect();
        assert_eq!(six.len(), 1, "{:?}", cmp.number_groups);
        assert_eq!((six[0].members.len(), six[0].status), (2, crate::model::GroupStatus::Agree));
    }

    #[test]
    fn prison_terms_are_one_quantity_and_other_lengths_of_time_are_not() {
        let a = "Mayor jailed\n\nA court jailed the former harbour mayor for six years for taking bribes from \
                 builders. He was also banned from public office for ten years.";
        let b = "Ex-mayor sentenced\n\nThe former harbour mayor was sentenced to seven years in prison for taking \
                 bribes from builders.";
        let cmp = compare(&[a, b]);
        let terms: Vec<_> = cmp.number_groups.iter().filter(|g| g.counted.as_deref() == Some(PRISON_TERM)).collect();
        assert_eq!(terms.len(), 1, "{:?}", cmp.number_groups);
        assert_eq!((terms[0].members.len(), terms[0].status), (2, crate::model::GroupStatus::Differ));
    }

    #[test]
    fn interchangeable_words_for_a_group_of_people_are_one_class() {
        let class = |n| super::noun_class(Some(n));
        assert_eq!(class("demonstrators"), class("protesters"));
        assert_eq!(class("cops"), class("officers"));
        assert_ne!(class("protesters"), class("officers"));
    }

    #[test]
    fn an_earlier_event_s_toll_is_not_grouped_with_the_current_one() {
        let a = "Crash kills 71 in the mountains\n\nAll 71 people on board were killed when the plane crashed on Sunday in 2018.\n\nIt was the deadliest crash since 2008, when 154 people were killed.";
        let b = "Plane crash toll reaches 71\n\nRescuers said 71 people died in the crash on Sunday, officials said.";
        let cmp = compare(&[a, b]);
        let value = |id| value_of(&cmp, id);
        let g = cmp.number_groups.iter().find(|g| g.members.iter().any(|m| value(m) == 71.0)).unwrap();
        assert_eq!(g.status, crate::model::GroupStatus::Agree, "{:?}", cmp.number_groups);
        assert!(!g.members.iter().any(|m| value(m) == 154.0));
    }

    #[test]
    fn shares_of_different_wholes_stay_apart_and_a_rounded_share_joins_its_exact_value() {
        let texts = [
            "Island trade\n\nThe council voted on Friday to cut fuel deliveries to the island by 89 percent after the dam failure.\n\nThe mainland buys 90 percent of the island's timber exports, traders say.",
            "Council cuts fuel\n\nThe council voted on Friday to ban roughly 90 percent of fuel deliveries to the island after the dam failure.",
            "Fuel cut\n\nOn Friday the council voted to cut fuel deliveries to the island by 89 percent, a response to the dam failure.",
            // Other figures of the comparison, so that the fuel story's words are rare among them.
            "Harbour notes\n\nThe ferry carried 40 cars on Monday. The mill hired 12 workers in May. The school opened 3 classrooms. Rents rose 7 percent in the old town. The museum counted 900 visitors.",
        ];
        let cmp = compare(&texts);
        let of = |id: &_| cmp.numbers.iter().find(|n| n.id == *id).unwrap();
        let timber = cmp.numbers.iter().find(|n| n.sentence.contains("timber")).unwrap();
        let fuel = cmp.number_groups.iter().find(|g| g.members.iter().any(|m| of(m).text.contains("roughly"))).unwrap();
        let values: Vec<f64> = fuel.members.iter().map(|m| of(m).value).collect();
        assert!(values.contains(&89.0) && !fuel.members.contains(&timber.id), "{:?}", cmp.number_groups);
        assert_eq!(fuel.status, crate::model::GroupStatus::Compatible);
    }
}
