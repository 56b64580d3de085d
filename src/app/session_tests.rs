//! UI tests of sessions: saving one and opening it again, and bad files.

use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use super::corrections_ui::CorrectionCommand;
use super::session_ui::SessionCommand;
use super::tabs::Tab;
use super::tests::{harness, seeds_app};
use super::{Command, ParallaxApp, Settings};

fn wait(h: &mut Harness<'static, ParallaxApp>) {
    for _ in 0..2000 {
        h.step();
        if !h.state().is_busy() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(!h.state().is_busy(), "the analysis did not finish");
    h.run();
}

#[test]
fn a_saved_session_opens_again_with_its_corrections_and_view() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("seeds");
    let mut h = harness(seeds_app());
    let ctx = h.ctx.clone();
    let hidden = h.state().cmp.passages[0].clone();
    let hide = crate::corrections::hide_passage(&hidden);
    h.state_mut().apply(Command::Correct(CorrectionCommand::Add(hide.clone())), &ctx);
    h.state_mut().apply(Command::SetTab(Tab::Numbers), &ctx);
    let last = h.state().cmp.passages.len() - 1;
    h.state_mut().apply(Command::Select(Some(last)), &ctx);
    let selected = h.state().cmp.passages[last].id.clone();
    h.state_mut().apply(Command::Session(SessionCommand::Save(file.clone())), &ctx);
    h.run();
    let saved = dir.path().join("seeds.parallax");
    h.get_by_label(&format!("Saved the session to {}", saved.display()));
    assert_eq!(h.state().settings.last_session.as_deref(), Some(saved.display().to_string().as_str()));

    let mut h = harness(seeds_app());
    assert!(h.state().cmp.passages.iter().any(|p| p.id == hidden.id));
    h.state_mut().apply(Command::Session(SessionCommand::Open(saved.clone())), &ctx);
    wait(&mut h);
    let app = h.state();
    assert_eq!(app.edits.corrections.0, [hide]);
    assert!(app.cmp.passages.iter().all(|p| p.id != hidden.id), "the passage is hidden again");
    assert_eq!(app.settings.tab, Tab::Numbers);
    assert_eq!(app.selected.map(|i| app.cmp.passages[i].id.clone()), Some(selected));
    assert!(app.nav.pinned.is_empty(), "the session's column order stands");
    assert!(app.problems.problems.is_empty(), "the seeds did not change");
    h.get_by_label("1 correction");
}

#[test]
fn a_bad_session_file_is_named_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.parallax");
    std::fs::write(&bad, "{ not json").unwrap();
    let mut h = harness(seeds_app());
    let ctx = h.ctx.clone();
    let before = h.state().cmp.articles.len();
    h.state_mut().apply(Command::OpenPaths(vec![bad.clone()]), &ctx);
    h.run();
    let msg = format!("{} is not a Parallax session file", bad.display());
    h.get_by_label_contains(&msg);
    assert!(!h.state().is_busy());
    assert_eq!(h.state().cmp.articles.len(), before);
}

#[test]
fn a_bad_last_session_falls_back_to_the_seeds_on_start() {
    let dir = tempfile::tempdir().unwrap();
    let gone = dir.path().join("gone.parallax");
    let settings = Settings { last_session: Some(gone.display().to_string()), ..Settings::default() };
    let ctx = egui::Context::default();
    let app = ParallaxApp::start(settings, &ctx, Vec::new(), std::sync::Arc::default());
    assert_eq!(app.sources.len(), crate::seeds::SEEDS.len());
    assert_eq!(app.settings.last_session, None, "not tried again");
    let (notice, failed) = app.session.notice.clone().expect("the problem is told");
    assert!(failed && notice.contains("gone.parallax") && notice.contains("seed articles are shown"), "{notice}");
}

#[test]
fn a_session_reads_its_articles_on_the_worker_and_tells_which_changed_or_are_gone() {
    let dir = tempfile::tempdir().unwrap();
    let mut sources = crate::seeds::sources();
    for (name, i) in [("a.txt", 0), ("b.txt", 1)] {
        let path = dir.path().join(name);
        std::fs::write(&path, &sources[i].bytes).unwrap();
        sources.push(crate::load::Source { path: path.display().to_string(), bytes: sources[i].bytes.clone() });
    }
    let ids = std::collections::HashMap::new();
    let session = crate::session::Session::new(&sources, &ids, Default::default(), Default::default());
    let file = dir.path().join("files.parallax");
    crate::session::save(&file, &session).unwrap();
    std::fs::write(dir.path().join("a.txt"), b"The council closed the bridge after the storm on Friday.\n").unwrap();
    std::fs::remove_file(dir.path().join("b.txt")).unwrap();

    let mut h = harness(seeds_app());
    let ctx = h.ctx.clone();
    h.state_mut().apply(Command::Session(SessionCommand::Open(file.clone())), &ctx);
    assert!(h.state().is_busy(), "the articles are read by the worker");
    assert_eq!(h.state().sources.len(), crate::seeds::SEEDS.len(), "the comparison on screen stands meanwhile");
    wait(&mut h);
    let app = h.state();
    assert_eq!(app.sources.len(), crate::seeds::SEEDS.len() + 1, "the changed article opens, the missing one not");
    let problems: Vec<&crate::model::InputError> =
        app.problems.problems.groups.iter().flat_map(|(_, g)| g.iter().map(|e| &e.error)).collect();
    let changed = problems.iter().find(|e| e.path.ends_with("a.txt")).expect("the changed article is told");
    assert!(changed.error.starts_with("changed since the session was saved"), "{}", changed.error);
    let gone = problems.iter().find(|e| e.path.ends_with("b.txt")).expect("the missing article is told");
    assert!(gone.error.ends_with("it was in the session, and is left out"), "{}", gone.error);
    h.get_by_label(&format!("Opened the session {}", file.display()));
}
