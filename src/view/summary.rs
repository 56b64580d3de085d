//! What a reader should look at first: the figures outlets disagree on, the shared quotes worded
//! differently, each outlet's loaded words and the passages most outlets share, a few of each, most
//! important first. Built once with the [`ComparisonView`] from its orderings; every entry says
//! what to select so that a face can go there.

use crate::model::{ArticleId, Comparison, GroupStatus, NumberId, Span};

use super::ComparisonView;

/// Most entries a section lists; the rest are counted.
pub const CAP: usize = 5;
/// Most values listed for one group of figures.
const VALUES: usize = 6;
/// Most loaded terms listed for one outlet.
const TERMS: usize = 4;
/// Most characters of a quote or passage shown in its entry.
const EXCERPT: usize = 80;

/// The summary: one section per kind of finding, in the order a reader should look at them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// Groups of figures whose outlets differ or where one article contradicts itself.
    pub figures: Section,
    /// Quotations shared by several articles but not worded alike.
    pub quotes: Section,
    /// Per outlet, the loaded words it uses in its own words.
    pub loaded: Section,
    /// The passages shared by the most articles (not those between versions of one outlet's story).
    pub passages: Section,
}

/// One kind of finding: its first entries, most important first, and how many there are in all.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Section {
    /// At most [`CAP`] entries.
    pub entries: Vec<Entry>,
    /// How many entries there would be without the cap.
    pub total: usize,
}

impl Section {
    fn capped(mut entries: Vec<Entry>) -> Self {
        let total = entries.len();
        entries.truncate(CAP);
        Section { entries, total }
    }

    /// How many entries the cap left out.
    pub fn more(&self) -> usize {
        self.total.saturating_sub(self.entries.len())
    }
}

/// One thing to look at.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// What to select to see it.
    pub target: Target,
    /// Its name: "G1 killed", "Q2", "A3 Outlet", "P4".
    pub label: String,
    /// What it is about, in one short line.
    pub detail: String,
}

impl Entry {
    /// The entry as one line: "label: detail".
    pub fn line(&self) -> String {
        format!("{}: {}", self.label, self.detail)
    }
}

/// What a face selects to show an entry.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// A passage, by index in `cmp.passages`.
    Passage(usize),
    /// A group of figures, by index in `cmp.number_groups`, and the figure to select in it (its
    /// first member about the story itself).
    NumberGroup {
        /// Index in `cmp.number_groups`.
        group: usize,
        /// The figure to select.
        figure: NumberId,
    },
    /// A quotation, by index in `cmp.framing.quotes`.
    Quote(usize),
    /// A span of one article (a loaded word).
    Span {
        /// Article id.
        article: ArticleId,
        /// Byte range in its text.
        span: Span,
    },
}

/// The sections of a summary, for faces that show them in turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// [`Summary::figures`].
    Figures,
    /// [`Summary::quotes`].
    Quotes,
    /// [`Summary::loaded`].
    Loaded,
    /// [`Summary::passages`].
    Passages,
}

impl Part {
    /// Every part, in the order shown.
    pub const ALL: [Part; 4] = [Part::Figures, Part::Quotes, Part::Loaded, Part::Passages];

    /// The section's heading.
    pub fn title(self) -> &'static str {
        match self {
            Part::Figures => "Conflicting figures",
            Part::Quotes => "Quotes worded differently",
            Part::Loaded => "Loaded words by outlet",
            Part::Passages => "Passages most outlets share",
        }
    }

    /// What the section says when it has no entry.
    pub fn none(self) -> &'static str {
        match self {
            Part::Figures => "No conflicting figures.",
            Part::Quotes => "No quote worded differently.",
            Part::Loaded => "No loaded words.",
            Part::Passages => "No passage shared across outlets.",
        }
    }
}

impl Summary {
    /// The summary of `cmp`, from the orderings of its `view` (built from the same comparison).
    pub fn build(cmp: &Comparison, view: &ComparisonView) -> Self {
        Summary {
            figures: Section::capped(figures(cmp, view)),
            quotes: Section::capped(quotes(cmp, view)),
            loaded: Section::capped(loaded(cmp, view)),
            passages: Section::capped(passages(cmp)),
        }
    }

