//! Search across a comparison: a phrase in the article texts, figures by their words, their value
//! or what they count, and actors by name, alias or label.
//!
//! Matching ignores case, folds curly quotes and dashes to straight ones and treats any run of
//! whitespace as one space, so a phrase matches across a line break. Every hit is a [`Span`] of its
//! article's `text`, on UTF-8 character boundaries, with a short snippet around it.
//!
//! [`SearchIndex::build`] folds every article text once per comparison; [`SearchIndex::search`]
//! then scans the folded texts once per query. Measured on 50 articles (200 KB) in a debug build:
//! folding 18 ms, once; a query 6–7 ms, including the snippets of 500 hits.
//!
//! It reads only the model, so it can sit with `view` among the faces of the library (at that
//! level in ARCHITECTURE.md and `tests/architecture.rs`).

use crate::model::{ArticleId, Comparison, Quantity, Span};

/// Characters of context kept before a hit in its snippet.
const BEFORE_CHARS: usize = 40;
/// Characters of context kept after a hit in its snippet.
const AFTER_CHARS: usize = 80;
/// Longest a snippet's matched part gets, in characters.
const MATCH_CHARS: usize = 80;

/// What a hit is, in the order results are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HitKind {
    /// The phrase in an article's text.
    Text,
    /// A figure whose words or whose quantity match.
    Figure,
    /// An actor whose name, alias or label matches: one of its mentions.
    Actor,
}

impl HitKind {
    /// Every kind, in display order.
    pub const ALL: [HitKind; 3] = [HitKind::Text, HitKind::Figure, HitKind::Actor];

    /// A heading for the kind's group of results.
    pub fn heading(self) -> &'static str {
        match self {
            HitKind::Text => "In the text",
            HitKind::Figure => "Figures",
            HitKind::Actor => "Actors",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Text around a hit, with whitespace runs shown as one space.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Snippet {
    /// Context before the hit ("…" first when cut).
    pub before: String,
    /// The hit's own text (cut with "…" when long).
    pub matched: String,
    /// Context after the hit ("…" last when cut).
    pub after: String,
}

/// One search result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// What matched.
    pub kind: HitKind,
    /// The article it is in.
    pub article: ArticleId,
    /// Where, in the article's text.
    pub span: Span,
    /// The text around it.
    pub snippet: Snippet,
    /// What the hit is, for figures and actors ("N3 · wounded", "R1 Jane Holt · named once"); empty
    /// for text hits.
    pub what: String,
}

/// The results of one query.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Results {
    /// The query as folded (lower case, whitespace runs as one space, trimmed).
    pub query: String,
    /// The hits kept, grouped by kind in [`HitKind::ALL`] order, each group in article order.
    pub hits: Vec<Hit>,
    /// How many hits of each kind there are, before any limit.
    pub totals: [usize; 3],
}

impl Results {
    /// How many hits of `kind` there are (before any limit).
    pub fn total(&self, kind: HitKind) -> usize {
        self.totals[kind.index()]
    }

    /// How many hits there are in all (before any limit).
    pub fn total_all(&self) -> usize {
        self.totals.iter().sum()
    }
}

/// One article's text folded for matching, with the original byte range of each folded byte.
#[derive(Debug, Clone, Default)]
struct Folded {
    text: String,
    /// For each byte of `text`, the first byte of the original character(s) it comes from.
    start: Vec<usize>,
    /// For each byte of `text`, one past the last byte of the original character(s) it comes from.
    end: Vec<usize>,
}

impl Folded {
    fn new(original: &str) -> Folded {
        let mut f = Folded {
            text: String::with_capacity(original.len()),
            start: Vec::with_capacity(original.len()),
            end: Vec::with_capacity(original.len()),
        };
        for (i, c) in original.char_indices() {
            let end = i + c.len_utf8();
            if c.is_whitespace() {
                if f.text.ends_with(' ') {
                    // The run stays one space that stands for all of it.
                    if let Some(last) = f.end.last_mut() {
                        *last = end;
                    }
                } else {
                    f.push(' ', i, end);
                }
                continue;
            }
            match fold_char(c) {
                Some(folded) => f.push(folded, i, end),
                None => c.to_lowercase().for_each(|l| f.push(l, i, end)),
            }
        }
        f
    }

