//! Page furniture: menus, share buttons, sign-up prompts, "Related articles" tails, stray counters.
//!
//! Lines are judged by their shape (length, sentence punctuation, separators, position before the
//! headline or after the last paragraph of prose, runs of short lines, repeats) and by the
//! vocabulary of web pages (share, subscribe, cookie, "our website"), never by a list of known
//! pages' strings.

use super::meta::{MetaLine, meta_line};

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

/// Phrases that mark a line of a web page rather than of an article (checked on lines of at most
/// 12 words).
const WEB_PHRASES: &[(&str, &str)] = &[
    ("skip to", "navigation link"),
    ("jump to", "navigation link"),
    ("back to top", "navigation link"),
    ("image result for", "image placeholder"),
    ("image source", "image credit"),
    ("image caption", "image credit"),
    ("image copyright", "image credit"),
    ("photo credit", "image credit"),
    ("getty images", "image credit"),
    ("share this", "share button"),
    ("share on", "share button"),
    ("print this", "share button"),
    ("email this", "share button"),
    ("share |", "share button"),
    ("| print", "share button"),
    ("sign up", "sign-up prompt"),
    ("subscribe", "sign-up prompt"),
    ("newsletter", "sign-up prompt"),
    ("enter your email", "sign-up prompt"),
    ("email address", "sign-up prompt"),
    ("log in", "sign-up prompt"),
    ("login", "sign-up prompt"),
    ("sign in", "sign-up prompt"),
    ("create an account", "sign-up prompt"),
    ("read next", "related-articles marker"),
    ("read more", "related-articles marker"),
    ("read also", "related-articles marker"),
    ("also read", "related-articles marker"),
    ("related articles", "related-articles marker"),
    ("related stories", "related-articles marker"),
    ("related content", "related-articles marker"),
    ("related coverage", "related-articles marker"),
    ("related posts", "related-articles marker"),
    ("related topics", "related-articles marker"),
    ("more from", "related-articles marker"),
    ("more stories", "related-articles marker"),
    ("you might like", "related-articles marker"),
    ("you may also like", "related-articles marker"),
    ("you might also like", "related-articles marker"),
    ("recommended for you", "related-articles marker"),
    ("most popular", "related-articles marker"),
    ("most read", "related-articles marker"),
    ("most viewed", "related-articles marker"),
    ("trending articles", "related-articles marker"),
    ("trending now", "related-articles marker"),
    ("top stories", "related-articles marker"),
    ("advertis*", "advertising"),
    ("sponsored", "advertising"),
    ("privacy policy", "site footer"),
    ("terms of service", "site footer"),
    ("terms of use", "site footer"),
    ("terms and conditions", "site footer"),
    ("cookie*", "site footer"),
    ("all rights reserved", "site footer"),
    ("copyright", "site footer"),
    ("\u{a9}", "site footer"),
    ("click here", "navigation link"),
    ("leave a comment", "comments prompt"),
    ("view comments", "comments prompt"),
    ("follow us", "social link"),
    ("download the app", "app prompt"),
    ("download our app", "app prompt"),
    ("continue reading", "navigation link"),
    ("load more", "navigation link"),
    ("show more", "navigation link"),
    ("min read", "reading-time counter"),
    ("minute read", "reading-time counter"),
    ("ip address", "site footer"),
    ("scroll down", "navigation link"),
    ("swipe", "navigation link"),
    ("watch the video", "video prompt"),
    ("watch video", "video prompt"),
    ("play video", "video prompt"),
];

/// Phrases that mark a page's message to its reader, whatever the line's length.
const SITE_MESSAGES: &[&str] = &[
    "our website",
    "our site",
    "ad block",
    "adblock",
    "ad-block",
    "ad blocker",
    "disable your ad",
    "whitelist us",
    "enable javascript",
    "javascript is disabled",
    "your browser",
    "we use cookies",
    "this site uses cookies",
    "subscribe to our",
    "sign up for our",
    "our newsletter",
    "support our journalism",
    "become a patron",
    "become a member",
    "log in to comment",
    "login to comment",
    "to gain access",
    "all rights reserved",
    "may not be published, broadcast",
    "rewritten or redistributed",
    "email us",
    "contact us",
    "get in touch",
    "we pay for your stories",
    "send us your",
    "tip us off",
    "follow us on",
    "like us on facebook",
];

