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
    /// Per side: how many proposals it made that reopened an agreed article (a breach of
    /// trust the other side remembers).
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
        let before = self.last_terms[side];
        if !before.is_empty() && before != proposal.terms {
            self.prefer(side, before, proposal.terms);
        }
        self.last_terms[side] = proposal.terms;
        for (a, o) in proposal.terms.iter() {
            bump(&mut self.proposed[side][a][o as usize]);
            match self.last_proposed[side][a] {
                NONE => {}
                last if last == o => bump(&mut self.held[side][a]),
                _ => bump(&mut self.moved[side][a]),
            }
            self.last_proposed[side][a] = o;
        }
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
