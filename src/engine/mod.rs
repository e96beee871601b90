//! The negotiation model, free of any game engine: scenarios, the rules of a session,
//! agents, analysis, transcripts and saves. Deterministic: the same scenario, seed and
//! moves give the same game, byte for byte.

pub mod agents;
pub mod analysis;
pub mod atomic;
pub mod beliefs;
pub mod branch;
pub mod briefing;
pub mod condition;
pub mod date;
pub mod diagnostic;
pub mod file_kind;
pub mod game;
pub mod mandate;
pub mod mediator;
pub mod minutes;
pub mod moves;
pub mod narrate;
pub mod printable;
pub mod record;
pub mod refusal;
pub mod regular;
pub mod report;
pub mod results;
pub mod rng;
pub mod rules;
pub mod save;
pub mod scenario;
pub mod side;
pub mod simulate;
pub mod source;
pub mod space;
pub mod state;
pub mod timeline;
pub mod tournament;
pub mod transcript;
pub mod treaty;
pub mod view;
pub mod wall;
pub mod zone;
