//! Pictures, galleries, video players and embedded posts flattened into lines of text: a caption
//! with its credit ("… (Photo: AP)", "REUTERS/Name", "Getty - Contributor …"), a gallery widget
//! ("Hide Caption 3 of 8", "Slideshow (2 Images)", "1/34 …"), a video player's "CLOSE" caption, an
//! embedded post signed "— Name (@handle) Month D, YYYY".
//!
//! Every rule rests on the shape of such widgets (a credit in brackets at the end, a label and a
//! colon, a counter), never on one page's text.

use super::{ends_with_stop, fraction, has_phrase, words};

/// Photo agencies and credit words that open a caption on tabloid pages ("Getty - Contributor The
/// crowd …", "EPA Officials said …"): the credit stands before the caption text without a break.
const AGENCIES: &[&str] = &[
    "Getty",
    "GETTY",
    "Reuters",
    "REUTERS",
    "AP",
    "AFP",
    "EPA",
    "PA",
    "SWNS",
    "Rex",
    "REX",
    "Shutterstock",
    "Alamy",
    "BBC",
    "Splash",
    "Bloomberg",
    "Xinhua",
];

/// Words that may follow an agency name inside its credit ("Getty Images", "AFP or licensors").
const CREDIT_TAIL: &[&str] =
    &["Images", "Features", "Photo", "Pictures", "News", "Media", "-", "\u{2013}", "\u{2022}", "/"];

/// Furniture from a picture, gallery, player or embedded post, judged from the line alone.
pub(super) fn caption_furniture(line: &str) -> Option<&'static str> {
    let lower = line.to_lowercase();
    if is_gallery_widget(line, &lower) {
        return Some("photo gallery widget");
    }
    if is_caption_toggle(line) {
        return Some("photo caption toggle");
    }
    if ends_with_credit(line)
        || opens_with_credit(line)
        || has_credit_label(line, &lower)
        || closes_with_credit_note(line)
    {
        return Some("photo caption with credit");
    }
    if is_pictured_caption(line, &lower) {
        return Some("photo caption");
    }
    if is_bare_credit(line) {
        return Some("photo caption with credit");
    }
    if is_transcript_cue(line) {
        return Some("transcript cue");
    }
    if is_chart_caption(line) {
        return Some("chart caption");
    }
    if is_player_caption(line) {
        return Some("video player caption");
    }
    if is_embedded_post(line) {
        return Some("embedded post");
    }
    None
}

/// "Hide Caption 3 of 8", "Slideshow (2 Images)", "12 show all UK news in pictures", "+ show all
/// Harbour life in pictures", "Photos: …", or a player's controls flattened among its captions
/// ("1 of 9 Full Screen Autoplay Close Skip Ad … Buy Photo").
fn is_gallery_widget(line: &str, lower: &str) -> bool {
    let tokens: Vec<&str> = lower.split_whitespace().collect();
    let counted = tokens.windows(4).any(is_counter);
    let slideshow = (lower.starts_with("slideshow") && words(line) <= 6)
        || (has_phrase(lower, "play slideshow") && words(line) <= 250);
    // The gallery's size before "show all" and its title, or an opening "+ show all".
    let show_all = (tokens.first().is_some_and(|t| t.parse::<u32>().is_ok()) && lower.contains(" show all"))
        || lower.starts_with("+ show all ");
    let label = (lower.starts_with("photos:") || lower.starts_with("gallery:")) && lower.contains("caption");
    let controls = super::vocabulary::PLAYER_CONTROLS.iter().filter(|c| has_phrase(lower, c)).count();
    (counted && words(line) <= 100) || slideshow || (show_all && words(line) <= 12) || label || controls >= 2
}

/// The caption text of gallery lines kept as a picture story's text: without the widget's counter
/// at the end ("… Hide Caption 3 of 8") and, when there are several, without the label every line
/// opens with ("Photos: Harbour fire …", the gallery's title repeated). What is left is each
/// picture's caption, the story's words; a line with no caption is dropped (all of them are kept
/// whole when none has one).
pub(crate) fn caption_texts<'a>(lines: &[&'a str]) -> Vec<&'a str> {
    let tails: Vec<&str> = lines.iter().map(|l| without_counter(l)).collect();
    let label = if tails.len() >= 2 { common_label(&tails) } else { 0 };
    let texts: Vec<&str> = tails.iter().map(|t| t[label..].trim()).filter(|t| !t.is_empty()).collect();
    if texts.is_empty() { lines.to_vec() } else { texts }
}

