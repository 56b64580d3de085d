//! Unit tests of the line rules and page passes in `furniture.rs`, on invented lines.

use super::*;

fn aside(lines: &[&str]) -> Vec<String> {
    let roles = classify(lines, None);
    lines.iter().zip(&roles).filter(|(_, r)| r.is_set_aside()).map(|(l, _)| l.to_string()).collect()
}

#[test]
fn web_lines_are_set_aside() {
    let lines = [
        "Skip to main content",
        "The Daily Planet",
        "Storm floods the northern coast as rivers burst their banks",
        "Published: March 3, 2020",
        "Share | Print This",
        "Image result for storm",
        "A powerful storm struck the northern coast on Saturday, forcing thousands of residents to leave.",
        "Officials said at least 12 people had been killed and dozens more were injured in the floods.",
        "Rescue teams",
        "Rescue teams worked through the night to reach villages cut off by the water, officials said.",
        "Read Next: Another thing",
        "Woman smelling flowers.",
        "Ad Blocking software disables some of the functionality of our website, including our comments section.",
        "Enter your email address:",
        "Privacy Policy",
        "42",
        "Copyright 2017 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
        "Scroll down for video",
        "Hide Caption 43 of 59",
        "Buzz60 10 of 41 Skip in Skip x Embed x Share CLOSE WHAT YOU NEED TO KNOW about the launch",
        "Do you have a story for us? Email us at tips@example.com or call 0207 782 4368.",
    ];
    let got = aside(&lines);
    for want in [
        "Skip to main content",
        "The Daily Planet",
        "Published: March 3, 2020",
        "Share | Print This",
        "Image result for storm",
        "Read Next: Another thing",
        "Woman smelling flowers.",
        "Ad Blocking software disables some of the functionality of our website, including our comments section.",
        "Enter your email address:",
        "Privacy Policy",
        "42",
        "Scroll down for video",
        "Copyright 2017 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
        "Do you have a story for us? Email us at tips@example.com or call 0207 782 4368.",
    ] {
        assert!(got.iter().any(|g| g == want), "{want:?} should be set aside; got {got:?}");
    }
    for keep in ["Rescue teams", "Storm floods the northern coast as rivers burst their banks"] {
        assert!(!got.iter().any(|g| g == keep), "{keep:?} must stay");
    }
}

#[test]
fn subheads_between_paragraphs_stay() {
    let lines = [
        "Headline about a flood in the north",
        "A powerful storm struck the northern coast on Saturday, forcing thousands of residents to leave.",
        "Civilians fleeing",
        "Since Sunday an estimated 2,200 people have fled the fighting, the United Nations said today.",
        "Calls for truce",
        "The relief mission called for a truce of two hours in the southern port to evacuate civilians.",
        "He added:",
        "\"We will not stop until the city is free,\" the spokesman told reporters late on Sunday night.",
    ];
    assert!(aside(&lines).is_empty(), "{:?}", aside(&lines));
}

#[test]
fn site_messages_are_phrases_of_the_page_not_of_the_story() {
    assert_eq!(line_furniture("Get the latest ferry news right in your inbox.", true), Some("site message"));
    for message in [
        "Join us See the latest harbour news and share your comments with the Port Desk on Facebook.",
        "Re-enter zip code or sign up for digital access.",
    ] {
        assert_eq!(line_furniture(message, true), Some("site message"), "{message}");
    }
    let story = "If a message lands in your inbox asking for your ferry pass number, do not reply, the board said.";
    assert_eq!(line_furniture(story, true), None);
}

#[test]
fn a_line_ending_with_a_colon_is_a_label_unless_it_is_a_sentence_opening_a_list() {
    for label in ["Topics:", "Share the story:", "More from The Daily Courier:", "Check us out on Facebook:"] {
        assert!(line_furniture(label, true).is_some(), "{label}");
    }
    for opening in ["Wear a sling for comfort:", "Keep the ankle raised above the heart:", "Among the injured were:"] {
        assert_eq!(line_furniture(opening, true), None, "{opening}");
    }
}

#[test]
fn phrases_match_whole_words() {
    assert!(has_phrase("advertisement", "advertis*"));
    assert!(has_phrase("share | print this", "share |"));
    assert!(!has_phrase("netflix adds subscribers", "subscribe"));
    assert!(line_furniture("Netflix adds eight million subscribers", true).is_none());
    assert!(line_furniture("Varlo's comments drew criticism.", true).is_none());
}

#[test]
fn menus_and_repeats() {
    let lines = [
        "Headline about a flood in the north",
        "Trending Articles:",
        "Trending Articles:",
        "A powerful storm struck the northern coast on Saturday, forcing thousands of residents to leave.",
        "Blacklisted Radio",
        "On Patreon",
        "On Gab",
        "Officials said at least 12 people had been killed and dozens more were injured in the floods.",
    ];
    let got = aside(&lines);
    assert_eq!(got, ["Trending Articles:", "Trending Articles:", "Blacklisted Radio", "On Patreon", "On Gab"]);
}

