//! Tests of what a count counts, with sentences written for them.

use super::*;
use crate::numbers::parse::sentence_tokens;
use crate::text::TextModel;

/// What the count at word `at` (its text) of `sentence` counts.
fn what(sentence: &str, at: &str) -> (Quantity, Option<String>) {
    let m = TextModel::new(sentence);
    let toks = sentence_tokens(sentence, &m, 0);
    let i = toks.iter().position(|t| t.raw == at).expect("count in sentence");
    counted(&toks, i, i + 1)
}

#[test]
fn the_verb_of_the_clause_says_what_is_counted_past_an_apposition() {
    let s = "At least 31 villagers, among them six children, were killed when the bridge fell.";
    assert_eq!(what(s, "31").0, Quantity::Killed);
    assert_eq!(what(s, "six").0, Quantity::Killed);
    assert_eq!(what("Nineteen people have died and 40 are in critical condition.", "40").0, Quantity::Wounded);
    assert_eq!(what("Three guards were shot dead at the gate.", "Three").0, Quantity::Killed);
    assert_eq!(what("Eight people had serious or life-threatening injuries.", "Eight").0, Quantity::Wounded);
    assert_eq!(what("Two ferry passengers and the captain died in the fire.", "Two").0, Quantity::Killed);
    assert_eq!(what("The clinic treated 12 people, four of whom were badly hurt.", "four").0, Quantity::Wounded);
    assert_eq!(what("Some 120 hikers remain unaccounted for.", "120").0, Quantity::Missing);
}

#[test]
fn another_clause_keeps_its_own_cue() {
    let s = "Five workers were rescued after 3 guides died on the ridge.";
    assert_eq!(what(s, "Five").0, Quantity::People);
    assert_eq!(what("Crews freed 4 miners, and he said two died.", "4").0, Quantity::People);
}

#[test]
fn a_relative_clause_about_the_whole_statement_is_not_the_count_s() {
    let s = "Police named 31 suspects, most of whom are students, which suggests refugees fled.";
    assert_eq!(what(s, "31").0, Quantity::People);
}

#[test]
fn counted_things_and_people_are_told_apart() {
    assert_eq!(what("The navy seized two tankers at dawn.", "two"), (Quantity::Other, Some("tankers".into())));
    assert_eq!(what("It docked there six times.", "six"), (Quantity::Other, Some("times".into())));
    let (q, n) = what("The case involves 25 defendants in all.", "25");
    assert_eq!((q, n.as_deref()), (Quantity::People, Some("defendants")));
    assert_eq!(what("Its 25 deckhands slept and 3 pyrotechnicians left.", "3").0, Quantity::People);
    let cups = what("She has sailed in five straight Harbour Cups since 1990.", "five");
    assert_eq!(cups, (Quantity::Other, Some("cups".into())), "a plural that ends a name");
    assert_eq!(what("Five Big Wins To Remember", "Five").1, None, "a title-cased line");
    assert_eq!(what("Two Harbour Rovers fans sang.", "Two").0, Quantity::People, "a name before the noun");
}

#[test]
fn a_vague_count_counts_what_follows_of() {
    let (q, n) = what("Crews fixed dozens of Zentro and Valto boilers.", "dozens");
    assert_eq!((q, n.as_deref()), (Quantity::Other, Some("boilers")));
    assert_eq!(what("Thousands of hikers fled the valley.", "Thousands").0, Quantity::Displaced);
}

#[test]
fn parts_of_the_injured_are_not_their_total() {
    let (q, n) = what("Six people had serious injuries.", "Six");
    assert_eq!((q, n.as_deref()), (Quantity::Wounded, Some("serious injuries")));
    let (q, n) = what("The clinic saw 12, four of whom were slightly hurt.", "four");
    assert_eq!((q, n.as_deref()), (Quantity::Wounded, Some("minor injuries")));
    let (q, n) = what("Officials said 9 of those injured were flown out.", "9");
    assert_eq!((q, n.as_deref()), (Quantity::Wounded, Some("part of a count")));
    assert_eq!(what("Twenty people were injured.", "Twenty").1.as_deref(), Some("people"));
    assert_eq!(what("Two hospital staff helped.", "Two").0, Quantity::People);
}

