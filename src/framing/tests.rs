//! Unit tests of the framing stage on sentences in several reporting styles.

use super::*;
use crate::text::TextModel;

fn framing(texts: &[&str]) -> Framing {
    framing_with(texts, &Lexicon::builtin())
}

fn framing_with(texts: &[&str], lex: &Lexicon) -> Framing {
    let lex = lex.clone();
    let models: Vec<TextModel> = texts.iter().map(|t| TextModel::new(t)).collect();
    let docs: Vec<Doc<'_>> =
        texts.iter().zip(&models).zip(1..).map(|((t, m), n)| Doc::new(ArticleId(n), t, m)).collect();
    let set = actors::find(&docs, &lex);
    Framing {
        actors: labels::attach(&docs, &lex, set),
        attributions: attribution::attributions(&docs, &lex),
        quotes: quotes::groups(&docs, &lex),
        scare_quotes: attribution::scare_quotes(&docs, &lex),
        loaded_words: loaded::loaded_words(&docs, &lex),
    }
}

fn labels_of<'a>(f: &'a Framing, name: &str) -> Vec<&'a str> {
    f.actors
        .iter()
        .filter(|a| a.name.contains(name) || a.aliases.iter().any(|x| x.contains(name)))
        .flat_map(|a| a.labels.iter().map(|l| l.label.as_str()))
        .collect()
}

#[test]
fn smoke() {
    let f = framing(&["Libyan strongman Khalifa Haftar said on Sunday that Haftar's forces would win."]);
    assert!(labels_of(&f, "Haftar").contains(&"Libyan strongman"), "{f:#?}");
}

#[test]
fn titles_premodifiers_and_appositives_in_other_stories() {
    let f = framing(&[
        "Syrian President Bashar al-Assad met envoys. The self-proclaimed Islamic State group claimed responsibility, \
         police said. The gunman, identified as Omar Mateen, opened fire. Mateen, 29, a security guard, was killed.",
    ]);
    assert!(labels_of(&f, "Assad").contains(&"Syrian President"), "{f:#?}");
    assert!(labels_of(&f, "Islamic State").iter().any(|l| l.contains("self-proclaimed")), "{f:#?}");
    let m = labels_of(&f, "Mateen");
    assert!(m.contains(&"gunman") && m.iter().any(|l| l.contains("security guard")), "{m:?}");
    let verbs: Vec<&str> = f.attributions.iter().map(|a| a.verb.as_str()).collect();
    assert_eq!(verbs, ["claimed", "said"]);
}

#[test]
fn an_apposition_before_a_name_may_say_of_what_its_role_is() {
    let f =
        framing(&["The embattled governor of the northern province, Rosa Vidal, said the roads were closed. Crews \
         reached the dam, said the director of flood planning, Omar Haddad. When Vidal left the team for a \
         time, Haddad ran the agency. A group of former Acme, Bolt, and Cargo employees wrote to the board."]);
    assert!(labels_of(&f, "Vidal").contains(&"embattled governor of the northern province"), "{f:#?}");
    assert!(labels_of(&f, "Haddad").contains(&"director of flood planning"), "{f:#?}");
    // Not the object of a clause before the name, nor a list of names.
    assert!(labels_of(&f, "Haddad").iter().all(|l| !l.contains("team")), "{f:#?}");
    assert!(labels_of(&f, "Bolt").is_empty(), "{f:#?}");
}

#[test]
fn an_apposition_may_stand_before_the_names_own_describing_words() {
    let f = framing(&[
        "The gunman, 34-year-old Tom Grey, was shot by police. He will not stop his reckless testing regime, \
         said Rosa Vidal. Omar Haddad, the mayor of the town, told Velmar News the mall would reopen.",
    ]);
    assert!(labels_of(&f, "Grey").contains(&"gunman"), "{f:#?}");
    // An attribution before a name is no apposition's comma.
    assert!(labels_of(&f, "Vidal").is_empty(), "{f:#?}");
    assert!(labels_of(&f, "Velmar News").iter().all(|l| !l.contains("mayor")), "{f:#?}");
}

