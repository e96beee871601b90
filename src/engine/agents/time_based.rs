//! Time-dependent delegations (Faratin, Sierra and Jennings 1998): the aspiration falls
//! from the best treaty the instructions allow to the reservation value as the sessions
//! run out. Boulware holds firm until late, Conceder gives way early, Linear in between.
//! Offers are whole treaties at the bottom of the aspiration band; an offer is accepted if,
//! with the rest settled as planned, it reaches the aspiration.

use super::{Agent, Decision, Reason};
use crate::engine::moves::{ArticleSet, Proposal, Response, Terms, Turn};
use crate::engine::view::SideView;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Curve {
    /// Concedes as t⁴: holds firm until the end.
    Boulware,
    Linear,
    /// Concedes as t^¼: gives way early.
    Conceder,
}

pub struct TimeBased {
    curve: Curve,
}

impl TimeBased {
    pub fn boulware() -> TimeBased {
        TimeBased { curve: Curve::Boulware }
    }

    pub fn linear() -> TimeBased {
        TimeBased { curve: Curve::Linear }
    }

    pub fn conceder() -> TimeBased {
        TimeBased { curve: Curve::Conceder }
    }

    /// How much of the way from the best treaty to the reservation value is conceded at
    /// relative time `t` in [0, 1]. Exact arithmetic (products and square roots), so the
    /// result is the same on every machine.
    fn conceded(&self, t: f64) -> f64 {
        match self.curve {
            Curve::Boulware => (t * t) * (t * t),
            Curve::Linear => t,
            Curve::Conceder => t.sqrt().sqrt(),
        }
    }
}

impl Agent for TimeBased {
    fn name(&self) -> &'static str {
        match self.curve {
            Curve::Boulware => "boulware",
            Curve::Linear => "linear",
            Curve::Conceder => "conceder",
        }
    }

    fn decide(&mut self, view: &SideView<'_>) -> Decision {
        let side = view.side();
        let space = &view.scenario().space;
        let masks = view.search_masks();
        let conditional = view.has_conditional_red_lines();
        let search = |target: i32| {
            if conditional {
                space.at_or_above_where(side, target, &masks, |t| view.conditional_ok(t))
            } else {
                space.at_or_above(side, target, &masks)
            }
        };
        let Some(best) = search(i32::MAX) else {
            return Decision {
                turn: Turn::PASS,
                reason: Reason::None,
            };
        };
        let (done, total) = view.turn_progress();
        let t = if total <= 1 { 1.0 } else { (done as f64 / (total - 1) as f64).min(1.0) };
        let best_utility = view.utility(&best);
        let reservation = view.reservation();
        let target = best_utility - (best_utility - reservation).max(0.0) * self.conceded(t);
        let plan = search(view.points_of_utility(target).ceil() as i32).unwrap_or(best);

        let mut turn = Turn::PASS;
        let mut settled = ArticleSet::EMPTY;
        let mut offered: Option<f64> = None;
        let mut accepted_terms = Terms::EMPTY;

        // Value each package as if everything else went as planned.
        let value = |package: &Terms| {
            let mut completed = plan;
            for (a, o) in package.iter() {
                completed.set(a, o);
            }
            view.utility(&completed)
        };

        let offer = view.opponent_proposal();
        if !offer.is_empty() {
            let mut accept = ArticleSet::EMPTY;
            for package in offer.packages() {
                let terms = offer.terms_of(package);
                let u = value(&terms);
                offered = Some(offered.map_or(u, |o: f64| o.max(u)));
                let mut trial = accepted_terms;
                for (a, o) in terms.iter() {
                    trial.set(a, o);
                }
                if u >= target && view.may_agree(&trial) {
                    accept = accept.union(package);
                    accepted_terms = trial;
                }
            }
            turn.reply = Some(Response {
                accept,
                reject: offer.terms.articles().minus(accept),
                set_aside: ArticleSet::EMPTY,
            });
            settled = accept;
        }

        let mediator = view.mediator_proposal();
        if !mediator.is_empty() {
            let mut accept = ArticleSet::EMPTY;
            let mut reject = ArticleSet::EMPTY;
            for package in mediator.packages().filter(|p| p.intersect(settled).is_empty()) {
                let terms = mediator.terms_of(package);
                let mut trial = accepted_terms;
                for (a, o) in terms.iter() {
                    trial.set(a, o);
                }
                if value(&terms) >= target && view.may_agree(&trial) {
                    accept = accept.union(package);
                    accepted_terms = trial;
                } else {
                    reject = reject.union(package);
                }
            }
            if !accept.union(reject).is_empty() {
                turn.mediator_reply = Some(Response {
                    accept,
                    reject,
                    set_aside: ArticleSet::EMPTY,
                });
            }
        }

        let open = view.negotiable().minus(accepted_terms.articles());
        if !open.is_empty() {
            let mut terms = Terms::EMPTY;
            for a in open.iter() {
                if let Some(o) = plan.get(a) {
                    terms.set(a, o);
                }
            }
            turn.propose = Some(Proposal::linked(terms));
        }

        // Anything the rules refuse (a plan that clashes with terms just accepted) is
        // dropped rather than played.
        if view.check(&turn).is_err() {
            turn.propose = None;
        }
        if view.check(&turn).is_err() {
            turn = Turn::PASS;
        }
        Decision {
            turn,
            reason: Reason::Aspiration {
                target: target as f32,
                offered: offered.map(|u| u as f32),
                accepted: !accepted_terms.is_empty(),
            },
        }
    }
}
