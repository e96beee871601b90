//! Integration tests of the negotiation engine. No Bevy: `cargo test --no-default-features`.

mod common;
mod history;
