//! Saving and loading a game in progress, Continue, and settings kept between runs.

use crate::common::*;
use portsmouth::engine::play::side::Side;
use portsmouth::game::Screen;
use portsmouth::game::draft::SendDraft;
use portsmouth::game::paths::Profile;
use portsmouth::game::screens::{BeginNegotiating, Go};
use portsmouth::game::session::{Difficulty, LoadGame, Opponent, SaveGame, Session, StartGame};
use portsmouth::game::settings::Settings;

fn start(app: &mut bevy::prelude::App) {
    let (scenario, files) = {
        let catalog = app.world().resource::<portsmouth::game::catalog::Catalog>();
        let (s, f) = catalog.playable().next().expect("a scenario loads");
        (s.clone(), f.to_vec())
    };
    send(
        app,
        StartGame {
            players: None,
            scenario,
            files,
            side: Side::Russia,
            opponent: Opponent::Computer(Difficulty::Level(2)),
            seed: 42,
        },
    );
    send(app, BeginNegotiating);
    for _ in 0..5 {
        await_turn(app);
        send(app, SendDraft);
    }
    await_turn(app);
}

/// The turns played so far, in order.
fn moves_played(app: &bevy::prelude::App) -> Vec<(Side, portsmouth::engine::play::moves::Turn)> {
    let session = app.world().resource::<Session>();
    session.game.transcript().moves().map(|(s, t, _)| (s, *t)).collect()
}

#[test]
fn loading_a_save_restores_the_same_table() {
    let profile = scratch_profile();
    let mut app = app_with_profile(profile.clone());
    start(&mut app);
    send(&mut app, SaveGame);
    send(&mut app, portsmouth::game::screens::save_name::SubmitSaveName);
    let saved_as = app.world().resource::<Session>().saved_as.clone().expect("saved");
    assert!(saved_as.starts_with(Profile(profile.clone()).saves()));
    app.world_mut().resource_mut::<Session>().notice = None;
    app.update();
    let mut table = texts(&mut app);
    table.sort();
    let moves = moves_played(&app);

    // A new run of the game, with the same profile: load from the load screen's event.
    let mut again = app_with_profile(profile.clone());
    send(&mut again, Go(Screen::Load));
    assert!(
        all_text(&mut again).contains("The Peace of Portsmouth, 1905"),
        "the save is listed"
    );
    send(&mut again, LoadGame(saved_as));
    assert_eq!(screen(&again), Screen::Table);
    again.world_mut().resource_mut::<Session>().notice = None;
    again.update();
    let restored = moves_played(&again);
    assert_eq!(moves, restored);
    let mut restored_table = texts(&mut again);
    restored_table.sort();
    assert_eq!(restored_table, table, "the same table, text for text");
}

#[test]
fn continue_resumes_the_autosaved_game() {
    let profile = scratch_profile();
    let mut app = app_with_profile(profile.clone());
    start(&mut app);
    let turns = app.world().resource::<Session>().game.state().turns_played;
    let mut again = app_with_profile(profile);
    let title = all_text(&mut again);
    assert!(title.contains("Continue"), "{title}");
    send(&mut again, LoadGame(Profile(scratch_profile()).autosave()));
    assert_eq!(screen(&again), Screen::Title, "a missing save changes nothing");
    let autosave = again.world().resource::<Profile>().autosave();
    send(&mut again, LoadGame(autosave));
    assert_eq!(screen(&again), Screen::Table);
    assert_eq!(again.world().resource::<Session>().game.state().turns_played, turns);
}

#[test]
fn a_damaged_save_is_reported_and_left_untouched() {
    let profile = scratch_profile();
    let saves = Profile(profile.clone()).saves();
    std::fs::create_dir_all(&saves).unwrap();
    let damaged = saves.join("damaged.ron");
    std::fs::write(&damaged, "Save(format: 1, scenario_id: \"portsmouth-1905\",").unwrap();
    let mut app = app_with_profile(profile);
    send(&mut app, Go(Screen::Load));
    let listed = all_text(&mut app);
    assert!(listed.contains("damaged.ron") && listed.contains("damaged"), "{listed}");
    send(&mut app, LoadGame(damaged.clone()));
    assert_eq!(screen(&app), Screen::Load);
    let problem = app
        .world()
        .resource::<portsmouth::game::session::LoadProblem>()
        .0
        .clone()
        .unwrap();
    assert!(
        problem.contains("damaged.ron:1:"),
        "names the file, line and column: {problem}"
    );
    assert_eq!(
        std::fs::read_to_string(&damaged).unwrap(),
        "Save(format: 1, scenario_id: \"portsmouth-1905\","
    );
}

#[test]
fn settings_are_kept_between_runs() {
    use portsmouth::game::screens::settings::SettingsEdit;
    let profile = scratch_profile();
    let mut app = app_with_profile(profile.clone());
    send(&mut app, Go(Screen::Settings));
    send(&mut app, SettingsEdit::UiScale(1.5));
    send(&mut app, SettingsEdit::TextSize(1.3));
    send(&mut app, SettingsEdit::Fullscreen(true));
    assert!(all_text(&mut app).contains("• 150%"));
    let again = app_with_profile(profile.clone());
    let settings = *again.world().resource::<Settings>();
    assert_eq!(
        settings,
        Settings {
            ui_scale: 1.5,
            text_size: 1.3,
            fullscreen: true,
            ..Settings::default()
        }
    );
    // Text size applies to every text, from its design size.
    let mut again = again;
    let world = again.world_mut();
    let mut q = world.query::<(&portsmouth::game::theme::widget::BaseSize, &bevy::prelude::TextFont)>();
    for (base, font) in q.iter(world) {
        assert_eq!(font.font_size, bevy::prelude::FontSize::Px(base.0 * 1.3));
    }
    // A damaged settings file gives the defaults and a message, and is not overwritten.
    std::fs::write(Profile(profile.clone()).settings(), "(ui_scale: oops)").unwrap();
    let (settings, problem) = Settings::load(&Profile(profile.clone()));
    assert_eq!(settings, Settings::default());
    assert!(problem.unwrap().contains("settings.ron:1:"));
}
