//! The game in the player's language: the first start follows the system's, the settings'
//! picker changes it at once and keeps it, and a saved choice wins over the system's.

use crate::common::*;
use bevy::input_focus::InputFocus;
use portsmouth::game::Screen;
use portsmouth::game::screens::Go;
use portsmouth::game::settings::{Language, Settings};
use portsmouth::game::theme::widget::FocusKey;
use portsmouth::i18n::Lang;

/// The historical scenario's title in scenarios/portsmouth-1905.ru.ftl.
const RUSSIAN_TITLE: &str = "Портсмутский мир, 1905";

#[test]
fn the_first_start_follows_the_system_language() {
    let mut app = app_on_a_system_speaking(Lang::Russian, scratch_profile(), |_| {});
    app.update();
    assert_eq!(app.world().resource::<Language>().0, Lang::Russian);
    let shown = all_text(&mut app);
    assert!(shown.contains("Новая игра"), "{shown}");
    assert!(shown.contains("Русско-японская мирная конференция"), "{shown}");
    assert!(!shown.contains("New game"), "{shown}");
    // The scenarios' own words too, from the translation files beside them.
    assert!(shown.contains(RUSSIAN_TITLE), "{shown}");
    assert!(!shown.contains("The Peace of Portsmouth, 1905"), "{shown}");
    // Nothing is saved until the player chooses: a later start on another system follows it.
    assert_eq!(app.world().resource::<Settings>().language, None);
}

#[test]
fn a_system_language_the_game_does_not_speak_reads_as_english() {
    assert_eq!(Lang::from_locale("de_DE.UTF-8"), None);
    let app = app_on_a_system_speaking(Lang::English, scratch_profile(), |_| {});
    assert_eq!(app.world().resource::<Language>().0, Lang::English);
}

#[test]
fn choosing_a_language_redraws_the_settings_in_it_and_keeps_the_choice() {
    let profile = scratch_profile();
    let mut app = app_on_a_system_speaking(Lang::English, profile.clone(), |_| {});
    send(&mut app, Go(Screen::Settings));
    app.update();
    assert!(all_text(&mut app).contains("Interface scale"));

    let japanese = control(&mut app, "language-ja");
    press(&mut app, japanese);
    app.update();
    assert_eq!(app.world().resource::<Settings>().language, Some(Lang::Japanese));
    assert_eq!(app.world().resource::<Language>().0, Lang::Japanese);
    let shown = all_text(&mut app);
    assert!(
        shown.contains("画面の大きさ"),
        "the settings are redrawn in Japanese: {shown}"
    );
    assert!(!shown.contains("Interface scale"), "{shown}");
    assert_eq!(screen(&app), Screen::Settings);

    // The keyboard stays on the language just chosen, now a new button in the new words.
    let focused = app.world().resource::<InputFocus>().get().expect("a focused control");
    assert_eq!(app.world().get::<FocusKey>(focused).unwrap().0, "language-ja");

    // Saved: the next start speaks Japanese even on an English system, and the title too.
    let saved = std::fs::read_to_string(profile.join("settings.ron")).expect("the settings were saved");
    assert!(saved.contains("language: Some(ja)"), "{saved}");
    let mut again = app_on_a_system_speaking(Lang::Danish, profile, |_| {});
    again.update();
    assert_eq!(again.world().resource::<Language>().0, Lang::Japanese);
    let title = all_text(&mut again);
    assert!(title.contains("新しいゲーム"), "{title}");
    assert!(
        title.contains("ポーツマスの講和、1905年"),
        "the scenarios are read again in Japanese: {title}"
    );
}

#[test]
fn every_offered_language_is_on_the_picker_in_its_own_words() {
    let mut app = app_on_a_system_speaking(Lang::Danish, scratch_profile(), |_| {});
    send(&mut app, Go(Screen::Settings));
    app.update();
    let shown = all_text(&mut app);
    for name in ["English", "日本語", "Русский", "Dansk"] {
        assert!(shown.contains(name), "{name} is missing: {shown}");
    }
    assert!(shown.contains("Sprog"), "the rest is in Danish: {shown}");
    assert!(
        !shown.contains("Ƥšéüðö"),
        "the pseudo-locale is for testing, not offered"
    );
}

#[test]
fn the_computers_levels_and_the_1905_delegation_are_named_in_the_language() {
    let mut app = app_on_a_system_speaking(Lang::Russian, scratch_profile(), |_| {});
    send(&mut app, Go(Screen::NewGame));
    app.update();
    app.update();
    let shown = all_text(&mut app);
    for level in ["Уступчивый", "Ровный", "Искушённый", "Как в 1905 году"] {
        assert!(shown.contains(level), "{level} is missing: {shown}");
    }
    for english in ["Yielding", "Steady", "Shrewd", "As in 1905"] {
        assert!(!shown.contains(english), "{english} is still shown: {shown}");
    }
}

/// Which of the game's fonts each text of the theme is drawn in: (Noto, EB Garamond).
fn faces_in_use(app: &mut bevy::prelude::App) -> (usize, usize) {
    use bevy::prelude::With;
    use bevy::text::{FontSource, TextFont};
    use portsmouth::game::theme::Fonts;
    use portsmouth::game::theme::typeface::Face;
    let fonts = app.world().resource::<Fonts>().clone();
    let mut query = app.world_mut().query_filtered::<&TextFont, With<Face>>();
    let (mut noto, mut garamond) = (0, 0);
    for font in query.iter(app.world()) {
        match &font.font {
            FontSource::Handle(h) if h == &fonts.japanese => noto += 1,
            FontSource::Handle(h) if h == &fonts.regular || h == &fonts.italic => garamond += 1,
            other => panic!("a text of the theme in a font of its own: {other:?}"),
        }
    }
    (noto, garamond)
}

/// In Japanese one face draws every text, Latin letters and digits included: a line that
/// changed face between scripts was drawn in as many batches, which cost the software
/// renderer about 70 MB at the table. Changing language changes the face in place.
#[test]
fn in_japanese_every_text_is_drawn_in_the_japanese_face_alone() {
    let mut app = app_on_a_system_speaking(Lang::Japanese, scratch_profile(), |_| {});
    send(&mut app, Go(Screen::Settings));
    app.update();
    let (noto, garamond) = faces_in_use(&mut app);
    assert!(noto > 10, "{noto} texts in Noto");
    assert_eq!(garamond, 0, "no text of the Japanese settings in EB Garamond");

    let english = control(&mut app, "language-en");
    press(&mut app, english);
    app.update();
    assert_eq!(app.world().resource::<Language>().0, Lang::English);
    let (noto, garamond) = faces_in_use(&mut app);
    assert_eq!(noto, 0, "back in English, every text in EB Garamond");
    assert!(garamond > 10, "{garamond} texts in EB Garamond");

    let japanese = control(&mut app, "language-ja");
    press(&mut app, japanese);
    app.update();
    assert_eq!(faces_in_use(&mut app).1, 0, "and in Japanese again, none");
}
