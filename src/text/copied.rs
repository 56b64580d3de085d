//! Lines set aside as page furniture that another document carries along with the text around
//! them: copied with that text, they are part of it (a listing's time stamps, a heading, a "Print"
//! link that a copy took along into its prose), so they go back into the text.

use std::hash::BuildHasher;

use super::FastMap;
use super::furniture::Role;

/// Words of the page before and after a run of set-aside lines that the other document must carry
/// around the same lines.
const CONTEXT: usize = 6;
/// Fewer words than this on either side is too little text to show the lines were copied with it.
const MIN_CONTEXT: usize = 3;
/// Words hashed together to find where a window may start in another document.
const KEY: usize = 3;

/// A run of set-aside lines `lines` of document `doc` between two lines of text, and the words
/// (hashed) of the end of the text before, the run, and the start of the text after.
struct Run {
    doc: usize,
    lines: std::ops::Range<usize>,
    window: Vec<u64>,
}

/// Every document's words, hashed (lower case, split at white space), and the index of each line's
/// first word (one more entry: the end).
fn words(lines: &[&str]) -> (Vec<u64>, Vec<usize>) {
    let state = foldhash::fast::FixedState::default();
    let (mut words, mut starts) = (Vec::new(), vec![0]);
    for line in lines {
        words.extend(line.split_whitespace().map(|w| state.hash_one(w.to_lowercase())));
        starts.push(words.len());
    }
    (words, starts)
}

/// Runs of set-aside lines (not the headline, not a marker that opens other stories) with a line of
/// text right before and right after them, and the words of the page around them (whatever lines
/// those words are on: a short line of text may hold only one).
fn runs(doc: usize, roles: &[Role], words: &[u64], starts: &[usize]) -> Vec<Run> {
    let aside = |r: &Role| r.is_set_aside() && *r != Role::Furniture("related-articles marker");
    let mut out = Vec::new();
    let mut i = 1;
    while i < roles.len() {
        if !(aside(&roles[i]) && roles[i - 1] == Role::Body) {
            i += 1;
            continue;
        }
        let end = (i..roles.len()).find(|&j| !aside(&roles[j])).unwrap_or(roles.len());
        if end < roles.len() && roles[end] == Role::Body {
            let before = &words[starts[i].saturating_sub(CONTEXT)..starts[i]];
            let after = &words[starts[end]..(starts[end] + CONTEXT).min(words.len())];
            if before.len() >= MIN_CONTEXT && after.len() >= MIN_CONTEXT {
                let mut window = before.to_vec();
                window.extend_from_slice(&words[starts[i]..starts[end]]);
                window.extend_from_slice(after);
                out.push(Run { doc, lines: i..end, window });
            }
        }
        i = end;
    }
    out
}

