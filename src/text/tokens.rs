//! Tokens, sentences, paragraphs and quotations, all as byte spans into the article text.

use crate::lang::normalize::{Key, match_key_inline};
use crate::model::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters and digits, with inner apostrophes, hyphens and digit separators ("Haftar's", "1,000").
    Word,
    /// One punctuation or symbol character.
    Punct,
}

/// A token of the article text. Its byte range is held in 32 bits a side (a text has millions of
/// tokens and no file read is larger than [`crate::load::MAX_FILE_BYTES`]); read it with
/// [`Token::span`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    start: u32,
    end: u32,
    /// Word or punctuation.
    pub kind: TokenKind,
}

impl Token {
    /// A token of `kind` at `span` (a span past 4 GiB is clamped there).
    pub fn new(span: Span, kind: TokenKind) -> Self {
        let at = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        Token { start: at(span.start), end: at(span.end), kind }
    }

    /// Where it stands.
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }
}

/// A sentence, as a span and the range of its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Where it stands (from its first to its last token).
    pub span: Span,
    /// Index of its paragraph.
    pub paragraph: usize,
    /// Its tokens, as a range of indices into [`TextModel::tokens`].
    pub tokens: std::ops::Range<usize>,
}

/// The structure of an article's text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextModel {
    /// Paragraphs (non-empty lines of the text).
    pub paragraphs: Vec<Span>,
    /// Sentences in reading order.
    pub sentences: Vec<Sentence>,
    /// Tokens in reading order.
    pub tokens: Vec<Token>,
    /// Quotations, including their quotation marks. An unclosed quotation runs to its paragraph's end.
    pub quotes: Vec<Span>,
    /// The match key of every token ([`match_key`](crate::lang::normalize::match_key): case, quotes, dashes, digit grouping and spelling
    /// folded), computed once here so that every later stage reads the same folding.
    pub keys: Vec<Key>,
    /// The sentence of every token (`usize::MAX` for a token outside every sentence).
    sentence_of: Vec<u32>,
    /// For each quotation, the furthest end of it and every quotation before it, so that the
    /// quotation around a span is found by binary search rather than by reading every quotation.
    quote_reach: Vec<usize>,
}

