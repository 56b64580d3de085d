//! Typed identifiers for the cross-references inside a [`Comparison`](super::Comparison).
//!
//! Inside the program an article is an [`ArticleId`] and a figure a [`NumberId`], so that a reference
//! cannot be mixed up with a headline or a passage id; in the JSON report they are written exactly as
//! readers see them, `"A1"` and `"N1"`.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An id `<prefix><n>` held as its number, written as text.
macro_rules! prefixed_id {
    ($(#[$meta:meta])* $name:ident, $prefix:literal) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);

        impl $name {
            /// The letter every id of this kind starts with.
            pub const PREFIX: char = $prefix;
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}{}", $prefix, self.0)
            }
        }

        impl FromStr for $name {
            type Err = String;

            fn from_str(s: &str) -> Result<Self, String> {
                s.strip_prefix($prefix)
                    .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
                    .and_then(|n| n.parse().ok())
                    .map($name)
                    .ok_or_else(|| format!("`{s}` is not an id of the form {}1, {}2, …", $prefix, $prefix))
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = String::deserialize(d)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                other.parse::<$name>().is_ok_and(|id| id == *self)
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                *self == **other
            }
        }
    };
}

prefixed_id!(
    /// An article of the comparison: `A1`, `A2`, … in reports. Stable for a session in the app.
    ArticleId,
    'A'
);

prefixed_id!(
    /// A figure found in an article: `N1`, `N2`, … in reports.
    NumberId,
    'N'
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_written_as_readers_see_them() {
        assert_eq!(ArticleId(3).to_string(), "A3");
        assert_eq!(serde_json::to_string(&NumberId(12)).unwrap(), "\"N12\"");
        let back: ArticleId = serde_json::from_str("\"A7\"").unwrap();
        assert_eq!(back, ArticleId(7));
        assert!(ArticleId(7) == "A7");
    }

    #[test]
    fn malformed_ids_are_refused_with_the_form_expected() {
        for bad in ["", "A", "N1", "A-1", "A1x", "a1"] {
            let err = bad.parse::<ArticleId>().unwrap_err();
            assert!(err.contains("A1, A2"), "{bad}: {err}");
        }
        assert!(serde_json::from_str::<NumberId>("\"A1\"").is_err());
    }
}
