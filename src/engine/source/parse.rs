//! A bounded reader for RON text. Untrusted files (scenarios a teacher downloaded, saves
//! that may be damaged) go through here first: depth, string length, item counts and
//! node totals are capped, so a hostile file gets a clear error instead of a crash.

use super::node::{Field, Kind, Name, Node};
use super::span::Span;
use crate::i18n::Message;
use crate::msg;

/// Caps on what one file may contain.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub max_depth: usize,
    pub max_string_bytes: usize,
    pub max_items: usize,
    pub max_nodes: usize,
}

impl Limits {
    pub const SCENARIO: Limits = Limits {
        max_depth: 24,
        max_string_bytes: 16 * 1024,
        max_items: 2_000,
        max_nodes: 200_000,
    };
}

#[derive(Clone, Debug, PartialEq)]
pub struct ParseError {
    pub span: Span,
    pub rule: &'static str,
    /// In English.
    pub message: String,
    /// In English.
    pub help: String,
    /// The message and its help in no language yet (boxed: it is the error of every step).
    pub words: Box<[Message; 2]>,
}

impl ParseError {
    fn new(span: Span, rule: &'static str, message: Message, help: Message) -> ParseError {
        ParseError {
            span,
            rule,
            message: message.english(),
            help: help.english(),
            words: Box::new([message, help]),
        }
    }
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    file: u16,
    limits: Limits,
    depth: usize,
    nodes: usize,
}

type Result<T> = std::result::Result<T, ParseError>;

/// Parses one RON value (the whole file) into a spanned tree.
pub fn parse(text: &str, file: u16, limits: Limits) -> Result<Node> {
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        file,
        limits,
        depth: 0,
        nodes: 0,
    };
    // Editors on Windows may start a UTF-8 file with a byte-order mark; it carries nothing.
    if text.starts_with('\u{feff}') {
        p.pos = '\u{feff}'.len_utf8();
    }
    p.skip_trivia()?;
    if p.peek() == Some(b'#') {
        return Err(p.error(
            p.pos,
            "syntax",
            msg!("check-syntax-extensions"),
            msg!("check-syntax-extensions-help"),
        ));
    }
    if p.at_end() {
        return Err(p.error(
            p.pos,
            "syntax",
            msg!("check-syntax-empty"),
            msg!("check-syntax-empty-help"),
        ));
    }
    let node = p.value()?;
    p.skip_trivia()?;
    if !p.at_end() {
        return Err(p.error(
            p.pos,
            "syntax",
            msg!("check-syntax-trailing"),
            msg!("check-syntax-trailing-help"),
        ));
    }
    Ok(node)
}

