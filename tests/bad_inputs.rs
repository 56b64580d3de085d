//! Bad inputs, as an attacker or a careless user gives them: every case runs `parallax report` on
//! one good article plus the bad input and asserts the exact behaviour — the exit code, one line
//! naming the bad file and its problem, the good article analysed, and no input file changed.

#[path = "bad_inputs/cases.rs"]
mod cases;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use cases::{Case, Expect};

/// A good article in our own words, long enough to be analysed.
pub const GOOD: &str = "Floods cut off valley towns\n\n\
Floodwaters rose across the valley on Tuesday after three days of heavy rain, forcing hundreds of \
families to leave their homes. Local officials said at least 12 people had been killed and 40 were \
injured. Rescue teams worked through the night to reach villages cut off by the water. The regional \
governor told reporters that schools would stay closed until Friday. Farmers said entire harvests had \
been lost, and aid groups warned that clean water was running short.\n";

/// What one run printed and left behind.
struct Run {
    code: i32,
    stderr: String,
    report: Option<serde_json::Value>,
}

fn parallax() -> Command {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
}

/// Run with a time limit: a hang is a failure (exit code -2), not a stuck test suite.
fn run_limited(mut cmd: Command, limit: Duration) -> (i32, String) {
    let mut child = cmd.stdout(Stdio::null()).stderr(Stdio::piped()).spawn().expect("start parallax");
    let stderr = child.stderr.take().expect("stderr");
    let reader = std::thread::spawn(move || std::io::read_to_string(stderr).unwrap_or_default());
    let start = std::time::Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            return (status.code().unwrap_or(-1), reader.join().unwrap_or_default());
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return (-2, format!("did not finish within {limit:?}: {cmd:?}"));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Hashes of every regular file below `dir` (not following links), by path.
fn hashes(dir: &Path, skip: &Path) -> BTreeMap<PathBuf, u64> {
    use std::hash::{Hash, Hasher};
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let (path, ft) = (e.path(), e.file_type().expect("file type"));
            if ft.is_dir() {
                stack.push(path);
            } else if ft.is_file() && path != skip {
                let mut h = std::collections::hash_map::DefaultHasher::new();
                std::fs::read(&path).expect("read input").hash(&mut h);
                out.insert(path, h.finish());
            }
        }
    }
    out
}

fn run_case(case: &Case) -> Run {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = dir.path().join("good.txt");
    std::fs::write(&good, GOOD).expect("write good article");
    let inputs = (case.setup)(dir.path());
    let out = case.out.map_or_else(|| dir.path().join("report.json"), |o| o(dir.path()));
    // An output path that already exists is checked too: it may be one of the inputs.
    let skip = if out.exists() { PathBuf::new() } else { out.clone() };
    let before = hashes(dir.path(), &skip);
    let mut cmd = parallax();
    cmd.arg("report").arg(&good).args(&inputs).arg("--format").arg("json").arg("--out").arg(&out);
    if let Some(lexicon) = case.lexicon {
        cmd.arg("--lexicon").arg(lexicon(dir.path()));
    }
    let (code, stderr) = run_limited(cmd, Duration::from_secs(120));
    assert_eq!(before, hashes(dir.path(), &skip), "{}: an input file changed", case.name);
    let report = std::fs::read_to_string(&out).ok().and_then(|s| serde_json::from_str(&s).ok());
    Run { code, stderr, report }
}

fn check(case: &Case, run: &Run) -> Result<(), String> {
    let lines: Vec<&str> = run.stderr.lines().collect();
    let fail = |why: String| Err(format!("{}: {why}\nexit {}\nstderr:\n{}", case.name, run.code, run.stderr));
    if run.stderr.contains('\u{1b}') {
        return fail("a raw escape character reached the terminal".into());
    }
    if run.stderr.contains("panicked") {
        return fail("panicked".into());
    }
    let analysed = |name: &str| {
        run.report.as_ref().is_some_and(|r| {
            r["articles"].as_array().is_some_and(|a| a.iter().any(|a| a["path"].as_str().unwrap_or("").ends_with(name)))
        })
    };
    match &case.expect {
        Expect::Refused { name, says } => {
            let named: Vec<&&str> = lines.iter().filter(|l| l.contains(name)).collect();
            if run.code != 1 {
                return fail(format!("exit code {} instead of 1", run.code));
            }
            if named.len() != 1 || !named[0].contains(says) {
                return fail(format!("wanted one line naming {name} that says {says:?}"));
            }
            if !analysed("good.txt") {
                return fail("the good article was not analysed".into());
            }
        }
        Expect::Read { name, warning } => {
            if run.code != 0 {
                return fail(format!("exit code {} instead of 0", run.code));
            }
            if !analysed(name) || !analysed("good.txt") {
                return fail(format!("{name} and good.txt were not both analysed"));
            }
            match warning {
                Some(w) if !lines.iter().any(|l| l.contains(name) && l.contains(w)) => {
                    return fail(format!("wanted a warning naming {name} that says {w:?}"));
                }
                None if !lines.is_empty() => return fail("wanted no message".into()),
                _ => {}
            }
        }
        Expect::Usage { says } => {
            if run.code != 2 || !run.stderr.contains(says) {
                return fail(format!("wanted exit 2 and a message saying {says:?}"));
            }
            if lines.len() > 2 {
                return fail("more than a line or two for one usage error".into());
            }
        }
        Expect::Custom(f) => {
            f(run.code, &run.stderr, run.report.as_ref()).map_err(|e| format!("{}: {e}", case.name))?
        }
    }
    Ok(())
}

#[test]
fn every_bad_input_gets_its_exact_behaviour() {
    let cases = cases::all();
    assert!(cases.len() >= 60, "only {} cases", cases.len());
    let failures: Vec<String> = cases.iter().filter_map(|c| check(c, &run_case(c)).err()).collect();
    assert!(failures.is_empty(), "{} of {} cases failed:\n\n{}", failures.len(), cases.len(), failures.join("\n\n"));
}

#[test]
fn a_report_is_never_written_onto_an_input_and_is_replaced_whole() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, GOOD).unwrap();
    let out = dir.path().join("report.md");
    std::fs::write(&out, "an older report").unwrap();
    let status = parallax().arg("report").arg(&good).arg("--format").arg("markdown").arg("--out").arg(&out).status();
    assert!(status.unwrap().success());
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(written.starts_with("# Parallax comparison"), "{written}");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left behind: {leftovers:?}");
}

#[test]
fn titles_and_names_from_inputs_are_only_text_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, GOOD).unwrap();
    let evil = dir.path().join("a|b`c<i>.md");
    let front =
        "---\ntitle: \"<script>alert(1)</script> **Floods** [x](javascript:y)\"\noutlet: \"<b>Site</b> | x\"\n---\n\n";
    std::fs::write(&evil, format!("{front}{}", GOOD.replace("Floodwaters rose", "Rivers rose"))).unwrap();
    let render = |format: &str| {
        let out = parallax().arg("report").arg(&good).arg(&evil).args(["--format", format]).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let md = render("markdown");
    assert!(!md.contains("<script>") && md.contains("\\<script\\>"), "{md}");
    assert!(!md.contains("[x](javascript"), "{md}");
    let row = md.lines().find(|l| l.contains("alert(1)")).expect("the article row");
    let cells = row.replace("\\|", "").matches('|').count();
    assert_eq!(cells, 8, "seven cells on one row, the file name's pipe escaped: {row}");
    let html = render("html");
    assert!(!html.contains("<script>") && html.contains("&lt;script&gt;"));
    assert!(!html.contains("<i>.txt"));
}
