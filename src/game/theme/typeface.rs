//! Which typeface each text is drawn in. In Japanese every text is drawn in the Noto subset
//! alone, its Latin letters and digits included. A line that changed face between scripts
//! is drawn as one batch per run of each face, and a software renderer keeps every batch's
//! state: at the Japanese table that cost about 70 MB. The other languages draw in EB
//! Garamond, with Noto for any Japanese inside a line (see `fall_back_to_japanese`).

use super::Fonts;
use crate::game::settings::Language;
use crate::i18n::Lang;
use bevy::prelude::*;
use bevy::text::FontSource;

/// The face a text was designed in; the language decides the font that draws it.
#[derive(Component, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Face {
    Regular,
    Italic,
}

impl Fonts {
    /// The font that draws `face` in `lang`. Japanese has no italic: it is drawn upright.
    pub fn face(&self, face: Face, lang: Lang) -> &Handle<Font> {
        match (lang, face) {
            (Lang::Japanese, _) => &self.japanese,
            (_, Face::Regular) => &self.regular,
            (_, Face::Italic) => &self.italic,
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_observer(face_new_text);
    app.add_systems(
        Update,
        face_every_text
            .after(crate::game::settings::FollowLanguage)
            .run_if(resource_changed::<Language>),
    );
}

/// Sets the font only where it differs (read first, so that a text already in the right
/// face is not marked changed and laid out again).
fn set_face(mut font: Mut<TextFont>, wanted: &Handle<Font>) {
    if !matches!(&font.font, FontSource::Handle(h) if h == wanted) {
        font.font = FontSource::Handle(wanted.clone());
    }
}

fn face_new_text(
    event: On<Add, Face>,
    fonts: Res<Fonts>,
    language: Option<Res<Language>>,
    mut texts: Query<(&Face, &mut TextFont)>,
) {
    let lang = language.map_or(Lang::English, |l| l.0);
    if let Ok((face, font)) = texts.get_mut(event.entity) {
        set_face(font, fonts.face(*face, lang));
    }
}

fn face_every_text(fonts: Res<Fonts>, language: Res<Language>, mut texts: Query<(&Face, &mut TextFont)>) {
    for (face, font) in &mut texts {
        set_face(font, fonts.face(*face, language.0));
    }
}
