//! The reckoning of a finished game: which ending it reached, how it fares at home, what
//! each side gained over breaking off, how close it came to the best possible bargains,
//! and how it compares, clause by clause, with the treaty signed on 5 September 1905.

use crate::engine::analysis::{FrontierPoint, distance, frontier_distance, is_pareto_optimal, nash, utilities};
use crate::engine::play::condition::Facts;
use crate::engine::play::game::Game;
use crate::engine::play::moves::Terms;
use crate::engine::play::side::Side;
use crate::engine::play::state::{Ending, State, Status};
use crate::engine::recent::Recent;
use crate::engine::scenario::{Scenario, classify, file::Ratification};
use std::cell::RefCell;
use std::sync::Arc;

#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub ending: Ending,
    /// How many sessions were held (1-based count).
    pub sessions: usize,
    pub treaty: Option<Terms>,
    /// Index into the scenario's outcomes.
    pub outcome: Option<usize>,
    /// Per side: the aftermath entry that applies (index into the outcome's list).
    pub aftermath: [Option<usize>; 2],
    /// A treaty exists and neither side refused to ratify it.
    pub ratified: bool,
    /// Each side's utility of the result (its reservation value if there is no treaty in force).
    pub utility: [f64; 2],
    pub reservation: [f64; 2],
    /// Gain over breaking off, as a share of the most that was possible: (u - r) / (1 - r).
    pub advantage: [f64; 2],
    pub pareto_optimal: bool,
    /// No treaty the final instructions of both sides allow is better for both.
    pub pareto_within_mandates: bool,
    /// When the last move was made, some treaty both sides' instructions then allowed was
    /// worth at least breaking off to each: a zone of agreement was left, whatever the talks
    /// had agreed. (Not at the end: where the dispatch that recalls a delegation also lifts a
    /// red line, the zone it opens came too late to agree in.)
    pub zone_at_last_move: bool,
    /// The treaty in force matches the 1905 settlement in broad terms (the scenario's
    /// `history.settlement`, or the exact 1905 treaty).
    pub settlement_1905: bool,
    pub pareto_distance: f64,
    /// The Nash bargaining treaty for the reservation values at the end, and its utilities.
    pub nash: Option<(Terms, [f64; 2])>,
    pub nash_distance: Option<f64>,
    /// Distance in utility space from the treaty signed in 1905.
    pub history_distance: Option<f64>,
}

/// One article of this game's treaty beside the 1905 one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clause {
    pub article: usize,
    pub ours: Option<u8>,
    pub signed: Option<u8>,
    pub favours: Favours,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Favours {
    Same,
    Japan,
    Russia,
    Both,
    Neither,
}

impl Report {
    pub fn of(game: &Game) -> Option<Report> {
        let ending = game.state().ending?;
        let scenario = game.scenario();
        let treaty = game.treaty();
        let broken_off_by = match ending {
            Ending::BrokenOff { by, .. } => Some(by),
            _ => None,
        };
        let outcome = classify(scenario, treaty, broken_off_by);
        let reservation = [game.reservation(Side::Japan), game.reservation(Side::Russia)];
        let treaty_utility = treaty.map(|t| {
            [
                scenario.space.utility(Side::Japan, &t),
                scenario.space.utility(Side::Russia, &t),
            ]
        });
        let mut facts = Final {
            state: game.state(),
            treaty,
            broken_off_by,
            utility: treaty_utility.unwrap_or(reservation),
        };
        let aftermath = aftermath_of(scenario, outcome, &facts);
        let refused = Side::BOTH.iter().any(|&side| {
            let chosen = aftermath[side.index()].zip(outcome);
            chosen.is_some_and(|(a, o)| scenario.outcomes[o].aftermath[a].result == Some(Ratification::Refused))
        });
        let ratified = treaty.is_some() && !refused;
        if !ratified {
            facts.utility = reservation;
        }
        let utility = facts.utility;
        let advantage = [0, 1].map(|s| {
            if reservation[s] >= 1.0 {
                0.0
            } else {
                (utility[s] - reservation[s]) / (1.0 - reservation[s])
            }
        });
        let front = scenario.frontier();
        let points = treaty.map(|t| {
            [
                scenario.space.total(Side::Japan, &t),
                scenario.space.total(Side::Russia, &t),
            ]
        });
        let nash_point = nash_for(scenario, front, reservation);
        let at_last_move = game.circumstances_at_last_move();
        let zone = Zone {
            red_lines: at_last_move.red_lines,
            reservation: Side::BOTH.map(|side| game.reservation_in(side, &at_last_move)),
        };
        let standing = frontier_standing(scenario, game.state().red_lines, points, utility, reservation, zone);
        let history = scenario.history.as_ref().map(|h| h.treaty);
        Some(Report {
            ending,
            sessions: game.state().session + 1,
            treaty,
            outcome,
            aftermath,
            ratified,
            utility,
            reservation,
            advantage,
            pareto_optimal: ratified && standing.pareto_optimal,
            pareto_within_mandates: ratified && standing.pareto_within_mandates,
            zone_at_last_move: standing.zone_at_last_move,
            settlement_1905: ratified
                && match (&scenario.history, treaty) {
                    (Some(h), Some(t)) => match &h.settlement {
                        Some(c) => c.holds(&TreatyTerms(&t)),
                        None => t == h.treaty,
                    },
                    _ => false,
                },
            pareto_distance: standing.pareto_distance,
            nash_distance: nash_point.map(|(_, u)| distance(u, utility)),
            nash: nash_point,
            history_distance: history.map(|h| {
                distance(
                    utility,
                    [
                        scenario.space.utility(Side::Japan, &h),
                        scenario.space.utility(Side::Russia, &h),
                    ],
                )
            }),
        })
    }

