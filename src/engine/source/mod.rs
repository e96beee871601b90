//! Reading RON source with positions: a bounded parser to a spanned tree, serde
//! deserialisation from that tree, and merging of a file onto the base it extends.

pub mod diagnostic;
pub mod file_kind;

mod de;
mod document;
mod merge;
mod node;
mod parse;
mod span;
mod spanned;

pub use de::{DeError, from_node};
pub use document::{DocumentError, Problem, read_document};
pub use merge::{MergeError, merge, take_field};
pub use node::{Field, Kind, Name, Node};
pub use parse::{Limits, ParseError, parse};
pub use span::{Location, SourceFile, SourceMap, Span};
pub use spanned::Spanned;