/// The captions of a picture story that tell its story: all of them when the gallery's label is
/// about the page's title (or there is no label or no title to tell by), else those about the
/// title. A page on one story may open a gallery of many ("Photos: Storms of the decade" under
/// "Storm Lena floods the harbour"): the other pictures' captions are other stories, and pairing
/// them with the other outlets' sentences makes passages of unrelated events. When no caption is
/// about the title, all are kept, as before.
pub(crate) fn story_captions<'a>(lines: &[&'a str], title: Option<&str>) -> Vec<&'a str> {
    let texts = caption_texts(lines);
    let tails: Vec<&str> = lines.iter().map(|l| without_counter(l)).collect();
    let label = if tails.len() >= 2 { &tails[0][..common_label(&tails)] } else { "" };
    let Some(title) = title.filter(|_| !label.is_empty()) else { return texts };
    if about(label, title) {
        return texts;
    }
    let kept: Vec<&str> = texts.iter().copied().filter(|t| about(t, title)).collect();
    if kept.is_empty() { texts } else { kept }
}

/// True when a text holds at least half of the content words of a title (case, edge punctuation
/// and a possessive "'s" aside).
fn about(text: &str, title: &str) -> bool {
    let key = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s")).map(str::to_owned).unwrap_or(w)
    };
    let held: std::collections::HashSet<String> = text.split_whitespace().map(key).collect();
    let wanted: Vec<String> = title
        .split_whitespace()
        .map(key)
        .filter(|w| w.chars().count() > 2 && !crate::lang::normalize::is_stopword(w))
        .collect();
    !wanted.is_empty() && wanted.iter().filter(|w| held.contains(*w)).count() * 2 >= wanted.len()
}

/// A gallery line without a trailing "Caption/Image/Photo N of M" counter and the word before it
/// ("Hide", "Show").
fn without_counter(line: &str) -> &str {
    let t = line.trim_end();
    let mut words: Vec<(usize, &str)> =
        t.split_whitespace().map(|w| (w.as_ptr() as usize - t.as_ptr() as usize, w)).collect();
    let n = words.len();
    if n < 4 {
        return t;
    }
    let last4: Vec<String> = words[n - 4..].iter().map(|(_, w)| w.to_lowercase()).collect();
    if !is_counter(&last4.iter().map(String::as_str).collect::<Vec<_>>()) {
        return t;
    }
    words.truncate(n - 4);
    if words.last().is_some_and(|(_, w)| matches!(w.to_lowercase().as_str(), "hide" | "show")) {
        words.pop();
    }
    words.last().map_or("", |&(at, w)| &t[..at + w.len()])
}

/// Bytes of the label all lines open with: their longest common run of whole words, when it starts
/// with "Photos:" or "Gallery:" (the gallery's title follows and is repeated on every line).
fn common_label(lines: &[&str]) -> usize {
    let first = lines[0];
    let lower = first.to_lowercase();
    if !(lower.starts_with("photos:") || lower.starts_with("gallery:")) {
        return 0;
    }
    let mut end = 0;
    for (at, w) in first.split_whitespace().map(|w| (w.as_ptr() as usize - first.as_ptr() as usize, w)) {
        let upto = at + w.len();
        let same = |l: &&str| {
            l.get(..upto) == Some(&first[..upto]) && (l.len() == upto || l[upto..].starts_with(char::is_whitespace))
        };
        if lines.iter().all(same) {
            end = upto;
        } else {
            break;
        }
    }
    end
}

/// A gallery counter of four lower-case words: "caption 3 of 8", "photos 2 of 12".
fn is_counter(t: &[&str]) -> bool {
    matches!(t[0], "caption" | "image" | "images" | "photo" | "photos")
        && t[1].parse::<u32>().is_ok()
        && t[2] == "of"
        && t[3].trim_end_matches(|c: char| !c.is_ascii_digit()).parse::<u32>().is_ok()
}

