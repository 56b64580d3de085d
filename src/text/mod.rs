//! Stage 2, text: page furniture set aside, headline and metadata found, and the body modelled as
//! paragraphs, sentences, tokens and quotations with byte spans.

mod copied;
pub mod diff;
pub mod furniture;
pub mod meta;
pub mod tokens;
mod unwrap;

use std::collections::HashMap;

pub use tokens::{Sentence, TextModel, Token, TokenKind};

use crate::load::{LoadError, RawDoc};
use crate::model::{Article, ArticleId, Boilerplate};
use furniture::Role;
use meta::MetaLine;

/// A hash map with a fast, fixed-seed hasher: the maps of the text and alignment stages are keyed
/// by small integers or hashes and used millions of times, and a fixed seed keeps every run alike.
pub(crate) type FastMap<K, V> = HashMap<K, V, foldhash::fast::FixedState>;

/// A hash set with the same fast, fixed-seed hasher, for lookups.
pub(crate) type FastSet<K> = std::collections::HashSet<K, foldhash::fast::FixedState>;

/// An article ready for analysis: the report's view of it and the model of its text.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The article as the report shows it (its `id` is set by the caller).
    pub article: Article,
    /// Paragraphs, sentences, tokens and quotations of `article.text`.
    pub model: TextModel,
    /// Caveats from loading, and from the text stage (e.g. furniture not judged in this language).
    pub warnings: Vec<String>,
    /// Index of the first paragraph after a "Related articles" / "Read more" marker, when the body
    /// goes on after one: those paragraphs are other stories, not this article's event.
    pub related_from: Option<usize>,
}

/// Prepare every document: classify lines (with furniture repeated across documents found too, and
/// lines another document copied along with the text around them kept as text),
/// find title, outlet, date and source, and model the remaining body text.
pub fn prepare_all(docs: &[RawDoc]) -> Vec<Result<Prepared, (String, LoadError)>> {
    let owned: Vec<Vec<std::borrow::Cow<str>>> = docs.iter().map(|d| unwrap::lines(&d.text)).collect();
    let lines: Vec<Vec<&str>> = owned.iter().map(|v| v.iter().map(AsRef::as_ref).collect()).collect();
    let order: Vec<usize> = (0..docs.len()).collect();
    let mut roles: Vec<Vec<Role>> = crate::par::map(&order, |&d| classify(&lines[d], &docs[d].meta));
    mark_cross_document_repeats(&lines, &mut roles);
    let outlets: Vec<Option<String>> =
        docs.iter().map(|d| d.meta.outlet.clone().or_else(|| meta::outlet_from_file_name(&d.path))).collect();
    copied::restore_copied_lines(&lines, &mut roles, &outlets);
    let roles = &roles;
    crate::par::map(&order, |&d| build(&docs[d], &lines[d], &roles[d]).map_err(|e| (docs[d].path.clone(), e)))
}

/// Prepare one document on its own.
pub fn prepare(doc: &RawDoc) -> Result<Prepared, LoadError> {
    let owned = unwrap::lines(&doc.text);
    let lines: Vec<&str> = owned.iter().map(AsRef::as_ref).collect();
    let roles = classify(&lines, &doc.meta);
    build(doc, &lines, &roles)
}

/// The role of each line of a document, by the lines alone and what its format says of its
/// headline and writers.
fn classify(lines: &[&str], meta: &crate::load::Meta) -> Vec<Role> {
    let mut roles = furniture::classify(lines, meta.title.as_deref());
    furniture::mark_author_notes(lines, &mut roles, meta.byline.as_deref());
    roles
}

/// A short, unpunctuated line found in two or more different documents is page furniture.
fn mark_cross_document_repeats(lines: &[Vec<&str>], roles: &mut [Vec<Role>]) {
    let mut seen: HashMap<String, Vec<usize>> = HashMap::new();
    for (d, doc_lines) in lines.iter().enumerate() {
        for (i, l) in doc_lines.iter().enumerate() {
            if roles[d][i] == Role::Body && furniture::is_furniture_shaped(l) {
                let docs = seen.entry(l.to_lowercase()).or_default();
                if docs.last() != Some(&d) {
                    docs.push(d);
                }
            }
        }
    }
    for (d, doc_lines) in lines.iter().enumerate() {
        for (i, l) in doc_lines.iter().enumerate() {
            if roles[d][i] == Role::Body && seen.get(&l.to_lowercase()).is_some_and(|v| v.len() >= 2) {
                roles[d][i] = Role::Furniture("repeated across articles");
            }
        }
    }
}

