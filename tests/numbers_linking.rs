//! Figures that give one quantity with different values across outlets join one group; figures of
//! other quantities stay out. Invented stories, each with a few outlets.

use parallax::load::Source;
use parallax::model::{GroupStatus, Quantity};
use parallax::{Comparison, analyze};

fn compare(texts: &[&str]) -> Comparison {
    let sources =
        texts.iter().enumerate().map(|(i, t)| Source { path: format!("outlet{i}.txt"), bytes: t.as_bytes().to_vec() });
    analyze(sources.collect(), Vec::new(), &mut |_| {})
}

/// The values of the group that holds a figure of `value` and kind `what`, sorted (the value alone
/// when no group holds it).
fn group_values(cmp: &Comparison, what: Quantity, value: f64) -> Vec<f64> {
    let by_id = |id| cmp.numbers.iter().find(|n| n.id == id).expect("member");
    let group = cmp.number_groups.iter().find(|g| g.what == what && g.members.iter().any(|&m| by_id(m).value == value));
    // A figure alone is in no group: its values are its own.
    let mut values: Vec<f64> = group.map_or(vec![value], |g| g.members.iter().map(|&m| by_id(m).value).collect());
    values.sort_by(f64::total_cmp);
    values.dedup();
    values
}

/// Other figures of the outlets' stories: how rare a word is, is measured among the sentences that
/// hold figures, and a real article has many.
const FILLER: &str = "The harbour board met on Tuesday and approved 14 new moorings. Rain fell across \
    the valley towns overnight, and 120 homes lost power. The mayor thanked 35 volunteers at the lifeboat \
    station. Traffic on the coast road was down 8% on last year. The ferry carried 2,400 passengers in \
    July. The school roof repair will cost $1.2 million.";

#[test]
fn an_initial_offer_worded_differently_is_one_quantity() {
    let a = format!(
        "Marlow Foods raised its bid for Pellin Dairy to $9 billion on Monday. Marlow made an initial $6.2 billion offer to combine the two firms in May. {FILLER}"
    );
    let b = format!(
        "Marlow Foods now offers $9 billion for Pellin Dairy. Pellin's board rejected Marlow's original $6.4 billion approach last spring and has resisted since. {FILLER}"
    );
    let c = format!("The Pellin Dairy takeover fight goes on. Pellin's shareholders have been told to wait. {FILLER}");
    let cmp = compare(&[&a, &b, &c]);
    assert_eq!(group_values(&cmp, Quantity::Money, 6.2e9), vec![6.2e9, 6.4e9]);
    assert_eq!(group_values(&cmp, Quantity::Money, 9e9), vec![9e9], "the raised bid is another quantity");
}

#[test]
fn a_share_move_through_the_day_is_one_quantity_and_another_company_s_is_not() {
    let a = format!("Pellin shares fell 6.1% on Monday. Marlow shares rose 2% on the news. {FILLER}");
    let b = format!("Pellin shares fell 1.8 percent on Monday morning. {FILLER}");
    let c = format!("Pellin shares fell 3.9 percent on Monday afternoon. {FILLER}");
    let cmp = compare(&[&a, &b, &c]);
    assert_eq!(group_values(&cmp, Quantity::Percent, 6.1), vec![1.8, 3.9, 6.1]);
    assert!(!group_values(&cmp, Quantity::Percent, 2.0).contains(&6.1), "Marlow's rise is another quantity");
    let status =
        cmp.number_groups.iter().find(|g| g.what == Quantity::Percent && g.members.len() == 3).map(|g| g.status);
    assert_eq!(status, Some(GroupStatus::Differ));
}

#[test]
fn a_bound_someone_set_is_not_linked_by_nearby_words_alone() {
    let a = format!("Pellin's board turned down the initial offer of $70 a share in May. {FILLER}");
    let b = format!("Investors said at the time of the initial offer that they wanted more than $85 a share. {FILLER}");
    let cmp = compare(&[&a, &b]);
    assert_eq!(group_values(&cmp, Quantity::Money, 70.0), vec![70.0]);
}

#[test]
fn figures_side_by_side_keep_their_own_words() {
    let a = format!(
        "After a week of cloud over the northern hills, the comet looked about 12 percent bigger and 25 \
         percent brighter than usual to the observers gathered at the old quarry. {FILLER}"
    );
    let b = format!("Watchers saw the comet appear 25 per cent brighter than in March. {FILLER}");
    let c = format!(
        "Through a small telescope set up by the sailing club on the pier, the comet looked 10 \
         percent brighter to the children who stayed up late. {FILLER}"
    );
    let cmp = compare(&[&a, &b, &c]);
    assert_eq!(group_values(&cmp, Quantity::Percent, 12.0), vec![12.0], "bigger is not brighter");
}
