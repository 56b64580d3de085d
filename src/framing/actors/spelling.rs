//! Near spellings of one name: hyphens aside, a short extension of one word, or a transliteration
//! one or two letters away; and the candidate pairs worth comparing in a bucket of names.

use std::collections::HashMap;

/// Two multi-word names that are spellings of one name: hyphens aside ("Abdel-Fattah" and "Abdel
/// Fattah"), or differing in one word that is a short extension of the other ("Libya"/"Libyan") or
/// a transliteration one or two letters away ("Mohamed"/"Mohammed").
pub(super) fn near_spelling(a: &str, b: &str) -> bool {
    let (a, b) = (a.replace('-', " "), b.replace('-', " "));
    if a == b && a.contains(' ') {
        return true;
    }
    let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    if wa.len() < 2 || wa.len() != wb.len() {
        return false;
    }
    let diff: Vec<(&str, &str)> = wa.iter().zip(&wb).filter(|(x, y)| x != y).map(|(x, y)| (*x, *y)).collect();
    diff.len() == 1 && {
        let (x, y) = diff[0];
        let (s, l) = if x.len() <= y.len() { (x, y) } else { (y, x) };
        let extension = s.len() >= 4 && l.starts_with(s) && l.len() - s.len() <= 2;
        let allowed = if s.chars().count() >= 7 { 2 } else { 1 };
        let transliteration = s.chars().count() >= 5 && s.chars().next() == l.chars().next() && edits(s, l) <= allowed;
        extension || transliteration
    }
}

/// Levenshtein distance between two short words.
fn edits(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Marks the bucket of names equal with hyphens aside (no word masked).
pub(super) const UNMASKED: usize = usize::MAX;
/// A bucket of names up to this size compares every pair; a larger one finds its candidates through
/// a deletion index (a name list of thousands of "John X" would otherwise cost their square).
pub(super) const PAIRWISE_BUCKET: usize = 64;
/// Longest word given a deletion index entry; longer ones are compared with every long word.
const MAX_INDEXED_WORD: usize = 24;

/// Pairs of names in one bucket (names alike but for the word at one position) that may be near
/// spellings. A near spelling changes that word by at most two letters (an extension of one or two
/// letters, or one or two edits), so two such words share a form with up to two letters deleted:
/// only names sharing one are paired. Every pair when the bucket is small; a chain when the names
/// are equal with hyphens aside (all of them are then one name).
pub(super) fn spelling_candidates(keys: &[String], bucket: &[(usize, usize)]) -> Vec<(usize, usize)> {
    if bucket.first().is_some_and(|b| b.1 == UNMASKED) {
        return bucket.windows(2).map(|w| (w[0].0, w[1].0)).collect();
    }
    if bucket.len() <= PAIRWISE_BUCKET {
        return bucket.iter().enumerate().flat_map(|(x, a)| bucket[x + 1..].iter().map(|b| (a.0, b.0))).collect();
    }
    let mut index: HashMap<String, Vec<usize>> = HashMap::new();
    let mut long: Vec<usize> = Vec::new();
    for &(j, p) in bucket {
        let flat = keys[j].replace('-', " ");
        let word: Vec<char> = flat.split(' ').nth(p).unwrap_or("").chars().collect();
        if word.len() > MAX_INDEXED_WORD - 2 {
            long.push(j);
        }
        if word.len() <= MAX_INDEXED_WORD {
            for v in deletions(&word) {
                index.entry(v).or_default().push(j);
            }
        }
    }
    let mut pairs: Vec<(usize, usize)> =
        long.iter().enumerate().flat_map(|(x, &a)| long[x + 1..].iter().map(move |&b| (a, b))).collect();
    for list in index.values() {
        for (x, &a) in list.iter().enumerate() {
            pairs.extend(list[x + 1..].iter().filter(|&&b| b != a).map(|&b| (a.min(b), a.max(b))));
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// A word and every form of it with one or two letters deleted.
fn deletions(word: &[char]) -> Vec<String> {
    let without = |skip: &[usize]| word.iter().enumerate().filter(|(k, _)| !skip.contains(k)).map(|x| *x.1).collect();
    let mut out: Vec<String> = vec![word.iter().collect()];
    for a in 0..word.len() {
        out.push(without(&[a]));
        for b in a + 1..word.len() {
            out.push(without(&[a, b]));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_bucket_finds_the_same_near_spellings_as_every_pair() {
        let lasts =
            ["mohamed", "mohammed", "muhammad", "kowal", "kowala", "kowalas", "karim", "karime", "omar", "omer"];
        let mut keys: Vec<String> = lasts.iter().map(|l| format!("sara {l}")).collect();
        keys.extend(
            (0..PAIRWISE_BUCKET * 2).map(|i| format!("sara {}", ["tol", "ven", "dar", "mik"][i % 4].repeat(1 + i / 4))),
        );
        let bucket: Vec<(usize, usize)> = (0..keys.len()).map(|j| (j, 1)).collect();
        let found: std::collections::BTreeSet<(usize, usize)> = spelling_candidates(&keys, &bucket)
            .into_iter()
            .filter(|&(i, j)| near_spelling(&keys[i], &keys[j]))
            .collect();
        let all: std::collections::BTreeSet<(usize, usize)> = (0..keys.len())
            .flat_map(|i| (i + 1..keys.len()).map(move |j| (i, j)))
            .filter(|&(i, j)| near_spelling(&keys[i], &keys[j]))
            .collect();
        assert_eq!(found, all);
        assert!(all.contains(&(0, 1)) && all.contains(&(3, 4)));
    }

    #[test]
    fn spellings_of_one_name() {
        assert!(near_spelling("harbor city council", "harbors city council"));
        assert!(near_spelling("ahmed varlo", "ahmmed varlo"));
        assert!(near_spelling("ola van-dorm", "ola van dorm"));
        assert!(!near_spelling("mark kelly", "mary kelly"));
        assert!(!near_spelling("north korea", "south korea"));
        assert!(!near_spelling("john smith", "jane smith"));
    }
}
