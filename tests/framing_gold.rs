//! Framing expectations on the five seed articles, copied from the shared gold file (`labels`,
//! `scare_quotes` and the quote differences of `shared_passages`). Snippets match after folding
//! case, curly quotes and apostrophes to straight ones and white space runs to one space.

use std::sync::OnceLock;

use parallax::Comparison;
use parallax::model::{ArticleId, Category, DiffTag, Framing};

fn cmp() -> &'static Comparison {
    static CMP: OnceLock<Comparison> = OnceLock::new();
    CMP.get_or_init(|| parallax::analyze(parallax::seeds::sources(), Vec::new(), &mut |_| {}))
}

fn fold(s: &str) -> String {
    let s: String = s
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' => '"',
            c => c,
        })
        .collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The article id of a seed file.
fn id_of(file: &str) -> ArticleId {
    cmp()
        .articles
        .iter()
        .find(|a| a.path.ends_with(file))
        .map(|a| a.id)
        .unwrap_or_else(|| panic!("seed {file} not analysed"))
}

/// (level, file, actor, label)
const LABELS: &[(&str, &str, &str, &str)] = &[
    ("required", "000_acaca5ba74d867b7.txt", "Libyan National Army", "self-declared"),
    ("required", "002_6eaa3613ef066aa3.txt", "Libyan National Army", "self-styled"),
    ("required", "003_1bcbb76059a632e8.txt", "Libyan National Army", "self-styled"),
    ("required", "002_6eaa3613ef066aa3.txt", "Khalifa Haftar", "renegade"),
    ("required", "002_6eaa3613ef066aa3.txt", "Khalifa Haftar", "warlord"),
    ("required", "001_c5e94d6caf5d1f55.txt", "Khalifa Haftar", "warlord"),
    ("required", "003_1bcbb76059a632e8.txt", "Khalifa Haftar", "strongman"),
    ("required", "004_a4f0d62193802dcc.txt", "Khalifa Haftar", "commander"),
    ("required", "000_acaca5ba74d867b7.txt", "Khalifa Haftar", "general"),
    ("stretch", "004_a4f0d62193802dcc.txt", "Khalifa Haftar", "former Gaddafi officer"),
    ("stretch", "001_c5e94d6caf5d1f55.txt", "Khalifa Haftar", "CIA's man in Libya"),
    ("required", "000_acaca5ba74d867b7.txt", "government", "internationally recognized"),
    ("required", "004_a4f0d62193802dcc.txt", "Government of National Accord", "internationally recognised"),
    ("required", "003_1bcbb76059a632e8.txt", "Government of National Accord", "UN-backed"),
    ("stretch", "003_1bcbb76059a632e8.txt", "Muammar Gaddafi", "dictator"),
    ("stretch", "002_6eaa3613ef066aa3.txt", "Muammar Gaddafi", "ruler"),
];

/// (file, contains)
const SCARE_QUOTES: &[(&str, &str)] =
    &[("001_c5e94d6caf5d1f55.txt", "\"renegade\" general"), ("001_c5e94d6caf5d1f55.txt", "\"liberation\"")];

fn actor_matches(name: &str, aliases: &[String], gold: &str) -> bool {
    let g = fold(gold);
    if g == "government" {
        return fold(name).contains("government") || aliases.iter().any(|a| fold(a).contains("government"));
    }
    fold(name).contains(&g) || aliases.iter().any(|a| fold(a).contains(&g))
}

fn label_found(f: &Framing, file: &str, actor: &str, label: &str) -> bool {
    let id = id_of(file);
    f.actors
        .iter()
        .filter(|a| actor_matches(&a.name, &a.aliases, actor))
        .any(|a| a.labels.iter().any(|l| l.article == id && fold(&l.text).contains(&fold(label))))
}

#[test]
fn required_labels_found_for_the_right_actor() {
    let f = &cmp().framing;
    let missing: Vec<_> = LABELS
        .iter()
        .filter(|(level, ..)| *level == "required")
        .filter(|(_, file, actor, label)| !label_found(f, file, actor, label))
        .collect();
    assert!(missing.is_empty(), "missing required labels: {missing:?}");
}

#[test]
fn most_stretch_labels_and_scare_quotes_found() {
    let f = &cmp().framing;
    let stretch: Vec<_> = LABELS.iter().filter(|(level, ..)| *level == "stretch").collect();
    let labels = stretch.iter().filter(|(_, file, actor, label)| label_found(f, file, actor, label)).count();
    let scare = SCARE_QUOTES
        .iter()
        .filter(|(file, s)| {
            let id = id_of(file);
            f.scare_quotes.iter().any(|q| q.article == id && fold(&q.text).contains(&fold(s)))
        })
        .count();
    assert!(labels + scare >= (stretch.len() + SCARE_QUOTES.len()) * 2 / 3, "{labels} labels, {scare} scare quotes");
    assert_eq!(scare, SCARE_QUOTES.len());
}

