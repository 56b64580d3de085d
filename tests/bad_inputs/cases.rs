//! The battery of bad inputs: each case makes its files in a fresh folder and says what must happen.

use std::path::{Path, PathBuf};

use serde_json::Value;

/// Makes the bad input(s) in a folder and returns the paths to give after the good article.
pub type Setup = Box<dyn Fn(&Path) -> Vec<PathBuf>>;
/// A path made in the case's folder (for `--out` or `--lexicon`).
pub type MakePath = fn(&Path) -> PathBuf;
/// A custom check of (exit code, standard error, JSON report).
pub type Verdict = Box<dyn Fn(i32, &str, Option<&Value>) -> Result<(), String>>;

/// One bad input and the behaviour it must get.
pub struct Case {
    pub name: &'static str,
    pub setup: Setup,
    pub out: Option<MakePath>,
    pub lexicon: Option<MakePath>,
    pub expect: Expect,
}

/// What must happen.
pub enum Expect {
    /// Exit 1, exactly one line naming `name` that says `says`, the good article analysed.
    Refused { name: &'static str, says: &'static str },
    /// Exit 0, `name` analysed with the good article; a warning line naming it when given, else silence.
    Read { name: &'static str, warning: Option<&'static str> },
    /// Exit 2 with a message saying `says`, nothing analysed.
    Usage { says: &'static str },
    /// Anything else.
    Custom(Verdict),
}

fn case(name: &'static str, setup: Setup, expect: Expect) -> Case {
    Case { name, setup, out: None, lexicon: None, expect }
}

/// One file with these bytes.
fn file(name: &'static str, bytes: Vec<u8>) -> Setup {
    Box::new(move |dir: &Path| {
        let p = dir.join(name);
        std::fs::write(&p, &bytes).expect("write case file");
        vec![p]
    })
}

fn refused(name: &'static str, says: &'static str) -> Expect {
    Expect::Refused { name, says }
}

fn read(name: &'static str, warning: Option<&'static str>) -> Expect {
    Expect::Read { name, warning }
}

/// Read (exit 0), with `fragment` kept in the article's text: nothing set aside that is the article.
fn keeps(name: &'static str, warning: Option<&'static str>, fragment: &'static str) -> Expect {
    Expect::Custom(Box::new(move |code, err, report| {
        let text = report
            .and_then(|r| r["articles"].as_array())
            .and_then(|a| a.iter().find(|a| a["path"].as_str().unwrap_or("").ends_with(name)))
            .and_then(|a| a["text"].as_str())
            .unwrap_or("");
        let warned = warning.is_none_or(|w| err.lines().any(|l| l.contains(name) && l.contains(w)));
        if code == 0 && text.contains(fragment) && warned && (warning.is_some() || err.is_empty()) {
            Ok(())
        } else {
            Err(format!("exit {code}; wanted {name} read with {fragment:?} kept and warning {warning:?}\n{err}"))
        }
    }))
}

/// Another article in our own words, different from the good one.
const OTHER: &str = "Bridge reopens after repairs\n\n\
The old river bridge reopened to traffic on Monday after eight months of repairs, the city council \
said. Engineers replaced the rusted steel beams and widened the footpath on both sides. Shop owners \
near the bridge said business had fallen sharply while it was closed. The council said the work cost \
about 4 million dollars, less than first planned.\n";

/// The same in Japanese, Chinese, Arabic and Russian (our own sentences).
const JAPANESE: &str = "川の橋が修理の後に再開しました。\n\n市によると、工事は八か月かかりました。店の人々は、閉鎖中に商売が大きく落ち込んだと話しました。\n";
const CHINESE: &str = "河上的旧桥在维修八个月后重新开放。\n\n市议会说，工程师更换了生锈的钢梁，并加宽了两侧的人行道。附近的店主说，桥关闭期间生意大幅下降。\n";
const ARABIC: &str = "أعيد فتح الجسر القديم بعد ثمانية أشهر من الإصلاحات.\n\nقال المجلس إن المهندسين استبدلوا العوارض الفولاذية الصدئة ووسعوا الممر على الجانبين.\n";
const RUSSIAN: &str = "Старый мост через реку снова открыт после восьми месяцев ремонта.\n\nИнженеры заменили ржавые стальные балки и расширили тротуары с обеих сторон, сообщил городской совет.\n";

fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    for u in std::iter::once(0xfeff).filter(|_| bom).chain(text.encode_utf16()) {
        out.extend_from_slice(&if big_endian { u.to_be_bytes() } else { u.to_le_bytes() });
    }
    out
}