impl<'a> Parser<'a> {
    fn at_end(&self) -> bool {
        self.pos >= self.bytes.len()
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<u8> {
        self.bytes.get(self.pos + ahead).copied()
    }

    fn span(&self, start: usize) -> Span {
        Span::new(self.file, start, self.pos)
    }

    fn error(&self, at: usize, rule: &'static str, message: Message, help: Message) -> ParseError {
        ParseError::new(Span::new(self.file, at, at), rule, message, help)
    }

    fn skip_trivia(&mut self) -> Result<()> {
        loop {
            match self.peek() {
                Some(b' ' | b'\t' | b'\n' | b'\r') => self.pos += 1,
                Some(b'/') if self.peek_at(1) == Some(b'/') => {
                    while let Some(b) = self.peek() {
                        // A lone CR ends a line too (files from old Mac editors).
                        if b == b'\n' || b == b'\r' {
                            break;
                        }
                        self.pos += 1;
                    }
                }
                Some(b'/') if self.peek_at(1) == Some(b'*') => {
                    let start = self.pos;
                    self.pos += 2;
                    let mut depth = 1;
                    while depth > 0 {
                        match (self.peek(), self.peek_at(1)) {
                            (None, _) => {
                                return Err(self.error(
                                    start,
                                    "syntax",
                                    msg!("check-syntax-comment-open"),
                                    msg!("check-syntax-comment-open-help"),
                                ));
                            }
                            (Some(b'*'), Some(b'/')) => {
                                depth -= 1;
                                self.pos += 2;
                            }
                            (Some(b'/'), Some(b'*')) => {
                                depth += 1;
                                self.pos += 2;
                            }
                            _ => self.pos += 1,
                        }
                    }
                }
                _ => return Ok(()),
            }
        }
    }

    fn count_node(&mut self, at: usize) -> Result<()> {
        self.nodes += 1;
        if self.nodes > self.limits.max_nodes {
            return Err(self.error(
                at,
                "too-large",
                msg!("check-syntax-too-many-values", count = self.limits.max_nodes),
                msg!("check-syntax-too-many-values-help"),
            ));
        }
        Ok(())
    }

    fn value(&mut self) -> Result<Node> {
        let start = self.pos;
        self.count_node(start)?;
        match self.peek() {
            None => Err(self.error(
                start,
                "syntax",
                msg!("check-syntax-ends-early"),
                msg!("check-syntax-ends-early-help"),
            )),
            Some(b'"') => {
                let s = self.string()?;
                Ok(Node {
                    span: self.span(start),
                    kind: Kind::Str(s),
                })
            }
            Some(b'r') if matches!(self.peek_at(1), Some(b'"' | b'#')) => {
                let s = self.raw_string()?;
                Ok(Node {
                    span: self.span(start),
                    kind: Kind::Str(s),
                })
            }
            Some(b'\'') => self.char_literal(),
            Some(b'[') => self.nested(start, |p| p.list(start)),
            Some(b'{') => self.nested(start, |p| p.map(start)),
            Some(b'(') => self.nested(start, |p| p.paren(start, None)),
            Some(b'-' | b'+' | b'0'..=b'9' | b'.') => self.number(),
            Some(b) if is_ident_start(b) => {
                let name = self.ident();
                match name.text.as_str() {
                    "true" => {
                        return Ok(Node {
                            span: name.span,
                            kind: Kind::Bool(true),
                        });
                    }
                    "false" => {
                        return Ok(Node {
                            span: name.span,
                            kind: Kind::Bool(false),
                        });
                    }
                    _ => {}
                }
                let after_name = self.pos;
                self.skip_trivia()?;
                if self.peek() == Some(b'(') {
                    self.nested(start, |p| p.paren(start, Some(name)))
                } else {
                    self.pos = after_name;
                    Ok(Node {
                        span: name.span,
                        kind: Kind::Ident(name.text),
                    })
                }
            }
            Some(_) => {
                let c = self.text[self.pos..].chars().next().unwrap_or('?');
                Err(self.error(
                    start,
                    "syntax",
                    msg!("check-syntax-unexpected-char", char = c.to_string()),
                    msg!("check-syntax-unexpected-char-help"),
                ))
            }
        }
    }

    fn nested(&mut self, start: usize, inner: impl FnOnce(&mut Self) -> Result<Node>) -> Result<Node> {
        self.depth += 1;
        if self.depth > self.limits.max_depth {
            return Err(self.error(
                start,
                "too-deep",
                msg!("check-syntax-too-deep", count = self.limits.max_depth),
                msg!("check-syntax-too-deep-help"),
            ));
        }
        let node = inner(self);
        self.depth -= 1;
        node
    }

    fn check_count(&self, count: usize, at: usize) -> Result<()> {
        if count > self.limits.max_items {
            return Err(self.error(
                at,
                "too-many",
                msg!("check-syntax-too-many", count = self.limits.max_items),
                msg!("check-syntax-too-many-help"),
            ));
        }
        Ok(())
    }

    /// After an item: a comma, or the closing bracket.
    fn separator(&mut self, close: u8, open_at: usize) -> Result<bool> {
        self.skip_trivia()?;
        match self.peek() {
            Some(b',') => {
                self.pos += 1;
                self.skip_trivia()?;
                Ok(false)
            }
            Some(b) if b == close => Ok(true),
            None => Err(self.error(
                open_at,
                "syntax",
                msg!("check-syntax-never-closed", bracket = opening(close).to_string()),
                msg!("check-syntax-never-closed-help", bracket = (close as char).to_string()),
            )),
            Some(_) => Err(self.error(
                self.pos,
                "syntax",
                msg!("check-syntax-comma", bracket = (close as char).to_string()),
                msg!("check-syntax-comma-help"),
            )),
        }
    }

    fn list(&mut self, start: usize) -> Result<Node> {
        self.pos += 1;
        self.skip_trivia()?;
        let items = self.items(b']', start, start)?;
        Ok(Node {
            span: self.span(start),
            kind: Kind::List(items),
        })
    }

    /// Comma-separated values up to and past `close`; `open_at` is the opening bracket,
    /// `start` the start of the whole value (for the item count error).
    fn items(&mut self, close: u8, open_at: usize, start: usize) -> Result<Vec<Node>> {
        let mut items = Vec::new();
        while self.peek() != Some(close) {
            if self.at_end() {
                return Err(self.error(
                    open_at,
                    "syntax",
                    msg!("check-syntax-never-closed", bracket = opening(close).to_string()),
                    msg!("check-syntax-never-closed-help", bracket = (close as char).to_string()),
                ));
            }
            items.push(self.value()?);
            self.check_count(items.len(), start)?;
            if self.separator(close, open_at)? {
                break;
            }
        }
        self.pos += 1;
        Ok(items)
    }

    fn map(&mut self, start: usize) -> Result<Node> {
        self.pos += 1;
        let mut entries: Vec<(Node, Node)> = Vec::new();
        let mut keys = std::collections::HashSet::new();
        self.skip_trivia()?;
        while self.peek() != Some(b'}') {
            if self.at_end() {
                return Err(self.error(
                    start,
                    "syntax",
                    msg!("check-syntax-map-open"),
                    msg!("check-syntax-map-open-help"),
                ));
            }
            let key = self.value()?;
            // A map read into serde would silently keep only the last of two equal keys.
            if let Some(name) = key.as_key()
                && !keys.insert(name.to_string())
            {
                return Err(self.error(
                    key.span.start as usize,
                    "duplicate-key",
                    msg!("check-syntax-duplicate-key", name = name),
                    msg!("check-syntax-duplicate-key-help"),
                ));
            }
            self.skip_trivia()?;
            if self.peek() != Some(b':') {
                return Err(self.error(
                    self.pos,
                    "syntax",
                    msg!("check-syntax-map-colon"),
                    msg!("check-syntax-map-colon-help"),
                ));
            }
            self.pos += 1;
            self.skip_trivia()?;
            let value = self.value()?;
            entries.push((key, value));
            self.check_count(entries.len(), start)?;
            if self.separator(b'}', start)? {
                break;
            }
        }
        self.pos += 1;
        Ok(Node {
            span: self.span(start),
            kind: Kind::Map(entries),
        })
    }

    /// `(`…`)` after an optional name: a struct if the first entry is `field:`, else a tuple.
    fn paren(&mut self, start: usize, name: Option<Name>) -> Result<Node> {
        let open = self.pos;
        self.pos += 1;
        self.skip_trivia()?;
        if self.peek() == Some(b')') {
            self.pos += 1;
            let kind = match name {
                None => Kind::Unit,
                Some(name) => Kind::Tuple {
                    name: Some(name),
                    items: Vec::new(),
                },
            };
            return Ok(Node {
                span: self.span(start),
                kind,
            });
        }
        if self.starts_field()? {
            let mut fields: Vec<Field> = Vec::new();
            while self.peek() != Some(b')') {
                if self.at_end() {
                    return Err(self.error(
                        open,
                        "syntax",
                        msg!("check-syntax-paren-open"),
                        msg!("check-syntax-paren-open-help"),
                    ));
                }
                let field_start = self.pos;
                if !self.peek().is_some_and(is_ident_start) {
                    return Err(self.error(
                        field_start,
                        "syntax",
                        msg!("check-syntax-field-name"),
                        msg!("check-syntax-field-help"),
                    ));
                }
                let field_name = self.ident();
                self.skip_trivia()?;
                if self.peek() != Some(b':') {
                    return Err(self.error(
                        self.pos,
                        "syntax",
                        msg!("check-syntax-field-colon", name = field_name.text.as_str()),
                        msg!("check-syntax-field-help"),
                    ));
                }
                if fields.iter().any(|f| f.name.text == field_name.text) {
                    return Err(self.error(
                        field_start,
                        "duplicate-field",
                        msg!("check-syntax-duplicate-field", name = field_name.text.as_str()),
                        msg!("check-syntax-duplicate-field-help"),
                    ));
                }
                self.pos += 1;
                self.skip_trivia()?;
                let value = self.value()?;
                fields.push(Field {
                    name: field_name,
                    value,
                });
                self.check_count(fields.len(), start)?;
                if self.separator(b')', open)? {
                    break;
                }
            }
            self.pos += 1;
            Ok(Node {
                span: self.span(start),
                kind: Kind::Struct { name, fields },
            })
        } else {
            let items = self.items(b')', open, start)?;
            Ok(Node {
                span: self.span(start),
                kind: Kind::Tuple { name, items },
            })
        }
    }

    /// Looks ahead for `ident :` (but not `::`) without consuming anything.
    fn starts_field(&mut self) -> Result<bool> {
        if !self.peek().is_some_and(is_ident_start) {
            return Ok(false);
        }
        let save = self.pos;
        self.ident();
        self.skip_trivia()?;
        let is_field = self.peek() == Some(b':') && self.peek_at(1) != Some(b':');
        self.pos = save;
        Ok(is_field)
    }

    fn ident(&mut self) -> Name {
        let start = self.pos;
        while self.peek().is_some_and(is_ident_continue) {
            self.pos += 1;
        }
        Name {
            text: self.text[start..self.pos].to_string(),
            span: self.span(start),
        }
    }

    fn push_checked(&self, out: &mut String, c: char, start: usize) -> Result<()> {
        if out.len() + c.len_utf8() > self.limits.max_string_bytes {
            return Err(self.error(
                start,
                "too-long",
                msg!("check-syntax-string-too-long", count = self.limits.max_string_bytes),
                msg!("check-syntax-string-too-long-help"),
            ));
        }
        out.push(c);
        Ok(())
    }

    fn string(&mut self) -> Result<String> {
        let start = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            let Some(c) = self.text[self.pos..].chars().next() else {
                return Err(self.error(
                    start,
                    "syntax",
                    msg!("check-syntax-string-open"),
                    msg!("check-syntax-string-open-help"),
                ));
            };
            match c {
                '"' => {
                    self.pos += 1;
                    return Ok(out);
                }
                '\\' => {
                    let escape_at = self.pos;
                    self.pos += 1;
                    let decoded = self.escape(escape_at)?;
                    self.push_checked(&mut out, decoded, start)?;
                }
                c => {
                    self.pos += c.len_utf8();
                    self.push_checked(&mut out, c, start)?;
                }
            }
        }
    }