/// Whole lines (punctuation aside) that are web-page controls.
const CONTROLS: &[&str] = &[
    "share",
    "print",
    "email",
    "e-mail",
    "tweet",
    "comments",
    "comment",
    "menu",
    "home",
    "search",
    "close",
    "advertisement",
    "advert",
    "ad",
    "related",
    "login",
    "log in",
    "sign in",
    "subscribe",
    "more",
    "next",
    "previous",
    "prev",
    "top",
    "video",
    "videos",
    "photos",
    "gallery",
    "follow",
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "pinterest",
    "reddit",
    "instagram",
    "youtube",
    "save",
    "bookmark",
    "listen",
    "watch",
    "loading",
    "copy link",
    "x",
    "photo",
    "image",
    "caption",
    "ad feedback",
    "expand",
    "embed",
];

fn words(line: &str) -> usize {
    line.split_whitespace().count()
}

/// True when a line ends as a sentence does (a trailing ellipsis, as in "More news...", does not).
fn ends_as_sentence(line: &str) -> bool {
    let t = line.trim_end();
    !t.ends_with("..") && t.ends_with(['.', '!', '?', '"', '\u{201d}', '\u{2019}', '\'', ')'])
}

/// True when `phrase` occurs in `lower` at word boundaries. A phrase ending in `*` matches any word
/// that starts with it ("advertis*" matches "advertisement").
fn has_phrase(lower: &str, phrase: &str) -> bool {
    let (p, prefix) = match phrase.strip_suffix('*') {
        Some(p) => (p, true),
        None => (phrase, false),
    };
    let word_char = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    lower.match_indices(p).any(|(i, _)| {
        let before = lower[..i].chars().next_back();
        let after = lower[i + p.len()..].chars().next();
        let edge_ok = |c: Option<char>, at_p_edge: Option<char>| !word_char(c) || !word_char(at_p_edge);
        edge_ok(before, p.chars().next()) && (prefix || edge_ok(after, p.chars().next_back()))
    })
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

/// Furniture judged from the line alone.
fn line_furniture(line: &str) -> Option<&'static str> {
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
    if w <= 12 && !ends_as_sentence(line) {
        if let Some((_, why)) = WEB_PHRASES.iter().find(|(p, _)| has_phrase(&lower, p)) {
            return Some(why);
        }
        let first = lower.split_whitespace().next().unwrap_or("");
        let counted = ["comments", "shares", "views", "likes", "replies"];
        if first.chars().next().is_some_and(|c| c.is_ascii_digit())
            && w <= 3
            && lower.split_whitespace().any(|x| counted.contains(&x))
        {
            return Some("stray counter or symbol line");
        }
        if w <= 6 && lower.trim_end().ends_with(':') && !mentions_speech(&lower) {
            return Some("page label");
        }
    }
    let teaser_starts =
        ["most read", "read more", "related:", "more from", "you may also like", "recommended:", "read next"];
    if teaser_starts.iter().any(|t| lower.starts_with(t)) {
        // A bare marker opens a list of other stories; a marker with a headline is one teaser.
        return Some(if w <= 4 { "related-articles marker" } else { "related-article teaser" });
    }
    if w <= 40 && SITE_MESSAGES.iter().any(|p| has_phrase(&lower, p)) {
        return Some("site message");
    }
    if has_phrase(&lower, "show all") && line.split_whitespace().any(is_fraction) {
        return Some("photo gallery counter");
    }
    if w <= 25 && has_email_address(line) {
        return Some("contact line");
    }
    None
}

