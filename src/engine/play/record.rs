//! What each delegation has shown across the table: the terms it has proposed, accepted
//! and refused, and where it has held its ground. Public knowledge, kept by the game in
//! fixed-size counters, so that the mediator and the computer delegations can infer the
//! other side's priorities without reading its private valuations — and so that the
//! inference is the same after a save is loaded.

use crate::engine::analysis::space::MAX_OPTIONS;
use crate::engine::play::moves::{MAX_ARTICLES, NONE, Proposal, Response, Terms};

/// Saturating counts per side, article and option.
type Counts = [[[u8; MAX_OPTIONS]; MAX_ARTICLES]; 2];

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Record {
    pub proposed: Counts,
    pub accepted: Counts,
    pub refused: Counts,
    /// Per side and article: how often it proposed the same option again (firmness, which
    /// frequency models read as importance).
    pub held: [[u8; MAX_ARTICLES]; 2],
    /// Per side and article: how often it moved to another option (concessions).
    pub moved: [[u8; MAX_ARTICLES]; 2],
    /// Per side and article: the option it proposed last, or `NONE`.
    pub last_proposed: [[u8; MAX_ARTICLES]; 2],
    /// Revealed preferences, oldest first: (side, terms it showed it prefers, terms it
    /// showed it likes less) — its earlier proposal over its later one (a concession), and
    /// its own standing proposal over an offer it refused whole. At most `MAX_PREFERENCES`.
    pub preferences: Vec<(u8, Terms, Terms)>,
    /// Per side: how many proposals it made that reopened an agreed article. The other side's
    /// delegate counts as a breach of trust only those that went back on a term against it.
    #[serde(default)]
    pub reopened: [u8; 2],
    /// Each side's last proposal, whole.
    last_terms: [Terms; 2],
}

/// How many revealed preferences a record keeps.
pub const MAX_PREFERENCES: usize = 96;

impl Default for Record {
    fn default() -> Self {
        Record {
            proposed: [[[0; MAX_OPTIONS]; MAX_ARTICLES]; 2],
            accepted: [[[0; MAX_OPTIONS]; MAX_ARTICLES]; 2],
            refused: [[[0; MAX_OPTIONS]; MAX_ARTICLES]; 2],
            held: [[0; MAX_ARTICLES]; 2],
            moved: [[0; MAX_ARTICLES]; 2],
            last_proposed: [[NONE; MAX_ARTICLES]; 2],
            preferences: Vec::new(),
            reopened: [0; 2],
            last_terms: [Terms::EMPTY; 2],
        }
    }
}

impl Record {
    /// A proposal that names agreed articles with other terms.
    pub fn reopening(&mut self, side: usize) {
        bump(&mut self.reopened[side]);
    }

    pub fn proposal(&mut self, side: usize, proposal: &Proposal) {
        let terms = &proposal.terms;
        if *terms != self.last_terms[side] {
            let before = self.last_terms[side];
            if !before.is_empty() {
                self.prefer(side, before, *terms);
            }
            self.last_terms[side] = *terms;
        }
        for (a, o) in terms.iter() {
            bump(&mut self.proposed[side][a][o as usize]);
        }
        held_and_moved(
            terms,
            &mut self.held[side],
            &mut self.moved[side],
            &mut self.last_proposed[side],
        );
    }

    /// An answer to `proposal`; set-aside terms count as refused. A refused package of
    /// several terms says only that one of them was too much, so only refusals of single
    /// terms are counted.
    pub fn answer(&mut self, side: usize, proposal: &Proposal, reply: &Response, own: &Proposal) {
        if !own.is_empty() && !reply.reject.is_empty() && reply.accept.is_empty() {
            self.prefer(side, own.terms, proposal.terms_of(reply.reject));
        }
        for package in proposal.packages() {
            let accepted = package.minus(reply.accept).is_empty();
            let refused = !package.intersect(reply.reject.union(reply.set_aside)).is_empty();
            let telling = accepted || (refused && package.len() == 1);
            if !telling {
                continue;
            }
            for (a, o) in proposal.terms_of(package).iter() {
                if refused {
                    bump(&mut self.refused[side][a][o as usize]);
                } else {
                    bump(&mut self.accepted[side][a][o as usize]);
                }
            }
        }
    }

    fn prefer(&mut self, side: usize, better: Terms, worse: Terms) {
        if self.preferences.len() < MAX_PREFERENCES {
            self.preferences.push((side as u8, better, worse));
        }
    }
}

