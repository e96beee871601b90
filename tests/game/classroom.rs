//! Classroom mode through the UI's own events: a demonstration stepped, auto-played,
//! paused and taken over; the teacher's eye hidden from players and shown to the teacher;
//! the presenter view's type sizes and the high-contrast palette; exports; the results
//! wall on a prepared folder; a what-if branch from the load screen to its debrief.

use crate::common::*;
use bevy::prelude::*;
use portsmouth::engine::agents::{self, AgentSpec};
use portsmouth::engine::play::game::Game;
use portsmouth::engine::play::moves::Turn;
use portsmouth::engine::play::side::Side;
use portsmouth::engine::records::save::{self, SaveFile, Seat};
use portsmouth::engine::scenario;
use portsmouth::game::Screen;
use portsmouth::game::paths::Profile;
use portsmouth::game::screens::settings::SettingsEdit;
use portsmouth::game::screens::table::classroom::{ClassroomControls, TableView, ToggleView};
use portsmouth::game::screens::table::presenter::{PresenterPart, SMALLEST_TEXT};
use portsmouth::game::screens::table::teacher::{TeacherEye, ZoneStrip};
use portsmouth::game::screens::wall::{ShowWallScenario, WallPanel, WallSource};
use portsmouth::game::screens::what_if::{BranchAt, TurnList, WhatIf};
use portsmouth::game::screens::{BeginNegotiating, Go};
use portsmouth::game::session::{Demonstrate, Difficulty, Export, Opponent, Pace, SendTurn, Session, StartGame};
use portsmouth::game::settings::{Preset, Settings};
use portsmouth::game::theme::contrast::HighContrast;
use portsmouth::game::theme::palette::INK;
use std::path::Path;

fn scenario_files() -> (std::sync::Arc<scenario::Scenario>, Vec<(String, String)>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/portsmouth-1905.ron");
    let loaded = scenario::load(&path).unwrap();
    (loaded.scenario, loaded.files)
}

/// Starts a game and sits down at the table.
fn start(app: &mut App, side: Side, opponent: Opponent) {
    let (scenario, files) = scenario_files();
    send(
        app,
        StartGame {
            scenario,
            files,
            side,
            opponent,
            seed: 1905,
            players: None,
        },
    );
    send(app, BeginNegotiating);
    app.update();
    assert_eq!(screen(app), Screen::Table);
}

fn turns(app: &App) -> u32 {
    app.world().resource::<Session>().game.state().turns_played
}

