//! The limits nobody across the table knew: each game draws the persona's resolve, patience,
//! sensitivity to pressure and the day it would walk out from the ranges in the scenario,
//! so that no one scripted line solves every game. The draw depends only on the game's seed
//! and the side, so a saved game resumes with the same limits.

use crate::engine::agents::agent_seed;
use crate::engine::play::rng::{Rng, derive_seed};
use crate::engine::play::side::Side;
use crate::engine::scenario::{Difficulty, HiddenRanges};
use serde::{Deserialize, Serialize};

/// One game's hidden limits of a computer delegation.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HiddenLimits {
    /// How much of the way from its walk-away value up to the treaty it believes fair it
    /// insists on before it would rather leave.
    pub resolve: f64,
    /// Multiplies the persona's firmness.
    pub patience: f64,
    /// Multiplies the persona's pressures.
    pub pressure: f64,
    /// The session (index) from which it lays down its terms as an ultimatum if the other
    /// side has not come near them; `None`: it waits for the last session.
    pub walk_out: Option<usize>,
}

/// What the level of play makes of the drawn limits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Level {
    /// Share of the drawn resolve it keeps: none at the easiest level, all at full strength.
    pub resolve: f64,
    /// Whether it may walk out before the last session.
    pub walks_out: bool,
}

impl Level {
    pub const FULL: Level = Level {
        resolve: 1.0,
        walks_out: true,
    };

    pub fn of(difficulty: &Difficulty) -> Level {
        let full = difficulty.firmness >= 1.0 && difficulty.reads_opponent;
        Level {
            // A level that does not read the other side does not hold out for fairness either.
            resolve: if difficulty.reads_opponent {
                difficulty.firmness.clamp(0.0, 1.0)
            } else {
                0.0
            },
            walks_out: full,
        }
    }
}

/// Draws one game's limits for `side` from the persona's ranges.
pub fn draw(ranges: &HiddenRanges, seed: u64, side: Side) -> HiddenLimits {
    let mut rng = Rng::new(derive_seed(agent_seed(seed, side), 0x4C49_4D49_5453));
    let mut within = |(low, high): (f64, f64)| low + (high - low) * rng.unit();
    let resolve = within(ranges.resolve);
    let patience = within(ranges.patience);
    let pressure = within(ranges.pressure);
    let walk_out = ranges.walk_out.and_then(|(chance, from, to)| {
        rng.chance(chance)
            .then(|| from + rng.below((to - from + 1) as u32) as usize)
    });
    HiddenLimits {
        resolve,
        patience,
        pressure,
        walk_out,
    }
}

impl HiddenLimits {
    /// The limits as the level of play uses them.
    pub(crate) fn at(self, level: Level) -> HiddenLimits {
        HiddenLimits {
            resolve: self.resolve * level.resolve,
            walk_out: self.walk_out.filter(|_| level.walks_out),
            ..self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_stay_in_their_ranges_and_differ_between_games() {
        let ranges = HiddenRanges {
            resolve: (0.2, 0.8),
            patience: (0.5, 2.0),
            pressure: (0.0, 3.0),
            walk_out: Some((0.5, 8, 10)),
        };
        let draws: Vec<HiddenLimits> = (0..200).map(|seed| draw(&ranges, seed, Side::Russia)).collect();
        for d in &draws {
            assert!((0.2..=0.8).contains(&d.resolve));
            assert!((0.5..=2.0).contains(&d.patience));
            assert!((0.0..=3.0).contains(&d.pressure));
            assert!(d.walk_out.is_none_or(|s| (8..=10).contains(&s)));
        }
        let walking = draws.iter().filter(|d| d.walk_out.is_some()).count();
        assert!((60..=140).contains(&walking), "{walking} of 200 ready to walk out");
        assert_ne!(draws[0], draws[1]);
        assert_eq!(draw(&ranges, 7, Side::Japan), draw(&ranges, 7, Side::Japan));
        assert_ne!(draw(&ranges, 7, Side::Japan), draw(&ranges, 7, Side::Russia));
    }
}
