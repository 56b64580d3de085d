//! Every colour the app paints, in one place: the passage-cluster palette, the word-diff colours and
//! the greyed page furniture, for a light and a dark theme.

use egui::Color32;
use serde::{Deserialize, Serialize};

/// The theme the user picked; persisted in the settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Dark text on a light background.
    #[default]
    Light,
    /// Light text on a dark background.
    Dark,
}

impl ThemeChoice {
    /// The other theme.
    pub fn toggled(self) -> Self {
        match self {
            ThemeChoice::Light => ThemeChoice::Dark,
            ThemeChoice::Dark => ThemeChoice::Light,
        }
    }

    /// The matching egui theme.
    pub fn egui_theme(self) -> egui::Theme {
        match self {
            ThemeChoice::Light => egui::Theme::Light,
            ThemeChoice::Dark => egui::Theme::Dark,
        }
    }

    /// The colours of this theme.
    pub fn palette(self) -> Palette {
        match self {
            ThemeChoice::Light => LIGHT,
            ThemeChoice::Dark => DARK,
        }
    }
}

/// The colours of one theme.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    /// Background tints for shared passages, one per cluster (cycled); text stays readable on them.
    pub clusters: [Color32; 8],
    /// Article body text.
    pub text: Color32,
    /// Background of a member of the selected passage.
    pub selected_bg: Color32,
    /// Underline drawn under the selected passage.
    pub selected_stroke: Color32,
    /// Text of words only in the old side of a diff.
    pub delete_fg: Color32,
    /// Background of words only in the old side of a diff.
    pub delete_bg: Color32,
    /// Text of words only in the new side of a diff.
    pub insert_fg: Color32,
    /// Background of words only in the new side of a diff.
    pub insert_bg: Color32,
    /// Page furniture that was set aside.
    pub furniture: Color32,
    /// Secondary text (metadata lines).
    pub weak: Color32,
    /// Input errors.
    pub error: Color32,
    /// Input warnings.
    pub warning: Color32,
    /// Figures, by how their group's articles agree.
    pub numbers: NumberColors,
    /// Background of the selected figure in the text.
    pub number_selected_bg: Color32,
    /// A loaded (evaluative) label for an actor: text and underline.
    pub label_loaded: Color32,
    /// The thin underline under a neutral label for an actor.
    pub label_neutral: Color32,
    /// Words in scare quotes (drawn in italics).
    pub scare_quote: Color32,
}

/// How a figure relates to the same figure in other articles; picks its colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NumberKind {
    /// Every article gives the same value.
    Agree,
    /// The values differ but can all be true ("at least 44" and "44").
    Compatible,
    /// The articles give values that cannot all be true.
    Differ,
    /// One article gives conflicting values.
    Conflict,
    /// Only one mention, or in no group.
    Ungrouped,
}

impl NumberKind {
    /// Every kind, most serious first (the order of the legend).
    pub const ALL: [NumberKind; 5] =
        [NumberKind::Differ, NumberKind::Conflict, NumberKind::Compatible, NumberKind::Agree, NumberKind::Ungrouped];
}

/// A strong colour (underline, status text) and a light background tint for one [`NumberKind`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumberTint {
    /// Underline and status text.
    pub stroke: Color32,
    /// Background of a figure that is not inside a shared passage.
    pub bg: Color32,
}

/// The colours of figures, one [`NumberTint`] per [`NumberKind`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumberColors {
    /// [`NumberKind::Agree`].
    pub agree: NumberTint,
    /// [`NumberKind::Compatible`].
    pub compatible: NumberTint,
    /// [`NumberKind::Differ`].
    pub differ: NumberTint,
    /// [`NumberKind::Conflict`].
    pub conflict: NumberTint,
    /// [`NumberKind::Ungrouped`].
    pub ungrouped: NumberTint,
}

const fn tint(stroke: Color32, bg: Color32) -> NumberTint {
    NumberTint { stroke, bg }
}

