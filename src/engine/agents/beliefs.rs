//! What one party believes another values, inferred from the public record (a frequency
//! model, after Baarslag et al.: with a dozen offers per game, counting beats Bayesian
//! learning). The prior is the scenario's public convention that each article's options
//! run from Japan's demand to Russia's position, and the scenario's public reading of how
//! much each article matters to each side; the terms a side proposes and accepts
//! raise their believed value, the terms it refuses lower it; articles where it holds its
//! ground gain weight, articles where it keeps moving lose it. `refine` then adjusts the
//! table until the preferences the side has revealed hold.

use crate::engine::analysis::space::{MAX_OPTIONS, PointTable};
use crate::engine::play::moves::MAX_ARTICLES;
use crate::engine::play::record::Record;
use crate::engine::play::side::Side;
use crate::engine::scenario::PublicScenario;

/// Believed points of a whole treaty add up to at most this.
pub const SCALE: f64 = 1000.0;
/// How many observations the prior is worth, per option.
const PRIOR_WEIGHT: f64 = 20.0;
/// What an accepted term says about its value, against 1 for a proposed one.
const ACCEPTED_VALUE: f64 = 0.75;
/// Weight gained per time a side proposes the same term again, and lost per change.
const HELD_GAIN: f64 = 0.05;
const MOVED_LOSS: f64 = 0.05;

/// The believed points of `side` for every article and option.
pub fn believed_points(scenario: &PublicScenario, record: &Record, side: Side) -> PointTable {
    let s = side.index();
    let party = scenario.party(side);
    // The articles' weights first, then each article's values as its points are written:
    // one article's values at a time, not a table of them all to clear on every call.
    let mut weights = [0.0f64; MAX_ARTICLES];
    for (a, weight) in weights.iter_mut().enumerate().take(scenario.articles.len()) {
        let known = party.known_priorities.get(a).copied().unwrap_or(1.0);
        let learned =
            (1.0 + HELD_GAIN * record.held[s][a] as f64 - MOVED_LOSS * record.moved[s][a] as f64).clamp(0.5, 2.0);
        *weight = known * learned;
    }
    let total: f64 = weights.iter().take(scenario.articles.len()).sum();
    let mut table: PointTable = [[0; MAX_OPTIONS]; MAX_ARTICLES];
    for (a, article) in scenario.articles.iter().enumerate() {
        let n = article.options.len();
        let favourite = party.known_favourites.get(a).copied().flatten();
        let (proposed, accepted, refused) = (&record.proposed[s][a], &record.accepted[s][a], &record.refused[s][a]);
        // A count of whole numbers: the same in integers as in floating point.
        let proposals_on = proposed.iter().map(|&c| c as u32).sum::<u32>() as f64;
        let mut values = [0.0f64; MAX_OPTIONS];
        let mut low = f64::INFINITY;
        let mut high = f64::NEG_INFINITY;
        for (o, value) in values.iter_mut().enumerate().take(n) {
            let prior = if n <= 1 {
                1.0
            } else {
                match favourite {
                    // Known to favour this one: the further an option from it, the less.
                    Some(favourite) => 1.0 - (o as f64 - favourite as f64).abs() / (n - 1) as f64,
                    None => {
                        let toward_russia = o as f64 / (n - 1) as f64;
                        match side {
                            Side::Japan => 1.0 - toward_russia,
                            Side::Russia => toward_russia,
                        }
                    }
                }
            };
            let proposed_here = proposed[o] as f64;
            let accepted = accepted[o] as f64;
            let refused = refused[o] as f64;
            // Proposing another option for the article passes this one over: it is worth less
            // than the side's aspiration, so it counts as an observation of no value.
            let passed_over = proposals_on - proposed_here;
            *value = (PRIOR_WEIGHT * prior + proposed_here + ACCEPTED_VALUE * accepted)
                / (PRIOR_WEIGHT + proposed_here + accepted + refused + passed_over);
            low = low.min(*value);
            high = high.max(*value);
        }
        // Each article's options span [0, 1]; its weight says how much the article matters.
        let span = high - low;
        for value in values.iter_mut().take(n) {
            *value = if span > 0.0 { (*value - low) / span } else { 0.0 };
        }
        let share = SCALE * weights[a] / total;
        for (o, points) in table[a].iter_mut().enumerate().take(n) {
            *points = round(share * values[o]);
        }
    }
    table
}