    fn push(&mut self, c: char, start: usize, end: usize) {
        self.text.push(c);
        for _ in 0..c.len_utf8() {
            self.start.push(start);
            self.end.push(end);
        }
    }

    /// The original span of the folded bytes `a..b` (`a < b`).
    fn original(&self, a: usize, b: usize) -> Option<Span> {
        Some(Span::new(*self.start.get(a)?, *self.end.get(b.checked_sub(1)?)?))
    }

    /// Original spans of every (non-overlapping) use of `needle`, with `words` only where it stands
    /// as a whole word (no letter or digit on either side).
    fn find(&self, needle: &str, words: bool) -> Vec<Span> {
        if needle.is_empty() {
            return Vec::new();
        }
        let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        self.text
            .match_indices(needle)
            .filter(|(a, m)| {
                !words
                    || (!is_word(self.text[..*a].chars().next_back())
                        && !is_word(self.text[a + m.len()..].chars().next()))
            })
            .filter_map(|(a, m)| self.original(a, a + m.len()))
            .collect()
    }
}

/// Curly quotes, primes and dashes as their plain forms.
fn fold_char(c: char) -> Option<char> {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' => Some('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => Some('"'),
        '\u{2010}'..='\u{2015}' | '\u{2212}' => Some('-'),
        _ => None,
    }
}

/// `s` folded as article texts are: lower case, plain quotes and dashes, whitespace runs as one
/// space, trimmed.
pub fn fold(s: &str) -> String {
    Folded::new(s.trim()).text
}

/// Other words for what a figure counts, so that "injured" finds the wounded.
fn quantity_words(q: Quantity) -> &'static str {
    match q {
        Quantity::Killed => "killed dead deaths death toll died fatalities",
        Quantity::Wounded => "wounded injured injuries hurt",
        Quantity::Displaced => "displaced refugees fled homeless evacuated",
        Quantity::Arrested => "arrested detained arrests detentions",
        Quantity::Missing => "missing abducted hostages",
        Quantity::People => "people",
        Quantity::Money => "money dollars cost",
        Quantity::Percent => "percent per cent percentage %",
        Quantity::DistanceKm => "distance km kilometres kilometers miles",
        Quantity::Duration => "duration days hours years weeks minutes",
        Quantity::Date => "date day",
        Quantity::Year => "year",
        Quantity::Other => "",
    }
}

/// Every article's text, folded once per comparison for searching.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    articles: Vec<Folded>,
}

impl SearchIndex {
    /// Fold every article of `cmp` (in `cmp.articles` order).
    pub fn build(cmp: &Comparison) -> SearchIndex {
        SearchIndex { articles: cmp.articles.iter().map(|a| Folded::new(&a.text)).collect() }
    }

