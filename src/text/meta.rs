//! Title, outlet, source and publication date from what the article's own lines say.

use crate::lang::dates::{month_number, parse_date};

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

/// True when two outlet names are the same outlet: the same web domain below its public suffix
/// (`edition.cnn.com` and `cnn.com`, `africa.chinadaily.com.cn` and `chinadaily.com.cn`), the same
/// name ignoring case, spaces and punctuation (`The Sun`, `THE SUN`), or a name that spells a domain's
/// site (`The Sun` and `thesun.co.uk`). An empty name is no outlet.
pub fn same_outlet(a: &str, b: &str) -> bool {
    match (site_domain(a), site_domain(b)) {
        (Some(x), Some(y)) => x == y,
        (Some(d), None) => site_label(&d) == compact(b),
        (None, Some(d)) => site_label(&d) == compact(a),
        (None, None) => !compact(a).is_empty() && compact(a) == compact(b),
    }
}

/// A name folded for comparing: its letters and digits, lower-cased.
fn compact(name: &str) -> String {
    name.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The registrable part of a web domain (`edition.cnn.com` → `cnn.com`, `news.bbc.co.uk` →
/// `bbc.co.uk`), or `None` when `name` is not a domain.
fn site_domain(name: &str) -> Option<String> {
    let name = name.trim().to_lowercase();
    let name = name.strip_prefix("www.").unwrap_or(&name);
    let labels: Vec<&str> = name.split('.').collect();
    let tld = labels.last()?;
    let is_domain = labels.len() >= 2
        && (2..=6).contains(&tld.len())
        && tld.bytes().all(|c| c.is_ascii_lowercase())
        && labels.iter().all(|l| !l.is_empty() && l.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-'));
    if !is_domain {
        return None;
    }
    // A country's second-level suffix (`co.uk`, `com.cn`, `org.au`) keeps one more label.
    let second = labels[labels.len() - 2];
    let keep =
        if tld.len() == 2 && labels.len() >= 3 && ["co", "com", "org", "net", "gov", "ac", "edu"].contains(&second) {
            3
        } else {
            2
        };
    Some(labels[labels.len() - keep..].join("."))
}

/// The site's own label of a registrable domain: `thesun` of `thesun.co.uk`.
fn site_label(domain: &str) -> String {
    domain.split('.').next().unwrap_or("").to_owned()
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
    // "By Jane Roe | March 2, 2018 at 10:04 AM": a byline and a date on one line; the date is the news.
    if let Some((_, after)) = line.split_once(" | ").or_else(|| line.split_once(" \u{2022} "))
        && words <= 12
        && let Some(d) = parse_date(after)
    {
        return Some(MetaLine::Date(d));
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

/// A day of the week, in full or abbreviated, or a time zone, as dateline furniture writes them.
fn is_weekday(w: &str) -> bool {
    let w = w.trim_matches([',', '.']).to_lowercase();
    crate::lang::dates::is_weekday_name(&w)
        || ["mon", "tue", "wed", "thu", "fri", "sat", "sun", "gmt", "utc", "et", "bst"].contains(&w.as_str())
}

/// The language of a text, as far as the English-shaped furniture rules are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    /// Latin script with the function words of English (or too little text to tell).
    English,
    /// Latin script, but too few English function words: another language.
    OtherLatin,
    /// Mostly letters of another script: Han, kana, Hangul, Cyrillic, Greek, Arabic, Hebrew, ...
    OtherScript,
}

/// Words common in any English text and rare in other languages that use the Latin script (only
/// those of at most four letters are looked at); sorted, for a binary search.
const ENGLISH_FUNCTION_WORDS: &[&str] = &[
    "and", "are", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have", "he", "her", "his", "it",
    "its", "not", "of", "or", "said", "she", "that", "the", "they", "this", "to", "were", "who", "with",
];

/// Judge a text's language from its lines: by script first (letters outside the Latin script
/// outnumbering Latin ones), then by the short lowercase words of its sentences (lines that end as
/// sentences do). Those are mostly function words in any language; in English a good share of them
/// (a third to a half) are English function words, in other languages almost none. Menus, lists of
/// names and tables of results have few short lowercase words in any language: texts with fewer
/// than 20 count as English.
pub fn language(lines: &[&str]) -> Language {
    let (mut latin, mut other) = (0usize, 0usize);
    let (mut short, mut english) = (0usize, 0usize);
    for line in lines {
        if line.is_ascii() {
            // Every ASCII letter is Latin.
            latin += line.bytes().filter(u8::is_ascii_alphabetic).count();
        } else {
            for c in line.chars().filter(|c| c.is_alphabetic()) {
                if is_latin(c) { latin += 1 } else { other += 1 }
            }
        }
        if !super::furniture::ends_as_sentence(line) {
            continue;
        }
        let (s, e) = if line.is_ascii() { short_words_ascii(line) } else { short_words(line) };
        short += s;
        english += e;
    }
    if other > latin && other >= 20 {
        Language::OtherScript
    } else if short >= 20 && english * 10 < short {
        Language::OtherLatin
    } else {
        Language::English
    }
}

/// The short lower-case Latin words of a line (one to four letters) and how many of them are
/// English function words.
fn short_words(line: &str) -> (usize, usize) {
    let (mut short, mut english) = (0, 0);
    for w in line.split(|c: char| !c.is_alphabetic()) {
        let letters = if w.is_ascii() { w.len() } else { w.chars().count() };
        if (1..=4).contains(&letters) && w.chars().all(|c| is_latin(c) && c.is_lowercase()) {
            short += 1;
            english += usize::from(ENGLISH_FUNCTION_WORDS.binary_search(&w).is_ok());
        }
    }
    (short, english)
}

/// [`short_words`] of an ASCII line, by bytes (every ASCII letter is Latin).
fn short_words_ascii(line: &str) -> (usize, usize) {
    let (mut short, mut english) = (0, 0);
    for w in line.as_bytes().split(|b| !b.is_ascii_alphabetic()) {
        if (1..=4).contains(&w.len()) && w.iter().all(u8::is_ascii_lowercase) {
            short += 1;
            let w = std::str::from_utf8(w).unwrap_or_default();
            english += usize::from(ENGLISH_FUNCTION_WORDS.binary_search(&w).is_ok());
        }
    }
    (short, english)
}

/// True for letters of the Latin script (basic, Latin-1, extended and additional blocks).
pub fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, '\u{aa}' | '\u{ba}' | '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}' | '\u{ff21}'..='\u{ff5a}')
            && c != '\u{d7}'
            && c != '\u{f7}'
}

/// True for characters of scripts written without spaces between words: Han ideographs, kana,
/// and the Thai, Lao, Khmer and Myanmar scripts.
pub fn is_unspaced(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}'
        | '\u{f900}'..='\u{faff}' | '\u{ff66}'..='\u{ff9f}' | '\u{20000}'..='\u{3134f}'
        | '\u{0e00}'..='\u{0eff}' | '\u{1000}'..='\u{109f}' | '\u{1780}'..='\u{17ff}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ascii_line_counts_its_short_words_alike_by_bytes() {
        for line in [
            "The ferry left at noon, and it was on time.",
            "Der Bus kam um acht und fuhr ab, wie es im Plan stand.",
            "  a I x-ray e.g. IT's won't 42 abcd abcde ",
            "",
        ] {
            assert_eq!(short_words_ascii(line), short_words(line), "{line}");
        }
    }

    #[test]
    fn the_english_function_words_stay_sorted_for_their_search() {
        assert!(ENGLISH_FUNCTION_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn meta_lines() {
        assert_eq!(meta_line("Published: November 16, 2019"), Some(MetaLine::Date("2019-11-16".into())));
        let d = |s: &str| meta_line(s).and_then(|m| if let MetaLine::Date(d) = m { Some(d) } else { None });
        assert_eq!(d("Published: November 16, 2019 \u{2014} 10:00").as_deref(), Some("2019-11-16"));
        assert_eq!(d("Updated: 2018-03-02 09:41").as_deref(), Some("2018-03-02"));
        assert_eq!(d("2 March 2018 \u{2022} 10:04am").as_deref(), Some("2018-03-02"));
        assert_eq!(d("By Ann Ferrier | March 2, 2018 at 10:04 AM").as_deref(), Some("2018-03-02"));
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

    #[test]
    fn same_outlets() {
        assert!(same_outlet("thesun.co.uk", "thesun.co.uk"));
        assert!(same_outlet("edition.cnn.com", "cnn.com"));
        assert!(same_outlet("africa.chinadaily.com.cn", "europe.chinadaily.com.cn"));
        assert!(same_outlet("www.bbc.com", "BBC.com"));
        assert!(same_outlet("The Sun", "THE SUN"));
        assert!(same_outlet("The Sun", "thesun.co.uk"));
        assert!(same_outlet("Daily Mail", "dailymail.co.uk"));
        assert!(!same_outlet("thesun.co.uk", "dailymail.co.uk"));
        assert!(!same_outlet("independent.co.uk", "independent.ie"), "another country's outlet");
        assert!(!same_outlet("co.uk", "bbc.co.uk"));
        assert!(!same_outlet("BBC News", "bbc.com"), "a name that is not the site's label");
        assert!(!same_outlet("", ""));
        assert!(!same_outlet("World Today", "Black Listed News"));
    }

    #[test]
    fn languages() {
        let english = [
            "The council said on Monday that the new bridge would open after the summer, and that it had been paid for by the city and the region.",
        ];
        assert_eq!(language(&english), Language::English);
        let german = [
            "Der Stadtrat teilte am Montag mit, dass die neue Brücke nach dem Sommer öffnen soll.",
            "Sie wurde von der Stadt und der Region bezahlt, wie ein Sprecher in einer kurzen Mitteilung sagte.",
            "Die Arbeiten hatten zwei Jahre gedauert, und die Anwohner sind froh, dass es nun bald vorbei ist.",
        ];
        assert_eq!(language(&german), Language::OtherLatin);
        let spanish = [
            "El ayuntamiento anunció el lunes que el nuevo puente se abrirá después del verano.",
            "Fue pagado por la ciudad y la región, según explicó un portavoz en una breve nota a la prensa local.",
            "Las obras duraron dos años, y los vecinos se alegran de que todo esto por fin se acabe pronto.",
        ];
        assert_eq!(language(&spanish), Language::OtherLatin);
        assert_eq!(language(&["新しい橋は夏の後に開通すると市議会が月曜日に発表した。"]), Language::OtherScript);
        assert_eq!(
            language(&["Городской совет объявил в понедельник, что новый мост откроется после лета."]),
            Language::OtherScript
        );
        assert_eq!(language(&["أعلن مجلس المدينة يوم الاثنين أن الجسر الجديد سيفتح بعد الصيف."]), Language::OtherScript);
        assert_eq!(language(&["Short note", "Menu"]), Language::English);
        let menu = [
            "Archives Select Month March 2019 February 2019 January 2019 December 2018 November 2018 October 2018 \
                     Categories Select Category Business Culture Economy Education Environment Health Science Sport World",
        ];
        assert_eq!(language(&menu), Language::English, "a menu says nothing of the language");
        assert!(is_unspaced('橋') && is_unspaced('の') && !is_unspaced('a') && !is_unspaced('м'));
        assert!(is_latin('é') && is_latin('ß') && !is_latin('м') && !is_latin('×'));
    }
}
