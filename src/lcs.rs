//! Length of a longest common subsequence of two sequences of symbol numbers, computed 64 symbols
//! of one sequence at a time (the bit-parallel method of Allison and Dix, in Hyyrö's form). It costs
//! about `len(a) / 64 · len(b)` word operations however different the two are, where an edit script
//! costs in proportion to their difference; stages use it to rule out pairs that cannot match
//! before computing the script.

/// Length of a longest common subsequence of `a` and `b`.
pub fn lcs_len(a: &[u32], b: &[u32]) -> usize {
    if a.is_empty() || b.is_empty() {
        return 0;
    }
    let blocks = a.len().div_ceil(64);
    // The distinct symbols of `a`, sorted, each with the bit mask of where it stands in `a`.
    let mut symbols: Vec<u32> = a.to_vec();
    symbols.sort_unstable();
    symbols.dedup();
    let mut masks = vec![0u64; symbols.len() * blocks];
    for (i, s) in a.iter().enumerate() {
        if let Ok(k) = symbols.binary_search(s) {
            masks[k * blocks + i / 64] |= 1 << (i % 64);
        }
    }
    // Bit i of `v` is 0 where a[i] ends a match of the subsequence found so far.
    let mut v = vec![!0u64; blocks];
    for s in b {
        let Ok(k) = symbols.binary_search(s) else { continue };
        let mask = &masks[k * blocks..(k + 1) * blocks];
        let mut carry = false;
        for (w, &m) in v.iter_mut().zip(mask) {
            let u = *w & m;
            let (sum, c1) = w.overflowing_add(u);
            let (sum, c2) = sum.overflowing_add(u64::from(carry));
            carry = c1 || c2;
            *w = sum | (*w & !m);
        }
    }
    let tail = a.len() % 64;
    v.iter()
        .enumerate()
        .map(|(i, w)| {
            let w = if i + 1 == blocks && tail != 0 { w | !((1u64 << tail) - 1) } else { *w };
            w.count_zeros() as usize
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::lcs_len;
    use proptest::prelude::*;

    /// The textbook table, for reference.
    fn table(a: &[u32], b: &[u32]) -> usize {
        let mut row = vec![0usize; b.len() + 1];
        for x in a {
            let mut diag = 0;
            for (j, y) in b.iter().enumerate() {
                let up = row[j + 1];
                row[j + 1] = if x == y { diag + 1 } else { up.max(row[j]) };
                diag = up;
            }
        }
        row[b.len()]
    }

    #[test]
    fn small_cases() {
        assert_eq!(lcs_len(&[], &[1, 2]), 0);
        assert_eq!(lcs_len(&[1, 2, 3], &[1, 2, 3]), 3);
        assert_eq!(lcs_len(&[1, 2, 3, 4], &[9, 2, 4, 7]), 2);
        assert_eq!(lcs_len(&[5, 5, 5], &[5]), 1);
        assert_eq!(lcs_len(&[1, 2], &[2, 1]), 1);
    }

    #[test]
    fn sequences_longer_than_one_block_carry_between_blocks() {
        let a: Vec<u32> = (0..200).map(|i| i % 7).collect();
        let b: Vec<u32> = (0..150).map(|i| (i * 3) % 7).collect();
        assert_eq!(lcs_len(&a, &b), table(&a, &b));
        assert_eq!(lcs_len(&b, &a), table(&a, &b));
    }

    proptest! {
        #[test]
        fn agrees_with_the_table(a in prop::collection::vec(0u32..6, 0..150), b in prop::collection::vec(0u32..6, 0..150)) {
            prop_assert_eq!(lcs_len(&a, &b), table(&a, &b));
        }
    }
}