#[test]
fn a_demonym_in_quotation_marks_before_a_noun_is_no_actor() {
    let f = framing(&[
        "A trader claimed to be Nigerian royalty to win trust.\n\n\u{201c}So-called \u{2018}Nigerian\u{2019} \
         email scams are known by their sob stories and polite language,\u{201d} the agency said.",
    ]);
    assert!(f.actors.iter().all(|a| a.name != "Nigerian"), "{f:#?}");
}

#[test]
fn a_label_does_not_take_the_quotation_marks_around_the_name() {
    let f = framing(&["Police said the \u{201c}so-called \u{2018}Baron Velmar\u{2019}\u{201d} had fled abroad."]);
    let labels = labels_of(&f, "Velmar");
    assert!(labels.iter().all(|l| !l.contains(['\u{201c}', '\u{2018}'])), "{f:#?}");
}

#[test]
fn a_name_labelled_as_a_kind_of_place_is_no_actor() {
    let f = framing(&[
        "Old Quay Harbour is a busy fishing village. Mayor Rosa Vidal, a former teacher, opened the market there.",
    ]);
    assert!(f.actors.iter().all(|a| !a.name.contains("Old Quay")), "{f:#?}");
    assert!(labels_of(&f, "Vidal").contains(&"former teacher"), "{f:#?}");
}

#[test]
fn back_references_go_to_the_salient_person() {
    let f = framing(&["Rebel commander Ahmed Salim led the attack. Salim was seen near the border. \
         President John Carter condemned the raid. Officials said the notorious warlord had fled."]);
    let salim = labels_of(&f, "Salim");
    assert!(salim.contains(&"notorious warlord") && salim.contains(&"Rebel commander"), "{f:#?}");
    assert!(f.actors.iter().flat_map(|a| &a.labels).filter(|l| l.label.contains("warlord")).all(|l| l.loaded));
}

#[test]
fn aliases_merge_and_common_words_are_no_actors() {
    let f = framing(&[
        "The Libya National Army (LNA) advanced. Heavy clashes followed, and heavy rain fell. Gen. Khalifa Haftar \
         spoke. Haftar's men moved.",
        "The so-called Libyan National Army pushed on. Field Marshal Haftar, head of the LNA, said so.",
    ]);
    let names: Vec<&str> = f.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(!names.iter().any(|n| n.contains("Heavy")), "{names:?}");
    let lna: Vec<_> = f.actors.iter().filter(|a| a.name.contains("National Army")).collect();
    assert_eq!(lna.len(), 1, "{names:?}");
    assert!(lna[0].aliases.iter().any(|a| a == "LNA"));
    assert!(lna[0].labels.iter().any(|l| l.label == "so-called"));
    let haftar: Vec<_> = f.actors.iter().filter(|a| a.name.contains("Haftar")).collect();
    assert_eq!(haftar.len(), 1, "{names:?}");
    assert_eq!(haftar[0].name, "Khalifa Haftar");
    assert!(haftar[0].labels.iter().any(|l| l.label == "head of the LNA"));
}

#[test]
fn quotes_group_across_articles_with_speaker_and_diff() {
    let f = framing(&[
        "\u{201c}We will hunt down every one of the attackers,\u{201d} the interior minister said.",
        "\"We will hunt down each of the attackers,\" said Interior Minister Ali Khan.",
    ]);
    let g = f.quotes.iter().find(|g| g.members.len() == 2).expect("a shared quote");
    assert!(!g.faithful);
    assert!(g.diffs[0].text_of(crate::model::DiffTag::Delete).contains("every one"));
    let who: Vec<&str> = g.speakers.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(who, ["the interior minister", "Interior Minister Ali Khan"]);
}

