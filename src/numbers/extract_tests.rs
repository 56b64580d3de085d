//! Tests of figure extraction, with sentences written for them.

use super::*;

/// (phrase, value, value_max, qualifier, what) of every figure in `sentence`, with the
/// qualifier and what by their report names.
fn found(sentence: &str) -> Vec<(String, f64, Option<f64>, &'static str, &'static str)> {
    let m = TextModel::new(sentence);
    figures(sentence, &m)
        .into_iter()
        .map(|f| {
            (sentence[f.span.start..f.span.end].to_owned(), f.value, f.value_max, f.qualifier.as_str(), f.what.as_str())
        })
        .collect()
}

fn one(sentence: &str) -> (String, f64, Option<f64>, &'static str, &'static str) {
    let f = found(sentence);
    assert_eq!(f.len(), 1, "{sentence}: {f:?}");
    f.into_iter().next().unwrap()
}

#[test]
fn counts_bind_to_the_verb_next_to_them() {
    let f = found("Fighting has so far killed at least 25 and wounded 80, a spokesman said.");
    assert_eq!(f[0], ("at least 25".into(), 25.0, None, "at_least", "killed"));
    assert_eq!(f[1], ("80".into(), 80.0, None, "exact", "wounded"));
    let f = found("The attack killed 44 people and wounded some 180.");
    assert_eq!((f[0].4, f[1].4, f[1].3), ("killed", "wounded", "approximately"));
    let f = found("At least four people were killed and 33 wounded when two car bombs exploded.");
    assert_eq!((f[0].1, f[0].4, f[1].1, f[1].4), (4.0, "killed", 33.0, "wounded"));
    assert_eq!(f.len(), 3, "{f:?}");
    assert_eq!((f[2].1, f[2].4), (2.0, "other"), "'two car bombs' counts things, not people");
}

#[test]
fn words_that_only_start_like_a_cue_are_none() {
    for sentence in [
        "The council set a deadline of 30 days for the repairs.",
        "A fleet of 12 boats waited in the harbour.",
        "About 300 diehard fans stayed in the rain.",
        "The scores stayed deadlocked at 2 until the end.",
    ] {
        assert!(
            found(sentence).iter().all(|f| f.4 != "killed" && f.4 != "displaced"),
            "{sentence}: {:?}",
            found(sentence)
        );
    }
    // The cues' own endings still count.
    assert_eq!(one("Rescuers said 14 people were hospitalised.").4, "wounded");
    assert_eq!(one("The police reported 3 killings in the district.").4, "killed");
}

#[test]
fn a_count_in_a_gapped_clause_counts_what_the_one_before_counts() {
    let f = found("Nine of those injured were flown to the city clinic and 14 to the harbour hospital.");
    assert_eq!((f[0].4, f[1].4), ("wounded", "wounded"), "{f:?}");
    let m = TextModel::new("Nine of those injured were flown to the city clinic and 14 to the harbour hospital.");
    let parts = figures("Nine of those injured were flown to the city clinic and 14 to the harbour hospital.", &m);
    assert_eq!(parts[1].noun.as_deref(), Some("part of a count"), "{parts:?}");
    // A count with a clause of its own keeps its own frame.
    let t = "Nine of those injured were flown out and 14 people were treated at the scene.";
    let own = figures(t, &TextModel::new(t));
    assert_ne!(own[1].noun.as_deref(), Some("part of a count"), "{own:?}");
}

#[test]
fn a_plural_possessive_after_a_count_counts_people() {
    assert_eq!(one("Up to 400,000 people's records were copied by the intruders.").4, "people");
    assert_eq!(one("The breach exposed 9,000 customers\u{2019} card details.").4, "people");
    assert_eq!(one("About 20 Canadians' passports were stolen.").4, "people");
}

