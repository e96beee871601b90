//! A historian's note one click away: a small "Note" button whose tooltip previews the note
//! and which opens or closes the whole note — its sources in full and, where the sources
//! differ, what each one says — in a body placed beside the thing it explains.

use super::Fonts;
use super::palette::*;
use super::widget::{self, Activated};
use crate::engine::scenario::{Note, Scenario};
use crate::i18n::Lang;
use crate::tr;
use bevy::prelude::*;

/// The opened note: hidden until its button is pressed. The string pairs it with its button.
#[derive(Component, Clone, Debug)]
pub struct NoteBody(pub String);

/// The button's tooltip: the note's first sentence, so the player knows what opening it shows.
fn preview(l: Lang, note: &Note) -> String {
    let first = note.text.split_inclusive(". ").next().unwrap_or(&note.text).trim();
    if note.contested.is_empty() {
        tr!(l, "note-preview", first = first)
    } else {
        tr!(l, "note-preview-contested", first = first)
    }
}

/// The button that opens and closes the note body with the same `key`, in language `l`.
pub fn note_button((fonts, l): (&Fonts, Lang), key: &str, what: &str, note: &Note) -> impl Bundle + use<> {
    let target = key.to_string();
    widget::small_button(
        fonts,
        &tr!(l, "note-button"),
        tr!(l, "note-button-accessible", what = what),
        format!("note-{key}"),
        &preview(l, note),
        move |_: Activated, mut bodies: Query<(&NoteBody, &mut Node)>| {
            for (body, mut node) in &mut bodies {
                if body.0 == target {
                    node.display = match node.display {
                        Display::None => Display::Flex,
                        _ => Display::None,
                    };
                }
            }
        },
    )
}

/// The note's body, hidden until its button opens it.
pub fn note_body((fonts, l): (&Fonts, Lang), key: &str, scenario: &Scenario, note: &Note) -> impl Bundle + use<> {
    (
        Name::new(format!("Note: {key}")),
        NoteBody(key.to_string()),
        Node {
            display: Display::None,
            padding: UiRect::axes(px(8), px(4)),
            border: UiRect::left(px(2)),
            ..widget::column(2.0)
        },
        BorderColor::all(SEPIA),
        children![widget::italic(fonts, note.render_in(l, &scenario.sources), 13.0, INK)],
    )
}
