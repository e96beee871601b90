//! The parsed form of a RON file: every value keeps the span it came from.

use super::span::Span;

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

/// One step of a path into a tree, used to point at a value by its place in the schema.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seg {
    Field(&'static str),
    Index(usize),
    Key(String),
}

impl From<&'static str> for Seg {
    fn from(name: &'static str) -> Seg {
        Seg::Field(name)
    }
}

impl From<usize> for Seg {
    fn from(index: usize) -> Seg {
        Seg::Index(index)
    }
}

/// Builds a path: `path!["sessions", 3, "agenda", 1]`.
#[macro_export]
macro_rules! path {
    ($($seg:expr),* $(,)?) => {{
        // Paths are often extended, so they are vectors even where a slice would do.
        #[allow(clippy::useless_vec)]
        let path = vec![$($crate::engine::source::Seg::from($seg)),*];
        path
    }};
}

impl Node {
    /// What kind of value this is, in words a scenario author recognises.
    pub fn describe(&self) -> String {
        match &self.kind {
            Kind::Unit => "`()`".into(),
            Kind::Bool(_) => "true or false".into(),
            Kind::Int(_) | Kind::UInt(_) => "a whole number".into(),
            Kind::Float(_) => "a decimal number".into(),
            Kind::Str(_) => "a string".into(),
            Kind::Char(_) => "a character".into(),
            Kind::Ident(name) => format!("the word `{name}`"),
            Kind::List(_) => "a list `[...]`".into(),
            Kind::Map(_) => "a map `{...}`".into(),
            Kind::Tuple { name: Some(n), .. } | Kind::Struct { name: Some(n), .. } => {
                format!("`{}(...)`", n.text)
            }
            Kind::Tuple { name: None, .. } | Kind::Struct { name: None, .. } => "`(...)`".into(),
        }
    }

    pub fn field(&self, name: &str) -> Option<&Node> {
        match &self.kind {
            Kind::Struct { fields, .. } => fields.iter().find(|f| f.name.text == name).map(|f| &f.value),
            _ => None,
        }
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

    /// The node at `path`, or the deepest node on the way there. Spans of missing
    /// optional fields fall back to the enclosing value, which is still the right place
    /// to tell an author to add something.
    pub fn find(&self, path: &[Seg]) -> &Node {
        let mut node = self;
        for seg in path {
            let next = match (seg, &node.kind) {
                (Seg::Field(name), _) => node.field(name).map(unwrap_some),
                (Seg::Index(i), Kind::List(items)) => items.get(*i),
                (Seg::Index(i), Kind::Tuple { items, .. }) => items.get(*i),
                (Seg::Key(key), Kind::Map(entries)) => entries
                    .iter()
                    .find(|(k, _)| k.as_key() == Some(key.as_str()))
                    .map(|(_, v)| v),
                _ => None,
            };
            match next {
                Some(n) => node = n,
                None => break,
            }
        }
        node
    }

    /// The span of the key `key` in a map at `path`, to point at the key itself.
    pub fn find_key(&self, path: &[Seg], key: &str) -> Option<Span> {
        match &self.find(path).kind {
            Kind::Map(entries) => entries
                .iter()
                .find(|(k, _)| k.as_key() == Some(key))
                .map(|(k, _)| k.span),
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

fn unwrap_some(node: &Node) -> &Node {
    match &node.kind {
        Kind::Tuple {
            name: Some(name),
            items,
        } if name.text == "Some" && items.len() == 1 => &items[0],
        _ => node,
    }
}
