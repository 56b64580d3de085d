//! Page furniture: menus, share buttons, sign-up prompts, "Related articles" tails, stray counters.
//!
//! Lines are judged by their shape (length, sentence punctuation, separators, position before the
//! headline or after the last paragraph of prose, runs of short lines, repeats) and by the
//! vocabulary of web pages (share, subscribe, cookie, "our website"), never by a list of known
//! pages' strings.

mod captions;
pub(crate) use captions::story_captions;
pub(crate) use notes::mark_author_notes;
mod notes;
mod phrases;
mod promos;
mod vocabulary;

use super::meta::{self, Language, MetaLine, meta_line};
use std::sync::OnceLock;

use phrases::Phrases;
use vocabulary::{CONTROLS, DISCLAIMERS, SIGNUP_FORM, SITE_MESSAGES, WEB_PHRASES};

/// What a line of the input is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// Article text.
    Body,
    /// The headline.
    Title,
    /// Set aside, with the reason.
    Furniture(&'static str),
    /// Set aside as metadata (date, source, byline).
    Meta(MetaLine),
}

impl Role {
    /// True for lines that are set aside (furniture or metadata).
    pub fn is_set_aside(&self) -> bool {
        matches!(self, Role::Furniture(_) | Role::Meta(_))
    }
}

/// Words in a line. In scripts written without spaces a word is counted for every two ideographs or
/// kana (about a Chinese or Japanese word) and every four Thai, Lao, Khmer or Myanmar letters.
fn words(line: &str) -> usize {
    spaced_words(line).unwrap_or_else(|| line.split_whitespace().map(token_words).sum())
}

/// The word count of a line in scripts written with spaces, by one pass over its bytes (the rules
/// ask it of each line a dozen times); `None` when the line holds a space or letter beyond ASCII
/// that the full count must weigh (a no-break space, an ideograph, a Thai letter).
fn spaced_words(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    if bytes.is_ascii() {
        // A word starts at a byte that is no space after one that is (or at the line's start).
        let space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r');
        let inner = bytes.windows(2).filter(|w| space(w[0]) && !space(w[1])).count();
        return Some(inner + usize::from(bytes.first().is_some_and(|&b| !space(b))));
    }
    let (mut count, mut in_word, mut i) = (0, false, 0);
    while i < bytes.len() {
        let b = bytes[i];
        let (space, len) = if b.is_ascii() {
            (matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'), 1)
        } else {
            let c = line[i..].chars().next()?;
            if c.is_whitespace() || meta::is_unspaced(c) {
                return None;
            }
            (false, c.len_utf8())
        };
        count += usize::from(!space && !in_word);
        in_word = !space;
        i += len;
    }
    Some(count)
}

fn token_words(token: &str) -> usize {
    // No script written without spaces is ASCII.
    if token.is_ascii() {
        return 1;
    }
    let (mut ideographs, mut southeast, mut spaced) = (0usize, 0usize, false);
    for c in token.chars() {
        if !meta::is_unspaced(c) {
            spaced |= c.is_alphanumeric();
        } else if c < '\u{1800}' {
            southeast += 1;
        } else {
            ideographs += 1;
        }
    }
    if ideographs + southeast == 0 {
        return 1;
    }
    ideographs.div_ceil(2) + southeast.div_ceil(4) + usize::from(spaced)
}

/// True when a line ends as a sentence does, in the punctuation of any script (a trailing ellipsis,
/// as in "More news...", does not). Direction marks at the end of right-to-left text are ignored.
pub(super) fn ends_as_sentence(line: &str) -> bool {
    let t = line.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    });
    const ENDS: &[char] = &[
        '.', '!', '?', '"', '\u{201d}', '\u{2019}', '\'', ')', // Latin
        '\u{3002}', '\u{ff0e}', '\u{ff01}', '\u{ff1f}', '\u{300d}', '\u{300f}', '\u{ff09}', // CJK
        '\u{61f}', '\u{6d4}', '\u{964}', '\u{965}', // Arabic, Urdu, Devanagari
    ];
    !t.ends_with("..") && t.ends_with(ENDS)
}

/// True when `phrase` occurs in `lower` at word boundaries. A phrase ending in `*` matches any word
/// that starts with it ("advertis*" matches "advertisement").
fn has_phrase(lower: &str, phrase: &str) -> bool {
    let (p, prefix) = match phrase.strip_suffix('*') {
        Some(p) => (p, true),
        None => (phrase, false),
    };
    lower.match_indices(p).any(|(i, _)| phrases::at_word_edges(lower, i, i + p.len(), p, prefix))
}

