//! The last few answers a thread worked out from a scenario, by their inputs: for work done
//! once a game (the Nash point, the mediator's last look) that a bulk run's games ask for
//! with the same inputs again and again.

use crate::engine::scenario::Scenario;
use std::sync::{Arc, Weak};

/// Up to `N` answers, the oldest replaced first. Each entry holds a `Weak` of its scenario:
/// while it does, no other scenario can take the same address and be taken for it.
pub(crate) struct Recent<K, V, const N: usize> {
    entries: Vec<(Weak<Scenario>, K, V)>,
    next: usize,
}

impl<K: PartialEq, V: Clone, const N: usize> Recent<K, V, N> {
    pub(crate) const fn new() -> Self {
        Recent {
            entries: Vec::new(),
            next: 0,
        }
    }

    /// The answer remembered for `key` in `scenario`, if any.
    pub(crate) fn get(&self, scenario: &Arc<Scenario>, key: &K) -> Option<V> {
        self.entries
            .iter()
            .find(|(s, k, _)| Weak::as_ptr(s) == Arc::as_ptr(scenario) && k == key)
            .map(|(_, _, v)| v.clone())
    }

    pub(crate) fn put(&mut self, scenario: &Arc<Scenario>, key: K, value: V) {
        let entry = (Arc::downgrade(scenario), key, value);
        if self.entries.len() < N {
            self.entries.push(entry);
        } else {
            self.entries[self.next] = entry;
            self.next = (self.next + 1) % N;
        }
    }
}