/// A caption that ends with its credit: "(Photo: AP)", "(Photo by Name/Agency)", "(Name/AP)",
/// "(Name, File/Associated Press)", "(file photo)", or "REUTERS/Name Surname".
fn ends_with_credit(line: &str) -> bool {
    let t = line.trim_end();
    if let Some(inner) = last_bracket(t) {
        let l = inner.to_lowercase();
        let photo = l.starts_with("photo")
            || l.starts_with("ap photo")
            || l.starts_with("image:")
            || l.contains('\u{a9}')
            || l == "file photo"
            || l == "file";
        let agency_words =
            ["associated press", "ap", "reuters", "afp", "getty images", "getty", "epa", "pa", "rex features", "rex"];
        if photo || agency_words.contains(&l.as_str()) || is_slash_credit(inner) {
            return true;
        }
    }
    let tokens: Vec<&str> = t.split_whitespace().collect();
    if ends_with_photographer_credit(&tokens) {
        return true;
    }
    let from = tokens.len().saturating_sub(4);
    (from..tokens.len()).any(|j| {
        let (agency, name) = tokens[j].split_once('/').unwrap_or(("", ""));
        let proper = |w: &str| {
            let mut c = w.chars();
            c.next().is_some_and(char::is_uppercase) && c.any(char::is_lowercase)
        };
        agency.len() >= 2
            && agency.chars().all(|c| c.is_ascii_uppercase())
            && proper(name)
            && tokens[j + 1..].iter().all(|w| proper(w) || w.len() <= 2)
    })
}

/// A caption closed by its photographer and a photo agency, "… at dusk Ann Lee/Reuters", "… Jo
/// Park/Getty Images": a capitalised word, then "Name/Agency" (one of [`AGENCIES`]) and at most a
/// word of its credit ([`CREDIT_TAIL`]), after four words of caption or more, with no stop at the
/// end (a sentence of text ends with one).
fn ends_with_photographer_credit(tokens: &[&str]) -> bool {
    let proper = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
    };
    let n = tokens.len();
    (n.saturating_sub(2)..n).any(|j| {
        let Some((name, whose)) = tokens[j].split_once('/') else { return false };
        j >= 5
            && proper(tokens[j - 1])
            && proper(name)
            && AGENCIES.contains(&whose)
            && tokens[j + 1..].iter().all(|w| CREDIT_TAIL.contains(w))
    })
}

/// A caption closed by a "Credit: …" note of a few words, glued to it or not ("… at
/// duskCredit: Getty", "… the harbour. Credit: Port Board").
fn closes_with_credit_note(line: &str) -> bool {
    let Some(at) = line.rfind("Credit:") else { return false };
    let note = &line[at + "Credit:".len()..];
    words(&line[..at]) >= 3 && (1..=8).contains(&words(note)) && !note.trim_end().ends_with(['.', '!', '?'])
}

/// A caption cut short or opened in full by a gallery's toggle: "… at dusk. less", "… at ... more".
fn is_caption_toggle(line: &str) -> bool {
    let t = line.trim_end();
    let cut = ["... more", "\u{2026} more", "...more", "\u{2026}more"].iter().any(|e| t.ends_with(e));
    let opened = t.strip_suffix(" less").is_some_and(|b| b.ends_with(['.', ')', '"', '\u{201d}']));
    (cut || opened) && words(t) >= 6
}

/// The text inside a bracket that closes the line, if it does.
fn last_bracket(t: &str) -> Option<&str> {
    let body = t.strip_suffix(')')?;
    let open = body.rfind('(')?;
    Some(body[open + 1..].trim())
}

/// "Name Surname/Agency", "Name / The Paper", "Name, File/Agency": names on both sides of a slash.
fn is_slash_credit(inner: &str) -> bool {
    let Some((who, whose)) = inner.split_once('/') else { return false };
    let capitalised = |s: &str| {
        let w: Vec<&str> = s.split_whitespace().collect();
        !w.is_empty()
            && w.len() <= 6
            && w.iter().all(|x| {
                x.chars().next().is_some_and(|c| c.is_uppercase())
                    || matches!(*x, "via" | "of" | "the" | "for" | "and" | "-" | "&")
            })
    };
    capitalised(who) && capitalised(whose.split('/').next().unwrap_or(""))
}