/// `x.round() as i32`, without the call to the maths library that `round` is on processors
/// without a rounding instruction: truncation and the exact fraction left, half away from
/// zero as `round` does.
#[inline]
fn round(x: f64) -> i32 {
    if x.abs() >= (1u64 << 52) as f64 || x.is_nan() {
        return x.round() as i32;
    }
    let whole = x as i64;
    let fraction = x - whole as f64;
    let rounded = if fraction >= 0.5 {
        whole + 1
    } else if fraction <= -0.5 {
        whole - 1
    } else {
        whole
    };
    // Saturating, as a conversion from floating point is.
    rounded.clamp(i32::MIN as i64, i32::MAX as i64) as i32
}

/// How far a revealed preference moves the believed points of each term it involves, per pass.
const STEP: i32 = 4;
/// By how much a revealed preference should hold in the refined beliefs.
const MARGIN: i32 = 4;
/// Passes over the revealed preferences.
const PASSES: usize = 24;

/// Adjusts `table` (the believed points of `side`) until the preferences `side` has revealed
/// hold — its earlier proposals over its later ones, its own standing proposal over offers it
/// refused — moving each involved term a little per pass (a perceptron over rankings).
/// Comparisons are made on the articles both sets of terms name.
pub fn refine(table: &mut PointTable, record: &Record, side: Side) {
    let s = side.index() as u8;
    // Per preference of this side, the terms of the shared articles where the two sets of
    // terms differ, as positions in the flattened table (better, worse), one run after
    // another: those where they agree add nothing to the difference and are never moved,
    // and a preference with none is never acted on. Looked up once here, not at every pass.
    let mut terms: Vec<(u16, u16)> = Vec::with_capacity(4 * record.preferences.len());
    let mut ends: Vec<u32> = Vec::with_capacity(record.preferences.len());
    for (who, better, worse) in &record.preferences {
        if *who != s {
            continue;
        }
        for a in better.articles().intersect(worse.articles()).iter() {
            let (b, w) = (better.raw()[a] as usize, worse.raw()[a] as usize);
            if b != w {
                terms.push(((a * MAX_OPTIONS + b) as u16, (a * MAX_OPTIONS + w) as u16));
            }
        }
        if terms.len() > ends.last().map_or(0, |&e| e as usize) {
            ends.push(terms.len() as u32);
        }
    }
    let points = table.as_flattened_mut();
    for _ in 0..PASSES {
        let mut changed = false;
        let mut start = 0;
        for &end in &ends {
            let preference = &terms[start..end as usize];
            start = end as usize;
            let difference: i32 = preference
                .iter()
                .map(|&(b, w)| points[b as usize] - points[w as usize])
                .sum();
            if difference >= MARGIN {
                continue;
            }
            for &(b, w) in preference {
                points[b as usize] += STEP;
                points[w as usize] = (points[w as usize] - STEP).max(0);
            }
            changed = true;
        }
        if !changed {
            break;
        }
    }
}