#[test]
fn labels_are_exact_spans_and_loaded_terms_marked() {
    let c = cmp();
    for a in &c.framing.actors {
        for l in &a.labels {
            let art = c.article(l.article).expect("label article exists");
            assert_eq!(art.text.get(l.span.start..l.span.end), Some(l.text.as_str()));
        }
    }
    let loaded = |word: &str| {
        c.framing.actors.iter().flat_map(|a| &a.labels).filter(|l| fold(&l.text).contains(word)).all(|l| l.loaded)
    };
    assert!(loaded("warlord") && loaded("self-styled") && loaded("strongman"));
    let ids: Vec<&str> = c.framing.actors.iter().map(|a| a.id.as_str()).collect();
    let mut dedup = ids.clone();
    dedup.dedup();
    assert_eq!(ids.len(), dedup.len());
}

#[test]
fn attributions_in_every_article() {
    let c = cmp();
    for a in &c.articles {
        let mine: Vec<_> = c.framing.attributions.iter().filter(|x| x.article == a.id).collect();
        assert!(!mine.is_empty(), "no attributions in {}", a.path);
        for x in mine {
            assert_eq!(a.text.get(x.span.start..x.span.end), Some(x.text.as_str()));
        }
    }
    assert!(c.framing.attributions.iter().any(|x| x.verb == "insists" && !x.neutral));
    assert!(c.framing.attributions.iter().any(|x| x.verb == "according to" && x.neutral));
}

fn unfaithful_quote_shows(a_contains: &str, b_contains: &str, deleted: &str, inserted: &str) {
    let (a_id, b_id) = (id_of("002_6eaa3613ef066aa3.txt"), id_of("004_a4f0d62193802dcc.txt"));
    let g = cmp()
        .framing
        .quotes
        .iter()
        .find(|g| {
            g.members.iter().any(|m| m.article == a_id && fold(&m.text).contains(&fold(a_contains)))
                && g.members.iter().any(|m| m.article == b_id && fold(&m.text).contains(&fold(b_contains)))
        })
        .unwrap_or_else(|| panic!("no quote group for {a_contains:?}"));
    assert!(!g.faithful, "{g:?}");
    let d = g
        .diffs
        .iter()
        .find(|d| (d.a == a_id && d.b == b_id) || (d.a == b_id && d.b == a_id))
        .expect("a diff between 002 and 004");
    let (del, ins) = (fold(&d.text_of(DiffTag::Delete)), fold(&d.text_of(DiffTag::Insert)));
    let (del, ins) = if d.a == a_id { (del, ins) } else { (ins, del) };
    assert!(del.contains(&fold(deleted)), "{del:?}");
    assert!(ins.contains(&fold(inserted)) || inserted.is_empty(), "{ins:?}");
}

#[test]
fn quote_calls_on_versus_wants_is_not_faithful() {
    unfaithful_quote_shows(
        "The United States calls on the 'Libyan National Army' to end its offensive on Tripoli",
        "The United States wants the 'Libyan National Army' to end its offensive on Tripoli",
        "calls on",
        "wants",
    );
}

#[test]
fn quote_us_government_agencies_is_not_faithful() {
    unfaithful_quote_shows(
        "The US delegation, representing a number of US government agencies, underscored support",
        "The US delegation, representing a number of government agencies, underscored support",
        "US",
        "",
    );
}

#[test]
fn quote_groups_have_exact_members_and_stable_ids() {
    let c = cmp();
    for (i, g) in c.framing.quotes.iter().enumerate() {
        assert_eq!(g.id, format!("Q{}", i + 1));
        for m in &g.members {
            let art = c.article(m.article).expect("member article exists");
            assert_eq!(art.text.get(m.span.start..m.span.end), Some(m.text.as_str()));
        }
    }
    let again = parallax::analyze(parallax::seeds::sources(), Vec::new(), &mut |_| {});
    assert_eq!(again.framing, c.framing, "framing is deterministic");
}

#[test]
fn loaded_labels_carry_their_lexicon_category() {
    let cmp = parallax::analyze(parallax::seeds::sources(), Vec::new(), &mut |_| {});
    let labels: Vec<&parallax::model::Label> = cmp.framing.actors.iter().flat_map(|a| &a.labels).collect();
    let category =
        |word: &str| labels.iter().find(|l| l.loaded && l.label.to_lowercase().contains(word)).and_then(|l| l.category);
    assert_eq!(category("warlord"), Some(Category::Pejorative));
    assert_eq!(category("self-styled"), Some(Category::Delegitimising));
    assert_eq!(category("un-backed"), Some(Category::Legitimising));
    assert!(labels.iter().all(|l| l.loaded == l.category.is_some()), "category exactly on loaded labels");
}
