//! Views of a `Comparison` that every face shows the same way, computed once: number groups in
//! display order, the actor × article table of labels, the attribution summary per article, the
//! quotations worded differently, and which passages to show ([`PassageFilter`]). The reports and the desktop app read these instead of
//! re-aggregating the model each on their own.
//!
//! Everything refers back into the comparison by index, so a view owns no borrow and a face can
//! keep it beside the comparison it was built from. [`summary`] picks, from these orderings, what a
//! reader should look at first.

pub mod summary;

use std::collections::BTreeMap;

use crate::model::{Actor, ArticleId, Category, Comparison, GroupStatus, NumberGroup, Passage, Quantity, Span};

/// What the faces show of one comparison, built once by [`ComparisonView::build`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ComparisonView {
    /// Indices into `cmp.number_groups`, in display order: the story's casualty, money and prison
    /// term groups first, then the other figures; within each, groups of two or more figures
    /// first, and of those the ones that differ or conflict within one article first; otherwise
    /// the model's order.
    pub number_order: Vec<usize>,
    /// How many of `number_order` are casualty, money or prison term groups (the rest are other
    /// figures, which faces may fold away).
    pub number_lead: usize,
    /// Who is called what by which article.
    pub labels: LabelTable,
    /// Per article (index in `cmp.articles`), how it attributes claims.
    pub attribution: Vec<AttributionSummary>,
    /// Indices into `cmp.framing.quotes` of the quotations shared by two or more articles.
    pub shared_quotes: Vec<usize>,
    /// Indices into `cmp.framing.quotes` of the shared quotations not worded alike, in model order.
    pub unfaithful: Vec<usize>,
    /// Per article (index in `cmp.articles`), the loaded words it uses in its own words.
    pub loaded: Vec<LoadedSummary>,
    /// How many passages are shared only by versions of one outlet's story
    /// ([`Passage::same_outlet`]), which [`PassageFilter::hide_same_outlet`] hides.
    pub same_outlet_passages: usize,
    /// What to look at first, a few of each kind, built from the orderings above.
    pub summary: summary::Summary,
}

/// Which shared passages a face shows: the switches a reader can turn. The default shows every
/// passage.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PassageFilter {
    /// Hide the passages shared only by versions of one outlet's story (two versions of one story
    /// share everything, which says nothing about how outlets differ).
    pub hide_same_outlet: bool,
}

impl PassageFilter {
    /// True when a face shows this passage.
    pub fn shows(&self, p: &Passage) -> bool {
        !(self.hide_same_outlet && p.same_outlet)
    }

    /// Indices into `cmp.passages` of the passages shown, in model order.
    pub fn shown(&self, cmp: &Comparison) -> Vec<usize> {
        cmp.passages.iter().enumerate().filter(|(_, p)| self.shows(p)).map(|(i, _)| i).collect()
    }
}

/// The loaded words of one article, by lexicon term.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LoadedSummary {
    /// Uses of loaded words in all.
    pub total: usize,
    /// Each term it uses: most used first, then by term.
    pub terms: Vec<LoadedTerm>,
}

/// One loaded term as one article uses it.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedTerm {
    /// The lexicon's term.
    pub term: String,
    /// Its category.
    pub category: Category,
    /// The lexicon's neutral alternative, if any.
    pub neutral: Option<String>,
    /// How often the article uses it.
    pub count: usize,
    /// True when no other article of the comparison uses it (and there is another article).
    pub only_here: bool,
    /// Where it stands, in text order.
    pub spans: Vec<Span>,
}

/// The labels each article gives each actor.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LabelTable {
    /// Indices into `cmp.framing.actors` of the actors that carry labels, in model order (most
    /// labelled first).
    pub actors: Vec<usize>,
    /// Per entry of `actors`, per article (index in `cmp.articles`): its distinct labels there.
    pub cells: Vec<Vec<Vec<LabelCell>>>,
}

/// One distinct label of an actor in one article. Labels that differ only in ASCII case are one;
/// text and loaded flag come from its first use in reading order.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelCell {
    /// The label as first used.
    pub text: String,
    /// Whether its first use is a loaded term.
    pub loaded: bool,
    /// Index into the actor's `labels` of its first use.
    pub first: usize,
    /// Every place the article uses it, sorted, without repeats.
    pub spans: Vec<Span>,
}

/// How one article attributes claims.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AttributionSummary {
    /// Neutral attribution verbs ("said").
    pub neutral: usize,
    /// The other verbs as written, with how often each is used: most used first, then by verb.
    pub other: Vec<(String, usize)>,
}

impl AttributionSummary {
    /// How many attributions are not neutral.
    pub fn other_count(&self) -> usize {
        self.other.iter().map(|(_, c)| c).sum()
    }

