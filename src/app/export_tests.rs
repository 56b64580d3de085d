//! UI tests of File → Export on the hand-built comparison: what is written is what
//! `parallax report` writes, never onto an article, and the path box works without a dialog.
//! (The native save dialog itself is tried in a real window; a test must not open one.)

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

use super::export::{ExportCommand, FORMATS, label};
use super::tests::harness;
use super::{Command, fixture};
use crate::report::{self, Format};

#[test]
fn the_file_menu_offers_every_format() {
    let mut h = harness(fixture::app());
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Export").click();
    h.run();
    for f in FORMATS {
        h.get_by_label(&format!("{}…", label(f)));
    }
    h.get_by_label("Export by path…");
}

#[test]
fn export_by_path_writes_the_report_the_cli_writes() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("comparison.html");
    let mut h = harness(fixture::app());
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Export").click();
    h.run();
    h.get_by_label("Export by path…").click();
    h.run();
    let offered = h.state().export.path_text.clone();
    assert!(offered.ends_with("parallax-report.html"), "a file is offered: {offered}");
    h.state_mut().export.path_text = target.display().to_string();
    h.run();
    h.get_by_role_and_label(Role::Button, "Export").click();
    h.run();
    let written = std::fs::read_to_string(&target).expect("the report is written");
    assert_eq!(written, report::render(&h.state().cmp, Format::Html));
    h.get_by_label_contains("Exported the HTML report to ");
    h.get_by_label("Dismiss").click();
    h.run();
    assert!(h.query_by_label_contains("Exported").is_none());
    assert!(h.query_by_label("Export to:").is_none(), "the box closes once written");
}

#[test]
fn every_format_is_the_library_report() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = fixture::app();
    let ctx = egui::Context::default();
    for (i, f) in FORMATS.into_iter().enumerate() {
        // No extension: the format's is added.
        let path = dir.path().join(format!("r{i}"));
        app.apply(Command::Export(ExportCommand::Write(path.clone(), f)), &ctx);
        let written = std::fs::read_to_string(path.with_extension(f.extension())).expect("written");
        assert_eq!(written, report::render(&app.cmp, f), "{}", label(f));
        assert!(app.export.notice.as_ref().is_some_and(|(_, failed)| !failed));
    }
    let csv = std::fs::read_to_string(dir.path().join("r4.csv")).unwrap();
    assert!(csv.starts_with("passage,kind,similarity,"), "{csv}");
}

#[test]
fn an_article_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("article.txt");
    let link = dir.path().join("link.txt");
    std::fs::write(&article, "Harbour bridge closes after storm damage").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&article, &link).unwrap();
    let mut out = fixture::output(fixture::comparison());
    out.sources[0].path = article.display().to_string();
    let mut app = super::ParallaxApp::with_output(super::Settings::default(), out);
    let ctx = egui::Context::default();
    for target in [&article, &link] {
        app.apply(Command::Export(ExportCommand::Write(target.clone(), Format::Html)), &ctx);
        assert_eq!(std::fs::read_to_string(&article).unwrap(), "Harbour bridge closes after storm damage");
        let (msg, failed) = app.export.notice.clone().expect("a message");
        assert!(failed && msg.contains("is one of the articles compared"), "{msg}");
        assert_eq!(app.export.entry, Some(Format::Html), "the box stays open to choose another file");
    }
}
