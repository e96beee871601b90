//! Batch runs: many games between computer delegations, for measurement.

mod in_order;
pub mod redteam;
pub mod simulate;
pub mod tournament;
