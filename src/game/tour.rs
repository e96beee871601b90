//! The screenshot tour: walks every screen — title, settings, new game, the join form of a
//! class (filled in, not sent), briefing, the table
//! with a proposal in progress, the map, a dispatch, the treaty, the debrief, a what-if and
//! its debrief beside the original, the mediator's last look before the signing, a hot-seat
//! hand-over, a demonstration in the presenter view with the teacher's eye (and in high
//! contrast), the teacher's eye at the desk, the class results wall, the presenter view
//! at 1920×1080 (which needs a screen that large), and a student's seat at a networked table
//! (a class server on loopback, started by the tour) — saves `<dir>/<name>.png` for each, and
//! exits. Exits non-zero if an asset fails to load or a screen does not render in time. It
//! plays in a scratch profile, so the player's own settings and saves are never touched.

use super::Screen;
use super::catalog::Catalog;
use super::draft::{Answer, Draft, Edit, Offeror};
use super::map::MapData;
use super::screens::table::classroom::ToggleView;
use super::screens::table::{Panel, ShowPanel};
use super::screens::what_if::{BranchAt, WhatIfSource, WhatIfThisGame};
use super::screens::{BeginNegotiating, Go};
use super::session::{Difficulty, Opponent, SendTurn, Session, StartGame};
use super::settings::{Preset, Settings};
use super::theme::{Fonts, JapaneseFallback};
use crate::engine::agents::AgentSpec;
use crate::engine::batch::simulate::{self, Setup};
use crate::engine::classroom::results::{self, ResultFile};
use crate::engine::play::moves::Turn;
use crate::engine::play::side::Side;
use crate::engine::records::save::Seat;
use bevy::asset::LoadState;
use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured, save_to_disk};
use std::path::PathBuf;

mod class_table;

/// Frames to let a screen settle (layout, font atlases, the computer's move) before its picture.
const SETTLE_FRAMES: u32 = 30;
/// Frames after which a screen that has not been captured counts as failed.
const GIVE_UP_FRAMES: u32 = 600;
/// A stop that waits for something beyond its step (a server's answer): it is run every
/// frame until it says the screen is ready, and only then does the screen settle.
#[derive(Resource)]
struct Hold(fn(&mut World) -> bool);

/// The tour's game: always the same, so its pictures are comparable from run to run.
const TOUR_SEED: u64 = 1905;

pub type Step = fn(&mut World);

/// Pictures to take: where each goes, and the step that brings its screen up.
pub type Photographs = Vec<(PathBuf, Step)>;

#[derive(Resource)]
struct Tour {
    stops: Photographs,
    next: usize,
    frames: u32,
    /// Whether the current stop's step has run.
    stepped: bool,
    waiting: bool,
}