    fn escape(&mut self, at: usize) -> Result<char> {
        let bad = |p: &Self| {
            p.error(
                at,
                "syntax",
                msg!("check-syntax-escape"),
                msg!("check-syntax-escape-help"),
            )
        };
        let Some(b) = self.peek() else {
            return Err(bad(self));
        };
        self.pos += 1;
        Ok(match b {
            b'"' => '"',
            b'\'' => '\'',
            b'\\' => '\\',
            b'/' => '/',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'0' => '\0',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'x' => {
                let hex = self.text.get(self.pos..self.pos + 2).ok_or_else(|| bad(self))?;
                let v = u8::from_str_radix(hex, 16).map_err(|_| bad(self))?;
                self.pos += 2;
                if v > 0x7f {
                    return Err(bad(self));
                }
                v as char
            }
            b'u' => {
                let (digits, skip) = if self.peek() == Some(b'{') {
                    let close = self.text[self.pos..].find('}').ok_or_else(|| bad(self))?;
                    (&self.text[self.pos + 1..self.pos + close], close + 1)
                } else {
                    (self.text.get(self.pos..self.pos + 4).ok_or_else(|| bad(self))?, 4)
                };
                let mut v = u32::from_str_radix(digits, 16).map_err(|_| bad(self))?;
                self.pos += skip;
                // JSON writes characters beyond the BMP as a pair of UTF-16 escapes.
                if (0xd800..0xdc00).contains(&v)
                    && let Some(low) = self
                        .text
                        .get(self.pos..self.pos + 6)
                        .and_then(|t| t.strip_prefix("\\u"))
                        .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                        .filter(|low| (0xdc00..0xe000).contains(low))
                {
                    v = 0x10000 + ((v - 0xd800) << 10) + (low - 0xdc00);
                    self.pos += 6;
                }
                char::from_u32(v).ok_or_else(|| bad(self))?
            }
            _ => return Err(bad(self)),
        })
    }

