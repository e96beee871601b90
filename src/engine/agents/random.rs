//! A delegation that does anything the rules allow, at random: a baseline for measurement
//! and the engine's most thorough tester, since it reaches every kind of move.

use super::{Agent, Decision, Reason};
use crate::engine::play::moves::{ArticleSet, Proposal, Response, SideAction, Terms, Turn, Ultimatum};
use crate::engine::play::rng::Rng;
use crate::engine::play::side::Side;
use crate::engine::play::view::SideView;

pub struct RandomAgent {
    rng: Rng,
}

impl RandomAgent {
    pub fn new(rng: Rng) -> RandomAgent {
        RandomAgent { rng }
    }

    fn answer(&mut self, view: &SideView<'_>, proposal: &Proposal, skip: ArticleSet) -> Option<Response> {
        let mut reply = Response::default();
        for package in proposal.packages().filter(|p| p.intersect(skip).is_empty()) {
            match self.rng.below(10) {
                0..=2 if view.may_agree(&proposal.terms_of(package)) => reply.accept = reply.accept.union(package),
                0..=6 => reply.reject = reply.reject.union(package),
                7 => reply.set_aside = reply.set_aside.union(package),
                _ => {}
            }
        }
        (!reply.answered().is_empty()).then_some(reply)
    }

    /// Random terms for a random selection of the open articles, within the outright red lines.
    fn terms(&mut self, view: &SideView<'_>, open: ArticleSet) -> Terms {
        let mut terms = Terms::EMPTY;
        let scenario = view.public();
        for a in open.iter() {
            if self.rng.below(2) == 0 {
                continue;
            }
            let options = scenario.articles[a].options.len() as u32;
            let o = self.rng.below(options) as u8;
            if view.forbidden(a) & (1 << o) == 0 {
                terms.set(a, o);
            }
        }
        terms
    }

    fn action(&mut self, view: &SideView<'_>) -> Option<SideAction> {
        let scenario = view.public();
        match self.rng.below(20) {
            0 | 1 => {
                let mine: Vec<usize> = view
                    .mandate()
                    .press_indices()
                    .filter(|&p| view.press_left(p) > 0)
                    .collect();
                (!mine.is_empty()).then(|| SideAction::Press(mine[self.rng.below(mine.len() as u32) as usize] as u8))
            }
            2 if !view.cable_pending() => {
                let mine: Vec<usize> = view
                    .mandate()
                    .red_line_indices()
                    .filter(|&r| view.red_line_active(r))
                    .collect();
                (!mine.is_empty())
                    .then(|| SideAction::CableHome(mine[self.rng.below(mine.len() as u32) as usize] as u8))
            }
            3 if view.may_ask_mediator() => Some(SideAction::AskMediator),
            4 if view.own_ultimatum().is_none() => {
                let terms = self.terms(view, view.negotiable());
                let sessions = scenario.sessions.len() as u32;
                let from = view.session() as u32;
                let by = from + self.rng.below(sessions - from);
                (!terms.is_empty()).then_some(SideAction::Ultimatum(Ultimatum {
                    terms,
                    by_session: by as u8,
                }))
            }
            _ => None,
        }
    }
}

impl Agent for RandomAgent {
    fn name(&self) -> &'static str {
        "random"
    }

    fn reset(&mut self, seed: u64, side: Side) {
        self.rng = Rng::new(super::agent_seed(seed, side));
    }

    fn decide(&mut self, view: &SideView<'_>) -> Decision {
        if let Some(answer) = super::answer_last_look(view) {
            return answer;
        }
        let mut turn = Turn::PASS;
        let offer = *view.opponent_proposal();
        if !offer.is_empty() {
            turn.reply = self.answer(view, &offer, ArticleSet::EMPTY);
        }
        let settled = turn.reply.map_or(ArticleSet::EMPTY, |r| r.accept);
        let mediator = *view.mediator_proposal();
        if !mediator.is_empty() && self.rng.below(2) == 0 {
            turn.mediator_reply = self.answer(view, &mediator, settled);
        }
        if self.rng.below(10) < 7 {
            let terms = self.terms(view, view.negotiable().minus(settled));
            if !terms.is_empty() {
                // Sometimes everything in one package, sometimes each term on its own.
                turn.propose = Some(if self.rng.below(2) == 0 {
                    Proposal::linked(terms)
                } else {
                    Proposal::separate(terms)
                });
            }
        }
        turn.action = self.action(view);
        turn.break_off = self.rng.below(200) == 0;
        // Drop whatever the rules refuse, part by part.
        for strip in 0..5 {
            if view.check(&turn).is_ok() {
                break;
            }
            match strip {
                0 => turn.action = None,
                1 => turn.propose = None,
                2 => turn.mediator_reply = None,
                3 => turn.reply = None,
                _ => turn = Turn::PASS,
            }
        }
        Decision::new(turn, Reason::Random)
    }
}
