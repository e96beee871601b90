//! A time-based delegation's memory of its decisions, turn by turn. Its decision is a pure
//! function of a few things it reads from its view (below), and in a bulk run between the
//! same delegations most games pass through the same positions at the same turns, so each
//! turn keeps the last decision made there with what it was made from, and gives it back
//! when everything it was made from is the same again. Comparing those inputs costs a
//! small fraction of working the decision out.

use super::Decision;
use crate::engine::play::moves::{ArticleSet, Proposal, Terms};
use crate::engine::play::side::Side;
use crate::engine::play::view::{ReservationInputs, SideView};

/// Everything a time-based decision reads from the view (the scenario aside, which an
/// agent keeps for life). The own red lines stand for the options they forbid and for the
/// search masks built from them. The relative time is not compared: each turn moves the
/// calendar on by one exchange half (only `Game::advance` moves it), so the turn a decision
/// is kept at fixes the session and the exchange, and with the side the time.
#[derive(Clone, Copy)]
pub struct Inputs {
    side: Side,
    /// What the reservation value is worked out from.
    reservation: ReservationInputs,
    red_lines: u64,
    tabled: ArticleSet,
    agreed: Terms,
    offer: Proposal,
    mediator: Proposal,
}

impl Inputs {
    pub fn of(view: &SideView<'_>) -> Inputs {
        Inputs {
            side: view.side(),
            reservation: view.reservation_inputs(),
            red_lines: view.own_red_lines(),
            tabled: view.tabled(),
            agreed: view.agreed_terms(),
            offer: *view.opponent_proposal(),
            mediator: *view.mediator_proposal(),
        }
    }

    /// Whether the view shows these inputs again: compared in place, cheapest first, so a
    /// miss costs little and a hit copies nothing.
    fn seen_in(&self, view: &SideView<'_>) -> bool {
        self.tabled == view.tabled()
            && self.agreed == view.agreed_terms()
            && same_proposal(&self.offer, view.opponent_proposal())
            && same_proposal(&self.mediator, view.mediator_proposal())
            && self.side == view.side()
            && self.red_lines == view.own_red_lines()
            && self.reservation == view.reservation_inputs()
    }
}

/// The same terms in the same packages: all a decision reads of a proposal (the packages'
/// unused slots aside, which the derived equality also compares).
fn same_proposal(a: &Proposal, b: &Proposal) -> bool {
    a.terms == b.terms && a.packages().eq(b.packages())
}

/// The last decision at each turn of the game, with its inputs.
#[derive(Default)]
pub struct Recall {
    by_turn: Vec<Option<(Inputs, Decision)>>,
}

impl Recall {
    /// Whether the decision kept at `turn` was made from what the view shows now. (Inlined
    /// into the agents' decisions, as it is asked at every turn.)
    #[inline]
    pub fn has(&self, turn: usize, view: &SideView<'_>) -> bool {
        matches!(self.by_turn.get(turn), Some(Some((seen, _))) if seen.seen_in(view))
    }

    /// The decision kept at `turn`, once `has` has found it there. (Asked apart from `has`
    /// so that a caller can lend it, or else decide anew, without holding a borrow.)
    pub fn kept(&self, turn: usize) -> &Decision {
        match &self.by_turn[turn] {
            Some((_, decision)) => decision,
            None => unreachable!("`has` found a decision kept at turn {turn}"),
        }
    }

    pub fn keep(&mut self, turn: usize, inputs: Inputs, decision: Decision) {
        if self.by_turn.len() <= turn {
            self.by_turn.resize(turn + 1, None);
        }
        self.by_turn[turn] = Some((inputs, decision));
    }
}