fn utf32(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    for c in std::iter::once('\u{feff}').filter(|_| bom).chain(text.chars()) {
        out.extend_from_slice(&if big_endian { (c as u32).to_be_bytes() } else { (c as u32).to_le_bytes() });
    }
    out
}

fn legacy(enc: &'static encoding_rs::Encoding, text: &str) -> Vec<u8> {
    enc.encode(text).0.into_owned()
}

/// Pseudo-random bytes, the same every run.
fn noise(n: usize, seed: u64) -> Vec<u8> {
    let mut x = seed;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

fn with_prefix(prefix: &[u8]) -> Vec<u8> {
    let mut b = prefix.to_vec();
    b.extend_from_slice(&noise(2000, 7));
    b
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let ok = Command::new("mkfifo").arg(path).status().expect("mkfifo").success();
    assert!(ok, "mkfifo failed");
}

use std::process::Command;

/// Every case.
pub fn all() -> Vec<Case> {
    let mut cases = Vec::new();
    cases.extend(empty_and_binary());
    cases.extend(encodings());
    cases.extend(scripts_and_shapes());
    cases.extend(html_and_markdown());
    cases.extend(files_and_folders());
    cases.extend(duplicates());
    cases.extend(outputs());
    cases.extend(names());
    cases
}

fn empty_and_binary() -> Vec<Case> {
    let binary = |name: &'static str, prefix: &'static [u8], says: &'static str| {
        case(name, file(name, with_prefix(prefix)), refused(name, says))
    };
    vec![
        case("empty.txt", file("empty.txt", Vec::new()), refused("empty.txt", "the file is empty")),
        case("blank.txt", file("blank.txt", b"  \n\t \r\n  ".to_vec()), refused("blank.txt", "the file is empty")),
        case("newlines.md", file("newlines.md", b"\n\n\n\n".to_vec()), refused("newlines.md", "empty")),
        binary("image.png", b"\x89PNG\r\n\x1a\n", "a PNG image"),
        binary("photo.txt", b"\xff\xd8\xff\xe0", "a JPEG image"),
        binary("anim.gif", b"GIF89a", "a GIF image"),
        binary("paper.txt", b"%PDF-1.7\n", "a PDF document"),
        binary("bundle.txt", b"PK\x03\x04", "a ZIP archive"),
        binary("prog", b"\x7fELF\x02\x01\x01", "not a text file"),
        binary("notes.txt.gz", b"\x1f\x8b\x08", "not a text file"),
        binary("data.txt", b"SQLite format 3\x00", "an SQLite database"),
        case("random.txt", file("random.txt", noise(5000, 99)), refused("random.txt", "not a text file")),
        case(
            "nul.txt",
            file("nul.txt", [OTHER.as_bytes(), b"\x00\x00\x00\x00", &noise(400, 3)].concat()),
            refused("nul.txt", "not a text file"),
        ),
    ]
}