    fn raw_string(&mut self) -> Result<String> {
        let start = self.pos;
        self.pos += 1;
        let mut hashes = 0;
        while self.peek() == Some(b'#') {
            hashes += 1;
            self.pos += 1;
        }
        if self.peek() != Some(b'"') {
            return Err(self.error(
                start,
                "syntax",
                msg!("check-syntax-raw-string"),
                msg!("check-syntax-raw-string-help"),
            ));
        }
        self.pos += 1;
        let terminator: String = std::iter::once('"').chain(std::iter::repeat_n('#', hashes)).collect();
        let Some(len) = self.text[self.pos..].find(&terminator) else {
            return Err(self.error(
                start,
                "syntax",
                msg!("check-syntax-raw-string-open"),
                msg!("check-syntax-raw-string-open-help"),
            ));
        };
        if len > self.limits.max_string_bytes {
            return Err(self.error(
                start,
                "too-long",
                msg!("check-syntax-string-too-long", count = self.limits.max_string_bytes),
                msg!("check-syntax-shorten"),
            ));
        }
        let s = self.text[self.pos..self.pos + len].to_string();
        self.pos += len + terminator.len();
        Ok(s)
    }

    fn char_literal(&mut self) -> Result<Node> {
        let start = self.pos;
        self.pos += 1;
        let c = match self.text[self.pos..].chars().next() {
            Some('\\') => {
                let at = self.pos;
                self.pos += 1;
                self.escape(at)?
            }
            Some(c) => {
                self.pos += c.len_utf8();
                c
            }
            None => {
                return Err(self.error(
                    start,
                    "syntax",
                    msg!("check-syntax-char-open"),
                    msg!("check-syntax-char-open-help"),
                ));
            }
        };
        if self.peek() != Some(b'\'') {
            return Err(self.error(
                start,
                "syntax",
                msg!("check-syntax-char-one"),
                msg!("check-syntax-char-one-help"),
            ));
        }
        self.pos += 1;
        Ok(Node {
            span: self.span(start),
            kind: Kind::Char(c),
        })
    }

