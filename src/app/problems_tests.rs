//! UI tests of the input-problem summary and its Details window, on a hand-built comparison: one
//! good article and hundreds of problems must never push the article off screen.

use crate::Comparison;
use crate::load::Source;
use crate::model::{Article, ArticleId, InputError, Severity};
use egui_kittest::kittest::{NodeT, Queryable};

use super::problems::{DISMISS, Kind, Problems};
use super::tests::harness;
use super::worker::JobOutput;
use super::{Command, ParallaxApp, Settings};

const TITLE: &str = "Harbour bridge closes after storm damage";

fn error(path: &str, error: &str, severity: Severity) -> InputError {
    InputError { path: path.into(), error: error.into(), severity }
}

/// One article `good.txt`, `dups` copies of it left out as duplicates, a PNG, an empty file and a
/// warning; every input is a source, so each can be removed.
fn output(dups: usize) -> JobOutput {
    let article = Article {
        id: ArticleId(1),
        path: "good.txt".into(),
        title: TITLE.into(),
        text: "Engineers closed the harbour bridge on Friday.".into(),
        words: 7,
        ..Article::default()
    };
    let mut errors: Vec<InputError> = (0..dups)
        .map(|i| error(&format!("copy{i:03}.txt"), "same text as good.txt — skipped", Severity::Error))
        .collect();
    errors.push(error(
        "picture.png",
        "not a text file (a PNG image) — give a .txt, .md or .html article",
        Severity::Error,
    ));
    errors.push(error("blank.txt", "the file is empty", Severity::Error));
    errors.push(error("good.txt", "encoding guessed as windows-1252", Severity::Warning));
    let paths = errors.iter().map(|e| e.path.clone()).filter(|p| p != "good.txt");
    let sources =
        std::iter::once("good.txt".to_owned()).chain(paths).map(|path| Source { path, bytes: Vec::new() }).collect();
    let comparison = Comparison { articles: vec![article], errors, ..Comparison::default() };
    JobOutput { sources, read_errors: Vec::new(), opened: Vec::new(), failed: Vec::new(), comparison, session: None }
}

/// The summary line on screen, if any (the Details window repeats it).
pub(super) fn summary_text(h: &egui_kittest::Harness<'static, ParallaxApp>) -> Option<String> {
    let summary = h.state().problems.problems.summary();
    let shown = if summary.is_empty() {
        None
    } else {
        h.query_all_by_label(&summary).next().map(|n| n.value().unwrap_or_default())
    };
    assert_eq!(shown.is_some(), h.state().problems.summary_shown());
    shown
}

/// The summary line's × (the columns have a × of their own, lower down).
fn dismiss_button<'h>(h: &'h egui_kittest::Harness<'static, ParallaxApp>) -> egui_kittest::Node<'h> {
    let top = |n: &egui_kittest::Node<'_>| n.accesskit_node().bounding_box().map_or(f64::MAX, |b| b.y0);
    h.query_all_by_label(DISMISS).min_by(|a, b| top(a).total_cmp(&top(b))).expect("a × button")
}

#[test]
fn many_problems_make_one_summary_line_and_the_article_keeps_its_column() {
    let h = harness(ParallaxApp::with_output(Settings::default(), output(499)));
    let text = summary_text(&h).expect("a summary line");
    assert_eq!(text, "501 files not loaded (499 duplicates, 1 not text, 1 empty) · 1 warning");
    assert_eq!(h.query_all_by_label_contains("not loaded").count(), 1, "one line, not one per file");
    assert!(h.query_by_label_contains("copy001.txt").is_none(), "no file is listed until Details is opened");
    // The article's column starts right under the menu bar and the summary line.
    let title = h.get_by_label(TITLE);
    let top = title.accesskit_node().bounding_box().expect("bounds").y0;
    assert!(top < 130.0, "the column title starts at y = {top}");
    h.get_by_label("A1");
}