fn encodings() -> Vec<Case> {
    let fine = |name: &'static str, bytes: Vec<u8>, warning: Option<&'static str>| {
        case(name, file(name, bytes), read(name, warning))
    };
    vec![
        fine("bom8.txt", [b"\xef\xbb\xbf".as_slice(), OTHER.as_bytes()].concat(), None),
        fine("le16.txt", utf16(OTHER, false, true), Some("UTF-16LE")),
        fine("be16.txt", utf16(OTHER, true, true), Some("UTF-16BE")),
        fine("le16-nobom.txt", utf16(OTHER, false, false), Some("UTF-16LE")),
        fine("be16-nobom.txt", utf16(OTHER, true, false), Some("UTF-16BE")),
        fine("le32.txt", utf32(OTHER, false, true), Some("UTF-32LE")),
        fine("be32.txt", utf32(OTHER, true, true), Some("UTF-32BE")),
        fine("le32-nobom.txt", utf32(OTHER, false, false), Some("UTF-32LE")),
        fine(
            "cp1252.txt",
            legacy(encoding_rs::WINDOWS_1252, &OTHER.replace("said", "said “quoted” café")),
            Some("windows-1252"),
        ),
        fine(
            "badbytes.txt",
            [OTHER.replace("city", "cité").replace("said", "said “so” ‘then’").as_bytes(), b" \xff\xfe broken.\n"]
                .concat(),
            Some("replaced"),
        ),
        case(
            "sjis.txt",
            file("sjis.txt", legacy(encoding_rs::SHIFT_JIS, JAPANESE)),
            keeps("sjis.txt", Some("Shift_JIS"), "八か月"),
        ),
        case(
            "eucjp.txt",
            file("eucjp.txt", legacy(encoding_rs::EUC_JP, JAPANESE)),
            keeps("eucjp.txt", Some("EUC-JP"), "八か月"),
        ),
        case(
            "gb.txt",
            file("gb.txt", legacy(encoding_rs::GB18030, CHINESE)),
            keeps("gb.txt", Some("read as GB"), "生锈的钢梁"),
        ),
        fine("koi8.txt", legacy(encoding_rs::KOI8_R, RUSSIAN), Some("read as KOI8")),
        fine("win1256.txt", legacy(encoding_rs::WINDOWS_1256, ARABIC), Some("windows-1256")),
    ]
}

fn scripts_and_shapes() -> Vec<Case> {
    let fine = |name: &'static str, text: String| case(name, file(name, text.into_bytes()), read(name, None));
    let long_line = OTHER.replace('\n', " ").repeat(400);
    vec![
        case("japanese.txt", file("japanese.txt", JAPANESE.into()), keeps("japanese.txt", Some("language"), "八か月")),
        case("chinese.txt", file("chinese.txt", CHINESE.into()), keeps("chinese.txt", Some("language"), "生锈的钢梁")),
        case("arabic.txt", file("arabic.txt", ARABIC.into()), keeps("arabic.txt", Some("language"), "الفولاذية")),
        case("russian.txt", file("russian.txt", RUSSIAN.into()), keeps("russian.txt", Some("language"), "ржавые")),
        fine("emoji.txt", OTHER.replace("Monday", "Monday 🎉🚗🌉").replace("said", "said 👍")),
        fine("combining.txt", OTHER.replace("city", "cit\u{65}\u{301}").replace("bridge", "bri\u{200d}dge")),
        fine("crlf.txt", OTHER.replace('\n', "\r\n")),
        fine("cr.txt", OTHER.replace('\n', "\r")),
        fine("controls.txt", OTHER.replace("Engineers", "\u{c}Engineers\u{7}")),
        case("oneline.txt", file("oneline.txt", long_line.into_bytes()), keeps("oneline.txt", None, "rusted steel")),
        fine("between.txt", format!("{OTHER}The toll was between 1 and\n")),
        fine("cut.txt", format!("{OTHER}It cost $\n\nSome 20 to\n")),
        case(
            "counter.txt",
            file(
                "counter.txt",
                OTHER.replace("Shop owners", "Shop owners, open 24/7, said show all the photos; they").into_bytes(),
            ),
            keeps("counter.txt", None, "open 24/7"),
        ),
        case(
            "quotes.txt",
            file(
                "quotes.txt",
                "He said \"yes\" and she said \"no\" and they said \"maybe\". ".repeat(1500).into_bytes(),
            ),
            read("quotes.txt", None),
        ),
        case(
            "figures.txt",
            file(
                "figures.txt",
                "In all 12 people, 40 cars, 7 boats and 300 homes were counted, ".repeat(800).into_bytes(),
            ),
            Expect::Custom(Box::new(|code, err, report| {
                let size = report.map(|r| r.to_string().len()).unwrap_or(0);
                if code != 0 || size > 100 * 52_000 {
                    return Err(format!("exit {code}, report of {size} bytes for 52 kB of figures\n{err}"));
                }
                Ok(())
            })),
        ),
    ]
}

