//! The computer delegate: the counterpart a student negotiates with.
//!
//! - It infers the other side's priorities from the public record (`beliefs`: a frequency
//!   model over proposals, acceptances, refusals and firmness, on a firm public prior).
//! - It bids on the Pareto frontier between its own valuations and those beliefs.
//! - Its aim falls from the best treaty its instructions allow to its reservation value on
//!   a time curve whose shape is the persona's firmness, hurried by its pressures (Japan's
//!   finances, the Tsar's patience…). Of the treaties worth its aim it bids the one with
//!   the largest believed Nash product — the one the other side likes best while its aim is
//!   high, its believed fair point once the aim falls below that.
//! - It accepts a package when, with the rest settled as it proposes, the treaty reaches its
//!   aim (AC-next) — never beyond its mandate, never below its reservation — unless it can
//!   counter with a trade-off the other side should like as well (Faratin, Sierra and
//!   Jennings 2002) and will have another turn to take the next offer.
//! - On its last proposal the other side can still answer, it meets the other side's latest
//!   offer rather than let the talks fail on its last word.
//! - It uses the other moves as the 1905 delegates did: press statements, cables home when
//!   its instructions block a settlement, the mediator when talks stall, an ultimatum on
//!   what its instructions make non-negotiable, a written compromise.

mod curve;
mod reading;

use super::{Agent, Decision, Reason};
use crate::engine::agents::beliefs::believed_points;
use crate::engine::analysis::space::PointTable;
use crate::engine::analysis::{FrontierPoint, frontier_of, prune};
use crate::engine::play::condition::OptionSet;
use crate::engine::play::mandate;
use crate::engine::play::moves::{ArticleSet, MAX_ARTICLES, Proposal, Response, SideAction, Terms, Turn, Ultimatum};
use crate::engine::play::record::Record;
use crate::engine::play::side::Side;
use crate::engine::play::view::SideView;
use crate::engine::scenario::Difficulty;
use curve::pow_exact;
use reading::{costliest, most_yielded, revealed, their_level};

/// How much better for itself a trade-off must be before it counters an acceptable offer.
const TRADE_OFF_MARGIN: f64 = 0.01;

/// How much worse than the one before an offer may be for the other side still to count
/// as conceding steadily.
const STEADY_SLACK: f64 = 0.02;

/// Sessions without a new agreement before the delegate turns to the mediator.
const STALL_SESSIONS: usize = 2;

pub struct Delegate {
    firmness_scale: f64,
    reads_opponent: bool,
    /// At full strength it bargains and threatens: it stops at its believed fair point,
    /// counters acceptable offers with trade-offs and lays down ultimatums. The easier levels
    /// keep conceding and take what is good enough (an ultimatum risks the talks).
    full_strength: bool,
    /// What the other side's offers have been worth to it, last first: it counters an
    /// acceptable offer only while they have been improving steadily.
    offers_seen: [Option<f64>; 2],
}

/// A treaty the delegate might bid: its own utility and the other side's believed points.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    terms: Terms,
    own: f64,
    theirs: i32,
}

/// Why the delegate did what it did, for `Reason::describe`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DelegateReason {
    pub target: f32,
    /// The best value to it of a package offered this turn.
    pub offered: Option<f32>,
    pub accepted: bool,
    /// A red line that forbade a package it would otherwise have taken.
    pub blocked_by: Option<u8>,
    /// The offered article that cost it most, when it refused on value.
    pub costly: Option<u8>,
    /// The article where its proposal gives most ground to the other side.
    pub yields: Option<u8>,
    /// Its proposal is the persona's written compromise.
    pub compromise: bool,
    pub action: Option<SideAction>,
}

impl Delegate {
    /// At full strength: the persona as the scenario writes it.
    pub fn new() -> Delegate {
        Delegate {
            firmness_scale: 1.0,
            reads_opponent: true,
            full_strength: true,
            offers_seen: [None; 2],
        }
    }

    pub fn at(difficulty: &Difficulty) -> Delegate {
        Delegate {
            firmness_scale: difficulty.firmness,
            reads_opponent: difficulty.reads_opponent,
            full_strength: difficulty.firmness >= 1.0 && difficulty.reads_opponent,
            offers_seen: [None; 2],
        }
    }