impl TextModel {
    /// Build the model of `text`: paragraphs are its non-empty lines.
    pub fn new(text: &str) -> Self {
        let mut m = TextModel::default();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let content = line.trim_end_matches(['\n', '\r']);
            let lead = content.len() - content.trim_start().len();
            let trimmed = content.trim();
            if !trimmed.is_empty() {
                let start = offset + lead;
                m.add_paragraph(text, Span::new(start, start + trimmed.len()));
            }
            offset += line.len();
        }
        // The model is kept for the whole analysis: no room left over from growing.
        m.tokens.shrink_to_fit();
        m.sentences.shrink_to_fit();
        m.keys = m.tokens.iter().map(|t| match_key_inline(&text[t.span().start..t.span().end])).collect();
        m.sentence_of = vec![u32::MAX; m.tokens.len()];
        for (si, s) in m.sentences.iter().enumerate() {
            for i in s.tokens.clone() {
                if let Some(x) = m.sentence_of.get_mut(i) {
                    *x = si as u32;
                }
            }
        }
        m
    }

    /// The sentence holding token `i` (`None` for a token outside every sentence, or past the end).
    pub fn sentence_of(&self, i: usize) -> Option<usize> {
        self.sentence_of.get(i).filter(|&&s| s != u32::MAX).map(|&s| s as usize)
    }

    fn add_paragraph(&mut self, text: &str, para: Span) {
        let p = self.paragraphs.len();
        self.paragraphs.push(para);
        let first = self.tokens.len();
        tokenize_into(text, para, &mut self.tokens);
        let first_quote = self.quotes.len();
        find_quotes(text, para, &mut self.quotes);
        for q in &self.quotes[first_quote..] {
            let reach = self.quote_reach.last().map_or(q.end, |&r| r.max(q.end));
            self.quote_reach.push(reach);
        }
        let quotes = &self.quotes[first_quote..];
        let reach = paragraph_reach(quotes);
        split_sentences(text, &self.tokens, first, p, (quotes, &reach), &mut self.sentences);
    }

    /// Indices of word tokens, in order.
    pub fn word_indices(&self) -> impl Iterator<Item = usize> + '_ {
        self.tokens.iter().enumerate().filter(|(_, t)| t.kind == TokenKind::Word).map(|(i, _)| i)
    }

    /// Number of word tokens.
    pub fn word_count(&self) -> usize {
        self.tokens.iter().filter(|t| t.kind == TokenKind::Word).count()
    }

    /// The sentence that holds byte `pos`, if any.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= pos);
        (i < self.sentences.len() && self.sentences[i].span.start <= pos).then_some(i)
    }

    /// The quotation that wholly holds `span`, if any (the first in order when several do).
    ///
    /// Quotations are in order of their start, so those starting at or before `span` are a prefix,
    /// and the first of them that reaches `span`'s end is where the running furthest end first
    /// does: two binary searches, whatever the number of quotations.
    pub fn quote_around(&self, span: Span) -> Option<Span> {
        if self.quote_reach.len() != self.quotes.len() {
            // The quotations were changed by hand: read them all.
            return self.quotes.iter().copied().find(|q| q.contains(&span));
        }
        let before = self.quotes.partition_point(|q| q.start <= span.start);
        let first = self.quote_reach[..before].partition_point(|&r| r < span.end);
        (first < before).then(|| self.quotes[first])
    }

    /// The longest part of `span` inside one quotation (a quotation may start before it or run on
    /// after it), if any.
    pub fn longest_quote_in(&self, span: Span) -> Option<Span> {
        let to = self.quotes.partition_point(|q| q.start < span.end);
        self.quotes[..to]
            .iter()
            .filter(|q| q.end > span.start)
            .map(|q| Span::new(q.start.max(span.start), q.end.min(span.end)))
            .fold(None, |best: Option<Span>, q| match best {
                Some(b) if b.end - b.start >= q.end - q.start => Some(b),
                _ => Some(q),
            })
    }

    /// Number of word tokens wholly inside `span`.
    pub fn words_within(&self, span: Span) -> usize {
        self.tokens[self.tokens_within(span)].iter().filter(|t| t.kind == TokenKind::Word).count()
    }

    /// The range of tokens wholly inside `span`, found by binary search (tokens are in order and do
    /// not overlap).
    pub fn tokens_within(&self, span: Span) -> std::ops::Range<usize> {
        let start = self.tokens.partition_point(|t| t.span().start < span.start);
        let end = self.tokens.partition_point(|t| t.span().end <= span.end).max(start);
        start..end
    }
}

/// The running furthest end of a paragraph's quotations (see [`TextModel::quote_around`]).
fn paragraph_reach(quotes: &[Span]) -> Vec<usize> {
    quotes
        .iter()
        .scan(0, |r, q| {
            *r = q.end.max(*r);
            Some(*r)
        })
        .collect()
}

/// True when a quotation of the paragraph starts before `t` and ends after it.
fn strictly_inside_quote((quotes, reach): (&[Span], &[usize]), t: Span) -> bool {
    let before = quotes.partition_point(|q| q.start < t.start);
    reach[..before].last().is_some_and(|&r| r > t.end)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

fn is_inner_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Split `para` of `text` into word and punctuation tokens.
fn tokenize_into(text: &str, para: Span, out: &mut Vec<Token>) {
    let s = &text[para.start..para.end];
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            let end = pos + c.len_utf8();
            out.push(Token::new(Span::new(para.start + pos, para.start + end), TokenKind::Punct));
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut segment_len = 1; // letters since the last inner '.'
        while j < chars.len() {
            let c = chars[j].1;
            let prev = chars[j - 1].1;
            let next = chars.get(j + 1).map(|x| x.1);
            if c.is_alphanumeric() {
                segment_len += 1;
                j += 1;
                continue;
            }
            let joins = match c {
                c if is_apostrophe(c) || is_inner_hyphen(c) => {
                    prev.is_alphanumeric() && next.is_some_and(char::is_alphanumeric)
                }
                ',' => {
                    prev.is_ascii_digit()
                        && next.is_some_and(|n| n.is_ascii_digit())
                        && chars.get(j + 2..j + 4).is_some_and(|w| w.iter().all(|x| x.1.is_ascii_digit()))
                }
                '.' => {
                    (prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()))
                        || (segment_len == 1
                            && prev.is_alphabetic()
                            && next.is_some_and(char::is_alphabetic)
                            && chars.get(j + 2).is_none_or(|x| !x.1.is_alphabetic()))
                }
                _ => false,
            };
            if !joins {
                break;
            }
            if c == '.' {
                segment_len = 0;
            }
            j += 1;
        }
        let end = chars.get(j).map_or(s.len(), |x| x.0);
        out.push(Token::new(Span::new(para.start + pos, para.start + end), TokenKind::Word));
        i = j;
    }
}

