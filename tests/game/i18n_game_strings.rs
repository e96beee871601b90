//! The game's last strings in Japanese and Russian: the map's legend and names, the save
//! dialog's offered name, and the presenter's gap words; none left in English.

use crate::common::*;
use portsmouth::engine::analysis::gap::Gap;
use portsmouth::engine::play::side::Side;
use portsmouth::game::screens::table::{Panel, ShowPanel};
use portsmouth::game::session::{Difficulty, Opponent, SaveGame};
use portsmouth::game::settings::Settings;
use portsmouth::i18n::Lang;

fn at_the_table_in(lang: Lang) -> bevy::prelude::App {
    let mut app = app();
    app.world_mut().resource_mut::<Settings>().language = Some(lang);
    app.update();
    begin_at_the_table(&mut app, Side::Japan, Opponent::Computer(Difficulty::Level(1)), 5);
    app
}

fn map_texts(lang: Lang) -> Vec<String> {
    let mut app = at_the_table_in(lang);
    send(&mut app, ShowPanel(Panel::Map));
    app.update();
    texts(&mut app)
}

#[test]
fn the_map_is_labelled_in_japanese_and_russian() {
    let shown = map_texts(Lang::Japanese);
    for wanted in ["清国", "満州（北部）", "旅順", "ハルビン", "樺太"] {
        assert!(
            shown.iter().any(|t| t == wanted),
            "no {wanted:?} on the map: {shown:#?}"
        );
    }
    assert!(shown.iter().any(|t| t.starts_with("濃色：合意済み")), "{shown:#?}");
    let shown = map_texts(Lang::Russian);
    for wanted in ["Китай", "Порт-Артур", "Маньчжурия (юг)", "Сахалин"] {
        assert!(
            shown.iter().any(|t| t == wanted),
            "no {wanted:?} on the map: {shown:#?}"
        );
    }
    for english in [
        "China",
        "Port Arthur",
        "Harbin",
        "Manchuria (north)",
        "Russian Far East",
    ] {
        assert!(!shown.iter().any(|t| t == english), "{english} left in English");
    }
    assert!(!shown.iter().any(|t| t.contains("solid: agreed")));
}

#[test]
fn the_save_dialog_offers_a_name_in_the_players_language() {
    for (lang, wanted) in [
        (Lang::Russian, "заседание 1"),
        (Lang::Japanese, "第1回会議"),
        (Lang::English, "session 1"),
    ] {
        let mut app = at_the_table_in(lang);
        send(&mut app, SaveGame);
        app.update();
        let shown = texts(&mut app);
        assert!(
            shown.iter().any(|t| t.ends_with(wanted)),
            "{lang}: no offered name ending {wanted:?}: {shown:#?}"
        );
    }
}

#[test]
fn the_gap_words_count_in_each_language() {
    let apart = |steps| Gap::Apart { steps, widest: 7 };
    let titles = ["Komura", "Witte"];
    assert_eq!(apart(1).words(titles), "one step apart");
    assert_eq!(apart(3).words(titles), "three steps apart");
    assert_eq!(apart(7).words(titles), "as far apart as they can be");
    assert_eq!(apart(3).words_in(Lang::Russian, titles), "разница 3 шага");
    assert_eq!(apart(5).words_in(Lang::Russian, titles), "разница 5 шагов");
    assert_eq!(apart(2).words_in(Lang::Japanese, titles), "2段階の隔たり");
    assert_eq!(
        Gap::OnlyOne(Side::Russia).words_in(Lang::Danish, titles),
        "kun Wittes vilkår"
    );
}
