//! Who said a thing is not what was said: the part of a news sentence left when its attribution
//! ("…, police said.", "According to the ministry, …", "The company said that …") is set aside,
//! so two outlets quoting different sources for one fact can be judged on the fact.

/// Verbs that attribute a statement to a source at a sentence's end ("…, the police said").
const REPORTING: &[&str] = &[
    "said",
    "says",
    "reported",
    "reports",
    "added",
    "adds",
    "wrote",
    "announced",
    "stated",
    "confirmed",
    "noted",
    "told",
];
/// Words opening a source's name at either end ("according to the ministry", "citing officials").
const SOURCE_OPENERS: &[&str] = &["according", "citing", "quoting"];
/// Forms of "to be": "were reported" is a passive verb of the sentence, not an attribution.
const BE: &[&str] = &["am", "is", "are", "was", "were", "be", "been", "being"];
/// Words that begin a clause of their own: what follows is not a plain source.
const CLAUSE: &[&str] = &["that", "which", "who", "whom", "whose"];
/// Words after which "X said" goes on with a prepositional phrase, not the statement.
const PREPOSITIONS: &[&str] = &["about", "at", "by", "for", "from", "in", "of", "on", "to", "with"];
const DAYS: &[&str] =
    &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"];
/// Marks that open or close a quotation.
const QUOTE_MARKS: [char; 5] = ['"', '\u{201c}', '\u{201d}', '\'', '\u{2019}'];
/// Most words of an attribution at the end of a sentence ("…, a senior official at the ministry said").
const MOST_TRAILING: usize = 9;
/// Most words of a source opened by "according to" or "citing".
const MOST_SOURCE: usize = 14;
/// Most words of the subject of an opening "X said".
const MOST_SUBJECT: usize = 5;
/// Fewest words the statement must keep: the judge reads a few words too leniently.
const FEWEST_LEFT: usize = 6;

/// A word of the sentence: its byte range (with any mark standing apart after it) and its letters
/// in lower case, edge punctuation removed.
struct Word {
    start: usize,
    end: usize,
    bare: String,
}

fn words(text: &str) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut at = 0;
    for piece in text.split_inclusive(char::is_whitespace) {
        let trimmed = piece.trim_end();
        if trimmed.chars().any(char::is_alphanumeric) {
            let bare = trimmed.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            out.push(Word { start: at, end: at + trimmed.len(), bare });
        } else if let Some(last) = out.last_mut().filter(|_| !trimmed.is_empty()) {
            // A mark standing apart ("word ,") belongs to the word before it.
            last.end = at + trimmed.len();
        }
        at += piece.len();
    }
    out
}

/// The sentence without its attribution, or `None` when it has none. At the end, comma-set
/// sources go one by one ("…, Reuters reported, citing two officials."); at the start, an
/// "According to X," opener, then an opening "X said (that)" whose statement follows. A direct
/// quotation keeps its speaker (`None`): quoted words are someone's words, and two people's
/// quotations are not one statement however alike they sound.
pub fn statement(text: &str) -> Option<&str> {
    let w = words(text);
    let (mut first, mut last) = (0, w.len());
    while let Some(cut) = trailing_source(text, &w[first..last]) {
        last = first + cut;
    }
    if let Some(skip) = opening_source(text, &w[first..last]) {
        first += skip;
    }
    if let Some(skip) = opening_speaker(&w[first..last]) {
        first += skip;
    }
    if (first, last) == (0, w.len()) || last < first + FEWEST_LEFT {
        return None;
    }
    let tail = &w[last - 1];
    let end = tail.start
        + text[tail.start..tail.end]
            .trim_end_matches(|c: char| matches!(c, ',' | ';' | ':') || c.is_whitespace())
            .len();
    let said = &text[w[first].start..end];
    let quotation = said.starts_with(QUOTE_MARKS) || said.ends_with(QUOTE_MARKS);
    (!quotation).then_some(said)
}

/// Index of the first word of a source at the end of `w` set off by a comma, if there is one.
fn trailing_source(text: &str, w: &[Word]) -> Option<usize> {
    let (_, before_last) = w.split_last()?;
    let comma = before_last
        .iter()
        .rposition(|x| text[x.start..x.end].trim_end_matches(['"', '\u{201d}', '\'', '\u{2019}']).ends_with(','))?;
    let seg = &w[comma + 1..];
    let bare: Vec<&str> = seg.iter().map(|x| x.bare.as_str()).collect();
    let (&head, _) = bare.split_first()?;
    if SOURCE_OPENERS.contains(&head) && seg.len() <= MOST_SOURCE {
        return Some(comma + 1);
    }
    let verb = bare.iter().position(|x| REPORTING.contains(x))?;
    // "…, police said" or, inverted, "…, said the mayor".
    let inverted = verb == 0 && matches!(bare[0], "said" | "says");
    let plain = ((1..=MOST_SUBJECT).contains(&verb) || inverted)
        && seg.len() <= MOST_TRAILING
        && !bare.iter().any(|x| CLAUSE.contains(x))
        && !bare[..verb].iter().any(|x| BE.contains(x));
    plain.then_some(comma + 1)
}

