//! How the process's memory allocator is set up, before any thread starts.
//!
//! glibc's allocator gives every thread that allocates under contention an arena of its own (up to
//! eight per core) and keeps what is freed in each for that arena's reuse. The analysis allocates on
//! short-lived worker threads stage after stage, so a large comparison holds many arenas' worth of
//! freed blocks at once: on 3,200 articles over 100 MB of the peak. One arena per core and one for
//! the thread that waits on them keeps the peak down without threads waiting on each other's arena
//! (measured on the 3,200-article corpora of `benches/growth.sh` on two cores: two arenas cost 8%
//! more CPU, three none measurable).

/// Set the allocator up; call first thing in `main`, before any thread is spawned.
pub fn configure() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `mallopt` only changes glibc's allocator settings; it is called before any other
    // thread exists, so no allocation runs concurrently with it. A refusal (return value 0) leaves
    // the default settings, which are correct, only larger.
    unsafe {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        libc::mallopt(libc::M_ARENA_MAX, libc::c_int::try_from(cores + 1).unwrap_or(libc::c_int::MAX));
    }
}