    /// The treaty in force (if any) beside the one signed in 1905, article by article.
    pub fn clauses(&self, scenario: &Scenario) -> Vec<Clause> {
        let treaty = self.treaty.filter(|_| self.ratified);
        let signed = scenario.history.as_ref().map(|h| h.treaty);
        clauses(scenario, treaty, signed)
    }
}

/// Two treaties side by side, article by article: `ours` from the first, `signed` from the
/// second, and whom the first favours where they differ.
pub fn clauses(scenario: &Scenario, treaty: Option<Terms>, signed: Option<Terms>) -> Vec<Clause> {
    (0..scenario.articles.len())
        .map(|a| {
            let ours = treaty.and_then(|t| t.get(a));
            let signed = signed.and_then(|t| t.get(a));
            let favours = match (ours, signed) {
                (Some(x), Some(y)) if x == y => Favours::Same,
                (Some(x), Some(y)) => {
                    let gain = |side| scenario.space.points(side, a, x) - scenario.space.points(side, a, y);
                    match (gain(Side::Japan) > 0, gain(Side::Russia) > 0) {
                        (true, true) => Favours::Both,
                        (true, false) => Favours::Japan,
                        (false, true) => Favours::Russia,
                        (false, false) => Favours::Neither,
                    }
                }
                _ => Favours::Neither,
            };
            Clause {
                article: a,
                ours,
                signed,
                favours,
            }
        })
        .collect()
}

/// How many Nash points a thread remembers.
const NASH_KEPT: usize = 8;

/// The Nash bargaining treaty for these reservation values and its utilities. The
/// reservation values at the end of the talks take few values in a scenario, so a bulk run
/// remembers the last few answers rather than searching the whole frontier every game.
fn nash_for(scenario: &Arc<Scenario>, front: &[FrontierPoint], reservation: [f64; 2]) -> Option<(Terms, [f64; 2])> {
    type Kept = Recent<[u64; 2], Option<(Terms, [f64; 2])>, NASH_KEPT>;
    thread_local! {
        static KEPT: RefCell<Kept> = const { RefCell::new(Recent::new()) };
    }
    let key = reservation.map(f64::to_bits);
    if let Some(known) = KEPT.with(|kept| kept.borrow().get(scenario, &key)) {
        return known;
    }
    let found = nash(&scenario.space, front, reservation).map(|p| (p.terms, utilities(&scenario.space, p.points)));
    KEPT.with(|kept| kept.borrow_mut().put(scenario, key, found));
    found
}

/// Where a game's result stands against the frontiers: `Report::of`'s frontier scans.
#[derive(Clone, Copy)]
struct FrontierStanding {
    /// Whether the treaty's points, if any, are Pareto-optimal (ratified or not).
    pareto_optimal: bool,
    /// The same within the final instructions of both sides.
    pareto_within_mandates: bool,
    zone_at_last_move: bool,
    pareto_distance: f64,
}