    /// Treaties on the frontier between its own points and its beliefs about the other
    /// side, within `masks` and its conditional red lines.
    fn candidates(view: &SideView<'_>, masks: &[OptionSet; MAX_ARTICLES], believed: &PointTable) -> Vec<Candidate> {
        let articles = &view.public().articles;
        let tables = [view.valuation().table(), believed];
        let options = |a: usize| articles[a].options.len() as u8;
        let n = articles.len();
        let conditional = view.active_conditional_red_lines().filter_map(|r| view.red_line(r));
        let variants = mandate::frontier_masks(masks, conditional);
        let mut front: Vec<FrontierPoint> = Vec::new();
        for m in &variants {
            front.extend(frontier_of(tables, options, n, m));
        }
        if variants.len() > 1 {
            front.retain(|p| view.conditional_ok(&p.terms));
            prune(&mut front);
        }
        front
            .into_iter()
            .map(|p| Candidate {
                terms: p.terms,
                own: view.utility(&p.terms),
                theirs: p.points[1],
            })
            .collect()
    }

    /// Of the candidates worth at least `target` to it, the one with the largest product of
    /// both sides' gains as it believes them (its own over its reservation, theirs over what
    /// its best treaty leaves them): while the target is high that is the one it believes
    /// the other side likes best; once the target falls below its believed Nash point it
    /// stays there rather than give away what the other side is not believed to need. The
    /// best for itself if none reaches the target.
    /// (The easier levels, which do not bargain, keep conceding down to their target.)
    fn bid(&self, candidates: &[Candidate], target: f64, reservation: f64) -> Option<Candidate> {
        let best = candidates.iter().max_by(|x, y| x.own.total_cmp(&y.own))?;
        let product = |c: &Candidate| {
            if self.full_strength {
                (c.own - reservation).max(0.0) * f64::from(c.theirs - best.theirs).max(0.0)
            } else {
                f64::from(c.theirs)
            }
        };
        candidates
            .iter()
            .filter(|c| c.own >= target)
            .max_by(|x, y| {
                product(x)
                    .total_cmp(&product(y))
                    .then(x.theirs.cmp(&y.theirs))
                    .then(x.own.total_cmp(&y.own))
            })
            .or(Some(best))
            .copied()
    }

    /// How far along the talks are for this side, hurried or slowed by its pressures.
    fn time(view: &SideView<'_>) -> f64 {
        let (done, total) = view.turn_progress();
        let t = view.relative_time();
        let meters = &view.public().meters;
        let persona = &view.mandate().persona;
        let pressure: f64 = persona
            .pressures
            .iter()
            .filter_map(|&(m, weight)| {
                view.meter(m as usize)
                    .map(|value| weight * (value - meters[m as usize].start) as f64)
            })
            .sum();
        // Pressure brings the end nearer, never past it; the last turn is always the last.
        if done + 1 >= total {
            1.0
        } else {
            (t + pressure).clamp(0.0, 1.0)
        }
    }

    fn believed(&self, view: &SideView<'_>) -> PointTable {
        let other = view.side().other();
        if self.reads_opponent {
            let mut table = believed_points(view.public(), view.record(), other);
            crate::engine::agents::beliefs::refine(&mut table, view.record(), other);
            table
        } else {
            believed_points(view.public(), &Record::default(), other)
        }
    }

    /// Answers a proposal package by package: accept what reaches the target within the
    /// mandate (with the rest as planned), refuse the rest. Updates `accepted`.
    fn answer(
        view: &SideView<'_>,
        proposal: &Proposal,
        skip: ArticleSet,
        plan: &Terms,
        (target, hold_out): (f64, Option<f64>),
        accepted: &mut Terms,
        why: &mut DelegateReason,
    ) -> Option<Response> {
        let reservation = view.reservation();
        let mut reply = Response::default();
        for package in proposal.packages().filter(|p| p.intersect(skip).is_empty()) {
            let terms = proposal.terms_of(package);
            let trial = accepted.overlaid(&terms);
            let value = view.utility(&plan.overlaid(&trial));
            why.offered = Some(why.offered.map_or(value as f32, |o| o.max(value as f32)));
            let can_do_better = hold_out.is_some_and(|h| h > value);
            if value >= target && value >= reservation && !can_do_better {
                match view.mandate_violation(&trial) {
                    None => {
                        reply.accept = reply.accept.union(package);
                        *accepted = trial;
                        why.accepted = true;
                        continue;
                    }
                    Some(r) => why.blocked_by = Some(r as u8),
                }
            } else {
                why.costly = costliest(view, plan, &terms).or(why.costly);
            }
            reply.reject = reply.reject.union(package);
        }
        (!reply.answered().is_empty()).then_some(reply)
    }

