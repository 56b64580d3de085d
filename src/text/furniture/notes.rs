//! Short notes a page adds around a story: "Updated 6:55 AM; Posted 6:51 AM" stamps, "Name, AP
//! National Writer" signatures, teaser links tagged "[VIDEO]" or set in capitals, and runs of
//! headline-shaped lines (a list of links to other stories).

use super::{Role, ends_as_sentence, ends_with_stop, is_prose, words};

const MONTHS: &[&str] = &[
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Furniture judged from the line alone: a time stamp, a writer's signature, a tagged teaser.
pub(super) fn note_furniture(line: &str) -> Option<&'static str> {
    let lower = line.to_lowercase();
    if is_time_stamp(&lower) {
        return Some("time stamp");
    }
    if is_writer_signature(line, &lower) {
        return Some("byline");
    }
    if is_wire_credit(&lower) {
        return Some("wire credit");
    }
    if is_tagged_teaser(line, &lower) {
        return Some("related-article teaser");
    }
    if is_reference(line) {
        return Some("reference or footnote");
    }
    if is_copyright_notice(&lower) {
        return Some("site footer");
    }
    None
}

/// A page's copyright notice, whatever else it says: "Copyright @ 2019 The Harbour Times.",
/// "The contents of this site are \u{a9}2019 Harbour Publishing Corp.": the sign and a year, or a
/// line opening with "Copyright" and a year among its next words (a sentence about copyright
/// names no year there), in up to 40 words.
fn is_copyright_notice(lower: &str) -> bool {
    let tokens: Vec<&str> = lower.split_whitespace().collect();
    let year = |t: &str| {
        let digits = t.trim_matches(|c: char| !c.is_ascii_digit());
        digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20"))
    };
    let signed = tokens.iter().enumerate().any(|(i, t)| {
        t.strip_prefix('\u{a9}')
            .is_some_and(|rest| year(rest) || (rest.is_empty() && tokens.get(i + 1).is_some_and(|n| year(n))))
    });
    let opened = tokens.first() == Some(&"copyright") && tokens.iter().skip(1).take(3).any(|t| year(t));
    tokens.len() <= 40 && (signed || opened)
}

/// A bibliographic reference or a footnote citing one: a line holding a book's imprint, "Place:
/// Publisher, Year" ("Harbourtown, ST: Gull Press, 1988"), with no more than 60 words for each
/// imprint it holds. References are the apparatus of a text, not its prose: two texts citing the
/// same book share no passage.
fn is_reference(line: &str) -> bool {
    let imprints = line.match_indices(':').filter(|&(i, _)| is_imprint(&line[..i], &line[i + 1..])).count();
    imprints > 0 && words(line) <= 60 * imprints
}

/// True when the text around a colon is an imprint: a capitalised place before it, and after it a
/// publisher of one to six capitalised words (with "of", "and", "&", "the" between them) followed by
/// a comma and a year.
fn is_imprint(before: &str, after: &str) -> bool {
    let place = before.trim_end_matches(|c: char| c.is_ascii_uppercase() || c == ',' || c == ' ');
    let place =
        if place.len() < before.len() && before.ends_with(|c: char| c.is_ascii_uppercase()) { place } else { before };
    let capital_place = place
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|w| w.len() >= 2 && w.chars().next().is_some_and(char::is_uppercase));
    let Some((publisher, rest)) = after.split_once(',') else { return false };
    let names: Vec<&str> = publisher.split_whitespace().collect();
    let linking = ["of", "and", "&", "the", "for"];
    let publisher_shaped = (1..=6).contains(&names.len())
        && names.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) || linking.contains(w));
    let year = rest.trim_start().get(..4).and_then(|y| y.parse::<u32>().ok());
    capital_place && publisher_shaped && year.is_some_and(|y| (1500..=2099).contains(&y))
}