    /// The other verbs as a list, each used more than once with its count: "slammed ×2, claimed".
    pub fn other_list(&self) -> Vec<String> {
        self.other.iter().map(|(v, c)| if *c > 1 { format!("{v} ×{c}") } else { v.clone() }).collect()
    }
}

impl ComparisonView {
    /// Compute every view of `cmp`.
    pub fn build(cmp: &Comparison) -> Self {
        let shared_quotes: Vec<usize> =
            cmp.framing.quotes.iter().enumerate().filter(|(_, q)| q.members.len() >= 2).map(|(i, _)| i).collect();
        let unfaithful = shared_quotes.iter().copied().filter(|&i| !cmp.framing.quotes[i].faithful).collect();
        let number_order = number_order(cmp);
        let number_lead = number_order.iter().filter(|&&i| leads(&cmp.number_groups[i])).count();
        let mut view = ComparisonView {
            number_order,
            number_lead,
            labels: LabelTable::build(cmp),
            attribution: cmp.articles.iter().map(|a| attribution_summary(cmp, a.id)).collect(),
            shared_quotes,
            unfaithful,
            loaded: loaded_summaries(cmp),
            same_outlet_passages: cmp.passages.iter().filter(|p| p.same_outlet).count(),
            summary: summary::Summary::default(),
        };
        view.summary = summary::Summary::build(cmp, &view);
        view
    }
}

/// Per article, its loaded terms, with the terms no other article uses marked.
fn loaded_summaries(cmp: &Comparison) -> Vec<LoadedSummary> {
    let mut users: BTreeMap<&str, std::collections::BTreeSet<ArticleId>> = BTreeMap::new();
    for w in &cmp.framing.loaded_words {
        users.entry(w.term.as_str()).or_default().insert(w.article);
    }
    let several = cmp.articles.len() >= 2;
    cmp.articles
        .iter()
        .map(|a| {
            let mut terms: Vec<LoadedTerm> = Vec::new();
            for w in cmp.framing.loaded_words.iter().filter(|w| w.article == a.id) {
                match terms.iter_mut().find(|t| t.term == w.term) {
                    Some(t) => {
                        t.count += 1;
                        t.spans.push(w.span);
                    }
                    None => terms.push(LoadedTerm {
                        term: w.term.clone(),
                        category: w.category,
                        neutral: w.neutral.clone(),
                        count: 1,
                        only_here: several && users.get(w.term.as_str()).is_some_and(|u| u.len() == 1),
                        spans: vec![w.span],
                    }),
                }
            }
            terms.sort_by(|x, y| y.count.cmp(&x.count).then_with(|| x.term.cmp(&y.term)));
            terms.iter_mut().for_each(|t| t.spans.sort());
            LoadedSummary { total: terms.iter().map(|t| t.count).sum(), terms }
        })
        .collect()
}

/// A passage's similarity as every face prints it: whole percent, rounded down, so a passage that
/// is not word for word never reads "100%" (and one just under the near line never reads as on it);
/// from 99% up, one decimal ("99.7%").
pub fn percent_alike(similarity: f64) -> String {
    let per_mille = (similarity.clamp(0.0, 1.0) * 1000.0 + 1e-9).floor() as u32;
    if (990..1000).contains(&per_mille) {
        format!("{}.{}%", per_mille / 10, per_mille % 10)
    } else {
        format!("{}%", per_mille / 10)
    }
}

/// Number groups in display order (see [`ComparisonView::number_order`]).
pub fn number_order(cmp: &Comparison) -> Vec<usize> {
    let mut order: Vec<usize> = (0..cmp.number_groups.len()).collect();
    order.sort_by_key(|&i| {
        let g = &cmp.number_groups[i];
        (!leads(g), g.members.len() < 2, !g.within_article && g.status != GroupStatus::Differ)
    });
    order
}

/// True for the groups a reader of a news story looks for first: casualties, money and prison
/// terms.
fn leads(g: &NumberGroup) -> bool {
    g.what.is_casualty() || g.what == Quantity::Money || g.counted.as_deref() == Some(crate::numbers::PRISON_TERM)
}

impl LabelTable {
    /// The table for `cmp`.
    pub fn build(cmp: &Comparison) -> Self {
        let actors: Vec<usize> =
            cmp.framing.actors.iter().enumerate().filter(|(_, a)| !a.labels.is_empty()).map(|(i, _)| i).collect();
        let cells = actors
            .iter()
            .map(|&i| cmp.articles.iter().map(|art| cell(&cmp.framing.actors[i], art.id)).collect())
            .collect();
        LabelTable { actors, cells }
    }
}