fn frames(app: &mut App, n: usize) {
    for _ in 0..n {
        app.update();
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
}

fn count<C: Component>(app: &mut App) -> usize {
    let world = app.world_mut();
    world.query::<&C>().iter(world).count()
}

#[test]
fn a_demonstration_steps_pauses_auto_plays_and_is_taken_over() {
    let mut app = app();
    start(&mut app, Side::Japan, Opponent::Demonstration(Difficulty::Level(2)));
    {
        let session = app.world().resource::<Session>();
        assert!(session.demonstration);
        assert_eq!(
            session.seats,
            [0, 1].map(|_| Seat::Computer("delegate:shrewd".parse().unwrap()))
        );
        assert_eq!(session.pace, Pace::Paused);
    }
    assert_eq!(
        count::<ClassroomControls>(&mut app),
        1,
        "the controls come with a demonstration"
    );
    // Every control, the teacher's too, is reachable by Tab, labelled and explained.
    {
        use bevy::input_focus::tab_navigation::TabIndex;
        use portsmouth::game::theme::widget::Tip;
        let world = app.world_mut();
        let mut buttons = world.query_filtered::<
            (Entity, Option<&TabIndex>, Option<&AccessibleLabel>, Option<&Tip>),
            With<bevy::ui_widgets::Button>,
        >();
        let found: Vec<_> = buttons.iter(world).collect();
        assert!(found.len() >= 8);
        for (entity, tab, label, tip) in found {
            let name = world.get::<Name>(entity).map(|n| n.to_string()).unwrap_or_default();
            assert!(tab.is_some() && label.is_some(), "{name}");
            assert!(tip.is_some_and(|t| !t.0.is_empty()), "{name} has no tooltip");
        }
    }
    // Paused: the first move is decided but waits for the teacher.
    assert!(run_until(&mut app, 60, |app| app
        .world()
        .resource::<Session>()
        .move_waiting()));
    frames(&mut app, 20);
    assert_eq!(turns(&app), 0);
    assert!(all_text(&mut app).contains("the next move is ready: Step (N)"));
    // Step: exactly one move, then it waits again.
    send(&mut app, Demonstrate::Step);
    assert!(run_until(&mut app, 60, |app| turns(app) == 1));
    assert!(run_until(&mut app, 60, |app| app
        .world()
        .resource::<Session>()
        .move_waiting()));
    frames(&mut app, 20);
    assert_eq!(turns(&app), 1);
    // The move is narrated with its reason at the table.
    let reason = {
        let game = &app.world().resource::<Session>().game;
        let (side, _, note) = game.transcript().moves().next().unwrap();
        note.unwrap()
            .text_in(portsmouth::i18n::Lang::English, game.scenario(), side)
    };
    assert!(all_text(&mut app).contains(&reason), "{reason}");
    // Auto-play: moves come by themselves (at the demonstration's pace; hurried here).
    send(&mut app, Demonstrate::TogglePause);
    assert_eq!(app.world().resource::<Session>().pace, Pace::Auto { delay: 4.0 });
    send(&mut app, Demonstrate::Pace(1));
    assert_eq!(app.world().resource::<Session>().pace, Pace::Auto { delay: 8.0 });
    send(&mut app, Demonstrate::Pace(-1));
    send(&mut app, Demonstrate::Pace(-1));
    assert_eq!(app.world().resource::<Session>().pace, Pace::Auto { delay: 2.0 });
    assert!(all_text(&mut app).contains("Auto-play: a move every 2 s"));
    // A pause and auto-play again keep the chosen pace.
    send(&mut app, Demonstrate::TogglePause);
    send(&mut app, Demonstrate::TogglePause);
    assert_eq!(app.world().resource::<Session>().pace, Pace::Auto { delay: 2.0 });
    app.world_mut().resource_mut::<Session>().pace = Pace::Auto { delay: 0.0 };
    assert!(run_until(&mut app, 120, |app| turns(app) >= 5));
    // Pause holds the next one.
    send(&mut app, Demonstrate::TogglePause);
    let held = turns(&app);
    frames(&mut app, 30);
    assert!(turns(&app) <= held + 1, "at most a move already under way");
    // The teacher takes over Japan: the computer no longer moves for it.
    send(&mut app, Demonstrate::TakeOver(Side::Japan));
    send(&mut app, Demonstrate::TogglePause);
    app.world_mut().resource_mut::<Session>().pace = Pace::Auto { delay: 0.0 };
    assert!(run_until(&mut app, 120, |app| app
        .world()
        .resource::<Session>()
        .viewer_to_move()));
    let waiting = turns(&app);
    frames(&mut app, 30);
    assert_eq!(turns(&app), waiting, "Japan waits for the teacher");
    assert_eq!(app.world().resource::<Session>().seats[0], Seat::Human);
    send(&mut app, SendTurn(Turn::PASS));
    assert_eq!(turns(&app), waiting + 1);
    // Russia, still the computer, answers; Japan goes back to the same computer.
    send(&mut app, Demonstrate::HandBack(Side::Japan));
    assert_eq!(
        app.world().resource::<Session>().seats[0],
        Seat::Computer("delegate:shrewd".parse().unwrap())
    );
    assert!(run_until(&mut app, 120, |app| turns(app) >= waiting + 3));
}

#[test]
fn the_teachers_eye_is_hidden_from_players_and_shown_to_the_teacher() {
    let mut app = app();
    start(&mut app, Side::Russia, Opponent::Computer(Difficulty::Level(1)));
    // A student's game: no controls, and the eye does not open.
    assert_eq!(count::<ClassroomControls>(&mut app), 0);
    send(&mut app, ToggleView::TeacherEye);
    assert!(!app.world().resource::<TableView>().teacher_eye);
    app.update();
    assert_eq!(count::<TeacherEye>(&mut app), 0);
    assert!(!all_text(&mut app).contains("would rather break off"));
    // With the teacher's tools on (Settings), it opens, with every article's zone.
    send(&mut app, SettingsEdit::TeacherTools(true));
    send(&mut app, ToggleView::TeacherEye);
    app.update();
    assert_eq!(count::<TeacherEye>(&mut app), 1);
    let articles = app.world().resource::<Session>().game.scenario().articles.len();
    assert_eq!(count::<ZoneStrip>(&mut app), articles);
    let game = app.world().resource::<Session>().game.clone();
    let shown = all_text(&mut app);
    for side in Side::BOTH {
        let expected = format!(
            "{} would rather break off than accept less than {:.0}%",
            game.scenario().party(side).player_title,
            100.0 * game.reservation(side)
        );
        assert!(shown.contains(&expected), "{expected}");
    }
    // The zone follows the talks: the strips hold the engine's figures for this moment.
    let world = app.world_mut();
    let strips: Vec<_> = world.query::<&ZoneStrip>().iter(world).map(|s| s.0.clone()).collect();
    let engine = portsmouth::engine::analysis::zone::TeacherView::of(&game);
    for strip in strips {
        assert_eq!(strip, engine.articles[strip.article]);
    }
}

/// Every text under entities with component `C`, with its size.
fn text_sizes_under<C: Component>(app: &mut App) -> Vec<(String, f32)> {
    let world = app.world_mut();
    let roots: Vec<Entity> = world.query_filtered::<Entity, With<C>>().iter(world).collect();
    let mut found = Vec::new();
    let mut stack = roots;
    while let Some(entity) = stack.pop() {
        if let (Some(text), Some(font)) = (world.get::<Text>(entity), world.get::<TextFont>(entity)) {
            let FontSize::Px(size) = font.font_size else {
                panic!("sizes are in pixels")
            };
            found.push((text.0.clone(), size));
        }
        if let Some(children) = world.get::<Children>(entity) {
            stack.extend(children.iter());
        }
    }
    found
}

#[test]
fn the_presenter_view_is_readable_from_the_back_of_the_room() {
    let mut app = app();
    start(&mut app, Side::Japan, Opponent::Demonstration(Difficulty::Level(2)));
    send(&mut app, Demonstrate::Step);
    assert!(run_until(&mut app, 60, |app| turns(app) == 1));
    send(&mut app, ToggleView::Presenter);
    app.update();
    let parts = {
        let world = app.world_mut();
        world.query::<&PresenterPart>().iter(world).copied().collect::<Vec<_>>()
    };
    for part in [PresenterPart::Calendar, PresenterPart::Board, PresenterPart::Latest] {
        assert!(parts.contains(&part), "{part:?}");
    }
    let sizes = text_sizes_under::<PresenterPart>(&mut app);
    assert!(sizes.len() > 40, "calendar, twelve articles and the reply");
    for (text, size) in &sizes {
        assert!(*size >= SMALLEST_TEXT, "{text:?} is {size} px");
    }
    // Smallest text over screen height, at both projector presets: at least 1/40.
    for (preset, height) in [(Preset::Projector720, 720.0), (Preset::Projector1080, 1080.0)] {
        let settings = preset.apply(&Settings::default());
        assert!(settings.presenter && settings.high_contrast);
        assert!(SMALLEST_TEXT * settings.ui_scale / height >= 1.0 / 40.0, "{preset:?}");
    }
    // The projector preset from Settings: high contrast recolours the whole table.
    send(&mut app, SettingsEdit::Preset(Preset::Projector720));
    frames(&mut app, 3);
    assert!(app.world().resource::<HighContrast>().0);
    let world = app.world_mut();
    let inked = world.query::<&TextColor>().iter(world).filter(|c| c.0 == INK).count();
    assert_eq!(inked, 0, "no paper-palette ink left");
    assert_eq!(world.resource::<ClearColor>().0, Color::srgb(1.0, 1.0, 1.0));
    // And back.
    send(&mut app, SettingsEdit::Preset(Preset::Desk));
    frames(&mut app, 3);
    let world = app.world_mut();
    assert!(world.query::<&TextColor>().iter(world).any(|c| c.0 == INK));
}

/// A finished 1905 conference between two delegates, saved in the profile.
fn finished_save(profile: &Path) -> std::path::PathBuf {
    let (scenario, files) = scenario_files();
    let mut game = Game::new(scenario.clone(), 7);
    let mut japan = agents::make(&AgentSpec::Delegate, Side::Japan, 7, &scenario).unwrap();
    let mut russia = agents::make(&AgentSpec::Delegate, Side::Russia, 7, &scenario).unwrap();
    agents::play_out(&mut game, [japan.as_mut(), russia.as_mut()]);
    let seats = [
        Seat::Computer("delegate".parse().unwrap()),
        Seat::Computer("delegate".parse().unwrap()),
    ];
    let path = Profile(profile.to_path_buf()).saves().join("class-game.ron");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    save::write(&path, &SaveFile::of(&game, &files, seats)).unwrap();
    path
}

#[test]
fn exports_write_minutes_and_a_result_that_the_wall_shows() {
    let profile = scratch_profile();
    let saved = finished_save(&profile);
    let mut app = app_with_profile(profile.clone());
    send(&mut app, portsmouth::game::session::LoadGame(saved));
    app.update();
    assert_eq!(screen(&app), Screen::Debrief);
    send(&mut app, Export::Minutes);
    app.update();
    let exports = Profile(profile.clone()).exports();
    let minutes: Vec<_> = std::fs::read_dir(&exports)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(minutes.len(), 1);
    let text = std::fs::read_to_string(&minutes[0]).unwrap();
    assert!(text.contains("## Session 12") && text.contains("| Sakhalin |"));
    assert!(
        all_text(&mut app).contains("Minutes written to"),
        "the debrief says where"
    );
    send(&mut app, Export::Result);
    let results: Vec<_> = std::fs::read_dir(Profile(profile.clone()).results())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(results.len(), 1);
    assert_eq!(
        portsmouth::engine::classroom::results::read(&results[0])
            .unwrap()
            .outcome,
        "as_signed"
    );
    // The wall reads the profile's results folder.
    send(&mut app, Go(Screen::Wall));
    app.update();
    assert_eq!(count::<WallPanel>(&mut app), 3);
    let shown = all_text(&mut app);
    assert!(
        shown.contains("The Peace of Portsmouth, 1905 — 1 game — 1905: 100% of games"),
        "{shown}"
    );
}

#[test]
fn the_wall_shows_a_prepared_folder() {
    let mut app = app();
    app.insert_resource(WallSource {
        folder: Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/wall"),
        scenario: None,
    });
    send(&mut app, Go(Screen::Wall));
    app.update();
    let shown = all_text(&mut app);
    for expected in [
        "The Peace of Portsmouth, 1905 — 4 games — 1905: 25% of games",
        "The Treaty of Portsmouth as signed — as in 1905",
        "2 (50%)",
        "South of 50°N ceded ×3 · no treaty ×1",
        "Japan: 0\u{a0}better · 3\u{a0}as well · 1\u{a0}worse",
        "Russia: 0\u{a0}better · 1\u{a0}as well · 3\u{a0}worse",
        "Group 3 as Komura (05-group-3.ron)",
        "(1 results of other scenarios left off)",
        "06-damaged.ron:21:23",
    ] {
        assert!(shown.contains(expected), "missing {expected:?} in\n{shown}");
    }
    // The other scenario in the folder is one button away.
    assert!(shown.contains("Tutorial: the Sakhalin bargain (1)"));
    send(&mut app, ShowWallScenario("tutorial".into()));
    app.update();
    assert_eq!(screen(&app), Screen::Wall);
    assert!(all_text(&mut app).contains("Tutorial: the Sakhalin bargain — 1 game"));
}

#[test]
fn a_what_if_from_the_load_screen_shares_the_prefix_and_is_compared_in_the_debrief() {
    let profile = scratch_profile();
    let saved = finished_save(&profile);
    let original = save::load(&saved).unwrap().game;
    let mut app = app_with_profile(profile);
    send(&mut app, Go(Screen::Load));
    assert!(all_text(&mut app).contains("What if…"));
    send(&mut app, WhatIf(saved));
    app.update();
    assert_eq!(screen(&app), Screen::WhatIf);
    assert_eq!(count::<TurnList>(&mut app), 1);
    // Witte's first answer in session 4, decided differently.
    let at = portsmouth::engine::classroom::branch::points(&original)
        .iter()
        .position(|p| p.session == 3 && p.side == Side::Russia)
        .unwrap();
    send(&mut app, BranchAt(at));
    app.update();
    assert_eq!(screen(&app), Screen::Table);
    {
        let session = app.world().resource::<Session>();
        assert_eq!(session.game.state().turns_played as usize, at);
        assert_eq!(session.seats[1], Seat::Human);
        let prefix = session.game.transcript().entries.len();
        assert_eq!(
            session.game.transcript().entries[..],
            original.transcript().entries[..prefix],
            "the same prefix"
        );
        assert!(session.viewer_to_move());
    }
    // The one changed decision; then both seats go back to the computer, which plays on.
    send(&mut app, SendTurn(Turn::PASS));
    assert_eq!(
        app.world().resource::<Session>().seats[1],
        Seat::Computer("delegate".parse().unwrap())
    );
    assert!(run_until(&mut app, 240, |app| app
        .world()
        .resource::<Session>()
        .game
        .is_over()));
    let branch = app.world().resource::<Session>().game.clone();
    let moves = |g: &Game| g.transcript().moves().map(|(s, t, _)| (s, *t)).collect::<Vec<_>>();
    assert_ne!(moves(&branch)[at..], moves(&original)[at..], "a different continuation");
    send(&mut app, Go(Screen::Debrief));
    app.update();
    let shown = all_text(&mut app);
    assert!(
        shown.contains(&format!(
            "Witte decided turn {} differently; the original is class-game.ron",
            at + 1
        )),
        "{shown}"
    );
    assert!(shown.contains("Original: The Treaty of Portsmouth as signed — Japan 59%, Russia 65%"));
    assert!(shown.contains("This branch: "));
}

#[test]
fn the_names_typed_at_the_start_are_on_the_result_and_the_save() {
    use portsmouth::game::screens::NamesField;
    let profile = scratch_profile();
    let mut app = app_with_profile(profile.clone());
    send(&mut app, Go(Screen::NewGame));
    app.update();
    let field = {
        let world = app.world_mut();
        world
            .query_filtered::<Entity, With<NamesField>>()
            .single(world)
            .unwrap()
    };
    app.world_mut()
        .resource_mut::<bevy::input_focus::InputFocus>()
        .set(field, bevy::input_focus::FocusCause::Navigated);
    type_text(&mut app, "Group 3");
    assert_eq!(
        app.world()
            .resource::<portsmouth::game::screens::NewGameChoices>()
            .players,
        "Group 3"
    );
    assert!(all_text(&mut app).contains("Group 3"), "the field shows what was typed");
    send(&mut app, portsmouth::game::screens::Begin);
    app.update();
    assert_eq!(app.world().resource::<Session>().players.as_deref(), Some("Group 3"));
    // The autosave keeps the names; a finished game's result carries them.
    let autosave = save::load(&Profile(profile).autosave()).unwrap();
    assert_eq!(autosave.players.as_deref(), Some("Group 3"));
    let session = app.world().resource::<Session>();
    let mut game = session.game.clone();
    let mut agents = Side::BOTH.map(|side| agents::make(&AgentSpec::Delegate, side, 1, game.scenario()).unwrap());
    let [japan, russia] = &mut agents;
    agents::play_out(&mut game, [japan.as_mut(), russia.as_mut()]);
    let result =
        portsmouth::engine::classroom::results::ResultFile::of(&game, &session.seats, session.players.as_deref())
            .unwrap();
    assert_eq!(result.japan.name, "Group 3 as Komura");
}

/// Every text under entities with component `C`, with its colour.
fn text_colours_under<C: Component>(app: &mut App) -> Vec<(String, Color)> {
    let world = app.world_mut();
    let mut stack: Vec<Entity> = world.query_filtered::<Entity, With<C>>().iter(world).collect();
    let mut found = Vec::new();
    while let Some(entity) = stack.pop() {
        if let (Some(text), Some(colour)) = (world.get::<Text>(entity), world.get::<TextColor>(entity)) {
            found.push((text.0.clone(), colour.0));
        }
        if let Some(children) = world.get::<Children>(entity) {
            stack.extend(children.iter());
        }
    }
    found
}

/// Steps a paused demonstration by `moves` moves.
fn step(app: &mut App, moves: u32) {
    for _ in 0..moves {
        let before = turns(app);
        assert!(run_until(app, 60, |app| app
            .world()
            .resource::<Session>()
            .move_waiting()));
        send(app, Demonstrate::Step);
        assert!(run_until(app, 60, |app| turns(app) == before + 1));
    }
    app.update();
}

#[test]
fn the_presenter_shows_both_offers_and_the_gap_in_words() {
    use portsmouth::engine::analysis::gap::gap;
    use portsmouth::engine::play::state::Status;
    use portsmouth::game::screens::table::presenter::GapWords;
    let mut app = app();
    start(&mut app, Side::Japan, Opponent::Demonstration(Difficulty::Level(2)));
    // Komura proposes, Witte answers with terms of his own, Komura answers in turn. (The
    // delegates reject what they cannot take, which takes those terms off the table.)
    step(&mut app, 3);
    send(&mut app, ToggleView::Presenter);
    app.update();
    let game = app.world().resource::<Session>().game.clone();
    let (scenario, state) = (game.scenario(), game.state());
    let titles = Side::BOTH.map(|s| scenario.party(s).player_title.as_str());
    // Every open article's gap, in the engine's words.
    let expected: Vec<String> = (0..scenario.articles.len())
        .filter(|&a| matches!(state.status(a), Status::Open))
        .map(|a| {
            let offer = |side: Side| state.proposals[side.index()].terms.get(a);
            gap(
                offer(Side::Japan),
                offer(Side::Russia),
                scenario.articles[a].options.len() as u8,
            )
            .words(titles)
        })
        .collect();
    let shown: Vec<String> = {
        let world = app.world_mut();
        let mut q = world.query::<(Entity, &GapWords)>();
        let mut found: Vec<_> = q.iter(world).map(|(e, g)| (e, g.0.clone())).collect();
        found.sort_by_key(|(e, _)| *e);
        found.into_iter().map(|(_, g)| g).collect()
    };
    assert!(!expected.is_empty());
    assert_eq!(shown, expected);
    assert!(
        shown.iter().any(|g| g.starts_with("only ")),
        "after three moves, terms are on the table: {shown:?}"
    );
    let texts = all_text(&mut app);
    for heading in ["Komura offers", "Witte offers", "How far apart"] {
        assert!(texts.contains(heading), "{heading}");
    }
    // Each standing offer is shown on its article's row.
    let world = app.world_mut();
    let mut rows = world.query::<(&Name, &Children)>();
    let rows: Vec<Vec<Entity>> = rows
        .iter(world)
        .filter(|(n, _)| n.as_str().starts_with("Presenter article: "))
        .map(|(_, c)| c.iter().collect())
        .collect();
    assert_eq!(rows.len(), scenario.articles.len());
    let mut offers = 0;
    for (a, article) in scenario.articles.iter().enumerate() {
        let row = world
            .query::<(&Name, &Children)>()
            .iter(world)
            .find(|(n, _)| n.as_str() == format!("Presenter article: {}", article.id))
            .map(|(_, c)| c.iter().collect::<Vec<Entity>>())
            .unwrap();
        let cells: Vec<String> = row
            .iter()
            .filter_map(|&cell| world.get::<Children>(cell))
            .flat_map(|c| c.iter())
            .filter_map(|t| world.get::<Text>(t).map(|t| t.0.clone()))
            .collect();
        for side in Side::BOTH {
            if let (Status::Open, Some(o)) = (state.status(a), state.proposals[side.index()].terms.get(a)) {
                assert!(
                    cells.iter().any(|t| t == scenario.option_label(a, o)),
                    "{side:?} on {}: {cells:?}",
                    article.id
                );
                offers += 1;
            }
        }
    }
    assert!(offers > 0);
}

#[test]
fn a_demonstration_shows_the_class_public_facts_only_until_the_teachers_eye_opens() {
    let mut app = app();
    start(&mut app, Side::Japan, Opponent::Demonstration(Difficulty::Level(2)));
    step(&mut app, 4);
    send(&mut app, ToggleView::Presenter);
    app.update();
    let scenario = app.world().resource::<Session>().game.scenario().clone();
    let private: Vec<String> = scenario.red_lines().map(|r| r.text.clone()).collect();
    let public = text_colours_under::<PresenterPart>(&mut app);
    let public: Vec<&str> = public.iter().map(|(t, _)| t.as_str()).collect();
    let all = public.join("\n");
    // Both sides' public positions, as a neutral summary of both briefs.
    for side in Side::BOTH {
        let party = scenario.party(side);
        assert!(
            all.contains(&party.public_position),
            "{side:?}'s public position: {all}"
        );
    }
    assert!(all.contains("Known to care most about: Sakhalin"), "{all}");
    // Nothing of either side's instructions: no red line, cable or reservation value.
    for line in &private {
        assert!(
            !all.contains(line.as_str()),
            "private instruction on the projector: {line}"
        );
    }
    for secret in ["CABLE to ", "INSTRUCTIONS:", "would rather break off"] {
        assert!(!all.contains(secret), "{secret} on the projector: {all}");
    }
    assert_eq!(count::<TeacherEye>(&mut app), 0);
    // The teacher's eye, the teacher's explicit choice, shows the instructions.
    send(&mut app, ToggleView::TeacherEye);
    app.update();
    assert_eq!(count::<TeacherEye>(&mut app), 1);
    let all = all_text(&mut app);
    assert!(all.contains("would rather break off"));
    assert!(private.iter().any(|line| all.contains(line.as_str())));
}

/// What a delegate says on the projector is what it said across the table: its cable home and
/// the words of its instructions stay with its own delegation and the teacher's eye.
#[test]
fn the_projector_shows_what_a_delegate_said_across_the_table_only() {
    use portsmouth::engine::agents::Hearer;
    use portsmouth::engine::play::moves::SideAction;
    use portsmouth::engine::records::transcript::What;
    let mut app = app();
    start(&mut app, Side::Japan, Opponent::Demonstration(Difficulty::Level(2)));
    send(&mut app, ToggleView::Presenter);
    app.update();
    let scenario = app.world().resource::<Session>().game.scenario().clone();
    let private: Vec<String> = scenario
        .red_lines()
        .map(|r| r.text.trim_end_matches('.').to_string())
        .collect();
    let mut kept_back = 0;
    for _ in 0..60 {
        if app.world().resource::<Session>().game.is_over() {
            break;
        }
        step(&mut app, 1);
        let shown: Vec<String> = text_colours_under::<PresenterPart>(&mut app)
            .into_iter()
            .map(|(t, _)| t)
            .collect();
        let shown = shown.join("\n");
        for line in &private {
            assert!(
                !shown.contains(line.as_str()),
                "an instruction on the projector: {shown}"
            );
        }
        assert!(!shown.contains(" cables "), "a cable home on the projector: {shown}");
        // Count the moves whose full words held something the class must not read.
        let session = app.world().resource::<Session>();
        let transcript = session.game.transcript();
        let last = transcript.entries.iter().rev().find_map(|e| match &e.what {
            What::Moved { side, turn, note } => Some((*side, *turn, *note)),
            _ => None,
        });
        if let Some((side, turn, Some(n))) = last {
            let own = transcript.notes[n].text_in(portsmouth::i18n::Lang::English, &scenario, side);
            let across = transcript.notes[n].text_to(portsmouth::i18n::Lang::English, &scenario, side, Hearer::Across);
            if own != across {
                kept_back += 1;
                assert!(
                    shown.contains(&across),
                    "the projector shows what was said across the table: {shown}"
                );
                assert!(
                    matches!(turn.action, Some(SideAction::CableHome(_)))
                        || private.iter().any(|p| own.contains(p.as_str())),
                    "{own}"
                );
            }
        }
    }
    assert!(kept_back > 0, "no move of this demonstration said anything private");
}

#[test]
fn high_contrast_narration_is_black_and_large_in_a_hot_seat_game() {
    use portsmouth::game::screens::TakeSeat;
    let mut app = app();
    start(&mut app, Side::Japan, Opponent::Human);
    send(&mut app, SettingsEdit::HighContrast(true));
    send(&mut app, ToggleView::Presenter);
    // Komura moves; the seat passes to Witte.
    send(&mut app, portsmouth::game::draft::SendDraft);
    assert!(run_until(&mut app, 60, |app| screen(app) == Screen::Handover));
    frames(&mut app, 2);
    let black = Color::srgb(0.0, 0.0, 0.0);
    let handover = {
        let world = app.world_mut();
        world.query::<&TextColor>().iter(world).map(|c| c.0).collect::<Vec<_>>()
    };
    assert!(!handover.is_empty());
    for colour in handover {
        assert_eq!(
            portsmouth::game::theme::contrast::shade(colour, true),
            colour,
            "a paper colour on the hand-over screen"
        );
    }
    send(&mut app, TakeSeat);
    send(&mut app, BeginNegotiating);
    frames(&mut app, 3);
    assert_eq!(screen(&app), Screen::Table);
    assert!(app.world().resource::<TableView>().presenter);
    // Witte's presenter view narrates Komura's move, black on white, nothing under 18 px.
    let narration = text_colours_under::<PresenterPart>(&mut app);
    let latest: Vec<(String, Color)> = {
        let world = app.world_mut();
        let roots: Vec<Entity> = world
            .query::<(Entity, &PresenterPart)>()
            .iter(world)
            .filter(|(_, p)| **p == PresenterPart::Latest)
            .map(|(e, _)| e)
            .collect();
        assert_eq!(roots.len(), 1);
        narration
            .into_iter()
            .filter(|(t, _)| t.contains("Komura (Japan)"))
            .collect()
    };
    assert!(!latest.is_empty(), "Komura's move is narrated");
    assert!(latest.iter().any(|(_, c)| *c == black), "{latest:?}");
    for (text, colour) in &latest {
        assert_eq!(
            portsmouth::game::theme::contrast::shade(*colour, true),
            *colour,
            "{text}"
        );
    }
    for (text, size) in text_sizes_under::<PresenterPart>(&mut app) {
        assert!(size >= SMALLEST_TEXT, "{text:?} is {size} px");
    }
    assert_eq!(app.world().resource::<ClearColor>().0, Color::srgb(1.0, 1.0, 1.0));
}