/// A tabloid caption opened by its credit: "Getty - Contributor The crowd gathered at dawn",
/// "EPA Officials inspect the site": a photo agency, then a capitalised word, and no full stop at
/// the end (paragraphs end with one).
fn opens_with_credit(line: &str) -> bool {
    // "\u{a9} AGENCY/ Name Caption …": the copyright sign opens the credit, whatever ends the line.
    if let Some(rest) = line.trim_start().strip_prefix('\u{a9}') {
        let first = rest.split_whitespace().next().unwrap_or("");
        let agency = first.trim_end_matches('/');
        return AGENCIES.contains(&agency) && words(rest) >= 4;
    }
    let tokens: Vec<&str> = line.split_whitespace().collect();
    if tokens.len() < 6 || ends_with_stop(line) {
        return false;
    }
    // "NAME OF OWNER\u{2022}GETTY Caption …": the credit is the words up to an agency after a bullet.
    let joined = tokens
        .iter()
        .take(5)
        .position(|t| t.split_once('\u{2022}').is_some_and(|(_, agency)| AGENCIES.contains(&agency)));
    // "AP:Associated Press Crowds gather …": the agency's short and long names joined by a colon.
    let short_and_long = |t: &str| {
        t.split_once(':').is_some_and(|(a, long)| AGENCIES.contains(&a) && long.starts_with(char::is_uppercase))
    };
    let mut i = match joined {
        Some(j) => j + 1,
        None if AGENCIES.contains(&tokens[0]) || short_and_long(tokens[0]) => 1,
        None => match named_credit(&tokens) {
            Some(j) => j,
            None => return false,
        },
    };
    while i < tokens.len() && i < 4 {
        let t = tokens[i];
        if CREDIT_TAIL.contains(&t) || AGENCIES.contains(&t) || matches!(t, "Contributor" | "Press") {
            i += 1;
        } else if t == "or" && tokens.get(i + 1) == Some(&"licensors") {
            i += 2;
        } else {
            break;
        }
    }
    let next = tokens.get(i).copied().unwrap_or("");
    let verb_like = ["said", "says", "reported", "reports", "has", "have", "is", "was", "and"];
    next.chars().next().is_some_and(|c| c.is_uppercase() || c == '\'' || c == '\u{2018}')
        && !verb_like.contains(&next.to_lowercase().as_str())
}

/// The length of a credit that names its source before an agency or a picture-agency word:
/// "Handout - Getty …", "Westbay Media …" (a name, then a dash and an agency, or "Media", "Images"
/// or "Pictures"), when a sentence follows it (a line in title case is a heading, not a caption).
fn named_credit(tokens: &[&str]) -> Option<usize> {
    let named = tokens[0].chars().next().is_some_and(char::is_uppercase) && tokens[0].chars().all(char::is_alphabetic);
    let dash = |t: &str| matches!(t, "-" | "\u{2013}");
    let len = if !named {
        return None;
    } else if dash(tokens[1]) && AGENCIES.contains(&tokens[2]) {
        3
    } else if matches!(tokens[1], "Media" | "Images" | "Pictures") {
        2
    } else {
        return None;
    };
    let sentence = tokens[len..].iter().skip(1).any(|t| t.chars().next().is_some_and(char::is_lowercase));
    sentence.then_some(len)
}

/// "Photographer: Name/Agency", "Photograph: …", "Screenshot: …", "Illustration: …" — a picture's
/// label and credit.
fn has_credit_label(line: &str, lower: &str) -> bool {
    let labels = ["screenshot:", "photo:", "image:", "illustration:", "graphic:", "photograph:", "photo illustration:"];
    (labels.iter().any(|l| lower.starts_with(l)) && words(line) <= 25)
        || ((line.contains("Photographer:") || line.contains("Photograph:")) && words(line) <= 30)
}

/// A chart's title and caption closed by its "Source: …" note, without a full stop.
fn is_chart_caption(line: &str) -> bool {
    let Some(at) = line.find(" Source: ") else { return false };
    words(&line[..at]) >= 4 && !ends_with_stop(line) && words(line) <= 60
}

