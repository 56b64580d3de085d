//! Normal forms for matching: case, quote and dash styles, digit grouping, British/American spelling.

/// A word's match key ([`match_key`]), held inline when short (nearly every word), so the keys of
/// a text take no heap block each.
pub type Key = smol_str::SmolStr;

/// Longest key held inline by [`Key`].
const INLINE: usize = 23;

/// [`match_key`] as a [`Key`]. A short plain-ASCII word with no spelling to fold (most words) is
/// lowered straight into the key; any other word takes the full fold.
pub fn match_key_inline(word: &str) -> Key {
    let bytes = word.as_bytes();
    if bytes.len() <= INLINE && word.is_ascii() && !bytes.contains(&b'`') {
        let mut buf = [0u8; INLINE];
        let mut n = 0;
        let digits = bytes.iter().any(u8::is_ascii_digit);
        for &b in bytes {
            if !(digits && b == b',') {
                buf[n] = b.to_ascii_lowercase();
                n += 1;
            }
        }
        if let Ok(s) = std::str::from_utf8(&buf[..n])
            && (digits || !spelling_may_fold(s))
        {
            return Key::new(s);
        }
    }
    Key::from(match_key(word))
}

/// Fold a word for matching across outlets: lower case, straight apostrophes, no digit grouping
/// commas, American spelling (`recognised` and `recognized` fold alike).
pub fn match_key(word: &str) -> String {
    let mut s = diff_key(word);
    if s.bytes().any(|b| b.is_ascii_digit()) {
        s.retain(|c| c != ',');
        return s;
    }
    americanize(&mut s);
    s
}

/// Fold a token for a word diff: lower case, straight quotes and apostrophes, one kind of dash.
/// Spelling is kept, so a diff still shows `recognized` against `recognised`.
pub fn diff_key(token: &str) -> String {
    // Plain ASCII (most words) needs only lower case: of its characters only '`' is folded.
    if token.is_ascii() && !token.contains('`') {
        return token.to_ascii_lowercase();
    }
    token.chars().flat_map(char::to_lowercase).map(fold_diff_char).collect()
}

/// True when two tokens have the same [`diff_key`], without building either key.
pub fn same_diff_key(x: &str, y: &str) -> bool {
    if x.is_ascii() && y.is_ascii() {
        let fold = |b: u8| if b == b'`' { b'\'' } else { b.to_ascii_lowercase() };
        return x.len() == y.len() && x.bytes().zip(y.bytes()).all(|(a, b)| fold(a) == fold(b));
    }
    let folded = |t: &str| t.chars().flat_map(char::to_lowercase).map(fold_diff_char).collect::<Vec<char>>();
    folded(x) == folded(y)
}

/// The diff's folding of one lower-case character (see [`diff_key`]).
fn fold_diff_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '`' | '\u{b4}' => '\'',
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '\u{ab}' | '\u{bb}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => '-',
        '\u{a0}' | '\u{2009}' | '\u{202f}' => ' ',
        c => c,
    }
}

/// Words that end in -ise but are not British spellings of -ize words.
const ISE_WORDS: &[&str] = &[
    "advertise",
    "advise",
    "apprise",
    "arise",
    "chastise",
    "circumcise",
    "comprise",
    "compromise",
    "concise",
    "demise",
    "despise",
    "devise",
    "disguise",
    "enterprise",
    "excise",
    "exercise",
    "expertise",
    "franchise",
    "improvise",
    "incise",
    "merchandise",
    "noise",
    "otherwise",
    "paradise",
    "poise",
    "praise",
    "precise",
    "premise",
    "promise",
    "raise",
    "reprise",
    "revise",
    "rise",
    "supervise",
    "surmise",
    "surprise",
    "televise",
    "treatise",
    "wise",
    "cruise",
    "bruise",
    "guise",
    "clockwise",
    "likewise",
    "anticlockwise",
    "appraise",
    "braise",
    "upraise",
    "sunrise",
    "uprise",
    "valise",
    "mortise",
    "tortoise",
    "porpoise",
    "turquoise",
    "chemise",
    "cerise",
    "concise",
    "incise",
    "reprise",
    "baptise",
];

