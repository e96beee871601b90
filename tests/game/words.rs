//! Words a 16-year-old knows: the board's article titles and the briefing explain their
//! terms on hover, choosing an article lights its places on the labelled map, the debrief
//! leads in plain words with the figures kept for the teacher, and the class wall names
//! agents and differences in words.

use crate::common::*;
use bevy::prelude::*;
use portsmouth::engine::play::side::Side;
use portsmouth::game::Screen;
use portsmouth::game::map::{ArticleFocus, MAP_FILE, MapData, MapFile, MapFocus, RegionLabel, lit, region_labels};
use portsmouth::game::screens::table::{Panel, ShowPanel};
use portsmouth::game::screens::wall::{StandingWords, WallSource};
use portsmouth::game::screens::{Concessions, ForTheTeacher, Go, PlainLead, WordsToKnow};
use portsmouth::game::session::{Difficulty, Opponent, Session};
use portsmouth::game::theme::glossary::Explains;
use portsmouth::game::theme::widget::Tip;
use std::path::Path;

fn texts_under<M: Component>(app: &mut App) -> Vec<String> {
    let world = app.world_mut();
    let roots: Vec<Entity> = world.query_filtered::<Entity, With<M>>().iter(world).collect();
    let mut out = Vec::new();
    let mut stack = roots;
    while let Some(e) = stack.pop() {
        if let Some(text) = world.get::<Text>(e) {
            out.push(text.0.clone());
        }
        if let Some(children) = world.get::<Children>(e) {
            stack.extend(children.iter());
        }
    }
    out
}

#[test]
fn the_boards_titles_explain_their_terms_and_light_their_places_on_the_map() {
    let mut app = app();
    begin_at_the_table(&mut app, Side::Japan, Opponent::Computer(Difficulty::Level(1)), 3);
    await_turn(&mut app);
    assert_eq!(screen(&app), Screen::Table);
    let scenario = app.world().resource::<Session>().game.scenario().clone();
    let liaodong = scenario.article_index("liaodong").unwrap();
    // Every article's title is a term label with its explanation as the tooltip.
    let world = app.world_mut();
    let mut q = world.query::<(&ArticleFocus, &Explains, &Tip)>();
    let titles: Vec<(usize, Vec<String>, String)> =
        q.iter(world).map(|(a, e, t)| (a.0, e.0.clone(), t.0.clone())).collect();
    assert_eq!(titles.len(), scenario.articles.len(), "every title explains a term");
    let (_, terms, tip) = titles.iter().find(|(a, ..)| *a == liaodong).unwrap();
    assert_eq!(terms, &["Liaodong lease".to_string()]);
    assert!(
        tip.starts_with("Liaodong lease: ") && tip.contains("Port Arthur"),
        "{tip}"
    );

    // With the map open, its regions are labelled; stepping an article's option lights its places.
    send(&mut app, ShowPanel(Panel::Map));
    app.update();
    let labels = texts_under::<RegionLabel>(&mut app);
    for name in [
        "Korea",
        "Manchuria (north)",
        "Manchuria (south)",
        "Liaodong",
        "Sakhalin",
    ] {
        assert!(labels.iter().any(|l| l == name), "the map labels {name}: {labels:?}");
    }
    let sakhalin = scenario.article_index("sakhalin").unwrap();
    send(
        &mut app,
        portsmouth::game::draft::Edit::Step {
            article: sakhalin,
            by: 1,
        },
    );
    app.update();
    assert_eq!(*app.world().resource::<MapFocus>(), MapFocus(Some(sakhalin)));
    let world = app.world_mut();
    let mut q = world.query::<(&RegionLabel, &Children)>();
    let label = q
        .iter(world)
        .find(|(l, _)| l.0 == "sakhalin_north")
        .map(|(_, c)| c[0])
        .unwrap();
    let red = portsmouth::game::theme::palette::SEAL_RED;
    assert_eq!(
        world.get::<TextColor>(label).unwrap().0,
        red,
        "Sakhalin's label stands out"
    );
    let korea = q.iter(world).find(|(l, _)| l.0 == "korea").map(|(_, c)| c[0]).unwrap();
    assert_ne!(world.get::<TextColor>(korea).unwrap().0, red);

    // Reaching a title with the keyboard lights its places too.
    let world = app.world_mut();
    let mut q = world.query::<(Entity, &ArticleFocus)>();
    let title = q.iter(world).find(|(_, a)| a.0 == liaodong).unwrap().0;
    app.world_mut()
        .resource_mut::<bevy::input_focus::InputFocus>()
        .set(title, bevy::input_focus::FocusCause::Navigated);
    app.update();
    assert_eq!(*app.world().resource::<MapFocus>(), MapFocus(Some(liaodong)));
}

