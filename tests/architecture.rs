//! The library's stages only look down: a module may name (`crate::x`) only modules at or below its
//! own level in ARCHITECTURE.md. Run with `cargo test --test architecture`.

use std::path::Path;

/// Levels, lowest first; a module may use its own level and those before it.
const LEVELS: &[&[&str]] = &[
    &["lang", "model", "par", "lcs"],
    &["load"],
    &["text"],
    &["align"],
    &["numbers"],
    &["framing"],
    &["report", "search", "seeds", "view", "corrections", "session"],
    &["app"],
];

fn level(module: &str) -> Option<usize> {
    LEVELS.iter().position(|l| l.contains(&module))
}

/// Every `crate::name` in a file's code, with its line number. Unit tests (from `#[cfg(test)]` on)
/// may drive the whole pipeline and are not part of the stage.
fn crate_paths(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim() == "#[cfg(test)]" {
            break;
        }
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(i) = rest.find("crate::") {
            let after = &rest[i + "crate::".len()..];
            let name: String = after.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            let before = rest[..i].chars().last();
            // `parallax::x` from tests is not a crate path; `$crate` and `super::` are not either.
            if !matches!(before, Some(c) if c.is_ascii_alphanumeric() || c == '_' || c == '$') && !name.is_empty() {
                out.push((n + 1, name));
            }
            rest = after;
        }
    }
    out
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs")
            && !p.file_stem().is_some_and(|s| s.to_string_lossy().ends_with("tests"))
        {
            out.push(p);
        }
    }
}

#[test]
fn stages_only_look_down() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut violations = Vec::new();
    for module in LEVELS.iter().flat_map(|l| l.iter()) {
        let mut paths = Vec::new();
        let dir = src.join(module);
        if dir.is_dir() {
            files(&dir, &mut paths);
        }
        // A module is `x.rs`, `x/mod.rs`, or `x.rs` beside an `x/` folder of submodules.
        let file = src.join(format!("{module}.rs"));
        if file.is_file() {
            paths.push(file);
        }
        assert!(!paths.is_empty(), "no source for module {module}");
        let own = level(module).unwrap();
        for path in paths {
            let text = std::fs::read_to_string(&path).unwrap();
            for (line, used) in crate_paths(&text) {
                match level(&used) {
                    Some(l) if l <= own => {}
                    Some(_) => {
                        violations.push(format!("{}:{line}: {module} uses {used}, a stage above it", path.display()))
                    }
                    // The crate root (the pipeline in lib.rs and its re-exports) sits above every
                    // stage: only the app, above it, may name it.
                    None if *module == "app" => {}
                    None => violations.push(format!(
                        "{}:{line}: {module} uses crate::{used}, not in ARCHITECTURE.md",
                        path.display()
                    )),
                }
            }
        }
    }
    assert!(violations.is_empty(), "stages must only look down:\n{}", violations.join("\n"));
}

#[test]
fn the_checker_sees_an_upward_use() {
    let found = crate_paths(
        "use crate::text::meta::parse_date; // crate::report in a comment\nlet x = $crate::y;\n#[cfg(test)]\nuse crate::report;",
    );
    assert_eq!(found, vec![(1, "text".to_owned())]);
    assert!(level("framing") > level("align"));
}