/// The red lines and walk-away values a zone of agreement is looked for within.
#[derive(Clone, Copy)]
struct Zone {
    red_lines: u64,
    reservation: [f64; 2],
}

/// How many frontier standings a thread remembers.
const STANDINGS_KEPT: usize = 8;

/// The frontier standing of a result: a function of the red lines in force, the treaty's
/// points, the utilities and the reservation values. Bulk runs end in few distinct results,
/// so a thread remembers the last few rather than scanning both frontiers every game.
fn frontier_standing(
    scenario: &Arc<Scenario>,
    red_lines: u64,
    points: Option<[i32; 2]>,
    utility: [f64; 2],
    reservation: [f64; 2],
    zone: Zone,
) -> FrontierStanding {
    type Key = (u64, Option<[i32; 2]>, [u64; 2], [u64; 2], u64, [u64; 2]);
    type Kept = Recent<Key, FrontierStanding, STANDINGS_KEPT>;
    thread_local! {
        static KEPT: RefCell<Kept> = const { RefCell::new(Recent::new()) };
    }
    let key = (
        red_lines,
        points,
        utility.map(f64::to_bits),
        reservation.map(f64::to_bits),
        zone.red_lines,
        zone.reservation.map(f64::to_bits),
    );
    if let Some(known) = KEPT.with(|kept| kept.borrow().get(scenario, &key)) {
        return known;
    }
    let front = scenario.frontier();
    let feasible = scenario.feasible_frontier(red_lines);
    let found = FrontierStanding {
        pareto_optimal: points.is_some_and(|p| is_pareto_optimal(front, p)),
        pareto_within_mandates: points.is_some_and(|p| is_pareto_optimal(&feasible, p)),
        zone_at_last_move: scenario.feasible_frontier(zone.red_lines).iter().any(|p| {
            let u = utilities(&scenario.space, p.points);
            u[0] >= zone.reservation[0] && u[1] >= zone.reservation[1]
        }),
        pareto_distance: frontier_distance(&scenario.space, front, utility),
    };
    KEPT.with(|kept| kept.borrow_mut().put(scenario, key, found));
    found
}

/// Which aftermath of `outcome` befalls each side, as the facts at the end decide.
fn aftermath_of(scenario: &Scenario, outcome: Option<usize>, facts: &Final<'_>) -> [Option<usize>; 2] {
    Side::BOTH.map(|side| {
        outcome.and_then(|o| {
            scenario.outcomes[o]
                .aftermath
                .iter()
                .position(|a| a.side == side && a.when.holds(facts))
        })
    })
}

/// The outcome a complete `treaty` signed now would be classed as, and the aftermath each
/// side would meet: what the mediator's last look keeps unchanged.
pub(crate) fn settlement_of(scenario: &Scenario, state: &State, treaty: Terms) -> (Option<usize>, [Option<usize>; 2]) {
    let outcome = classify(scenario, Some(treaty), None);
    let facts = Final {
        state,
        treaty: Some(treaty),
        broken_off_by: None,
        utility: Side::BOTH.map(|side| scenario.space.utility(side, &treaty)),
    };
    (outcome, aftermath_of(scenario, outcome, &facts))
}

/// What aftermath conditions see once the talks are over.
struct Final<'a> {
    state: &'a State,
    treaty: Option<Terms>,
    broken_off_by: Option<Side>,
    utility: [f64; 2],
}

impl Facts for Final<'_> {
    fn term(&self, article: usize) -> Option<u8> {
        self.treaty.and_then(|t| t.get(article))
    }
    fn set_aside(&self, article: usize) -> bool {
        self.state.status(article) == Status::SetAside
    }
    fn meter(&self, meter: usize) -> i32 {
        self.state.meters[meter]
    }
    fn session(&self) -> usize {
        self.state.session
    }
    fn fired(&self, event: usize) -> bool {
        self.state.event_fired(event)
    }
    fn treaty(&self) -> Option<bool> {
        Some(self.treaty.is_some())
    }
    fn broken_off_by(&self) -> Option<Side> {
        self.broken_off_by
    }
    fn utility(&self, side: Side) -> Option<f64> {
        Some(self.utility[side.index()])
    }
}

/// Conditions over a treaty's terms alone.
struct TreatyTerms<'a>(&'a Terms);

impl Facts for TreatyTerms<'_> {
    fn term(&self, article: usize) -> Option<u8> {
        self.0.get(article)
    }
}
