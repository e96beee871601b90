//! Memory of the delegate's pure computations, by their exact inputs. Its beliefs are a
//! function of the public record, its candidates of its beliefs, its masks and its active
//! red lines; in bulk runs between the same delegations the talks pass through the same
//! positions again and again, so each is worked out once a thread. Keys are the inputs
//! themselves (compared whole, never a hash alone), within one scenario: a thread's memory
//! is emptied when it meets another, and forgets what it has not needed for longest. The
//! candidates are kept with the table of beliefs they were worked out from.

use super::Candidates;
use crate::engine::analysis::space::{MAX_OPTIONS, PointTable};
use crate::engine::play::condition::OptionSet;
use crate::engine::play::moves::MAX_ARTICLES;
use crate::engine::play::view::{ScenarioIdentity, SideView};
use crate::engine::quick_hash::QuickHash;
use std::cell::RefCell;
use std::hash::Hasher;
use std::ops::Range;
use std::rc::Rc;

/// Entries of each kind in a generation. With the candidates kept on their beliefs, 100,000
/// games of self-play on one thread peak at 54 MB with 8,192 beliefs, against 36 MB and
/// 10 % more time with 4,096; 16,384 took 88 MB for another 1 %.
const BELIEFS_KEPT: usize = 8_192;
const FAIR_KEPT: usize = 4_096;

/// Lists of candidates kept with one table of beliefs, the oldest forgotten first. A table
/// is searched under few masks: in 20,000 games of self-play four kept all but 1% of what
/// sixteen kept, two lost a third.
const CANDIDATES_PER_BELIEFS: usize = 4;

/// Every key starts with its own hash, worked out once as it is built (`seal`): a look-up
/// that misses the young generation, the old one and the insertion after it would
/// otherwise hash a long key three times, and keys that differ differ in their first bytes.
const HASH_BYTES: usize = 8;

/// Of a longer key, the first and the last `HASHED_END` bytes are hashed, with its length
/// and the sum of the words in between. The beliefs' keys grow by the revealed preferences,
/// oldest first, to some kilobytes late in the talks. Hashing 256 bytes at each end was
/// some 5 % of bulk self-play; hashing 64 without the middle was faster, but in 7 % of
/// look-ups met keys that differ only in between (accepted and proposed counts), each then
/// compared whole. The middle's sum, one addition a word, leaves a handful in 1.6 million.
const HASHED_END: usize = 64;

/// Writes the hash of `key`'s body into its first `HASH_BYTES`.
fn seal(key: &mut [u8]) {
    let (hash, body) = key.split_at_mut(HASH_BYTES);
    let mut quick = QuickHash::default();
    quick.write_usize(body.len());
    if body.len() > 2 * HASHED_END {
        let middle = &body[HASHED_END..body.len() - HASHED_END];
        quick.write(&body[..HASHED_END]);
        quick.write(&body[body.len() - HASHED_END..]);
        quick.write_u64(sum_of_words(middle));
    } else {
        quick.write(body);
    }
    hash.copy_from_slice(&quick.finish().to_le_bytes());
}

/// The bytes' little-endian eight-byte words added up (the last one short if need be).
fn sum_of_words(bytes: &[u8]) -> u64 {
    let mut words = bytes.chunks_exact(8);
    let mut sum = 0u64;
    for word in &mut words {
        sum = sum.wrapping_add(u64::from_le_bytes(word.try_into().expect("eight bytes")));
    }
    for (i, &b) in words.remainder().iter().enumerate() {
        sum = sum.wrapping_add(u64::from(b) << (8 * i));
    }
    sum
}

/// A sealed key's hash (a key too short to be sealed, in tests, is hashed).
fn hash_of(key: &[u8]) -> u64 {
    match key.first_chunk::<HASH_BYTES>() {
        Some(hash) => u64::from_le_bytes(*hash),
        None => {
            let mut quick = QuickHash::default();
            quick.write(key);
            quick.finish()
        }
    }
}

