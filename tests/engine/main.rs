//! Integration tests of the negotiation engine. No Bevy: `cargo test --no-default-features`.

mod broken;
mod budgets;
mod classroom;
mod cli;
mod common;
mod dashboard;
mod delegate;
mod documents;
mod estimate;
mod fingerprint;
mod hidden_limits;
mod history;
mod hostile;
mod loadtest;
mod loadtest_server;
mod mirror;
mod plain;
mod properties;
mod python_agent;
mod redteam;
mod refusals;
mod saves;
mod scenarios;
mod server;
mod sources;
mod views;