/// A believed utility in [0, 1] of points from `believed_points` (the best treaty scores
/// about `SCALE`, the worst 0).
pub fn utility(points: i32) -> f64 {
    (points as f64 / SCALE).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::play::moves::{Proposal, Response, Terms};
    use std::sync::Arc;

    fn scenario() -> Arc<crate::engine::scenario::Scenario> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/portsmouth-1905.ron");
        match crate::engine::scenario::load(&path) {
            Ok(loaded) => loaded.scenario,
            Err(errors) => panic!("the shipped scenario loads: {}", errors[0]),
        }
    }

    #[test]
    fn rounding_matches_the_standard_library() {
        let mut values = vec![
            0.0,
            -0.0,
            0.5,
            -0.5,
            1.5,
            2.5,
            -2.5,
            0.49999999999999994,
            1e15 + 0.5,
            -1e300,
            1e300,
        ];
        values.extend([f64::NAN, f64::INFINITY, f64::NEG_INFINITY, f64::MAX, f64::MIN_POSITIVE]);
        values.extend((0..20_000).map(|i| (i as f64 - 10_000.0) * 0.0625 + 1e-3 * (i % 7) as f64));
        for x in values {
            assert_eq!(round(x), x.round() as i32, "{x}");
        }
    }

    #[test]
    fn the_prior_reads_options_from_japans_demand_to_russias_position() {
        let scenario = scenario();
        let record = Record::default();
        let japan = believed_points(&scenario, &record, Side::Japan);
        let russia = believed_points(&scenario, &record, Side::Russia);
        let korea = scenario.articles.iter().position(|a| a.id == "korea").unwrap();
        assert!(japan[korea][0] > japan[korea][3]);
        assert!(russia[korea][0] < russia[korea][3]);
    }

    #[test]
    fn firmness_and_proposals_move_the_beliefs() {
        let scenario = scenario();
        let sakhalin = scenario.articles.iter().position(|a| a.id == "sakhalin").unwrap();
        let fishing = scenario.articles.iter().position(|a| a.id == "fishing").unwrap();
        // The public reading is worth many observations: only a side that asks for the same
        // thing session after session overturns it.
        let mut record = Record::default();
        let mut terms = Terms::EMPTY;
        terms.set(sakhalin, 1);
        for turn in 0..24 {
            terms.set(fishing, turn % 2);
            record.proposal(0, &Proposal::linked(terms));
        }
        let before = believed_points(&scenario, &Record::default(), Side::Japan);
        let after = believed_points(&scenario, &record, Side::Japan);
        // Japan kept asking for south-and-payment: it now seems worth more than the whole island.
        assert!(after[sakhalin][1] > after[sakhalin][0]);
        // Sakhalin held, fishing moved: Sakhalin's weight grows against fishing's.
        let weight = |t: &PointTable, a: usize| t[a].iter().max().copied().unwrap();
        assert!(
            weight(&after, sakhalin) * weight(&before, fishing) > weight(&before, sakhalin) * weight(&after, fishing)
        );
        // A refusal lowers the refused term.
        let mut refusals = Record::default();
        let mut offer = Terms::EMPTY;
        offer.set(sakhalin, 3);
        refusals.answer(
            0,
            &Proposal::linked(offer),
            &Response::reject_all(&Proposal::linked(offer)),
            &Proposal::default(),
        );
        assert_eq!(refusals.refused[0][sakhalin][3], 1);
        let refused = believed_points(&scenario, &refusals, Side::Japan);
        assert!(refused[sakhalin][3] < before[sakhalin][3] || before[sakhalin][3] == 0);
    }

    #[test]
    fn revealed_preferences_hold_once_refined() {
        let scenario = scenario();
        let article = |id: &str| scenario.articles.iter().position(|a| a.id == id).unwrap();
        let (fishing, cer) = (article("fishing"), article("cer"));
        // Russia first asks for no fishing rights and the coasts-only railway rule, then gives
        // up the fishing and asks for no restriction on the railways instead: by its own
        // account, the fishing matters more to it than the railway rule.
        let mut first = Terms::EMPTY;
        first.set(fishing, 2);
        first.set(cer, 1);
        let mut second = Terms::EMPTY;
        second.set(fishing, 0);
        second.set(cer, 2);
        let mut record = Record::default();
        record.proposal(1, &Proposal::linked(first));
        record.proposal(1, &Proposal::linked(second));
        let mut table = believed_points(&scenario, &record, Side::Russia);
        let worth = |t: &PointTable, terms: &Terms| terms.iter().map(|(a, o)| t[a][o as usize]).sum::<i32>();
        refine(&mut table, &record, Side::Russia);
        assert!(worth(&table, &first) >= worth(&table, &second) + MARGIN);
    }
}
