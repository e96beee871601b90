//! Serde deserialisation from the spanned tree. Any error names the span of the value
//! that caused it, so "missing field" or "unknown variant" messages point at a line.

use super::node::{Field, Kind, Node};
use super::span::Span;
use super::spanned::{SPAN_FIELD, SPANNED, VALUE_FIELD};
use crate::i18n::Message;
use crate::msg;
use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub struct DeError {
    /// In English.
    pub message: String,
    pub span: Option<Span>,
    /// The message in no language yet.
    pub words: Message,
}

impl DeError {
    fn new(words: Message, span: Option<Span>) -> DeError {
        DeError {
            message: words.english(),
            span,
            words,
        }
    }
}

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DeError {}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        DeError::new(Message::Fixed(msg.to_string()), None)
    }

    // Serde's own wording, kept word for word in English, and written in every language.

    fn invalid_type(unexpected: de::Unexpected, expected: &dyn de::Expected) -> Self {
        DeError::new(
            msg!(
                "check-invalid-type",
                found = unexpected.to_string(),
                expected = expected.to_string()
            ),
            None,
        )
    }

    fn invalid_value(unexpected: de::Unexpected, expected: &dyn de::Expected) -> Self {
        DeError::new(
            msg!(
                "check-invalid-value",
                found = unexpected.to_string(),
                expected = expected.to_string()
            ),
            None,
        )
    }

    fn invalid_length(len: usize, expected: &dyn de::Expected) -> Self {
        DeError::new(
            msg!(
                "check-invalid-length",
                count = len.to_string(),
                expected = expected.to_string()
            ),
            None,
        )
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        let words = match expected {
            [] => msg!("check-unknown-variant-none", name = variant),
            names => msg!("check-unknown-variant", name = variant, expected = one_of(names)),
        };
        DeError::new(words, None)
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        let words = match expected {
            [] => msg!("check-unknown-field-none", name = field),
            names => msg!("check-unknown-field", name = field, expected = one_of(names)),
        };
        DeError::new(words, None)
    }

    fn missing_field(field: &'static str) -> Self {
        DeError::new(msg!("check-missing-field", name = field), None)
    }

    fn duplicate_field(field: &'static str) -> Self {
        DeError::new(msg!("check-duplicate-field", name = field), None)
    }
}

/// The names a value may take, as serde lists them: "`a`", "`a` or `b`", "one of `a`, `b`, `c`".
fn one_of(names: &[&str]) -> Message {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.as_slice() {
        [one] => Message::Fixed(one.clone()),
        [a, b] => msg!("check-either", first = a.as_str(), second = b.as_str()),
        _ => msg!("check-one-of", names = quoted.join(", ")),
    }
}

type Result<T> = std::result::Result<T, DeError>;

/// Deserialises `T` from a parsed tree.
pub fn from_node<T: de::DeserializeOwned>(node: &Node) -> Result<T> {
    T::deserialize(NodeDe(node))
}

/// Errors raised by visitors carry no position; the innermost value that sees one fills it in.
fn at<T>(span: Span, r: Result<T>) -> Result<T> {
    r.map_err(|mut e| {
        e.span.get_or_insert(span);
        e
    })
}

fn mismatch(node: &Node, expected: Message) -> DeError {
    DeError::new(
        msg!(
            "check-expected-found",
            expected = expected,
            found = node.describe_words()
        ),
        Some(node.span),
    )
}

#[derive(Clone, Copy)]
pub struct NodeDe<'a>(pub &'a Node);