#[test]
fn reporting_styles() {
    assert_eq!(one("The death toll rose to 58 on Tuesday.").4, "killed");
    assert_eq!(one("As many as 3,000 people fled their homes.").3, "at_most");
    assert_eq!(one("As many as 3,000 people fled their homes.").4, "displaced");
    assert_eq!(one("A further 12 were arrested overnight.").4, "arrested");
    assert_eq!(one("Police detained nearly 200 protesters.").3, "approximately");
    assert_eq!(one("The blast left 3 dead.").4, "killed");
    assert_eq!(one("Seven people are still missing after the flood.").4, "missing");
    assert_eq!(one("The quake injured more than 1,500 people.").3, "more_than");
    assert_eq!(one("Some 14 of its personnel had been killed.").4, "killed");
    assert_eq!(one("An estimated 2,200 people have fled the fighting.").4, "displaced");
    assert_eq!(one("The war pushed 75,000 out of their homes.").4, "displaced");
    assert_eq!(one("Around 120 migrants were held inside.").4, "people");
    assert_eq!(one("The Red Crescent reported the death of one of its doctors.").4, "killed");
    assert_eq!(one("Dozens of people were wounded.").2, Some(120.0));
    assert_eq!(one("Over 50 people were taken to hospital.").4, "wounded");
    assert_eq!(one("Two police officers were among the dead.").4, "killed");
    assert_eq!(one("More than 200,000 people were forced to flee their homes.").4, "displaced");
    assert_eq!(found("Police detained at least 30 protesters and charged 12 of them.")[1].4, "arrested");
    assert_eq!(found("The virus has infected more than 80,000 people and killed over 2,700.")[1].4, "killed");
    assert_eq!(found("The blast killed five, including two children.")[1].4, "killed");
    assert_eq!(one("Eighteen people remain unaccounted for after the blast.").4, "missing");
    assert_eq!(one("The plane crashed, killing all 157 people on board.").4, "killed");
    assert_eq!(one("The attack claimed the lives of 157 people.").4, "killed");
    assert_eq!(one("Boko Haram kidnapped 276 schoolgirls from their dormitory.").4, "missing");
    assert_eq!(one("Police arrested 12 suspects in connection with the attack.").4, "arrested");
    assert_eq!(one("At least seven people are now confirmed as having died.").4, "killed");
    assert_eq!(one("He and 29 fellow travellers feared the worst.").4, "people");
    assert_eq!(one("The crowds - about 5-6,000 people - were moved.").1, 5000.0);
}

#[test]
fn scales_money_percent_units_and_ranges() {
    assert_eq!(one("Zentro Bank took a $5b charge.").1, 5e9);
    assert_eq!(one("Zentro Bank took a $5b charge.").4, "money");
    assert_eq!(one("The deal is worth $4.5 billion.").1, 4.5e9);
    assert_eq!(one("About 1.5 million people voted.").1, 1.5e6);
    assert_eq!(one("The town has 2.2m residents.").1, 2.2e6);
    assert_eq!(one("Shares rose 56 percent on Monday.").4, "percent");
    assert_eq!(one("Shares fell 5% in early trading.").1, 5.0);
    assert_eq!(one("Fighting raged around 50 kilometres south of the city.").4, "distance_km");
    assert_eq!(one("The siege lasted three months.").4, "duration");
    let r = one("Between 20 and 30 people were hurt.");
    assert_eq!((r.1, r.2, r.3, r.4), (20.0, Some(30.0), "range", "wounded"));
    let r = one("Over the past three or four years prices rose.");
    assert_eq!((r.1, r.2, r.3), (3.0, Some(4.0), "range"));
    let r = one("Officials said 20-30 people were injured.");
    assert_eq!((r.1, r.2), (20.0, Some(30.0)));
}

#[test]
fn years_and_dates_are_not_counts() {
    assert_eq!(one("The war began in 2011.").4, "year");
    let f = found("In this Dec. 13, 2016, file photo, the logo appears.");
    assert!(f.iter().all(|x| x.4 == "date" || x.4 == "year"), "{f:?}");
    assert_eq!(one("The strike happened on July 3rd.").4, "date");
    assert_eq!(one("Since the unrest started on April 4, nothing changed.").4, "date");
}

#[test]
fn not_figures() {
    for s in [
        "The tram came off the tracks at about 06:10 GMT.",
        "Call us on 0207 782 4368.",
        "Ola Brenvik, 30, from Harlow Bay, said it sped up.",
        "Police were called at 6.10 to the scene.",
        "Gallery 1/8 shows the scene.",
        "The Vexa 9 rocket lifted off.",
        "A 19-year-old man was detained.",
        "It landed at 9am.",
        "He finished 16th in the race.",
        "One of the most powerful men was there.",
        "On a scale of one to ten, the judges called it a 10.",
    ] {
        let f: Vec<_> = found(s).into_iter().filter(|f| f.4 != "year" && f.4 != "date").collect();
        assert!(f.iter().all(|x| x.4 != "killed" && x.4 != "people" && x.4 != "other"), "{s}: {f:?}");
        assert!(f.is_empty(), "{s}: {f:?}");
    }
}

#[test]
fn a_sentence_that_stops_mid_figure_is_read_without_failing() {
    // Every way a figure can be cut short by the end of the text: the look-ahead runs out.
    for text in [
        "The toll was between 1 and",
        "between 1 and",
        "Officials counted 20 to",
        "Officials counted 20 -",
        "It cost $",
        "at least",
        "some 1.5",
        "one hundred and",
        "twenty-",
        "a dozen",
        "tens of",
        "5 per",
        "on March",
    ] {
        let _ = found(text);
        let _ = found(&format!("{text}\n"));
    }
    // A toll, though the range is cut short.
    assert_eq!(one("The toll was between 1 and"), ("1".into(), 1.0, None, "exact", "killed"));
}

