//! Batch runs: many games between computer delegations, for measurement.

pub mod redteam;
pub mod simulate;
pub mod tournament;