#[test]
fn every_articles_places_are_on_the_map_and_the_regions_have_labels() {
    let map = MapFile::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join(MAP_FILE)).unwrap();
    let ids: Vec<&str> = map
        .regions
        .iter()
        .map(|r| r.id.as_str())
        .chain(map.lines.iter().map(|l| l.id.as_str()))
        .collect();
    for name in [
        "portsmouth-1905.ron",
        "tutorial.ron",
        "tsar-holds-firm.ron",
        "japan-credit-runs-out.ron",
    ] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios").join(name);
        let loaded = portsmouth::engine::scenario::load(&path).unwrap();
        for article in &loaded.scenario.articles {
            for region in &article.regions {
                assert!(
                    ids.contains(&region.as_str()),
                    "{name}: {} names `{region}`",
                    article.id
                );
            }
        }
        let sakhalin = loaded.scenario.article_index("sakhalin").unwrap();
        assert!(lit(&loaded.scenario, MapFocus(Some(sakhalin))).contains(&"sakhalin_south".to_string()));
        assert!(lit(&loaded.scenario, MapFocus(None)).is_empty());
    }
    let labels: Vec<&str> = region_labels(&map).iter().map(|(_, l, _)| *l).collect();
    assert!(labels.contains(&"Korea") && labels.contains(&"Sakhalin") && labels.contains(&"Liaodong"));
    assert_eq!(
        labels.iter().filter(|l| **l == "Sakhalin").count(),
        1,
        "one label for the island"
    );
    let _ = MapData(Ok(map));
}

#[test]
fn the_painted_map_outlines_the_lit_article_in_red() {
    use portsmouth::engine::play::moves::Terms;
    use portsmouth::game::map::{paint, paint_lit};
    let map = MapFile::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join(MAP_FILE)).unwrap();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/portsmouth-1905.ron");
    let s = portsmouth::engine::scenario::load(&path).unwrap().scenario;
    let korea = s.article_index("korea").unwrap();
    let plain = paint(&map, &s, &Terms::EMPTY, &Terms::EMPTY);
    let lit_korea = paint_lit(&map, &s, &Terms::EMPTY, &Terms::EMPTY, &lit(&s, MapFocus(Some(korea))));
    let differ = (0..plain.height)
        .flat_map(|y| (0..plain.width).map(move |x| (x, y)))
        .filter(|&(x, y)| plain.pixel(x, y) != lit_korea.pixel(x, y))
        .count();
    assert!(differ > 100, "Korea's outline is drawn: {differ} pixels");
}

#[test]
fn the_briefing_lists_the_words_to_know() {
    let mut app = app();
    crate::leaving::new_game(&mut app, Opponent::Computer(Difficulty::Level(1)));
    assert_eq!(screen(&app), Screen::Briefing);
    let words = texts_under::<WordsToKnow>(&mut app);
    assert!(words.iter().any(|w| w.starts_with("red line — ")), "{words:?}");
    assert!(words.iter().any(|w| w.starts_with("Sakhalin — ")), "{words:?}");
    // The headings and the red lines explain their terms on hover.
    let world = app.world_mut();
    let mut q = world.query::<(&Explains, &Tip)>();
    let tips: Vec<String> = q.iter(world).map(|(_, t)| t.0.clone()).collect();
    assert!(
        tips.iter().any(|t| t.lines().any(|l| l.starts_with("red line: "))),
        "{tips:?}"
    );
    // The instructions' classes are explained where they stand ("absolutely necessary").
    assert!(
        tips.iter().any(|t| t.contains("absolutely necessary: The first class")),
        "{tips:?}"
    );
    assert!(tips.iter().any(|t| t.contains("Sakhalin: A long island")), "{tips:?}");
}