/// A video player flattened into a line: the control word "CLOSE" and then the video's caption.
fn is_player_caption(line: &str) -> bool {
    let mut t = line.split_whitespace();
    t.next() == Some("CLOSE") && t.next().is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// An embedded social-media post signed at its end: "— Name (@handle) January 13, 2018", or "A
/// post shared by Name (@handle) on …".
fn is_embedded_post(line: &str) -> bool {
    if line.contains("A post shared by") && line.contains("(@") {
        return true;
    }
    let Some(dash) = line.rfind(['\u{2014}', '\u{2013}']) else { return false };
    let sig = &line[dash..];
    let year_end = sig.trim_end().rsplit(' ').next().is_some_and(|y| y.len() == 4 && y.parse::<u32>().is_ok());
    sig.contains("(@") && year_end && words(sig) <= 12
}

/// A bare credit line ("Jo Bloggs/AP", "[Photo/Agencies]") or a caption closed by a bracketed
/// "[Photo/…]" credit.
fn is_bare_credit(line: &str) -> bool {
    let t = line.trim();
    let bracketed = t.ends_with(']') && t.rfind('[').is_some_and(|i| t[i + 1..].to_lowercase().starts_with("photo"));
    bracketed || (words(t) <= 6 && is_slash_credit(t)) || is_courtesy_credit(t)
}

/// A picture's credit on a line of its own, naming who lent it: "(Courtesy of the Harbour
/// Museum)", "Photo courtesy of Ann Lee" — short, with no sentence after the name.
fn is_courtesy_credit(t: &str) -> bool {
    let inner = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')).unwrap_or(t).trim().to_lowercase();
    ["courtesy of ", "photo courtesy of ", "photos courtesy of ", "image courtesy of "]
        .iter()
        .any(|c| inner.starts_with(c))
        && words(t) <= 12
        && !ends_with_stop(&inner)
}

/// A caption that points at its picture ("The mayor (pictured) opens the pier", "Pictured: …")
/// and, like captions, ends without a full stop; paragraphs that mention a picture end with one.
fn is_pictured_caption(line: &str, lower: &str) -> bool {
    (6..=50).contains(&words(line)) && has_phrase(lower, "pictured") && !ends_with_stop(line)
}

/// A stage direction of a broadcast transcript: "(SOUNDBITE OF ARCHIVED RECORDING)", "(LAUGHTER)".
fn is_transcript_cue(line: &str) -> bool {
    let t = line.trim();
    t.starts_with('(')
        && t.ends_with(')')
        && words(t) <= 8
        && !t.chars().any(char::is_lowercase)
        && t.chars().filter(|c| c.is_alphabetic()).count() >= 4
}

/// A line of a gallery flattened into one caption per line: `3/34 Caption text …`, when the page
/// holds the neighbouring position of the same gallery too.
pub(super) fn is_gallery_item(lines: &[&str], i: usize) -> bool {
    let Some((k, n)) = lines[i].split_whitespace().next().and_then(fraction) else { return false };
    if n < 2 || k == 0 || k > n {
        return false;
    }
    let at = |j: usize| lines.get(j).and_then(|l| l.split_whitespace().next()).and_then(fraction);
    let near = [i.checked_sub(1).and_then(&at), at(i + 1)];
    near.iter().flatten().any(|&(a, b)| b == n && a.abs_diff(k) == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gallery_lines_keep_their_captions_alone() {
        let lines = [
            "Photos: Harbour fire Boats burned at their moorings overnight. Hide Caption 1 of 3",
            "Photos: Harbour fire Firefighters fought the blaze from the quay. Hide Caption 2 of 3",
            "Photos: Harbour fire Hide Caption 3 of 3",
        ];
        assert_eq!(
            caption_texts(&lines),
            ["Boats burned at their moorings overnight.", "Firefighters fought the blaze from the quay."]
        );
        assert_eq!(caption_texts(&lines[2..]), ["Photos: Harbour fire"], "a lone line keeps its label");
        let bare = ["Photos: Harbour fire Hide Caption 1 of 2", "Photos: Harbour fire Hide Caption 2 of 2"];
        assert_eq!(caption_texts(&bare), bare, "nothing but widgets: kept as they are");
        // One line: no label to tell, the counter alone goes.
        assert_eq!(caption_texts(&[lines[0]]), ["Photos: Harbour fire Boats burned at their moorings overnight."]);
        // Lines that are not a gallery's keep their words.
        let plain = ["A boat burned. Show 3 of them", "Photographs of the fire"];
        assert_eq!(caption_texts(&plain), plain);
    }

    #[test]
    fn a_gallery_of_other_stories_keeps_the_captions_about_the_pages_title() {
        let lines = [
            "Photos: Storms of the decade Storm Lena flooded the harbour town on Monday. Hide Caption 1 of 3",
            "Photos: Storms of the decade A hurricane hit the islands in 2015, flooding the harbour. Hide Caption 2 of 3",
            "Photos: Storms of the decade Snow closed the mountain passes for a week. Hide Caption 3 of 3",
        ];
        let title = Some("Storm Lena floods the harbour town");
        assert_eq!(story_captions(&lines, title), ["Storm Lena flooded the harbour town on Monday."]);
        // A gallery of the story itself keeps every caption, and so does one with no caption about
        // the title, or a page without a title.
        let own = lines.map(|l| l.replacen("Storms of the decade", "Storm Lena floods the harbour town", 1));
        let own: Vec<&str> = own.iter().map(String::as_str).collect();
        assert_eq!(story_captions(&own, title).len(), 3);
        assert_eq!(story_captions(&lines, Some("Ferry strike ends")).len(), 3);
        assert_eq!(story_captions(&lines, None).len(), 3);
    }

    #[test]
    fn captions_with_credits() {
        for line in [
            "A lighthouse keeper waves from the gallery of the old tower, Oct. 2, 2019. (Photo: AP)",
            "The mayor speaks during a briefing in the town hall. (Jo Bloggs/AP)",
            "A crane lifts a boat from the harbour at dusk. (Photo by Sam Doe/Getty Images)",
            "FILE - In this May 4, 2019 file photo, a ferry docks at the pier. (Al Roe, File/Associated Press)",
            "(Kim Lark / The Daily Planet)",
            "Boats wait for the tide in the harbour, near the town of Westport, May 1, 2019. REUTERS/Ann Fisher",
            "The old ferry was towed into the dock last spring (file photo)",
            "Getty - Contributor Fishermen unload their catch on the quay at dawn",
            "AP:Associated Press Fishermen unload their catch on the quay at dawn",
            "EPA The ferry company said the crossing would reopen in spring",
            "AFP or licensors It is thought many travellers never heard of the delay",
            "Handout - Reuters The ferry was towed into the harbour at dawn",
            "Westbay Media Crowds watched the old ferry leave the harbour for the last time",
            "Ann Fisher Photographer: Tom Lee/Daily Planet",
            "Screenshot: \u{201c}ferrytimes.example\u{201d}",
            "The old pier at sunset, seen from the beachCredit: Harbour Times",
            "A map of the new ferry routes across the bay. Credit: Port Board",
            "Boats crowd the harbour (Image: GETTY )",
            "(Image: \u{a9} Port Board/Harbour Times)",
            "GETTY The harbour froze over for the first time in 40 years",
            "WESTPORT HARBOUR BOARD\u{2022}GETTY Ferry tolls: the board says fuel costs doubled",
            "The crew celebrate on the quay (Getty)",
            "Jo Bloggs/AP",
            "A ferry at the pier in Westport. [Photo/Agencies]",
            "The ferry was towed from the harbour after it ran aground Ann Lee/Reuters",
            "Crowds gather on the new pier at dawn. Jo Park-Lee/Getty Images",
            "Fishermen unload their catch on the quay Sam O'Hara/PA",
            "(Courtesy of the Westport Harbour Museum)",
            "\u{a9} REUTERS/ Ann Lee The new ferry leaves the harbour at Westport on May 4, 2019.",
            "Photo courtesy of Ann Lee",
        ] {
            assert_eq!(caption_furniture(line), Some("photo caption with credit"), "{line}");
        }
    }

    #[test]
    fn widgets_players_and_posts() {
        assert_eq!(caption_furniture("Slideshow (3 Images)"), Some("photo gallery widget"));
        assert_eq!(
            caption_furniture("Photos: Harbour fire Boats burned. Hide Caption 2 of 9"),
            Some("photo gallery widget")
        );
        assert_eq!(caption_furniture("12 show all Harbour life in pictures"), Some("photo gallery widget"));
        assert_eq!(caption_furniture("+ show all The harbour's finest boats"), Some("photo gallery widget"));
        let player = "1 of 9 Full Screen Autoplay Close Skip Ad \u{d7} Harbour in pictures View Photos The ferry \
                      returns to Westport after a month away. Ann Lee/AP Buy Photo Wait 1 second to continue.";
        assert_eq!(caption_furniture(player), Some("photo gallery widget"));
        assert_eq!(
            caption_furniture("Bridge tolls rise again this year Source: Ferry board figures, estimates from the port"),
            Some("chart caption")
        );
        assert_eq!(
            caption_furniture("CLOSE The ferry crossing reopened on Monday. Videoclip"),
            Some("video player caption")
        );
        assert_eq!(caption_furniture("(SOUNDBITE OF ARCHIVED RECORDING)"), Some("transcript cue"));
        assert_eq!(caption_furniture("(LAUGHTER)"), Some("transcript cue"));
        assert_eq!(
            caption_furniture("The harbour master (pictured) opened the new pier on Monday"),
            Some("photo caption")
        );
        assert_eq!(
            caption_furniture("Harbour life Mon, May 4 Play slideshow Harbour Times 1 of 9 The pier at dawn"),
            Some("photo gallery widget")
        );
        assert_eq!(
            caption_furniture(
                "Red sails at dawn A post shared by Harbour Board (@harbourboard) on May 4, 2019 at 6:57am PDT"
            ),
            Some("embedded post")
        );
        let post = "The pier is closed today. https://t.co/abc \u{2014} Harbour Board (@harbourboard) May 1, 2019";
        assert_eq!(caption_furniture(post), Some("embedded post"));
        let toggled = "The ferry leaves the pier on Monday, May 4, 2019. The crossing reopened. (AP Photo/Al Roe) less";
        assert_eq!(caption_furniture(toggled), Some("photo caption toggle"));
        assert_eq!(
            caption_furniture("The ferry leaves the pier on Monday, May 4, 2019. The ... more"),
            Some("photo caption toggle")
        );
        let gallery = ["Harbour in pictures", "1/3 Boats at dawn AP", "2/3 Gulls over the quay Rex", "3/3 The pier"];
        assert!((1..4).all(|i| is_gallery_item(&gallery, i)));
    }

    #[test]
    fn paragraphs_are_not_captions() {
        for line in [
            "Reuters reported on Monday that the ferry would not run until the spring, citing two officials.",
            "The agency (AFP) said the ferry would reopen.",
            "AP The ferry company said the crossing would reopen in spring.",
            "AP: The ferry company said the crossing would reopen in spring",
            "AP:Associated Press said the crossing would reopen in spring",
            "BBC said the crossing would reopen in spring",
            "Speeds of up to 40 (km/h) are allowed in the harbour",
            "He said the 2019 figure was 3/4 of the total, and the source: the port board.",
            "CLOSE friends of the skipper said he had warned of the storm.",
            "The deal split the market between the US/UK teams for now",
            "(See the map above.)",
            "Courtesy of the harbour board, every child on the ferry got a free ticket home.",
            "\u{a9} 2019 the board said the ferry would run until the spring, and then stop for repairs.",
            "Viewers can now watch the harbour race in full screen, the board said.",
            "+ The board will show all its plans on Monday",
            "The harbour master (pictured) opened the new pier on Monday, the board said.",
            "Trade between Ohio/Texas firms rose",
            "She wrote on Twitter \u{2014} later deleting the post \u{2014} that the pier would reopen in 2020.",
            "Photos of the storm were shared widely on social media by residents of the coast on Sunday.",
            "The board said it would take the credit: Credit: it is due to the crew who worked all night.",
            "Nobody wants to pay more, she said, and many want to pay less",
            "The deal was struck between the harbour board and Westport Ferries/Harbour Lines.",
            "The crossing is run by the two operators Westport Ferries/Harbour Lines",
            "Tickets are sold on board and online at Ferry/Tickets",
            "Social Media Firms Face New Rules On Harbour Photos",
            "Westbay Media said the crossing would reopen in spring",
            "Harbour - Westport ferries will not run until spring",
        ] {
            assert_eq!(caption_furniture(line), None, "{line}");
        }
        assert!(!is_gallery_item(&["1/4 of the budget went to the pier.", "The rest was spent later."], 0));
    }
}
