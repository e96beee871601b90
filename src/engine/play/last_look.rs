//! The mediator's last look. Once every article is agreed, and before the treaty is signed,
//! the mediator — who in this game hears both delegations in confidence — looks for an
//! amendment that each side's own instructions value no less and one side's value more,
//! within both mandates and received no worse at home by either side. He tables it as one
//! package; each side accepts it or keeps the treaty as agreed (see `Game`). Why: terms
//! settled offer by offer often leave a swap both sides would take and neither can find
//! alone, because it lies in the other side's private valuation — Raiffa's
//! "post-settlement settlement". An invented rule, for play and for teaching; a scenario
//! turns it on with `last_look: true`.

use crate::engine::analysis::FrontierPoint;
use crate::engine::analysis::report::settlement_of;
use crate::engine::play::mandate;
use crate::engine::play::moves::{ArticleSet, Terms};
use crate::engine::play::side::Side;
use crate::engine::play::state::{MAX_METERS, State};
use crate::engine::recent::Recent;
use crate::engine::scenario::Scenario;
use crate::engine::scenario::file::Ratification;
use std::cell::RefCell;
use std::sync::Arc;

/// How many steps of one or two articles the search takes at most (each is a strict gain
/// for one side, so it ends anyway; this bounds its cost on a large scenario).
const MAX_STEPS: usize = 8;

/// One change to the treaty: up to two articles moved to other options, and what it does
/// to each side's points.
#[derive(Clone, Copy, Debug)]
struct Step {
    changes: [(usize, u8); 2],
    count: usize,
    gain: [i32; 2],
}

impl Step {
    fn apply(&self, terms: &Terms) -> Terms {
        let mut out = *terms;
        for &(a, o) in &self.changes[..self.count] {
            out.set(a, o);
        }
        out
    }
}

/// How many amendments a thread remembers.
const KEPT: usize = 8;

/// Everything `search` reads: the treaty, what is agreed (conditional instructions are read
/// against it), the instructions in force (the rest of the mandates follows from them) and
/// what the outcome's aftermath may ask of the talks.
#[derive(Clone, Copy, PartialEq)]
struct Inputs {
    treaty: Terms,
    agreed: Terms,
    red_lines: u64,
    meters: [i32; MAX_METERS],
    fired: u128,
    session: usize,
    set_aside: ArticleSet,
}

impl Inputs {
    fn of(state: &State, treaty: &Terms) -> Inputs {
        Inputs {
            treaty: *treaty,
            agreed: state.agreed_terms(),
            red_lines: state.red_lines,
            meters: state.meters,
            fired: state.fired,
            session: state.session,
            set_aside: state.set_aside_set(),
        }
    }
}

/// The terms of the mediator's amendment to `treaty`, the complete treaty the talks in
/// `state` would end in (only the articles it changes), or `None` if he finds none.
/// Remembered by its inputs: a bulk run's games end in the same treaties again and again.
pub fn amendment(scenario: &Arc<Scenario>, state: &State, treaty: &Terms) -> Option<Terms> {
    thread_local! {
        static REMEMBERED: RefCell<Recent<Inputs, Option<Terms>, KEPT>> = const { RefCell::new(Recent::new()) };
    }
    let inputs = Inputs::of(state, treaty);
    if let Some(known) = REMEMBERED.with(|r| r.borrow().get(scenario, &inputs)) {
        return known;
    }
    let found = search(scenario, state, treaty);
    REMEMBERED.with(|r| r.borrow_mut().put(scenario, inputs, found));
    found
}