/// British spellings with a fixed American form.
const PAIRS: &[(&str, &str)] = &[
    ("defence", "defense"),
    ("offence", "offense"),
    ("licence", "license"),
    ("pretence", "pretense"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("centre", "center"),
    ("centres", "centers"),
    ("metre", "meter"),
    ("metres", "meters"),
    ("kilometre", "kilometer"),
    ("kilometres", "kilometers"),
    ("theatre", "theater"),
    ("litre", "liter"),
    ("litres", "liters"),
    ("fibre", "fiber"),
    ("travelled", "traveled"),
    ("travelling", "traveling"),
    ("cancelled", "canceled"),
    ("cancelling", "canceling"),
    ("labelled", "labeled"),
    ("modelling", "modeling"),
    ("fuelled", "fueled"),
    ("counselling", "counseling"),
    ("jewellery", "jewelry"),
    ("grey", "gray"),
    ("tyre", "tire"),
    ("tyres", "tires"),
    ("kerb", "curb"),
    ("aluminium", "aluminum"),
    ("manoeuvre", "maneuver"),
    ("manoeuvres", "maneuvers"),
    ("paediatric", "pediatric"),
    ("anaesthetic", "anesthetic"),
    ("enrolment", "enrollment"),
    ("judgement", "judgment"),
    ("ageing", "aging"),
    ("sceptical", "skeptical"),
    ("sceptic", "skeptic"),
    ("plough", "plow"),
    ("cheque", "check"),
    ("catalogue", "catalog"),
    ("dialogue", "dialog"),
    ("analyse", "analyze"),
    ("analysed", "analyzed"),
    ("analysing", "analyzing"),
    ("paralyse", "paralyze"),
    ("paralysed", "paralyzed"),
    ("whilst", "while"),
    ("amongst", "among"),
];

/// -our words whose American form drops the u.
const OUR_STEMS: &[&str] = &[
    "colour",
    "favour",
    "honour",
    "labour",
    "neighbour",
    "behaviour",
    "harbour",
    "humour",
    "rumour",
    "armour",
    "vigour",
    "valour",
    "endeavour",
    "flavour",
    "savour",
    "splendour",
    "tumour",
    "vapour",
    "odour",
    "rigour",
    "clamour",
    "glamour",
    "candour",
    "ardour",
];

/// British spellings listed word by word, to their American form.
fn spelling_pairs() -> &'static std::collections::HashMap<&'static str, &'static str> {
    static PAIR_INDEX: std::sync::OnceLock<std::collections::HashMap<&str, &str>> = std::sync::OnceLock::new();
    // The first pair listed for a spelling wins, as a scan of the list would have it.
    PAIR_INDEX.get_or_init(|| PAIRS.iter().rev().copied().collect())
}

/// Whether [`americanize`] may change a lower-case word: it is listed, or holds "our" or "is"
/// (every spelling rule's ending does).
fn spelling_may_fold(s: &str) -> bool {
    spelling_pairs().contains_key(s) || s.contains("our") || s.contains("is")
}