#[test]
fn details_lists_the_files_grouped_with_large_groups_collapsed() {
    let mut h = harness(ParallaxApp::with_output(Settings::default(), output(499)));
    h.get_by_label("Details").click();
    h.run();
    assert!(h.state().problems.details_open);
    h.get_by_label_contains("picture.png: not a text file");
    h.get_by_label_contains("blank.txt: the file is empty");
    h.get_by_label_contains("good.txt: encoding guessed");
    // 499 duplicates are one collapsed heading, not 499 rows.
    let heading = format!("{} (499)", Kind::Duplicate.heading());
    assert!(h.query_by_label_contains("copy000.txt").is_none());
    h.get_by_label(&heading).click();
    h.run();
    h.get_by_label_contains("copy000.txt: same text as good.txt");
    // Only the rows in view are built.
    assert!(h.query_by_label_contains("copy498.txt").is_none());
    // Per-file actions are kept: removing one file re-runs the analysis without it.
    let removes = h.query_all_by_label("Remove").count();
    assert!(removes > 5, "{removes} Remove buttons");
    h.get_by_label("Remove all").click();
    h.run();
    assert_eq!(h.state().sources.len(), 3, "the duplicates are gone, the article and two bad files stay");
}

#[test]
fn dismissing_hides_the_line_until_a_new_problem_comes() {
    let mut h = harness(ParallaxApp::with_output(Settings::default(), output(499)));
    dismiss_button(&h).click();
    h.run();
    assert!(summary_text(&h).is_none(), "dismissed");
    h.get_by_label(TITLE);

    // The same problems again (a re-analysis after moving a column): still hidden.
    h.state_mut().take_output(output(499));
    h.run();
    assert!(summary_text(&h).is_none(), "nothing new, stays hidden");

    // A new problem brings the line back.
    h.state_mut().take_output(output(500));
    h.run();
    let text = summary_text(&h).expect("the summary is back");
    assert!(text.contains("500 duplicates"), "{text}");
}

#[test]
fn nothing_analysed_says_so_and_cannot_be_dismissed() {
    let mut out = output(2);
    out.comparison.articles.clear();
    out.comparison.errors.retain(|e| e.severity == Severity::Error);
    out.sources.retain(|s| s.path != "good.txt");
    out.sources.push(Source { path: "good.txt".into(), bytes: Vec::new() });
    out.comparison.errors.push(error("good.txt", "internal error while reading this article (boom)", Severity::Error));
    let mut h = harness(ParallaxApp::with_output(Settings::default(), out));
    let text = summary_text(&h).expect("a summary line");
    assert_eq!(text, "none of the 5 files could be analysed — see Details");
    assert!(h.query_by_label(DISMISS).is_none(), "no article, so no column × either");
    h.get_by_label("Details").click();
    h.run();
    h.get_by_label_contains("good.txt: internal error");
}

#[test]
fn no_problems_no_line() {
    let mut out = output(0);
    out.comparison.errors.clear();
    let h = harness(ParallaxApp::with_output(Settings::default(), out));
    assert!(summary_text(&h).is_none());
    assert!(h.query_by_label("Details").is_none());
}

#[test]
fn kinds_follow_the_library_messages() {
    let kind = |m: &str| Kind::of(&error("x", m, Severity::Error));
    assert_eq!(kind("same file as a.txt — skipped"), Kind::Duplicate);
    assert_eq!(kind("not valid UTF-8 and no known encoding fits — re-save the file as UTF-8"), Kind::NotText);
    assert_eq!(kind("no article text found in this HTML page — save the article's text as .txt instead"), Kind::Empty);
    assert_eq!(kind("no such file or directory — check the path"), Kind::Unreadable);
    assert_eq!(
        kind("is 20 MB — larger than the 16 MB an article file may be; give the article alone"),
        Kind::Unreadable
    );
    assert_eq!(kind("something new"), Kind::Other);
    assert_eq!(Kind::of(&error("x", "very little text", Severity::Warning)), Kind::Warning);
    let cmp = Comparison {
        errors: vec![error("(all articles)", "internal error in the numbers stage (boom)", Severity::Error)],
        articles: vec![Article::default()],
        ..Comparison::default()
    };
    let p = Problems::build(&cmp, &Default::default(), 1);
    assert_eq!(p.summary(), "1 analysis problem");
}

