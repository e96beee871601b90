//! Records and files: transcripts, the treaty's text, briefs, saves, writing files safely and printing their text.

pub mod atomic;
pub mod behind;
pub mod briefing;
pub mod chance;
pub mod confidential;
pub mod narrate;
pub mod offers;
pub mod plain;
pub mod printable;
pub mod regular;
pub mod retraction;
pub mod save;
pub mod section;
pub mod transcript;
pub mod treaty;
