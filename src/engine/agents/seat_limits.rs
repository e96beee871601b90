//! The hidden limits a seat's computer delegation plays one game with, as its level plays
//! them: what a save stores and what the teacher is told after the game. Drawn exactly as
//! the delegate draws them (`Delegate::reset` with the game's seed, `Delegate::at` with
//! the level), so the two cannot disagree.

use crate::engine::agents::AgentSpec;
use crate::engine::agents::delegate::{HiddenLimits, Level, draw_limits};
use crate::engine::play::side::Side;
use crate::engine::scenario::Scenario;

/// The limits of the delegate in `side`'s seat in the game with this seed; `None` for an
/// agent without hidden limits, or for a level the scenario does not have (no delegate can
/// be made for it).
pub fn limits_for(spec: &AgentSpec, side: Side, seed: u64, scenario: &Scenario) -> Option<HiddenLimits> {
    let level = match spec {
        AgentSpec::Delegate => Level::FULL,
        AgentSpec::DelegateAt(id) => Level::of(scenario.difficulties.iter().find(|d| d.id == *id)?),
        _ => return None,
    };
    let ranges = &scenario.mandates[side.index()].persona.hidden;
    Some(draw_limits(ranges, seed, side).at(level))
}
