//! UI tests: the real app, driven through its accessibility tree with egui_kittest (no display).

use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use super::{ParallaxApp, Settings, worker};
use crate::model::{DiffOp, DiffTag};

/// The app on the seed articles, analysed.
pub(super) fn seeds_app() -> ParallaxApp {
    let out = worker::run(crate::seeds::sources(), Vec::new(), Vec::new(), &mut |_| {});
    ParallaxApp::with_output(Settings::default(), out)
}

/// A 1400×900 harness running the whole app, after its first frames.
pub(super) fn harness(app: ParallaxApp) -> Harness<'static, ParallaxApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(64)
        .build_ui_state(|ui, app: &mut ParallaxApp| app.ui_root(ui), app);
    h.run();
    h
}

/// [`harness`] on the Shared passages tab (a comparison opens on the Summary).
pub(super) fn passages_harness(app: ParallaxApp) -> Harness<'static, ParallaxApp> {
    let mut h = harness(app);
    h.get_by_label("Shared passages").click();
    h.run();
    h
}

/// Step until the background analysis has finished and the result is shown.
fn wait_for_analysis(h: &mut Harness<'static, ParallaxApp>) {
    for _ in 0..1000 {
        h.step();
        if !h.state().is_busy() {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(!h.state().is_busy(), "the analysis did not finish");
    h.run();
}

/// Type a path into the "Open by path" box, as a user would.
fn type_path(h: &mut Harness<'static, ParallaxApp>, path: &std::path::Path) {
    h.get_by_label("Path to open:").focus();
    h.run();
    h.get_by_label("Path to open:").type_text(&path.display().to_string());
    h.run();
    assert_eq!(h.state().open.path_text, path.display().to_string());
}

fn column_ids(h: &Harness<'static, ParallaxApp>) -> Vec<String> {
    (1..=20).map(|i| crate::model::ArticleId(i).to_string()).filter(|id| h.query_by_label(id).is_some()).collect()
}

#[test]
fn starts_with_five_seed_columns() {
    let h = harness(seeds_app());
    assert_eq!(column_ids(&h), ["A1", "A2", "A3", "A4", "A5"]);
    h.get_by_label("Rival Libyan forces fight for control of Tripoli");
    h.get_by_label("US wants Haftar to halt Tripoli offensive");
    h.get_by_label("US calls on Haftar to end Tripoli push, warns against Russia role");
}

#[test]
fn layouts_are_cached_between_frames() {
    let mut h = harness(seeds_app());
    let before = h.state().columns.layouts;
    assert!(before >= 5);
    h.run_steps(5);
    assert_eq!(h.state().columns.layouts, before, "a frame with no change must not lay text out again");
}

#[test]
fn selecting_a_passage_shows_its_word_diff() {
    let mut h = passages_harness(super::fixture::app());
    h.get_by_label_contains("P1 · near · 83% · ").click();
    h.run();
    let selected = h.state().selected.and_then(|i| h.state().cmp.passages.get(i)).expect("a passage is selected");
    assert_eq!(selected.id, "P1");
    // Inline, then each side as its article has it.
    h.get_by_label("The city council calls on urges drivers to avoid the harbour road until Friday.");
    h.get_by_label("The city council calls on drivers to avoid the harbour road until Friday.");
    h.get_by_label("The city council urges drivers to avoid the harbour road until Friday.");
}

#[test]
fn the_side_by_side_diff_keeps_the_space_the_second_article_has() {
    // A1 has "Friday, as planned" where A2 has "Friday as planned": the analysis gives the comma and
    // its space as a deletion, and the equal run before it without a space.
    let mut cmp = super::fixture::comparison();
    cmp.passages[0].diffs[0].ops = [
        (DiffTag::Equal, "Drivers should avoid the road until Friday"),
        (DiffTag::Delete, ", "),
        (DiffTag::Equal, "as planned."),
    ]
    .map(|(tag, text)| DiffOp { tag, text: text.into() })
    .to_vec();
    let settings = Settings { theme: super::ThemeChoice::Dark, ..Settings::default() };
    let mut h = passages_harness(ParallaxApp::with_output(settings, super::fixture::output(cmp)));
    h.get_by_label_contains("P1 · near · 83% · ").click();
    h.run();
    assert_eq!(h.query_all_by_label("Drivers should avoid the road until Friday, as planned.").count(), 2);
    h.get_by_label("Drivers should avoid the road until Friday as planned.");
}

#[test]
fn keys_step_through_passages() {
    let mut h = passages_harness(super::fixture::app());
    assert_eq!(column_ids(&h), ["A1", "A2", "A3"]);
    h.get_by_label_contains("P1 · near · 83% · ").click();
    h.run();
    let first = h.state().selected;
    h.key_press(egui::Key::J);
    h.run();
    let second = h.state().selected;
    assert_ne!(first, second);
    h.key_press(egui::Key::K);
    h.run();
    assert_eq!(h.state().selected, first);
}

const EXTRA_ARTICLE: &str = "Harlow residents flee as fighting nears the city centre\n\nThe Daily Example\n\n\
Families left their homes in southern Harlow on Friday as shelling moved closer to the centre of the city. \
\"The United States calls on the 'Libyan National Army' to end its offensive on Tripoli,\" a State Department \
statement said, repeating a call first made after talks in Washington.\n\n\
Aid groups said hospitals were running short of fuel and medicine, and that thousands more people had been \
displaced in the past week alone.\n";

#[test]
fn opening_a_file_by_path_adds_a_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("extra.txt");
    std::fs::write(&path, EXTRA_ARTICLE).expect("write temp article");

    let mut h = harness(seeds_app());
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Open by path…").click();
    h.run();
    type_path(&mut h, &path);
    h.get_by_label("Open").click();
    wait_for_analysis(&mut h);

    assert_eq!(column_ids(&h).len(), 6);
    h.get_by_label("Harlow residents flee as fighting nears the city centre");
    h.get_by_label("Rival Libyan forces fight for control of Tripoli");
    let shown = path.canonicalize().expect("canonical path").display().to_string();
    assert_eq!(h.state().settings.recent.first(), Some(&shown), "opened file is in the recent list");
}

#[test]
fn a_bad_file_shows_its_error_and_the_rest_still_loads() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("picture.txt");
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    bytes.extend((0u8..=255).cycle().take(4000));
    std::fs::write(&path, bytes).expect("write temp file");

    let mut h = harness(seeds_app());
    // The file was read once; it is now no article at all.
    let shown = path.display().to_string();
    h.state_mut().settings.recent = vec![shown.clone(), "/elsewhere/good.txt".into()];
    h.state_mut().open.path_entry_visible = true;
    h.run();
    type_path(&mut h, &path);
    h.get_by_label("Open").click();
    wait_for_analysis(&mut h);
    assert_eq!(h.state().settings.recent, ["/elsewhere/good.txt"], "a file that failed to load is not recent");

    assert_eq!(column_ids(&h), ["A1", "A2", "A3", "A4", "A5"]);
    h.get_by_label("Rival Libyan forces fight for control of Tripoli");
    let summary = super::problems_tests::summary_text(&h);
    assert_eq!(summary.as_deref(), Some("1 file not loaded (1 not text)"));
    assert!(h.query_by_label_contains(&shown).is_none(), "files are listed under Details");
    h.get_by_label("Details").click();
    h.run();
    let error = h.get_by_label_contains(&shown);
    let text = error.value().unwrap_or_default();
    assert!(text.contains("PNG"), "{text}");

    // The file can be taken out; the seeds stay and the summary goes.
    h.get_by_label("Remove").click();
    wait_for_analysis(&mut h);
    assert!(h.query_by_label_contains(&shown).is_none());
    assert!(super::problems_tests::summary_text(&h).is_none());
    assert_eq!(column_ids(&h).len(), 5);
}