const LIGHT: Palette = Palette {
    clusters: [
        Color32::from_rgb(0xB9, 0xE3, 0xFF), // sky
        Color32::from_rgb(0xC8, 0xF0, 0xB8), // green
        Color32::from_rgb(0xF8, 0xC8, 0xE8), // pink
        Color32::from_rgb(0xD8, 0xCC, 0xFF), // lavender
        Color32::from_rgb(0xB8, 0xF0, 0xE8), // teal
        Color32::from_rgb(0xE8, 0xE8, 0xA8), // olive
        Color32::from_rgb(0xEA, 0xDB, 0xC8), // sand
        Color32::from_rgb(0xD8, 0xDE, 0xE6), // silver
    ],
    text: Color32::from_rgb(0x1E, 0x1E, 0x1E),
    selected_bg: Color32::from_rgb(0xFF, 0xA8, 0x3C),
    selected_stroke: Color32::from_rgb(0xB0, 0x40, 0x00),
    delete_fg: Color32::from_rgb(0x9A, 0x10, 0x10),
    delete_bg: Color32::from_rgb(0xFF, 0xD6, 0xD6),
    insert_fg: Color32::from_rgb(0x0B, 0x60, 0x1E),
    insert_bg: Color32::from_rgb(0xCF, 0xF5, 0xD2),
    furniture: Color32::from_rgb(0x9A, 0x9A, 0x9A),
    weak: Color32::from_rgb(0x60, 0x60, 0x60),
    error: Color32::from_rgb(0xB0, 0x10, 0x10),
    warning: Color32::from_rgb(0x8A, 0x5A, 0x00),
    numbers: NumberColors {
        agree: tint(Color32::from_rgb(0x14, 0x5A, 0x22), Color32::from_rgb(0xD6, 0xF2, 0xD9)),
        compatible: tint(Color32::from_rgb(0x1F, 0x5A, 0xA8), Color32::from_rgb(0xD8, 0xE6, 0xFA)),
        differ: tint(Color32::from_rgb(0xB3, 0x1B, 0x1B), Color32::from_rgb(0xFB, 0xDA, 0xD6)),
        conflict: tint(Color32::from_rgb(0x8E, 0x1F, 0x9E), Color32::from_rgb(0xF1, 0xD8, 0xF6)),
        ungrouped: tint(Color32::from_rgb(0x50, 0x50, 0x50), Color32::from_rgb(0xE8, 0xE8, 0xE8)),
    },
    number_selected_bg: Color32::from_rgb(0xFF, 0xE0, 0x3C),
    label_loaded: Color32::from_rgb(0x9A, 0x4A, 0x00),
    label_neutral: Color32::from_rgb(0x7A, 0x8C, 0xA0),
    scare_quote: Color32::from_rgb(0x00, 0x66, 0x70),
};

const DARK: Palette = Palette {
    clusters: [
        Color32::from_rgb(0x1C, 0x4A, 0x6E), // sky
        Color32::from_rgb(0x2A, 0x5A, 0x22), // green
        Color32::from_rgb(0x6A, 0x2A, 0x56), // pink
        Color32::from_rgb(0x44, 0x36, 0x7A), // lavender
        Color32::from_rgb(0x16, 0x5A, 0x54), // teal
        Color32::from_rgb(0x55, 0x55, 0x1C), // olive
        Color32::from_rgb(0x5A, 0x4A, 0x36), // sand
        Color32::from_rgb(0x3A, 0x44, 0x50), // silver
    ],
    text: Color32::from_rgb(0xE6, 0xE6, 0xE6),
    selected_bg: Color32::from_rgb(0x80, 0x3C, 0x00),
    selected_stroke: Color32::from_rgb(0xFF, 0xC0, 0x70),
    delete_fg: Color32::from_rgb(0xFF, 0xA0, 0xA0),
    delete_bg: Color32::from_rgb(0x5A, 0x1A, 0x1A),
    insert_fg: Color32::from_rgb(0xA8, 0xF0, 0xA8),
    insert_bg: Color32::from_rgb(0x1A, 0x4A, 0x22),
    furniture: Color32::from_rgb(0x80, 0x80, 0x80),
    weak: Color32::from_rgb(0xA8, 0xA8, 0xA8),
    error: Color32::from_rgb(0xFF, 0x70, 0x70),
    warning: Color32::from_rgb(0xF0, 0xC0, 0x50),
    numbers: NumberColors {
        agree: tint(Color32::from_rgb(0x7C, 0xE0, 0x8C), Color32::from_rgb(0x1E, 0x40, 0x24)),
        compatible: tint(Color32::from_rgb(0xA8, 0xD0, 0xFF), Color32::from_rgb(0x1E, 0x34, 0x52)),
        differ: tint(Color32::from_rgb(0xFF, 0xA8, 0xA0), Color32::from_rgb(0x5C, 0x1E, 0x1C)),
        conflict: tint(Color32::from_rgb(0xF0, 0xB8, 0xFF), Color32::from_rgb(0x4A, 0x22, 0x52)),
        ungrouped: tint(Color32::from_rgb(0xC8, 0xC8, 0xC8), Color32::from_rgb(0x3A, 0x3A, 0x3A)),
    },
    number_selected_bg: Color32::from_rgb(0x7A, 0x62, 0x00),
    label_loaded: Color32::from_rgb(0xFF, 0xB8, 0x4A),
    label_neutral: Color32::from_rgb(0x8C, 0x9C, 0xB0),
    scare_quote: Color32::from_rgb(0x6F, 0xD8, 0xE0),
};

