//! Words explained where they stand: a label whose glossary terms (the scenario's, with
//! their sources, and the game's own) show their one-line explanations when the pointer
//! rests on it or the keyboard reaches it. The label is underlined so the reader knows.

use super::Fonts;
use super::palette::*;
use super::widget::{self, Tip};
use crate::engine::scenario::PublicScenario;
use bevy::ecs::system::EntityCommands;
use bevy::input_focus::tab_navigation::TabIndex;
use bevy::picking::hover::Hovered;
use bevy::prelude::*;

/// A label that explains terms: the terms it explains, in the order they appear.
#[derive(Component, Clone, Debug, PartialEq, Eq)]
pub struct Explains(pub Vec<String>);

/// Spawns `content` as text; if it holds glossary terms, underlined, with their
/// explanations as its tooltip and reachable by Tab.
pub fn spawn_label<'a>(
    parent: &'a mut ChildSpawnerCommands,
    fonts_and_lang: (&Fonts, crate::i18n::Lang),
    scenario: &PublicScenario,
    content: String,
    size_and_color: (f32, Color),
) -> EntityCommands<'a> {
    spawn_label_in(parent, fonts_and_lang, scenario, content, size_and_color, false)
}

/// [`spawn_label`] in italics: a date line explains "O.S." as a label explains its terms.
pub fn spawn_italic_label<'a>(
    parent: &'a mut ChildSpawnerCommands,
    fonts_and_lang: (&Fonts, crate::i18n::Lang),
    scenario: &PublicScenario,
    content: String,
    size_and_color: (f32, Color),
) -> EntityCommands<'a> {
    spawn_label_in(parent, fonts_and_lang, scenario, content, size_and_color, true)
}

fn spawn_label_in<'a>(
    parent: &'a mut ChildSpawnerCommands,
    (fonts, l): (&Fonts, crate::i18n::Lang),
    scenario: &PublicScenario,
    content: String,
    (size, color): (f32, Color),
    italic: bool,
) -> EntityCommands<'a> {
    let terms = scenario.terms_in_lang(l, &content);
    if terms.is_empty() {
        return if italic {
            parent.spawn(widget::italic(fonts, content, size, color))
        } else {
            parent.spawn(widget::text(fonts, content, size, color))
        };
    }
    let tip = terms.iter().map(|t| t.line()).collect::<Vec<_>>().join("\n");
    let names = terms.iter().map(|t| t.term.to_string()).collect();
    let mut label = parent.spawn((
        Name::new(format!("Term: {content}")),
        Explains(names),
        Node {
            border: UiRect::bottom(px(1)),
            // A long label (a delegation's reason) wraps within its panel, not past it.
            max_width: percent(100),
            ..default()
        },
        BorderColor::all(SEPIA.with_alpha(0.7)),
        Hovered::default(),
        TabIndex(0),
        AccessibleLabel::new(format!("{content}. {tip}")),
        Tip(tip),
    ));
    if italic {
        label.with_child(widget::italic(fonts, content, size, color));
    } else {
        label.with_child(widget::text(fonts, content, size, color));
    }
    label
}

/// The scenario's terms found in `texts`, each once, as "term — what it means", for a list of
/// words to know beside a long text.
pub fn words_to_know(l: crate::i18n::Lang, scenario: &PublicScenario, texts: &[&str]) -> Vec<String> {
    let mut seen: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for text in texts {
        for term in scenario.terms_in_lang(l, text) {
            if !seen.contains(&term.term) {
                seen.push(term.term);
                out.push(format!("{} — {}", term.term, term.means));
            }
        }
    }
    out
}