/// Distinct labels of an actor in one article, in reading order.
fn cell(actor: &Actor, article: ArticleId) -> Vec<LabelCell> {
    let mut out: Vec<LabelCell> = Vec::new();
    for (i, l) in actor.labels.iter().enumerate().filter(|(_, l)| l.article == article) {
        match out.iter_mut().find(|c| c.text.eq_ignore_ascii_case(&l.label)) {
            Some(c) => c.spans.push(l.span),
            None => out.push(LabelCell { text: l.label.clone(), loaded: l.loaded, first: i, spans: vec![l.span] }),
        }
    }
    for c in &mut out {
        c.spans.sort();
        c.spans.dedup();
    }
    out
}

/// How one article attributes claims.
fn attribution_summary(cmp: &Comparison, article: ArticleId) -> AttributionSummary {
    let mut neutral = 0;
    let mut other: BTreeMap<String, usize> = BTreeMap::new();
    for a in cmp.framing.attributions.iter().filter(|a| a.article == article) {
        if a.neutral {
            neutral += 1;
        } else {
            *other.entry(a.verb.clone()).or_default() += 1;
        }
    }
    let mut other: Vec<(String, usize)> = other.into_iter().collect();
    other.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    AttributionSummary { neutral, other }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Attribution, Label, Member, NumberGroup, Quantity, QuoteGroup};

    fn label(article: u32, text: &str, start: usize, loaded: bool) -> Label {
        Label {
            article: ArticleId(article),
            label: text.into(),
            span: Span::new(start, start + text.len()),
            text: text.into(),
            loaded,
            category: None,
        }
    }

    fn attribution(article: u32, verb: &str, neutral: bool) -> Attribution {
        Attribution {
            article: ArticleId(article),
            verb: verb.into(),
            span: Span::new(0, 1),
            text: verb.into(),
            neutral,
        }
    }

    fn group(members: usize, status: GroupStatus, within_article: bool) -> NumberGroup {
        NumberGroup {
            id: String::new(),
            what: Quantity::Killed,
            members: (0..members as u32).map(crate::model::NumberId).collect(),
            status,
            within_article,
            counted: None,
        }
    }

    fn quote(members: usize, faithful: bool) -> QuoteGroup {
        QuoteGroup {
            id: String::new(),
            faithful,
            members: (0..members)
                .map(|_| Member { article: ArticleId::default(), span: Span::new(0, 0), text: String::new() })
                .collect(),
            diffs: Vec::new(),
            speakers: Vec::new(),
        }
    }

    fn comparison() -> Comparison {
        let mut cmp = Comparison {
            articles: [1, 2].map(|n| Article { id: ArticleId(n), ..Article::default() }).to_vec(),
            ..Comparison::default()
        };
        cmp.number_groups = vec![
            group(1, GroupStatus::Single, false),
            group(2, GroupStatus::Agree, false),
            group(1, GroupStatus::Single, true),
            group(3, GroupStatus::Compatible, false),
            group(2, GroupStatus::Differ, false),
        ];
        let actor = |name: &str, labels: Vec<Label>| Actor {
            id: String::new(),
            name: name.into(),
            aliases: Vec::new(),
            labels,
        };
        cmp.framing.actors = vec![
            actor("Nobody", vec![]),
            actor(
                "Jane Holt",
                vec![
                    label(1, "Strongman", 40, true),
                    label(1, "general", 10, false),
                    label(1, "strongman", 5, false),
                    label(2, "commander", 3, false),
                    label(9, "ghost", 1, false),
                ],
            ),
            actor("Elsewhere", vec![label(9, "ghost", 1, false)]),
        ];
        cmp.framing.attributions = vec![
            attribution(1, "said", true),
            attribution(1, "claimed", false),
            attribution(1, "slammed", false),
            attribution(1, "claimed", false),
            attribution(1, "Admitted", false),
            attribution(1, "said", true),
            attribution(9, "said", true),
        ];
        cmp.framing.quotes = vec![quote(2, false), quote(1, false), quote(2, true), quote(3, false)];
        cmp
    }

    #[test]
    fn a_passage_short_of_word_for_word_never_reads_as_100_percent() {
        assert_eq!(percent_alike(1.0), "100%");
        assert_eq!(percent_alike(0.997), "99.7%");
        assert_eq!(percent_alike(0.9999), "99.9%");
        assert_eq!(percent_alike(0.699), "69%", "just under the near line reads under it");
        assert_eq!(percent_alike(0.7), "70%");
        assert_eq!(percent_alike(0.0), "0%");
    }

    #[test]
    fn number_groups_put_shared_then_differing_first_and_keep_model_order_otherwise() {
        let view = ComparisonView::build(&comparison());
        assert_eq!(view.number_order, [4, 1, 3, 2, 0]);
    }

    #[test]
    fn casualty_and_money_groups_lead_the_other_figures() {
        let mut cmp = comparison();
        cmp.number_groups[4].what = Quantity::Percent;
        cmp.number_groups[0].what = Quantity::Money;
        let view = ComparisonView::build(&cmp);
        assert_eq!(view.number_order, [1, 3, 2, 0, 4]);
        assert_eq!(view.number_lead, 4);
        // A prison term leads too; another length of time does not.
        cmp.number_groups[4].what = Quantity::Duration;
        assert_eq!(ComparisonView::build(&cmp).number_lead, 4);
        cmp.number_groups[4].counted = Some(crate::numbers::PRISON_TERM.to_owned());
        assert_eq!(ComparisonView::build(&cmp).number_lead, 5);
    }

    #[test]
    fn labels_are_distinct_per_article_ignoring_case_and_keep_their_first_use() {
        let view = ComparisonView::build(&comparison());
        assert_eq!(view.labels.actors, [1, 2]);
        let haftar = &view.labels.cells[0];
        assert_eq!(haftar.len(), 2);
        let a1: Vec<(&str, bool, usize)> = haftar[0].iter().map(|c| (c.text.as_str(), c.loaded, c.first)).collect();
        assert_eq!(a1, [("Strongman", true, 0), ("general", false, 1)]);
        assert_eq!(haftar[0][0].spans, [Span::new(5, 14), Span::new(40, 49)]);
        assert_eq!(haftar[1][0].text, "commander");
        // An actor labelled only in an unknown article keeps its row, with empty cells.
        assert!(view.labels.cells[1].iter().all(Vec::is_empty));
    }

    #[test]
    fn attribution_counts_neutral_verbs_and_lists_the_others_most_used_first() {
        let view = ComparisonView::build(&comparison());
        let a1 = &view.attribution[0];
        assert_eq!(a1.neutral, 2);
        assert_eq!(a1.other, [("claimed".to_owned(), 2), ("Admitted".to_owned(), 1), ("slammed".to_owned(), 1)]);
        assert_eq!(a1.other_count(), 4);
        assert_eq!(a1.other_list(), ["claimed ×2", "Admitted", "slammed"]);
        assert_eq!(view.attribution[1], AttributionSummary::default());
    }

    #[test]
    fn quotes_shared_and_unfaithful() {
        let view = ComparisonView::build(&comparison());
        assert_eq!(view.shared_quotes, [0, 2, 3]);
        assert_eq!(view.unfaithful, [0, 3]);
    }

    #[test]
    fn an_empty_comparison_has_empty_views() {
        assert_eq!(ComparisonView::build(&Comparison::default()), ComparisonView::default());
    }

    #[test]
    fn loaded_words_per_article_with_the_terms_only_one_uses() {
        let mut cmp = comparison();
        let word = |article: u32, term: &str, start: usize| crate::model::LoadedWord {
            article: ArticleId(article),
            span: Span::new(start, start + term.len()),
            text: term.into(),
            category: Category::Pejorative,
            term: term.into(),
            neutral: None,
        };
        cmp.framing.loaded_words =
            vec![word(1, "regime", 30), word(1, "so-called", 40), word(1, "regime", 5), word(2, "regime", 7)];
        let v = ComparisonView::build(&cmp);
        let first: Vec<(&str, usize, bool)> =
            v.loaded[0].terms.iter().map(|t| (t.term.as_str(), t.count, t.only_here)).collect();
        assert_eq!(first, [("regime", 2, false), ("so-called", 1, true)]);
        assert_eq!(v.loaded[0].total, 3);
        assert_eq!(v.loaded[0].terms[0].spans, [Span::new(5, 11), Span::new(30, 36)]);
        assert_eq!(v.loaded[1].terms.len(), 1);
    }

    #[test]
    fn passages_of_one_outlets_versions_are_counted_and_hidden_by_one_switch() {
        let mut cmp = comparison();
        let passage = |id: &str, same_outlet: bool| Passage {
            id: id.into(),
            kind: crate::model::PassageKind::Verbatim,
            similarity: 1.0,
            members: Vec::new(),
            diffs: Vec::new(),
            coarse_diff: false,
            same_outlet,
        };
        cmp.passages = vec![passage("P1", false), passage("P2", true), passage("P3", false), passage("P4", true)];
        assert_eq!(ComparisonView::build(&cmp).same_outlet_passages, 2);
        assert_eq!(PassageFilter::default().shown(&cmp), [0, 1, 2, 3], "everything is shown by default");
        let hide = PassageFilter { hide_same_outlet: true };
        assert_eq!(hide.shown(&cmp), [0, 2]);
        assert!(hide.shows(&cmp.passages[0]) && !hide.shows(&cmp.passages[1]));
    }
}
