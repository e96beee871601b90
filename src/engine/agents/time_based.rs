//! Time-dependent delegations (Faratin, Sierra and Jennings 1998): the aspiration falls
//! from the best treaty the instructions allow to the reservation value as the sessions
//! run out. Boulware holds firm until late, Conceder gives way early, Linear in between,
//! Hardheaded not at all until its last turn; Tit-for-tat mirrors the other side's concessions.
//! Offers are whole treaties at the bottom of the aspiration band; an offer is accepted if,
//! with the rest settled as planned, it reaches the aspiration.

use super::recall::{Inputs, Recall};
use super::{Agent, Decision, Reason};
use crate::engine::analysis::space::Sorted;
use crate::engine::play::condition::OptionSet;
use crate::engine::play::moves::{ArticleSet, MAX_ARTICLES, Proposal, Response, Terms, Turn};
use crate::engine::play::view::SideView;
use std::borrow::Cow;
use std::sync::Arc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Curve {
    /// Concedes as t⁴: holds firm until the end.
    Boulware,
    Linear,
    /// Concedes as t^¼: gives way early.
    Conceder,
    /// Concedes nothing until its last turn, then everything down to its reservation value.
    Hardheaded,
    /// Concedes as much, on its own scale, as the other side's offers have conceded to it
    /// since the first (relative tit-for-tat); gives way to its reservation on its last turn.
    TitForTat,
}

pub struct TimeBased {
    curve: Curve,
    /// What holds while the instructions and the agreed terms stay the same.
    standing: Option<Standing>,
    /// The last search's target and the treaty it found.
    last: Option<(i32, Terms)>,
    /// Tit-for-tat: what the other side's first offer was worth to it.
    first_offer: Option<f64>,
    /// Decisions already made, kept across games (tit-for-tat, which remembers the first
    /// offer, does not use it).
    recall: Recall,
}

/// Derived from the search masks and the own red lines alone.
struct Standing {
    masks: [OptionSet; MAX_ARTICLES],
    red_lines: u64,
    best: Option<Terms>,
    table: Option<Arc<Sorted>>,
}

impl TimeBased {
    pub fn boulware() -> TimeBased {
        TimeBased::with(Curve::Boulware)
    }

    pub fn linear() -> TimeBased {
        TimeBased::with(Curve::Linear)
    }

    pub fn conceder() -> TimeBased {
        TimeBased::with(Curve::Conceder)
    }

    pub fn hardheaded() -> TimeBased {
        TimeBased::with(Curve::Hardheaded)
    }

    pub fn tit_for_tat() -> TimeBased {
        TimeBased::with(Curve::TitForTat)
    }

    fn with(curve: Curve) -> TimeBased {
        TimeBased {
            curve,
            standing: None,
            last: None,
            first_offer: None,
            recall: Recall::default(),
        }
    }

    /// How much of the way from the best treaty to the reservation value is conceded at
    /// relative time `t` in [0, 1]. Exact arithmetic (products and square roots), so the
    /// result is the same on every machine.
    fn conceded(&self, t: f64) -> f64 {
        match self.curve {
            Curve::Boulware => (t * t) * (t * t),
            Curve::Linear => t,
            Curve::Conceder => t.sqrt().sqrt(),
            Curve::Hardheaded | Curve::TitForTat => {
                if t >= 1.0 {
                    1.0
                } else {
                    0.0
                }
            }
        }
    }
}

impl Agent for TimeBased {
    fn name(&self) -> &'static str {
        match self.curve {
            Curve::Boulware => "boulware",
            Curve::Linear => "linear",
            Curve::Conceder => "conceder",
            Curve::Hardheaded => "hardheaded",
            Curve::TitForTat => "tit-for-tat",
        }
    }

    fn reset(&mut self, _seed: u64, _side: crate::engine::play::side::Side) {
        // Kept across games: they depend only on the instructions met, not on the game.
        self.last = None;
        self.first_offer = None;
    }

    fn decide(&mut self, view: &SideView<'_>) -> Decision {
        self.decide_kept(view).into_owned()
    }

    fn decide_kept(&mut self, view: &SideView<'_>) -> Cow<'_, Decision> {
        if let Some(answer) = super::answer_last_look(view) {
            return Cow::Owned(answer);
        }
        if self.curve == Curve::TitForTat {
            return Cow::Owned(self.think(view));
        }
        let turn = view.turns_played() as usize;
        if self.recall.has(turn, view) {
            return Cow::Borrowed(self.recall.kept(turn));
        }
        let decision = self.think(view);
        self.recall.keep(turn, Inputs::of(view), decision);
        Cow::Owned(decision)
    }
}