/// "Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM", "| UPDATED: 11:05, Tue, Nov 19, 2019",
/// "Nov. 20, 2019 6:02 AM EST": a short line that is a date and a clock time, or opens with
/// "updated"/"posted"/"published" and holds a clock time or a month.
fn is_time_stamp(lower: &str) -> bool {
    let t = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    let w = t.split_whitespace().count();
    if w == 0 || w > 14 {
        return false;
    }
    let stamped = ["updated", "posted", "published", "last updated", "first published"]
        .iter()
        .any(|s| t.strip_prefix(s).is_some_and(|r| r.starts_with([' ', ':'])));
    let clock = t.split(|c: char| c.is_whitespace() || c == ',' || c == ';').any(|x| {
        let (h, m) = x.split_once(':').unwrap_or(("", ""));
        (1..=2).contains(&h.len())
            && h.bytes().all(|b| b.is_ascii_digit())
            && m.len() >= 2
            && m.bytes().take(2).all(|b| b.is_ascii_digit())
    });
    let month = t.split(|c: char| !c.is_alphabetic()).any(|x| MONTHS.contains(&x));
    let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    let content_words = t
        .split(|c: char| !c.is_alphabetic())
        .filter(|x| x.len() > 3 && !MONTHS.contains(x) && !weekdays.contains(x))
        .count();
    let no_sentence = !ends_with_stop(t) || t.ends_with("a.m.") || t.ends_with("p.m.");
    (stamped && (clock || month)) || (clock && month && content_words <= 2 && no_sentence)
}

/// "Jane Roe, AP National Security Writer", "Ann Lee, Staff Reporter": a name, a comma, and a job
/// at a newspaper.
fn is_writer_signature(line: &str, lower: &str) -> bool {
    let Some((name, job)) = line.split_once(", ") else { return false };
    let jobs = ["writer", "correspondent", "reporter", "editor", "columnist", "contributor"];
    let last = lower.split_whitespace().last().unwrap_or("");
    (2..=4).contains(&words(name))
        && name.split_whitespace().all(|x| x.chars().next().is_some_and(char::is_uppercase))
        && words(job) <= 5
        && jobs.contains(&last)
}

/// The credit a wire story closes with, naming its reporters and editors: "(Reporting by Ann Lee;
/// Editing by Tom Reed)", "(Additional reporting by Ann Lee in Westport)". A sentence that opens
/// with "Reporting by" ("Reporting by the Harbour Times found …") is no credit: without parentheses
/// the line must name an editor too ("Reporting by Ann Lee; Editing by Tom Reed").
fn is_wire_credit(lower: &str) -> bool {
    let t = lower.trim();
    let inner = t.strip_prefix('(').and_then(|x| x.strip_suffix(')'));
    let credit = ["reporting by ", "additional reporting by ", "writing by ", "editing by ", "compiled by "];
    let opens = |x: &str| credit.iter().any(|c| x.starts_with(c));
    words(t) <= 50
        && match inner {
            Some(inner) => opens(inner.trim_start()),
            None => opens(t) && t.contains("editing by "),
        }
}

/// A link to another story tagged with its kind ("… [VIDEO]", "… [INSIGHT]"), set wholly in
/// square brackets ("[Ten questions about the ferry]"), or opened by a "See more:" / "Don't
/// miss:" / "Also:" label.
fn is_tagged_teaser(line: &str, lower: &str) -> bool {
    let t = line.trim_end().trim_end_matches('|').trim_end();
    let tagged = t.ends_with(']')
        && t.rfind('[').is_some_and(|i| {
            let tag = &t[i + 1..t.len() - 1];
            !tag.is_empty()
                && tag.len() <= 12
                && tag.chars().all(|c| c.is_alphabetic() || c == ' ')
                && !tag.eq_ignore_ascii_case("sic")
        });
    let labels = ["see more:", "don't miss", "don\u{2019}t miss", "also:", "watch:", "related news"];
    let read_more = t.strip_suffix(" Read more").is_some_and(|b| !ends_with_stop(b));
    // A headline set wholly in square brackets; a question or a pair of short sentences too ("[Was
    // the ferry ever safe?]"), but not a labelled note that ends as a sentence ("[Editor's note: …
    // .]", "[Update: …]"), which speaks of this story.
    let bracketed = t.starts_with('[') && t.ends_with(']') && words(t) >= 4 && {
        let labelled = t.split_whitespace().take(3).any(|w| w.ends_with(':'));
        !(labelled && ends_with_stop(&t[1..t.len() - 1]))
    };
    (tagged || read_more || bracketed || labels.iter().any(|l| lower.starts_with(l)))
        && words(line) <= 30
        && (bracketed || !ends_with_stop(t))
}

