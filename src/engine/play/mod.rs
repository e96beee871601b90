//! The rules of play: moves, the state, what a side may do, the referee, each side's view.

mod compromises;
pub mod condition;
pub mod date;
pub mod game;
pub mod last_look;
pub mod mandate;
pub mod mirror;
pub mod moves;
mod paths;
pub mod record;
pub mod refusal;
pub mod rng;
pub mod rules;
pub mod side;
pub mod state;
pub mod view;
