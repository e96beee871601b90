//! Integration tests of the negotiation engine. No Bevy: `cargo test --no-default-features`.

mod broken;
mod budgets;
mod classroom;
mod cli;
mod common;
mod delegate;
mod documents;
mod estimate;
mod fingerprint;
mod hidden_limits;
mod history;
mod hostile;
mod mirror;
mod properties;
mod redteam;
mod refusals;
mod saves;
mod scenarios;
mod server;
mod sources;
mod views;