impl<'de> de::Deserializer<'de> for NodeDe<'_> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let node = self.0;
        let r = match &node.kind {
            Kind::Unit => visitor.visit_unit(),
            Kind::Bool(b) => visitor.visit_bool(*b),
            Kind::Int(i) => visitor.visit_i64(*i),
            Kind::UInt(u) => visitor.visit_u64(*u),
            Kind::Float(f) => visitor.visit_f64(*f),
            Kind::Str(s) => visitor.visit_str(s),
            Kind::Char(c) => visitor.visit_char(*c),
            _ if node.is_none() => visitor.visit_none(),
            Kind::Ident(s) => visitor.visit_str(s),
            Kind::List(items) => visitor.visit_seq(Seq::new(items)),
            Kind::Map(entries) => visitor.visit_map(MapEntries::new(entries)),
            Kind::Struct { fields, .. } => visitor.visit_map(StructFields::new(fields)),
            Kind::Tuple { name: Some(n), items } if n.text == "Some" && items.len() == 1 => {
                visitor.visit_some(NodeDe(&items[0]))
            }
            Kind::Tuple { items, .. } => visitor.visit_seq(Seq::new(items)),
        };
        at(node.span, r)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.0.kind {
            Kind::Bool(b) => at(self.0.span, visitor.visit_bool(b)),
            _ => Err(mismatch(self.0, msg!("check-want-bool"))),
        }
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let r = match self.0.kind {
            Kind::Int(i) => visitor.visit_i64(i),
            Kind::UInt(u) => visitor.visit_u64(u),
            _ => return Err(mismatch(self.0, msg!("check-want-whole"))),
        };
        at(self.0.span, r)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let r = match self.0.kind {
            Kind::Int(i) => visitor.visit_f64(i as f64),
            Kind::UInt(u) => visitor.visit_f64(u as f64),
            Kind::Float(f) => visitor.visit_f64(f),
            _ => return Err(mismatch(self.0, msg!("check-want-number"))),
        };
        at(self.0.span, r)
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match &self.0.kind {
            Kind::Char(c) => at(self.0.span, visitor.visit_char(*c)),
            Kind::Str(s) if s.chars().count() == 1 => at(self.0.span, visitor.visit_str(s)),
            _ => Err(mismatch(self.0, msg!("check-want-char"))),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match &self.0.kind {
            Kind::Str(s) => at(self.0.span, visitor.visit_str(s)),
            _ => Err(mismatch(self.0, msg!("check-want-string"))),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value> {
        Err(mismatch(self.0, msg!("check-want-bytes")))
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_bytes(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let node = self.0;
        let r = match &node.kind {
            _ if node.is_none() => visitor.visit_none(),
            Kind::Tuple { name: Some(n), items } if n.text == "Some" => {
                if items.len() != 1 {
                    return Err(mismatch(node, msg!("check-want-some")));
                }
                visitor.visit_some(NodeDe(&items[0]))
            }
            // Lenient: a bare value where an optional one is expected means `Some(value)`.
            _ => visitor.visit_some(self),
        };
        at(node.span, r)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match &self.0.kind {
            Kind::Unit => at(self.0.span, visitor.visit_unit()),
            _ => Err(mismatch(self.0, msg!("check-want-unit"))),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, name: &'static str, visitor: V) -> Result<V::Value> {
        match &self.0.kind {
            Kind::Unit => at(self.0.span, visitor.visit_unit()),
            Kind::Ident(s) if s == name => at(self.0.span, visitor.visit_unit()),
            _ => Err(mismatch(self.0, msg!("check-want-word", name = name))),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, name: &'static str, visitor: V) -> Result<V::Value> {
        let node = self.0;
        let r = match &node.kind {
            Kind::Tuple { name: n, items } if items.len() == 1 && n.as_ref().is_none_or(|n| n.text == name) => {
                visitor.visit_newtype_struct(NodeDe(&items[0]))
            }
            _ => visitor.visit_newtype_struct(self),
        };
        at(node.span, r)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let node = self.0;
        match &node.kind {
            Kind::List(items) | Kind::Tuple { name: None, items } => at(node.span, visitor.visit_seq(Seq::new(items))),
            _ => Err(mismatch(node, msg!("check-want-list"))),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value> {
        let node = self.0;
        match &node.kind {
            Kind::List(items) | Kind::Tuple { items, .. } => at(node.span, visitor.visit_seq(Seq::new(items))),
            _ => Err(mismatch(node, msg!("check-want-tuple"))),
        }
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value> {
        self.deserialize_tuple(len, visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let node = self.0;
        match &node.kind {
            Kind::Map(entries) => at(node.span, visitor.visit_map(MapEntries::new(entries))),
            _ => Err(mismatch(node, msg!("check-want-map"))),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        let node = self.0;
        if name == SPANNED {
            return visitor.visit_map(SpannedFields { node, step: 0 });
        }
        match &node.kind {
            Kind::Struct { name: n, fields } => {
                if let Some(n) = n.as_ref().filter(|n| n.text != name) {
                    return Err(DeError::new(
                        msg!("check-wrong-record", expected = name, found = n.text.as_str()),
                        Some(n.span),
                    ));
                }
                at(node.span, visitor.visit_map(StructFields::new(fields)))
            }
            Kind::Unit => at(node.span, visitor.visit_map(StructFields::new(&[]))),
            // JSON writes a record as an object.
            Kind::Map(entries) => at(node.span, visitor.visit_map(MapEntries::new(entries))),
            Kind::Tuple { name: Some(n), items } if items.is_empty() && n.text == name => {
                at(node.span, visitor.visit_map(StructFields::new(&[])))
            }
            _ => Err(mismatch(node, msg!("check-want-record", name = name))),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        let node = self.0;
        let r = match &node.kind {
            Kind::Ident(_) | Kind::Str(_) | Kind::Tuple { name: Some(_), .. } | Kind::Struct { name: Some(_), .. } => {
                visitor.visit_enum(EnumNode(node))
            }
            // JSON writes a choice with data as an object of one entry: `{"Computer": "tit_for_tat"}`.
            Kind::Map(entries) if entries.len() == 1 && matches!(entries[0].0.kind, Kind::Str(_)) => {
                visitor.visit_enum(EnumNode(node))
            }
            _ => {
                return Err(mismatch(node, msg!("check-want-choice-such-as")));
            }
        };
        at(node.span, r)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match &self.0.kind {
            Kind::Ident(s) | Kind::Str(s) => at(self.0.span, visitor.visit_str(s)),
            _ => Err(mismatch(self.0, msg!("check-want-name"))),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! { i128 u128 }

    fn deserialize_i8<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
        self.deserialize_i64(v)
    }
    fn deserialize_i16<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
        self.deserialize_i64(v)
    }
    fn deserialize_i32<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
        self.deserialize_i64(v)
    }
    fn deserialize_u8<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
        self.deserialize_i64(v)
    }
    fn deserialize_u16<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
        self.deserialize_i64(v)
    }
    fn deserialize_u32<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
        self.deserialize_i64(v)
    }
    fn deserialize_u64<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
        self.deserialize_i64(v)
    }
    fn deserialize_f32<V: Visitor<'de>>(self, v: V) -> Result<V::Value> {
        self.deserialize_f64(v)
    }
}

struct Seq<'a> {
    items: std::slice::Iter<'a, Node>,
}

impl<'a> Seq<'a> {
    fn new(items: &'a [Node]) -> Self {
        Seq { items: items.iter() }
    }
}

impl<'de> de::SeqAccess<'de> for Seq<'_> {
    type Error = DeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        match self.items.next() {
            Some(node) => at(node.span, seed.deserialize(NodeDe(node))).map(Some),
            None => Ok(None),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct MapEntries<'a> {
    entries: std::slice::Iter<'a, (Node, Node)>,
    value: Option<&'a Node>,
}

impl<'a> MapEntries<'a> {
    fn new(entries: &'a [(Node, Node)]) -> Self {
        MapEntries {
            entries: entries.iter(),
            value: None,
        }
    }
}

impl<'de> de::MapAccess<'de> for MapEntries<'_> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        match self.entries.next() {
            Some((key, value)) => {
                self.value = Some(value);
                at(key.span, seed.deserialize(NodeDe(key))).map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        let node = self.value.take().expect("serde asks for a value after its key");
        at(node.span, seed.deserialize(NodeDe(node)))
    }
}

struct StructFields<'a> {
    fields: std::slice::Iter<'a, Field>,
    value: Option<&'a Node>,
}

impl<'a> StructFields<'a> {
    fn new(fields: &'a [Field]) -> Self {
        StructFields {
            fields: fields.iter(),
            value: None,
        }
    }
}

impl<'de> de::MapAccess<'de> for StructFields<'_> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        match self.fields.next() {
            Some(field) => {
                self.value = Some(&field.value);
                let key: de::value::StrDeserializer<'_, DeError> = field.name.text.as_str().into_deserializer();
                at(field.name.span, seed.deserialize(key)).map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        let node = self.value.take().expect("serde asks for a value after its key");
        at(node.span, seed.deserialize(NodeDe(node)))
    }
}