#[test]
fn a_quote_group_holds_one_quote_and_a_longer_quote_joins_with_its_part() {
    let f = framing(&[
        "\"The council backed the new harbour wall and the two sides agreed a plan for the old ferry pier,\" \
         the mayor's office said.",
        "The mayor said the council \"backed the new harbour wall\" on Monday.",
        "The two sides \"agreed a plan for the old ferry pier,\" the office said.",
        "\"We are treating a number of patients,\" the clinic said.",
        "\"We are doing all we can to free the crew. A number of boats are out,\" a coastguard said.",
    ]);
    let texts = |g: &crate::model::QuoteGroup| g.members.iter().map(|m| m.text.clone()).collect::<Vec<_>>();
    let wall = f.quotes.iter().find(|g| g.members.iter().any(|m| m.text.contains("backed the new harbour wall\"")));
    let wall = texts(wall.expect("the wall quote is in a group"));
    assert_eq!(wall.len(), 2, "{wall:?}");
    assert!(wall.iter().all(|t| !t.contains("pier")), "the long quote joins with its part only: {wall:?}");
    let pier =
        f.quotes.iter().find(|g| g.members.iter().any(|m| m.text.contains("agreed a plan for the old ferry pier,\"")));
    let pier = texts(pier.expect("the pier quote is in a group"));
    assert!(pier.iter().all(|t| !t.contains("wall")), "{pier:?}");
    let patients = f.quotes.iter().find(|g| g.members.iter().any(|m| m.text.contains("patients")));
    assert!(patients.is_none_or(|g| g.members.len() == 1), "function words alone do not make one quote");
}

#[test]
fn a_title_a_user_marks_loaded_still_labels_and_is_loaded() {
    let text = "Field Marshal Tom Reyes toured the base. Reyes praised the crews.";
    let plain = framing(&[text]);
    let before: Vec<&crate::model::Label> = plain.actors.iter().flat_map(|a| &a.labels).collect();
    assert!(before.iter().any(|l| l.label == "Field Marshal" && !l.loaded), "{before:?}");
    let dir = tempfile::tempdir().expect("tempdir");
    let p = dir.path().join("mine.toml");
    std::fs::write(&p, "[[term]]\ntext = \"field marshal\"\ncategory = \"legitimising\"\n").expect("write");
    let mut lex = Lexicon::builtin();
    lex.load_user(&p).expect("loads");
    let f = framing_with(&[text], &lex);
    let after: Vec<&crate::model::Label> = f.actors.iter().flat_map(|a| &a.labels).collect();
    assert!(after.iter().any(|l| l.label == "Field Marshal" && l.loaded), "{after:?}");
}

#[test]
fn quote_speakers_are_named_not_pronouns_or_documents() {
    let f = framing(&[
        "\"We will rebuild the harbour wall by spring,\" she said. \"We will rebuild the harbour wall by spring,\" \
         the statement said.",
        "\"We will rebuild the harbour wall by spring,\" Mayor Ada Quell said on Friday.",
        "\"We will rebuild the harbour wall by spring,\" a Port of Velm spokesman said in Velm.",
        "Asked what he saw he added: \"We will rebuild the harbour wall by spring.\"",
    ]);
    let g = f.quotes.iter().find(|g| g.members.len() >= 2).expect("a shared quote");
    let who: Vec<&str> = g.speakers.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(who, ["Mayor Ada Quell", "a Port of Velm spokesman"], "{g:#?}");
}

#[test]
fn a_phrase_two_outlets_quote_alike_is_a_partial_quote_not_a_scare_quote() {
    let f = framing(&[
        "The mayor praised the council's \"steady harbour work\" and its \"renewal\" plan on Monday.",
        "Officials spoke of \"steady harbour work\" at the quay, and of the town's \"revival\" too.",
    ]);
    let scare: Vec<&str> = f.scare_quotes.iter().map(|q| q.text.as_str()).collect();
    assert!(!scare.iter().any(|q| q.contains("steady harbour work")), "{scare:?}");
    assert!(scare.iter().any(|q| q.contains("renewal")) && scare.iter().any(|q| q.contains("revival")), "{scare:?}");
}

#[test]
fn spans_on_char_boundaries_and_no_panics_on_odd_input() {
    for t in ["", "\u{201c}", "’s", "A (B) C", "The \"", "Ünïcödé Nämé said „Ja“ — „“", "self-styled", ", the general"]
    {
        let f = framing(&[t, t]);
        for a in &f.actors {
            for l in &a.labels {
                assert_eq!(t.get(l.span.start..l.span.end), Some(l.text.as_str()));
            }
        }
    }
}

fn names(f: &Framing) -> Vec<&str> {
    f.actors.iter().flat_map(|a| std::iter::once(a.name.as_str()).chain(a.aliases.iter().map(String::as_str))).collect()
}

fn actor<'a>(f: &'a Framing, name: &str) -> Option<&'a crate::model::Actor> {
    f.actors.iter().find(|a| a.name == name)
}