/// Number of words of an opening "According to X," or "Citing X,".
fn opening_source(text: &str, w: &[Word]) -> Option<usize> {
    let head = w.first()?;
    if !SOURCE_OPENERS.contains(&head.bare.as_str()) {
        return None;
    }
    let comma = w.iter().take(MOST_SOURCE).position(|x| text[x.start..x.end].ends_with(','))?;
    Some(comma + 1)
}

/// Number of words of an opening "X said (that)" or "X has said on Monday (that)" before a
/// statement; "reported", "announced" and "stated" only with "that" (without it they take an
/// object: "The firm reported revenue of …").
fn opening_speaker(w: &[Word]) -> Option<usize> {
    let bare: Vec<&str> = w.iter().map(|x| x.bare.as_str()).collect();
    let verb = bare
        .iter()
        .take(MOST_SUBJECT + 2)
        .position(|x| matches!(*x, "said" | "says" | "added" | "reported" | "announced" | "stated"))?;
    let subject: Vec<&str> = bare[..verb].iter().copied().filter(|x| !matches!(*x, "has" | "have" | "had")).collect();
    if subject.is_empty() || subject.len() > MOST_SUBJECT {
        return None;
    }
    if subject.iter().any(|x| BE.contains(x) || CLAUSE.contains(x) || REPORTING.contains(x)) {
        return None;
    }
    let mut at = verb + 1;
    if bare.get(at..at + 3).is_some_and(|x| x == ["in", "a", "statement"]) {
        at += 3;
    } else if bare.get(at) == Some(&"on") && bare.get(at + 1).is_some_and(|x| DAYS.contains(x)) {
        at += 2;
    } else if bare.get(at).is_some_and(|x| DAYS.contains(x)) {
        at += 1;
    }
    let that = bare.get(at) == Some(&"that");
    if !that && !matches!(bare[verb], "said" | "says" | "added") {
        return None;
    }
    at += usize::from(that);
    let next = bare.get(at)?;
    (!PREPOSITIONS.contains(next)).then_some(at)
}

#[cfg(test)]
mod tests {
    use super::statement;

    #[test]
    fn a_source_at_the_end_is_set_aside() {
        assert_eq!(
            statement("The two guards were hurt when the gate fell at noon, the harbour police said."),
            Some("The two guards were hurt when the gate fell at noon")
        );
        assert_eq!(
            statement("The mill will close in May, the Valley Courier reported, citing two managers."),
            Some("The mill will close in May")
        );
        assert_eq!(
            statement("Ten boats sank in the bay, according to the coast guard."),
            Some("Ten boats sank in the bay")
        );
        assert_eq!(
            statement("Ten boats sank in the storm, said the harbour master."),
            Some("Ten boats sank in the storm")
        );
        // Too little left to be judged on its own.
        assert_eq!(statement("Ten boats sank, according to the coast guard."), None);
        assert_eq!(statement("In a statement, the firm said it would reply."), None);
        assert_eq!(statement("The exhibit stays shut \u{201c}until further notice,\u{201d} the zoo said."), None);
    }

    #[test]
    fn an_opening_source_or_speaker_is_set_aside() {
        assert_eq!(
            statement("According to the county, the road will reopen on Friday."),
            Some("the road will reopen on Friday.")
        );
        assert_eq!(
            statement("The mayor said on Monday that the road will reopen to traffic soon."),
            Some("the road will reopen to traffic soon.")
        );
        assert_eq!(
            statement("Officials said the road will reopen to traffic soon."),
            Some("the road will reopen to traffic soon.")
        );
    }

    #[test]
    fn a_direct_quotation_keeps_its_speaker() {
        assert_eq!(statement("\"We will rebuild the bridge,\" she said."), None);
        assert_eq!(statement("The mayor said: \u{201c}We will rebuild the bridge.\u{201d}"), None);
        assert_eq!(statement("'The bridge will be rebuilt,' a spokesman for the city said on Monday."), None);
    }

    #[test]
    fn verbs_of_the_statement_itself_stay() {
        // An object, not a statement: "reported revenue".
        assert_eq!(statement("The firm reported revenue of $3 million in the spring."), None);
        // A passive verb of the sentence.
        assert_eq!(
            statement("Two cases of the illness were reported in the town, officials in the port said."),
            Some("Two cases of the illness were reported in the town")
        );
        assert_eq!(statement("The storm, which was reported late, flooded ten homes."), None);
        // "said in the spring": what follows is not the statement.
        assert_eq!(statement("The minister said in the spring that taxes would fall."), None);
        // Too little left to be a statement.
        assert_eq!(statement("The mayor said so."), None);
        assert_eq!(statement("No attribution here at all."), None);
    }
}