/// The tour's pictures, `<dir>/<name>.png`.
pub fn stops(dir: &std::path::Path) -> Photographs {
    let named: Vec<(&'static str, Step)> = vec![
        ("title", |_| {}),
        ("settings", |w| w.trigger(Go(Screen::Settings))),
        ("new_game", |w| w.trigger(Go(Screen::NewGame))),
        ("join", |w| {
            // The form filled in as a student would; no server is dialled.
            w.insert_resource(super::screens::join::JoinForm {
                address: "192.168.1.20:7905".into(),
                code: "KX7P".into(),
                name: "Aiko".into(),
                side: Some(Side::Japan),
            });
            w.trigger(Go(Screen::Join));
        }),
        ("briefing", |w| {
            start(w, Side::Russia, Opponent::Computer(Difficulty::Historical))
        }),
        ("table", |w| {
            w.trigger(BeginNegotiating);
            // Japan has tabled its terms (session 3); Witte drafts a counter-proposal.
            if let Some(mut session) = w.get_resource_mut::<Session>() {
                session.fast_forward(|g| g.state().session >= 2 && g.to_move() == Some(Side::Russia));
                let draft = Draft::starting(&session);
                w.insert_resource(draft);
            }
            w.trigger(Edit::AnswerAll {
                to: Offeror::Counterpart,
                answer: None,
            });
            w.trigger(Edit::Answer {
                to: Offeror::Counterpart,
                article: 0,
                answer: Some(Answer::Accept),
            });
            for (article, by) in [(4, -1), (8, -1), (9, -1)] {
                w.trigger(Edit::Step { article, by });
            }
        }),
        ("map", |w| w.trigger(ShowPanel(Panel::Map))),
        ("dispatch", |w| {
            if let Some(mut session) = w.get_resource_mut::<Session>() {
                session.fast_forward(|g| g.state().session >= 6 && g.to_move() == Some(Side::Russia));
            }
            w.trigger(ShowPanel(Panel::Dispatches));
        }),
        ("treaty", |w| {
            if let Some(mut session) = w.get_resource_mut::<Session>() {
                session.fast_forward(|_| false);
            }
            w.trigger(Go(Screen::Treaty));
        }),
        ("treaty_signatures", |w| {
            // The foot of the treaty: the two signature blocks side by side.
            let mut documents = w.query_filtered::<&mut ScrollPosition, With<super::screens::treaty::TreatyDocument>>();
            for mut scroll in documents.iter_mut(w) {
                scroll.y = 100_000.0;
            }
        }),
        ("debrief", |w| w.trigger(Go(Screen::Debrief))),
        ("save_dialog", |w| w.trigger(super::session::SaveGame)),
        ("what_if", |w| w.trigger(WhatIfThisGame)),
        ("what_if_debrief", |w| {
            // What if Witte had walked out rather than offer the south of Sakhalin?
            let Some(at) = w.get_resource::<WhatIfSource>().and_then(|source| {
                let game = crate::engine::records::save::load_text(&source.name, source.save.to_text())
                    .ok()?
                    .game;
                crate::engine::classroom::branch::points(&game)
                    .iter()
                    .position(|p| p.session == 10 && p.side == Side::Russia)
            }) else {
                error!("tour: the what-if has no turn of Witte's in session 11");
                w.write_message(AppExit::from_code(5));
                return;
            };
            w.trigger(BranchAt(at));
            // The branch is saved and loaded by commands: apply them before playing on.
            w.flush();
            w.flush();
            w.trigger(SendTurn(Turn {
                break_off: true,
                ..Turn::PASS
            }));
        }),
        ("load", |w| {
            // A named save beside the autosaves of the game and of its what-if.
            let profile = w.resource::<super::paths::Profile>().clone();
            if let Some(mut session) = w.remove_resource::<Session>() {
                let l = w.resource::<super::settings::Language>().0;
                if let Err(problem) =
                    super::session::save_named(l, &mut session, &profile, "Komura v Witte — the branch")
                {
                    error!("tour: the named save was not written: {problem}");
                }
                w.insert_resource(session);
            }
            w.trigger(Go(Screen::Load));
        }),
        ("last_look", |w| {
            // The treaty is complete and Roosevelt proposes an amendment before the signing:
            // Komura, the player, is asked first. Japan's moves before it are boulware's,
            // which leave the mediator something to amend (the treaty of 1905 would not).
            start(w, Side::Japan, Opponent::Computer(Difficulty::Level(2)));
            w.flush();
            w.trigger(BeginNegotiating);
            if let Some(mut session) = w.get_resource_mut::<Session>() {
                // Witte as the computer across the table plays him.
                let witte = match &session.seats[Side::Russia.index()] {
                    Seat::Computer(spec) => spec.clone(),
                    _ => AgentSpec::Delegate,
                };
                session.fast_forward_with([AgentSpec::Boulware, witte], |g| {
                    g.state().last_look.awaiting() == Some(Side::Japan)
                });
                if session.game.state().last_look.awaiting() != Some(Side::Japan) {
                    error!("tour: the game ended without the mediator's amendment waiting for Japan");
                    w.write_message(AppExit::from_code(5));
                }
            }
        }),
        ("handover", |w| start(w, Side::Japan, Opponent::Human)),
        ("presenter", |w| {
            // A demonstration on the projector: the presenter view in session 5.
            w.resource_mut::<Settings>().presenter = true;
            start(w, Side::Japan, Opponent::Demonstration(Difficulty::Level(2)));
            // The new session is inserted by a command: apply it before playing on.
            w.flush();
            w.trigger(BeginNegotiating);
            if let Some(mut session) = w.get_resource_mut::<Session>() {
                session.fast_forward(|g| g.state().session >= 4 && g.to_move() == Some(Side::Japan));
            }
        }),
        ("teacher_eye", |w| w.trigger(ToggleView::TeacherEye)),
        ("high_contrast", |w| w.resource_mut::<Settings>().high_contrast = true),
        ("teacher_eye_desk", |w| {
            let mut settings = w.resource_mut::<Settings>();
            settings.high_contrast = false;
            w.trigger(ToggleView::Presenter);
        }),
        ("wall", |w| {
            class_results(w);
            w.trigger(Go(Screen::Wall));
        }),
        ("presenter_1080", |w| {
            // The projector preset for 1920×1080 on a window of that size: the same layout,
            // half as large again. (Xvfb's screen must be at least this large.)
            let preset = Preset::Projector1080.apply(w.resource::<Settings>());
            *w.resource_mut::<Settings>() = Settings {
                fullscreen: false,
                ..preset
            };
            let mut windows = w.query_filtered::<&mut Window, With<bevy::window::PrimaryWindow>>();
            for mut window in windows.iter_mut(w) {
                window.resolution.set(1920.0, 1080.0);
            }
            start(w, Side::Russia, Opponent::Demonstration(Difficulty::Level(2)));
            w.flush();
            w.trigger(BeginNegotiating);
            if let Some(mut session) = w.get_resource_mut::<Session>() {
                session.fast_forward(|g| g.state().session >= 7 && g.to_move() == Some(Side::Russia));
            }
        }),
        // Last, as it leaves a class server running: a student's seat at a networked table.
        ("class_table", class_table::step),
    ];
    named
        .into_iter()
        .map(|(name, step)| (dir.join(format!("{name}.png")), step))
        .collect()
}