#[test]
fn abbreviations_short_names_months_and_long_group_names() {
    let f = framing(&[
        "Northern Press reported the crash. Manager Nils Pedersen spoke later. The line was shut, NP said. \
         Zentro Holdings said profits fell. Later that day Zentro cut jobs. Minister Clara May spoke on Friday. \
         Velm is a quiet town, and patients went to Velm General Hospital. The hospital was full. The Popular \
         Front for the Liberation of Ostia, a rebel group, said it would talk.",
    ]);
    let np = actor(&f, "Northern Press").unwrap_or_else(|| panic!("{:?}", names(&f)));
    assert!(np.aliases.iter().any(|a| a == "NP"), "{:?}", names(&f));
    assert!(actor(&f, "Nils Pedersen").is_some_and(|a| a.aliases.is_empty()), "{:?}", names(&f));
    assert!(actor(&f, "Zentro Holdings").is_some_and(|a| a.aliases.iter().any(|x| x == "Zentro")));
    assert!(f.actors.iter().all(|a| a.aliases.iter().all(|x| !x.contains("Velm"))), "{:?}", names(&f));
    assert!(!names(&f).contains(&"Hospital"), "{:?}", names(&f));
    assert!(names(&f).contains(&"Clara May"), "{:?}", names(&f));
    assert!(names(&f).contains(&"Popular Front for the Liberation of Ostia"), "{:?}", names(&f));
}

#[test]
fn headlines_and_places_give_no_actors_and_courtesy_titles_no_labels() {
    let f = framing(&[
        "Zentro Shares Fall As Investors Flee Market\n\nCrowds gathered in Velm on Sunday. Police in Velm said \
         Mr Ola Ruud had left. Ruud was calm.",
    ]);
    let n = names(&f);
    assert!(!n.iter().any(|x| x.contains("Shares") || x.contains("Velm")), "{n:?}");
    let f = framing(&["Ola Ruud spoke. The crash happened in Velm, and rescuers came to Velm. The tram driver, 42, \
         was held. Chief executive Ana do Rego Lima resigned."]);
    assert!(f.actors.iter().all(|a| a.labels.iter().all(|l| !l.label.contains("driver"))), "{f:#?}");
    assert!(names(&f).contains(&"Ana do Rego Lima"), "{:?}", names(&f));
    assert!(labels_of(&f, "Ruud").is_empty(), "{f:#?}");
}

#[test]
fn descriptions_go_to_the_subject_before_and_titles_must_fit() {
    let f = framing(&[
        "Ola Ruud spoke first. Ruud said it was fast. Ruud left early. Kari Lund, who was on the boat, said \
         it tipped over. The carpet fitter, who hurt his arm, said he was lucky.",
        "Zentro Holdings posted a loss on Monday. The investment bank said costs rose. President Sam Vik met \
         reporters. Officials said the Norwegian prime minister would come.",
    ]);
    assert_eq!(labels_of(&f, "Lund"), ["carpet fitter"], "{f:#?}");
    assert!(labels_of(&f, "Ruud").is_empty(), "{f:#?}");
    assert_eq!(labels_of(&f, "Zentro"), ["investment bank"], "{f:#?}");
    let g =
        framing(&["The Velm Police Department sealed the road. Crews from the fire department helped, and the local \
         department later apologised. Officers said so."]);
    assert_eq!(labels_of(&g, "Police Department"), ["local department"], "{g:#?}");
    assert_eq!(labels_of(&f, "Vik"), ["President"], "{f:#?}");
    let f = framing(&["Coach Ola Ruud fed the animals. Ruud said the little boy fell in. Later Ruud praised the \
         former Velm officer."]);
    assert_eq!(labels_of(&f, "Ruud"), ["Coach", "former Velm officer"], "{f:#?}");
}
#[test]
fn demonym_shaped_surnames_stay_names_and_pronouns_take_the_latest_person() {
    let f = framing(&[
        "Rita Vasari was fined. Critics said the court silenced the outspoken Vasari following her speech. \
         Guards held Lena Marconi on Monday, an arrest which made her into a hero for students. A viral clip \
         turned Marconi into a Velmian icon. The Velmian capital was calm.",
    ]);
    assert_eq!(labels_of(&f, "Vasari"), ["outspoken"], "{f:#?}");
    assert_eq!(labels_of(&f, "Marconi"), ["hero for students", "Velmian icon"], "{f:#?}");
    assert!(!names(&f).contains(&"Velmian"), "{:?}", names(&f));
}