#[test]
fn the_debrief_leads_in_words_and_keeps_the_figures_for_the_teacher() {
    use portsmouth::game::draft::{Edit, SendDraft};
    let mut app = app();
    crate::leaving::new_game(&mut app, Opponent::Computer(Difficulty::Level(1)));
    send(&mut app, portsmouth::game::screens::BeginNegotiating);
    await_turn(&mut app);
    send(&mut app, Edit::BreakOff(true));
    send(&mut app, SendDraft);
    send(&mut app, Go(Screen::Debrief));
    app.update();
    let lead = texts_under::<PlainLead>(&mut app).join(" ");
    assert!(
        lead.starts_with("You did ") && lead.contains("Komura did in 1905."),
        "{lead}"
    );
    assert!(lead.contains("No treaty was signed"), "{lead}");
    let teacher = texts_under::<ForTheTeacher>(&mut app).join("\n");
    assert!(
        teacher.contains("Nash bargaining point") && teacher.contains("Pareto frontier"),
        "{teacher}"
    );
    assert!(teacher.contains("shares the gain over walking away"), "{teacher}");
    let moved = texts_under::<Concessions>(&mut app);
    assert!(!moved.is_empty());
    for line in &moved {
        let numbers: Vec<&str> = line
            .split(|c: char| !c.is_ascii_digit())
            .filter(|d| !d.is_empty())
            .collect();
        assert!(numbers.iter().all(|n| n.len() <= 4), "no codes: {line}");
    }
}

#[test]
fn the_wall_names_delegations_and_differences_in_words() {
    let mut app = app();
    app.insert_resource(WallSource {
        folder: Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/wall"),
        scenario: None,
    });
    send(&mut app, Go(Screen::Wall));
    app.update();
    let rows = texts_under::<StandingWords>(&mut app);
    assert!(!rows.is_empty());
    for row in &rows {
        assert!(!row.contains("delegate:") && !row.contains("computer ("), "{row}");
        assert!(
            !row.contains("+0.") && !row.contains("-0."),
            "figures only beside the words: {row}"
        );
        assert!(row.contains(" 1905"), "{row}");
    }
    assert!(rows.iter().any(|r| r.contains("Group 3 as Komura")), "{rows:?}");
    assert!(rows.iter().any(|r| r.contains("Computer delegate")), "{rows:?}");
}

#[test]
fn the_header_and_the_meters_explain_their_terms() {
    use portsmouth::game::screens::table::SessionLine;
    let mut app = app();
    begin_at_the_table(&mut app, Side::Russia, Opponent::Computer(Difficulty::Level(1)), 3);
    await_turn(&mut app);
    // Session 3, "Russia's written reply; Korea".
    app.world_mut()
        .resource_mut::<Session>()
        .fast_forward(|g| g.state().session >= 2 && g.to_move() == Some(Side::Russia));
    app.update();
    app.update();
    let world = app.world_mut();
    let mut lines = world.query_filtered::<(&Explains, &Tip), With<SessionLine>>();
    let (terms, tip) = lines.single(world).expect("the session line explains its terms");
    assert_eq!(terms.0, ["Korea".to_string()], "{tip:?}");
    assert!(
        tip.0.starts_with("Korea: The empire between China and Japan"),
        "{}",
        tip.0
    );
    // Its date explains the Old Style it gives beside the Western calendar.
    let mut labels = world.query::<(&Explains, &Tip)>();
    assert!(
        labels
            .iter(world)
            .any(|(terms, tip)| terms.0.contains(&"O.S.".to_string()) && tip.0.contains("Julian calendar")),
        "the date line explains O.S."
    );

    // The meter of Russia's strength in Manchuria explains Manchuria.
    let mut meters = world.query::<(&Name, &Explains, &Tip)>();
    let meters: Vec<(String, Vec<String>, String)> = meters
        .iter(world)
        .filter(|(n, ..)| n.as_str().starts_with("Meter: "))
        .map(|(n, e, t)| (n.to_string(), e.0.clone(), t.0.clone()))
        .collect();
    let manchuria = meters
        .iter()
        .find(|(_, terms, _)| terms.contains(&"Manchuria".to_string()))
        .unwrap_or_else(|| panic!("a meter explains Manchuria: {meters:?}"));
    assert!(manchuria.2.contains("Manchuria: The north-east"), "{manchuria:?}");
}

