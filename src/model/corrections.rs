//! A reader's corrections of an analysis, as they travel in the report (`corrections`, an addition
//! to schema version 1) and in a saved session.
//!
//! Every correction names what it corrects by something that stays the same when the same articles
//! are analysed again — an article id with a byte span, an actor's name, a label's text — never by
//! a position in a list. The passage, group and figure ids it also carries (`P3`, `G2`, `N12`) are
//! only for reading. Applying corrections is [`crate::corrections`]' work; this module only holds
//! them.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{ArticleId, NumberId, Span};

/// A place in one article: the key of a passage member or a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Place {
    /// Article id.
    pub article: ArticleId,
    /// Byte range in that article's text.
    pub span: Span,
}

/// One correction by the reader.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Correction {
    /// A shared passage that is not one: it is left out.
    HidePassage {
        /// Its id when it was hidden, for reading.
        passage: String,
        /// Where its members stand (the key).
        members: Vec<Place>,
    },
    /// An actor that is not one (or not of interest): it is left out with its labels.
    HideActor {
        /// Its name (the key).
        actor: String,
    },
    /// A label an article does not give an actor: every use of it in that article is left out.
    HideLabel {
        /// The actor's name.
        actor: String,
        /// The article.
        article: ArticleId,
        /// The label's text, compared ignoring ASCII case.
        label: String,
    },
    /// A group of figures that is wrong as a whole: the group and its figures are left out.
    HideNumberGroup {
        /// Its id when it was hidden, for reading.
        group: String,
        /// Where its figures stand (the key).
        members: Vec<Place>,
    },
    /// A figure that is no figure (a stray number): it is left out, and out of its group.
    NumberNoise {
        /// Its id when it was marked, for reading.
        number: NumberId,
        /// Where it stands (the key).
        place: Place,
        /// Its text.
        text: String,
    },
    /// Two actors that are one: `from` becomes an alias of `into`, its labels `into`'s.
    MergeActors {
        /// The actor that stays.
        into: String,
        /// The actor merged into it.
        from: String,
    },
}

fn places(members: &[Place]) -> String {
    let ids: Vec<String> = members.iter().map(|m| m.article.to_string()).collect();
    ids.join(", ")
}

impl fmt::Display for Correction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Correction::HidePassage { passage, members } => {
                write!(f, "hid passage {passage} ({})", places(members))
            }
            Correction::HideActor { actor } => write!(f, "hid actor \u{201c}{actor}\u{201d}"),
            Correction::HideLabel { actor, article, label } => {
                write!(f, "hid label \u{201c}{label}\u{201d} of {actor} in {article}")
            }
            Correction::HideNumberGroup { group, members } => {
                write!(f, "hid number group {group} ({})", places(members))
            }
            Correction::NumberNoise { number, place, text } => {
                write!(f, "marked figure {number} \u{201c}{text}\u{201d} in {} as noise", place.article)
            }
            Correction::MergeActors { into, from } => write!(f, "merged actor \u{201c}{from}\u{201d} into {into}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corrections_read_as_sentences_and_serialise_tagged() {
        let c = Correction::HidePassage {
            passage: "P3".into(),
            members: vec![
                Place { article: ArticleId(1), span: Span::new(0, 4) },
                Place { article: ArticleId(3), span: Span::new(5, 9) },
            ],
        };
        assert_eq!(c.to_string(), "hid passage P3 (A1, A3)");
        let json = serde_json::to_string(&c).unwrap();
        assert!(json.starts_with(r#"{"kind":"hide_passage","passage":"P3","members":[{"article":"A1","span":[0,4]}"#));
        assert_eq!(serde_json::from_str::<Correction>(&json).unwrap(), c);
        let m = Correction::MergeActors { into: "Mira Orvald".into(), from: "Orvald".into() };
        assert_eq!(m.to_string(), "merged actor \u{201c}Orvald\u{201d} into Mira Orvald");
    }
}