/// A line long and punctuated enough to be a paragraph of prose.
fn is_prose(line: &str) -> bool {
    let w = words(line);
    w >= 12 || (w >= 6 && ends_as_sentence(line))
}

/// A short line with no sentence punctuation: a menu entry, a heading, a label.
fn is_short(line: &str, max_words: usize) -> bool {
    words(line) <= max_words && !ends_as_sentence(line)
}

/// Furniture judged from the line alone. With `english` false only the rules that do not rest on
/// English words or English line shape apply: lines without letters, whole-line page controls,
/// menus of separated items and contact lines.
fn line_furniture(line: &str, english: bool) -> Option<&'static str> {
    if !line.chars().any(char::is_alphabetic) {
        return Some("stray counter or symbol line");
    }
    let lower = line.to_lowercase();
    let bare = lower.trim_matches(|c: char| !c.is_alphanumeric()).trim();
    if CONTROLS.contains(&bare) {
        return Some("page control");
    }
    let w = words(line);
    let segments = line.split(['|', '\u{2022}', '\u{b7}']).filter(|s| !s.trim().is_empty()).count();
    if segments >= 2 && w <= 12 && line.split(['|', '\u{2022}', '\u{b7}']).all(|s| words(s) <= 4) {
        return Some("menu line");
    }
    if english && let Some(why) = english_furniture(line, &lower, w) {
        return Some(why);
    }
    if w <= 25 && has_email_address(line) {
        return Some("contact line");
    }
    None
}

/// Furniture recognised by the vocabulary of English web pages and the shape of English lines.
fn english_furniture(line: &str, lower: &str, w: usize) -> Option<&'static str> {
    if w <= 12 && !ends_as_sentence(line) {
        static WEB: OnceLock<Phrases> = OnceLock::new();
        if let Some(&first) = Phrases::of(&WEB, WEB_PHRASES.iter().map(|(p, _)| *p)).found(lower).first() {
            return Some(WEB_PHRASES[first].1);
        }
        let first = lower.split_whitespace().next().unwrap_or("");
        let counted = ["comments", "shares", "views", "likes", "replies"];
        if first.chars().next().is_some_and(|c| c.is_ascii_digit())
            && w <= 3
            && lower.split_whitespace().any(|x| counted.contains(&x))
        {
            return Some("stray counter or symbol line");
        }
        if w <= 6 && lower.trim_end().ends_with(':') && !mentions_speech(lower) && !introduces_list(line, w) {
            return Some("page label");
        }
    }
    let teaser_starts =
        ["most read", "read more", "related:", "more:", "more from", "you may also like", "recommended:", "read next"];
    if teaser_starts.iter().any(|t| lower.starts_with(t)) && !is_running_prose(line, w) {
        // A bare marker opens a list of other stories; a marker with a headline is one teaser.
        return Some(if w <= 4 { "related-articles marker" } else { "related-article teaser" });
    }
    static SITE: OnceLock<Phrases> = OnceLock::new();
    static DISCLAIMER: OnceLock<Phrases> = OnceLock::new();
    static SIGNUP: OnceLock<Phrases> = OnceLock::new();
    if (w <= 40 && !Phrases::of(&SITE, SITE_MESSAGES.iter().copied()).found(lower).is_empty())
        || (w <= 120 && !Phrases::of(&DISCLAIMER, DISCLAIMERS.iter().copied()).found(lower).is_empty())
    {
        return Some("site message");
    }
    if w <= 150 && Phrases::of(&SIGNUP, SIGNUP_FORM.iter().copied()).found(lower).len() >= 2 {
        return Some("sign-up form");
    }
    if is_gallery_counter(line, lower) {
        return Some("photo gallery counter");
    }
    None
}

/// A line of four words or more with a lower-case article ("Wear a sling for comfort:", "Among the
/// injured were:") is a sentence of the text introducing what follows; a page's labels are names of
/// things ("Related Topics:", "More from The Times:", "Check us out on Facebook:").
fn introduces_list(line: &str, w: usize) -> bool {
    w >= 4 && line.split_whitespace().any(|x| matches!(x, "a" | "an" | "the"))
}