    /// The section of one part.
    pub fn section(&self, part: Part) -> &Section {
        match part {
            Part::Figures => &self.figures,
            Part::Quotes => &self.quotes,
            Part::Loaded => &self.loaded,
            Part::Passages => &self.passages,
        }
    }
}

/// Groups that differ or conflict within an article, in the view's number order (the story's
/// casualties and money first); a group whose figures are all about another event is left out.
fn figures(cmp: &Comparison, view: &ComparisonView) -> Vec<Entry> {
    let mut out = Vec::new();
    for &gi in &view.number_order {
        let Some(g) = cmp.number_groups.get(gi) else { continue };
        if !(g.within_article || g.status == GroupStatus::Differ) {
            continue;
        }
        let members: Vec<_> = g.members.iter().filter_map(|id| cmp.numbers.iter().find(|n| n.id == *id)).collect();
        let story: Vec<_> = members.iter().filter(|n| !n.background).collect();
        let Some(first) = story.first() else { continue };
        let mut values: Vec<String> = story.iter().take(VALUES).map(|n| format!("{} {}", n.article, n.text)).collect();
        if story.len() > VALUES {
            values.push("…".to_owned());
        }
        let how = if g.within_article { "conflict within one article" } else { "outlets differ" };
        out.push(Entry {
            target: Target::NumberGroup { group: gi, figure: first.id },
            label: format!("{} {}", g.id, g.what_label()),
            detail: format!("{how}: {}", values.join(" · ")),
        });
    }
    out
}

/// Shared quotations worded differently, those in the most articles first.
fn quotes(cmp: &Comparison, view: &ComparisonView) -> Vec<Entry> {
    let mut order: Vec<usize> = view.unfaithful.iter().copied().filter(|&i| i < cmp.framing.quotes.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(cmp.framing.quotes[i].members.len()));
    order
        .into_iter()
        .map(|i| {
            let q = &cmp.framing.quotes[i];
            let words = unquoted(q.members.first().map_or("", |m| m.text.as_str()));
            let who: Vec<String> = q.members.iter().map(|m| m.article.to_string()).collect();
            Entry {
                target: Target::Quote(i),
                label: q.id.clone(),
                detail: format!("“{}” in {}", excerpt(words, EXCERPT), who.join(", ")),
            }
        })
        .collect()
}

/// Per outlet with loaded words, its most used terms (those only it uses marked); the outlets
/// with the most loaded words first.
fn loaded(cmp: &Comparison, view: &ComparisonView) -> Vec<Entry> {
    let mut order: Vec<usize> = (0..cmp.articles.len().min(view.loaded.len())).collect();
    order.retain(|&ai| view.loaded[ai].total > 0);
    order.sort_by_key(|&ai| std::cmp::Reverse(view.loaded[ai].total));
    let mut out = Vec::new();
    for ai in order {
        let (a, summary) = (&cmp.articles[ai], &view.loaded[ai]);
        let Some(span) = summary.terms.first().and_then(|t| t.spans.first()) else { continue };
        let mut terms: Vec<String> = summary
            .terms
            .iter()
            .take(TERMS)
            .map(|t| {
                let count = if t.count > 1 { format!(" ×{}", t.count) } else { String::new() };
                let only = if t.only_here { " (only here)" } else { "" };
                format!("{}{count}{only}", t.term)
            })
            .collect();
        if summary.terms.len() > TERMS {
            terms.push("…".to_owned());
        }
        let uses = if summary.total == 1 { "1 use".to_owned() } else { format!("{} uses", summary.total) };
        out.push(Entry {
            target: Target::Span { article: a.id, span: *span },
            label: format!("{} {}", a.id, a.short_name()),
            detail: format!("{uses}: {}", terms.join(", ")),
        });
    }
    out
}