#[test]
fn a_lone_demonym_of_a_named_place_vouches_for_no_adjective_but_a_surname_shaped_like_one_does() {
    // "Velmian" is the adjective of Velmia, which the text names: "a Velmian" alone does not make
    // its use before a noun ("a state-run Velmian bank") a name with a label.
    let f = framing(&[
        "The protest was led by a Velmian. Officials in Velmia said a state-run Velmian bank lent the money. \
         Ana Goldan, the bank's chief, was questioned. Goldan declined to comment.",
    ]);
    assert!(actor(&f, "Velmian").is_none_or(|a| a.labels.is_empty()), "{f:#?}");
    // "Goldan" names no place: a surname, kept with its label though it ends like a demonym.
    assert_eq!(labels_of(&f, "Goldan"), ["bank's chief"], "{f:#?}");
}

#[test]
fn a_title_before_one_plural_word_never_written_alone_opens_a_name() {
    let f = framing(&["The maker General Tractors said on Monday it would close two plants. Analysts said General \
         Tractors had little choice. General Ola Rhodes visited them, and Rhodes said the plants were safe."]);
    assert!(actor(&f, "General Tractors").is_some(), "{:?}", names(&f));
    assert!(actor(&f, "Tractors").is_none(), "{:?}", names(&f));
    // A surname shaped like a plural, written alone too, keeps its title.
    assert_eq!(labels_of(&f, "Rhodes"), ["General"], "{f:#?}");
}

#[test]
fn a_time_before_a_title_is_not_part_of_the_label() {
    let f = framing(&["The next day General Ola Rhodes visited the base, and Rhodes said it was safe. \
         Later Mayor Ana Vik spoke, and Vik agreed."]);
    assert_eq!(labels_of(&f, "Rhodes"), ["General"], "{f:#?}");
    assert!(labels_of(&f, "Vik").iter().all(|l| !l.contains("Later")), "{f:#?}");
}

#[test]
fn a_name_modifying_a_noun_takes_no_premodifier_and_persons_take_no_abbreviation() {
    let f = framing(&["Senior Zentro employees were held. Zentro said so. The state-run Velm Daily newspaper \
         agreed. Coach Alan Pike spoke, and Pike left. AP reported it, then AP said more."]);
    assert!(labels_of(&f, "Zentro").is_empty(), "{f:#?}");
    assert_eq!(labels_of(&f, "Velm Daily"), ["state-run"], "{f:#?}");
    assert!(actor(&f, "Alan Pike").is_some_and(|a| a.aliases.iter().all(|x| x != "AP")), "{:?}", names(&f));
}

#[test]
fn a_day_named_like_a_name_is_no_actor() {
    let f = framing(&["The storm dropped snow on Harvest Day, a record for Portmoor, and Mayor Ola Vik closed roads."]);
    let names: Vec<&str> = f.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(!names.iter().any(|n| n.contains("Harvest")), "{names:?}");
}

#[test]
fn names_go_on_over_initials_ampersands_and_plural_possessives() {
    let f = framing(&[
        "Dana Q. Velmar met bankers from Brix & Tolland. Velmar said the Fisheries and Harbour Commission had \
         agreed. The People's Daily, a party newspaper, said so. Velmar's aide left. Brix & Tolland and the \
         Fisheries and Harbour Commission declined to comment. Many people agreed.",
    ]);
    let n = names(&f);
    assert!(actor(&f, "Dana Q. Velmar").is_some(), "{n:?}");
    assert!(!n.contains(&"Dana Q"), "{n:?}");
    assert!(n.contains(&"Brix & Tolland"), "{n:?}");
    assert!(n.contains(&"Fisheries and Harbour Commission"), "{n:?}");
    assert_eq!(labels_of(&f, "People's Daily"), ["party newspaper"], "{f:#?}");
    // A person's name does not go on over "and" into the next body's name.
    let g = framing(&["Guests included label chief Nia Rhone and Velm Nation manager Odo Brask. Rhone spoke."]);
    assert!(!names(&g).iter().any(|x| x.contains(" and ")), "{:?}", names(&g));
}

