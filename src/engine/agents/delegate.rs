//! The computer delegate: the counterpart a student negotiates with.
//!
//! - It infers the other side's priorities from the public record (`beliefs`: a frequency
//!   model over proposals, acceptances, refusals and firmness).
//! - It bids on the Pareto frontier between its own valuations and those beliefs: of the
//!   treaties worth its current aspiration, the one it believes the other side likes best.
//! - Its aspiration falls from the best treaty its instructions allow to its reservation
//!   value on a time curve whose shape is the persona's firmness, hurried by its pressures
//!   (Japan's finances, the Tsar's patience…).
//! - It accepts a package when, with the rest settled as it proposes, the treaty reaches its
//!   aspiration (AC-next; at the deadline the aspiration is the reservation value, so it
//!   takes the best it can still expect) — never beyond its mandate, never below its
//!   reservation.
//! - It uses the other moves as the 1905 delegates did: press statements, cables home when
//!   its instructions block a settlement, the mediator when talks stall, an ultimatum on
//!   what its instructions make non-negotiable, a written compromise.

use super::{Agent, Decision, Reason};
use crate::engine::analysis::{FrontierPoint, frontier_of, prune};
use crate::engine::beliefs::believed_points;
use crate::engine::condition::{Cond, OptionSet};
use crate::engine::moves::{ArticleSet, MAX_ARTICLES, Proposal, Response, SideAction, Terms, Turn, Ultimatum};
use crate::engine::record::Record;
use crate::engine::scenario::{Difficulty, Scenario};
use crate::engine::side::Side;
use crate::engine::space::PointTable;
use crate::engine::view::SideView;

/// Sessions without a new agreement before the delegate turns to the mediator.
const STALL_SESSIONS: usize = 2;