fn search(scenario: &Scenario, state: &State, treaty: &Terms) -> Option<Terms> {
    let agreed = *treaty;
    if agreed.articles().len() != scenario.articles.len() {
        return None;
    }
    let space = &scenario.space;
    let points = |t: &Terms| Side::BOTH.map(|side| space.total(side, t));
    // A treaty within both sides' instructions in force that nothing they allow betters:
    // nothing to look for (most games, and the cheap answer). One that an instruction imposed
    // since forbids in part is searched: a change to the rest may still be allowed.
    let front = scenario.feasible_frontier(state.red_lines);
    let within = Side::BOTH
        .iter()
        .all(|&side| mandate::check(scenario, state, side, &agreed).is_ok());
    if within && !dominated(&front, points(&agreed)) {
        return None;
    }
    let settlement = settlement_of(scenario, state, agreed);
    // Allowed: each side's instructions permit the terms that change, and neither side's
    // treaty is received worse at home. (Keeping the very kind of settlement left a treaty
    // off the frontier in four tutorial games of ten: the gain lay in ceding the south.)
    let allowed = |treaty: &Terms| {
        let changed = changed_terms(&agreed, treaty);
        Side::BOTH
            .iter()
            .all(|&side| mandate::check(scenario, state, side, &changed).is_ok())
            && no_worse_at_home(scenario, settlement, settlement_of(scenario, state, *treaty))
    };
    let mut treaty = agreed;
    for _ in 0..MAX_STEPS {
        match best_step(scenario, &treaty, &allowed) {
            Some(step) => treaty = step.apply(&treaty),
            None => break,
        }
    }
    // Two articles at a time may stop short of the frontier: then a treaty on it that is no
    // worse for either side, if one is allowed.
    let reached = points(&treaty);
    if dominated(&front, reached) {
        let mut better: Vec<_> = front
            .iter()
            .filter(|p| p.points[0] >= reached[0] && p.points[1] >= reached[1] && p.points != reached)
            .collect();
        better.sort_by_key(|p| std::cmp::Reverse(utility_gain(scenario, reached, p.points)));
        if let Some(p) = better.into_iter().find(|p| allowed(&p.terms)) {
            treaty = p.terms;
        }
    }
    let changed = changed_terms(&agreed, &treaty);
    (!changed.is_empty()).then_some(changed)
}

/// Whether a point of `front` is at least as good for both sides as `points` and better for
/// one. The front is sorted best for Japan first (as `analysis::prune` leaves it), so Russia's
/// points rise along it: the last point at least as good for Japan is the best of those for
/// Russia. A search rather than a scan, since this runs at the end of every game.
fn dominated(front: &[FrontierPoint], points: [i32; 2]) -> bool {
    debug_assert!(front.windows(2).all(|w| w[0].points[0] >= w[1].points[0]));
    let at_least_for_japan = front.partition_point(|p| p.points[0] >= points[0]);
    at_least_for_japan > 0 && {
        let best = front[at_least_for_japan - 1].points;
        best[1] >= points[1] && best != points
    }
}

/// An outcome and each side's aftermath of it, as `settlement_of` finds them.
type Settlement = (Option<usize>, [Option<usize>; 2]);

/// Whether a treaty settled as `after` is received at home no worse than as `before` by
/// either side: the kind of settlement may change (each side's own points say it gains), but
/// not a ratification into unrest or a refusal. Without an outcome, only the same will do.
fn no_worse_at_home(scenario: &Scenario, before: Settlement, after: Settlement) -> bool {
    let reception = |(outcome, aftermath): Settlement, side: usize| {
        let result = outcome
            .zip(aftermath[side])
            .and_then(|(o, a)| scenario.outcomes[o].aftermath[a].result);
        match result {
            Some(Ratification::Refused) => 0,
            Some(Ratification::RatifiedAmidUnrest) => 1,
            Some(Ratification::Ratified) | None => 2,
        }
    };
    match (before.0, after.0) {
        (Some(_), Some(_)) => (0..2).all(|side| reception(after, side) >= reception(before, side)),
        _ => before == after,
    }
}

/// The terms of `treaty` that differ from `agreed`.
fn changed_terms(agreed: &Terms, treaty: &Terms) -> Terms {
    let mut changed = Terms::EMPTY;
    for (a, o) in treaty.iter() {
        if agreed.get(a) != Some(o) {
            changed.set(a, o);
        }
    }
    changed
}