#[test]
fn moving_a_column_keeps_the_analysis_and_removing_one_reanalyses_without_the_disk() {
    let mut h = harness(super::fixture::app());
    let ctx = h.ctx.clone();
    let before = h.state().cmp.clone();
    h.state_mut().apply(super::Command::MoveSource { path: "fixture/0.txt".into(), delta: 1 }, &ctx);
    h.run();
    assert!(!h.state().is_busy(), "moving a column does not analyse again");
    assert_eq!(h.state().cmp, before, "article ids and findings stay as the reader saw them");
    assert_eq!(h.state().order.slots(), [1, 0, 2]);
    // The header arrows follow the column's place: the first column now shows A2.
    let left_of = |h: &Harness<'static, ParallaxApp>| {
        let x = |id: &str| h.get_by_label(id).rect().left();
        x("A2") < x("A1") && x("A1") < x("A3")
    };
    assert!(left_of(&h));
    // Removing A1 analyses again without the disk; the others keep their ids.
    h.state_mut().apply(super::Command::RemoveSource("fixture/0.txt".into()), &ctx);
    wait_for_analysis(&mut h);
    assert_eq!(column_ids(&h), ["A2", "A3"]);
    let title = |h: &Harness<'static, ParallaxApp>, id| h.state().cmp.article(id).map(|a| a.title.clone());
    assert_eq!(title(&h, crate::model::ArticleId(2)).as_deref(), Some("Storm shuts harbour bridge"));
}

