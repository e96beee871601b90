//! A counterfactual scenario names a base file and lists only what it changes. Its tree is
//! laid over the base tree: fields replace fields, maps merge by key, and lists of items
//! with an `id` merge by id (`remove: true` deletes an item). Other values replace wholesale.
//! Every node keeps the span of the file it came from, so errors still point at the right file.

use super::node::{Field, Kind, Node};
use super::span::Span;
use crate::i18n::Message;
use crate::msg;

#[derive(Debug, Clone, PartialEq)]
pub struct MergeError {
    pub span: Span,
    pub message: Message,
    pub help: Message,
}

pub fn merge(base: Node, over: Node) -> Result<Node, MergeError> {
    match (base.kind, over.kind) {
        (
            Kind::Struct {
                name: base_name,
                fields: mut base_fields,
            },
            Kind::Struct {
                name: over_name,
                fields: over_fields,
            },
        ) if over_name.is_none() || base_name.as_ref().map(|n| &n.text) == over_name.as_ref().map(|n| &n.text) => {
            for field in over_fields {
                match base_fields.iter().position(|f| f.name.text == field.name.text) {
                    Some(i) => {
                        let old = std::mem::replace(&mut base_fields[i].value, placeholder());
                        base_fields[i].value = merge(old, field.value)?;
                    }
                    None => base_fields.push(field),
                }
            }
            Ok(Node {
                span: base.span,
                kind: Kind::Struct {
                    name: base_name,
                    fields: base_fields,
                },
            })
        }
        (Kind::Map(mut base_entries), Kind::Map(over_entries)) => {
            for (key, value) in over_entries {
                match base_entries
                    .iter()
                    .position(|(k, _)| k.as_key().is_some() && k.as_key() == key.as_key())
                {
                    Some(i) => {
                        let old = std::mem::replace(&mut base_entries[i].1, placeholder());
                        base_entries[i].1 = merge(old, value)?;
                    }
                    None => base_entries.push((key, value)),
                }
            }
            Ok(Node {
                span: base.span,
                kind: Kind::Map(base_entries),
            })
        }
        // The merged list takes the overriding file's span: that is where its author
        // last shaped it, and where an error about the list as a whole should point.
        (Kind::List(base_items), Kind::List(over_items)) if keyed(&base_items) && keyed(&over_items) => {
            merge_by_id(over.span, base_items, over_items)
        }
        (_, kind) => Ok(Node { span: over.span, kind }),
    }
}

fn placeholder() -> Node {
    Node {
        span: Span::default(),
        kind: Kind::Unit,
    }
}

fn id_of(node: &Node) -> Option<&str> {
    match &node.field("id")?.kind {
        Kind::Str(s) => Some(s),
        _ => None,
    }
}

/// A list merges by id only when every item is a struct with a string `id`.
fn keyed(items: &[Node]) -> bool {
    !items.is_empty() && items.iter().all(|n| id_of(n).is_some())
}

fn merge_by_id(span: Span, mut base: Vec<Node>, over: Vec<Node>) -> Result<Node, MergeError> {
    for mut item in over {
        let id = id_of(&item).unwrap_or_default().to_string();
        let position = base.iter().position(|b| id_of(b) == Some(id.as_str()));
        if let Some(remove) = take_field(&mut item, "remove") {
            match (remove.kind, position) {
                (Kind::Bool(true), Some(i)) => {
                    base.remove(i);
                    continue;
                }
                (Kind::Bool(true), None) => {
                    return Err(MergeError {
                        span: item.span,
                        message: msg!("check-merge-remove-unknown", id = id.as_str()),
                        help: msg!("check-merge-remove-unknown-help"),
                    });
                }
                (Kind::Bool(false), _) => {}
                _ => {
                    return Err(MergeError {
                        span: remove.span,
                        message: msg!("check-merge-remove-bool"),
                        help: msg!("check-merge-remove-bool-help"),
                    });
                }
            }
        }
        match position {
            Some(i) => {
                let old = std::mem::replace(&mut base[i], placeholder());
                base[i] = merge(old, item)?;
            }
            None => base.push(item),
        }
    }
    Ok(Node {
        span,
        kind: Kind::List(base),
    })
}

/// Removes a field from a struct node and returns its value.
pub fn take_field(node: &mut Node, name: &str) -> Option<Node> {
    match &mut node.kind {
        Kind::Struct { fields, .. } => {
            let i = fields.iter().position(|f: &Field| f.name.text == name)?;
            Some(fields.remove(i).value)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse::{Limits, parse};
    use super::*;

    fn tree(text: &str, file: u16) -> Node {
        parse(text, file, Limits::SCENARIO).unwrap()
    }

    #[test]
    fn lays_a_counterfactual_over_its_base() {
        let base = tree(
            r#"S(id: "a", n: 1, m: {"x": 1, "y": 2}, events: [E(id: "e1", c: 1.0), E(id: "e2", c: 1.0)], dates: [1, 2])"#,
            0,
        );
        let over = tree(
            r#"(id: "b", m: {"y": 3}, events: [E(id: "e1", remove: true), (id: "e2", c: 0.5), E(id: "e3", c: 1.0)], dates: [9])"#,
            1,
        );
        let merged = merge(base, over).unwrap();
        let expected = tree(
            r#"S(id: "b", n: 1, m: {"x": 1, "y": 3}, events: [E(id: "e2", c: 0.5), E(id: "e3", c: 1.0)], dates: [9])"#,
            0,
        );
        assert_eq!(strip(&merged), strip(&expected));
        // The changed value keeps the span of the file it came from.
        assert_eq!(merged.field("id").unwrap().span.file, 1);
        assert_eq!(merged.field("n").unwrap().span.file, 0);
    }

    #[test]
    fn removing_an_unknown_id_is_an_error() {
        let base = tree(r#"(events: [(id: "e1")])"#, 0);
        let over = tree(r#"(events: [(id: "nope", remove: true)])"#, 1);
        let err = merge(base, over).unwrap_err();
        assert!(err.message.english().contains("nope"));
        assert_eq!(err.span.file, 1);
    }

    /// Spans differ between the two parses; compare shapes and values only.
    fn strip(node: &Node) -> String {
        fn walk(n: &Node, out: &mut String) {
            match &n.kind {
                Kind::Struct { fields, .. } => {
                    out.push('(');
                    for f in fields {
                        out.push_str(&f.name.text);
                        out.push(':');
                        walk(&f.value, out);
                        out.push(',');
                    }
                    out.push(')');
                }
                Kind::List(items) => {
                    out.push('[');
                    for i in items {
                        walk(i, out);
                        out.push(',');
                    }
                    out.push(']');
                }
                Kind::Map(entries) => {
                    out.push('{');
                    for (k, v) in entries {
                        walk(k, out);
                        out.push(':');
                        walk(v, out);
                        out.push(',');
                    }
                    out.push('}');
                }
                other => out.push_str(&format!("{other:?}")),
            }
        }
        let mut out = String::new();
        walk(node, &mut out);
        out
    }
}
