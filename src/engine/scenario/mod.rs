//! Scenarios: the file format, its validation, and the resolved model the engine plays.

mod compile;
mod coverage;
pub mod file;
pub mod glossary;
pub mod limits;
mod load;
mod model;
pub mod notes;
pub mod translation;
pub mod treaty_form;
pub mod turns;

pub use coverage::{classify, classify_treaty};
pub use load::{Disk, Files, InMemory, Loaded, compile_read, load, load_from, read_at_most, read_bounded, read_file};
pub use model::*;
