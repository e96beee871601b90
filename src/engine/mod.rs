//! The negotiation model, free of any game engine: scenarios, the rules of a session,
//! agents, analysis, transcripts and saves. Deterministic: the same scenario, seed and
//! moves give the same game, byte for byte.

pub mod agents;
pub mod analysis;
pub mod batch;
pub mod classroom;
pub mod play;
mod quick_hash;
mod recent;
pub mod records;
pub mod scenario;
pub mod source;
