//! An order-keeping parallel map over a slice, on scoped threads: the same results in the same order
//! as a plain `map`, on every core the machine offers. Stages use it for work that is independent
//! per article, and `join` runs two independent stages side by side.

/// Fewest items worth a thread of their own.
const MIN_ITEMS_PER_THREAD: usize = 8;

/// `items.iter().map(f).collect()`, with the items split into one run per core. A panic in `f` is
/// passed on to the caller, as a plain map would.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    map_with(items, || (), |(), item| f(item))
}

/// [`map`] with a scratch value for each run of items (made by `init`), which `f` may use as it
/// likes — a memo of work done — so long as what it returns does not depend on it.
pub fn map_with<T: Sync, S, R: Send>(
    items: &[T],
    init: impl Fn() -> S + Sync,
    f: impl Fn(&mut S, &T) -> R + Sync,
) -> Vec<R> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads = cores.min(items.len() / MIN_ITEMS_PER_THREAD).max(1);
    let (init, f) = (&init, &f);
    let run = move |run: &[T]| {
        let mut scratch = init();
        run.iter().map(|item| f(&mut scratch, item)).collect::<Vec<R>>()
    };
    if threads == 1 {
        return run(items);
    }
    let chunk = items.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let runs: Vec<_> = items.chunks(chunk).map(|items| scope.spawn(move || run(items))).collect();
        let mut out = Vec::with_capacity(items.len());
        for run in runs {
            out.extend(run.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)));
        }
        out
    })
}

/// `(a(), b())`, with `b` on a thread of its own while `a` runs on this one: two independent
/// stages in about the time of the longer. Should no thread be had, `b` runs here after `a`. A
/// panic in either is passed on to the caller.
pub fn join<RA, RB: Send>(a: impl FnOnce() -> RA, b: impl FnOnce() -> RB + Send) -> (RA, RB) {
    let cell = std::sync::Mutex::new(Some(b));
    let take = |cell: &std::sync::Mutex<Option<_>>| cell.lock().unwrap_or_else(|e| e.into_inner()).take();
    std::thread::scope(|scope| {
        let cell = &cell;
        let handle = std::thread::Builder::new()
            .name("parallax-stage".into())
            .spawn_scoped(scope, move || take(cell).map(|b| b()));
        let ra = a();
        let rb = match handle {
            Ok(handle) => handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Err(_) => None,
        };
        (ra, rb.unwrap_or_else(|| take(cell).map(|b| b()).expect("the second stage runs once")))
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_keep_the_order_of_the_items() {
        let items: Vec<usize> = (0..1000).collect();
        let out = super::map(&items, |x| x * 2);
        assert_eq!(out, items.iter().map(|x| x * 2).collect::<Vec<_>>());
        assert!(super::map(&[] as &[u8], |x| *x).is_empty());
        assert_eq!(super::map(&[3u8], |x| *x), vec![3]);
    }

    #[test]
    fn a_scratch_value_serves_one_run_and_changes_no_result() {
        let items: Vec<u32> = (0..500).collect();
        let out = super::map_with(&items, Vec::new, |seen: &mut Vec<u32>, &x| {
            seen.push(x);
            x + 1
        });
        assert_eq!(out, items.iter().map(|x| x + 1).collect::<Vec<_>>());
        assert!(super::map_with(&[] as &[u8], || 0, |_, x| *x).is_empty());
    }

    #[test]
    fn join_gives_both_results_and_passes_on_a_panic() {
        let shared = [1, 2, 3];
        let (x, y) = super::join(|| shared.iter().sum::<i32>(), || shared.len());
        assert_eq!((x, y), (6, 3));
        let caught = std::panic::catch_unwind(|| super::join(|| 1, || -> i32 { panic!("second stage") }));
        assert!(caught.is_err());
    }

    #[test]
    fn a_panic_in_the_work_reaches_the_caller() {
        let items: Vec<usize> = (0..100).collect();
        let caught = std::panic::catch_unwind(|| super::map(&items, |&x| if x == 77 { panic!("item 77") } else { x }));
        assert!(caught.is_err());
    }
}
