//! The 1905 delegations: the scenario's script, turn by turn, for as long as the talks
//! follow it. Once the other side (or chance) leaves the script, the agent judges offers
//! against the treaty actually signed: it accepts any term at least as good for its side
//! as the 1905 term, proposes the 1905 terms for what is still open, and cables home for
//! leave to sign a 1905 term its instructions still forbid.

use super::{Agent, Decision, Reason};
use crate::engine::play::moves::{ArticleSet, Proposal, Response, SideAction, Terms, Turn};
use crate::engine::play::side::Side;
use crate::engine::play::view::{SideView, seen_across_the_table};
use crate::engine::scenario::PublicScenario;

#[derive(Default)]
pub struct Historical {
    /// Every turn of the scripted conference in order: side, turn, script step.
    expected: Vec<(Side, Turn, Option<u16>)>,
    digest: Option<u64>,
    off_script: bool,
}

impl Historical {
    pub fn new() -> Historical {
        Historical::default()
    }

    fn expect(&mut self, scenario: &PublicScenario) {
        if self.digest == Some(scenario.digest) {
            return;
        }
        self.digest = Some(scenario.digest);
        self.expected = scenario
            .history
            .as_ref()
            .map_or_else(Vec::new, |h| h.turn_by_turn(&scenario.sessions));
    }

    /// Whether both sides' latest turns are the ones the script has at those points.
    fn still_on_script(&self, view: &SideView<'_>) -> bool {
        let played = view.turns_played() as usize;
        if played >= self.expected.len() || self.expected[played].0 != view.side() {
            return false;
        }
        Side::BOTH.iter().all(|&side| {
            let latest = self.expected[..played].iter().rev().find(|(s, _, _)| *s == side);
            match (latest, view.last_turn(side)) {
                (None, None) => true,
                (Some((_, expected, _)), Some(actual)) if side == view.side() => *expected == actual,
                (Some((_, expected, _)), Some(actual)) => seen_across_the_table(*expected) == actual,
                _ => false,
            }
        })
    }
}

impl Agent for Historical {
    fn name(&self) -> &'static str {
        "historical"
    }

    fn reset(&mut self, _seed: u64, _side: Side) {
        self.off_script = false;
    }

    fn decide(&mut self, view: &SideView<'_>) -> Decision {
        if let Some(answer) = super::answer_last_look(view) {
            return answer;
        }
        let scenario = view.public();
        if scenario.history.is_none() {
            return Decision::new(Turn::PASS, Reason::None);
        }
        self.expect(scenario);
        if !self.off_script && self.still_on_script(view) {
            let (_, turn, step) = self.expected[view.turns_played() as usize];
            if view.check(&turn).is_ok() {
                return Decision::new(turn, step.map_or(Reason::None, Reason::Scripted));
            }
        }
        self.off_script = true;
        Decision::new(as_in_1905(view), Reason::OffScript)
    }
}

/// Accept what is at least as good as 1905, article by article; propose the 1905 terms.
fn as_in_1905(view: &SideView<'_>) -> Turn {
    let treaty = view.public().history.as_ref().expect("checked by the caller").treaty;
    let no_worse = |terms: &Terms| {
        terms.iter().all(|(a, o)| {
            treaty
                .get(a)
                .is_none_or(|t| view.own_points(a, o) >= view.own_points(a, t))
        })
    };
    let mut turn = Turn::PASS;
    let mut accepted = Terms::EMPTY;
    let answer = |proposal: &Proposal, skip: ArticleSet, accepted: &mut Terms| -> Option<Response> {
        let mut reply = Response::default();
        for package in proposal.packages().filter(|p| p.intersect(skip).is_empty()) {
            let terms = proposal.terms_of(package);
            let trial = accepted.overlaid(&terms);
            if no_worse(&terms) && view.may_agree(&trial) {
                reply.accept = reply.accept.union(package);
                *accepted = trial;
            } else {
                reply.reject = reply.reject.union(package);
            }
        }
        (!reply.answered().is_empty()).then_some(reply)
    };
    let offer = *view.opponent_proposal();
    if !offer.is_empty() {
        turn.reply = answer(&offer, ArticleSet::EMPTY, &mut accepted);
    }
    let mediator = *view.mediator_proposal();
    if !mediator.is_empty() {
        turn.mediator_reply = answer(&mediator, accepted.articles(), &mut accepted);
    }
    let mut terms = Terms::EMPTY;
    for a in view.negotiable().minus(accepted.articles()).iter() {
        if let Some(o) = treaty.get(a)
            && view.forbidden(a) & (1 << o) == 0
        {
            terms.set(a, o);
        }
    }
    if !terms.is_empty() {
        // Separately if the instructions allow each term alone, else all in one package.
        turn.propose = Some(Proposal::separate(terms));
        if view.check(&turn).is_err() {
            turn.propose = Some(Proposal::linked(terms));
        }
    }
    if view.check(&turn).is_err() {
        turn.propose = None;
    }
    if view.check(&turn).is_err() {
        turn = Turn::PASS;
    }
    // As the 1905 delegates did, it asks its capital for leave to sign a 1905 term its
    // instructions still forbid, where a cable can lift them.
    if let Some(r) = cable_for_1905(view, &treaty) {
        let with = Turn {
            action: Some(SideAction::CableHome(r)),
            ..turn
        };
        if view.check(&with).is_ok() {
            turn = with;
        }
    }
    turn
}

/// A red line a cable can lift that forbids the 1905 term on an article still open.
fn cable_for_1905(view: &SideView<'_>, treaty: &Terms) -> Option<u8> {
    if view.cable_pending() {
        return None;
    }
    let open = view.negotiable();
    treaty.iter().filter(|&(a, _)| open.contains(a)).find_map(|(a, o)| {
        let mut term = Terms::EMPTY;
        term.set(a, o);
        view.mandate_violation(&term)
            .filter(|&r| view.red_line(r).is_some_and(|l| l.cable.is_some()))
            .map(|r| r as u8)
    })
}