/// Abbreviations after which a full stop does not end a sentence (lower case, no final dot).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "cmdr", "adm", "sen", "rep",
    "gov", "pres", "st", "jr", "sr", "rev", "hon", "no", "nos", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "ltd", "co", "u.s", "u.n", "u.k", "e.u", "a.m", "p.m",
    "i.e", "e.g", "fig", "approx", "est", "dept", "univ", "mt", "ft", "sq", "cf", "al",
];

fn is_abbreviation(word: &str) -> bool {
    let w = word.to_lowercase();
    ABBREVIATIONS.contains(&w.as_str()) || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
}

fn is_closing(c: &str) -> bool {
    matches!(c, "\"" | "'" | "\u{201d}" | "\u{2019}" | ")" | "]" | "\u{bb}")
}

/// Split the tokens of paragraph `p` (starting at token `first`) into sentences. An ellipsis inside
/// a quotation (`"on top of me ... I don't think"`) marks words left out, not a sentence end.
fn split_sentences(
    text: &str,
    tokens: &[Token],
    first: usize,
    p: usize,
    quotes: (&[Span], &[usize]),
    out: &mut Vec<Sentence>,
) {
    let mut start = first;
    let mut i = first;
    while i < tokens.len() {
        let t = tokens[i];
        let tok = &text[t.span().start..t.span().end];
        let terminal = t.kind == TokenKind::Punct && matches!(tok, "." | "!" | "?" | "\u{2026}");
        if terminal {
            let mut end = i + 1;
            while end < tokens.len() && tokens[end].kind == TokenKind::Punct {
                let s = &text[tokens[end].span().start..tokens[end].span().end];
                // A closing mark hugs the stop ("over.\""); a straight quote after a space opens
                // the next sentence's quotation ("speeding. \"He was").
                let spaced = tokens[end].span().start > tokens[end - 1].span().end;
                if (is_closing(s) && !(spaced && matches!(s, "\"" | "'"))) || matches!(s, "." | "!" | "?") {
                    end += 1;
                } else {
                    break;
                }
            }
            let prev_word = (i > start).then(|| &text[tokens[i - 1].span().start..tokens[i - 1].span().end]);
            let abbrev = tok == "." && prev_word.is_some_and(is_abbreviation) && end == i + 1;
            let ellipsis = tok == "\u{2026}"
                || (tok == "."
                    && end >= i + 3
                    && tokens[i + 1..i + 3].iter().all(|t| &text[t.span().start..t.span().end] == "."));
            let quoted_ellipsis = ellipsis && strictly_inside_quote(quotes, t.span());
            let next_starts = tokens.get(end).is_none_or(|n| {
                let c = text[n.span().start..].chars().next().unwrap_or(' ');
                c.is_uppercase() || c.is_numeric() || matches!(c, '"' | '\u{201c}' | '\'' | '\u{2018}' | '(' | '[')
            });
            let gap_ok = tokens.get(end).is_none_or(|n| n.span().start > tokens[end - 1].span().end)
                || glued_sentence_start(text, tokens, i, end);
            if !abbrev && !quoted_ellipsis && next_starts && gap_ok {
                push_sentence(tokens, start, end, p, out);
                start = end;
            }
            // The whole run of closing marks ("...", ".\"") is one decision.
            i = end;
            continue;
        }
        i += 1;
    }
    if start < tokens.len() {
        push_sentence(tokens, start, tokens.len(), p, out);
    }
}