/// A table of beliefs as this memory gives it out, with the candidates worked out from it:
/// the table is in hand whenever they are asked for, so they are found there without a
/// look-up of their own.
#[derive(Debug)]
pub(super) struct Beliefs {
    table: PointTable,
    candidates: RefCell<Vec<(CandidatesKey, Candidates)>>,
}

/// What the candidates are worked out from besides the beliefs: the side, its active
/// conditional red lines (one bit each) and per article its mask (none past the last).
#[derive(Debug, PartialEq)]
struct CandidatesKey {
    side: u8,
    conditional: u64,
    masks: [OptionSet; MAX_ARTICLES],
}

impl std::ops::Deref for Beliefs {
    type Target = PointTable;

    fn deref(&self) -> &PointTable {
        &self.table
    }
}

impl Beliefs {
    fn new(table: PointTable) -> Rc<Beliefs> {
        Rc::new(Beliefs {
            table,
            candidates: RefCell::new(Vec::new()),
        })
    }
}

/// One generation of entries: their keys end to end in one buffer, found through an
/// open-addressed table of slots. A kilobyte key boxed each on its own cost bulk play a
/// tenth of its time in the allocator, allocating and freeing them one by one.
struct Generation<V> {
    keys: Vec<u8>,
    /// Each entry's key (its range in `keys`) and value, in the order they came.
    entries: Vec<(Range<usize>, V)>,
    /// Per slot, empty (0) or the high half of an entry's hash and its index plus one: a
    /// look-up reads an entry only when the hashes' high halves agree.
    slots: Vec<u64>,
}

impl<V> Generation<V> {
    fn new(kept: usize) -> Generation<V> {
        // At most half the slots in use: few probes, hits or misses.
        Generation {
            keys: Vec::new(),
            entries: Vec::with_capacity(kept),
            slots: vec![0; (2 * kept).next_power_of_two()],
        }
    }

    fn clear(&mut self) {
        self.keys.clear();
        self.entries.clear();
        self.slots.fill(0);
    }