pub struct Delegate {
    firmness_scale: f64,
    reads_opponent: bool,
    /// Whether it uses ultimatums (only at full strength: an ultimatum risks the talks).
    threatens: bool,
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
            threatens: true,
        }
    }

    pub fn at(difficulty: &Difficulty) -> Delegate {
        Delegate {
            firmness_scale: difficulty.firmness,
            reads_opponent: difficulty.reads_opponent,
            threatens: difficulty.firmness >= 1.0 && difficulty.reads_opponent,
        }
    }

    /// Treaties on the frontier between its own points and its beliefs about the other
    /// side, within `masks` and its conditional red lines.
    fn candidates(view: &SideView<'_>, masks: &[OptionSet; MAX_ARTICLES], believed: &PointTable) -> Vec<Candidate> {
        let scenario = view.scenario();
        let space = &scenario.space;
        let tables = [space.table(view.side()), believed];
        let options = |a| space.options(a);
        let n = space.articles();
        let mut front: Vec<FrontierPoint>;
        if !view.has_conditional_red_lines() {
            front = frontier_of(tables, options, n, masks);
        } else {
            // Additive utilities make the frontier a sum of articles, but a conditional red
            // line couples two articles: search without the conditionally forbidden options,
            // and with each exception's terms imposed, and merge.
            let mut strict = *masks;
            let mut excepted = Vec::new();
            for r in view.active_conditional_red_lines() {
                let red_line = &scenario.red_lines[r];
                for a in red_line.articles.iter() {
                    strict[a] &= !red_line.forbids[a];
                }
                if let Some(Cond::Term(a, set)) = &red_line.unless {
                    let mut m = *masks;
                    m[*a as usize] &= set;
                    excepted.push(m);
                }
            }
            front = frontier_of(tables, options, n, &strict);
            for m in &excepted {
                front.extend(frontier_of(tables, options, n, m));
            }
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

    /// Of the candidates worth at least `target` to it, the one it believes the other side
    /// likes best; the best for itself if none reaches the target.
    fn bid(candidates: &[Candidate], target: f64) -> Option<Candidate> {
        candidates
            .iter()
            .filter(|c| c.own >= target)
            .max_by(|x, y| x.theirs.cmp(&y.theirs).then(x.own.total_cmp(&y.own)))
            .or_else(|| candidates.iter().max_by(|x, y| x.own.total_cmp(&y.own)))
            .copied()
    }

    /// How far along the talks are for this side, hurried or slowed by its pressures.
    fn time(view: &SideView<'_>) -> f64 {
        let (done, total) = view.turn_progress();
        let t = if total <= 1 {
            1.0
        } else {
            (done as f64 / (total - 1) as f64).min(1.0)
        };
        let scenario = view.scenario();
        let persona = &scenario.party(view.side()).persona;
        let pressure: f64 = persona
            .pressures
            .iter()
            .filter_map(|&(m, weight)| {
                view.meter(m as usize)
                    .map(|value| weight * (value - scenario.meters[m as usize].start) as f64)
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
            believed_points(view.scenario(), view.record(), other)
        } else {
            believed_points(view.scenario(), &Record::default(), other)
        }
    }

    /// Answers a proposal package by package: accept what reaches the target within the
    /// mandate (with the rest as planned), refuse the rest. Updates `accepted`.
    fn answer(
        view: &SideView<'_>,
        proposal: &Proposal,
        skip: ArticleSet,
        plan: &Terms,
        target: f64,
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
            if value >= target && value >= reservation {
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
    fn action(&self, view: &SideView<'_>, why: &DelegateReason, floor_bid: Option<&Candidate>) -> Option<SideAction> {
        let scenario = view.scenario();
        let side = view.side();
        let persona = &scenario.party(side).persona;
        let session = view.session();
        let last_session = scenario.sessions.len() - 1;
        // Cable home when the instructions, not the terms, stand in the way.
        if let Some(r) = why.blocked_by
            && scenario.red_lines[r as usize].cable.is_some()
            && !view.cable_pending()
            && session >= persona.cable_from
            && session < last_session
        {
            return Some(SideAction::CableHome(r));
        }
        if self.threatens
            && let (Some(from), Some(floor)) = (persona.ultimatum_from, floor_bid)
            && session >= from
            && view.own_ultimatum().is_none()
        {
            // Only what the instructions make non-negotiable, at the most it can give.
            let mut bound = ArticleSet::EMPTY;
            for r in (0..scenario.red_lines.len()).filter(|&r| scenario.red_lines[r].side == side) {
                if view.red_line_active(r) {
                    bound = bound.union(scenario.red_lines[r].articles);
                }
            }
            let mut terms = Terms::EMPTY;
            for a in view.negotiable().intersect(bound).iter() {
                if let Some(o) = floor.terms.get(a) {
                    terms.set(a, o);
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

/// The offered article whose term costs it most against its plan.
fn costliest(view: &SideView<'_>, plan: &Terms, offered: &Terms) -> Option<u8> {
    offered
        .iter()
        .filter_map(|(a, o)| {
            let planned = plan.get(a)?;
            let loss = view.own_points(a, planned) - view.own_points(a, o);
            (loss > 0).then_some((loss, a))
        })
        .max_by_key(|&(loss, a)| (loss, std::cmp::Reverse(a)))
        .map(|(_, a)| a as u8)
}

/// The article where `bid` gives the other side most (by belief) against its own best.
fn most_yielded(believed: &PointTable, best: &Terms, bid: &Terms, open: ArticleSet) -> Option<u8> {
    open.iter()
        .filter_map(|a| {
            let gain = believed[a][bid.get(a)? as usize] - believed[a][best.get(a)? as usize];
            (gain > 0).then_some((gain, a))
        })
        .max_by_key(|&(gain, a)| (gain, std::cmp::Reverse(a)))
        .map(|(_, a)| a as u8)
}

/// `t^e` from products and square roots only, so the result is the same on every machine
/// (`powf` may differ in the last bit between C libraries).
fn pow_exact(t: f64, e: f64) -> f64 {
    let whole = e.floor();
    let mut result = 1.0;
    for _ in 0..whole as u32 {
        result *= t;
    }
    let mut fraction = e - whole;
    let mut root = t;
    for _ in 0..20 {
        root = root.sqrt();
        fraction *= 2.0;
        if fraction >= 1.0 {
            result *= root;
            fraction -= 1.0;
        }
    }
    result
}

impl Agent for Delegate {
    fn name(&self) -> &'static str {
        "delegate"
    }

    fn reset(&mut self, _seed: u64, _side: Side) {}

    fn decide(&mut self, view: &SideView<'_>) -> Decision {
        let scenario: &Scenario = view.scenario();
        let side = view.side();
        let persona = &scenario.party(side).persona;
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
        let plan = Self::bid(&candidates, target).unwrap_or(best);
        let floor_bid = Self::bid(&candidates, reservation);

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
        let mut turn = Turn::PASS;
        let mut accepted = Terms::EMPTY;
        let offer = *view.opponent_proposal();
        if !offer.is_empty() {
            turn.reply = Self::answer(
                view,
                &offer,
                ArticleSet::EMPTY,
                &plan.terms,
                target,
                &mut accepted,
                &mut why,
            );
        }
        let mediator = *view.mediator_proposal();
        if !mediator.is_empty() {
            let skip = accepted.articles();
            turn.mediator_reply = Self::answer(view, &mediator, skip, &plan.terms, target, &mut accepted, &mut why);
        }

        // What is still open, bid again around what it has just accepted.
        let plan = if accepted.is_empty() {
            plan
        } else {
            let mut fixed = masks;
            for (a, o) in accepted.iter() {
                fixed[a] = 1 << o;
            }
            Self::bid(&Self::candidates(view, &fixed, &believed), target).unwrap_or(plan)
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
        if let Some(action) = self.action(view, &why, floor_bid.as_ref()) {
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

#[cfg(test)]
mod tests {
    use super::pow_exact;

    #[test]
    fn exact_powers_match_the_library_closely() {
        for &t in &[0.0, 0.1, 0.5, 0.9, 1.0] {
            for &e in &[0.25, 0.5, 1.0, 1.5, 3.0, 4.2] {
                let ours = pow_exact(t, e);
                let library = f64::powf(t, e);
                assert!((ours - library).abs() < 1e-5, "{t}^{e}: {ours} against {library}");
            }
        }
    }
}
