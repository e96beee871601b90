//! The new game, load, confirmation and briefing screens in Japanese and Russian: their
//! own words are translated (a Russian plural included), and none of their English is left.

use crate::common::*;
use crate::leaving::question;
use bevy::prelude::*;
use portsmouth::engine::play::side::Side;
use portsmouth::game::Screen;
use portsmouth::game::screens::confirm::{AskLeave, Leaving};
use portsmouth::game::screens::{Begin, Go, NewGameEdit};
use portsmouth::game::settings::Settings;
use portsmouth::i18n::Lang;

/// The app with the player's language set to `lang`, a frame later so `Language` follows.
fn app_in(lang: Lang) -> App {
    let mut app = app();
    app.world_mut().resource_mut::<Settings>().language = Some(lang);
    app.update();
    app
}

/// No visible text is exactly one of these English strings, or contains one of the longer.
fn assert_no_english(app: &mut App, english: &[&str]) {
    for text in texts(app) {
        for words in english {
            assert!(
                text != *words && !(words.len() > 12 && text.contains(words)),
                "still English: {text:?}"
            );
        }
    }
}

#[test]
fn the_new_game_screen_speaks_japanese() {
    let mut app = app_in(Lang::Japanese);
    send(&mut app, Go(Screen::NewGame));
    assert_eq!(screen(&app), Screen::NewGame);
    let all = all_text(&mut app);
    for japanese in [
        "新しい会議",
        "会議を始める",
        "あなたの全権団",
        "小村寿太郎（日本）",
        "新しいシード",
    ] {
        assert!(all.contains(japanese), "no {japanese:?} in:\n{all}");
    }
    assert_no_english(
        &mut app,
        &[
            "A new conference",
            "Begin the conference",
            "Your delegation",
            "Across the table",
            "Komura Jutarō, for Japan",
            "Sergei Witte, for Russia",
            "Second player (hot-seat)",
            "New seed",
            "Back",
            "Your names — on your result for the class (optional)",
        ],
    );
}

#[test]
fn the_new_game_screen_counts_sessions_in_russian() {
    let mut app = app_in(Lang::Russian);
    send(&mut app, Go(Screen::NewGame));
    let all = all_text(&mut app);
    // Twelve sessions: Russian's "many" form.
    assert!(all.contains("12 заседаний"), "no Russian plural in:\n{all}");
    assert!(all.contains("Новая конференция"), "{all}");
    assert!(all.contains("Второй игрок (по очереди)"), "{all}");
    assert_no_english(
        &mut app,
        &["A new conference", "12 sessions", "Second player (hot-seat)"],
    );
}

#[test]
fn the_load_screen_and_the_quit_question_speak_russian() {
    let mut app = app_in(Lang::Russian);
    send(&mut app, Go(Screen::Load));
    assert_eq!(screen(&app), Screen::Load);
    let all = all_text(&mut app);
    assert!(all.contains("Сохранённые игры"), "{all}");
    assert!(all.contains("Сохранённых игр пока нет."), "{all}");
    assert_no_english(&mut app, &["Saved games", "No saved games yet.", "Back"]);

    send(&mut app, Go(Screen::Title));
    send(&mut app, AskLeave(Leaving::Program));
    assert_eq!(question(&mut app), Some(Leaving::Program));
    let all = all_text(&mut app);
    assert!(all.contains("Выйти из Portsmouth 1905?"), "{all}");
    assert!(all.contains("Остаться"), "{all}");
    assert_no_english(&mut app, &["Quit Portsmouth 1905?", "Stay", "Your games are saved."]);
}

#[test]
fn the_briefing_speaks_japanese() {
    let mut app = app_in(Lang::Japanese);
    send(&mut app, Go(Screen::NewGame));
    send(&mut app, NewGameEdit::Side(Side::Japan));
    send(&mut app, Begin);
    assert_eq!(screen(&app), Screen::Briefing);
    let all = all_text(&mut app);
    for japanese in ["交渉卓に着く", "絶対必要条件 — 譲れない一線", "情勢"] {
        assert!(all.contains(japanese), "no {japanese:?} in:\n{all}");
    }
    assert_no_english(
        &mut app,
        &[
            "Take your seat at the table",
            "Absolutely necessary — your red lines",
            "The situation",
            "If the talks fail",
            "What you may trade — share of all you have at stake",
        ],
    );
}

#[test]
fn an_empty_class_results_wall_speaks_japanese() {
    let mut app = app_in(Lang::Japanese);
    send(&mut app, Go(Screen::Wall));
    assert_eq!(screen(&app), Screen::Wall);
    let all = all_text(&mut app);
    assert!(all.contains("クラスの結果"), "{all}");
    assert!(all.contains("にはまだ結果がありません"), "{all}");
    assert_no_english(&mut app, &["Class results", "No results yet in", "Back"]);
}
