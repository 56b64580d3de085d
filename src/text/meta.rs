//! Title, outlet, source and publication date from what the article's own lines say.

/// Month names and abbreviations, in order.
const MONTHS: &[&[&str]] = &[
    &["january", "jan"],
    &["february", "feb"],
    &["march", "mar"],
    &["april", "apr"],
    &["may"],
    &["june", "jun"],
    &["july", "jul"],
    &["august", "aug"],
    &["september", "sep", "sept"],
    &["october", "oct"],
    &["november", "nov"],
    &["december", "dec"],
];

fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    MONTHS.iter().position(|names| names.contains(&w.as_str())).map(|i| i as u32 + 1)
}

fn valid(y: u32, m: u32, d: u32) -> Option<String> {
    ((1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// Find a calendar date in `s`: ISO (`2019-11-16`, with or without a time), `November 16, 2019`,
/// `Nov. 16 2019` or `16 November 2019`. Returns it as `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Option<String> {
    let b = s.as_bytes();
    for i in 0..b.len().saturating_sub(9) {
        let w = &s.get(i..i + 10)?;
        let wb = w.as_bytes();
        if wb[4] == b'-'
            && wb[7] == b'-'
            && wb.iter().enumerate().all(|(k, c)| k == 4 || k == 7 || c.is_ascii_digit())
            && (i == 0 || !b[i - 1].is_ascii_digit())
        {
            let y = w[0..4].parse().ok()?;
            let m = w[5..7].parse().ok()?;
            let d = w[8..10].parse().ok()?;
            if let Some(v) = valid(y, m, d) {
                return Some(v);
            }
        }
    }
    let words: Vec<&str> = s.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    let num = |w: &str| -> Option<u32> {
        let w = w.trim_end_matches(|c: char| c.is_alphabetic() || c == '.');
        (!w.is_empty() && w.len() <= 4 && w.bytes().all(|c| c.is_ascii_digit())).then(|| w.parse().ok())?
    };
    for k in 0..words.len() {
        if let Some(m) = month_number(words[k]) {
            // Month Day Year
            if let (Some(d), Some(y)) = (words.get(k + 1).and_then(|w| num(w)), words.get(k + 2).and_then(|w| num(w)))
                && let Some(v) = valid(y, m, d)
            {
                return Some(v);
            }
            // Day Month Year
            if let (Some(d), Some(y)) =
                (k.checked_sub(1).and_then(|j| num(words[j])), words.get(k + 1).and_then(|w| num(w)))
                && let Some(v) = valid(y, m, d)
            {
                return Some(v);
            }
        }
    }
    None
}

/// An outlet name from a file name that is a web domain, such as `00_thetimes.co.uk.txt`.
pub fn outlet_from_file_name(path: &str) -> Option<String> {
    let name = std::path::Path::new(path).file_stem()?.to_string_lossy().to_lowercase();
    let name = name.trim_start_matches(|c: char| c.is_ascii_digit()).trim_start_matches(['_', '-', ' ']);
    let name = name.strip_prefix("www.").unwrap_or(name);
    let parts: Vec<&str> = name.split('.').collect();
    let tld = parts.last()?;
    let ok = parts.len() >= 2
        && (2..=6).contains(&tld.len())
        && tld.bytes().all(|c| c.is_ascii_lowercase())
        && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-'));
    ok.then(|| name.to_owned())
}

/// Split a page title like `Headline | Site - tagline` into the headline and the site name.
pub fn split_title_site(title: &str) -> (String, Option<String>) {
    if let Some((head, site)) = title.rsplit_once(" | ") {
        let site = site.split(" - ").next().unwrap_or(site).trim();
        let words = site.split_whitespace().count();
        if !head.trim().is_empty() && (1..=6).contains(&words) {
            return (head.trim().to_owned(), Some(site.to_owned()));
        }
    }
    (title.trim().to_owned(), None)
}

/// What a metadata line says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MetaLine {
    /// "Published: November 16, 2019", "Updated 2019-11-16", or a lone date.
    Date(String),
    /// "Source: Reuters".
    Source(String),
    /// "By Jane Smith".
    Byline(String),
}

/// Read a line as metadata (date, source or byline), if that is all it is.
pub fn meta_line(line: &str) -> Option<MetaLine> {
    let lower = line.to_lowercase();
    let words = line.split_whitespace().count();
    if words > 10 {
        return None;
    }
    for label in ["published", "updated", "posted", "last updated", "date", "first published"] {
        if let Some(rest) = lower.strip_prefix(label)
            && rest.starts_with([':', ' '])
            && let Some(d) = parse_date(rest)
        {
            return Some(MetaLine::Date(d));
        }
    }
    for label in ["source:", "via:", "sources:"] {
        if lower.starts_with(label) {
            let v = line[label.len()..].trim();
            if !v.is_empty() && v.split_whitespace().count() <= 6 {
                return Some(MetaLine::Source(v.to_owned()));
            }
        }
    }
    if let Some(rest) = line.strip_prefix("By ").or_else(|| line.strip_prefix("BY ")) {
        let names = rest.split_whitespace().count();
        if (1..=8).contains(&names) && rest.chars().next().is_some_and(char::is_uppercase) && !rest.ends_with('.') {
            return Some(MetaLine::Byline(rest.trim().to_owned()));
        }
    }
    if words <= 6
        && let Some(d) = parse_date(line)
    {
        let letters_outside = line
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic) && month_number(w.trim_matches(',')).is_none())
            .filter(|w| !is_weekday(w))
            .count();
        if letters_outside <= 1 {
            return Some(MetaLine::Date(d));
        }
    }
    None
}

fn is_weekday(w: &str) -> bool {
    let w = w.trim_matches([',', '.']).to_lowercase();
    [
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "gmt",
        "utc",
        "et",
        "bst",
    ]
    .contains(&w.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(parse_date("Published: November 16, 2019").as_deref(), Some("2019-11-16"));
        assert_eq!(parse_date("2019-11-16T10:00:00Z").as_deref(), Some("2019-11-16"));
        assert_eq!(parse_date("Sat 16 Nov 2019 10.00 GMT").as_deref(), Some("2019-11-16"));
        assert_eq!(parse_date("Sept. 3, 2017").as_deref(), Some("2017-09-03"));
        assert_eq!(parse_date("at least 220 have been killed"), None);
        assert_eq!(parse_date("May 2019"), None);
    }

    #[test]
    fn meta_lines() {
        assert_eq!(meta_line("Published: November 16, 2019"), Some(MetaLine::Date("2019-11-16".into())));
        assert_eq!(meta_line("Source: al jazeera"), Some(MetaLine::Source("al jazeera".into())));
        assert_eq!(meta_line("By Jane Smith and Ali Omar"), Some(MetaLine::Byline("Jane Smith and Ali Omar".into())));
        assert_eq!(meta_line("By Sunday the fighting had stopped."), None);
        assert_eq!(meta_line("Monday, 4 March 2019"), Some(MetaLine::Date("2019-03-04".into())));
    }

    #[test]
    fn outlets() {
        assert_eq!(outlet_from_file_name("x/00_thetimes.co.uk.txt").as_deref(), Some("thetimes.co.uk"));
        assert_eq!(outlet_from_file_name("seeds/000_acaca5ba74d867b7.txt"), None);
        assert_eq!(
            split_title_site("Haftar’s forces push | All Charts News - breaking news english"),
            ("Haftar’s forces push".to_owned(), Some("All Charts News".to_owned()))
        );
    }
}
