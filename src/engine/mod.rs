//! The negotiation model, free of any game engine: scenarios, the rules of a session,
//! agents, analysis, transcripts and saves. Deterministic: the same scenario, seed and
//! moves give the same game, byte for byte.

pub mod condition;
pub mod date;
pub mod diagnostic;
pub mod moves;
pub mod scenario;
pub mod side;
pub mod source;
pub mod space;
