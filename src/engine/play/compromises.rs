//! The mediator's recent compromises, by what they were worked out from. A compromise is a
//! pure function of the scenario and a few parts of the state (`Inputs` below); games
//! between the same delegations in a bulk run reach the same positions again and again,
//! and a game asks for one a few times. Kept by `Game`, across `reset`, and behind that by
//! the thread for every game of the same scenario (a bulk run's games share their positions).

use crate::engine::agents::mediator;
use crate::engine::analysis::space::MAX_OPTIONS;
use crate::engine::play::condition::OptionSet;
use crate::engine::play::moves::{ArticleSet, MAX_ARTICLES, Proposal, Terms};
use crate::engine::play::state::{Author, State};
use crate::engine::quick_hash::QuickHash;
use crate::engine::scenario::Scenario;
use std::cell::RefCell;
use std::hash::Hasher;
use std::sync::{Arc, Weak};

/// How many compromises a game remembers.
const KEPT: usize = 16;

/// How many compromises a thread remembers, one per slot by their inputs' hash: each some
/// 2.4 kB, so at most about 1.2 MB a thread. Of the compromises a game's own memory lacks in
/// a bulk run, it holds some four in ten.
const SHARED_SLOTS: usize = 512;

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

/// The parts of the state that `Inputs` holds which tell positions apart most, hashed to pick
/// a slot: the entry there is compared whole before it is used.
fn slot_of(state: &State) -> usize {
    let record = &state.record;
    let mut hash = QuickHash::default();
    hash.write_usize(state.session);
    hash.write(state.agreed_terms().raw());
    for author in [Author::Japan, Author::Russia] {
        hash.write(state.proposals[author.index()].terms.raw());
    }
    for side in 0..2 {
        hash.write(&record.held[side]);
        hash.write(&record.moved[side]);
        hash.write(record.proposed[side].as_flattened());
    }
    hash.finish() as usize % SHARED_SLOTS
}

/// A compromise and what it was worked out from, in a slot of the thread's memory.
type Slot = Option<Box<(Inputs, Option<Proposal>)>>;

/// The thread's compromises, for one scenario at a time.
struct Shared {
    scenario: Weak<Scenario>,
    slots: Vec<Slot>,
}

thread_local! {
    static SHARED: RefCell<Shared> = const {
        RefCell::new(Shared {
            scenario: Weak::new(),
            slots: Vec::new(),
        })
    };
}

impl Shared {
    /// The slots for `scenario`, emptied if they were another's.
    fn of(&mut self, scenario: &Arc<Scenario>) -> &mut [Slot] {
        if !std::ptr::eq(self.scenario.as_ptr(), Arc::as_ptr(scenario)) {
            self.scenario = Arc::downgrade(scenario);
            self.slots.clear();
        }
        if self.slots.is_empty() {
            self.slots.resize_with(SHARED_SLOTS, || None);
        }
        &mut self.slots
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
    pub(super) fn compromise(&mut self, scenario: &Arc<Scenario>, state: &State) -> Option<Proposal> {
        if let Some((_, proposal)) = self.entries.iter().find(|(inputs, _)| inputs.seen_in(state)) {
            return *proposal;
        }
        let slot = slot_of(state);
        let shared = SHARED.with(|shared| {
            let mut shared = shared.try_borrow_mut().ok()?;
            match &shared.of(scenario)[slot] {
                Some(entry) if entry.0.seen_in(state) => Some(entry.1),
                _ => None,
            }
        });
        let proposal = match shared {
            Some(proposal) => proposal,
            None => {
                let proposal = mediator::compromise(scenario, state);
                SHARED.with(|shared| {
                    if let Ok(mut shared) = shared.try_borrow_mut() {
                        shared.of(scenario)[slot] = Some(Box::new((Inputs::of(state), proposal)));
                    }
                });
                proposal
            }
        };
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

#[cfg(test)]
mod tests {
    use super::*;

    fn scenario() -> Arc<Scenario> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/portsmouth-1905.ron");
        crate::engine::scenario::load(&path).unwrap().scenario
    }

    /// What the thread's slot for `state` holds, planted there: `inputs` and `proposal`.
    fn plant(scenario: &Arc<Scenario>, state: &State, inputs: &State, proposal: Option<Proposal>) {
        SHARED.with(|shared| {
            shared.borrow_mut().of(scenario)[slot_of(state)] = Some(Box::new((Inputs::of(inputs), proposal)));
        });
    }

    /// A compromise that is not `real`.
    fn other_than(real: Option<Proposal>) -> Option<Proposal> {
        match real {
            Some(_) => None,
            None => Some(Proposal::linked(Terms::EMPTY)),
        }
    }

    #[test]
    fn a_slot_holding_other_inputs_is_not_taken_for_the_position_hashed_there() {
        let scenario = scenario();
        let first = State::new(&scenario);
        let mut second = first.clone();
        second.record.held[0][0] += 1;
        assert!(!Inputs::of(&first).seen_in(&second));
        let real = mediator::compromise(&scenario, &second);
        // As if the two positions' hashes picked the same slot: the entry there is another's.
        plant(&scenario, &second, &first, other_than(real));
        assert_eq!(CompromiseMemo::default().compromise(&scenario, &second), real);
        // Worked out again, the slot now holds this position's own compromise.
        let own = SHARED.with(|shared| {
            let shared = shared.borrow();
            let entry = shared.slots[slot_of(&second)].as_ref().expect("filled");
            entry.0.seen_in(&second) && entry.1 == real
        });
        assert!(own);
    }

    #[test]
    fn a_slot_holding_the_same_inputs_is_used_and_forgotten_for_another_scenario() {
        let scenario = scenario();
        let state = State::new(&scenario);
        let real = mediator::compromise(&scenario, &state);
        let marked = other_than(real);
        plant(&scenario, &state, &state, marked);
        assert_eq!(CompromiseMemo::default().compromise(&scenario, &state), marked);
        // Another scenario (even loaded from the same file) empties the thread's memory.
        let again = self::scenario();
        assert_eq!(CompromiseMemo::default().compromise(&again, &state), real);
        let held = SHARED.with(|shared| shared.borrow().slots.iter().filter(|s| s.is_some()).count());
        assert_eq!(held, 1);
        assert_eq!(SHARED.with(|shared| shared.borrow().slots.len()), SHARED_SLOTS);
    }
}
