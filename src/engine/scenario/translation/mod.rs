//! Scenario prose in other languages: translation files beside the scenario
//! (`portsmouth-1905.ja.ftl` beside `portsmouth-1905.ron`), one Fluent message per prose
//! field under a key made from the file's structure and ids. The template command writes
//! them, the loader lays them over the file before it is compiled (so ids, numbers and rules
//! are untouched and a game plays the same in every language), and `portsmouth check`
//! compares them with the scenario's own text.

mod chain;
mod check;
pub mod fields;
mod fluent_text;
mod load;
mod nesting;
mod overlay;
mod template;
pub mod terms;

pub use chain::{Chain, translation_path};
pub use check::check_translations;
pub use fields::{Field, GROUPS, list, visit};
pub use fluent_text::message;
pub use load::{
    MAX_TRANSLATION_BYTES, Translated, load_translated, load_translated_from, read_translation, translations_beside,
    vet_translation,
};
pub use overlay::overlay;
pub use template::template;