#[test]
fn a_bare_count_measures_the_number_its_sentence_names() {
    let s = "The firm raised its estimate of the number of customers whose records were stolen to 12.5 million, some 1.5 million more than before.";
    assert_eq!(what(s, "12.5").0, Quantity::People);
    assert_eq!(what(s, "1.5").0, Quantity::People);
    assert_eq!(what("By Friday the number of dead had climbed to 31.", "31").0, Quantity::Killed);
    // Things measured, another sentence part, or a count with its own noun are left alone.
    assert_eq!(what("The number of flights to the island fell to 40.", "40").0, Quantity::Other);
    assert_eq!(what("The number of voters is unknown; 30 were counted by noon.", "30").0, Quantity::Other);
    assert_eq!(what("The number of guests grew as 40 buses arrived.", "40").0, Quantity::Other);
    assert_eq!(what("A number of officials said the rate rose to 12.", "12").0, Quantity::Other);
}

#[test]
fn a_part_of_the_dead_is_a_part_of_the_count_and_may_name_who_they_were() {
    let s = "Police said at least 12 people died, adding that three of the dead were children.";
    assert_eq!(what(s, "three"), (Quantity::Killed, Some("children".to_owned())));
    let s = "Forty people were hurt and two of the injured were flown to the capital.";
    assert_eq!(what(s, "two"), (Quantity::Wounded, Some("part of a count".to_owned())));
}

#[test]
fn a_part_told_in_commas_belongs_to_the_subject_and_keeps_its_predicate() {
    let s = "Four people, two of them firefighters, are still missing.";
    assert_eq!(what(s, "Four").0, Quantity::Missing);
    assert_eq!(what(s, "two"), (Quantity::Missing, Some("firefighters".to_owned())));
}

#[test]
fn people_who_became_homeless_or_lost_their_homes_are_displaced() {
    for (s, at) in [
        ("Some 900 people were left homeless by the fire.", "900"),
        ("The floods left 300 families homeless.", "300"),
        ("About 70 villagers became refugees overnight.", "70"),
        ("Roughly 400 residents lost their homes.", "400"),
        ("The storm left 3,000 people without homes.", "3,000"),
    ] {
        assert_eq!(what(s, at).0, Quantity::Displaced, "{s}");
    }
    // Refugees named in another clause are someone else.
    assert_eq!(what("Some 40 people said that refugees were to blame.", "40").0, Quantity::People);
}

#[test]
fn a_death_toll_named_far_before_a_bare_count_is_what_it_measures() {
    let s = "The death toll from the landslide in the northern valley rose to 64 on Friday.";
    assert_eq!(what(s, "64").0, Quantity::Killed);
    let s = "Officials put the toll from the fire at the old mill at 9, while others said 12 died.";
    assert_eq!(what(s, "9").0, Quantity::Killed);
    // A count with a noun of its own keeps it.
    assert_eq!(what("The toll from the storm rose as 12 bridges were closed.", "12").0, Quantity::Other);
}

#[test]
fn a_crowd_and_a_bare_count_that_marched_are_people() {
    assert_eq!(what("Police put the crowd outside the town hall at 4,000.", "4,000").0, Quantity::People);
    assert_eq!(what("Organisers said as many as 9,000 marched to the port.", "9,000").0, Quantity::People);
    // An age in a crowd's description is no count.
    assert_eq!(what("The crowd of 300 men, aged 20 to 30, left.", "20").0, Quantity::Other);
}

#[test]
fn a_part_after_its_clause_takes_the_clauses_cue() {
    let s = "Nine guards were hurt, two of them badly, the warden said.";
    assert_eq!(what(s, "two"), (Quantity::Wounded, Some("serious injuries".into())));
    let s = "Six climbers died, four of them guides, rescuers said.";
    assert_eq!(what(s, "four").0, Quantity::Killed);
}

#[test]
fn people_in_shelters_are_displaced_but_taking_shelter_is_not() {
    assert_eq!(what("About 3,500 remain in temporary shelters.", "3,500").0, Quantity::Displaced);
    assert_eq!(what("Some 900 villagers were moved to shelters.", "900").0, Quantity::Displaced);
    assert_eq!(what("The 30 workers took shelter in a tunnel.", "30").0, Quantity::People);
}

#[test]
fn an_american_spelling_of_a_people_noun_counts_people() {
    assert_eq!(what("The parade drew 7,000 revelers to the seafront.", "7,000").0, Quantity::People);
}
