//! Portsmouth 1905: a negotiation game of the Russo-Japanese peace conference.
//!
//! `engine` holds the whole negotiation model and has no game-engine dependency;
//! `i18n` holds every word shown, in four languages (Fluent; no Bevy);
//! `net` is the class server and its protocol (no Bevy either);
//! `game_files` finds the game's own files (assets and scenarios) and orders its scenarios;
//! `game` is the Bevy presentation, compiled with the default `gui` feature.

pub mod engine;
pub mod game_files;
pub mod i18n;
pub mod net;

#[cfg(feature = "gui")]
pub mod game;