#[test]
fn the_counterparts_reason_explains_its_terms() {
    use portsmouth::engine::records::transcript::What;
    use portsmouth::game::screens::table::CounterpartReply;
    let mut app = app();
    begin_at_the_table(&mut app, Side::Russia, Opponent::Computer(Difficulty::Level(1)), 3);
    await_turn(&mut app);
    // Until Komura has moved in session 3: he "will not have Japan's freedom in Korea bound".
    app.world_mut().resource_mut::<Session>().fast_forward(|g| {
        let komura_moved_last_in = g.transcript().entries.iter().rev().find_map(|e| match e.what {
            What::Moved { side: Side::Japan, .. } => Some(e.session),
            _ => None,
        });
        komura_moved_last_in.is_some_and(|s| s >= 2) && g.to_move() == Some(Side::Russia)
    });
    app.update();
    app.update();
    let world = app.world_mut();
    let reply: Vec<Entity> = world
        .query_filtered::<Entity, With<CounterpartReply>>()
        .iter(world)
        .collect();
    assert_eq!(reply.len(), 1, "the counterpart's last move is shown");
    let (labels, texts) = labels_and_texts(world, reply);
    assert!(
        labels
            .iter()
            .any(|(terms, tip)| terms.contains(&"Korea".to_string()) && tip.starts_with("Korea: ")),
        "the reason explains Korea: {labels:?} in {texts:?}"
    );
}

/// The glossary labels under `roots` (the terms each explains, and its tip), and every text.
fn labels_and_texts(world: &mut World, roots: Vec<Entity>) -> (Vec<(Vec<String>, String)>, Vec<String>) {
    let (mut labels, mut texts) = (Vec::new(), Vec::new());
    let mut stack = roots;
    while let Some(e) = stack.pop() {
        if let (Some(explains), Some(tip)) = (world.get::<Explains>(e), world.get::<Tip>(e)) {
            labels.push((explains.0.clone(), tip.0.clone()));
        }
        if let Some(text) = world.get::<Text>(e) {
            texts.push(text.0.clone());
        }
        if let Some(children) = world.get::<Children>(e) {
            stack.extend(children.iter());
        }
    }
    (labels, texts)
}

#[test]
fn the_debrief_gives_the_computers_last_word_with_its_terms_explained() {
    use portsmouth::game::screens::LastWords;
    let mut app = app();
    begin_at_the_table(&mut app, Side::Russia, Opponent::Computer(Difficulty::Level(1)), 3);
    // The talks as they went in 1905, to Komura's last reply, the day he called Minatogawa.
    app.world_mut().resource_mut::<Session>().fast_forward(|_| false);
    assert!(app.world().resource::<Session>().game.is_over());
    send(&mut app, Go(Screen::Debrief));
    app.update();
    let world = app.world_mut();
    let words: Vec<(Entity, Side)> = world
        .query::<(Entity, &LastWords)>()
        .iter(world)
        .map(|(e, w)| (e, w.0))
        .collect();
    assert_eq!(
        words.iter().map(|w| w.1).collect::<Vec<_>>(),
        [Side::Japan],
        "the computer's side has the last word, the student's own is not repeated"
    );
    let (labels, texts) = labels_and_texts(world, vec![words[0].0]);
    assert!(texts.iter().any(|t| t == "Komura's last word"), "{texts:?}");
    assert!(
        labels
            .iter()
            .any(|(terms, tip)| terms.contains(&"Minatogawa".to_string()) && tip.contains("Minatogawa: The name")),
        "the reason explains Minatogawa: {labels:?} in {texts:?}"
    );
}

#[test]
fn a_demonstrations_debrief_gives_both_delegations_last_words() {
    use portsmouth::game::screens::LastWords;
    let mut app = app();
    begin_at_the_table(&mut app, Side::Japan, Opponent::Demonstration(Difficulty::Level(1)), 3);
    app.world_mut().resource_mut::<Session>().fast_forward(|_| false);
    send(&mut app, Go(Screen::Debrief));
    app.update();
    let world = app.world_mut();
    let mut sides: Vec<Side> = world.query::<&LastWords>().iter(world).map(|w| w.0).collect();
    sides.sort_by_key(|s| s.index());
    assert_eq!(
        sides,
        [Side::Japan, Side::Russia],
        "both computer delegations speak last"
    );
    let words = texts_under::<LastWords>(&mut app).join("\n");
    assert!(
        words.contains("Komura's last word") && words.contains("Witte's last word"),
        "{words}"
    );
}