/// The tint number of a passage: its number in the analysis (`P3` → 2), so that hiding a passage
/// does not recolour the others; its index where its id has no number.
pub fn tint_number(p: &crate::model::Passage, index: usize) -> usize {
    p.id.strip_prefix('P').and_then(|n| n.parse::<usize>().ok()).and_then(|n| n.checked_sub(1)).unwrap_or(index)
}

impl Palette {
    /// The tint of the passage with this tint number ([`tint_number`]).
    pub fn cluster(&self, passage_index: usize) -> Color32 {
        self.clusters[passage_index % self.clusters.len()]
    }

    /// The colours of a figure of this kind.
    pub fn number(&self, kind: NumberKind) -> NumberTint {
        match kind {
            NumberKind::Agree => self.numbers.agree,
            NumberKind::Compatible => self.numbers.compatible,
            NumberKind::Differ => self.numbers.differ,
            NumberKind::Conflict => self.numbers.conflict,
            NumberKind::Ungrouped => self.numbers.ungrouped,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Relative luminance difference as a rough readability check (WCAG contrast ratio).
    fn contrast(a: Color32, b: Color32) -> f32 {
        fn lum(c: Color32) -> f32 {
            let f = |v: u8| {
                let v = f32::from(v) / 255.0;
                if v <= 0.03928 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
            };
            0.2126 * f(c.r()) + 0.7152 * f(c.g()) + 0.0722 * f(c.b())
        }
        let (x, y) = (lum(a), lum(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    #[test]
    fn text_is_readable_on_every_tint() {
        for theme in [ThemeChoice::Light, ThemeChoice::Dark] {
            let p = theme.palette();
            for c in p.clusters.iter().chain([&p.selected_bg, &p.number_selected_bg]) {
                assert!(contrast(p.text, *c) >= 4.5, "{theme:?}: text on {c:?}");
            }
            for k in NumberKind::ALL {
                let t = p.number(k);
                assert!(contrast(p.text, t.bg) >= 4.5, "{theme:?}: text on {k:?} figure");
                assert!(contrast(t.stroke, t.bg) >= 3.0, "{theme:?}: {k:?} stroke on its tint");
                // Figures inside a passage are drawn in their stroke colour on the passage tint.
                for c in &p.clusters {
                    let ratio = contrast(t.stroke, *c);
                    assert!(ratio >= 4.0, "{theme:?}: {k:?} figure on {c:?}: {ratio:.2}");
                }
            }
            // Loaded labels and scare quotes are drawn in their colour, on the page or a passage tint.
            for fg in [p.label_loaded, p.scare_quote] {
                for c in &p.clusters {
                    let ratio = contrast(fg, *c);
                    assert!(ratio >= 4.0, "{theme:?}: {fg:?} on {c:?}: {ratio:.2}");
                }
            }
            assert!(contrast(p.delete_fg, p.delete_bg) >= 4.5, "{theme:?} delete");
            assert!(contrast(p.insert_fg, p.insert_bg) >= 4.5, "{theme:?} insert");
        }
    }

    #[test]
    fn cluster_tints_are_distinct() {
        for theme in [ThemeChoice::Light, ThemeChoice::Dark] {
            let p = theme.palette();
            for (i, a) in p.clusters.iter().enumerate() {
                for b in &p.clusters[i + 1..] {
                    assert_ne!(a, b);
                }
            }
        }
    }

    #[test]
    fn a_passage_keeps_its_tint_when_others_are_hidden() {
        let p = |id: &str| crate::model::Passage {
            id: id.into(),
            kind: crate::model::PassageKind::Verbatim,
            similarity: 1.0,
            members: Vec::new(),
            diffs: Vec::new(),
            coarse_diff: false,
            same_outlet: false,
        };
        assert_eq!(tint_number(&p("P3"), 0), 2, "P3 at index 0 once P1 and P2 are hidden");
        assert_eq!(tint_number(&p("P0"), 4), 4);
        assert_eq!(tint_number(&p("X"), 5), 5);
    }
}