#[test]
fn a_transcript_closes_with_its_last_turn() {
    let lines = [
        "Harbour board raises ferry tolls again this year",
        "HOST: The harbour board voted on Monday to raise the ferry tolls again, citing the cost of fuel.",
        "GUEST: Fuel has doubled in price since last year, and the crew have asked for more pay as well.",
        "HOST: Thank you.",
        "Share",
    ];
    assert_eq!(aside(&lines), ["Share"]);
}

#[test]
fn a_sentence_shown_again_without_its_stop_is_a_caption_or_summary_point() {
    let lines = [
        "Ferry tolls rise again this year",
        "The harbour board raised ferry tolls for the third time in two years.",
        "Crews said the new fares would hit island workers hardest.",
        "The harbour board raised ferry tolls for the third time in two years",
        "The board met on Monday and voted five to two for the rise.",
        // A line without a stop that says something of its own stays.
        "Island workers have asked the board to keep a cheaper early fare",
        "The new tolls take effect in May, a month before the summer timetable.",
    ];
    let roles = classify(&lines, None);
    assert_eq!(roles[3], Role::Furniture("repeated line"));
    assert_eq!((&roles[1], &roles[5]), (&Role::Body, &Role::Body));
}

#[test]
fn long_repeated_lines_are_kept_once() {
    let caption = "Harbour board members inspect the new ferry at the pier in Westport, Monday, May 4, 2019, \
                   before its first crossing of the bay.";
    let item = "Breakfast: oat porridge (1 cup oats, 2 spoons of honey, 1 cup of milk, 1 sliced apple, \
                a handful of walnuts and a cup of tea)";
    let lines = ["Ferry tolls rise again this year", caption, item, "The board met on Monday.", caption, item];
    let roles = classify(&lines, None);
    assert_eq!(roles[4], Role::Furniture("repeated line"));
    assert_eq!((&roles[1], &roles[2], &roles[5]), (&Role::Body, &Role::Body, &Role::Body));
}

#[test]
fn words_are_counted_by_characters_in_scripts_without_spaces() {
    assert_eq!(words("one two three"), 3);
    assert_eq!(words("市役所が新しい橋"), 4);
    assert_eq!(words("新型iPhone発売"), 3);
    assert_eq!(words("— | 42"), 3);
    // The one-pass count agrees with the full one wherever it answers.
    assert_eq!(spaced_words("It’s  a\ttest, “quoted”\u{b}\r\n"), Some(4));
    assert_eq!(spaced_words("a\u{a0}b"), None);
    assert_eq!(spaced_words("市役所"), None);
    for line in ["", "   ", "one", " Café owners’ fears ", "— | 42", "x\u{0b}y", "Zürich 2:1 Basel"] {
        assert_eq!(spaced_words(line), Some(line.split_whitespace().map(token_words).sum()), "{line:?}");
    }
    assert!(ends_as_sentence("橋は来月開通する。") && ends_as_sentence("هل سيفتح الجسر؟\u{200f}"));
}

#[test]
fn text_in_other_languages_and_scripts_is_kept() {
    let japanese = [
        "市役所、新しい橋の開通日を発表",
        "新しい橋は来月一日に開通する。",
        "工事の遅れ",
        "工事は予定より二か月長くかかった",
        "費用は市と県が半分ずつ負担した。",
        "市長のコメント",
        "市長は「待っていた人が多い」と話した。",
    ];
    let arabic = [
        "افتتاح الجسر الجديد الشهر المقبل",
        "أعلن مجلس المدينة يوم الاثنين أن الجسر الجديد سيفتح بعد الصيف.",
        "تأخر الأشغال",
        "استغرقت الأشغال عامين كاملين",
        "وقال المتحدث:",
        "قال إن التكلفة تقاسمتها المدينة والمنطقة.",
    ];
    let german = [
        "Neue Brücke öffnet im Herbst",
        "Der Stadtrat teilte am Montag mit, dass die neue Brücke nach dem Sommer öffnen soll.",
        "Verzögerungen",
        "Die Arbeiten hatten zwei Jahre gedauert, länger als geplant",
        "Ein Sprecher sagte:",
        "Die Kosten wurden von der Stadt und der Region geteilt, wie er in einer Mitteilung schrieb.",
        "Die Anwohner sind froh, dass es nun bald vorbei ist, und auch die Pendler freuen sich auf den Herbst.",
    ];
    for lines in [&japanese[..], &arabic[..], &german[..]] {
        assert!(aside(lines).is_empty(), "{:?}", aside(lines));
        assert!(judged_in(lines).is_some_and(|w| w.contains("could not be judged in this language")));
    }
    assert_eq!(aside(&["首页 | 国际 | 体育", japanese[1], japanese[3], japanese[4]]), ["首页 | 国际 | 体育"]);
}