fn bump(count: &mut u8) {
    *count = count.saturating_add(1);
}

// The counts are kept eight articles to a word: no article may be left over.
const _: () = assert!(
    MAX_ARTICLES.is_multiple_of(8),
    "held_and_moved works eight articles at a time"
);

/// Per offered article: held if it repeats the option last proposed there, moved if it
/// names another, neither the first time; then it is the last proposed. Eight articles at
/// a time, a byte each in a `u64`, without a branch: every proposal of every game passes
/// here, and article by article this was a tenth of a bulk run.
fn held_and_moved(
    terms: &Terms,
    held: &mut [u8; MAX_ARTICLES],
    moved: &mut [u8; MAX_ARTICLES],
    last_proposed: &mut [u8; MAX_ARTICLES],
) {
    let offered = terms.articles().0;
    for (k, ((options, last), (held, moved))) in terms
        .raw()
        .chunks_exact(8)
        .zip(last_proposed.chunks_exact_mut(8))
        .zip(held.chunks_exact_mut(8).zip(moved.chunks_exact_mut(8)))
        .enumerate()
    {
        let o = word(options);
        let l = word(last);
        let on = SPREAD[((offered >> (8 * k)) & 0xFF) as usize];
        let seen = nonzero_bytes(l ^ u64::MAX);
        let differs = nonzero_bytes(o ^ l);
        add_saturating(held, on & seen & !differs);
        add_saturating(moved, on & seen & differs);
        let on_full = on * 0xFF;
        last.copy_from_slice(&((o & on_full) | (l & !on_full)).to_le_bytes());
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;

/// Bit `i` of the index spread to byte `i` (0 or 1).
const SPREAD: [u64; 256] = {
    let mut table = [0u64; 256];
    let mut i = 0;
    while i < 256 {
        let mut bit = 0;
        while bit < 8 {
            if i & (1 << bit) != 0 {
                table[i] |= 1 << (8 * bit);
            }
            bit += 1;
        }
        i += 1;
    }
    table
};

fn word(bytes: &[u8]) -> u64 {
    u64::from_le_bytes(bytes.try_into().expect("chunks of eight"))
}

/// 1 in each byte of `x` that is not zero, else 0 (no carry crosses a byte).
fn nonzero_bytes(x: u64) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    ((((x & LOW7) + LOW7) | x) >> 7) & ONES
}

/// Adds `increments` (0 or 1 a byte) to the counts, each stopping at 255.
fn add_saturating(counts: &mut [u8], increments: u64) {
    let c = word(counts);
    let full = ONES & !nonzero_bytes(c ^ u64::MAX);
    counts.copy_from_slice(&(c + (increments & !full)).to_le_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Article by article, as it was written before the counts were kept eight at a time.
    fn held_and_moved_plainly(
        terms: &Terms,
        held: &mut [u8; MAX_ARTICLES],
        moved: &mut [u8; MAX_ARTICLES],
        last_proposed: &mut [u8; MAX_ARTICLES],
    ) {
        for (a, o) in terms.iter() {
            match last_proposed[a] {
                NONE => {}
                last if last == o => bump(&mut held[a]),
                _ => bump(&mut moved[a]),
            }
            last_proposed[a] = o;
        }
    }

    #[test]
    fn held_and_moved_eight_at_a_time_count_as_article_by_article() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..2000 {
            // Counts near the top, so that saturation is met.
            let held = std::array::from_fn(|_| [0, 1, 254, 255][(next() % 4) as usize]);
            let moved = std::array::from_fn(|_| [0, 7, 254, 255][(next() % 4) as usize]);
            let last = std::array::from_fn(|_| if next() % 3 == 0 { NONE } else { (next() % 4) as u8 });
            let state: [[u8; MAX_ARTICLES]; 3] = [held, moved, last];
            let mut terms = Terms::EMPTY;
            for a in 0..MAX_ARTICLES {
                if next() % 2 == 0 {
                    terms.set(a, (next() % 4) as u8);
                }
            }
            let [mut h1, mut m1, mut l1] = state;
            let [mut h2, mut m2, mut l2] = state;
            held_and_moved(&terms, &mut h1, &mut m1, &mut l1);
            held_and_moved_plainly(&terms, &mut h2, &mut m2, &mut l2);
            assert_eq!((h1, m1, l1), (h2, m2, l2), "terms {terms:?} from {state:?}");
        }
    }
}
