//! Calendar dates as news pages write them.

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

/// The days of the week, lower case.
pub const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// True when a lower-case word names a day of the week in full ("monday").
pub fn is_weekday_name(lower: &str) -> bool {
    WEEKDAYS.contains(&lower)
}

/// True when a lower-case word names a month, in full or abbreviated ("sept.", "november").
pub fn is_month_name(lower: &str) -> bool {
    let w = lower.trim_end_matches('.');
    MONTHS.iter().any(|names| names.contains(&w))
}

/// The month (1–12) a word names, in full or abbreviated ("Sept.", "november").
pub fn month_number(word: &str) -> Option<u32> {
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
        // A window that cuts a character of several bytes holds no ISO date: look further on.
        let Some(w) = s.get(i..i + 10) else { continue };
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
    fn month_names_in_full_and_short() {
        for w in ["may", "sept.", "sep", "november", "dec"] {
            assert!(is_month_name(w), "{w}");
        }
        for w in ["mayor", "marching", "decade", "novel"] {
            assert!(!is_month_name(w), "{w}");
        }
        assert_eq!(month_number("Sept."), Some(9));
    }
}
