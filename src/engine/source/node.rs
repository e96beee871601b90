//! The parsed form of a RON file: every value keeps the span it came from.

use super::span::Span;
use crate::i18n::Message;
use crate::msg;

#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub span: Span,
    pub kind: Kind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    /// `()`
    Unit,
    Bool(bool),
    Int(i64),
    UInt(u64),
    Float(f64),
    Str(String),
    Char(char),
    /// A bare identifier: an enum variant such as `Japan`, or `None`.
    Ident(String),
    List(Vec<Node>),
    Map(Vec<(Node, Node)>),
    /// `Name(a, b)` or `(a, b)`; also `Some(x)` and enum variants with data.
    Tuple {
        name: Option<Name>,
        items: Vec<Node>,
    },
    /// `Name(field: value, ...)` or `(field: value, ...)`.
    Struct {
        name: Option<Name>,
        fields: Vec<Field>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Name {
    pub text: String,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub name: Name,
    pub value: Node,
}

impl Node {
    /// What kind of value this is, in words a scenario author recognises.
    pub fn describe(&self) -> String {
        self.describe_words().english()
    }

    /// What this value is, in no language yet.
    pub fn describe_words(&self) -> Message {
        match &self.kind {
            Kind::Unit => msg!("check-found-unit"),
            Kind::Bool(_) => msg!("check-found-bool"),
            Kind::Int(_) | Kind::UInt(_) => msg!("check-found-whole"),
            Kind::Float(_) => msg!("check-found-decimal"),
            Kind::Str(_) => msg!("check-found-string"),
            Kind::Char(_) => msg!("check-found-char"),
            Kind::Ident(name) => msg!("check-found-word", name = name),
            Kind::List(_) => msg!("check-found-list"),
            Kind::Map(_) => msg!("check-found-map"),
            Kind::Tuple { name: Some(n), .. } | Kind::Struct { name: Some(n), .. } => {
                msg!("check-found-record", name = n.text.as_str())
            }
            Kind::Tuple { name: None, .. } | Kind::Struct { name: None, .. } => msg!("check-found-tuple"),
        }
    }

    /// A field of a record, written `name: value` in RON or `"name": value` in JSON.
    pub fn field(&self, name: &str) -> Option<&Node> {
        match &self.kind {
            Kind::Struct { fields, .. } => fields.iter().find(|f| f.name.text == name).map(|f| &f.value),
            Kind::Map(entries) => entries
                .iter()
                .find(|(k, _)| matches!(&k.kind, Kind::Str(s) if s == name))
                .map(|(_, v)| v),
            _ => None,
        }
    }

    /// JSON's `null`, read as RON's `None`.
    pub fn is_none(&self) -> bool {
        matches!(&self.kind, Kind::Ident(s) if s == "None" || s == "null")
    }

    /// A document's `format` field where it is newer than `newest`, with its span: read
    /// before anything else, so a file from a newer version is named as such rather than
    /// reported as damaged.
    pub fn format_beyond(&self, newest: u32) -> Option<(i64, Span)> {
        let format = self.field("format")?;
        match format.kind {
            Kind::Int(v) if v > newest as i64 => Some((v, format.span)),
            _ => None,
        }
    }

    pub fn as_key(&self) -> Option<&str> {
        match &self.kind {
            Kind::Str(s) | Kind::Ident(s) => Some(s),
            _ => None,
        }
    }
}
