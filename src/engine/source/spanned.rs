//! A value together with the place in a file it was read from. The own deserializer
//! recognises it, so a typed file keeps every position the checks need to name.

use super::span::Span;
use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use std::fmt;
use std::marker::PhantomData;

/// The struct name by which `Spanned` asks the deserializer for a span; only the reader of
/// this module answers it, so other formats refuse a `Spanned` instead of inventing places.
pub(super) const SPANNED: &str = "$spanned";
pub(super) const SPAN_FIELD: &str = "$span";
pub(super) const VALUE_FIELD: &str = "$value";
const FIELDS: &[&str] = &[SPAN_FIELD, VALUE_FIELD];

/// A value and its span. Compared, ordered and hashed by value alone, so that it can key a map.
///
/// A `Spanned` filled in by `#[serde(default)]` has the empty span of the first file: give
/// a default only where the default value cannot be wrong, or use `Option<Spanned<T>>`.
#[derive(Clone, Debug, Default)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Spanned<T> {
    /// A value that was not read from a file (a default), with an empty span.
    pub fn unplaced(value: T) -> Spanned<T> {
        Spanned {
            value,
            span: Span::default(),
        }
    }
}

impl<T> std::ops::Deref for Spanned<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T: PartialEq> PartialEq for Spanned<T> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl<T: Eq> Eq for Spanned<T> {}

impl<T: PartialOrd> PartialOrd for Spanned<T> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        self.value.partial_cmp(&other.value)
    }
}

impl<T: Ord> Ord for Spanned<T> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.value.cmp(&other.value)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Spanned<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_struct(SPANNED, FIELDS, SpannedVisitor(PhantomData))
    }
}

struct SpannedVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for SpannedVisitor<T> {
    type Value = Spanned<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value read by the scenario reader, which keeps positions")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Spanned<T>, A::Error> {
        let mut span = None;
        let mut value = None;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                SPAN_FIELD => {
                    let (file, start, end): (u16, u32, u32) = map.next_value()?;
                    span = Some(Span { file, start, end });
                }
                VALUE_FIELD => value = Some(map.next_value()?),
                other => return Err(de::Error::unknown_field(other, FIELDS)),
            }
        }
        Ok(Spanned {
            value: value.ok_or_else(|| de::Error::missing_field(VALUE_FIELD))?,
            span: span.ok_or_else(|| de::Error::missing_field(SPAN_FIELD))?,
        })
    }
}