/// Passages shared by the most articles first, then the longest; not those between versions of
/// one outlet's story.
fn passages(cmp: &Comparison) -> Vec<Entry> {
    let longest = |i: usize| cmp.passages[i].members.iter().map(|m| m.text.len()).max().unwrap_or(0);
    let mut order: Vec<usize> = (0..cmp.passages.len()).filter(|&i| !cmp.passages[i].same_outlet).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(cmp.passages[i].members.len()), std::cmp::Reverse(longest(i))));
    order
        .into_iter()
        .map(|i| {
            let p = &cmp.passages[i];
            let first = unquoted(p.members.first().map_or("", |m| m.text.as_str()));
            Entry {
                target: Target::Passage(i),
                label: p.id.clone(),
                detail: format!("{} · {} articles: “{}”", p.kind.as_str(), p.members.len(), excerpt(first, EXCERPT)),
            }
        })
        .collect()
}

/// A text without the quotation marks around it, to be shown in quotation marks of its own.
fn unquoted(text: &str) -> &str {
    text.trim().trim_matches(|c| matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’'))
}

/// A one-line excerpt of a text, cut on a character boundary.
fn excerpt(text: &str, max_chars: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max_chars {
        return flat;
    }
    format!("{}…", flat.chars().take(max_chars).collect::<String>().trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Article, Category, LoadedWord, Member, NumberGroup, NumberMention, Passage, PassageKind, Qualifier, Quantity,
        QuoteGroup,
    };

    fn figure(id: u32, article: u32, text: &str, background: bool) -> NumberMention {
        NumberMention {
            id: NumberId(id),
            article: ArticleId(article),
            span: Span::new(0, text.len()),
            text: text.into(),
            value: 1.0,
            value_max: None,
            qualifier: Qualifier::Exact,
            what: Quantity::Killed,
            sentence: String::new(),
            sentence_span: Span::new(0, 0),
            background,
        }
    }

    fn group(id: &str, what: Quantity, members: &[u32], status: GroupStatus, within: bool) -> NumberGroup {
        NumberGroup {
            id: id.into(),
            what,
            members: members.iter().copied().map(NumberId).collect(),
            status,
            within_article: within,
            counted: None,
        }
    }

    fn member(article: u32, text: &str) -> Member {
        Member { article: ArticleId(article), span: Span::new(0, text.len()), text: text.into() }
    }

    fn passage(id: &str, articles: &[u32], text: &str, same_outlet: bool) -> Passage {
        Passage {
            id: id.into(),
            kind: PassageKind::Verbatim,
            similarity: 1.0,
            members: articles.iter().map(|&a| member(a, text)).collect(),
            diffs: Vec::new(),
            coarse_diff: false,
            same_outlet,
        }
    }

    fn quote(id: &str, articles: &[u32], faithful: bool) -> QuoteGroup {
        QuoteGroup {
            id: id.into(),
            faithful,
            members: articles.iter().map(|&a| member(a, "\u{201c}We will win\u{201d}")).collect(),
            diffs: Vec::new(),
            speakers: Vec::new(),
        }
    }

    fn word(article: u32, term: &str, start: usize) -> LoadedWord {
        LoadedWord {
            article: ArticleId(article),
            span: Span::new(start, start + term.len()),
            text: term.into(),
            category: Category::Pejorative,
            term: term.into(),
            neutral: None,
        }
    }

    /// Four articles: figures in every state, quotes, loaded words and passages of every width.
    fn comparison() -> Comparison {
        let mut cmp = Comparison {
            articles: (1..=4)
                .map(|n| Article { id: ArticleId(n), outlet: Some(format!("Outlet {n}")), ..Article::default() })
                .collect(),
            ..Comparison::default()
        };
        cmp.numbers = vec![
            figure(1, 1, "5", false),
            figure(2, 2, "7", false),
            figure(3, 3, "80", true),
            figure(4, 3, "180", true),
            figure(5, 1, "3%", false),
            figure(6, 2, "4%", false),
            figure(7, 4, "10", false),
            figure(8, 4, "12", false),
            figure(9, 1, "9", false),
            figure(10, 2, "9", false),
        ];
        cmp.number_groups = vec![
            group("G1", Quantity::Percent, &[5, 6], GroupStatus::Differ, false),
            group("G2", Quantity::Killed, &[9, 10], GroupStatus::Agree, false),
            group("G3", Quantity::Wounded, &[3, 4], GroupStatus::Differ, true),
            group("G4", Quantity::Killed, &[1, 2], GroupStatus::Differ, false),
            group("G5", Quantity::Killed, &[7, 8], GroupStatus::Compatible, true),
        ];
        cmp.passages = vec![
            passage("P1", &[1, 2], "short", false),
            passage("P2", &[1, 2, 3], "\"three outlets\"", false),
            passage("P3", &[1, 2, 3, 4], "versions", true),
            passage("P4", &[1, 2], "a longer passage", false),
        ];
        cmp.framing.quotes =
            vec![quote("Q1", &[1, 2], false), quote("Q2", &[1, 2], true), quote("Q3", &[1, 2, 4], false)];
        cmp.framing.loaded_words =
            vec![word(1, "regime", 3), word(2, "regime", 8), word(2, "slammed", 20), word(2, "regime", 1)];
        cmp
    }

    fn labels(section: &Section) -> Vec<&str> {
        section.entries.iter().map(|e| e.label.as_str()).collect()
    }

    #[test]
    fn conflicting_figures_follow_the_number_order_without_other_events() {
        let cmp = comparison();
        let s = ComparisonView::build(&cmp).summary;
        // Casualties lead the percentages; agreeing groups and those about another event are left out.
        assert_eq!(labels(&s.figures), ["G4 killed", "G5 killed", "G1 percent"]);
        assert_eq!(s.figures.entries[0].target, Target::NumberGroup { group: 3, figure: NumberId(1) });
        assert_eq!(s.figures.entries[0].detail, "outlets differ: A1 5 · A2 7");
        assert_eq!(s.figures.entries[1].detail, "conflict within one article: A4 10 · A4 12");
    }

    #[test]
    fn quotes_in_the_most_articles_come_first() {
        let s = ComparisonView::build(&comparison()).summary;
        assert_eq!(labels(&s.quotes), ["Q3", "Q1"]);
        assert_eq!(s.quotes.entries[0].target, Target::Quote(2));
        assert_eq!(s.quotes.entries[0].line(), "Q3: “We will win” in A1, A2, A4");
    }

    #[test]
    fn outlets_with_the_most_loaded_words_come_first_and_point_at_their_first_use() {
        let s = ComparisonView::build(&comparison()).summary;
        assert_eq!(labels(&s.loaded), ["A2 Outlet 2", "A1 Outlet 1"]);
        assert_eq!(s.loaded.entries[0].detail, "3 uses: regime ×2, slammed (only here)");
        assert_eq!(s.loaded.entries[0].target, Target::Span { article: ArticleId(2), span: Span::new(1, 7) });
        assert_eq!(s.loaded.entries[1].detail, "1 use: regime");
    }

    #[test]
    fn passages_shared_most_widely_then_longest_and_never_between_versions() {
        let s = ComparisonView::build(&comparison()).summary;
        assert_eq!(labels(&s.passages), ["P2", "P4", "P1"]);
        assert_eq!(s.passages.entries[0].target, Target::Passage(1));
        assert_eq!(s.passages.entries[0].detail, "verbatim · 3 articles: “three outlets”");
    }

    #[test]
    fn each_section_lists_at_most_the_cap_and_counts_the_rest() {
        let mut cmp = comparison();
        cmp.passages = (0..8).map(|i| passage(&format!("P{i}"), &[1, 2], "same", false)).collect();
        let s = ComparisonView::build(&cmp).summary;
        assert_eq!(s.passages.entries.len(), CAP);
        assert_eq!((s.passages.total, s.passages.more()), (8, 3));
        assert_eq!(labels(&s.passages), ["P0", "P1", "P2", "P3", "P4"], "ties keep the model's order");
    }

    #[test]
    fn an_empty_comparison_has_empty_sections() {
        let s = ComparisonView::build(&Comparison::default()).summary;
        for part in Part::ALL {
            assert!(s.section(part).entries.is_empty() && s.section(part).more() == 0, "{part:?}");
            assert!(part.none().starts_with("No "));
        }
    }

    #[test]
    fn excerpts_cut_on_characters() {
        assert_eq!(excerpt("ää ää  ä", 4), "ää ä…");
        assert_eq!(excerpt("a\n\nb", 10), "a b");
    }
}