fn html_and_markdown() -> Vec<Case> {
    let page = |body: &str| {
        format!("<!doctype html><html><head><title>Bridge reopens</title></head><body>{body}</body></html>")
    };
    let paragraphs: String = OTHER.lines().skip(2).map(|l| format!("<p>{l}</p>")).collect();
    vec![
        case("broken.html", file("broken.html", format!("<html><body><div><p>{}<p><b>unclosed <i>tags", OTHER.replace('\n', " ")).into_bytes()), read("broken.html", None)),
        case("nav.html", file("nav.html", page("<nav><a href='/'>Home</a></nav>").into_bytes()), refused("nav.html", "no article text")),
        case("script.html", file("script.html", page("<script>var x = 1;</script>").into_bytes()), refused("script.html", "no article text")),
        case(
            "nested.html",
            file("nested.html", page(&format!("{}{paragraphs}{}", "<div>".repeat(20_000), "</div>".repeat(20_000))).into_bytes()),
            Expect::Custom(Box::new(|code, err, _| if code <= 1 && !err.contains("panicked") { Ok(()) } else { Err(format!("exit {code}\n{err}")) })),
        ),
        case("entities.html", file("entities.html", page(&paragraphs.replace("said", "said &amp; &#8220;&nbsp;&bogus;")).into_bytes()), read("entities.html", None)),
        case("attr.html", file("attr.html", page(&format!("<p title=\"{}\"></p>{paragraphs}", "x".repeat(100_000))).into_bytes()), read("attr.html", None)),
        case("page.xhtml", file("page.xhtml", format!("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>{paragraphs}</body></html>").into_bytes()), read("page.xhtml", None)),
        case("frontmatter.md", file("frontmatter.md", b"---\ntitle: Nothing here\n---\n".to_vec()), refused("frontmatter.md", "empty")),
        case("fence.md", file("fence.md", format!("# Bridge reopens\n\n{OTHER}\n```\nnever closed").into_bytes()), read("fence.md", None)),
    ]
}

fn files_and_folders() -> Vec<Case> {
    let mut cases = vec![
        case("missing.txt", Box::new(|d: &Path| vec![d.join("missing.txt")]), refused("missing.txt", "no such file")),
        case(
            "emptydir",
            Box::new(|d: &Path| {
                std::fs::create_dir(d.join("emptydir")).unwrap();
                vec![d.join("emptydir")]
            }),
            refused("emptydir", "holds no articles"),
        ),
        case(
            "onlybinary",
            Box::new(|d: &Path| {
                std::fs::create_dir(d.join("onlybinary")).unwrap();
                std::fs::write(d.join("onlybinary/a.png"), with_prefix(b"\x89PNG")).unwrap();
                vec![d.join("onlybinary")]
            }),
            refused("onlybinary", "holds no articles"),
        ),
        case(
            "huge.txt",
            Box::new(|d: &Path| {
                let f = std::fs::File::create(d.join("huge.txt")).unwrap();
                f.set_len(17 * 1024 * 1024).unwrap();
                vec![d.join("huge.txt")]
            }),
            refused("huge.txt", "larger than the 16 MB"),
        ),
        case(
            "big-but-fine.txt",
            file("big-but-fine.txt", OTHER.repeat(1000).into_bytes()),
            Expect::Custom(Box::new(|code, err, _| {
                // 420 kB of one article repeated: read and analysed, perhaps with its repeats set aside.
                if code == 0 || (code == 1 && !err.contains("big-but-fine.txt")) {
                    Ok(())
                } else {
                    Err(format!("exit {code}\n{err}"))
                }
            })),
        ),
    ];
    #[cfg(unix)]
    cases.extend(special_files());
    cases
}

