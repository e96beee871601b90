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
pub mod analysis;
pub mod game;
pub mod mediator;
pub mod rng;
pub mod rules;
pub mod state;
pub mod transcript;
pub mod mandate;
pub mod agents;
pub mod view;
pub mod report;
pub mod narrate;
pub mod atomic;
pub mod simulate;
pub mod save;