    /// Every hit of `query` in `cmp` (the comparison this index was built from), keeping at most
    /// `limit` hits of each kind (the totals count them all). An empty query finds nothing.
    pub fn search(&self, cmp: &Comparison, query: &str, limit: usize) -> Results {
        let q = fold(query);
        let mut results = Results { query: q.clone(), ..Results::default() };
        if q.is_empty() {
            return results;
        }
        let add = |results: &mut Results, kind: HitKind, article: usize, span: Span, what: String| {
            results.totals[kind.index()] += 1;
            if results.totals[kind.index()] > limit {
                return;
            }
            let Some(a) = cmp.articles.get(article) else { return };
            let snippet = snippet(&a.text, span);
            results.hits.push(Hit { kind, article: a.id, span, snippet, what });
        };

        for (ai, folded) in self.articles.iter().enumerate() {
            for span in folded.find(&q, false) {
                add(&mut results, HitKind::Text, ai, span, String::new());
            }
        }

        // A query that is a number finds figures of that value however they are written
        // ("2000" finds "2,000", "2" finds "two").
        let value: Option<f64> = q.replace(',', "").parse().ok().filter(|v: &f64| v.is_finite());
        for n in &cmp.numbers {
            let what = n.what.as_str().replace('_', " ");
            let matches = value.is_some_and(|v| n.value == v || n.value_max == Some(v))
                || fold(&n.text).contains(&q)
                || fold(&what).contains(&q)
                || quantity_words(n.what).split(' ').any(|w| !w.is_empty() && w.starts_with(&q) && q.len() >= 3);
            let Some(ai) = cmp.article_index(n.article) else { continue };
            if matches && self.valid(cmp, ai, n.span) {
                // The figure's own words are the snippet's matched part.
                add(&mut results, HitKind::Figure, ai, n.span, format!("{} · {what}", n.id));
            }
        }

        for actor in &cmp.framing.actors {
            let names: Vec<String> =
                std::iter::once(&actor.name).chain(&actor.aliases).map(|n| fold(n)).filter(|n| !n.is_empty()).collect();
            let by_name = names.iter().any(|n| n.contains(&q));
            let mut seen: Vec<(usize, Span)> = Vec::new();
            if by_name {
                // One hit per article that mentions the actor: its first mention, with the count.
                for (ai, folded) in self.articles.iter().enumerate() {
                    let mut mentions: Vec<Span> = names.iter().flat_map(|n| folded.find(n, true)).collect();
                    mentions.sort_unstable();
                    // A longer name and an alias inside it are one mention.
                    mentions.dedup_by(|b, a| a.overlap(b) > 0);
                    let Some(&first) = mentions.first() else { continue };
                    let times =
                        if mentions.len() == 1 { "once".to_owned() } else { format!("{} times", mentions.len()) };
                    seen.push((ai, first));
                    add(
                        &mut results,
                        HitKind::Actor,
                        ai,
                        first,
                        format!("{} {} · named {times}", actor.id, actor.name),
                    );
                }
            }
            for l in &actor.labels {
                let Some(ai) = cmp.article_index(l.article) else { continue };
                let label_matches = fold(&l.label).contains(&q) || fold(&l.text).contains(&q);
                if !(label_matches || by_name) || seen.contains(&(ai, l.span)) || !self.valid(cmp, ai, l.span) {
                    continue;
                }
                // A name search lists labels only for articles that never name the actor.
                if !label_matches && seen.iter().any(|(a, _)| *a == ai) {
                    continue;
                }
                seen.push((ai, l.span));
                let loaded = if l.loaded { " (loaded)" } else { "" };
                let what = format!("{} {} · label \u{201C}{}\u{201D}{loaded}", actor.id, actor.name, l.label);
                add(&mut results, HitKind::Actor, ai, l.span, what);
            }
        }
        results.hits.sort_by_key(|h| h.kind);
        results
    }

    /// True when `span` is a non-empty range of article `ai`'s text on character boundaries.
    fn valid(&self, cmp: &Comparison, ai: usize, span: Span) -> bool {
        cmp.articles.get(ai).is_some_and(|a| span.start < span.end && a.text.get(span.start..span.end).is_some())
    }
}