/// The two sides' gains in utility from `from` to `to` points, summed, in millionths (for
/// an exact order).
fn utility_gain(scenario: &Scenario, from: [i32; 2], to: [i32; 2]) -> i64 {
    Side::BOTH
        .iter()
        .map(|&side| {
            let space = &scenario.space;
            let gain = space.utility_of_points(side, to[side.index()] as f64)
                - space.utility_of_points(side, from[side.index()] as f64);
            (gain * 1e6).round() as i64
        })
        .sum()
}

/// The allowed change of one or two articles that leaves neither side fewer points, gives
/// one more, and adds the most utility to the two together (fewer articles first on a tie).
fn best_step(scenario: &Scenario, treaty: &Terms, allowed: &impl Fn(&Terms) -> bool) -> Option<Step> {
    let space = &scenario.space;
    let articles = scenario.articles.len();
    let delta = |a: usize, o: u8| {
        let now = treaty.get(a).expect("a complete treaty");
        Side::BOTH.map(|side| space.points(side, a, o) - space.points(side, a, now))
    };
    let mut singles = Vec::new();
    for a in 0..articles {
        for o in 0..space.options(a) {
            if treaty.get(a) != Some(o) {
                singles.push(((a, o), delta(a, o)));
            }
        }
    }
    let mut steps = Vec::new();
    let no_worse = |g: [i32; 2]| g[0] >= 0 && g[1] >= 0 && g != [0, 0];
    for (i, &(first, g1)) in singles.iter().enumerate() {
        if no_worse(g1) {
            steps.push(Step {
                changes: [first, first],
                count: 1,
                gain: g1,
            });
        }
        for &(second, g2) in &singles[i + 1..] {
            let gain = [g1[0] + g2[0], g1[1] + g2[1]];
            if second.0 != first.0 && no_worse(gain) {
                steps.push(Step {
                    changes: [first, second],
                    count: 2,
                    gain,
                });
            }
        }
    }
    let zero = Side::BOTH.map(|side| space.total(side, treaty));
    let mut scored: Vec<_> = steps
        .into_iter()
        .map(|s| {
            let to = [zero[0] + s.gain[0], zero[1] + s.gain[1]];
            (Some((utility_gain(scenario, zero, to), std::cmp::Reverse(s.count))), s)
        })
        .collect();
    // Best first, the articles' order among equals (so the choice is the same on every
    // machine): picked one at a time, since the first is nearly always allowed.
    loop {
        let mut best: Option<usize> = None;
        for (i, (score, _)) in scored.iter().enumerate() {
            if score.is_some() && best.is_none_or(|b| *score > scored[b].0) {
                best = Some(i);
            }
        }
        let (score, step) = &mut scored[best?];
        if allowed(&step.apply(treaty)) {
            return Some(*step);
        }
        *score = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::play::game::Game;

    fn scenario(name: &str) -> Arc<Scenario> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("scenarios")
            .join(name);
        crate::engine::scenario::load(&path).unwrap().scenario
    }

    /// A state with `treaty` agreed whole, as the talks stand at the opening otherwise but
    /// with every instruction lifted (the opening's would forbid the treaties these tests try).
    fn agreed(scenario: &Arc<Scenario>, treaty: &Terms) -> State {
        let mut state = Game::quiet(Arc::clone(scenario), 1).state().clone();
        state.red_lines = 0;
        state.refresh_forbidden(scenario);
        for (a, o) in treaty.iter() {
            state.agree(a, o);
        }
        state
    }

    #[test]
    fn the_search_for_a_better_point_agrees_with_a_scan_of_the_frontier() {
        let scenario = scenario("portsmouth-1905.ron");
        let front = scenario.feasible_frontier(Game::quiet(Arc::clone(&scenario), 1).state().red_lines);
        let space = &scenario.space;
        let mut checked = 0;
        for treaty in space.treaties().step_by(97) {
            let points = Side::BOTH.map(|side| space.total(side, &treaty));
            let scan = !crate::engine::analysis::is_pareto_optimal(&front, points);
            assert_eq!(dominated(&front, points), scan, "{points:?}");
            checked += 1;
        }
        for p in front.iter() {
            assert!(!dominated(&front, p.points));
        }
        assert!(checked > 1000);
    }

    #[test]
    fn a_treaty_on_the_frontier_is_left_alone() {
        let scenario = scenario("portsmouth-1905.ron");
        let signed = scenario.history.as_ref().expect("a history").treaty;
        assert_eq!(amendment(&scenario, &agreed(&scenario, &signed), &signed), None);
    }

    #[test]
    fn an_amendment_may_change_the_kind_of_settlement_when_both_sides_gain_by_it() {
        // The tutorial's Korea settled first at Japan's free hand, then Sakhalin kept by Russia
        // with trade rights: ceding the south with safeguards in Korea is better for Japan and
        // no worse for Russia, by their own points, once the Tsar allows the south.
        let scenario = scenario("tutorial.ron");
        let option = |article: &str, option: &str| {
            let a = scenario.articles.iter().position(|x| x.id == article).unwrap();
            let o = scenario.articles[a]
                .options
                .iter()
                .position(|x| x.id == option)
                .unwrap();
            (a, o as u8)
        };
        let mut treaty = Terms::EMPTY;
        for (article, chosen) in [
            ("korea", "free_hand"),
            ("sakhalin", "trade_rights"),
            ("reparations", "prisoners"),
        ] {
            let (a, o) = option(article, chosen);
            treaty.set(a, o);
        }
        let state = agreed(&scenario, &treaty);
        let change = amendment(&scenario, &state, &treaty).expect("a better treaty for both");
        let after = treaty.overlaid(&change);
        let (sakhalin, south) = option("sakhalin", "south");
        assert_eq!(after.get(sakhalin), Some(south));
        let outcome = |t: Terms| {
            settlement_of(&scenario, &state, t)
                .0
                .map(|o| scenario.outcomes[o].id.as_str())
        };
        assert_eq!(outcome(treaty), Some("russia_keeps_sakhalin"));
        assert_eq!(outcome(after), Some("as_signed"));
        let space = &scenario.space;
        assert!(space.total(Side::Japan, &after) > space.total(Side::Japan, &treaty));
        assert!(space.total(Side::Russia, &after) >= space.total(Side::Russia, &treaty));
    }

    #[test]
    fn an_amendment_leaves_neither_side_worse_and_stays_within_both_mandates() {
        let scenario = scenario("portsmouth-1905.ron");
        let space = &scenario.space;
        let mut amended = 0;
        // Every treaty that differs from the signed one in one article: some are dominated.
        let signed = scenario.history.as_ref().expect("a history").treaty;
        for a in 0..scenario.articles.len() {
            for o in 0..space.options(a) {
                let mut treaty = signed;
                treaty.set(a, o);
                let state = agreed(&scenario, &treaty);
                let Some(change) = amendment(&scenario, &state, &treaty) else {
                    continue;
                };
                amended += 1;
                let after = treaty.overlaid(&change);
                for side in Side::BOTH {
                    assert!(space.total(side, &after) >= space.total(side, &treaty));
                    assert!(mandate::check(&scenario, &state, side, &change).is_ok());
                }
                assert_ne!(
                    Side::BOTH.map(|s| space.total(s, &after)),
                    Side::BOTH.map(|s| space.total(s, &treaty))
                );
                assert!(no_worse_at_home(
                    &scenario,
                    settlement_of(&scenario, &state, treaty),
                    settlement_of(&scenario, &state, after)
                ));
            }
        }
        assert!(amended > 0, "no treaty near the signed one could be bettered");
    }
}
