//! The expectations of the seeds' gold file (shared/gold/seeds.json), copied in: what a correct
//! analysis of the five embedded seed articles finds.

mod common;

use common::{article_id, changed_text, find_passages, fold, seeds};
use parallax::model::PassageKind;

const S000: &str = "000_acaca5ba74d867b7.txt";
const S001: &str = "001_c5e94d6caf5d1f55.txt";
const S002: &str = "002_6eaa3613ef066aa3.txt";
const S003: &str = "003_1bcbb76059a632e8.txt";
const S004: &str = "004_a4f0d62193802dcc.txt";

struct Shared {
    kind: PassageKind,
    a: &'static str,
    b: &'static str,
    a_contains: &'static str,
    b_contains: &'static str,
    diff_must_show: &'static [&'static str],
}

const REQUIRED: &[Shared] = &[
    Shared {
        kind: PassageKind::Verbatim,
        a: S002,
        b: S004,
        a_contains: "He is backed by Egypt, the United Arab Emirates and most recently Russian mercenaries, according to diplomats and Tripoli officials.",
        b_contains: "He is backed by Egypt, the United Arab Emirates and most recently Russian mercenaries, according to diplomats and Tripoli officials.",
        diff_must_show: &[],
    },
    Shared {
        kind: PassageKind::Near,
        a: S002,
        b: S004,
        a_contains: "The LNA denies it has foreign backing",
        b_contains: "The LNA denies any foreign backing",
        diff_must_show: &["it has", "any"],
    },
    Shared {
        kind: PassageKind::Near,
        a: S002,
        b: S004,
        a_contains: "The United States calls on the 'Libyan National Army' to end its offensive on Tripoli",
        b_contains: "The United States wants the 'Libyan National Army' to end its offensive on Tripoli",
        diff_must_show: &["calls on", "wants"],
    },
    Shared {
        kind: PassageKind::Near,
        a: S002,
        b: S004,
        a_contains: "The US delegation, representing a number of US government agencies, underscored support",
        b_contains: "The US delegation, representing a number of government agencies, underscored support",
        diff_must_show: &["US"],
    },
    Shared {
        kind: PassageKind::Near,
        a: S002,
        b: S004,
        a_contains: "significant role in fighting terrorism and securing Libya's oil resources, and the two discussed a shared vision",
        b_contains: "significant role in fighting terrorism and securing Libya's oil resources and the two discussed a shared vision",
        diff_must_show: &[],
    },
    Shared {
        kind: PassageKind::Near,
        a: S001,
        b: S002,
        a_contains: "recognized Field Marshal Haftar's significant role in fighting terrorism and securing Libya's oil resources",
        b_contains: "recognised Field Marshal Haftar's significant role in fighting terrorism and securing Libya's oil resources",
        diff_must_show: &["recognized", "recognised"],
    },
    Shared {
        kind: PassageKind::Near,
        a: S001,
        b: S004,
        a_contains: "recognized Field Marshal Haftar's significant role in fighting terrorism and securing Libya's oil resources",
        b_contains: "recognised Field Marshal Haftar's significant role in fighting terrorism and securing Libya's oil resources",
        diff_must_show: &[],
    },
    Shared {
        kind: PassageKind::Paraphrase,
        a: S002,
        b: S004,
        a_contains: "Trump called the eastern-based commander in the first weeks of the offensive",
        b_contains: "President Donald Trump called Haftar early in the offensive",
        diff_must_show: &[],
    },
];

const STRETCH: &[(&str, &str, &str, &str)] = &[
    (
        S002,
        S004,
        "called on Libyan renegade General Khalifa Haftar to stop a months-long offensive on Tripoli",
        "wants eastern Libyan commander Khalifa Haftar to stop his offensive",
    ),
    (
        S000,
        S004,
        "shared vision of Libya's transition to a stable, democratic political system",
        "shared vision for Libya's transition to a stable, democratic political system",
    ),
    (S000, S001, "ongoing counterterrorism efforts", "ongoing counterterrorism efforts"),
    (
        S002,
        S004,
        "Haftar's LNA launched an offensive in April to seize the capital",
        "has been trying since April to take Tripoli",
    ),
];

