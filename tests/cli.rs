//! The `parallax report` command, run as a user runs it: formats, the JSON contract, exit codes.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

fn parallax() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_parallax"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = parallax().args(args).output().expect("run parallax");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn json_report_of_the_seeds_follows_the_schema() {
    let (code, out, err) = run(&["report", "seeds", "--format", "json"]);
    assert_eq!(code, 0, "stderr: {err}");
    let v: Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(v["version"], 1);
    for key in ["articles", "passages", "numbers", "number_groups", "errors"] {
        assert!(v[key].is_array(), "{key} must be a list");
    }
    for key in ["actors", "attributions", "quotes", "scare_quotes", "loaded_words"] {
        assert!(v["framing"][key].is_array(), "framing.{key} must be a list");
    }
    let articles = v["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 5);
    for a in articles {
        for key in ["id", "path", "title", "text", "words", "boilerplate"] {
            assert!(!a[key].is_null(), "article.{key} missing");
        }
        assert!(a.get("outlet").is_some() && a.get("published").is_some());
        assert!(a["path"].as_str().unwrap().starts_with("seeds/"));
    }
    let text_of =
        |id: &str| -> String { articles.iter().find(|a| a["id"] == id).unwrap()["text"].as_str().unwrap().to_owned() };
    let passages = v["passages"].as_array().unwrap();
    assert!(passages.len() >= 8);
    let mut ids = std::collections::HashSet::new();
    for p in passages {
        assert!(ids.insert(p["id"].as_str().unwrap().to_owned()), "duplicate id");
        assert!(["verbatim", "near", "paraphrase", "quote"].contains(&p["kind"].as_str().unwrap()));
        let sim = p["similarity"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&sim));
        let members = p["members"].as_array().unwrap();
        assert!(members.len() >= 2);
        for m in members {
            let span = m["span"].as_array().unwrap();
            let (s, e) = (span[0].as_u64().unwrap() as usize, span[1].as_u64().unwrap() as usize);
            let text = text_of(m["article"].as_str().unwrap());
            assert_eq!(&text[s..e], m["text"].as_str().unwrap(), "member text must equal article.text[span]");
        }
        for d in p["diffs"].as_array().unwrap() {
            for op in d["ops"].as_array().unwrap() {
                assert!(["equal", "delete", "insert"].contains(&op["tag"].as_str().unwrap()));
            }
        }
    }
    // Figures: the span is the figure; `sentence_span` (an addition) is its whole sentence, and
    // `sentence` is that sentence (short ones whole).
    let numbers = v["numbers"].as_array().unwrap();
    assert!(!numbers.is_empty());
    for n in numbers {
        let text = text_of(n["article"].as_str().unwrap());
        let at = |key: &str| -> (usize, usize) {
            let span = n[key].as_array().unwrap();
            (span[0].as_u64().unwrap() as usize, span[1].as_u64().unwrap() as usize)
        };
        let ((s, e), (ss, se)) = (at("span"), at("sentence_span"));
        assert_eq!(&text[s..e], n["text"].as_str().unwrap());
        assert!(ss <= s && e <= se, "the sentence holds the figure");
        let sentence = n["sentence"].as_str().unwrap();
        assert!(se - ss > 600 || sentence == &text[ss..se], "a short sentence is given whole");
    }
}

#[test]
fn every_format_renders() {
    let (code, text, _) = run(&["report", "seeds"]);
    assert_eq!(code, 0);
    assert!(text.contains("SHARED PASSAGES") && text.contains("[-calls on-]") && text.contains("{+wants+}"));
    let (_, md, _) = run(&["report", "seeds", "--format", "markdown"]);
    assert!(md.starts_with("# Parallax comparison") && md.contains("~~calls on~~"));
    let (_, html, _) = run(&["report", "seeds", "--format", "html"]);
    assert!(
        html.starts_with("<!doctype html>")
            && html.contains("<del>calls on</del>")
            && html.trim_end().ends_with("</html>")
    );
}