/// Body lines from the end of an article that may be a note about its writer.
const NOTE_REACH: usize = 3;

/// The writer's note closing an article ("Sam Bloggs is the Harbour Times's ferry correspondent.",
/// "Sam covers the harbour for ..."): one of the last [`NOTE_REACH`] body lines of six words or
/// more that opens with the name of a writer the byline gives (`byline`, and any byline line of
/// the page), whole or by the first name alone, and then a word in lower case (a verb: "is",
/// "covers"; a first name followed by another name is someone else).
pub(crate) fn mark_author_notes(lines: &[&str], roles: &mut [Role], byline: Option<&str>) {
    let mut names: Vec<String> = byline.map(writer_names).unwrap_or_default();
    for role in roles.iter() {
        if let Role::Meta(super::MetaLine::Byline(b)) = role {
            names.extend(writer_names(b));
        }
    }
    if names.is_empty() {
        return;
    }
    let body: Vec<usize> = (0..lines.len()).rev().filter(|&i| roles[i] == Role::Body).take(NOTE_REACH).collect();
    for i in body {
        if words(lines[i]) >= 6 && names.iter().any(|n| opens_with_writer(lines[i], n)) {
            roles[i] = Role::Furniture("writer's note");
        }
    }
}

/// The names of the writers in a byline: "By Jo Bloggs and Ann Lee, Staff Writers" gives "Jo
/// Bloggs" and "Ann Lee" (names of one to four capitalised words, none of them a function word:
/// "The Associated Press" is an agency, and "The" opens many sentences).
fn writer_names(byline: &str) -> Vec<String> {
    let b = byline.trim();
    let b = b.strip_prefix("By ").or_else(|| b.strip_prefix("by ")).unwrap_or(b);
    b.split([',', '&', '|'])
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|n| {
            let w: Vec<&str> = n.split_whitespace().collect();
            let named = |x: &&str| {
                x.chars().next().is_some_and(char::is_uppercase)
                    && !crate::lang::normalize::is_stopword(&x.to_lowercase())
            };
            (1..=4).contains(&w.len()) && w.iter().all(named)
        })
        .map(str::to_owned)
        .collect()
}

/// True when a line opens with a writer's name, whole or by the first name (of three letters or
/// more), and then a word in lower case.
fn opens_with_writer(line: &str, name: &str) -> bool {
    let first = name.split_whitespace().next().unwrap_or("");
    [name, first].iter().filter(|n| n.chars().count() >= 3).any(|n| {
        line.strip_prefix(n)
            .and_then(|rest| rest.strip_prefix(' '))
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_lowercase)
    })
}

/// Links to other stories among the lines still taken for body text, once the first paragraph of
/// prose has begun: long lines set in capitals on a page whose prose is not. (Runs of
/// headline-shaped lines are not judged so: tour dates, bullet lists and product lists share it.)
pub(super) fn mark_link_lists(lines: &[&str], roles: &mut [Role]) {
    let Some(first) = (0..lines.len()).find(|&i| roles[i] == Role::Body && is_prose(lines[i])) else { return };
    let body = |roles: &[Role], i: usize| roles[i] == Role::Body;
    let capitals = (first..lines.len()).filter(|&i| body(roles, i) && is_capitals_link(lines[i])).count();
    let prose = (first..lines.len())
        .filter(|&i| body(roles, i) && is_prose(lines[i]) && lines[i].chars().any(char::is_lowercase))
        .count();
    for i in first..lines.len() {
        if body(roles, i) && capitals <= prose && is_capitals_link(lines[i]) {
            roles[i] = Role::Furniture("related-article teaser");
        }
    }
}

/// Fewest headline-shaped lines that close a page for them to be a list of links.
const TAIL_LINKS: usize = 8;
/// Most words of one of them (captions and paragraphs are longer).
const TAIL_LINK_WORDS: usize = 16;