/// Whitespace runs as one space.
fn squash(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The text around `span` of `text`: a few words before and after, cut at word edges.
pub fn snippet(text: &str, span: Span) -> Snippet {
    let (Some(before), Some(matched), Some(after)) =
        (text.get(..span.start), text.get(span.start..span.end), text.get(span.end..))
    else {
        return Snippet::default();
    };
    let mut b: String = before.chars().rev().take(BEFORE_CHARS).collect::<Vec<_>>().into_iter().rev().collect();
    let cut_before = b.len() < before.len();
    if cut_before {
        // Drop the cut word.
        if let Some(i) = b.find(char::is_whitespace) {
            b = b[i..].to_owned();
        }
    }
    let mut a: String = after.chars().take(AFTER_CHARS).collect();
    let cut_after = a.len() < after.len();
    if cut_after && let Some(i) = a.rfind(char::is_whitespace) {
        a.truncate(i);
    }
    let lead = before.chars().next_back().is_some_and(char::is_whitespace);
    let trail = after.chars().next().is_some_and(char::is_whitespace);
    let mut before = squash(&b);
    if lead && !before.is_empty() {
        before.push(' ');
    }
    if cut_before {
        before.insert(0, '…');
    }
    let mut after = squash(&a);
    if trail && !after.is_empty() {
        after.insert(0, ' ');
    }
    if cut_after {
        after.push('…');
    }
    let mut matched = squash(matched);
    if matched.chars().count() > MATCH_CHARS {
        matched = matched.chars().take(MATCH_CHARS).collect::<String>() + "…";
    }
    Snippet { before, matched, after }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, Article, Label, NumberMention, Qualifier};

    fn article(id: u32, text: &str) -> Article {
        Article { id: ArticleId(id), path: format!("{id}.txt"), text: text.into(), ..Article::default() }
    }

    fn cmp() -> Comparison {
        let mut cmp = Comparison::default();
        cmp.articles
            .push(article(1, "The Mayor said the harbour\n\nroad is shut. Jane Holt, the embattled mayor, spoke."));
        cmp.articles.push(article(2, "ÉTÉ in Zürich: the MAYOR’s office said 12 people were hurt. Holtz spoke."));
        let text = &cmp.articles[1].text;
        let start = text.find("12 people").unwrap();
        cmp.numbers.push(NumberMention {
            id: crate::model::NumberId(1),
            article: ArticleId(2),
            span: Span::new(start, start + "12 people".len()),
            text: "12 people".into(),
            value: 12.0,
            value_max: None,
            qualifier: Qualifier::Exact,
            what: Quantity::Wounded,
            sentence: String::new(),
            sentence_span: Span::new(0, 0),
            background: false,
        });
        let label_start = cmp.articles[0].text.find("embattled mayor").unwrap();
        cmp.framing.actors.push(Actor {
            id: "R1".into(),
            name: "Jane Holt".into(),
            aliases: vec!["Holt".into()],
            labels: vec![Label {
                article: ArticleId(1),
                label: "embattled mayor".into(),
                span: Span::new(label_start, label_start + 15),
                text: "embattled mayor".into(),
                loaded: true,
                category: None,
            }],
        });
        cmp
    }

    fn texts(cmp: &Comparison, r: &Results, kind: HitKind) -> Vec<(u32, String)> {
        r.hits
            .iter()
            .filter(|h| h.kind == kind)
            .map(|h| (h.article.0, cmp.article(h.article).unwrap().slice(h.span).to_owned()))
            .collect()
    }

    #[test]
    fn text_matches_ignore_case_and_line_breaks_and_keep_char_boundaries() {
        let cmp = cmp();
        let index = SearchIndex::build(&cmp);
        let r = index.search(&cmp, "  MAYOR ", 100);
        assert_eq!(r.query, "mayor");
        assert_eq!(
            texts(&cmp, &r, HitKind::Text),
            [(1, "Mayor".to_owned()), (1, "mayor".to_owned()), (2, "MAYOR".to_owned())]
        );
        // A phrase across a blank line, and one with a curly apostrophe typed straight.
        let r = index.search(&cmp, "harbour road", 100);
        assert_eq!(texts(&cmp, &r, HitKind::Text), [(1, "harbour\n\nroad".to_owned())]);
        let r = index.search(&cmp, "mayor's office", 100);
        assert_eq!(texts(&cmp, &r, HitKind::Text), [(2, "MAYOR’s office".to_owned())]);
        // Non-ASCII letters fold too; spans stay on character boundaries.
        let r = index.search(&cmp, "été in zü", 100);
        assert_eq!(texts(&cmp, &r, HitKind::Text), [(2, "ÉTÉ in Zü".to_owned())]);
        for h in &r.hits {
            let t = &cmp.article(h.article).unwrap().text;
            assert!(t.is_char_boundary(h.span.start) && t.is_char_boundary(h.span.end));
        }
        assert!(index.search(&cmp, "   ", 100).hits.is_empty());
        assert!(index.search(&cmp, "no such phrase", 100).hits.is_empty());
    }

    #[test]
    fn snippets_show_words_around_the_hit() {
        let cmp = cmp();
        let index = SearchIndex::build(&cmp);
        let r = index.search(&cmp, "road", 100);
        let s = &r.hits[0].snippet;
        assert_eq!(s.matched, "road");
        assert_eq!(s.before, "The Mayor said the harbour ");
        assert!(s.after.starts_with(" is shut. Jane Holt"), "{s:?}");
        let long = "word ".repeat(50) + "needle" + &" word".repeat(50);
        let s = snippet(&long, Span::new(250, 256));
        assert_eq!(s.matched, "needle");
        assert!(s.before.starts_with("…word") && s.before.ends_with("word "), "{s:?}");
        assert!(s.after.starts_with(" word") && s.after.ends_with("word…"), "{s:?}");
        assert_eq!(snippet("abc", Span::new(1, 9)), Snippet::default());
    }

    #[test]
    fn figures_match_by_their_words_or_what_they_count() {
        let cmp = cmp();
        let index = SearchIndex::build(&cmp);
        for q in ["12", "12 people", "wounded", "injured", "hurt"] {
            let r = index.search(&cmp, q, 100);
            assert_eq!(texts(&cmp, &r, HitKind::Figure), [(2, "12 people".to_owned())], "{q}");
            assert_eq!(r.hits.iter().find(|h| h.kind == HitKind::Figure).unwrap().what, "N1 · wounded");
        }
        assert_eq!(index.search(&cmp, "killed", 100).total(HitKind::Figure), 0);
        // By value, however it is written.
        let mut twelve = cmp.clone();
        twelve.numbers[0].text = "twelve people".into();
        for q in ["12", "12.0", "0012"] {
            assert_eq!(index.search(&twelve, q, 100).total(HitKind::Figure), 1, "{q}");
        }
        assert_eq!(index.search(&twelve, "13", 100).total(HitKind::Figure), 0);
    }

    #[test]
    fn actors_match_by_name_alias_or_label() {
        let cmp = cmp();
        let index = SearchIndex::build(&cmp);
        // By alias: A1 names her once ("Jane Holt" and "Holt" are one mention); "Holtz" in A2 is
        // another name.
        let r = index.search(&cmp, "holt", 100);
        assert_eq!(texts(&cmp, &r, HitKind::Actor), [(1, "Jane Holt".to_owned())]);
        assert_eq!(r.hits.iter().find(|h| h.kind == HitKind::Actor).unwrap().what, "R1 Jane Holt · named once");
        // By label.
        let r = index.search(&cmp, "embattled", 100);
        assert_eq!(texts(&cmp, &r, HitKind::Actor), [(1, "embattled mayor".to_owned())]);
        assert!(r.hits.iter().any(|h| h.what.contains("label \u{201C}embattled mayor\u{201D} (loaded)")));
        // Groups come in order: text, figures, actors.
        let kinds: Vec<HitKind> = index.search(&cmp, "holt", 100).hits.iter().map(|h| h.kind).collect();
        assert!(kinds.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn a_limit_keeps_the_first_hits_and_counts_them_all() {
        let mut cmp = Comparison::default();
        cmp.articles.push(article(1, &"ab ".repeat(30)));
        let index = SearchIndex::build(&cmp);
        let r = index.search(&cmp, "ab", 10);
        assert_eq!((r.hits.len(), r.total(HitKind::Text), r.total_all()), (10, 30, 30));
    }

    #[test]
    fn folding_maps_every_byte_back_to_its_character() {
        // 'İ' lower-cases to two characters; the match covers the whole original character.
        let f = Folded::new("xİy  z");
        assert_eq!(f.text, "xi\u{307}y z");
        assert_eq!(f.find("i", false), [Span::new(1, 3)]);
        assert_eq!(f.find("y z", false), [Span::new(3, 7)]);
        assert_eq!(f.find("", false), []);
    }
}