/// Hands a `Spanned` its node's span, then the value itself.
struct SpannedFields<'a> {
    node: &'a Node,
    step: u8,
}

impl<'de> de::MapAccess<'de> for SpannedFields<'_> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        let key = match self.step {
            0 => SPAN_FIELD,
            1 => VALUE_FIELD,
            _ => return Ok(None),
        };
        let key: de::value::StrDeserializer<'_, DeError> = key.into_deserializer();
        seed.deserialize(key).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        self.step += 1;
        if self.step == 1 {
            let span = self.node.span;
            let parts = [span.file as u32, span.start, span.end];
            seed.deserialize(de::value::SeqDeserializer::<_, DeError>::new(parts.into_iter()))
        } else {
            seed.deserialize(NodeDe(self.node))
        }
    }
}

struct EnumNode<'a>(&'a Node);

impl<'de, 'a> de::EnumAccess<'de> for EnumNode<'a> {
    type Error = DeError;
    type Variant = VariantNode<'a>;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self::Variant)> {
        let (name, span, variant) = match &self.0.kind {
            Kind::Ident(s) | Kind::Str(s) => (s.as_str(), self.0.span, VariantNode::Ron(self.0)),
            Kind::Tuple { name: Some(n), .. } | Kind::Struct { name: Some(n), .. } => {
                (n.text.as_str(), n.span, VariantNode::Ron(self.0))
            }
            Kind::Map(entries) => match &entries[..] {
                [(key @ Node { kind: Kind::Str(s), .. }, value)] => (s.as_str(), key.span, VariantNode::Json(value)),
                _ => return Err(mismatch(self.0, msg!("check-want-choice"))),
            },
            _ => return Err(mismatch(self.0, msg!("check-want-choice"))),
        };
        let key: de::value::StrDeserializer<'_, DeError> = name.into_deserializer();
        let value = at(span, seed.deserialize(key))?;
        Ok((value, variant))
    }
}

