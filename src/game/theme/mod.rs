//! The look of the game: a palette of paper and ink, the fonts, and widget functions.

pub mod chords;
pub mod contrast;
pub mod glossary;
pub mod line_breaks;
pub mod note;
pub mod palette;
pub mod scroll_thumb;
pub mod tooltip;
pub mod typeface;
pub mod widget;

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Fonts>();
    app.init_resource::<TextScale>();
    app.add_systems(
        Update,
        (
            fall_back_to_japanese.run_if(not(resource_exists::<JapaneseFallback>)),
            fall_back_to_garamond.run_if(not(resource_exists::<LatinFallback>)),
        ),
    );
    app.add_plugins((
        widget::plugin,
        tooltip::plugin,
        contrast::plugin,
        scroll_thumb::plugin,
        chords::plugin,
        line_breaks::plugin,
        typeface::plugin,
    ));
}

/// The player's text size, multiplying every text's design size (see `widget::BaseSize`).
#[derive(Resource, Clone, Copy, Debug)]
pub struct TextScale(pub f32);

impl Default for TextScale {
    fn default() -> Self {
        TextScale(1.0)
    }
}

/// The typefaces every text uses (Bevy's built-in font is ASCII-only). EB Garamond covers
/// Latin and Cyrillic; Japanese characters fall back to the Noto subset, which draws every
/// text when the game speaks Japanese (`typeface`).
#[derive(Resource, Clone, Debug)]
pub struct Fonts {
    pub regular: Handle<Font>,
    pub italic: Handle<Font>,
    pub japanese: Handle<Font>,
}

impl FromWorld for Fonts {
    fn from_world(world: &mut World) -> Self {
        let assets = world.resource::<AssetServer>();
        Fonts {
            regular: assets.load("fonts/EBGaramond12-Regular.otf"),
            italic: assets.load("fonts/EBGaramond12-Italic.otf"),
            japanese: assets.load("fonts/NotoSerifJP-Subset.otf"),
        }
    }
}

/// The family name inside `NotoSerifJP-Subset.otf`.
pub const JAPANESE_FAMILY: &str = "Noto Serif CJK JP";

/// The family name inside the EB Garamond files.
const LATIN_FAMILY: &str = "EB Garamond 12";

/// Present once Latin, Cyrillic and Greek have EB Garamond as their fallback.
#[derive(Resource)]
pub struct LatinFallback;

/// In Japanese, where the Noto subset draws every text, a Latin, Cyrillic or Greek letter the
/// subset lacks (in a name a student types) is drawn in EB Garamond rather than as a box.
fn fall_back_to_garamond(mut commands: Commands, mut font_cx: ResMut<bevy::text::FontCx>) {
    use parley::fontique::{FallbackKey, Script};
    let Some(family) = [LATIN_FAMILY, "EB Garamond"]
        .into_iter()
        .find_map(|name| font_cx.collection.family_id(name))
    else {
        return;
    };
    for script in [*b"Latn", *b"Cyrl", *b"Grek"] {
        let key = FallbackKey::new(Script::from_bytes(script), None);
        font_cx.collection.set_fallbacks(key, std::iter::once(family));
    }
    commands.insert_resource(LatinFallback);
}

/// Present once Japanese characters have their fallback font.
#[derive(Resource)]
pub struct JapaneseFallback;

/// Gives the scripts of Japanese (kana and kanji) the Noto subset as their fallback font,
/// once Bevy has registered it. The text engine picks a fallback per run of one script, so a
/// Japanese name inside an English line is drawn in Noto and the English around it stays in
/// EB Garamond; an italic run of Japanese is drawn upright, as Japanese has no italic.
fn fall_back_to_japanese(
    mut commands: Commands,
    mut font_cx: ResMut<bevy::text::FontCx>,
    mut texts: Query<&mut TextFont>,
) {
    use parley::fontique::{FallbackKey, Script};
    let Some(family) = font_cx.collection.family_id(JAPANESE_FAMILY) else {
        return;
    };
    for script in [*b"Hira", *b"Kana", *b"Hani", *b"Jpan"] {
        let key = FallbackKey::new(Script::from_bytes(script), None);
        font_cx.collection.set_fallbacks(key, std::iter::once(family));
    }
    // Texts laid out before the font arrived (the first screen) are laid out again with it.
    for mut font in &mut texts {
        font.set_changed();
    }
    commands.insert_resource(JapaneseFallback);
}