/// Named pipes, devices, symbolic link loops and dangling links.
#[cfg(unix)]
fn special_files() -> Vec<Case> {
    vec![
        case(
            "pipe.txt",
            Box::new(|d: &Path| {
                mkfifo(&d.join("pipe.txt"));
                vec![d.join("pipe.txt")]
            }),
            refused("pipe.txt", "a named pipe"),
        ),
        case(
            "piped",
            Box::new(|d: &Path| {
                std::fs::create_dir(d.join("piped")).unwrap();
                std::fs::write(d.join("piped/other.txt"), OTHER).unwrap();
                mkfifo(&d.join("piped/stuck.txt"));
                vec![d.join("piped")]
            }),
            refused("stuck.txt", "a named pipe"),
        ),
        case("/dev/zero", Box::new(|_: &Path| vec![PathBuf::from("/dev/zero")]), refused("/dev/zero", "a device")),
        case(
            "/dev/urandom",
            Box::new(|_: &Path| vec![PathBuf::from("/dev/urandom")]),
            refused("/dev/urandom", "a device"),
        ),
        case(
            "loops",
            Box::new(|d: &Path| {
                let l = d.join("loops");
                std::fs::create_dir(&l).unwrap();
                std::fs::write(l.join("other.txt"), OTHER).unwrap();
                std::os::unix::fs::symlink(&l, l.join("again")).unwrap();
                std::os::unix::fs::symlink(&l, l.join("and-again")).unwrap();
                vec![l]
            }),
            read("other.txt", None),
        ),
        case(
            "dangling.txt",
            Box::new(|d: &Path| {
                std::fs::create_dir(d.join("dang")).unwrap();
                std::fs::write(d.join("dang/other.txt"), OTHER).unwrap();
                std::os::unix::fs::symlink(d.join("gone.txt"), d.join("dang/dangling.txt")).unwrap();
                vec![d.join("dang")]
            }),
            refused("dangling.txt", "no such file"),
        ),
    ]
}

fn duplicates() -> Vec<Case> {
    let mut cases = vec![
        case(
            "twice",
            Box::new(|d: &Path| vec![d.join("good.txt")]),
            Expect::Custom(Box::new(|code, err, report| {
                let n = report.and_then(|r| r["articles"].as_array().map(Vec::len)).unwrap_or(0);
                if code == 1 && n == 1 && err.lines().count() == 1 && err.contains("same file as") {
                    Ok(())
                } else {
                    Err(format!("exit {code}, {n} articles\n{err}"))
                }
            })),
        ),
        case("copy.txt", file("copy.txt", super::GOOD.as_bytes().to_vec()), refused("copy.txt", "same text as")),
        case(
            "spaced.txt",
            file("spaced.txt", super::GOOD.replace(' ', "  ").into_bytes()),
            refused("spaced.txt", "same text as"),
        ),
        case(
            "copies",
            Box::new(|d: &Path| {
                std::fs::create_dir(d.join("copies")).unwrap();
                (0..60).for_each(|i| std::fs::write(d.join(format!("copies/c{i:02}.txt")), OTHER).unwrap());
                vec![d.join("copies")]
            }),
            Expect::Custom(Box::new(|code, err, report| {
                let n = report.and_then(|r| r["articles"].as_array().map(Vec::len)).unwrap_or(0);
                let same = err.lines().filter(|l| l.contains("same text as")).count();
                if code == 1 && n == 2 && same == 59 {
                    Ok(())
                } else {
                    Err(format!("exit {code}, {n} articles, {same} duplicate lines"))
                }
            })),
        ),
    ];
    #[cfg(unix)]
    cases.extend([
        case(
            "link.txt",
            Box::new(|d: &Path| {
                std::os::unix::fs::symlink(d.join("good.txt"), d.join("link.txt")).unwrap();
                vec![d.join("link.txt")]
            }),
            refused("link.txt", "same file as"),
        ),
        case(
            "hard.txt",
            Box::new(|d: &Path| {
                std::fs::hard_link(d.join("good.txt"), d.join("hard.txt")).unwrap();
                vec![d.join("hard.txt")]
            }),
            refused("hard.txt", "same file as"),
        ),
    ]);
    cases
}

fn with_out(mut c: Case, out: MakePath) -> Case {
    c.out = Some(out);
    c
}

fn with_lexicon(mut c: Case, lexicon: MakePath) -> Case {
    c.lexicon = Some(lexicon);
    c
}

fn other(d: &Path) -> Vec<PathBuf> {
    std::fs::write(d.join("other.txt"), OTHER).unwrap();
    vec![d.join("other.txt")]
}