fn americanize(s: &mut String) {
    if let Some(us) = spelling_pairs().get(s.as_str()) {
        *s = (*us).to_owned();
        return;
    }
    // Every spelling below holds "our" or "is": most words are passed over at once.
    if !s.contains("our") && !s.contains("is") {
        return;
    }
    for stem in OUR_STEMS {
        if let Some(rest) = s.strip_prefix(stem)
            && (rest.is_empty()
                || ["s", "ed", "ing", "ite", "ites", "able", "ably", "ful", "er", "ers"].contains(&rest))
        {
            let us = format!("{}or{}", &stem[..stem.len() - 3], rest);
            *s = us;
            return;
        }
    }
    for (uk, us) in [
        ("isation", "ization"),
        ("isations", "izations"),
        ("ise", "ize"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ising", "izing"),
        ("iser", "izer"),
        ("isers", "izers"),
    ] {
        if let Some(stem) = s.strip_suffix(uk) {
            if stem.len() >= 3 && !is_ise_word(stem) {
                *s = format!("{stem}{us}");
            }
            return;
        }
    }
}

fn is_ise_word(stem: &str) -> bool {
    let base = format!("{stem}ise");
    ISE_WORDS.iter().any(|w| base.ends_with(w))
}

/// True for words that carry little meaning on their own (articles, prepositions, auxiliaries).
pub fn is_stopword(key: &str) -> bool {
    // Asked of every word many times over: one hash and one comparison, not a search of the list.
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str, foldhash::fast::FixedState>> =
        std::sync::OnceLock::new();
    key.len() <= LONGEST_STOPWORD && SET.get_or_init(|| STOPWORDS.iter().copied().collect()).contains(key)
}

/// Bytes in the longest word of [`STOPWORDS`]: a longer key is no stopword, unhashed.
const LONGEST_STOPWORD: usize = 10;

/// Sorted list of English function words.
const STOPWORDS: &[&str] = &[
    "'s",
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "it's",
    "its",
    "itself",
    "just",
    "me",
    "more",
    "most",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_inline_key_is_the_full_fold() {
        for w in [
            "Harbour",
            "1,200",
            "Colour-blind",
            "it`s",
            "Theatre",
            "is",
            "Isis",
            "organisation's",
            "Straße",
            "a-very-long-hyphenated-compound-word",
            "RECOGNISED",
            "3,4",
            "tyres",
            "x,y",
        ] {
            assert_eq!(match_key_inline(w).as_str(), match_key(w), "{w}");
        }
    }

    proptest::proptest! {
        #[test]
        fn inline_keys_fold_as_match_key(w in "[A-Za-z0-9,'`\\-]{0,30}|\\PC{0,8}") {
            proptest::prop_assert_eq!(match_key_inline(&w).to_string(), match_key(&w));
        }
    }

    #[test]
    fn spelling_folds() {
        for (a, b) in [
            ("recognised", "recognized"),
            ("Organisation", "organization"),
            ("colours", "colors"),
            ("defence", "defense"),
            ("centre", "center"),
            ("Haftar’s", "haftar's"),
            ("1,000", "1000"),
        ] {
            assert_eq!(match_key(a), match_key(b), "{a} vs {b}");
        }
        for w in ["promise", "raised", "surprising", "exercise", "advertised", "otherwise", "rises", "noise"] {
            assert_eq!(match_key(w), w.to_lowercase(), "{w} must not change");
        }
    }

    #[test]
    fn diff_key_keeps_spelling() {
        assert_ne!(diff_key("recognised"), diff_key("recognized"));
        assert_eq!(diff_key("“Army’"), diff_key("\"army'"));
        // Plain ASCII takes the short way and folds the same: the grave accent still becomes '.
        assert_eq!(diff_key("Don`t STOP"), "don't stop");
        assert_eq!(match_key("PARIS"), "paris");
        assert_eq!(match_key("Honourable"), "honorable");
    }

    #[test]
    fn stopwords_sorted() {
        assert!(STOPWORDS.windows(2).all(|w| w[0] < w[1]), "stopword list must stay sorted");
        let tokens = [
            "Said",
            "said",
            "SAID",
            "don't",
            "don\u{2019}t",
            "don`t",
            "\u{201c}",
            "\"",
            "\u{2014}",
            "-",
            "Über",
            "über",
            "ÜBER",
            "uber",
            "",
        ];
        for x in tokens {
            for y in tokens {
                assert_eq!(same_diff_key(x, y), diff_key(x) == diff_key(y), "{x:?} / {y:?}");
            }
        }
        assert_eq!(STOPWORDS.iter().map(|w| w.len()).max(), Some(LONGEST_STOPWORD));
        assert!(STOPWORDS.iter().all(|w| is_stopword(w)) && !is_stopword("harbour") && !is_stopword(""));
        assert!(is_stopword("the") && !is_stopword("haftar"));
    }
}