    /// One move beside the answers and the proposal, as the persona and the moment suggest.
    fn action(
        &self,
        view: &SideView<'_>,
        why: &DelegateReason,
        masks: &[OptionSet; MAX_ARTICLES],
        believed: &PointTable,
    ) -> Option<SideAction> {
        let scenario = view.public();
        let mandate = view.mandate();
        let persona = &mandate.persona;
        let session = view.session();
        let last_session = scenario.sessions.len() - 1;
        // Cable home when the instructions, not the terms, stand in the way.
        if let Some(r) = why.blocked_by
            && view.red_line(r as usize).is_some_and(|l| l.cable.is_some())
            && !view.cable_pending()
            && session >= persona.cable_from
            && session < last_session
        {
            return Some(SideAction::CableHome(r));
        }
        if self.full_strength
            && let Some(from) = persona.ultimatum_from
            && session >= from
            && view.own_ultimatum().is_none()
        {
            // Only what the instructions make non-negotiable, at the most it may give there
            // (the allowed term it believes the other side likes best).
            let mut bound = ArticleSet::EMPTY;
            for (r, red_line) in mandate.red_line_indices().zip(&mandate.red_lines) {
                if view.red_line_active(r) {
                    bound = bound.union(red_line.articles);
                }
            }
            let mut terms = Terms::EMPTY;
            for a in view.negotiable().intersect(bound).iter() {
                let most = (0..scenario.articles[a].options.len())
                    .filter(|&o| masks[a] & (1 << o) != 0)
                    .max_by_key(|&o| (believed[a][o], std::cmp::Reverse(o)));
                if let Some(o) = most {
                    terms.set(a, o as u8);
                }
            }
            if !terms.is_empty() {
                let action = SideAction::Ultimatum(Ultimatum {
                    terms,
                    by_session: last_session as u8,
                });
                if view
                    .check(&Turn {
                        action: Some(action),
                        ..Turn::PASS
                    })
                    .is_ok()
                {
                    return Some(action);
                }
            }
        }
        if session >= 2
            && session - view.last_agreement_session() >= STALL_SESSIONS
            && view.may_ask_mediator()
            && view.last_mediation().is_none_or(|m| session - m >= STALL_SESSIONS)
            && view.mediator_proposal().is_empty()
            && !view.negotiable().is_empty()
        {
            return Some(SideAction::AskMediator);
        }
        persona
            .press
            .iter()
            .find(|&&(line, from)| session >= from && view.press_left(line as usize) > 0)
            .map(|&(line, _)| SideAction::Press(line))
    }
}

impl Default for Delegate {
    fn default() -> Self {
        Delegate::new()
    }
}