#[test]
fn teaser_blocks_and_forms() {
    let lines = [
        "Headline about a flood in the north",
        "A powerful storm struck the northern coast on Saturday, forcing thousands of residents to leave.",
        "More: Ferry tolls to rise again as the harbour board counts the cost",
        "Officials said at least 12 people had been killed and dozens more were injured in the floods.",
        "Town council votes to rebuild the old sea wall before the winter storms",
        "MOST READ IN NEWS HARBOUR HAVOC Gulls steal chips from tourists on the pier",
        "Read more:",
        "Council approves new plan for the harbour, with money from the region",
        "The storm was the worst in a decade, the weather office said on Sunday night.",
    ];
    let got = aside(&lines);
    assert_eq!(got, [lines[2], lines[4], lines[5], lines[6], lines[7]]);
    let form = "Newsletter Sign Up Please verify you're not a robot by clicking the box. Invalid email \
                address. Please re-enter. You agree to receive occasional updates. Thank you for subscribing.";
    assert!(line_furniture(&format!("{form} {}", "Try again later. ".repeat(20)), true).is_some());
    let news = "The paper said its newsletter had 2 million readers who sign up each week, and that more \
                people subscribe on phones than on computers, the company said on Monday in its report.";
    assert_eq!(line_furniture(news, true), None);
}

#[test]
fn gallery_counter_has_the_shape_of_a_counter() {
    assert_eq!(line_furniture("12 show all 3/12", true), Some("photo gallery counter"));
    let flattened = "Harbour at dawn 3 show all Harbour at dawn 1/3 Fishing boats return before sunrise 2/3 \
                     The pier at noon, crowded with visitors 3/3 Gulls over the market";
    assert_eq!(line_furniture(flattened, true), Some("photo gallery counter"));
    let paragraph = "The new helpline, which will run 24/7 from next month, is meant to show all callers \
                     that someone is listening, the charity said.";
    assert_eq!(line_furniture(paragraph, true), None);
}

#[test]
fn an_article_on_one_long_line_is_body() {
    let sentence = "The council met again on Tuesday and agreed that the bridge would reopen in the spring. ";
    let line = sentence.repeat(20_000);
    assert_eq!(classify(&[line.as_str()], None), [Role::Body]);
    let opening = "More from the council came on Friday, when it said the ferry would run 24/7 until then. \
                   Its notices will show all the new times. ";
    let line = format!("{opening}{}", sentence.repeat(5_000));
    assert_eq!(classify(&[line.as_str()], None), [Role::Body]);
    let teasers = "Most read in business Bridge tolls to rise FERRY CHAOS Commuters stranded for hours \
                   PIER REOPENS Crowds return to the seafront after repairs finally end";
    assert_eq!(classify(&[teasers, line.as_str()], None)[0], Role::Furniture("related-article teaser"));
    let lines = ["Bridge to reopen in spring", line.as_str()];
    assert_eq!(classify(&lines, None), [Role::Title, Role::Body]);
}

#[test]
fn a_text_that_opens_with_a_long_paragraph_has_no_headline_line() {
    let opening = "The orchard society gathered in the old barn on Saturday and spent the whole afternoon \
                   grafting apple trees, sharing cuttings and arguing cheerfully about pruning, \
                   before the tea urn ran dry and everybody went home.";
    let later = "Members then walked the lower field to count the new saplings.";
    let lines = [opening, later, "The next meeting falls in early autumn, after the harvest."];
    assert!(classify(&lines, None).iter().all(|r| *r != Role::Title));
    let lines = ["Orchard society grafts apple trees", opening, later];
    assert_eq!(classify(&lines, None)[0], Role::Title);
}

#[test]
fn a_long_sentence_closed_by_a_full_stop_is_text_not_a_headline() {
    let first = "The orchard society gathered in the old barn on Saturday to graft apple trees and share \
                 cuttings with all the neighbours.";
    let lines = ["Orchard notes", first, "Why?", "Members then walked the lower field to count the saplings."];
    assert!(classify(&lines, None).iter().all(|r| *r != Role::Title));
    let headline = "Orchard society grafts apple trees. Neighbours share cuttings.";
    assert_eq!(classify(&[headline, first], None)[0], Role::Title);
}

#[test]
fn a_headline_run_on_from_the_trail_of_sections_is_the_title() {
    let title = "Ferry board raises tolls for the third year";
    let lines = [
        "HomeHarbour NewsFerry board raises tolls for the third year",
        "The harbour board voted on Monday to raise the ferry tolls again, citing the cost of fuel and pay.",
    ];
    assert_eq!(classify(&lines, Some(title))[0], Role::Title);
    // A sentence ending with the headline's words is no trail of sections.
    let sentence = [
        "As the papers put it on Monday, ferry board raises tolls for the third year",
        "The harbour board voted on Monday to raise the ferry tolls again, citing the cost of fuel and pay.",
    ];
    assert_ne!(classify(&sentence, Some(title))[0], Role::Title);
}