#[test]
fn removing_one_file_from_details_drops_only_that_file() {
    let mut h = harness(ParallaxApp::with_output(Settings::default(), output(3)));
    h.get_by_label("Details").click();
    h.run();
    let ctx = h.ctx.clone();
    h.state_mut().apply(Command::RemoveSources(vec!["picture.png".into()]), &ctx);
    assert!(h.state().sources.iter().all(|s| s.path != "picture.png"));
    assert_eq!(h.state().sources.len(), 5);
}

#[test]
fn the_worker_reports_bad_files_through_the_summary_and_analyses_the_rest() {
    let text = "Harlow residents flee as fighting nears the city centre\n\nFamilies left their homes in \
                southern Harlow on Friday as shelling moved closer to the centre of the city.\n";
    let mut sources: Vec<Source> =
        (0..4).map(|i| Source { path: format!("copy{i}.txt"), bytes: text.as_bytes().to_vec() }).collect();
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0u8..=255).cycle().take(4000));
    sources.push(Source { path: "picture.txt".into(), bytes: png });
    let out = super::worker::run(sources, Vec::new(), Vec::new(), &mut |_| {});
    assert_eq!(out.comparison.articles.len(), 1, "{:?}", out.comparison.errors);
    let h = harness(ParallaxApp::with_output(Settings::default(), out));
    let summary = summary_text(&h).expect("a summary line");
    assert_eq!(summary, "4 files not loaded (3 duplicates, 1 not text)");
    assert!(h.query_by_label_contains("analysis failed").is_none());
    h.get_by_label("A1");
}

/// The Dismiss button on the Details row that says `text`.
fn dismiss_row(h: &egui_kittest::Harness<'static, ParallaxApp>, text: &str) {
    let y = |n: &egui_kittest::Node<'_>| n.rect().center().y;
    let row = y(&h.get_by_label_contains(text));
    let button =
        h.query_all_by_label("Dismiss").find(|b| (y(b) - row).abs() < 4.0).expect("a Dismiss button on the row");
    button.click();
}

#[test]
fn one_problem_can_be_dismissed_and_stays_dismissed() {
    let mut h = harness(ParallaxApp::with_output(Settings::default(), output(3)));
    h.get_by_label("Details").click();
    h.run();
    assert_eq!(summary_text(&h).as_deref(), Some("5 files not loaded (3 duplicates, 1 not text, 1 empty) · 1 warning"));
    dismiss_row(&h, "picture.png: not a text file");
    h.run();
    assert!(h.query_by_label_contains("picture.png").is_none());
    h.get_by_label_contains("blank.txt: the file is empty");
    assert_eq!(summary_text(&h).as_deref(), Some("4 files not loaded (3 duplicates, 1 empty) · 1 warning"));
    // The input itself stays; a new analysis with the same problem leaves it out.
    assert!(h.state().sources.iter().any(|s| s.path == "picture.png"));
    h.state_mut().take_output(output(3));
    h.run();
    assert!(h.query_by_label_contains("picture.png").is_none());
    // A warning dismissed leaves its column's header too.
    h.get_by_label("Warning: encoding guessed as windows-1252");
    dismiss_row(&h, "good.txt: encoding guessed");
    h.run();
    assert!(h.query_by_label_contains("encoding guessed").is_none());
}

#[test]
fn dismiss_all_in_details_hides_the_line_and_the_window() {
    let mut h = harness(ParallaxApp::with_output(Settings::default(), output(3)));
    h.get_by_label("Details").click();
    h.run();
    h.get_by_label("Dismiss all").click();
    h.run();
    assert!(summary_text(&h).is_none());
    assert!(!h.state().problems.details_open);
    assert!(h.query_by_label_contains("encoding guessed").is_none(), "the column's warning goes too");
    h.get_by_label(TITLE);
}