#[test]
fn every_required_shared_passage_is_found_with_its_kind_and_diff() {
    let cmp = seeds();
    for want in REQUIRED {
        let found = find_passages(&cmp, want.a, want.a_contains, want.b, want.b_contains);
        assert!(!found.is_empty(), "no passage shared by {} and {} containing {:?}", want.a, want.b, want.a_contains);
        let right_kind: Vec<_> = found.iter().filter(|p| p.kind == want.kind).collect();
        assert!(
            !right_kind.is_empty(),
            "{:?}: found as {:?}, want {:?}",
            want.a_contains,
            found.iter().map(|p| p.kind).collect::<Vec<_>>(),
            want.kind
        );
        for shown in want.diff_must_show {
            let ok = right_kind.iter().any(|p| changed_text(&cmp, p, want.a, want.b).contains(&fold(shown)));
            assert!(ok, "diff of {:?} does not show {shown:?}", want.a_contains);
        }
    }
}

#[test]
fn most_stretch_passages_are_found() {
    let cmp = seeds();
    let found = STRETCH.iter().filter(|(a, b, at, bt)| !find_passages(&cmp, a, at, b, bt).is_empty()).count();
    assert!(found >= 2, "only {found} of {} stretch passages found", STRETCH.len());
}

#[test]
fn quotes_inside_different_sentences_are_quote_passages() {
    let cmp = seeds();
    let p = find_passages(&cmp, S000, "ongoing counterterrorism efforts", S001, "ongoing counterterrorism efforts");
    assert!(p.iter().any(|p| p.kind == PassageKind::Quote));
    // Members span exactly the shared words, not the sentences around them.
    for m in &p[0].members {
        assert_eq!(fold(&m.text), "ongoing counterterrorism efforts");
    }
}

#[test]
fn nothing_verbatim_or_near_between_000_and_003() {
    let cmp = seeds();
    let (a, b) = (article_id(&cmp, S000), article_id(&cmp, S003));
    for p in &cmp.passages {
        let both = p.members.iter().any(|m| m.article == a) && p.members.iter().any(|m| m.article == b);
        if both {
            assert!(
                !matches!(p.kind, PassageKind::Verbatim | PassageKind::Near),
                "{} links 000 and 003 as {:?}",
                p.id,
                p.kind
            );
            assert!(p.similarity < 0.5 && p.members.iter().all(|m| m.text.len() < 200), "{p:?}");
        }
    }
}

#[test]
fn page_furniture_is_set_aside_and_not_in_the_text() {
    let cmp = seeds();
    let lines = [
        (S002, "Skip to main content"),
        (S002, "Share | Print This"),
        (S002, "Image result for Haftar"),
        (S002, "Ad Blocking software disables some of the functionality of our website"),
        (S002, "Enter your email address:"),
        (S000, "Read Next: X"),
        (S004, "122"),
    ];
    for (file, line) in lines {
        let a = cmp.articles.iter().find(|a| a.path.ends_with(file)).unwrap();
        assert!(a.boilerplate.iter().any(|b| fold(&b.text).contains(&fold(line))), "{file}: {line:?} not set aside");
        assert!(!fold(&a.text).contains(&fold(line)), "{file}: {line:?} still in the text");
    }
    let a4 = cmp.articles.iter().find(|a| a.path.ends_with(S004)).unwrap();
    assert!(!a4.text.split_whitespace().any(|w| w == "122"), "the stray counter 122 is still in 004's text");
}

#[test]
fn titles_and_dates() {
    let cmp = seeds();
    let want = [
        (S000, "Rival Libyan forces fight for control of Tripoli"),
        (S001, "Heavy Fighting Rips Through Tripoli As Libya's Gen. Haftar Renews Offensive"),
        (S002, "US calls on Haftar to end Tripoli push, warns against Russia role"),
        (S003, "Haftar's forces continue push into Tripoli as Libya crisis escalates"),
        (S004, "US wants Haftar to halt Tripoli offensive"),
    ];
    for (file, title) in want {
        let a = cmp.articles.iter().find(|a| a.path.ends_with(file)).unwrap();
        assert_eq!(fold(&a.title), fold(title));
        assert!(!a.text.starts_with(&a.title), "{file}: the headline is repeated in the body text");
    }
    let a2 = cmp.articles.iter().find(|a| a.path.ends_with(S002)).unwrap();
    assert_eq!(a2.published.as_deref(), Some("2019-11-16"));
    assert_eq!(a2.source.as_deref(), Some("al jazeera"));
}

#[test]
fn no_trivial_common_phrases() {
    let cmp = seeds();
    for p in &cmp.passages {
        for m in &p.members {
            let words = m.text.split_whitespace().count();
            assert!(words >= 3, "{}: {:?} is too short to be a passage", p.id, m.text);
        }
    }
}
