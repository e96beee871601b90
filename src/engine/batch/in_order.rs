//! Numbered pieces of work done on several threads and handed on in their order, so that
//! what a run writes and sums does not depend on how many threads did it. Each thread
//! keeps its own worker for the whole run (the computer delegate's memory of positions is
//! per thread and pays only once warm), and no thread runs more than a few pieces ahead of
//! the first one not yet handed on, so a slow piece cannot make the rest pile up unbounded.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard, mpsc};

/// Pieces a thread may run ahead of the first not yet handed on, per thread.
const AHEAD_PER_THREAD: u64 = 4;

/// Does pieces `0..pieces` on up to `threads` threads, each with a worker made by `worker`
/// on that thread, and hands their results to `emit` on this thread, in the pieces' order.
/// On one thread (or for one piece) it all happens on this thread, as it does if the system
/// starts none. A panic in a worker or in `emit` stops the other threads and goes on up
/// from here.
pub fn in_order<T, W>(pieces: u64, threads: usize, worker: impl Fn() -> W + Sync, mut emit: impl FnMut(T))
where
    T: Send,
    W: FnMut(u64) -> T,
{
    let threads = threads_for(pieces, threads);
    if threads == 1 {
        return one_by_one(pieces, &worker, &mut emit);
    }
    let ahead = AHEAD_PER_THREAD * threads as u64;
    let next = AtomicU64::new(0);
    let gate = Gate::default();
    let (results, received) = mpsc::channel::<(u64, Option<T>)>();
    std::thread::scope(|scope| {
        let mut started = 0;
        for _ in 0..threads {
            let results = results.clone();
            let (next, gate, worker) = (&next, &gate, &worker);
            // A thread the system will not start leaves the work to those it did.
            let spawned = std::thread::Builder::new().spawn_scoped(scope, move || {
                let mut work = worker();
                loop {
                    let piece = next.fetch_add(1, Ordering::Relaxed);
                    if piece >= pieces || !gate.wait_for_room(piece, ahead) {
                        break;
                    }
                    let failure = ReportsFailure {
                        results: &results,
                        piece,
                    };
                    let done = work(piece);
                    std::mem::forget(failure);
                    if results.send((piece, Some(done))).is_err() {
                        break;
                    }
                }
            });
            if spawned.is_err() {
                break;
            }
            started += 1;
        }
        drop(results);
        if started == 0 {
            return one_by_one(pieces, &worker, &mut emit);
        }
        // Whatever way this loop is left, even by a panic in `emit`, the threads waiting
        // for room are let go.
        let _release = Release(&gate);
        let mut waiting = BTreeMap::new();
        let mut handed_on = 0;
        while handed_on < pieces {
            let Ok((piece, done)) = received.recv() else { break };
            let Some(done) = done else { break };
            waiting.insert(piece, done);
            while let Some(done) = waiting.remove(&handed_on) {
                emit(done);
                handed_on += 1;
            }
            gate.handed_on(handed_on);
        }
    });
}

/// The pieces done in order on this thread.
fn one_by_one<T, W: FnMut(u64) -> T>(pieces: u64, worker: &impl Fn() -> W, emit: &mut impl FnMut(T)) {
    let mut work = worker();
    for piece in 0..pieces {
        emit(work(piece));
    }
}

/// The threads `in_order` uses for `pieces` pieces when offered `threads`.
pub fn threads_for(pieces: u64, threads: usize) -> usize {
    threads.clamp(1, usize::try_from(pieces).unwrap_or(usize::MAX).max(1))
}

#[derive(Default)]
struct Gate {
    state: Mutex<GateState>,
    moved: Condvar,
}

#[derive(Default)]
struct GateState {
    handed_on: u64,
    stopped: bool,
}

impl Gate {
    fn lock(&self) -> MutexGuard<'_, GateState> {
        // Nothing panics while holding it; were it poisoned, its two fields are still whole.
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Waits until `piece` is fewer than `ahead` pieces past the first not handed on; false
    /// if the run has stopped.
    fn wait_for_room(&self, piece: u64, ahead: u64) -> bool {
        let mut state = self.lock();
        while !state.stopped && piece >= state.handed_on + ahead {
            state = self.moved.wait(state).unwrap_or_else(|poisoned| poisoned.into_inner());
        }
        !state.stopped
    }

    fn handed_on(&self, count: u64) {
        self.lock().handed_on = count;
        self.moved.notify_all();
    }

    fn stop(&self) {
        self.lock().stopped = true;
        self.moved.notify_all();
    }
}

/// Stops the run when dropped.
struct Release<'a>(&'a Gate);

impl Drop for Release<'_> {
    fn drop(&mut self) {
        self.0.stop();
    }
}

/// Tells the handing-on thread that a piece will never come, should its worker panic.
struct ReportsFailure<'a, T> {
    results: &'a mpsc::Sender<(u64, Option<T>)>,
    piece: u64,
}

impl<T> Drop for ReportsFailure<'_, T> {
    fn drop(&mut self) {
        let _ = self.results.send((self.piece, None));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_order_whatever_the_threads() {
        for threads in [1, 2, 3, 8] {
            let mut seen = Vec::new();
            in_order(
                50,
                threads,
                || {
                    let mut done_here = 0u64;
                    move |piece| {
                        done_here += 1;
                        // Uneven pieces, so that threads finish out of order.
                        let spin = (piece * 7919) % 13;
                        std::thread::sleep(std::time::Duration::from_micros(spin * 50));
                        (piece, done_here)
                    }
                },
                |(piece, _)| seen.push(piece),
            );
            assert_eq!(seen, (0..50).collect::<Vec<_>>(), "{threads} threads");
        }
    }

    #[test]
    fn no_pieces_hands_on_nothing() {
        let mut count = 0;
        in_order(0, 4, || |piece| piece, |_| count += 1);
        assert_eq!(count, 0);
    }

    #[test]
    fn a_panicking_worker_stops_the_run_instead_of_hanging_it() {
        let outcome = std::panic::catch_unwind(|| {
            let mut seen = 0;
            in_order(
                200,
                3,
                || {
                    |piece| {
                        assert_ne!(piece, 17, "piece 17 fails");
                        piece
                    }
                },
                |_| seen += 1,
            );
        });
        assert!(outcome.is_err());
    }

    #[test]
    fn a_panicking_receiver_stops_the_run_instead_of_hanging_it() {
        let outcome = std::panic::catch_unwind(|| {
            in_order(
                200,
                3,
                || |piece| piece,
                |piece| assert_ne!(piece, 5, "piece 5 refused"),
            );
        });
        assert!(outcome.is_err());
    }
}
