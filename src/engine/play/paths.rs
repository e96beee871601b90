//! The paths a quiet game has taken, kept across `reset`. From a state the game reached
//! along a known path, the same step (the opening, or a side's turn) with the same outcomes
//! of the chances it rolled leads to the same state every time: the rules are a function
//! of the state, the step and those outcomes. Bulk runs between delegations that decide
//! alike from alike positions walk the same few paths thousands of times. Along a known
//! path the game reads the state kept at the step's end, without checking or applying the
//! step, and copies it into its own only when it leaves the path.

use crate::engine::play::moves::Turn;
use crate::engine::play::rng::Rng;
use crate::engine::play::side::Side;
use crate::engine::play::state::State;

/// How many states a game remembers. A state is some 3 kB (and its revealed preferences),
/// so at most some 12 to 30 MB.
const MAX_NODES: usize = 4096;

/// How many states a game keeps before it asks whether they are walked again: past these,
/// it keeps another only while the steps followed along known paths number at least twice
/// the states kept. Keeping a state costs about what following it once saves, and
/// delegations that draw at random take a new path nearly every game.
const TRIAL_NODES: usize = 512;

/// A step from one state to the next.
#[derive(Clone, Copy)]
pub(super) enum Step<'a> {
    /// The first session opening, after `reset`.
    Opening,
    Turn(Side, &'a Turn),
}

impl Step<'_> {
    /// The step as an edge keeps it: the side and its turn, or none for the opening.
    fn kept(self) -> Option<(Side, Turn)> {
        match self {
            Step::Opening => None,
            Step::Turn(side, turn) => Some((side, *turn)),
        }
    }
}

/// A chance rolled during a step, and what came of it.
type Roll = (f64, bool);

struct Edge {
    /// The side and its turn, or none for the opening.
    turn: Option<(Side, Turn)>,
    /// Usually none: most steps fire no event that is left to chance.
    rolls: Vec<Roll>,
    to: usize,
}

impl Edge {
    fn takes(&self, step: Step<'_>) -> bool {
        match (&self.turn, step) {
            (None, Step::Opening) => true,
            (Some((s, t)), Step::Turn(side, turn)) => *s == side && t == turn,
            _ => false,
        }
    }
}

/// A state reached, and whether the facts events read had changed since they were last
/// checked (the game's `facts_changed`).
struct Node {
    state: State,
    facts_changed: bool,
    edges: Vec<Edge>,
}

#[derive(Default)]
pub(super) struct Paths {
    /// The steps from the state `reset` leaves before the first session opens, which is the
    /// same in every game.
    root: Vec<Edge>,
    nodes: Vec<Node>,
    /// Where the game stands, while it is on a known path.
    at: Option<At>,
    /// Whether the state at `at` is ahead of the game's own, which is left as it was when
    /// the game went onto the known path.
    ahead: bool,
    /// The chances rolled so far in the step under way, while the game is on a known path.
    rolls: Vec<Roll>,
    /// Steps followed along known paths, in all.
    followed: usize,
}

#[derive(Clone, Copy)]
enum At {
    Root,
    Node(usize),
}

impl Paths {
    /// Back at the opening state (after `reset`).
    pub(super) fn restart(&mut self) {
        self.at = Some(At::Root);
        self.ahead = false;
    }

    /// Off any known path (the state is about to change other than by a step). The game's
    /// own state must be caught up first.
    pub(super) fn lose_track(&mut self) {
        debug_assert!(!self.ahead, "the game's state was caught up");
        self.at = None;
    }

    /// The game's state, when it is the one kept on the path rather than the game's own.
    #[inline]
    pub(super) fn ahead(&self) -> Option<&State> {
        match self.at {
            Some(At::Node(n)) if self.ahead => Some(&self.nodes[n].state),
            _ => None,
        }
    }

    /// Brings the game's own `state` to where the path has gone.
    pub(super) fn catch_up(&mut self, state: &mut State) {
        let Some(At::Node(n)) = self.at.filter(|_| self.ahead) else {
            return;
        };
        self.ahead = false;
        // Copied without allocating: the preferences into the game's own list.
        let kept = &mut self.nodes[n].state;
        let preferences = std::mem::take(&mut kept.record.preferences);
        let mut own = std::mem::take(&mut state.record.preferences);
        state.clone_from(kept);
        own.clear();
        own.extend_from_slice(&preferences);
        state.record.preferences = own;
        kept.record.preferences = preferences;
    }

    /// If `step` from here was taken before with the chances coming out as they do now (they
    /// are rolled with `rng`, as the step would), moves along it and returns the game's
    /// `facts_changed` there; the game's state is then `ahead`. Otherwise leaves `rng` as it was.
    pub(super) fn follow(&mut self, step: Step<'_>, rng: &mut Rng) -> Option<bool> {
        let edges = match self.at? {
            At::Root => &self.root,
            At::Node(n) => &self.nodes[n].edges,
        };
        let first = edges.iter().position(|e| e.takes(step))?;
        let to = if edges[first].rolls.is_empty() {
            // Nothing was left to chance, so this is the step's only edge.
            edges[first].to
        } else {
            let before = rng.clone();
            match Self::roll_along(edges, first, step, rng) {
                Some(to) => to,
                None => {
                    *rng = before;
                    return None;
                }
            }
        };
        self.at = Some(At::Node(to));
        self.ahead = true;
        self.followed = self.followed.saturating_add(1);
        Some(self.nodes[to].facts_changed)
    }