/// A file dropped on the window, as the integration hands it over.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_a_folder_adds_its_articles() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("extra.txt"), EXTRA_ARTICLE).expect("write temp article");

    let mut h = harness(seeds_app());
    let handle: egui::DroppedFileHandle = std::sync::Arc::new(Dropped(dir.path().to_path_buf()));
    h.input_mut().dropped_files.push(handle);
    wait_for_analysis(&mut h);
    assert_eq!(column_ids(&h).len(), 6);
    h.get_by_label("Harlow residents flee as fighting nears the city centre");
}

#[test]
fn twelve_articles_get_twelve_columns() {
    let sources: Vec<crate::load::Source> = (1..=12)
        .map(|i| crate::load::Source {
            path: format!("article{i:02}.txt"),
            bytes: format!(
                "Headline number {i}\n\nOutlet {i}\n\nThis is article {i}. {EXTRA_ARTICLE}\n\nA closing line unique to article {i}."
            )
            .into_bytes(),
        })
        .collect();
    let out = worker::run(sources, Vec::new(), Vec::new(), &mut |_| {});
    assert_eq!(out.comparison.articles.len(), 12);
    let mut h = harness(ParallaxApp::with_output(Settings::default(), out));
    h.run_steps(3);
    // The first columns are on screen; the rest are reached by scrolling sideways.
    let first = h.state().cmp.articles[0].title.clone();
    h.get_by_label(&first);
    h.get_by_label("A1");
    // Only the columns in view (and one more each side) are built and laid out; the rest are empty
    // space of the same width until the row is scrolled to them.
    let shown = h.state().columns.laid_out_columns();
    assert!((5..12).contains(&shown), "{shown} columns laid out");
    assert!(h.query_by_label("A12").is_none());
    h.hover_at(egui::pos2(700.0, 300.0));
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(-20_000.0, 0.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
        modifiers: egui::Modifiers::NONE,
    });
    h.run();
    h.get_by_label("A12");
    h.get_by_label(&h.state().cmp.articles[11].title);
    assert!(h.query_by_label("A1").is_none());
    // Columns scrolled past keep their laid-out text.
    assert_eq!(h.state().columns.laid_out_columns(), 12);
}

#[test]
fn the_move_right_button_moves_its_column() {
    let mut h = harness(super::fixture::app());
    h.get_all_by_label(">").next().expect("a move-right button").click();
    h.run();
    assert_eq!(h.state().order.slots(), [1, 0, 2]);
}

#[test]
fn no_articles_yet_shows_only_when_nothing_is_loading() {
    let empty = super::fixture::output(crate::Comparison::default());
    let mut app = ParallaxApp::with_output(Settings::default(), empty);
    app.job = Some(worker::Job::never_done());
    // The progress spinner repaints for ever: step, do not run to rest.
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_ui_state(|ui, app: &mut ParallaxApp| app.ui_root(ui), app);
    h.run_steps(3);
    assert!(h.query_by_label(super::columns::NO_ARTICLES).is_none(), "not beside the progress bar");
    h.get_by_label("Reading and comparing the articles…");
    h.state_mut().job = None;
    h.run();
    h.get_by_label(super::columns::NO_ARTICLES);
}
