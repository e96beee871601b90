//! The table in Japanese and Russian: the game's own words on it (headers, buttons, notes,
//! the likely answer) are translated, none of them is left in English, and a change of
//! language redraws every part of the table.

use crate::common::*;
use crate::table_parts::part_entities;
use bevy::prelude::*;
use portsmouth::engine::play::side::Side;
use portsmouth::game::screens::table::{Part, gap_words};
use portsmouth::game::session::{Difficulty, Opponent};
use portsmouth::game::settings::Settings;
use portsmouth::i18n::Lang;
use std::collections::HashSet;

/// The game's own English words on the table, as whole texts: none may show in another
/// language.
const ENGLISH: &[&str] = &[
    "Article",
    "State",
    "Your proposal",
    "Pkg",
    "Worth",
    "open",
    "agreed",
    "set aside",
    "not proposed",
    "not yet on the agenda",
    "as on the table",
    "your instructions forbid this",
    "Brief",
    "Save",
    "Title",
    "Map",
    "Dispatches",
    "• Transcript",
    "Transcript",
    "Press statement",
    "Cable home",
    "Ask Roosevelt",
    "Ultimatum",
    "Break off",
    "Reset",
    "Send turn",
    "Counter from their offer",
    "Repeat my proposal",
    "Your turn, as it will be recorded",
    "By article",
    "What would it take?",
];

/// Parts of the game's own English sentences.
const ENGLISH_PARTS: &[&str] = &[
    "% to you",
    "steps apart",
    "Your move",
    "'s last move",
    "Worth to you is in percent",
    "Likely answer",
    "is likely to answer",
];

fn at_the_table_in(lang: Lang) -> App {
    let mut app = app();
    app.world_mut().resource_mut::<Settings>().language = Some(lang);
    app.update();
    begin_at_the_table(&mut app, Side::Russia, Opponent::Computer(Difficulty::Level(1)), 11);
    until_their_terms_are_on_the_table(&mut app);
    app
}

fn no_english_left(app: &mut App) {
    let shown = texts(app);
    for text in &shown {
        assert!(!ENGLISH.contains(&text.as_str()), "still in English: {text:?}");
        for part in ENGLISH_PARTS {
            assert!(!text.contains(part), "still in English: {text:?}");
        }
    }
}

#[test]
fn the_table_speaks_japanese() {
    let mut app = at_the_table_in(Lang::Japanese);
    let shown = texts(&mut app);
    for wanted in ["あなたの提案", "条項", "手を送る", "元に戻す", "• 議事録", "訓令"] {
        assert!(shown.iter().any(|t| t == wanted), "no {wanted:?} in {shown:#?}");
    }
    assert!(
        shown
            .iter()
            .any(|t| t.contains("あなたにとって") && t.contains("%の価値")),
        "no worth note in Japanese: {shown:#?}"
    );
    assert!(
        shown
            .iter()
            .any(|t| t.starts_with("第1回会議") || t.starts_with("第2回会議"))
    );
    // A move's terms run together in the footer with Japanese punctuation.
    assert!(
        shown.iter().any(|t| t.contains("の提案：") && t.contains("；")),
        "no move's terms in the footer: {shown:#?}"
    );
    for text in shown.iter().filter(|t| t.contains("の提案：")) {
        assert!(
            !text.contains("; ") && !text.contains("：;"),
            "English punctuation: {text:?}"
        );
    }
    // The historian's notes under the articles: their headings in Japanese (the references
    // stay as published).
    assert!(shown.iter().any(|t| t.contains("\n\n史料：\n")), "no note in Japanese");
    assert!(
        shown
            .iter()
            .all(|t| !t.contains("Where the sources differ") && !t.contains("\nSources:")),
        "a note's headings in English"
    );
    no_english_left(&mut app);
}

#[test]
fn the_table_speaks_russian_and_counts_in_russian() {
    let mut app = at_the_table_in(Lang::Russian);
    let shown = texts(&mut app);
    for wanted in [
        "Ваше предложение",
        "Статья",
        "Отправить ход",
        "Сбросить",
        "• Стенограмма",
    ] {
        assert!(shown.iter().any(|t| t == wanted), "no {wanted:?} in {shown:#?}");
    }
    assert!(shown.iter().any(|t| t.starts_with("Заседание ")), "{shown:#?}");
    no_english_left(&mut app);
    // The board's "steps apart" takes each of Russian's three plural forms.
    assert_eq!(gap_words(Lang::Russian, 0, 1), "разница 1 шаг");
    assert_eq!(gap_words(Lang::Russian, 0, 3), "разница 3 шага");
    assert_eq!(gap_words(Lang::Russian, 0, 5), "разница 5 шагов");
    assert_eq!(gap_words(Lang::Russian, 2, 2), "совпадают");
    assert_eq!(gap_words(Lang::English, 0, 5), "5 steps apart");
}

#[test]
fn a_change_of_language_redraws_every_part_of_the_table() {
    let mut app = at_the_table_in(Lang::English);
    let parts = [Part::Header, Part::Board, Part::Decision, Part::Side];
    let before: Vec<HashSet<Entity>> = parts.iter().map(|&p| part_entities(&mut app, p)).collect();
    assert!(texts(&mut app).iter().any(|t| t == "Send turn"));

    app.world_mut().resource_mut::<Settings>().language = Some(Lang::Russian);
    app.update();
    app.update();

    for (part, was) in parts.iter().zip(&before) {
        let now = part_entities(&mut app, *part);
        assert!(!now.is_empty(), "{part:?} is empty");
        assert!(now.is_disjoint(was), "{part:?} was not drawn again");
    }
    let shown = texts(&mut app);
    assert!(shown.iter().any(|t| t == "Отправить ход"), "{shown:#?}");
    no_english_left(&mut app);
}

/// The chosen cable names the instruction by the articles it binds, in the player's
/// language, and its tip quotes the instruction whole: it used to show the file's English id
/// ("Cable: not an inch") in every language.
#[test]
fn the_chosen_cable_is_named_in_the_players_language() {
    use portsmouth::game::session::Session;
    use portsmouth::game::theme::widget::Tip;
    let mut app = at_the_table_in(Lang::Japanese);
    let cable = control(&mut app, "cable");
    press(&mut app, cable);
    let cable = control(&mut app, "cable");
    let label = app
        .world()
        .get::<AccessibleLabel>(cable)
        .map(|l| l.0.to_string())
        .expect("the button has a name");
    let tip = app.world().get::<Tip>(cable).expect("the button has a tip").0.clone();
    let session = app.world().resource::<Session>();
    let scenario = session.game.scenario();
    // The button's first choice: Witte's first standing instruction a cable may lift.
    let (line, order) = scenario
        .red_lines()
        .enumerate()
        .find(|(r, l)| l.side == Side::Russia && l.cable.is_some() && session.game.state().red_line_active(*r))
        .map(|(_, l)| (l, l.text.clone()))
        .expect("Witte may cable");
    let articles: Vec<&str> = line
        .articles
        .iter()
        .map(|a| scenario.articles[a].title.as_str())
        .collect();
    assert!(label.starts_with("電報："), "{label}");
    assert!(articles.iter().all(|a| label.contains(a)), "{label} names {articles:?}");
    assert!(!label.contains(&line.id) && !label.contains("not an inch"), "{label}");
    assert!(
        label.chars().all(|c| !c.is_ascii_alphabetic()),
        "English left in {label:?}"
    );
    assert!(tip.contains(&format!("「{order}」")), "{tip}");
}
