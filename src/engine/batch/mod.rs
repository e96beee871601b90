//! Batch runs: many games between computer delegations, for measurement.

pub mod simulate;
pub mod tournament;
