//! Japanese lines break between phrases, not inside words: Bevy's text engine (parley, with
//! ICU4X's Unicode line breaking) may break between any two kana or kanji, splitting
//! オイスター or 賠償金 across lines. Before layout, every text with Japanese in it has its
//! phrases glued with word joiners (`i18n::phrases`; in prose, only its words, so that the
//! lines fill as in print), which the engine honours and which take no space; the accessible labels Bevy builds from those texts get them taken out again,
//! so a screen reader reads the words as written.

use crate::i18n::phrases::{WORD_JOINER, join_for_layout, unjoined};
use bevy::a11y::{AccessibilityNode, AccessibilitySystems};
use bevy::prelude::*;
use bevy::text::EditableText;
use bevy::ui::UiSystems;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        PostUpdate,
        (join_text_phrases, join_span_phrases)
            .after(UiSystems::Prepare)
            .before(UiSystems::Content),
    );
    app.add_systems(
        PostUpdate,
        unjoin_accessible_labels
            .after(UiSystems::PostLayout)
            .before(AccessibilitySystems::Update),
    );
}

/// Rewrites the content only when the joiners change it, so a text is laid out once more,
/// not every frame.
fn join(content: &str) -> Option<String> {
    match join_for_layout(content) {
        std::borrow::Cow::Owned(joined) if joined != *content => Some(joined),
        _ => None,
    }
}

fn join_text_phrases(mut texts: Query<&mut Text, (Changed<Text>, Without<EditableText>)>) {
    for mut text in &mut texts {
        if let Some(joined) = join(&text.0) {
            text.0 = joined;
        }
    }
}

fn join_span_phrases(mut spans: Query<&mut TextSpan, Changed<TextSpan>>) {
    for mut span in &mut spans {
        if let Some(joined) = join(&span.0) {
            span.0 = joined;
        }
    }
}

/// Bevy names a button or a label by its text: the joiners come out of the name.
fn unjoin_accessible_labels(mut nodes: Query<&mut AccessibilityNode, Changed<AccessibilityNode>>) {
    for mut node in &mut nodes {
        let label = node
            .label()
            .filter(|l| l.contains(WORD_JOINER))
            .map(|l| unjoined(l).into_owned());
        let value = node
            .value()
            .filter(|v| v.contains(WORD_JOINER))
            .map(|v| unjoined(v).into_owned());
        if let Some(label) = label {
            node.set_label(label);
        }
        if let Some(value) = value {
            node.set_value(value);
        }
    }
}