#[test]
fn qualifiers_stand_before_a_currency_sign_and_after_the_figure() {
    assert_eq!(one("The bid was worth about $51 billion.").3, "approximately");
    assert_eq!(one("It could cost as much as $20 billion.").3, "at_most");
    assert_eq!(one("They pay no more than $50 a month.").3, "at_most");
    assert_eq!(one("The fund holds $2.5 trillion or more.").3, "at_least");
    assert_eq!(one("Some \"750 clerks were let go.").3, "approximately");
}

#[test]
fn a_noun_that_also_bridges_to_the_verb_can_modify_the_counted_noun() {
    assert_eq!(one("The fund put up 11 new board members.").4, "people");
    assert_eq!(one("The fund put up 11 board members.").4, "people");
    assert_eq!(one("All 150 on board were hurt.").4, "wounded");
    assert!(found("He said two of his favourites were leaving.").is_empty());
}

#[test]
fn a_capitalised_spelled_number_inside_a_name_is_no_figure() {
    assert!(found("Settlers came after the Six-Day War ended.").is_empty());
    let f = found("It has held the land since the 1967 Six Day War.");
    assert!(f.iter().all(|x| !x.0.contains("Six")), "{f:?}");
    assert!(found("They stayed at the Four Seasons hotel.").is_empty());
    assert_eq!(one("Crash Killed Six People On Road").1, 6.0);
    assert_eq!(one("Six people died in the crash.").1, 6.0);
    assert_eq!(one("The war lasted six days in all.").4, "duration");
    assert_eq!(one("About 4,000 settlers live in the hills.").4, "people");
}

#[test]
fn over_after_a_noun_of_control_or_dispute_is_a_preposition() {
    assert_eq!(one("The firm took control over 138 web sites last month.").3, "exact");
    assert_eq!(one("A row over 40 closed branches grew.").3, "exact");
    assert_eq!(one("The storm killed over 30 people.").3, "more_than");
    assert_eq!(one("Over 200 homes were flooded.").3, "more_than");
    assert_eq!(one("It was a loss of over $2 billion.").3, "more_than");
}

#[test]
fn a_range_joins_figures_of_one_unit_only() {
    let f = found("The stock fell 4.3 percent to $63.20 by noon.");
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!((f[0].4, f[1].4), ("percent", "money"));
    let r = one("Rates rose to between 8% and 15.5% this year.");
    assert_eq!((r.1, r.2, r.3, r.4), (8.0, Some(15.5), "range", "percent"));
    let r = one("Fines of between $1 billion to $3 billion each were set.");
    assert_eq!((r.1, r.2, r.3), (1e9, Some(3e9), "range"));
    let f = found("The port's debt grew by $4.5 billion to $61.5 billion last year.");
    assert_eq!(
        f.iter().map(|x| (x.1, x.2)).collect::<Vec<_>>(),
        vec![(4.5e9, None), (61.5e9, None)],
        "a change, then a level"
    );
    let f = found("Fares rose by 2% to 4.5% in a month.");
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(one("Catches fell by 20 to 30 percent.").2, Some(30.0), "one unit: a range of the change");
}

#[test]
fn spans_of_time_and_units_written_with_the_number() {
    assert_eq!(one("The ferry will be repaired within a year.").1, 1.0);
    assert_eq!(one("The ferry will be repaired within a year.").3, "at_most");
    assert_eq!(one("He won a seat a year after the vote.").4, "duration");
    assert!(found("A year ago the ferry ran twice a day.").is_empty(), "'a year ago' only dates");
    assert_eq!(one("The yard closed in April 2018.").4, "year", "a month and a year: a year, unlisted");
    assert_eq!(one("He is serving a 12-year sentence.").4, "duration");
    assert_eq!(one("The show ran 4 and a half minutes.").1, 4.5);
    let f = one("The curve has a speed limit of 12mph.");
    assert_eq!((f.1, f.4), (12.0, "other"));
    assert_eq!(one("The kiln sits 27km from the port.").4, "distance_km");
    assert_eq!(one("Its hull is 72.7 metres long.").1, 72.7, "the value as written");
    assert_eq!(one("Rain reached 310 millimetres in the valley.").0, "310 millimetres");
    assert_eq!(one("The crate held 40 kilograms of grain.").0, "40 kilograms");
    assert_eq!(one("They lifted the 2 million-barrel quota.").1, 2e6);
    assert_eq!(one("He was fined 30,000 Ruritanian pounds.").4, "money");
    assert_eq!(one("The engine gives 5 million pounds of thrust.").4, "other");
}

