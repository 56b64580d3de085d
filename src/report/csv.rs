//! CSV tables (RFC 4180) for spreadsheets: the number groups, one row per figure, or the shared
//! passages, one row per member. A CSV file holds one table, so each is its own format
//! ([`CsvTable`]).
//!
//! Records end in CRLF; a field is quoted when it holds a comma, a double quote (doubled inside),
//! a line break or leading or trailing space. Text from an input stays text in a spreadsheet: a text
//! field that starts with `=`, `+`, `-`, `@` or a tab gets a leading `'` (else a spreadsheet may
//! run it as a formula), and control and direction characters other than line breaks and tabs are
//! shown as `\u{..}` escapes, as in the terminal report.

use crate::model::{Comparison, NumberGroup, NumberMention};
use crate::view::ComparisonView;

/// Which table a CSV report holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CsvTable {
    /// One row per figure, grouped: the groups in display order, then the figures in no group.
    #[default]
    Numbers,
    /// One row per member of each shared passage.
    Passages,
}

impl CsvTable {
    /// The table's name on the command line and in a file name (`numbers`, `passages`).
    pub fn as_str(self) -> &'static str {
        match self {
            CsvTable::Numbers => "numbers",
            CsvTable::Passages => "passages",
        }
    }
}

/// The columns of the numbers table.
pub const NUMBER_COLUMNS: [&str; 18] = [
    "group",
    "group_what",
    "status",
    "within_article",
    "counted",
    "figure",
    "article",
    "outlet",
    "published",
    "text",
    "value",
    "value_max",
    "qualifier",
    "what",
    "background",
    "start",
    "end",
    "sentence",
];

/// The columns of the passages table.
pub const PASSAGE_COLUMNS: [&str; 12] = [
    "passage",
    "kind",
    "similarity",
    "members",
    "same_outlet",
    "coarse_diff",
    "article",
    "outlet",
    "title",
    "start",
    "end",
    "text",
];

/// Render one table of the comparison.
pub fn render(cmp: &Comparison, table: CsvTable) -> String {
    let view = ComparisonView::build(cmp);
    match table {
        CsvTable::Numbers => numbers(cmp, &view),
        CsvTable::Passages => passages(cmp),
    }
}

/// A field as written: quoted when it must be.
fn field(s: &str) -> String {
    let needs_quotes = s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ');
    if needs_quotes { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_owned() }
}

/// Text from an input, made safe for a spreadsheet (see the module docs), then quoted as needed.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 1);
    if s.starts_with(['=', '+', '-', '@', '\t']) {
        out.push('\'');
    }
    for c in s.chars() {
        let bidi = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        if (c.is_control() && !matches!(c, '\n' | '\t')) || bidi {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    field(&out)
}

fn record(out: &mut String, fields: &[String]) {
    out.push_str(&fields.join(","));
    out.push_str("\r\n");
}

fn header(out: &mut String, columns: &[&str]) {
    record(out, &columns.iter().map(|c| (*c).to_owned()).collect::<Vec<_>>());
}

fn flag(b: bool) -> String {
    if b { "true" } else { "false" }.to_owned()
}

/// A value as a spreadsheet reads a number: `12`, `1.5`, `4500000000`.
fn number(v: f64) -> String {
    if !v.is_finite() {
        String::new()
    } else if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

fn numbers(cmp: &Comparison, view: &ComparisonView) -> String {
    let mut out = String::new();
    header(&mut out, &NUMBER_COLUMNS);
    let mut grouped = std::collections::HashSet::new();
    for g in view.number_order.iter().filter_map(|&i| cmp.number_groups.get(i)) {
        for id in &g.members {
            if let Some(n) = cmp.numbers.iter().find(|n| &n.id == id) {
                grouped.insert(n.id);
                number_row(&mut out, cmp, Some(g), n);
            }
        }
    }
    for n in cmp.numbers.iter().filter(|n| !grouped.contains(&n.id)) {
        number_row(&mut out, cmp, None, n);
    }
    out
}

fn number_row(out: &mut String, cmp: &Comparison, g: Option<&NumberGroup>, n: &NumberMention) {
    let article = cmp.article(n.article);
    let fields = [
        g.map_or_else(String::new, |g| field(&g.id)),
        g.map_or_else(String::new, |g| field(&g.what_label())),
        g.map_or_else(String::new, |g| g.status.as_str().to_owned()),
        g.map_or_else(String::new, |g| flag(g.within_article)),
        g.and_then(|g| g.counted.as_deref()).map_or_else(String::new, text),
        n.id.to_string(),
        n.article.to_string(),
        article.and_then(|a| a.outlet.as_deref()).map_or_else(String::new, text),
        article.and_then(|a| a.published.as_deref()).map_or_else(String::new, text),
        text(&n.text),
        number(n.value),
        n.value_max.map_or_else(String::new, number),
        n.qualifier.as_str().to_owned(),
        n.what.as_str().to_owned(),
        flag(n.background),
        n.span.start.to_string(),
        n.span.end.to_string(),
        text(&n.sentence),
    ];
    record(out, &fields);
}

fn passages(cmp: &Comparison) -> String {
    let mut out = String::new();
    header(&mut out, &PASSAGE_COLUMNS);
    for p in &cmp.passages {
        for m in &p.members {
            let article = cmp.article(m.article);
            let fields = [
                field(&p.id),
                p.kind.as_str().to_owned(),
                format!("{:.2}", p.similarity),
                p.members.len().to_string(),
                flag(p.same_outlet),
                flag(p.coarse_diff),
                m.article.to_string(),
                article.and_then(|a| a.outlet.as_deref()).map_or_else(String::new, text),
                article.map_or_else(String::new, |a| text(&a.title)),
                m.span.start.to_string(),
                m.span.end.to_string(),
                text(&m.text),
            ];
            record(&mut out, &fields);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_as_rfc_4180_asks() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field(" padded"), "\" padded\"");
        assert_eq!(field(""), "");
    }

    #[test]
    fn input_text_stays_text_in_a_spreadsheet() {
        assert_eq!(text("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(text("-12 dead"), "'-12 dead");
        assert_eq!(text("a\u{1b}[31m b"), "a\\u{1b}[31m b");
        assert_eq!(text("tab\tin"), "tab\tin");
    }

    #[test]
    fn values_read_as_numbers() {
        assert_eq!(number(12.0), "12");
        assert_eq!(number(1.5), "1.5");
        assert_eq!(number(4.5e9), "4500000000");
        assert_eq!(number(f64::NAN), "");
    }
}
