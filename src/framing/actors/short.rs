//! An organisation's short name: the first word of its full name used alone after it ("Zentro
//! Holdings ... Zentro said").

use std::collections::HashMap;

use super::{Dsu, Evidence, Raw};

/// Join a one-word name to the one multi-word name it opens (the most mentioned when several do)
/// when, in every article holding both, the full name comes first, as news introduces a name before
/// shortening it; a town named before its hospital ("Velm ... Velm General Hospital") stays apart.
/// Person names (`titled`) and common words are left alone.
pub(super) fn merge_first_words(
    raws: &[Raw],
    keys: &[String],
    key_ids: &super::KeyIds,
    titled: &[bool],
    ev: &Evidence,
    dsu: &mut Dsu,
) {
    let mut first_at: HashMap<(usize, usize), usize> = HashMap::new();
    let mut count = vec![0usize; keys.len()];
    for r in raws {
        let k = key_ids[&r.key];
        count[k] += 1;
        first_at.entry((r.doc, k)).or_insert(r.first);
    }
    let mut by_first_word: HashMap<&str, Vec<usize>> = HashMap::new();
    for (j, k) in keys.iter().enumerate() {
        if let Some((first, _)) = k.split_once(' ')
            && !titled[j]
        {
            by_first_word.entry(first).or_default().push(j);
        }
    }
    let docs: Vec<usize> = {
        let mut v: Vec<usize> = raws.iter().map(|r| r.doc).collect();
        v.dedup();
        v
    };
    for (i, k) in keys.iter().enumerate() {
        if k.contains(' ') || titled[i] || ev.seen_lower(k) {
            continue;
        }
        let Some(j) = by_first_word.get(k.as_str()).and_then(|c| c.iter().copied().max_by_key(|&j| (count[j], j)))
        else {
            continue;
        };
        let both: Vec<(usize, usize)> = docs
            .iter()
            .filter_map(|&d| first_at.get(&(d, j)).zip(first_at.get(&(d, i))).map(|(a, b)| (*a, *b)))
            .collect();
        if !both.is_empty() && both.iter().all(|(full, short)| full < short) {
            dsu.union(i, j);
        }
    }
}