/// A page that ends with a run of [`TAIL_LINKS`] or more headline-shaped lines after its last
/// sentence — three to [`TAIL_LINK_WORDS`] words, none closed by a full stop (a question may be) —
/// ends with a list of links to other stories or videos, even without a "Related" marker before it.
/// (A story does not close on eight headlines; a gallery's captions at the end of a page are
/// longer, and a schedule's lines give figures.)
pub(super) fn mark_tail_links(lines: &[&str], roles: &mut [Role]) {
    // A headline may ask a question ("How well do you know the harbour?").
    let headline =
        |l: &str| (3..=TAIL_LINK_WORDS).contains(&words(l)) && (!ends_with_stop(l) || l.trim_end().ends_with('?'));
    let body: Vec<usize> =
        (0..lines.len()).filter(|&i| roles[i] == Role::Body && !lines[i].trim().is_empty()).collect();
    let run = body.iter().rev().take_while(|&&i| headline(lines[i])).count();
    // A schedule or a table closing a story gives a figure on most lines ("Aug. 4 -- Riverside
    // Arena, Westport"); headlines seldom do.
    let figures = body[body.len() - run..].iter().filter(|&&i| lines[i].chars().any(|c| c.is_ascii_digit())).count();
    if run >= TAIL_LINKS && run < body.len() && figures * 4 < run {
        for &i in &body[body.len() - run..] {
            roles[i] = Role::Furniture("related-article teaser");
        }
    }
}

/// Teaser blocks in the tabloid style: a kicker in capitals ("HARBOUR HAVOC") and then a headline
/// without a full stop, twice or more in a row. (A subhead in capitals is followed by prose.)
pub(super) fn mark_kicker_teasers(lines: &[&str], roles: &mut [Role]) {
    let kicker = |l: &str| {
        let w = words(l);
        (1..=5).contains(&w) && !l.chars().any(char::is_lowercase) && l.chars().any(char::is_alphabetic)
    };
    let headline = |l: &str| (4..=25).contains(&words(l)) && !ends_with_stop(l) && l.chars().any(char::is_lowercase);
    let pair = |roles: &[Role], i: usize| {
        i + 1 < lines.len()
            && roles[i + 1] == Role::Body
            && roles[i] != Role::Title
            && kicker(lines[i])
            && headline(lines[i + 1])
    };
    let mut i = 0;
    while i < lines.len() {
        let start = i;
        while pair(roles, i) {
            i += 2;
        }
        if i - start >= 4 {
            for role in &mut roles[start..i] {
                *role = Role::Furniture("related-article teaser");
            }
        }
        i = i.max(start + 1);
    }
}