fn build(doc: &RawDoc, lines: &[&str], roles: &[Role]) -> Result<Prepared, LoadError> {
    let mut title = doc.meta.title.clone();
    let mut outlet = doc.meta.outlet.clone();
    let mut published = doc.meta.published.clone();
    let mut source = None;
    let mut header_site = None;
    let mut related_from = None;
    let mut body: Vec<&str> = Vec::new();
    let mut boilerplate = Vec::new();
    for (line, role) in lines.iter().zip(roles) {
        match role {
            Role::Body => body.push(line),
            Role::Title => {
                let (head, site) = meta::split_title_site(line);
                if title.is_none() {
                    title = Some(head);
                }
                if outlet.is_none() {
                    outlet = site;
                }
            }
            Role::Meta(m) => {
                match m {
                    MetaLine::Date(d) => {
                        published.get_or_insert_with(|| d.clone());
                    }
                    MetaLine::Source(s) => {
                        source.get_or_insert_with(|| s.clone());
                    }
                    MetaLine::Byline(_) => {}
                }
                boilerplate.push(Boilerplate { text: line.to_string(), reason: "metadata".into() });
            }
            Role::Furniture(why) => {
                // A bare marker ("Related articles", "Read more:") opens a part of other stories; a
                // marker with a headline on its line ("Read more: Ten tips for ...") is one teaser.
                let bare_marker = line.split_whitespace().count() <= 4;
                if *why == "related-articles marker" && bare_marker && !body.is_empty() && related_from.is_none() {
                    related_from = Some(body.len());
                }
                if *why == "site header" && body.is_empty() && header_site.is_none() && looks_like_name(line) {
                    header_site = Some(line.to_string());
                }
                boilerplate.push(Boilerplate { text: line.to_string(), reason: (*why).into() });
            }
        }
    }
    if body.is_empty() {
        body = stub_body(lines, roles);
        boilerplate.retain(|b| !body.contains(&b.text.as_str()));
    }
    if body.is_empty() {
        return Err(LoadError::OnlyFurniture(boilerplate.len()));
    }
    let outlet = outlet.or_else(|| meta::outlet_from_file_name(&doc.path)).or(header_site);
    let title =
        title.map(|t| meta::split_title_site(&t).0).filter(|t| !t.is_empty()).unwrap_or_else(|| file_stem(&doc.path));
    let text = body.join("\n\n");
    let model = TextModel::new(&text);
    let article = Article {
        id: ArticleId::default(),
        path: doc.path.clone(),
        title,
        outlet,
        published,
        source,
        words: model.word_count(),
        text,
        boilerplate,
    };
    let related_from = related_from.filter(|&p| p < body.len());
    let mut warnings = doc.warnings.clone();
    warnings.extend(furniture::judged_in(lines));
    Ok(Prepared { article, model, warnings, related_from })
}

/// The text of a page whose every line was set aside. A picture story's captions are its text; a
/// stub (a headline and a promotion) keeps its headline, so the page is still compared by it.
/// Of a gallery of other stories under the page's own headline, the captions about it.
fn stub_body<'a>(lines: &[&'a str], roles: &[Role]) -> Vec<&'a str> {
    let captions: Vec<&str> = lines
        .iter()
        .zip(roles)
        .filter(|(_, r)| matches!(r, Role::Furniture(w) if furniture::is_picture_caption(w)))
        .map(|(l, _)| *l)
        .collect();
    let title = lines.iter().zip(roles).find(|(_, r)| **r == Role::Title).map(|(l, _)| *l);
    if !captions.is_empty() {
        return furniture::story_captions(&captions, title);
    }
    title.into_iter().collect()
}

/// A short line of capitalised words, like a site or programme name.
fn looks_like_name(line: &str) -> bool {
    let w: Vec<&str> = line.split_whitespace().collect();
    (1..=4).contains(&w.len())
        && w.iter().all(|x| x.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()))
        && !line.ends_with(':')
}

fn file_stem(path: &str) -> String {
    std::path::Path::new(path).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| path.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_of_nothing_but_furniture_keeps_its_captions_or_its_headline() {
        let lines = ["Harbour fire in pictures", "Photos: Harbour fire Boats burned. Hide Caption 1 of 2", "Share"];
        let roles = [Role::Title, Role::Furniture("photo gallery widget"), Role::Furniture("page control")];
        assert_eq!(stub_body(&lines, &roles), ["Photos: Harbour fire Boats burned."]);
        let lines = ["Harbour fire closes the pier", "Celebrate our birthday! Click to read today's story."];
        let roles = [Role::Title, Role::Furniture("site message")];
        assert_eq!(stub_body(&lines, &roles), [lines[0]]);
    }

    #[test]
    fn only_a_bare_marker_opens_a_part_of_other_stories() {
        let body = "Harbour fire closes the pier\nThe fire began at dawn and burned for hours.\n";
        let doc = |marker: &str| RawDoc {
            path: "a.txt".into(),
            format: crate::load::Format::Text,
            text: format!("{body}{marker}\nFour people were hurt when the roof fell in.\n"),
            meta: Default::default(),
            warnings: Vec::new(),
        };
        assert!(prepare(&doc("Read more: Ten quiet walks along the coast")).unwrap().related_from.is_none());
        assert!(prepare(&doc("Related articles")).unwrap().related_from.is_some());
    }
}