#[test]
fn a_formal_company_name_is_its_short_name_and_holidays_repeats_and_places_are_nobody() {
    let f = framing(&[
        "Velmco Widgets Group Inc reported a loss. Velmco Widgets said costs rose. Acme Acme shares fell on \
         New Year's Eve and at Christmas. Crowds gathered in Portmoor. Portmoor police said the Portmoor \
         mayor and Portmoor officials met in Portmoor. Portmoor police made arrests.",
    ]);
    let n = names(&f);
    let velmco = f.actors.iter().filter(|a| a.name.contains("Velmco")).collect::<Vec<_>>();
    assert!(velmco.len() == 1 && velmco[0].aliases.iter().any(|a| a.contains("Velmco")), "{n:?}");
    assert!(!n.iter().any(|x| x.contains("Acme Acme") || x.contains("Year") || x.contains("Eve")), "{n:?}");
    assert!(!n.contains(&"Christmas") && !n.contains(&"Portmoor"), "{n:?}");
    // A day in the possessive is still a day.
    let g = framing(&[
        "The craft reached orbit after Tuesday's launch from the Velm pad, but contact was lost. The state-run \
         Velmco company that built the craft said Friday it had regained contact.",
        "The craft reached orbit after Tuesday's launch from the Velm pad, but contact was lost. The state-run \
         Velmco company that built the craft said on Friday it had regained contact.",
    ]);
    assert!(!names(&g).iter().any(|x| x.contains("Tuesday")), "{:?}", names(&g));
}

#[test]
fn a_description_opening_a_sentence_goes_on_with_the_last_body_named() {
    let f = framing(&[
        "Velmco Bank posted a loss. Velmco declined to comment on the rules.\nRelated: ten things to know\n\
         The banking giant said costs would rise. Major banks, plus oil giant Shellco, agreed.",
    ]);
    assert_eq!(labels_of(&f, "Velmco"), ["banking giant"], "{f:#?}");
    assert_eq!(labels_of(&f, "Shellco"), ["oil giant"], "{f:#?}");
}

#[test]
fn a_former_role_before_now_and_a_title_is_one_label() {
    let f = framing(&["Critics of then army chief now President Odo Brask were held. Brask spoke."]);
    assert_eq!(labels_of(&f, "Brask"), ["then army chief now President"], "{f:#?}");
}

#[test]
fn its_rival_is_the_other_body_and_a_loaded_country_noun_the_country_named() {
    let f = framing(&[
        "Velmco Ltd made an offer to acquire Brixon Inc, raising pressure on its U.S. chip rival. Brixon said no. \
         U.S. officials agreed.",
        "Troops said Ostravia fired a missile. Leaders said Ostravia denied it. Officials said the rogue nation \
         would pay.",
    ]);
    assert_eq!(labels_of(&f, "Brixon"), ["U.S. chip rival"], "{f:#?}");
    assert!(labels_of(&f, "Velmco").is_empty(), "{f:#?}");
    assert_eq!(labels_of(&f, "Ostravia"), ["rogue nation"], "{f:#?}");
    assert!(!names(&f).contains(&"nation"), "{:?}", names(&f));
}

#[test]
fn a_short_quote_a_speaker_is_named_for_is_a_partial_quote_listed_with_quotes() {
    let f = framing(&[
        "Mayor Ola Ruud called the plan \u{201c}a costly mistake\u{201d} on Monday. Critics mocked the \
         \u{201c}heroic\u{201d} council.",
        "Ola Ruud described the plan as \"a costly mistake\" and left.",
    ]);
    let scare: Vec<&str> = f.scare_quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(scare, ["\u{201c}heroic\u{201d} council"], "{f:#?}");
    let group = f.quotes.iter().find(|g| g.members.len() == 2).unwrap_or_else(|| panic!("{:#?}", f.quotes));
    assert!(group.members.iter().all(|m| m.text.contains("a costly mistake")), "{group:#?}");
    assert!(group.faithful, "{group:#?}");
}

#[test]
fn an_ampersand_name_before_a_role_is_part_of_the_label() {
    let f = framing(&["Brix Tolland & Sons analyst Dana Velmar said shares fell. Velmar left."]);
    assert_eq!(labels_of(&f, "Velmar"), ["Brix Tolland & Sons analyst"], "{f:#?}");
}