    /// Rolls the chances as the step would, each one the step rolls after the outcomes so
    /// far, and returns the edge they lead along, if one was taken before.
    fn roll_along(edges: &[Edge], mut along: usize, step: Step<'_>, rng: &mut Rng) -> Option<usize> {
        let mut i = 0;
        while let Some(&(chance, taken)) = edges[along].rolls.get(i) {
            let outcome = rng.chance(chance);
            if taken != outcome {
                let so_far = &edges[along].rolls[..i];
                along = edges.iter().position(|e| {
                    e.takes(step) && e.rolls.len() > i && e.rolls[..i] == *so_far && e.rolls[i].1 == outcome
                })?;
            }
            i += 1;
        }
        Some(edges[along].to)
    }

    /// A step is about to be applied by the rules (it was not found on a known path), to the
    /// game's own state, caught up.
    pub(super) fn begin(&mut self) {
        debug_assert!(!self.ahead, "the game's state was caught up");
        self.rolls.clear();
    }

    /// Notes a chance rolled during the step under way.
    pub(super) fn rolled(&mut self, chance: f64, outcome: bool) {
        if self.at.is_some() {
            self.rolls.push((chance, outcome));
        }
    }

    /// The rules applied `step` and left `state`: remembered, while there is room.
    pub(super) fn took(&mut self, step: Step<'_>, state: &State, facts_changed: bool) {
        let Some(at) = self.at else {
            return;
        };
        let kept = self.nodes.len();
        if kept >= MAX_NODES || (kept >= TRIAL_NODES && self.followed < 2 * kept) {
            self.at = None;
            return;
        }
        let to = self.nodes.len();
        self.nodes.push(Node {
            state: state.clone(),
            facts_changed,
            edges: Vec::new(),
        });
        let edge = Edge {
            turn: step.kept(),
            rolls: self.rolls.clone(),
            to,
        };
        match at {
            At::Root => self.root.push(edge),
            At::Node(n) => self.nodes[n].edges.push(edge),
        }
        self.at = Some(At::Node(to));
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::agents::{self, AgentSpec};
    use crate::engine::play::game::Game;
    use crate::engine::play::side::Side;
    use crate::engine::play::view::SideView;
    use crate::engine::scenario;
    use std::path::Path;
    use std::sync::Arc;

    /// A quiet game reset from game to game, which follows the paths it keeps, stands after
    /// every step where a new game of the same seed stands, which applies every step.
    #[test]
    fn a_game_on_known_paths_stands_where_the_rules_take_it() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/portsmouth-1905.ron");
        let scenario = scenario::load(&path).expect("the historical scenario loads").scenario;
        let mut kept = Game::quiet(Arc::clone(&scenario), 0);
        // And one that is told not to walk them, as bulk runs with the delegate are.
        let mut plain = Game::quiet(Arc::clone(&scenario), 0).without_paths();
        // Delegations that decide alike (paths walked again, the events' chances telling
        // games apart) and one that draws at random (new paths).
        let pairings = [
            (AgentSpec::Boulware, AgentSpec::Conceder),
            (AgentSpec::Random, AgentSpec::Linear),
        ];
        for (japan, russia) in pairings {
            for seed in 0..60 {
                kept.reset(seed);
                plain.reset(seed);
                let mut fresh = Game::quiet(Arc::clone(&scenario), seed);
                assert!(kept.state() == fresh.state(), "seed {seed}: the opening");
                let seat = |spec: &AgentSpec, side| agents::make(spec, side, seed, &scenario).expect("built in");
                let mut on_kept = [seat(&japan, Side::Japan), seat(&russia, Side::Russia)];
                let mut on_fresh = [seat(&japan, Side::Japan), seat(&russia, Side::Russia)];
                while let Some(side) = fresh.to_move() {
                    assert_eq!(kept.to_move(), Some(side), "seed {seed}");
                    let decision = on_fresh[side.index()].decide(&SideView::new(&fresh, side));
                    let same = on_kept[side.index()].decide(&SideView::new(&kept, side));
                    assert_eq!(decision, same, "seed {seed}");
                    agents::play_decision(&mut fresh, side, &decision);
                    agents::play_decision(&mut kept, side, &same);
                    agents::play_decision(&mut plain, side, &decision);
                    assert!(plain.state() == fresh.state(), "seed {seed}: without paths");
                    assert!(
                        kept.state() == fresh.state(),
                        "seed {seed}, turn {}",
                        fresh.state().turns_played
                    );
                }
                assert!(kept.is_over(), "seed {seed}");
            }
        }
    }
}
