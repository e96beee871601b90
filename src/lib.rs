//! Portsmouth 1905: a negotiation game of the Russo-Japanese peace conference.
//!
//! `engine` holds the whole negotiation model and has no game-engine dependency;
//! `game` is the Bevy presentation, compiled with the default `gui` feature.

pub mod engine;

#[cfg(feature = "gui")]
pub mod game;
