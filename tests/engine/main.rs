//! Integration tests of the negotiation engine. No Bevy: `cargo test --no-default-features`.

mod broken;
mod classroom;
mod cli;
mod common;
mod delegate;
mod documents;
mod history;
mod properties;
mod saves;
mod scenarios;
mod sources;
