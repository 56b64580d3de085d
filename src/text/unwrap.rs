//! Lines of a hard-wrapped text joined back into paragraphs.
//!
//! Plain text from e-mails, converted documents or old web dumps often breaks lines at a fixed
//! width or at random, in the middle of sentences. Read line by line, every piece would be a
//! paragraph of its own: sentences cut in two, and short pieces ("the song at:", "domestic") judged
//! as labels or menu items. A text is read as hard-wrapped when many of its line breaks fall inside a
//! sentence (the line does not end as a sentence and the next one goes on in lower case); its
//! lines broken that way are joined with a space. Other texts keep their lines as they are.

use std::borrow::Cow;

use super::furniture::ends_as_sentence;
use crate::lang::normalize::is_stopword;

/// Least number of line breaks inside sentences for a text to be read as hard-wrapped...
const MIN_BREAKS: usize = 3;
/// ... and the least share of all its line breaks they must be (one in this many).
const SHARE: usize = 3;

/// The trimmed, non-empty lines of a text; when the text is hard-wrapped, lines broken inside a
/// sentence are joined into one.
pub(crate) fn lines(text: &str) -> Vec<Cow<'_, str>> {
    let raw: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let inside = (1..raw.len()).filter(|&i| goes_on_in_lower_case(raw[i - 1], raw[i])).count();
    if inside < MIN_BREAKS || inside * SHARE < raw.len().saturating_sub(1) {
        return raw.into_iter().map(Cow::Borrowed).collect();
    }
    let mut out: Vec<Cow<str>> = Vec::with_capacity(raw.len());
    for (i, line) in raw.iter().enumerate() {
        match out.last_mut() {
            Some(last) if i > 0 && breaks_inside_sentence(raw[i - 1], line) => {
                let joined = last.to_mut();
                joined.push(' ');
                joined.push_str(line);
            }
            _ => out.push(Cow::Borrowed(line)),
        }
    }
    out
}

/// True when `next` continues the sentence `prev` leaves open, in lower case.
fn goes_on_in_lower_case(prev: &str, next: &str) -> bool {
    !ends_as_sentence(prev) && next.chars().next().is_some_and(char::is_lowercase) && !starts_with_link(next)
}

/// True when the break between `prev` and `next` of a hard-wrapped text falls inside a sentence: the
/// next line goes on in lower case, or the line ends on a comma, a hyphen or a function word.
fn breaks_inside_sentence(prev: &str, next: &str) -> bool {
    if goes_on_in_lower_case(prev, next) {
        return true;
    }
    if ends_as_sentence(prev) || !next.chars().next().is_some_and(char::is_alphanumeric) {
        return false;
    }
    let last = prev.split_whitespace().next_back().unwrap_or("");
    last.ends_with([',', '-']) || is_stopword(&last.to_lowercase())
}

fn starts_with_link(line: &str) -> bool {
    line.starts_with("http") || line.starts_with("www.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_wrapped_inside_sentences_is_joined_back_into_paragraphs() {
        let text = "The lantern club met on a damp\nevening to plan the walk along\nthe canal. Members were asked\nto bring torches and\nWarm coats.\nNext meeting in spring.";
        let got = lines(text);
        assert_eq!(
            got,
            [
                "The lantern club met on a damp evening to plan the walk along the canal. Members were asked to bring torches and Warm coats.",
                "Next meeting in spring."
            ]
        );
    }

    #[test]
    fn a_text_of_one_paragraph_a_line_keeps_its_lines() {
        // One stray break inside a sentence does not make a text hard-wrapped.
        let text = "Kite festival moved\nThe kite festival moves to the\nnorth meadow this year.\nParking is free.\nhome\nabout";
        assert_eq!(lines(text).len(), 6);
    }
}