/// A class's results in the scratch profile: games between computer delegations of
/// different strengths, as a class of students would vary.
fn class_results(world: &mut World) {
    let Some(scenario) = world
        .resource::<Catalog>()
        .playable()
        .find(|(s, _)| s.id == "portsmouth-1905")
        .map(|(s, _)| s.clone())
    else {
        return;
    };
    let folder = world.resource::<super::paths::Profile>().results();
    let _ = std::fs::create_dir_all(&folder);
    let at = |level: &str| AgentSpec::DelegateAt(level.to_string());
    let pairings = [
        (at("shrewd"), at("shrewd"), 3),
        (at("yielding"), at("shrewd"), 3),
        (at("shrewd"), at("steady"), 3),
        (at("steady"), AgentSpec::Boulware, 3),
        (AgentSpec::Linear, at("shrewd"), 3),
        (AgentSpec::Conceder, at("steady"), 3),
        (AgentSpec::Random, at("shrewd"), 2),
    ];
    for (p, (japan, russia, games)) in pairings.into_iter().enumerate() {
        let seats = [Seat::Computer(japan.clone()), Seat::Computer(russia.clone())];
        let setup = Setup {
            japan,
            russia,
            games,
            seed: TOUR_SEED + p as u64,
        };
        let _ = simulate::run(&scenario, &setup, |record| {
            let result = ResultFile::from_report(&scenario, &record.report, record.seed, &seats);
            let _ = results::write(&folder.join(format!("{p}-{}.ron", record.index)), &result);
        });
    }
}