/// A photo-gallery counter: "show all" with a position such as `3/12`, either on a short line that
/// is little more than the counter, or among captions numbered in sequence (`1/8 … 2/8 …`, a gallery
/// flattened onto one line). A paragraph that merely contains "show all" and "24/7" is not one.
fn is_gallery_counter(line: &str, lower: &str) -> bool {
    if !has_phrase(lower, "show all") {
        return false;
    }
    let positions: Vec<(u32, u32)> = line.split_whitespace().filter_map(fraction).collect();
    let short = words(line) <= 8 && !ends_as_sentence(line);
    let numbered = positions.windows(2).any(|p| p[0].1 == p[1].1 && p[1].0 == p[0].0 + 1);
    let captions = words(line) <= positions.len() * 60;
    !positions.is_empty() && (short || (numbered && captions))
}

/// A long line of several sentences: a paragraph, or a whole article on one line. Whatever words
/// it starts with or contains, it is body text (menus and teaser lists are runs of short items,
/// headlines that seldom end in a full stop). It ends with a full stop, question or exclamation
/// mark, and has one within every 40 words or so.
fn is_running_prose(line: &str, w: usize) -> bool {
    if w < 40 || !ends_with_stop(line) {
        return false;
    }
    let tokens: Vec<&str> = line.split_whitespace().collect();
    let stops = tokens
        .windows(2)
        .filter(|p| ends_with_stop(p[0]) && p[1].chars().next().is_some_and(|c| c.is_uppercase() || c == '"'))
        .count();
    stops >= 2 && (stops + 1) * 40 >= w
}

/// True when text ends with a full stop, question or exclamation mark (in any script), perhaps
/// inside closing quotes or brackets; not with an ellipsis.
pub(crate) fn ends_with_stop(text: &str) -> bool {
    let t =
        text.trim_end().trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')', '\u{300d}', '\u{300f}', '\u{ff09}']);
    !t.ends_with("..")
        && t.ends_with(['.', '!', '?', '\u{3002}', '\u{ff01}', '\u{ff1f}', '\u{61f}', '\u{6d4}', '\u{964}'])
}

/// A token like `1/8` (a gallery position), as its two numbers.
fn fraction(t: &str) -> Option<(u32, u32)> {
    let (a, b) = t.split_once('/')?;
    let digits = |x: &str| !x.is_empty() && x.bytes().all(|c| c.is_ascii_digit());
    (digits(a) && digits(b)).then(|| Some((a.parse().ok()?, b.parse().ok()?)))?
}

/// True when a line holds something shaped like an e-mail address (`name@host.tld`).
fn has_email_address(line: &str) -> bool {
    line.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        match w.split_once('@') {
            Some((user, host)) => !user.is_empty() && host.contains('.') && !host.starts_with('.'),
            None => false,
        }
    })
}

fn mentions_speech(lower: &str) -> bool {
    ["said", "says", "told", "added", "asked", "wrote", "explained", "stated", "declared", "tweeted", "warned"]
        .iter()
        .any(|v| lower.split(|c: char| !c.is_alphabetic()).any(|w| w == *v))
}

/// Classify every line of an article's text. `known_title` is the headline from the format's own
/// metadata, if it had any.
///
/// The rules built on English (its web vocabulary, its line shapes: headers and footers of short
/// lines, runs of menu items, labels) apply only when the text is English (see
/// [`meta::language`]); in other languages and scripts only rules that do not depend on the language
/// set lines aside, and [`judged_in`] tells the caller so.
pub fn classify(lines: &[&str], known_title: Option<&str>) -> Vec<Role> {
    let english = meta::language(lines) == Language::English;
    let mut roles: Vec<Role> = lines
        .iter()
        .enumerate()
        // A date line is read as a date before its shape can make it furniture.
        .map(|(i, l)| match (meta_line(l), line_furniture(l, english)) {
            (Some(m @ MetaLine::Date(_)), _) => Role::Meta(m),
            (_, Some(why)) => Role::Furniture(why),
            (Some(m), None) => Role::Meta(m),
            (None, None) => picture_or_promo(lines, i, english && !is_headline(lines, i, known_title))
                .map_or(Role::Body, Role::Furniture),
        })
        .collect();
    mark_title(lines, &mut roles, known_title);
    if english {
        mark_header_and_footer(lines, &mut roles);
        mark_menu_runs(lines, &mut roles);
        mark_teasers(lines, &mut roles);
        notes::mark_link_lists(lines, &mut roles);
        notes::mark_kicker_teasers(lines, &mut roles);
        notes::mark_tail_links(lines, &mut roles);
    }
    mark_repeats(lines, &mut roles);
    roles
}

