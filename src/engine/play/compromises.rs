//! The mediator's recent compromises, by what they were worked out from. A compromise is a
//! pure function of the scenario and a few parts of the state (`Inputs` below); games
//! between the same delegations in a bulk run reach the same positions again and again,
//! and a game asks for one a few times. Kept by `Game`, across `reset`.

use crate::engine::agents::mediator;
use crate::engine::analysis::space::MAX_OPTIONS;
use crate::engine::play::condition::OptionSet;
use crate::engine::play::moves::{ArticleSet, MAX_ARTICLES, Proposal, Terms};
use crate::engine::play::state::{Author, State};
use crate::engine::scenario::Scenario;

/// How many compromises are remembered.
const KEPT: usize = 16;

type Counts = [[[u8; MAX_OPTIONS]; MAX_ARTICLES]; 2];

/// Everything `mediator::compromise` reads of the state: the session (what is tabled), the
/// agreed and set-aside articles, the two sides' standing offers (not his own), what each
/// side's instructions forbid (plainly, and the active red lines for conditional ones), and
/// the parts of the public record his beliefs are drawn from. Not the rest of the state
/// (the last turns, the meters, the revealed preferences...), which a whole-state key would
/// compare at some kilobytes a look-up and which would only make equal positions differ.
#[derive(Clone, PartialEq)]
struct Inputs {
    session: usize,
    agreed: Terms,
    set_aside: ArticleSet,
    offers: [Proposal; 2],
    forbidden: [[OptionSet; MAX_ARTICLES]; 2],
    conditional: [bool; 2],
    red_lines: u64,
    held: [[u8; MAX_ARTICLES]; 2],
    moved: [[u8; MAX_ARTICLES]; 2],
    proposed: Counts,
    accepted: Counts,
    refused: Counts,
}

impl Inputs {
    fn of(state: &State) -> Inputs {
        let record = &state.record;
        Inputs {
            session: state.session,
            agreed: state.agreed_terms(),
            set_aside: state.set_aside_set(),
            offers: [
                state.proposals[Author::Japan.index()],
                state.proposals[Author::Russia.index()],
            ],
            forbidden: state.forbidden,
            conditional: state.conditional,
            red_lines: state.red_lines,
            held: record.held,
            moved: record.moved,
            proposed: record.proposed,
            accepted: record.accepted,
            refused: record.refused,
        }
    }

    /// Whether `state` shows these inputs: compared in place, the small parts that differ
    /// most often first, so that nothing is copied on a look-up.
    fn seen_in(&self, state: &State) -> bool {
        let record = &state.record;
        self.session == state.session
            && self.agreed == state.agreed_terms()
            && self.set_aside == state.set_aside_set()
            && self.offers[0] == state.proposals[Author::Japan.index()]
            && self.offers[1] == state.proposals[Author::Russia.index()]
            && self.red_lines == state.red_lines
            && self.conditional == state.conditional
            && self.forbidden == state.forbidden
            && self.held == record.held
            && self.moved == record.moved
            && self.proposed == record.proposed
            && self.accepted == record.accepted
            && self.refused == record.refused
    }
}

#[derive(Clone, Default)]
pub(super) struct CompromiseMemo {
    entries: Vec<(Inputs, Option<Proposal>)>,
    /// The entry to replace next once full.
    next: usize,
}

impl CompromiseMemo {
    /// `mediator::compromise(scenario, state)`, from memory when it was worked out before.
    pub(super) fn compromise(&mut self, scenario: &Scenario, state: &State) -> Option<Proposal> {
        if let Some((_, proposal)) = self.entries.iter().find(|(inputs, _)| inputs.seen_in(state)) {
            return *proposal;
        }
        let proposal = mediator::compromise(scenario, state);
        let entry = (Inputs::of(state), proposal);
        if self.entries.len() < KEPT {
            self.entries.push(entry);
        } else {
            self.entries[self.next] = entry;
            self.next = (self.next + 1) % KEPT;
        }
        proposal
    }
}