/// True when the stop at token `stop` ends a sentence the next one is glued to, without a space
/// ("the river.The bridge"): a word of lower-case letters before it, a capitalised word right after.
fn glued_sentence_start(text: &str, tokens: &[Token], stop: usize, next: usize) -> bool {
    let word = |t: &Token| (t.kind == TokenKind::Word).then(|| &text[t.span().start..t.span().end]);
    let before = stop.checked_sub(1).and_then(|b| word(&tokens[b])).filter(|_| stop + 1 == next);
    let after = tokens.get(next).and_then(word);
    let lower_word = |w: &str| w.chars().count() >= 2 && w.chars().all(char::is_lowercase);
    let capitalised = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase) && c.next().is_some_and(char::is_lowercase)
    };
    before.is_some_and(lower_word) && after.is_some_and(capitalised)
}

fn push_sentence(tokens: &[Token], start: usize, end: usize, p: usize, out: &mut Vec<Sentence>) {
    let span = Span::new(tokens[start].span().start, tokens[end - 1].span().end);
    out.push(Sentence { span, paragraph: p, tokens: start..end });
}

/// Find quotations in a paragraph: double quotes (curly or straight) and single quotes that stand
/// at word boundaries. An unclosed quotation runs to the end of the paragraph.
fn find_quotes(text: &str, para: Span, out: &mut Vec<Span>) {
    let s = &text[para.start..para.end];
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut open_double: Option<usize> = None;
    let mut open_single: Option<usize> = None;
    let mut found = Vec::new();
    for (k, &(pos, c)) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).map(|k| chars[k].1);
        let next = chars.get(k + 1).map(|x| x.1);
        let at_word_start = prev.is_none_or(|p| p.is_whitespace() || "([{\u{2014}\u{2013}-\"\u{201c}".contains(p))
            && next.is_some_and(|n| n.is_alphanumeric());
        let at_word_end = prev.is_some_and(|p| p.is_alphanumeric() || ".,!?;:".contains(p))
            && next.is_none_or(|n| n.is_whitespace() || ".,!?;:)]\u{2014}\u{2013}\"\u{201d}".contains(n));
        match c {
            '\u{201c}' | '\u{201e}' if open_double.is_none() => {
                open_double = Some(pos);
            }
            '\u{201d}' => {
                if let Some(o) = open_double.take() {
                    found.push(Span::new(o, pos + c.len_utf8()));
                }
            }
            '"' => match open_double.take() {
                Some(o) => found.push(Span::new(o, pos + 1)),
                None => open_double = Some(pos),
            },
            '\u{2018}' if open_single.is_none() && at_word_start => {
                open_single = Some(pos);
            }
            '\'' | '\u{2019}' => {
                if let Some(o) = open_single {
                    if at_word_end {
                        found.push(Span::new(o, pos + c.len_utf8()));
                        open_single = None;
                    }
                } else if c == '\'' && at_word_start {
                    open_single = Some(pos);
                }
            }
            _ => {}
        }
    }
    if let Some(o) = open_double {
        found.push(Span::new(o, s.len()));
    }
    found.sort();
    out.extend(found.into_iter().map(|q| Span::new(para.start + q.start, para.start + q.end)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        let m = TextModel::new(t);
        m.tokens.iter().filter(|x| x.kind == TokenKind::Word).map(|x| &t[x.span().start..x.span().end]).collect()
    }

    fn sentences(t: &str) -> Vec<&str> {
        TextModel::new(t).sentences.iter().map(|s| &t[s.span.start..s.span.end]).collect()
    }

    #[test]
    fn words_keep_inner_marks() {
        assert_eq!(
            words("Haftar’s self-styled army: 1,000 dead, 4.5% of U.S. aid."),
            ["Haftar’s", "self-styled", "army", "1,000", "dead", "4.5", "of", "U.S", "aid"]
        );
        assert_eq!(words("‘Libyan National Army’ - 20-30"), ["Libyan", "National", "Army", "20-30"]);
    }

    #[test]
    fn sentences_respect_abbreviations_and_quotes() {
        let t = "Gen. Haftar met Mr. Smith in the U.S. capital. “We will win,” he said. Then he left!\nNew para";
        assert_eq!(
            sentences(t),
            ["Gen. Haftar met Mr. Smith in the U.S. capital.", "“We will win,” he said.", "Then he left!", "New para"]
        );
        assert_eq!(sentences("He said: \"It is over.\" She agreed."), ["He said: \"It is over.\"", "She agreed."]);
        // A straight quote after the stop and a space opens the next sentence.
        assert_eq!(
            sentences("They said he was late. \"He was going too fast,\" she said. 'Slow down,' he said."),
            ["They said he was late.", "\"He was going too fast,\" she said.", "'Slow down,' he said."]
        );
        assert_eq!(
            sentences(
                "She said: \u{201c}A woman was on top of me ... I don't think she made it.\u{201d} Then silence."
            ),
            ["She said: \u{201c}A woman was on top of me ... I don't think she made it.\u{201d}", "Then silence."]
        );
        assert_eq!(sentences("The river rose.The bridge closed."), ["The river rose.", "The bridge closed."]);
        assert_eq!(
            sentences("Read it on news.BBC or at U.S.Army sites."),
            ["Read it on news.BBC or at U.S.Army sites."]
        );
        assert_eq!(
            sentences("The lights went out... Then the screaming began."),
            ["The lights went out...", "Then the screaming began."]
        );
    }

    #[test]
    fn quotes_found() {
        let t =
            "The \"renegade\" general said ‘we will fight’ and that Haftar’s men’s \u{201c}liberation\u{201d} began.";
        let m = TextModel::new(t);
        let q: Vec<&str> = m.quotes.iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(q, ["\"renegade\"", "‘we will fight’", "\u{201c}liberation\u{201d}"]);
        let t2 = "“Partition is what they want. It is clear";
        let m2 = TextModel::new(t2);
        assert_eq!(m2.quotes, vec![Span::new(0, t2.len())]);
    }

    #[test]
    fn the_longest_quotation_inside_a_span_is_measured() {
        let t = "He said \u{201c}the road\u{201d} was shut and 'the river rose fast' later.";
        let m = TextModel::new(t);
        let text = |s: Option<Span>| s.map(|s| &t[s.start..s.end]);
        assert_eq!(text(m.longest_quote_in(Span::new(0, t.len()))), Some("'the river rose fast'"));
        assert_eq!(text(m.longest_quote_in(Span::new(0, t.find(" was").unwrap()))), Some("\u{201c}the road\u{201d}"));
        assert_eq!(text(m.longest_quote_in(Span::new(0, 14))), Some("\u{201c}the"), "the part inside");
        assert_eq!(m.words_within(Span::new(0, t.len())), 12);
    }

    #[test]
    fn quote_around_finds_the_first_holding_quotation() {
        let t = "He said \u{201c}the \u{2018}old\u{2019} road\u{201d} was shut, and 'the river \"rose\" fast' later.";
        let m = TextModel::new(t);
        for (i, _) in t.char_indices() {
            for (j, _) in t[i..].char_indices() {
                let span = Span::new(i, i + j);
                let slow = m.quotes.iter().copied().find(|q| q.contains(&span));
                assert_eq!(m.quote_around(span), slow, "{span:?}");
            }
        }
    }

    #[test]
    fn tokens_within_is_the_tokens_a_span_holds() {
        let t = "A dam broke, flooding 3,000 homes near the town.";
        let m = TextModel::new(t);
        for (i, _) in t.char_indices() {
            for (j, _) in t[i..].char_indices() {
                let span = Span::new(i, i + j);
                let slow: Vec<usize> = (0..m.tokens.len()).filter(|&k| span.contains(&m.tokens[k].span())).collect();
                assert_eq!(m.tokens_within(span).collect::<Vec<_>>(), slow, "{span:?}");
            }
        }
    }

    #[test]
    fn paragraphs_are_lines() {
        let t = "First line.\n\n  Second line.  \nThird";
        let m = TextModel::new(t);
        let p: Vec<&str> = m.paragraphs.iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(p, ["First line.", "Second line.", "Third"]);
        assert_eq!(m.sentence_at(15), Some(1));
        assert_eq!(m.sentence_at(14), None);
    }
}