fn outputs() -> Vec<Case> {
    let usage = |says| Expect::Usage { says };
    let mut cases = vec![
        with_out(case("out onto input", Box::new(other), usage("refusing to write the report onto")), |d| {
            d.join("other.txt")
        }),
        with_out(case("out onto the good one", Box::new(other), usage("one of the input articles")), |d| {
            d.join("good.txt")
        }),
        with_out(case("out into a missing folder", Box::new(other), usage("cannot write the report")), |d| {
            d.join("no/such/report.json")
        }),
        with_out(
            case(
                "out onto a folder",
                Box::new(|d: &Path| {
                    std::fs::create_dir(d.join("folder")).unwrap();
                    other(d)
                }),
                usage("cannot write the report"),
            ),
            |d| d.join("folder"),
        ),
        with_lexicon(case("lexicon missing", Box::new(other), usage("no such file")), |d| d.join("nope.toml")),
        with_lexicon(
            case(
                "lexicon not toml",
                Box::new(|d: &Path| {
                    std::fs::write(d.join("lex.toml"), "[[term]]\ntext = \n").unwrap();
                    other(d)
                }),
                usage("lex.toml:"),
            ),
            |d| d.join("lex.toml"),
        ),
        with_lexicon(
            case(
                "lexicon binary",
                Box::new(|d: &Path| {
                    std::fs::write(d.join("lex.toml"), noise(300, 5)).unwrap();
                    other(d)
                }),
                usage("lex.toml"),
            ),
            |d| d.join("lex.toml"),
        ),
        with_lexicon(case("lexicon device", Box::new(other), usage("a device")), |_| PathBuf::from("/dev/zero")),
    ];
    let onto_lexicon = case(
        "out onto the lexicon",
        Box::new(|d: &Path| {
            std::fs::write(d.join("lex.toml"), "[[term]]\ntext = \"rogue\"\ncategory = \"pejorative\"\n").unwrap();
            other(d)
        }),
        usage("it is the --lexicon file"),
    );
    cases.push(with_out(with_lexicon(onto_lexicon, |d| d.join("lex.toml")), |d| d.join("lex.toml")));
    #[cfg(unix)]
    cases.extend(unix_outputs());
    cases
}

/// A named pipe as the lexicon, and an output that is an input by a symbolic link.
#[cfg(unix)]
fn unix_outputs() -> Vec<Case> {
    let usage = |says| Expect::Usage { says };
    let mut cases = Vec::new();
    cases.push(with_lexicon(
        case(
            "lexicon pipe",
            Box::new(|d: &Path| {
                mkfifo(&d.join("lex.toml"));
                other(d)
            }),
            usage("a named pipe"),
        ),
        |d| d.join("lex.toml"),
    ));
    cases.push(with_out(
        case(
            "out onto input by link",
            Box::new(|d: &Path| {
                std::os::unix::fs::symlink(d.join("other.txt"), d.join("alias.json")).unwrap();
                other(d)
            }),
            usage("one of the input articles"),
        ),
        |d| d.join("alias.json"),
    ));
    cases
}

fn names() -> Vec<Case> {
    vec![
        case(
            "escape in name",
            Box::new(|d: &Path| {
                let p = d.join("bad\u{1b}[31mred.txt");
                std::fs::write(&p, b"").unwrap();
                vec![p]
            }),
            Expect::Custom(Box::new(|code, err, _| {
                if code == 1 && err.contains("bad\\u{1b}[31mred.txt") && err.lines().count() == 1 {
                    Ok(())
                } else {
                    Err(format!("exit {code}\n{err}"))
                }
            })),
        ),
        case(
            "newline in name",
            Box::new(|d: &Path| {
                let p = d.join("two\nlines.txt");
                std::fs::write(&p, b"").unwrap();
                vec![p]
            }),
            Expect::Custom(Box::new(|code, err, _| {
                if code == 1 && err.lines().count() == 1 && err.contains("two\\u{a}lines.txt") {
                    Ok(())
                } else {
                    Err(format!("exit {code}\n{err}"))
                }
            })),
        ),
        case(
            "script title",
            file("script.txt", format!("<script>alert(1)</script> | Evil Site\n\n{OTHER}").into_bytes()),
            read("script.txt", None),
        ),
    ]
}