fn start(world: &mut World, side: Side, opponent: Opponent) {
    let Some((scenario, files)) = world
        .resource::<Catalog>()
        .playable()
        .find(|(s, _)| s.id == "portsmouth-1905")
        .map(|(s, f)| (s.clone(), f.to_vec()))
    else {
        error!("tour: scenarios/portsmouth-1905.ron did not load");
        world.write_message(AppExit::from_code(5));
        return;
    };
    world.trigger(StartGame {
        scenario,
        files,
        side,
        opponent,
        seed: TOUR_SEED,
        players: None,
    });
}

pub fn plugin(stops: Photographs) -> impl Fn(&mut App) {
    move |app: &mut App| {
        app.insert_resource(Tour {
            stops: stops.clone(),
            next: 0,
            frames: 0,
            stepped: false,
            waiting: false,
        });
        // The tour must redraw every frame, not only on input.
        app.insert_resource(bevy::winit::WinitSettings::game());
        app.add_systems(Update, (hold, advance).chain());
    }
}

/// Whether the last stop's screen is ready: a stop that waits for something (the networked
/// table, for its server) is checked once more and is ready once its `Hold` says so. Also
/// for tests that walk the stops without the tour.
pub fn ready(world: &mut World) -> bool {
    let Some(check) = world.get_resource::<Hold>().map(|h| h.0) else {
        return true;
    };
    let ready = check(world);
    if ready {
        world.remove_resource::<Hold>();
    }
    ready
}

/// Runs a waiting stop's `Hold` each frame; once it is ready, the screen starts to settle.
fn hold(world: &mut World) {
    if world.contains_resource::<Hold>() && ready(world) {
        world.resource_mut::<Tour>().frames = 0;
    }
}

#[allow(clippy::too_many_arguments)]
fn advance(
    mut commands: Commands,
    mut tour: ResMut<Tour>,
    fonts: Res<Fonts>,
    map: Res<MapData>,
    assets: Res<AssetServer>,
    mut exit: MessageWriter<AppExit>,
    held: Option<Res<Hold>>,
    japanese_ready: Option<Res<JapaneseFallback>>,
) {
    for font in [&fonts.regular, &fonts.italic, &fonts.japanese] {
        if let LoadState::Failed(error) = assets.load_state(font) {
            error!("tour: a font failed to load: {error}");
            exit.write(AppExit::from_code(3));
            return;
        }
    }
    if let Err(problem) = &map.0 {
        error!("tour: {problem}");
        exit.write(AppExit::from_code(3));
        return;
    }
    let fonts_ready = [&fonts.regular, &fonts.italic, &fonts.japanese]
        .iter()
        .all(|f| assets.is_loaded_with_dependencies(*f))
        && japanese_ready.is_some();
    tour.frames += 1;
    if tour.frames > GIVE_UP_FRAMES {
        error!(
            "tour: screen `{}` did not render in time",
            tour.stops[tour.next.min(tour.stops.len() - 1)].0.display()
        );
        exit.write(AppExit::from_code(4));
        return;
    }
    if tour.waiting || !fonts_ready {
        return;
    }
    let Some((path, step)) = tour.stops.get(tour.next).cloned() else {
        info!("tour: done");
        exit.write(AppExit::Success);
        return;
    };
    // First run the step, then let the screen settle, then take its picture.
    if !tour.stepped {
        commands.queue(step);
        tour.stepped = true;
        tour.frames = 0;
        return;
    }
    if held.is_some() || tour.frames < SETTLE_FRAMES {
        return;
    }
    info!("tour: {}", path.display());
    tour.waiting = true;
    commands
        .spawn(Screenshot::primary_window())
        .observe(save_to_disk(path))
        .observe(|_: On<ScreenshotCaptured>, mut tour: ResMut<Tour>| {
            tour.next += 1;
            tour.frames = 0;
            tour.stepped = false;
            tour.waiting = false;
        });
}
