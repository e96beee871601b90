//! The look of the game: a palette of paper and ink, the fonts, and widget functions.

pub mod chords;
pub mod contrast;
pub mod glossary;
pub mod note;
pub mod palette;
pub mod tooltip;
pub mod widget;

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Fonts>();
    app.init_resource::<TextScale>();
    app.add_plugins((widget::plugin, tooltip::plugin, contrast::plugin, chords::plugin));
}

/// The player's text size, multiplying every text's design size (see `widget::BaseSize`).
#[derive(Resource, Clone, Copy, Debug)]
pub struct TextScale(pub f32);

impl Default for TextScale {
    fn default() -> Self {
        TextScale(1.0)
    }
}

/// The typefaces every text uses (Bevy's built-in font is ASCII-only).
#[derive(Resource, Clone, Debug)]
pub struct Fonts {
    pub regular: Handle<Font>,
    pub italic: Handle<Font>,
}

impl FromWorld for Fonts {
    fn from_world(world: &mut World) -> Self {
        let assets = world.resource::<AssetServer>();
        Fonts {
            regular: assets.load("fonts/EBGaramond12-Regular.otf"),
            italic: assets.load("fonts/EBGaramond12-Italic.otf"),
        }
    }
}
