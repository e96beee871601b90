//! Whether two compilations of a scenario differ in their words only: what a seat's view in
//! another language must be, since the seat's indices (articles, options, events, red lines)
//! are the game's. Compared as the seat would receive them, field by field: every number,
//! flag, id and list length the same; only text may differ.

use crate::engine::play::side::Side;
use crate::engine::scenario::Scenario;
use serde_json::Value;

/// Whether `words` is `original` with other words: same id, digest, public part and mandates
/// but for their texts.
pub fn same_but_words(original: &Scenario, words: &Scenario) -> bool {
    let json = |value: Result<Value, serde_json::Error>| value.ok();
    if original.id != words.id || original.digest != words.digest {
        return false;
    }
    let public = (
        json(serde_json::to_value(&original.public)),
        json(serde_json::to_value(&words.public)),
    );
    let (Some(a), Some(b)) = public else { return false };
    if !same(&a, &b, None) {
        return false;
    }
    Side::BOTH.into_iter().all(|side| {
        match (
            json(serde_json::to_value(original.mandate(side))),
            json(serde_json::to_value(words.mandate(side))),
        ) {
            (Some(a), Some(b)) => same(&a, &b, None),
            _ => false,
        }
    })
}

/// Same but for texts; a text under an id's key (`id`, `…_id`) must be the same too.
fn same(a: &Value, b: &Value, key: Option<&str>) -> bool {
    match (a, b) {
        (Value::String(x), Value::String(y)) => !key.is_some_and(is_id) || x == y,
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y, key)),
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w, Some(k))))
        }
        _ => a == b,
    }
}

fn is_id(key: &str) -> bool {
    key == "id" || key.ends_with("_id") || key == "ids"
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn texts_may_differ_and_nothing_else() {
        let a = json!({"id": "korea", "title": "Korea", "options": [{"id": "a", "points": 3}]});
        let words = json!({"id": "korea", "title": "韓国", "options": [{"id": "a", "points": 3}]});
        assert!(same(&a, &words, None));
        let id = json!({"id": "chosen", "title": "Korea", "options": [{"id": "a", "points": 3}]});
        let points = json!({"id": "korea", "title": "Korea", "options": [{"id": "a", "points": 4}]});
        let options = json!({"id": "korea", "title": "Korea", "options": []});
        for other in [id, points, options] {
            assert!(!same(&a, &other, None), "{other}");
        }
    }
}