impl Agent for Delegate {
    fn name(&self) -> &'static str {
        "delegate"
    }

    fn reset(&mut self, _seed: u64, _side: Side) {
        self.offers_seen = [None; 2];
    }

    fn decide(&mut self, view: &SideView<'_>) -> Decision {
        let side = view.side();
        let persona = &view.mandate().persona;
        let believed = self.believed(view);
        let masks = view.search_masks();
        let candidates = Self::candidates(view, &masks, &believed);
        let Some(best) = candidates.iter().max_by(|x, y| x.own.total_cmp(&y.own)).copied() else {
            return Decision::new(Turn::PASS, Reason::None);
        };
        let reservation = view.reservation();
        let firmness = persona.firmness * self.firmness_scale;
        let conceded = pow_exact(Self::time(view), firmness);
        let target = best.own - (best.own - reservation).max(0.0) * conceded;
        let mut plan = self.bid(&candidates, target, reservation).unwrap_or(best);
        let offer = *view.opponent_proposal();
        // For counter-offers, only terms the other side has shown it can live with: on each article, nothing it believes worse for the other side than
        // the worst the other side has itself proposed.
        let within = || Self::candidates(view, &revealed(view, &believed, &masks), &believed);
        // Its last proposal that the other side can still answer: if the other side has not
        // come down to what it offers them, meet the other side's own latest offer — or,
        // failing that, give all it may rather than let the talks fail on its last word.
        if view.turns_left(side) == 1 && view.turns_left(side.other()) >= 1 && !offer.is_empty() {
            let level = their_level(&believed, &masks, &plan.terms, &offer);
            if plan.theirs < level {
                let meets = candidates
                    .iter()
                    .filter(|c| c.theirs >= level && c.own >= reservation)
                    .max_by(|x, y| x.own.total_cmp(&y.own).then(x.theirs.cmp(&y.theirs)));
                let most = candidates
                    .iter()
                    .filter(|c| c.own >= reservation)
                    .max_by(|x, y| x.theirs.cmp(&y.theirs).then(x.own.total_cmp(&y.own)));
                if let Some(c) = meets.or(most) {
                    plan = *c;
                }
            }
        }
        let mut why = DelegateReason {
            target: target as f32,
            offered: None,
            accepted: false,
            blocked_by: None,
            costly: None,
            yields: None,
            compromise: false,
            action: None,
        };
        // The trade-off (Faratin, Sierra and Jennings 2002): rather than take an acceptable
        // offer, counter with what it believes the other side likes as well and it likes
        // better — when it will have another turn to take the other side's next offer.
        let mut hold_out = None;
        let offered = (!offer.is_empty()).then(|| view.utility(&plan.terms.overlaid(&offer.terms)));
        if offered != self.offers_seen[0] {
            self.offers_seen = [offered, self.offers_seen[0]];
        }
        let steady = match self.offers_seen {
            [Some(now), Some(before)] => now >= before - STEADY_SLACK,
            _ => false,
        };
        if let Some(offered) = offered
            && self.full_strength
            && steady
            && view.turns_left(side) >= 2
        {
            let level = their_level(&believed, &masks, &plan.terms, &offer);
            let counter = within()
                .into_iter()
                .filter(|c| c.theirs >= level)
                .max_by(|x, y| x.own.total_cmp(&y.own).then(x.theirs.cmp(&y.theirs)));
            if let Some(counter) = counter
                && offered >= target
                && counter.own > offered + TRADE_OFF_MARGIN
            {
                plan = counter;
                hold_out = Some(counter.own);
            }
        }
        let mut turn = Turn::PASS;
        let mut accepted = Terms::EMPTY;
        if !offer.is_empty() {
            turn.reply = Self::answer(
                view,
                &offer,
                ArticleSet::EMPTY,
                &plan.terms,
                (target, hold_out),
                &mut accepted,
                &mut why,
            );
        }
        let mediator = *view.mediator_proposal();
        if !mediator.is_empty() {
            let skip = accepted.articles();
            turn.mediator_reply = Self::answer(
                view,
                &mediator,
                skip,
                &plan.terms,
                (target, None),
                &mut accepted,
                &mut why,
            );
        }

        // What is still open, bid again around what it has just accepted.
        let plan = if accepted.is_empty() {
            plan
        } else {
            let mut fixed = masks;
            for (a, o) in accepted.iter() {
                fixed[a] = 1 << o;
            }
            self.bid(&Self::candidates(view, &fixed, &believed), target, reservation)
                .unwrap_or(plan)
        };
        let open = view.negotiable().minus(accepted.articles());
        if !open.is_empty() {
            let mut terms = Terms::EMPTY;
            for a in open.iter() {
                if let Some(o) = plan.terms.get(a) {
                    terms.set(a, o);
                }
            }
            if !terms.is_empty() {
                turn.propose = Some(Proposal::linked(terms));
                why.yields = most_yielded(&believed, &best.terms, &plan.terms, open);
                why.compromise = persona
                    .compromise
                    .as_ref()
                    .is_some_and(|(from, _)| view.session() == *from);
            }
        }
        if let Some(action) = self.action(view, &why, &masks, &believed) {
            let mut with = turn;
            with.action = Some(action);
            if view.check(&with).is_ok() {
                turn = with;
                why.action = Some(action);
            }
        }
        Decision {
            turn,
            drop_proposal_if_refused: true,
            reason: Reason::Delegate(why),
        }
    }
}