#[test]
fn contractions_are_no_names_and_a_phrase_after_a_preposition_no_apposition() {
    let f = framing(&[
        "Through a spokesperson, Odo Brask denied it. \u{201c}I\u{2019}m sorry,\u{201d} Brask wrote. I'll go, \
         Brask said. The spokesperson said more. Brask left.",
    ]);
    let n = names(&f);
    assert!(!n.iter().any(|x| x.starts_with("I'") || x.starts_with("I\u{2019}")), "{n:?}");
    assert!(labels_of(&f, "Brask").is_empty(), "{f:#?}");
}

#[test]
fn a_title_opening_a_sentence_stays_a_title_where_the_word_is_also_common() {
    // "secretary" in lower case just before must not turn "Secretary" into a common word.
    let f = framing(&[
        "The press secretary said the minister had been told. Secretary of State Jane Marlow said, \
         \"These talks will go on.\" Marlow flew home on Friday.",
        "The crowd asked for justice. Justice for Toby was painted on the wall.",
    ]);
    assert!(labels_of(&f, "Marlow").contains(&"Secretary of State"), "{f:#?}");
    // A title word followed by "for" or "of" is not kept as a title opening a name.
    assert!(!names(&f).iter().any(|n| n.starts_with("for ") || n.starts_with("of ")), "{:?}", names(&f));
}

#[test]
fn words_before_a_courtesy_title_are_no_label() {
    // The noun before "Mr." ends the clause before it; it describes nothing of the person.
    let f = framing(&["Talks with the council were a step Mr. Ola Ruud said he would take. Mr. Ruud left."]);
    assert!(labels_of(&f, "Ruud").iter().all(|l| !l.contains("step")), "{f:#?}");
}

#[test]
fn a_title_opening_a_run_of_common_nouns_is_part_of_an_organisations_name() {
    // "general" as a rank, then two nouns each seen in lower case: the name of a body, not a general.
    let f =
        framing(&["The General Harbour Authority closed the quay. The harbour authority said the quay would reopen. \
         A second quay stays open for the ferry. General Ana Roos inspected the harbour."]);
    assert!(names(&f).contains(&"General Harbour Authority"), "{:?}", names(&f));
    assert!(!names(&f).contains(&"Harbour Authority"), "{:?}", names(&f));
    assert!(labels_of(&f, "Ana Roos").contains(&"General"), "{f:#?}");
}

#[test]
fn words_before_a_team_name_before_fan_describe_the_fan() {
    // "fan" is a person noun: the team's name modifies it, so "die-hard" is no label of the team.
    let f = framing(&["Mayor Ola Vik, a die-hard Portmoor Rovers fan, watched the final. Portmoor Rovers won 2-1."]);
    assert!(labels_of(&f, "Portmoor Rovers").is_empty(), "{f:#?}");
}

#[test]
fn a_description_before_is_and_a_name_describes_that_name() {
    // The team named before is not the hero: the copula names him.
    let f = framing(&["Portmoor Rovers beat Velm City in extra time. Fans will say the Rovers hero is Ana Roos, \
         who scored twice. Roos left the pitch in tears."]);
    assert_eq!(labels_of(&f, "Ana Roos"), ["Rovers hero"], "{f:#?}");
    assert!(labels_of(&f, "Velm City").is_empty(), "{f:#?}");
}

#[test]
fn a_weekday_before_a_name_is_no_part_of_it_and_a_pronoun_takes_no_possessive_predicate() {
    let f = framing(&["Officials in Velmar said Wednesday Oslund had broken the rules. Oslund denied it. \
         Anna Roos married Piet Brand in 2001. He was Roos's third husband."]);
    let n = names(&f);
    assert!(n.contains(&"Oslund") && !n.iter().any(|x| x.contains("Wednesday")), "{n:?}");
    assert!(labels_of(&f, "Anna Roos").is_empty(), "{f:#?}");
}

#[test]
fn a_name_after_a_preposition_is_not_the_subject_of_the_copula_after_it() {
    let f = framing(&["The board's new tone toward Harbour Lines was a surprise. Harbour Lines is a ferry operator, \
         the board said."]);
    assert_eq!(labels_of(&f, "Harbour Lines"), ["ferry operator"], "{f:#?}");
}