/// True for a token like `1/8` (a gallery position).
fn is_fraction(t: &str) -> bool {
    t.split_once('/').is_some_and(|(a, b)| {
        !a.is_empty() && !b.is_empty() && a.bytes().all(|c| c.is_ascii_digit()) && b.bytes().all(|c| c.is_ascii_digit())
    })
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
pub fn classify(lines: &[&str], known_title: Option<&str>) -> Vec<Role> {
    let mut roles: Vec<Role> = lines
        .iter()
        .map(|l| match line_furniture(l) {
            Some(why) => Role::Furniture(why),
            None => match meta_line(l) {
                Some(m) => Role::Meta(m),
                None => Role::Body,
            },
        })
        .collect();
    mark_title(lines, &mut roles, known_title);
    mark_header_and_footer(lines, &mut roles);
    mark_menu_runs(lines, &mut roles);
    mark_teasers(lines, &mut roles);
    mark_repeats(lines, &mut roles);
    roles
}

fn mark_title(lines: &[&str], roles: &mut [Role], known_title: Option<&str>) {
    if let Some(t) = known_title {
        let t = t.trim().to_lowercase();
        for (i, l) in lines.iter().enumerate().take(12) {
            if roles[i] == Role::Body && l.trim().to_lowercase() == t {
                roles[i] = Role::Title;
                return;
            }
        }
        return;
    }
    let candidate = (0..lines.len().min(12)).find(|&i| {
        let w = words(lines[i]);
        roles[i] == Role::Body && (4..=30).contains(&w) && i + 1 < lines.len()
    });
    if let Some(i) = candidate {
        roles[i] = Role::Title;
    }
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
        if roles[i] == Role::Body && words(lines[i]) < 8 {
            roles[i] = Role::Furniture("page footer");
        }
    }
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

/// After a "Read next" / "Related articles" marker, lines that are not prose are teasers.
fn mark_teasers(lines: &[&str], roles: &mut [Role]) {
    let mut after_marker = false;
    for i in 0..lines.len() {
        match roles[i] {
            Role::Furniture("related-articles marker") => after_marker = true,
            Role::Body if after_marker && !is_prose(lines[i]) => roles[i] = Role::Furniture("related-article teaser"),
            Role::Body if is_prose(lines[i]) => after_marker = false,
            _ => {}
        }
    }
}

/// A short line that occurs twice in one page is a repeated label or button.
fn mark_repeats(lines: &[&str], roles: &mut [Role]) {
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
mod tests {
    use super::*;

    fn aside(lines: &[&str]) -> Vec<String> {
        let roles = classify(lines, None);
        lines.iter().zip(&roles).filter(|(_, r)| r.is_set_aside()).map(|(l, _)| l.to_string()).collect()
    }

    #[test]
    fn web_lines_are_set_aside() {
        let lines = [
            "Skip to main content",
            "The Daily Planet",
            "Storm floods the northern coast as rivers burst their banks",
            "Published: March 3, 2020",
            "Share | Print This",
            "Image result for storm",
            "A powerful storm struck the northern coast on Saturday, forcing thousands of residents to leave.",
            "Officials said at least 12 people had been killed and dozens more were injured in the floods.",
            "Rescue teams",
            "Rescue teams worked through the night to reach villages cut off by the water, officials said.",
            "Read Next: Another thing",
            "Woman smelling flowers.",
            "Ad Blocking software disables some of the functionality of our website, including our comments section.",
            "Enter your email address:",
            "Privacy Policy",
            "42",
            "Copyright 2017 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
            "Scroll down for video",
            "Hide Caption 43 of 59",
            "Buzz60 10 of 41 Skip in Skip x Embed x Share CLOSE WHAT YOU NEED TO KNOW about the launch",
            "Do you have a story for us? Email us at tips@example.com or call 0207 782 4368.",
        ];
        let got = aside(&lines);
        for want in [
            "Skip to main content",
            "The Daily Planet",
            "Published: March 3, 2020",
            "Share | Print This",
            "Image result for storm",
            "Read Next: Another thing",
            "Woman smelling flowers.",
            "Ad Blocking software disables some of the functionality of our website, including our comments section.",
            "Enter your email address:",
            "Privacy Policy",
            "42",
            "Scroll down for video",
            "Copyright 2017 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
            "Do you have a story for us? Email us at tips@example.com or call 0207 782 4368.",
        ] {
            assert!(got.iter().any(|g| g == want), "{want:?} should be set aside; got {got:?}");
        }
        for keep in ["Rescue teams", "Storm floods the northern coast as rivers burst their banks"] {
            assert!(!got.iter().any(|g| g == keep), "{keep:?} must stay");
        }
    }

    #[test]
    fn subheads_between_paragraphs_stay() {
        let lines = [
            "Headline about a flood in the north",
            "A powerful storm struck the northern coast on Saturday, forcing thousands of residents to leave.",
            "Civilians fleeing",
            "Since Sunday an estimated 2,200 people have fled the fighting, the United Nations said today.",
            "Calls for truce",
            "The UN mission called for a truce for two hours in southern Tripoli to evacuate civilians.",
            "He added:",
            "\"We will not stop until the city is free,\" the spokesman told reporters late on Sunday night.",
        ];
        assert!(aside(&lines).is_empty(), "{:?}", aside(&lines));
    }

    #[test]
    fn phrases_match_whole_words() {
        assert!(has_phrase("advertisement", "advertis*"));
        assert!(has_phrase("share | print this", "share |"));
        assert!(!has_phrase("netflix adds subscribers", "subscribe"));
        assert!(line_furniture("Netflix adds eight million subscribers").is_none());
        assert!(line_furniture("Trump's comments drew criticism.").is_none());
    }

    #[test]
    fn menus_and_repeats() {
        let lines = [
            "Headline about a flood in the north",
            "Trending Articles:",
            "Trending Articles:",
            "A powerful storm struck the northern coast on Saturday, forcing thousands of residents to leave.",
            "Blacklisted Radio",
            "On Patreon",
            "On Gab",
            "Officials said at least 12 people had been killed and dozens more were injured in the floods.",
        ];
        let got = aside(&lines);
        assert_eq!(got, ["Trending Articles:", "Trending Articles:", "Blacklisted Radio", "On Patreon", "On Gab"]);
    }
}