    fn number(&mut self) -> Result<Node> {
        let start = self.pos;
        if matches!(self.peek(), Some(b'-' | b'+')) {
            self.pos += 1;
        }
        let mut is_float = false;
        while let Some(b) = self.peek() {
            match b {
                b'0'..=b'9' | b'_' => self.pos += 1,
                b'.' if self.peek_at(1).is_some_and(|n| n.is_ascii_digit()) || !is_float => {
                    is_float = true;
                    self.pos += 1;
                }
                b'e' | b'E' => {
                    is_float = true;
                    self.pos += 1;
                    if matches!(self.peek(), Some(b'-' | b'+')) {
                        self.pos += 1;
                    }
                }
                _ => break,
            }
        }
        if self.peek().is_some_and(is_ident_continue) {
            return Err(self.error(
                start,
                "syntax",
                msg!("check-syntax-number"),
                msg!("check-syntax-number-help"),
            ));
        }
        let text: String = self.text[start..self.pos].chars().filter(|&c| c != '_').collect();
        let malformed = || {
            ParseError::new(
                Span::new(self.file, start, self.pos),
                "syntax",
                msg!("check-syntax-number-text", text = &self.text[start..self.pos]),
                msg!("check-syntax-number-help"),
            )
        };
        let kind = if is_float {
            let v: f64 = text.parse().map_err(|_| malformed())?;
            if !v.is_finite() {
                return Err(malformed());
            }
            Kind::Float(v)
        } else if let Ok(v) = text.parse::<i64>() {
            Kind::Int(v)
        } else if let Ok(v) = text.trim_start_matches('+').parse::<u64>() {
            Kind::UInt(v)
        } else {
            return Err(malformed());
        };
        Ok(Node {
            span: self.span(start),
            kind,
        })
    }
}

fn opening(close: u8) -> char {
    match close {
        b')' => '(',
        b']' => '[',
        _ => '{',
    }
}

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_'
}