/// A line set in capitals, of seven words or more, no figures and no full stop: a link to another
/// story in a page's capitals style ("FERRY BOARD 'PROUD' OF THE CREW WHO SAVED THEM"); shorter
/// capitals lines are subheads or product names, and lines with figures are tables.
pub(super) fn is_capitals_link(line: &str) -> bool {
    // A lower-case letter settles it at once for most lines (every lower-case letter is a letter).
    !line.chars().any(char::is_lowercase)
        && words(line) >= 7
        && !line.chars().any(|c| c.is_ascii_digit())
        && line.chars().filter(|c| c.is_alphabetic()).count() >= 12
        && !ends_as_sentence(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_signatures_and_tagged_teasers() {
        for (line, why) in [
            ("Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM", "time stamp"),
            ("| UPDATED: 11:05, Tue, Nov 19, 2019", "time stamp"),
            ("Updated at 1:23 p.m.", "time stamp"),
            ("Nov. 20, 2019 6:02 AM EST", "time stamp"),
            ("November 20, 2019 / 1:07 AM / Planet News", "time stamp"),
            ("Jane Roe, Planet National Harbour Writer", "byline"),
            ("Ferry board in new row over tolls [VIDEO]", "related-article teaser"),
            ("SEE MORE: Harbour tolls rise for the third year running", "related-article teaser"),
            ("Ferry board: the tolls are too high | Jo Bloggs Read more", "related-article teaser"),
            ("[Ten questions about the new harbour ferry]", "related-article teaser"),
            ("[Was the old ferry ever safe?]", "related-article teaser"),
            ("[The ferry ran late. The mayor was later.]", "related-article teaser"),
            ("(Reporting by Ann Lee; Editing by Tom Reed)", "wire credit"),
            ("(Additional reporting by Ann Lee in WESTPORT; Writing by Jo Bloggs)", "wire credit"),
            ("Reporting by Ann Lee; Editing by Tom Reed", "wire credit"),
            ("Copyright @ 2019 The Harbour Times.", "site footer"),
            (
                "The contents of this site are \u{a9}2019 Harbour Publishing Corp., a subsidiary of Bay Media.",
                "site footer",
            ),
            ("\u{a9} 2018 Bay Media Group. All of it, everywhere.", "site footer"),
            ("Roe, Jane. Harbourtown, ST: Gull Press, 1988.The Tides of the Bay.", "reference or footnote"),
            (
                "12 Jane Roe, \"On Ferries\" in (Harbourtown: University of the Bay Press, 1994), 17-20.",
                "reference or footnote",
            ),
        ] {
            assert_eq!(note_furniture(line), Some(why), "{line}");
        }
        for line in [
            "The ferry updated its timetable on Nov 19 and will run at 6:55 every morning, the board said.",
            "Published in 1998, the book sold 2 million copies.",
            "Copyright law changed in 1998 and again in 2019, the board said.",
            "The band won a copyright case in 2019 over the harbour song.",
            "At 6:30 p.m. on May 4 the ferry left the pier with 200 people on board and a crew of 12.",
            "At 6:30 a.m. on May 4 the ferry left.",
            "The ferry left at 6:30 on Monday, May 4, with the mayor on board",
            "Kick-off is at 1:2\u{e9}",
            "Jane Roe, the harbour master, said the new ferry was a great writer",
            "The board's report [PDF] said the ferry was safe.",
            "Also: the board will meet again on Monday.",
            "The board said it would publish the report. Read more",
            "[Editor's note: the ferry times below changed on Monday.]",
            "The board said: Harbour Ferries, the operator since 1998, would keep the route.",
            "Ferry times: Monday, 2019 timetable",
            "The mayor told reporters: The Ferry Company, 2019, is not the company it was, and it must change.",
        ] {
            assert_eq!(note_furniture(line), None, "{line}");
        }
    }

    #[test]
    fn link_lists_after_the_story_begins() {
        let lines = [
            "Ferry tolls rise",
            "Summary of the ferry board meeting held on Monday",
            "Tolls to rise for the third year running",
            "New ferry to enter service next spring",
            "The harbour board voted on Monday to raise the ferry tolls again, citing the cost of fuel.",
            "Fuel costs",
            "The board said fuel had doubled in price since last year and the crew had asked for more pay.",
            "FERRY BOARD 'PROUD' OF THE CREW WHO SAVED THEM",
            "The ferry will keep running through the winter, the board said in a statement.",
            "Gulls steal chips from tourists on the pier",
            "Pier reopens after storm repairs finally end",
            "Lifeboat crew honoured for rescue in the bay",
        ];
        let mut roles = vec![Role::Body; lines.len()];
        roles[0] = Role::Title;
        mark_link_lists(&lines, &mut roles);
        let aside: Vec<&str> = (0..lines.len()).filter(|&i| roles[i].is_set_aside()).map(|i| lines[i]).collect();
        assert_eq!(aside, [lines[7]]);
    }

    #[test]
    fn a_note_about_the_writer_closes_the_article() {
        let lines = [
            "Ferry tolls rise",
            "Sam Lee is due to appear before the harbour board on Monday to explain the new tolls.",
            "The harbour board voted on Monday to raise the ferry tolls again, citing the cost of fuel.",
            "Sam Lee said the crew had asked for more pay.",
            "Sam Bloggs is the Harbour Times's ferry correspondent and has covered the port since 2009.",
        ];
        let aside = |byline: Option<&str>, lines: &[&str]| {
            let mut roles = vec![Role::Body; lines.len()];
            roles[0] = Role::Title;
            mark_author_notes(lines, &mut roles, byline);
            (0..lines.len()).filter(|&i| roles[i].is_set_aside()).map(|i| lines[i].to_owned()).collect::<Vec<_>>()
        };
        // The whole name, or the first name and a verb; "Sam Lee" is someone else.
        assert_eq!(aside(Some("By Sam Bloggs and Ann Roe, Staff Writers"), &lines), [lines[4]]);
        let first = [lines[0], lines[2], "Sam covers the harbour and its ferries for the Harbour Times."];
        assert_eq!(aside(Some("Sam Bloggs"), &first), [first[2]]);
        // A byline line of the page names the writer too.
        let mut roles = vec![Role::Body; lines.len()];
        roles[0] = Role::Meta(super::super::MetaLine::Byline("Sam Bloggs".into()));
        mark_author_notes(&lines, &mut roles, None);
        assert!(roles[4].is_set_aside() && !roles[3].is_set_aside());
        // No writer, an agency, or a note far from the end: nothing is set aside.
        assert!(aside(None, &lines).is_empty());
        let agency = [lines[0], "The agency said on Monday that the ferry tolls would rise again in spring."];
        assert!(aside(Some("The Associated Press"), &agency).is_empty());
        let early = [lines[0], lines[4], lines[2], lines[2], lines[2], lines[2]];
        assert!(aside(Some("Sam Bloggs"), &early).is_empty());
    }

    #[test]
    fn kicker_and_headline_pairs() {
        let lines = [
            "The harbour board voted on Monday to raise the ferry tolls again, citing the cost of fuel.",
            "FUEL COSTS",
            "The board said fuel had doubled in price since last year and the crew had asked for more pay.",
            "HARBOUR HAVOC",
            "Gulls steal chips from tourists on the pier",
            "\u{2018}PIER PRESSURE\u{2019}",
            "Pier reopens after storm repairs finally end",
            "The ferry will keep running through the winter, the board said in a statement.",
        ];
        let mut roles = vec![Role::Body; lines.len()];
        mark_kicker_teasers(&lines, &mut roles);
        let aside: Vec<&str> = (0..lines.len()).filter(|&i| roles[i].is_set_aside()).map(|i| lines[i]).collect();
        assert_eq!(aside, lines[3..7]);
    }

    #[test]
    fn capitals_links() {
        assert!(is_capitals_link("FERRY BOARD 'PROUD' OF THE CREW WHO SAVED THEM"));
        assert!(!is_capitals_link("HARBOUR HAVOC"));
        assert!(!is_capitals_link("NEW HARBOUR FERRY ID. SPACE CONCEPT"));
        assert!(!is_capitals_link("HB THE HARBOUR BOARD INC. 225.86 -12.99 -5.44%"));
        assert!(!is_capitals_link("THE FERRY IS SAFE AND SOUND, THE BOARD SAID."));
    }

    #[test]
    fn a_page_closing_on_eight_headlines_ends_with_links() {
        let story = ["Ferry back in service", "The ferry returned to service on Monday after repairs, the board said."];
        let heads = [
            "Harbour tolls rise for third year",
            "Why the old pier may close",
            "Ten boats to see this summer",
            "Is the new ferry safe?",
            "Storm damage costs the port millions",
            "Meet the harbour's oldest skipper",
            "Fishing fleet shrinks again",
            "The quay's new cafe opens",
        ];
        let roles_of = |tail: &[&str]| {
            let lines: Vec<&str> = story.iter().chain(tail).copied().collect();
            let mut roles = vec![Role::Body; lines.len()];
            mark_tail_links(&lines, &mut roles);
            roles
        };
        let roles = roles_of(&heads);
        assert_eq!(roles[1], Role::Body);
        assert!(roles[2..].iter().all(|r| *r == Role::Furniture("related-article teaser")), "{roles:?}");
        // Seven are not enough; nor are captions, which are longer, or a schedule's dates.
        assert!(roles_of(&heads[1..]).iter().all(|r| *r == Role::Body));
        let dates: Vec<String> = (1..=9).map(|d| format!("May {d} -- Harbour Hall, Westport")).collect();
        let dates: Vec<&str> = dates.iter().map(String::as_str).collect();
        assert!(roles_of(&dates).iter().all(|r| *r == Role::Body));
        let caption = "Crowds gather on the quay to watch the ferry come back into the harbour after three weeks away";
        assert!(roles_of(&[caption; 8]).iter().all(|r| *r == Role::Body));
    }
}