#[test]
fn out_writes_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.json");
    let (code, stdout, _) = run(&["report", "seeds", "-f", "json", "--out", out.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(stdout.is_empty());
    let v: Value = serde_json::from_str(&std::fs::read_to_string(out).unwrap()).unwrap();
    assert_eq!(v["version"], 1);
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["report"]).0, 2, "no paths");
    assert_eq!(run(&["report", "seeds", "--format", "pdf"]).0, 2, "unknown format");
    let (code, _, err) = run(&["report", "/no/such/dir"]);
    assert_eq!(code, 2, "no usable input");
    assert!(err.contains("/no/such/dir") && err.contains("no such file"));
}

#[test]
fn help_documents_the_command() {
    let (code, out, _) = run(&["report", "--help"]);
    assert_eq!(code, 0);
    for word in ["--format", "--out", "json", "markdown", "html", "csv", "--csv-table", "passages", "Exit codes"] {
        assert!(out.contains(word), "--help lacks {word}");
    }
}

#[test]
fn a_closed_pipe_exits_quietly() {
    let mut child = parallax()
        .args(["report", "seeds", "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader goes away at once
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn bad_inputs_are_named_and_the_rest_is_analysed() {
    let dir = tempfile::tempdir().unwrap();
    let p = |n: &str| dir.path().join(n);
    std::fs::write(p("empty.txt"), b"").unwrap();
    std::fs::write(p("image.png"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    std::fs::write(p("program.txt"), b"\x7fELF\x02\x01\x01\0\0\0").unwrap();
    std::fs::write(p("nul.txt"), b"some text\0\0\0 more").unwrap();
    std::fs::write(p("furniture.txt"), "Share\nSkip to main content\nPrivacy Policy\n").unwrap();
    std::fs::create_dir(p("emptydir")).unwrap();
    let mut latin1 = std::fs::File::create(p("latin1.txt")).unwrap();
    latin1
        .write_all(b"Caf\xe9 owners protest new rules\n\nThe caf\xe9 owners of the old town said on Monday that the new rules would ruin them, and that na\xefve officials had not listened to their complaints.\n")
        .unwrap();
    let seed = "seeds/002_6eaa3613ef066aa3.txt";
    let copy = p("copy.txt");
    std::fs::copy(seed, &copy).unwrap();
    let mut args: Vec<String> =
        ["report", "--format", "json", seed, "seeds/004_a4f0d62193802dcc.txt"].map(String::from).to_vec();
    for name in
        ["empty.txt", "image.png", "program.txt", "nul.txt", "furniture.txt", "emptydir", "latin1.txt", "missing.txt"]
    {
        args.push(p(name).to_string_lossy().into_owned());
    }
    args.push(seed.to_owned());
    args.push(copy.to_string_lossy().into_owned());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, out, err) = run(&args);
    assert_eq!(code, 1, "some inputs failed: exit 1\n{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let articles = v["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 3, "two seeds and the Latin-1 article are analysed");
    assert!(articles.iter().any(|a| a["text"].as_str().unwrap().contains("café owners")));
    assert!(!v["passages"].as_array().unwrap().is_empty());
    let errors = v["errors"].as_array().unwrap();
    let find = |name: &str| -> String {
        errors
            .iter()
            .filter(|e| e["path"].as_str().unwrap().ends_with(name))
            .map(|e| e["error"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
            .join("; ")
    };
    assert!(find("empty.txt").contains("empty"));
    assert!(find("image.png").contains("PNG image"));
    assert!(find("program.txt").contains("executable"));
    assert!(find("nul.txt").contains("binary content at byte 9"));
    assert!(find("furniture.txt").contains("page furniture"));
    assert!(find("emptydir").contains("no articles"));
    assert!(find("missing.txt").contains("no such file"));
    assert!(find("latin1.txt").contains("windows-1252"));
    assert!(find("002_6eaa3613ef066aa3.txt").contains("same file as"), "a file given twice");
    assert!(find("copy.txt").contains("same text as"), "the same text under another name");
    // Each problem is also one line on stderr naming the file.
    for name in ["empty.txt", "image.png", "missing.txt", "emptydir", "copy.txt"] {
        assert!(err.lines().any(|l| l.contains(name)), "stderr does not name {name}: {err}");
    }
}

#[test]
fn directories_are_read_recursively_skipping_hidden_and_binary_files() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("nested/.hidden")).unwrap();
    std::fs::copy("seeds/002_6eaa3613ef066aa3.txt", dir.path().join("a.txt")).unwrap();
    std::fs::copy("seeds/004_a4f0d62193802dcc.txt", dir.path().join("nested/b.md")).unwrap();
    std::fs::copy("seeds/000_acaca5ba74d867b7.txt", dir.path().join("nested/.hidden/c.txt")).unwrap();
    std::fs::write(dir.path().join("photo.jpg"), b"\xff\xd8\xff\xe0").unwrap();
    let (code, out, err) = run(&["report", "-f", "json", dir.path().to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let paths: Vec<&str> = v["articles"].as_array().unwrap().iter().map(|a| a["path"].as_str().unwrap()).collect();
    assert_eq!(paths.len(), 2, "{paths:?}");
    assert!(paths[0].ends_with("a.txt") && paths[1].ends_with("b.md"));
}

#[test]
fn html_and_markdown_articles_are_read_with_their_metadata() {
    let (code, out, err) =
        run(&["report", "-f", "json", "tests/fixtures/tram_bbc.html", "tests/fixtures/tram_guardian.md"]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let a = &v["articles"][0];
    assert_eq!(a["title"], "Tram crash: Seven dead in Croydon derailment");
    assert_eq!(a["outlet"], "BBC News");
    assert_eq!(a["published"], "2016-11-09");
    let text = a["text"].as_str().unwrap();
    assert!(!text.contains("Weather") && !text.contains("Related Topics"), "page furniture in the text: {text}");
    let b = &v["articles"][1];
    assert_eq!(b["outlet"], "The Guardian");
    assert!(!b["text"].as_str().unwrap().contains("**"), "Markdown markup left in the text");
    let kinds: Vec<&str> = v["passages"].as_array().unwrap().iter().map(|p| p["kind"].as_str().unwrap()).collect();
    assert!(kinds.contains(&"verbatim"), "{kinds:?}");
}

#[test]
fn a_user_lexicon_extends_the_built_in_one_and_a_bad_one_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("mine.toml");
    std::fs::write(&good, "[[term]]\ntext = \"eastern\"\ncategory = \"evaluative\"\n").unwrap();
    let (code, out, err) = run(&["report", "-f", "json", "seeds", "--lexicon", good.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let loaded: Vec<&str> = v["framing"]["actors"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|a| a["labels"].as_array().unwrap().iter())
        .filter(|l| l["loaded"] == true)
        .map(|l| l["label"].as_str().unwrap())
        .collect();
    assert!(loaded.iter().any(|l| l.to_lowercase().contains("eastern")), "{loaded:?}");
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "[[term]]\ntext = 3\n").unwrap();
    let (code, _, err) = run(&["report", "seeds", "--lexicon", bad.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("bad.toml"), "{err}");
}

#[test]
fn the_app_names_a_bad_lexicon_before_opening_a_window() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("broken.toml");
    std::fs::write(&bad, "[[term]\n").unwrap();
    let (code, _, err) = run(&["--lexicon", bad.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("broken.toml"), "{err}");
}

#[test]
fn loaded_words_are_in_the_json_and_counted_per_outlet_in_the_reports() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(
        &a,
        "Harbour protest\n\nThe regime slammed the harbour protest. Officials said the \"regime\" would not move.\n",
    )
    .expect("write");
    std::fs::write(&b, "Harbour protest\n\nThe government criticised the harbour protest on Monday evening.\n")
        .expect("write");
    let (code, out, err) = run(&["report", a.to_str().unwrap(), b.to_str().unwrap(), "--format", "json"]);
    assert!(code == 0 || code == 1, "stderr: {err}");
    let v: Value = serde_json::from_str(&out).expect("valid JSON");
    let words = v["framing"]["loaded_words"].as_array().expect("a list");
    let got: Vec<(&str, &str)> =
        words.iter().map(|w| (w["text"].as_str().unwrap(), w["category"].as_str().unwrap())).collect();
    assert_eq!(got, [("regime", "pejorative"), ("slammed", "evaluative")], "the quoted \"regime\" is the speaker's");
    let text = v["articles"][0]["text"].as_str().unwrap();
    let span = words[1]["span"].as_array().unwrap();
    assert_eq!(&text[span[0].as_u64().unwrap() as usize..span[1].as_u64().unwrap() as usize], "slammed");
    let (_, plain, _) = run(&["report", a.to_str().unwrap(), b.to_str().unwrap(), "--format", "text"]);
    assert!(plain.contains("regime (only here)") && plain.contains("slammed (only here)"), "{plain}");
}

#[test]
fn passages_between_versions_of_one_outlets_story_are_marked_same_outlet() {
    let dir = tempfile::tempdir().unwrap();
    let story = "Rescue teams worked through the night to reach villages cut off by the flood water. \
        The regional governor said at least 12 people had died and hundreds more had been forced from their homes. \
        Roads into the valley remained closed on Monday as engineers inspected damaged bridges.";
    let files = [
        (
            "00_thesun.co.uk.txt",
            format!("Valley cut off after storms\n\n{story}\n\nThe governor will visit on Tuesday."),
        ),
        (
            "01_thesun.co.uk.txt",
            format!(
                "Valley cut off after storms, updated\n\n{story}\n\nThe governor visited on Tuesday and met families."
            ),
        ),
        (
            "02_bbc.com.txt",
            "Floods in the valley\n\nThe regional governor said at least 12 people had died and hundreds more had \
             been forced from their homes. Officials gave no further details."
                .to_owned(),
        ),
    ];
    for (name, text) in &files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let (code, out, err) = run(&["report", "-f", "json", dir.path().to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let passages = v["passages"].as_array().unwrap();
    let sun = ["A1", "A2"];
    let mut marked = 0;
    for p in passages {
        let only_sun = p["members"].as_array().unwrap().iter().all(|m| sun.contains(&m["article"].as_str().unwrap()));
        if only_sun {
            assert_eq!(p["same_outlet"], true, "{p}");
            marked += 1;
        } else {
            // Present only when true.
            assert!(p.get("same_outlet").is_none(), "{p}");
        }
    }
    assert!(marked >= 1 && marked < passages.len(), "{passages:?}");
    for format in ["text", "markdown", "html"] {
        let (code, out, err) = run(&["report", "-f", format, dir.path().to_str().unwrap()]);
        assert_eq!(code, 0, "{err}");
        assert_eq!(out.matches(" · same outlet").count(), marked, "{format}: {out}");
        assert!(out.contains(&format!("({marked} of them between versions of one outlet")), "{format}: {out}");
    }
}

/// Parse CSV as RFC 4180 reads it: records end in CRLF, a quoted field may hold commas, line breaks
/// and doubled quotes. Panics on anything else (a bare quote inside an unquoted field, a lone LF
/// ending a record).
fn parse_csv(s: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = s.chars().peekable();
    let mut quoted = false;
    let mut at_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' => {
                assert!(at_start, "a quote inside an unquoted field: {field:?}");
                quoted = true;
            }
            ',' => {
                record.push(std::mem::take(&mut field));
                at_start = true;
                continue;
            }
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                at_start = true;
                continue;
            }
            '\n' => panic!("a record ends in LF without CR, or an unquoted line break"),
            c => field.push(c),
        }
        at_start = false;
    }
    assert!(!quoted && field.is_empty() && record.is_empty(), "the last record must end in CRLF");
    records
}

#[test]
fn csv_reports_are_one_table_each_quoted_as_rfc_4180_asks() {
    let (_, json, _) = run(&["report", "seeds", "-f", "json"]);
    let v: Value = serde_json::from_str(&json).unwrap();

    // Numbers: one row per figure, every figure once.
    let (code, out, err) = run(&["report", "seeds", "--format", "csv"]);
    assert_eq!(code, 0, "{err}");
    let rows = parse_csv(&out);
    let head = &rows[0];
    assert_eq!(head[..6], ["group", "group_what", "status", "within_article", "counted", "figure"]);
    let col = |name: &str| head.iter().position(|h| h == name).unwrap();
    assert!(rows.iter().all(|r| r.len() == head.len()), "every record has every column");
    let numbers = v["numbers"].as_array().unwrap();
    assert_eq!(rows.len() - 1, numbers.len());
    let mut ids: Vec<&str> = rows[1..].iter().map(|r| r[col("figure")].as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), numbers.len());
    let thousand = rows.iter().find(|r| r[col("text")] == "more than 1,000").expect("a figure with a comma");
    assert_eq!((thousand[col("value")].as_str(), thousand[col("status")].as_str()), ("1000", "differ"));
    assert!(out.contains(",\"more than 1,000\","), "a field with a comma is quoted");
    for r in &rows[1..] {
        let n = numbers.iter().find(|n| n["id"] == r[col("figure")].as_str()).unwrap();
        assert_eq!(r[col("sentence")], n["sentence"].as_str().unwrap(), "quoting round-trips");
        assert_eq!(r[col("start")], n["span"][0].to_string());
    }

    // Passages: one row per member, its text as the JSON has it.
    let (code, out, err) = run(&["report", "seeds", "-f", "csv", "--csv-table", "passages"]);
    assert_eq!(code, 0, "{err}");
    let rows = parse_csv(&out);
    let head = &rows[0];
    let col = |name: &str| head.iter().position(|h| h == name).unwrap();
    let members: Vec<(&Value, &Value)> = v["passages"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["members"].as_array().unwrap().iter().map(move |m| (p, m)))
        .collect();
    assert_eq!(rows.len() - 1, members.len());
    for (r, (p, m)) in rows[1..].iter().zip(&members) {
        assert_eq!(r.len(), head.len());
        assert_eq!(r[col("passage")], p["id"].as_str().unwrap());
        assert_eq!(r[col("article")], m["article"].as_str().unwrap());
        assert_eq!(r[col("text")], m["text"].as_str().unwrap(), "quoting round-trips");
        assert_eq!(r[col("start")], m["span"][0].to_string());
    }
    assert!(out.contains("\"\""), "the seeds quote with straight quotes, doubled inside a field");

    // --out writes the same table; --csv-table only goes with csv.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("passages.csv");
    let (code, _, _) =
        run(&["report", "seeds", "-f", "csv", "--csv-table", "passages", "--out", file.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), out);
    let (code, _, err) = run(&["report", "seeds", "--csv-table", "passages"]);
    assert_eq!(code, 2);
    assert!(err.contains("--csv-table goes with --format csv"), "{err}");
}

#[test]
fn csv_keeps_input_text_from_acting_as_a_spreadsheet_formula() {
    let dir = tempfile::tempdir().unwrap();
    let shared = "The council said, \"we will rebuild\", and repairs begin at once across the whole district.";
    std::fs::write(
        dir.path().join("a.md"),
        format!(
            "---\ntitle: =HYPERLINK(\"http://x\")\noutlet: +Evil Outlet\n---\n\n{shared} At least 12 people were \
             hurt in the storm on Friday.\n"
        ),
    )
    .unwrap();
    std::fs::write(dir.path().join("b.txt"), format!("Storm news\n\nIn other news. {shared} Nothing else.")).unwrap();
    let (code, out, err) = run(&["report", "-f", "csv", "--csv-table", "passages", dir.path().to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let rows = parse_csv(&out);
    assert!(rows.len() >= 3, "{out}");
    let col = |name: &str| rows[0].iter().position(|h| h == name).unwrap();
    let a1 = rows.iter().find(|r| r[col("article")] == "A1").expect("A1 shares the passage");
    assert_eq!(a1[col("title")], "'=HYPERLINK(\"http://x\")", "{out}");
    assert_eq!(a1[col("outlet")], "'+Evil Outlet", "{out}");
    assert_eq!(a1[col("text")], shared, "text that starts with a letter is as written");
}
