//! The closed vocabularies of the model: a figure's qualifier and what it counts, a group's status and
//! a lexicon category. Each serialises to exactly one lower-case name in the JSON report, and gives
//! that name through `as_str` and `Display` for every face.

use std::fmt;

use serde::{Deserialize, Serialize};

/// An enum whose values serialise to the given names, with `ALL`, `as_str` and `Display`.
macro_rules! named_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$vmeta:meta])* $variant:ident => $text:literal,)+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant,)+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The name as written in the JSON report.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

named_enum! {
    /// How a figure bounds its quantity ("at least 25", "some 180", "20 to 30").
    pub enum Qualifier {
        /// The value as stated.
        Exact => "exact",
        /// "at least", "no fewer than".
        AtLeast => "at_least",
        /// "more than", "over".
        MoreThan => "more_than",
        /// "up to", "as many as".
        AtMost => "at_most",
        /// "fewer than", "under".
        LessThan => "less_than",
        /// "about", "some", "nearly".
        Approximately => "approximately",
        /// "20 to 30", "between 20 and 30", "dozens".
        Range => "range",
    }
}

impl Qualifier {
    /// True for figures that state a value rather than only a bound (exact, approximate, range).
    pub fn states_value(self) -> bool {
        matches!(self, Qualifier::Exact | Qualifier::Approximately | Qualifier::Range)
    }
}

named_enum! {
    /// What a figure counts.
    pub enum Quantity {
        /// People killed (dead, died, death toll).
        Killed => "killed",
        /// People wounded or injured.
        Wounded => "wounded",
        /// People displaced (fled, homeless, refugees).
        Displaced => "displaced",
        /// People arrested or detained.
        Arrested => "arrested",
        /// People missing, abducted or held hostage.
        Missing => "missing",
        /// People, with no casualty word.
        People => "people",
        /// An amount of money.
        Money => "money",
        /// A percentage.
        Percent => "percent",
        /// A distance, in kilometres.
        DistanceKm => "distance_km",
        /// A length of time.
        Duration => "duration",
        /// A day of a month.
        Date => "date",
        /// A year.
        Year => "year",
        /// Anything else.
        Other => "other",
    }
}

impl Quantity {
    /// True for casualty counts (killed, wounded, displaced, arrested, missing).
    pub fn is_casualty(self) -> bool {
        matches!(
            self,
            Quantity::Killed | Quantity::Wounded | Quantity::Displaced | Quantity::Arrested | Quantity::Missing
        )
    }
}

named_enum! {
    /// How the figures of a group relate.
    pub enum GroupStatus {
        /// Every figure allows the same values.
        Agree => "agree",
        /// The figures' bounds meet and at least one states a value.
        Compatible => "compatible",
        /// The figures exclude each other.
        Differ => "differ",
        /// One figure alone.
        Single => "single",
    }
}

named_enum! {
    /// What a lexicon term says about what it describes.
    pub enum Category {
        /// Disparaging ("warlord", "regime").
        Pejorative => "pejorative",
        /// Judging, though not always negative ("rebel", "militia").
        Evaluative => "evaluative",
        /// Casting doubt on legitimacy ("self-styled", "so-called").
        Delegitimising => "delegitimising",
        /// Lending legitimacy ("internationally recognised", "UN-backed").
        Legitimising => "legitimising",
        /// A neutral title that stands before a name ("General", "President").
        Title => "title",
        /// A neutral role noun ("commander", "government").
        Role => "role",
        /// A neutral descriptor ("former", "eastern").
        Descriptor => "descriptor",
    }
}

impl Category {
    /// True for evaluative or legitimising categories.
    pub fn loaded(self) -> bool {
        matches!(self, Category::Pejorative | Category::Evaluative | Category::Delegitimising | Category::Legitimising)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every value serialises to its `as_str` name, `Display` gives the same, and the name reads back.
    fn names_round_trip<T>(all: &[T])
    where
        T: Copy + PartialEq + fmt::Debug + fmt::Display + Serialize + for<'de> Deserialize<'de>,
    {
        let mut seen = std::collections::HashSet::new();
        for &v in all {
            let json = serde_json::to_string(&v).expect("serialise");
            assert_eq!(json, format!("\"{v}\""), "{v:?}");
            assert_eq!(serde_json::from_str::<T>(&json).expect("read back"), v);
            assert!(seen.insert(json), "{v:?}: name used twice");
        }
    }

    #[test]
    fn every_name_is_its_json_string() {
        names_round_trip(Qualifier::ALL);
        names_round_trip(Quantity::ALL);
        names_round_trip(GroupStatus::ALL);
        names_round_trip(Category::ALL);
        assert_eq!(Quantity::DistanceKm.as_str(), "distance_km");
        assert_eq!(Qualifier::AtLeast.to_string(), "at_least");
        assert!(serde_json::from_str::<GroupStatus>("\"unknown\"").is_err());
    }

    #[test]
    fn all_lists_every_value_once() {
        assert_eq!(Qualifier::ALL.len(), 7);
        assert_eq!(Quantity::ALL.len(), 13);
        assert_eq!(GroupStatus::ALL.len(), 4);
        assert_eq!(Category::ALL.len(), 7);
        assert_eq!(Quantity::ALL.iter().filter(|q| q.is_casualty()).count(), 5);
    }
}
