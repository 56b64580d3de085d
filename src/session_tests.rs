use super::*;
use crate::model::{Correction, Severity};

fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

/// Two article files in a folder, and a session of them with the first seed, one correction and a view.
fn saved(dir: &Path) -> (PathBuf, Session) {
    let a = write(dir, "a.txt", "The council closed the bridge after the storm on Friday.\n");
    let b = write(dir, "b.txt", "Engineers found cracks in two steel beams after the storm.\n");
    let mut sources = vec![crate::seeds::sources().remove(0)];
    for p in [&a, &b] {
        sources.push(Source { path: p.clone(), bytes: std::fs::read(p).unwrap() });
    }
    let ids: HashMap<String, ArticleId> =
        sources.iter().enumerate().map(|(i, s)| (s.path.clone(), ArticleId(i as u32 + 1))).collect();
    let corrections = Corrections(vec![Correction::HideActor { actor: "Orvald".into() }]);
    let view = SessionView {
        tab: Some("numbers".into()),
        columns: vec![b.clone(), a.clone()],
        zoom: 1.25,
        selected_passage: Some("P2".into()),
    };
    let session = Session::new(&sources, &ids, corrections, view);
    let file = dir.join("cmp.parallax");
    save(&file, &session).unwrap();
    (file, session)
}

#[test]
fn a_saved_session_opens_with_its_articles_ids_corrections_and_view() {
    let dir = tempfile::tempdir().unwrap();
    let (file, session) = saved(dir.path());
    assert!(session.articles[0].embedded);
    assert_eq!(session.articles[1].hash, content_hash(&std::fs::read(dir.path().join("a.txt")).unwrap()));
    let (read_back, opened) = open(&file).unwrap();
    assert_eq!(read_back, session);
    assert!(opened.problems.is_empty(), "{:?}", opened.problems);
    assert_eq!(opened.sources.len(), 3);
    assert_eq!(opened.sources[0].path, crate::seeds::SEEDS[0].0);
    assert_eq!(opened.ids.get(&opened.sources[2].path), Some(&ArticleId(3)));
    let canonical = |p: &str| std::fs::canonicalize(dir.path().join(p)).unwrap().display().to_string();
    assert_eq!(session.view.columns, [canonical("b.txt"), canonical("a.txt")], "columns by the articles' saved paths");
    let json = std::fs::read_to_string(&file).unwrap();
    assert!(json.contains("\"format\": \"parallax-session\"") && json.contains("\"kind\": \"hide_actor\""), "{json}");
}

#[test]
fn changed_and_missing_articles_are_named_and_the_rest_opens() {
    let dir = tempfile::tempdir().unwrap();
    let (file, _) = saved(dir.path());
    std::fs::write(dir.path().join("a.txt"), "Now the text says something else entirely.\n").unwrap();
    std::fs::remove_file(dir.path().join("b.txt")).unwrap();
    let (_, opened) = open(&file).unwrap();
    assert_eq!(opened.sources.len(), 2, "the seed and the changed file open");
    assert_eq!(opened.problems.len(), 2, "{:?}", opened.problems);
    let changed = &opened.problems[0];
    assert!(changed.path.ends_with("a.txt") && changed.error.starts_with("changed since the session was saved"));
    assert_eq!(changed.severity, Severity::Warning);
    let gone = &opened.problems[1];
    assert!(gone.path.ends_with("b.txt") && gone.error.ends_with("it was in the session, and is left out"));
    assert_eq!(gone.severity, Severity::Error);
}

#[test]
fn bad_files_give_a_clear_error_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.parallax");
    let e = read(&missing).unwrap_err().to_string();
    assert!(e.starts_with("cannot read the session file ") && e.contains("nope.parallax"), "{e}");
    let cases = [
        ("junk.parallax", "not json at all", "is not a Parallax session file: not JSON"),
        ("other.parallax", "{\"version\": 1}", "has no \"format\": \"parallax-session\" field"),
        ("newer.parallax", "{\"format\": \"parallax-session\", \"version\": 9}", "saved by a newer Parallax"),
        ("broken.parallax", "{\"format\": \"parallax-session\", \"version\": 1, \"articles\": 3}", "damaged"),
    ];
    for (name, text, says) in cases {
        let p = write(dir.path(), name, text);
        let e = read(Path::new(&p)).unwrap_err().to_string();
        assert!(e.contains(name) && e.contains(says), "{name}: {e}");
    }
    std::fs::write(dir.path().join("bin.parallax"), [0xff, 0xfe, 0x00]).unwrap();
    assert!(read(&dir.path().join("bin.parallax")).unwrap_err().to_string().contains("not UTF-8"));
    assert!(read(dir.path()).unwrap_err().to_string().contains("it is a folder"));
}

#[test]
fn saving_is_atomic_and_replaces_the_old_file_whole() {
    let dir = tempfile::tempdir().unwrap();
    let (file, mut session) = saved(dir.path());
    session.corrections.0.clear();
    save(&file, &session).unwrap();
    assert_eq!(read(&file).unwrap(), session);
    let names: Vec<String> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(names.iter().all(|n| !n.contains("parallax-tmp")), "no temporary file is left: {names:?}");
    let e = save(&dir.path().join("no/such/folder/x.parallax"), &session).unwrap_err().to_string();
    assert!(e.starts_with("cannot write the session file ") && e.contains("x.parallax"), "{e}");
}

#[test]
fn the_hash_is_fnv1a_64() {
    assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
    assert_eq!(content_hash(b"a"), "fnv1a64:af63dc4c8601ec8c");
}

#[test]
fn a_relative_path_is_found_beside_the_session() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "rel.txt", "A short article about the harbour bridge and the storm damage.\n");
    let session = Session {
        format: FORMAT.into(),
        version: VERSION,
        articles: vec![SessionArticle { id: None, path: "rel.txt".into(), embedded: false, hash: "x".into() }],
        corrections: Corrections::default(),
        view: SessionView::default(),
    };
    let file = dir.path().join("s.parallax");
    save(&file, &session).unwrap();
    let (_, opened) = open(&file).unwrap();
    assert_eq!(opened.sources.len(), 1);
    assert_eq!(opened.problems.len(), 1, "the hash differs: {:?}", opened.problems);
}