/// Put back as text every run of set-aside lines that another document (of another outlet, when
/// both are known: one outlet's pages share their furniture) carries word for word together with
/// the text before and after it. `outlets` names each document's outlet where it is known.
///
/// Runs with the same words are looked for once, and each document that holds them is noted once,
/// so a page that repeats one block many times costs no more than its length.
pub(super) fn restore_copied_lines(lines: &[Vec<&str>], roles: &mut [Vec<Role>], outlets: &[Option<String>]) {
    let words: Vec<(Vec<u64>, Vec<usize>)> = lines.iter().map(|l| words(l)).collect();
    let runs: Vec<Run> = (0..lines.len()).flat_map(|d| runs(d, &roles[d], &words[d].0, &words[d].1)).collect();
    if runs.is_empty() {
        return;
    }
    // The distinct windows, the runs that have each, and the windows by their first words.
    let mut ids: FastMap<&[u64], usize> = FastMap::default();
    let mut windows: Vec<(&[u64], Vec<usize>)> = Vec::new();
    for (r, run) in runs.iter().enumerate() {
        let id = *ids.entry(&run.window).or_insert_with(|| {
            windows.push((&run.window, Vec::new()));
            windows.len() - 1
        });
        windows[id].1.push(r);
    }
    let state = foldhash::fast::FixedState::default();
    let mut by_key: FastMap<u64, Vec<usize>> = FastMap::default();
    for (id, (window, _)) in windows.iter().enumerate() {
        by_key.entry(state.hash_one(&window[..KEY])).or_default().push(id);
    }
    // The documents each window is found in (each noted once: documents are read in turn).
    let mut found: Vec<Vec<usize>> = vec![Vec::new(); windows.len()];
    for (e, (w, _)) in words.iter().enumerate() {
        for p in 0..w.len().saturating_sub(KEY - 1) {
            let Some(list) = by_key.get(&state.hash_one(&w[p..p + KEY])) else { continue };
            for &id in list {
                if found[id].last() != Some(&e) && w[p..].starts_with(windows[id].0) {
                    found[id].push(e);
                }
            }
        }
    }
    let same_outlet = |a: usize, b: usize| match (&outlets[a], &outlets[b]) {
        (Some(x), Some(y)) => super::meta::same_outlet(x, y),
        _ => false,
    };
    for ((_, members), docs) in windows.iter().zip(&found) {
        for &r in members {
            let run = &runs[r];
            if docs.iter().any(|&e| e != run.doc && !same_outlet(run.doc, e)) {
                for role in &mut roles[run.doc][run.lines.clone()] {
                    *role = Role::Body;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BEFORE: &str = "The harbour board met on Monday and agreed to dredge the channel.";
    const AFTER: &str = "Work on the outer wall will begin once the winter storms have passed.";

    fn restored(a: &[&str], b: &[&str], outlets: [Option<&str>; 2]) -> Vec<Role> {
        let lines = vec![a.to_vec(), b.to_vec()];
        let aside = |l: &[&str]| -> Vec<Role> {
            l.iter().map(|x| if x.len() < 40 { Role::Furniture("page control") } else { Role::Body }).collect()
        };
        let mut roles = vec![aside(a), aside(b)];
        let outlets: Vec<Option<String>> = outlets.iter().map(|o| o.map(str::to_owned)).collect();
        restore_copied_lines(&lines, &mut roles, &outlets);
        roles.swap_remove(0)
    }

    #[test]
    fn lines_another_page_carries_inside_the_same_text_go_back_into_the_text() {
        let page = [BEFORE, "Posted at 6:18 PM", "Print", AFTER];
        // The copy ran the lines into its prose; or kept them as lines of their own.
        let joined = format!("{BEFORE} Posted at 6:18 PM Print {AFTER}");
        assert!(restored(&page, &[joined.as_str()], [None, None]).iter().all(|r| *r == Role::Body));
        assert!(restored(&page, &page, [None, None]).iter().all(|r| *r == Role::Body));
    }

    #[test]
    fn a_block_repeated_through_a_page_is_looked_for_once() {
        let block = [BEFORE, "Posted at 6:18 PM", AFTER];
        let page: Vec<&str> = block.iter().copied().cycle().take(3 * 2_000).collect();
        let roles = restored(&page, &block, [None, None]);
        assert!(roles.iter().all(|r| *r == Role::Body));
    }

    #[test]
    fn lines_stay_aside_when_the_other_page_lacks_them_or_is_of_the_same_outlet() {
        let page = [BEFORE, "Posted at 6:18 PM", "Print", AFTER];
        let without = format!("{BEFORE} {AFTER}");
        assert_eq!(restored(&page, &[without.as_str()], [None, None])[1], Role::Furniture("page control"));
        let elsewhere = ["Posted at 6:18 PM", "Print", "A different story about the town fair."];
        assert_eq!(restored(&page, &elsewhere, [None, None])[2], Role::Furniture("page control"));
        let outlets = [Some("harbournews.com"), Some("www.harbournews.com")];
        assert_eq!(restored(&page, &page, outlets)[1], Role::Furniture("page control"));
    }
}