#[test]
fn pounds_written_in_words_weigh_unless_the_sentence_speaks_of_money() {
    assert_eq!(one("The bear can weigh more than 400 pounds in the autumn.").4, "other");
    let f = found("The crane lifts 8,000 pounds (3,600 kilograms) of steel.");
    assert_eq!((f[0].0.as_str(), f[0].4), ("8,000 pounds", "other"), "{f:?}");
    assert_eq!(one("The seal is over 300 pounds and very strong.").4, "other");
    assert_eq!(one("The court fined the firm 30,000 pounds for the spill.").4, "money");
    assert_eq!(one("The painting sold for 2,000 pounds at the auction.").4, "money");
    assert_eq!(one("The grant was 5,000 pounds sterling in the first year.").4, "money");
    let f = found("The firm was ordered to hand over 30,000 pounds (about $38,000) to the town.");
    assert_eq!(f[0].4, "money", "{f:?}");
}

#[test]
fn ages_names_and_event_years_are_not_figures() {
    assert!(found("The shop moved to 16 Quarry Lane last spring.").is_empty(), "an address");
    assert!(found("They flew the 390 Skylark during the show.").is_empty(), "a model");
    assert!(found("Its own 390 Skylark was late.").is_empty(), "a model");
    assert_eq!(one("They flew 12 Skylark jets during the show.").1, 12.0, "a count of jets");
    assert_eq!(one("The raid killed 25 Taliban in the valley.").1, 25.0, "a count of a group");
    for s in [
        "The ferry pilot, 42, from the coast, was questioned.",
        "Phones on the new 5G network were sold.",
        "The ship Polar Star No. 18 was seized.",
        "The new zPhone 11 sold out.",
        "The category 4 storm made landfall.",
        "A 50 year-old man was held.",
    ] {
        let f = found(s);
        assert!(f.is_empty(), "{s}: {f:?}");
    }
    assert_eq!(one("The fleet docked at Portmoor 30 times.").1, 30.0, "a count after a name");
    assert_eq!(one("They dug up a 2,900 year-old wall.").4, "duration", "the age of a thing is a figure");
    assert_eq!(one("He became an icon of the 2011 uprising.").4, "year", "it dates the sentence, unlisted");
}

#[test]
fn the_ends_of_a_rating_scale_are_not_figures() {
    assert!(found("On a scale of one to 10, the storm was a 9, a forecaster said.").is_empty());
    assert!(found("Diners rate each dish on a scale from 1 to 5.").is_empty());
    // A count after the word "scale" in another sense stays.
    assert_eq!(one("The scale of the damage: 40 homes were destroyed.").0, "40");
    assert_eq!(one("The scale of 40 job cuts shocked the town.").0, "40");
}

#[test]
fn cents_are_money_written_with_the_number() {
    assert_eq!(
        one("The shares closed about 36 cents higher."),
        ("about 36 cents".into(), 36.0, None, "approximately", "money")
    );
    assert_eq!(one("The coin ended the year at less than 1 cent.").4, "money");
    // "per cent" is a share, not money.
    assert_eq!(one("Turnout fell by 4 per cent.").4, "percent");
}

#[test]
fn a_count_with_a_fraction_counts_no_people() {
    let f = found("A magnitude 6.3 earthquake killed 185 people.");
    assert_eq!((f[0].1, f[0].4), (6.3, "other"), "{f:?}");
    assert_eq!((f[1].1, f[1].4), (185.0, "killed"), "{f:?}");
    // A scaled count is whole.
    assert_eq!(one("Some 1.5 million people fled the fighting.").4, "displaced");
}

#[test]
fn vague_counts_of_a_currency_are_money_and_hundreds_of_thousands_is_one_count() {
    assert_eq!(
        one("Fraudsters took thousands of dollars from pensioners."),
        ("thousands of dollars".into(), 1_000.0, Some(10_000.0), "range", "money")
    );
    let f = one("The appeal raised hundreds of thousands of euros.");
    assert_eq!((f.1, f.2, f.4), (100_000.0, Some(1_000_000.0), "money"));
    assert_eq!(one("Hundreds of thousands of people fled the floods.").1, 100_000.0);
    // Pounds that weigh stay weights.
    assert_eq!(one("The rocket burns millions of pounds of fuel.").4, "other");
}

#[test]
fn half_a_scale_is_half_of_it() {
    assert_eq!(one("The plan saves half a billion dollars a year.").1, 500_000_000.0);
    assert_eq!(one("Half a million people fled the city.").1, 500_000.0);
    assert_eq!(one("Guards caught half a dozen intruders.").1, 6.0);
}