/// The headline, never judged as a caption or a note: the format's own title, or, without one,
/// the first line.
fn is_headline(lines: &[&str], i: usize, known_title: Option<&str>) -> bool {
    match known_title {
        Some(t) => lines[i].trim().eq_ignore_ascii_case(t.trim()),
        None => i == 0,
    }
}

/// Captions, galleries, players, embedded posts, calls to follow the page and notes such as time
/// stamps (English pages only), for lines that are not metadata.
fn picture_or_promo(lines: &[&str], i: usize, english: bool) -> Option<&'static str> {
    if !english {
        return None;
    }
    if captions::is_gallery_item(lines, i) {
        return Some("photo gallery caption");
    }
    captions::caption_furniture(lines[i])
        .or_else(|| promos::promo_furniture(lines[i]))
        .or_else(|| notes::note_furniture(lines[i]))
}

/// True for the reasons given to picture captions and gallery lines: the text of a picture story
/// when nothing else is left.
pub fn is_picture_caption(why: &str) -> bool {
    matches!(why, "photo gallery widget" | "photo gallery caption" | "photo caption with credit")
}

/// A warning for the reader when the furniture rules could not be applied to these lines because
/// they are not in English; `None` for English text.
pub fn judged_in(lines: &[&str]) -> Option<String> {
    let what = match meta::language(lines) {
        Language::English => return None,
        Language::OtherLatin => "not English",
        Language::OtherScript => "not in the Latin script",
    };
    Some(format!(
        "page furniture could not be judged in this language ({what}): menus and page text may remain in the article text"
    ))
}

fn mark_title(lines: &[&str], roles: &mut [Role], known_title: Option<&str>) {
    if let Some(t) = known_title {
        let t = t.trim().to_lowercase();
        for (i, l) in lines.iter().enumerate().take(12) {
            if roles[i] == Role::Body && (l.trim().to_lowercase() == t || after_breadcrumb(l, &t)) {
                roles[i] = Role::Title;
                return;
            }
        }
        return;
    }
    // A headline stands before the text: past a paragraph longer than any headline, the text began
    // without one.
    let candidate =
        (0..lines.len().min(12)).take_while(|&i| roles[i] != Role::Body || words(lines[i]) <= 30).find(|&i| {
            roles[i] == Role::Body && words(lines[i]) >= 4 && i + 1 < lines.len() && !is_long_sentence(lines[i])
        });
    if let Some(i) = candidate {
        roles[i] = Role::Title;
    }
}

/// True when a line is the headline (`title`, in lower case, of four words or more) run on from
/// the page's trail of sections before it ("HomeWorld NewsFerry runs aground"): a prefix of at
/// most four words and 40 bytes, without sentence punctuation.
fn after_breadcrumb(line: &str, title: &str) -> bool {
    let lower = line.trim().to_lowercase();
    let Some(prefix) = lower.strip_suffix(title) else { return false };
    words(title) >= 4
        && !prefix.trim().is_empty()
        && prefix.len() <= 40
        && words(prefix) <= 4
        && !prefix.contains(['.', '!', '?', ',', ';', '"', '\u{201c}'])
}

/// More words than a headline has, closed by a full stop: a sentence of the text, which a page
/// without a headline opens with.
fn is_long_sentence(line: &str) -> bool {
    const HEADLINE_WORDS: usize = 20;
    let t = line.trim_end().trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}']);
    words(line) > HEADLINE_WORDS && t.ends_with('.') && !t.ends_with("..")
}

/// Short lines before the first paragraph of prose (site names, section labels) and after the last
/// one (footers) are furniture.
fn mark_header_and_footer(lines: &[&str], roles: &mut [Role]) {
    let is_body_prose = |i: usize| roles[i] == Role::Body && is_prose(lines[i]);
    let Some(first) = (0..lines.len()).find(|&i| is_body_prose(i)) else { return };
    let last = (0..lines.len()).rev().find(|&i| is_body_prose(i)).unwrap_or(first);
    for i in 0..first {
        if roles[i] == Role::Body && is_short(lines[i], 5) {
            roles[i] = Role::Furniture("site header");
        }
    }
    for i in last + 1..lines.len() {
        if roles[i] == Role::Body && words(lines[i]) < 8 && !is_speaker_turn(lines[i]) {
            roles[i] = Role::Furniture("page footer");
        }
    }
}