/// A choice's data: RON's `Name(...)` node, or the value of JSON's `{"Name": value}`.
enum VariantNode<'a> {
    Ron(&'a Node),
    Json(&'a Node),
}

impl<'de> de::VariantAccess<'de> for VariantNode<'_> {
    type Error = DeError;

    fn unit_variant(self) -> Result<()> {
        let node = match self {
            VariantNode::Ron(node) => node,
            VariantNode::Json(value) => return Err(mismatch(value, msg!("check-want-no-value"))),
        };
        match &node.kind {
            Kind::Ident(_) | Kind::Str(_) => Ok(()),
            Kind::Tuple { items, .. } if items.is_empty() => Ok(()),
            _ => Err(mismatch(node, msg!("check-want-plain-word"))),
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value> {
        let node = match self {
            VariantNode::Ron(node) => node,
            VariantNode::Json(value) => return at(value.span, seed.deserialize(NodeDe(value))),
        };
        match &node.kind {
            Kind::Tuple { items, .. } if items.len() == 1 => at(items[0].span, seed.deserialize(NodeDe(&items[0]))),
            Kind::Tuple { name: Some(n), items } => Err(DeError::new(
                msg!("check-takes-one-value", name = n.text.as_str(), found = items.len()),
                Some(node.span),
            )),
            _ => Err(mismatch(node, msg!("check-want-newtype"))),
        }
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value> {
        let node = match self {
            VariantNode::Ron(node) => node,
            VariantNode::Json(value) => return de::Deserializer::deserialize_tuple(NodeDe(value), len, visitor),
        };
        match &node.kind {
            Kind::Tuple { name: Some(n), items } => {
                if items.len() != len {
                    return Err(DeError::new(
                        msg!(
                            "check-takes-values",
                            name = n.text.as_str(),
                            count = len,
                            found = items.len()
                        ),
                        Some(node.span),
                    ));
                }
                at(node.span, visitor.visit_seq(Seq::new(items)))
            }
            _ => Err(mismatch(node, msg!("check-want-tuple-variant", count = len))),
        }
    }

    fn struct_variant<V: Visitor<'de>>(self, fields: &'static [&'static str], visitor: V) -> Result<V::Value> {
        let node = match self {
            VariantNode::Ron(node) => node,
            VariantNode::Json(value) => {
                return de::Deserializer::deserialize_struct(NodeDe(value), "", fields, visitor);
            }
        };
        match &node.kind {
            Kind::Struct { fields, .. } => at(node.span, visitor.visit_map(StructFields::new(fields))),
            Kind::Tuple { items, .. } if items.is_empty() => at(node.span, visitor.visit_map(StructFields::new(&[]))),
            _ => Err(mismatch(node, msg!("check-want-struct-variant"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse::{Limits, parse};
    use super::*;
    use serde::Deserialize;
    use std::collections::BTreeMap;

    #[derive(Deserialize, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Doc {
        name: String,
        side: Side,
        count: u8,
        share: f64,
        opt: Option<u32>,
        #[serde(default)]
        tags: Vec<String>,
        map: BTreeMap<String, Vec<u16>>,
        cond: Cond,
    }

    #[derive(Deserialize, Debug, PartialEq)]
    enum Side {
        Japan,
        Russia,
    }

    #[derive(Deserialize, Debug, PartialEq)]
    enum Cond {
        Always,
        Meter(String, i32),
        Not(Box<Cond>),
        All(Vec<Cond>),
        Named { id: String },
    }

    fn de<T: de::DeserializeOwned>(text: &str) -> Result<T> {
        from_node(&parse(text, 0, Limits::SCENARIO).unwrap())
    }

    #[test]
    fn reads_typed_documents() {
        let doc: Doc = de(r#"Doc(name: "Witte", side: Russia, count: 3, share: 1, opt: Some(4),
            map: {"korea": [1, 2]}, cond: All([Not(Always), Meter("x", -3), Named(id: "y")]))"#)
        .unwrap();
        assert_eq!(doc.side, Side::Russia);
        assert_eq!(doc.share, 1.0);
        assert_eq!(doc.opt, Some(4));
        assert_eq!(doc.map["korea"], vec![1, 2]);
        assert_eq!(
            doc.cond,
            Cond::All(vec![
                Cond::Not(Box::new(Cond::Always)),
                Cond::Meter("x".into(), -3),
                Cond::Named { id: "y".into() }
            ])
        );
    }

    #[test]
    fn spanned_values_keep_their_place() {
        use super::super::spanned::Spanned;
        #[derive(Deserialize, Debug)]
        struct Placed {
            name: Spanned<String>,
            map: BTreeMap<Spanned<String>, Spanned<Vec<Spanned<u8>>>>,
            opt: Option<Spanned<Side>>,
        }
        let text = r#"(name: "Witte", map: {"korea": [1, 2]}, opt: Some(Japan))"#;
        let placed: Placed = de(text).unwrap();
        assert_eq!(placed.name.value, "Witte");
        assert_eq!(placed.name.span.start as usize, text.find("\"Witte").unwrap());
        let (key, list) = placed.map.iter().next().unwrap();
        assert_eq!(key.span.start as usize, text.find("\"korea").unwrap());
        assert_eq!(list.span.start as usize, text.find('[').unwrap());
        assert_eq!(list[1].span.start as usize, text.find('2').unwrap());
        assert_eq!(placed.opt.unwrap().span.start as usize, text.find("Japan").unwrap());
        // A wrong value inside still names its own place.
        let err = de::<Placed>(r#"(name: 3, map: {}, opt: None)"#).unwrap_err();
        assert_eq!(err.span.unwrap().start, 7);
    }

    #[test]
    fn errors_point_at_the_offending_value() {
        let text = "Doc(name: \"W\", side: Prussia, count: 3, share: 1, opt: None, map: {}, cond: Always)";
        let err = de::<Doc>(text).unwrap_err();
        assert!(err.message.contains("unknown variant `Prussia`"), "{err:?}");
        assert_eq!(err.span.unwrap().start as usize, text.find("Prussia").unwrap());

        let text = "Doc(name: \"W\", side: Japan, count: 300, share: 1, opt: None, map: {}, cond: Always)";
        let err = de::<Doc>(text).unwrap_err();
        assert_eq!(err.span.unwrap().start as usize, text.find("300").unwrap());

        let text = "Doc(name: \"W\", side: Japan, cuont: 3, share: 1, opt: None, map: {}, cond: Always)";
        let err = de::<Doc>(text).unwrap_err();
        assert!(err.message.contains("unknown field `cuont`"), "{err:?}");
        assert_eq!(err.span.unwrap().start as usize, text.find("cuont").unwrap());

        let err = de::<Doc>("Dok(name: \"W\")").unwrap_err();
        assert!(err.message.contains("expected `Doc(...)`"), "{err:?}");

        let err = de::<Doc>("Doc(name: \"W\")").unwrap_err();
        assert!(err.message.contains("missing field `side`"), "{err:?}");
        assert_eq!(err.span.unwrap().start, 0);
    }
}