fn is_ident_continue(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Result<Node> {
        parse(text, 0, Limits::SCENARIO)
    }

    #[test]
    fn parses_structs_tuples_lists_maps() {
        let n = p(r#"Scenario(id: "x", n: [1, -2, 3.5], m: {"a": Some(Japan)}, t: (1, 2), u: ()) // end"#).unwrap();
        let Kind::Struct { name, fields } = &n.kind else {
            panic!("not a struct: {n:?}")
        };
        assert_eq!(name.as_ref().unwrap().text, "Scenario");
        assert_eq!(fields.len(), 5);
        assert_eq!(n.field("id").unwrap().kind, Kind::Str("x".into()));
        assert!(matches!(n.field("t").unwrap().kind, Kind::Tuple { .. }));
        assert_eq!(n.field("u").unwrap().kind, Kind::Unit);
    }

    #[test]
    fn decodes_escapes_and_raw_strings() {
        let n = p(r##"["a\"b\\c\n\u{41f}\x41", r#"raw "quoted""#]"##).unwrap();
        let Kind::List(items) = n.kind else { panic!() };
        assert_eq!(items[0].kind, Kind::Str("a\"b\\c\nПA".into()));
        assert_eq!(items[1].kind, Kind::Str("raw \"quoted\"".into()));
    }

    #[test]
    fn reports_unclosed_brackets_at_the_opening() {
        let e = p("Scenario(\n  a: [1, 2,\n").unwrap_err();
        assert_eq!(e.rule, "syntax");
        assert!(e.message.contains("never closed"), "{e:?}");
    }

    #[test]
    fn missing_comma_is_named() {
        let e = p("(a: 1 b: 2)").unwrap_err();
        assert!(e.help.contains("comma"), "{e:?}");
    }

    #[test]
    fn depth_is_bounded() {
        let deep = "[".repeat(10_000) + &"]".repeat(10_000);
        let e = p(&deep).unwrap_err();
        assert_eq!(e.rule, "too-deep");
    }

    #[test]
    fn string_length_is_bounded() {
        let long = format!("\"{}\"", "x".repeat(Limits::SCENARIO.max_string_bytes + 1));
        assert_eq!(p(&long).unwrap_err().rule, "too-long");
    }

    #[test]
    fn item_count_is_bounded() {
        let many = format!("[{}]", "1,".repeat(Limits::SCENARIO.max_items + 1));
        assert_eq!(p(&many).unwrap_err().rule, "too-many");
    }

    #[test]
    fn duplicate_fields_are_refused() {
        assert_eq!(p("(a: 1, a: 2)").unwrap_err().rule, "duplicate-field");
    }

    #[test]
    fn reads_json_as_well() {
        let n = p(r#"{"name": "W\u00e9 \ud83d\ude00", "list": [1, 2.5, null, true], "inner": {"a": -1}}"#).unwrap();
        let Kind::Map(entries) = &n.kind else { panic!("{n:?}") };
        assert_eq!(entries[0].1.kind, Kind::Str("Wé 😀".into()));
        assert_eq!(n.field("inner").unwrap().field("a").unwrap().kind, Kind::Int(-1));
    }

    #[test]
    fn duplicate_map_keys_are_refused_at_the_second() {
        let text = r#"{"korea": 1, "sakhalin": 2, "korea": 3}"#;
        let e = p(text).unwrap_err();
        assert_eq!(e.rule, "duplicate-key");
        assert_eq!(e.span.start as usize, text.rfind("\"korea\"").unwrap());
    }

    #[test]
    fn byte_order_marks_and_lone_carriage_returns_are_read() {
        assert!(p("\u{feff}(a: 1)").is_ok());
        // With CR-only line ends a line comment stops at the CR, not at the end of the file.
        let n = p("(\r// a comment\ra: 1,\rb: 2)").unwrap();
        assert_eq!(n.field("b").unwrap().kind, Kind::Int(2));
    }

    /// Whatever the text, parsing ends in a tree or in an error that names a rule, says
    /// what is wrong and what to do, and points inside the text at a character boundary.
    #[test]
    fn garbage_never_panics() {
        let valid =
            r##"Scenario(id: "x", n: [1, -2, 3.5e2], m: {"a": Some(Japan)}, t: ('c', r#"raw"#), u: () /* c */)"##;
        let mut texts: Vec<String> = [
            "",
            "(",
            ")",
            "\"",
            "r#\"",
            "'",
            "1e",
            "--1",
            "(a:",
            "{1:}",
            "/*",
            "Some(",
            "\\u{zz}",
            "\"\\u{110000}\"",
            "é",
            "\"\\x\"",
            "(a: 1 b: 2)",
            "[1,,]",
            "#![enable(implicit_some)]",
            "1.0.0",
            "99999999999999999999999",
            "1e999",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Every cut of a valid file, and every one-character deletion from it.
        for (i, _) in valid.char_indices() {
            texts.push(valid[..i].to_string());
            let mut deleted = valid.to_string();
            deleted.remove(i);
            texts.push(deleted);
        }
        for text in &texts {
            if let Err(e) = p(text) {
                let (start, end) = (e.span.start as usize, e.span.end as usize);
                assert!(
                    start <= end && end <= text.len(),
                    "{text:?}: span {start}..{end} outside the text"
                );
                assert!(text.is_char_boundary(start), "{text:?}: span inside a character");
                assert!(
                    !e.rule.is_empty() && !e.message.is_empty() && !e.help.is_empty(),
                    "{text:?}: {e:?}"
                );
            }
        }
        assert!(p(valid).is_ok());
    }
}