impl TimeBased {
    /// The decision worked out from the view. `standing` and `last` only save work: what
    /// they hold is a function of the masks, red lines and target they were found for.
    fn think(&mut self, view: &SideView<'_>) -> Decision {
        let masks = view.search_masks();
        let red_lines = view.own_red_lines();
        let conditional = view.has_conditional_red_lines();
        let keep = |t: &Terms| !conditional || view.conditional_ok(t);
        if self
            .standing
            .as_ref()
            .is_none_or(|s| s.masks != masks || s.red_lines != red_lines)
        {
            let table = view.restricted_table(&masks);
            // The best allowed treaty: each article's favourite, unless that breaks a
            // conditional red line, in which case the search finds the best that does not.
            let best = match view.best_allowed(&masks) {
                Some(t) if keep(&t) => Some(t),
                Some(_) => match &table {
                    Some(table) => view.search_table(table, i32::MAX, keep),
                    None => view.at_or_above_where(i32::MAX, &masks, keep),
                },
                None => None,
            };
            self.standing = Some(Standing {
                masks,
                red_lines,
                best,
                table,
            });
            self.last = None;
        }
        let standing = self.standing.as_ref().expect("set above");
        let Some(best) = standing.best else {
            return Decision::new(Turn::PASS, Reason::None);
        };
        let t = view.relative_time();
        let best_utility = view.utility(&best);
        let reservation = view.reservation();
        let mut target = best_utility - (best_utility - reservation).max(0.0) * self.conceded(t);
        if self.curve == Curve::TitForTat && t < 1.0 {
            let offer = view.opponent_proposal();
            if !offer.is_empty() {
                let worth = view.utility(&best.overlaid(&offer.terms));
                let first = *self.first_offer.get_or_insert(worth);
                target = (best_utility - (worth - first).max(0.0)).max(reservation);
            }
        }
        let target_points = view.points_of_utility(target).ceil() as i32;
        let plan = match self.last {
            Some((points, plan)) if points == target_points => plan,
            _ => {
                let found = match &standing.table {
                    Some(table) => view.search_table(table, target_points, keep),
                    None => view.at_or_above_where(target_points, &masks, keep),
                };
                let plan = found.unwrap_or(best);
                self.last = Some((target_points, plan));
                plan
            }
        };

        let mut turn = Turn::PASS;
        let mut settled = ArticleSet::EMPTY;
        let mut offered: Option<f64> = None;
        let mut accepted_terms = Terms::EMPTY;

        // Value each package as if everything else went as planned.
        let value = |package: &Terms| view.utility(&plan.overlaid(package));

        let offer = view.opponent_proposal();
        if !offer.is_empty() {
            let mut accept = ArticleSet::EMPTY;
            for package in offer.packages() {
                let terms = offer.terms_of(package);
                // Judged together with the packages already taken this turn: each may meet
                // the aim alone while together they fall short of it.
                let trial = accepted_terms.overlaid(&terms);
                let u = value(&trial);
                offered = Some(offered.map_or(u, |o: f64| o.max(u)));
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
                let trial = accepted_terms.overlaid(&terms);
                if value(&trial) >= target && view.may_agree(&trial) {
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

        // Should the plan clash with terms just accepted, the answers alone still stand.
        Decision {
            turn,
            drop_proposal_if_refused: true,
            reason: Reason::Aspiration {
                target: target as f32,
                offered: offered.map(|u| u as f32),
                accepted: !accepted_terms.is_empty(),
            },
        }
    }
}