    fn get(&self, hash: u64, key: &[u8]) -> Option<&V> {
        let mask = self.slots.len() - 1;
        let mut i = hash as usize & mask;
        loop {
            let slot = self.slots[i];
            if slot == 0 {
                return None;
            }
            if slot >> 32 == hash >> 32 {
                let (range, value) = &self.entries[(slot as u32 - 1) as usize];
                if self.keys[range.clone()] == *key {
                    return Some(value);
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// Adds an entry (not already there).
    fn insert(&mut self, hash: u64, key: &[u8], value: V) {
        let mask = self.slots.len() - 1;
        let mut i = hash as usize & mask;
        while self.slots[i] != 0 {
            i = (i + 1) & mask;
        }
        let start = self.keys.len();
        self.keys.extend_from_slice(key);
        self.entries.push((start..self.keys.len(), value));
        self.slots[i] = (hash >> 32) << 32 | self.entries.len() as u64;
    }
}

/// Entries by key in two generations: when the young one is full it becomes the old one
/// and the oldest are forgotten, so what the talks keep coming back to stays. An entry
/// found in the old one is copied into the young one (and left where it was: the young one
/// is looked in first).
struct Memo<V> {
    young: Generation<V>,
    old: Generation<V>,
    kept: usize,
}

impl<V: Clone> Memo<V> {
    fn new(kept: usize) -> Memo<V> {
        Memo {
            young: Generation::new(kept),
            old: Generation::new(kept),
            kept,
        }
    }

    fn clear(&mut self) {
        self.young.clear();
        self.old.clear();
    }

    fn get(&mut self, key: &[u8]) -> Option<V> {
        let hash = hash_of(key);
        if let Some(value) = self.young.get(hash, key) {
            return Some(value.clone());
        }
        let value = self.old.get(hash, key)?.clone();
        self.insert_hashed(hash, key, value.clone());
        Some(value)
    }

    fn insert(&mut self, key: &[u8], value: V) {
        self.insert_hashed(hash_of(key), key, value);
    }

    fn insert_hashed(&mut self, hash: u64, key: &[u8], value: V) {
        if self.young.entries.len() >= self.kept {
            // The old generation's buffers are reused for the new one.
            std::mem::swap(&mut self.young, &mut self.old);
            self.young.clear();
        }
        self.young.insert(hash, key, value);
    }
}

struct Memory {
    scenario: Option<ScenarioIdentity>,
    beliefs: Memo<Rc<Beliefs>>,
    fair: Memo<f64>,
    /// The beliefs' key being built, in a buffer kept for its allocation (its length is the
    /// room, not the key's).
    key: Vec<u8>,
}

impl Default for Memory {
    fn default() -> Memory {
        Memory {
            scenario: None,
            beliefs: Memo::new(BELIEFS_KEPT),
            fair: Memo::new(FAIR_KEPT),
            key: Vec::new(),
        }
    }
}

thread_local! {
    static MEMORY: RefCell<Memory> = RefCell::new(Memory::default());
}

impl Memory {
    /// Forgets another scenario's entries.
    fn enter(&mut self, view: &SideView<'_>) {
        if self.scenario.as_ref().is_none_or(|s| !view.is_of(s)) {
            self.beliefs.clear();
            self.fair.clear();
            self.scenario = Some(view.scenario_identity());
        }
    }
}

/// What it believes of the other side, from `compute`, which reads the view's scenario and
/// the other side's part of the public record only (all of it when `reads`, none otherwise).
pub(super) fn beliefs(view: &SideView<'_>, reads: bool, compute: impl FnOnce() -> PointTable) -> Rc<Beliefs> {
    MEMORY.with(|memory| {
        let Ok(mut memory) = memory.try_borrow_mut() else {
            return Beliefs::new(compute());
        };
        let memory = &mut *memory;
        memory.enter(view);
        let other = view.side().other();
        let record = view.record();
        let o = other.index();
        let articles = view.public().articles.len().min(MAX_ARTICLES);
        // Written in place, the end moved on by what counts: room for the longest key these
        // inputs make and a row past it, so that no push checks for room.
        let preferences = if reads { record.preferences.len() } else { 0 };
        let longest = HASH_BYTES + 2 + (2 + 3 * MAX_OPTIONS) * articles + (1 + 2 * preferences) * MAX_ARTICLES;
        if memory.key.len() < longest {
            memory.key.resize(longest, 0);
        }
        let key = &mut memory.key[..];
        key[HASH_BYTES] = other.index() as u8;
        key[HASH_BYTES + 1] = u8::from(reads);
        let mut end = HASH_BYTES + 2;
        if reads {
            // Each count whole, the scenario's articles' rows in one copy each (a copy per
            // article and option count cost more than the look-up). The rarer changes come
            // first and the proposals, which change most, last before the preferences: the
            // seal hashes a long key's two ends.
            for row in [&record.held[o], &record.moved[o]] {
                key[end..end + articles].copy_from_slice(&row[..articles]);
                end += articles;
            }
            for counts in [&record.refused[o], &record.accepted[o], &record.proposed[o]] {
                let counts = &counts.as_flattened()[..articles * MAX_OPTIONS];
                key[end..end + counts.len()].copy_from_slice(counts);
                end += counts.len();
            }
            for (_, better, worse) in record.preferences.iter().filter(|p| p.0 == o as u8) {
                for terms in [better, worse] {
                    key[end..end + MAX_ARTICLES].copy_from_slice(terms.raw());
                    end += articles;
                }
            }
        }
        let key = &mut key[..end];
        seal(key);
        if let Some(table) = memory.beliefs.get(key) {
            return table;
        }
        let table = Beliefs::new(compute());
        memory.beliefs.insert(&memory.key[..end], Rc::clone(&table));
        table
    })
}

/// Its candidates within `masks`, from `compute`, which reads the view's scenario, the
/// side's active conditional red lines, `masks` and `believed`.
pub(super) fn candidates(
    view: &SideView<'_>,
    masks: &[OptionSet; MAX_ARTICLES],
    believed: &Beliefs,
    compute: impl FnOnce() -> Candidates,
) -> Candidates {
    let articles = view.public().articles.len().min(MAX_ARTICLES);
    let mut key = CandidatesKey {
        side: view.side().index() as u8,
        conditional: view.active_conditional_red_lines().fold(0u64, |bits, r| bits | 1 << r),
        masks: [0; MAX_ARTICLES],
    };
    key.masks[..articles].copy_from_slice(&masks[..articles]);
    if let Ok(kept) = believed.candidates.try_borrow()
        && let Some((_, found)) = kept.iter().find(|(k, _)| *k == key)
    {
        return found.clone();
    }
    let found = compute();
    if let Ok(mut kept) = believed.candidates.try_borrow_mut() {
        if kept.len() >= CANDIDATES_PER_BELIEFS {
            kept.remove(0);
        }
        kept.push((key, found.clone()));
    }
    found
}

/// Its fair point by public knowledge, from `compute`, which reads the view's scenario and
/// side, `masks`, the side's active conditional red lines (`conditional`, one bit each) and
/// `reservation` only. The reservation moves with the session and the meters, so a
/// delegate's own last fair point is seldom still good; but the talks pass through the
/// same few reservations game after game. `compute` itself asks this memory for beliefs
/// (and finds their candidates on them), so it runs with the memory let go.
pub(super) fn public_fair(
    view: &SideView<'_>,
    masks: &[OptionSet; MAX_ARTICLES],
    conditional: u64,
    reservation: f64,
    compute: impl FnOnce() -> f64,
) -> f64 {
    const START: usize = HASH_BYTES + 1;
    let mut key = [0u8; START + 2 * MAX_ARTICLES + 16];
    key[HASH_BYTES] = view.side().index() as u8;
    for (a, mask) in masks.iter().enumerate() {
        key[START + 2 * a..START + 2 + 2 * a].copy_from_slice(&mask.to_le_bytes());
    }
    let end = START + 2 * MAX_ARTICLES;
    key[end..end + 8].copy_from_slice(&conditional.to_le_bytes());
    key[end + 8..].copy_from_slice(&reservation.to_bits().to_le_bytes());
    seal(&mut key);
    let found = MEMORY.with(|memory| {
        let mut memory = memory.try_borrow_mut().ok()?;
        memory.enter(view);
        memory.fair.get(&key)
    });
    if let Some(fair) = found {
        return fair;
    }
    let fair = compute();
    MEMORY.with(|memory| {
        if let Ok(mut memory) = memory.try_borrow_mut() {
            memory.enter(view);
            memory.fair.insert(&key, fair);
        }
    });
    fair
}

#[cfg(test)]
mod tests {
    use super::{HASH_BYTES, HASHED_END, Memo, hash_of, seal};

    #[test]
    fn long_keys_that_differ_only_between_their_ends_hash_apart() {
        // Odd lengths too, where the middle ends in a short word.
        for length in [HASH_BYTES + 2 * HASHED_END + 1, 400, 403] {
            let sealed = |change: Option<usize>| {
                let mut key: Vec<u8> = (0..length).map(|i| (i * 7) as u8).collect();
                if let Some(at) = change {
                    key[at] ^= 1;
                }
                seal(&mut key);
                hash_of(&key)
            };
            let middle = HASH_BYTES + HASHED_END..length - HASHED_END;
            for at in middle {
                assert_ne!(sealed(None), sealed(Some(at)), "length {length}, byte {at}");
            }
        }
    }

    #[test]
    fn a_memo_keeps_two_generations_and_what_is_used() {
        let mut memo = Memo::new(2);
        memo.insert(b"a", 1);
        memo.insert(b"b", 2);
        // The young generation is full: "a" and "b" grow old as "c" comes.
        memo.insert(b"c", 3);
        assert_eq!(memo.get(b"a"), Some(1));
        // "a" was used: it is young again, and outlives "b" when the next generation comes.
        memo.insert(b"d", 4);
        assert_eq!(memo.get(b"a"), Some(1));
        assert_eq!(memo.get(b"b"), None);
        assert_eq!(memo.get(b"d"), Some(4));
        assert_eq!(memo.get(b"ab"), None);
        memo.clear();
        assert_eq!(memo.get(b"d"), None);
    }
}