/// A turn of a transcript, "NAME: words", however short: the text of a broadcast, not a footer.
fn is_speaker_turn(line: &str) -> bool {
    line.split_whitespace().next().and_then(|t| t.strip_suffix(':')).is_some_and(|name| {
        name.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !name.chars().any(char::is_lowercase)
    })
}

/// Three or more short lines in a row are a menu or a link list.
fn mark_menu_runs(lines: &[&str], roles: &mut [Role]) {
    let short: Vec<bool> = (0..lines.len()).map(|i| roles[i] != Role::Title && is_short(lines[i], 5)).collect();
    let short = |i: usize| short[i];
    let mut i = 0;
    while i < lines.len() {
        if !short(i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && short(i) {
            i += 1;
        }
        let body_in_run = (start..i).filter(|&k| roles[k] == Role::Body).count();
        if i - start >= 3 && body_in_run > 0 {
            for role in &mut roles[start..i] {
                if *role == Role::Body {
                    *role = Role::Furniture("menu or link list");
                }
            }
        }
    }
}

/// After a "Read next" / "Related articles" marker, lines that are not prose, and headline-shaped
/// lines (no full stop at the end, up to 30 words), are teasers, until a line of prose; so is a
/// headline-shaped line of 8 words or more just before a teaser (one link of the same block). A short line just before a gallery's counter
/// is the gallery's title.
fn mark_teasers(lines: &[&str], roles: &mut [Role]) {
    let mut after_marker = false;
    for i in 0..lines.len() {
        let headline = !is_prose(lines[i]) || (!ends_with_stop(lines[i]) && words(lines[i]) <= 30);
        match roles[i] {
            Role::Furniture("related-articles marker") => after_marker = true,
            Role::Body if after_marker && headline => roles[i] = Role::Furniture("related-article teaser"),
            Role::Body if is_prose(lines[i]) => after_marker = false,
            _ => {}
        }
        let before_gallery = matches!(roles.get(i + 1), Some(Role::Furniture("photo gallery widget")));
        if roles[i] == Role::Body && before_gallery && is_short(lines[i], 6) {
            roles[i] = Role::Furniture("photo gallery title");
        }
    }
    for i in (0..lines.len().saturating_sub(1)).rev() {
        let next_teaser = matches!(roles[i + 1], Role::Furniture("related-article teaser" | "related-articles marker"));
        let w = words(lines[i]);
        if roles[i] == Role::Body && next_teaser && (8..=30).contains(&w) && !ends_as_sentence(lines[i]) {
            roles[i] = Role::Furniture("related-article teaser");
        }
    }
}

/// A short line that occurs twice in one page is a repeated label or button; a sentence of 20 words
/// or more that ends with a full stop (a caption shown again by a gallery) is kept once, where it
/// first occurs; a line of six words or more that is a sentence of the page without its final stop
/// is that sentence shown again as a caption or a summary point. (Other lines may repeat as
/// content: the items of a meal plan or a schedule.)
fn mark_repeats(lines: &[&str], roles: &mut [Role]) {
    // (Such lines are few: each is looked for among the page's sentences, longest test last.)
    let stated = |line: &str| {
        lines.iter().any(|l| {
            let l = l.trim();
            l.len() > line.len() && l.strip_suffix(['.', '!', '?']).is_some_and(|s| s.trim_end() == line)
        })
    };
    for i in 0..lines.len() {
        if roles[i] == Role::Body && !ends_as_sentence(lines[i]) && words(lines[i]) >= 6 && stated(lines[i].trim()) {
            roles[i] = Role::Furniture("repeated line");
        }
    }
    for i in 1..lines.len() {
        let sentence = words(lines[i]) >= 20 && ends_with_stop(lines[i]);
        if roles[i] == Role::Body && sentence && lines[..i].contains(&lines[i]) {
            roles[i] = Role::Furniture("repeated line");
        }
    }
    for i in 0..lines.len() {
        if roles[i] != Role::Body || words(lines[i]) > 8 || ends_as_sentence(lines[i]) {
            continue;
        }
        let repeated = lines.iter().enumerate().any(|(j, l)| j != i && l.trim() == lines[i].trim());
        if repeated {
            roles[i] = Role::Furniture("repeated line");
        }
    }
}

/// True when a line could be page furniture repeated across different pages: short, not a sentence.
pub fn is_furniture_shaped(line: &str) -> bool {
    is_short(line, 8) && words(line) >= 1
}

#[cfg(test)]
mod tests;
