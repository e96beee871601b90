//! Teachers edit scenarios while the game is open: while the new-game screen is shown, the
//! scenarios folder's file names, sizes and modification times are compared once a second
//! with those last read, and the catalog is read again when they differ.
//!
//! A poll rather than the `notify` crate: a handful of small files is one `read_dir` and a
//! few `stat`s a second, it needs no thread, no dependency and no inotify (absent on some
//! network and container file systems, where `notify` falls back to polling anyway), and
//! in tests it runs on the app's own clock, one frame at a time.

use super::Catalog;
use crate::game::Screen;
use bevy::prelude::*;
use bevy::winit::{UpdateMode, WinitSettings};
use std::path::Path;
use std::time::{Duration, SystemTime};

/// How often the folder is looked at while the new-game screen is open.
pub const POLL_SECONDS: f32 = 1.0;

/// Most files of a scenarios folder looked at: a folder holding far more than a class's
/// scenarios is not read in full every second.
const MAX_FILES: usize = 200;

pub(super) fn plugin(app: &mut App) {
    app.insert_resource(Poll(Timer::from_seconds(POLL_SECONDS, TimerMode::Repeating)));
    app.init_resource::<Resting>();
    app.add_observer(check_now);
    app.add_systems(OnEnter(Screen::NewGame), (ask_to_check, wake_every_poll));
    app.add_systems(OnExit(Screen::NewGame), rest);
    app.add_systems(Update, poll.run_if(in_state(Screen::NewGame)));
}

/// Look at the scenarios folder now, and read it again if anything changed.
#[derive(Event, Clone, Copy, Debug, Default)]
pub struct CheckScenarios;

#[derive(Resource)]
struct Poll(Timer);

/// The `.ron` files of a folder and their translations (`.ftl`), by name, with their sizes
/// and modification times.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Stamp(Vec<(String, u64, Option<SystemTime>)>);

impl Stamp {
    pub(super) fn of(dir: &Path) -> Stamp {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .map(|d| {
                d.filter_map(|e| e.ok())
                    .filter(|e| {
                        Path::new(&e.file_name())
                            .extension()
                            .is_some_and(|x| x == "ron" || x == "ftl")
                    })
                    .take(MAX_FILES)
                    .map(|e| {
                        // `metadata` follows a link, as reading the file does.
                        let meta = std::fs::metadata(e.path()).ok();
                        (
                            e.file_name().to_string_lossy().into_owned(),
                            meta.as_ref().map_or(0, |m| m.len()),
                            meta.and_then(|m| m.modified().ok()),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        Stamp(files)
    }

    /// The scenario files (their translations are read with them).
    pub(super) fn files(&self) -> impl Iterator<Item = &str> + '_ {
        self.0
            .iter()
            .map(|(name, _, _)| name.as_str())
            .filter(|name| name.ends_with(".ron"))
    }
}

fn ask_to_check(mut commands: Commands) {
    commands.trigger(CheckScenarios);
}

fn poll(time: Res<Time<Real>>, mut timer: ResMut<Poll>, mut commands: Commands) {
    // Real time: the window sleeps between frames, and virtual time counts at most a
    // quarter of a second per frame.
    if timer.0.tick(time.delta()).just_finished() {
        commands.trigger(CheckScenarios);
    }
}

fn check_now(_: On<CheckScenarios>, mut catalog: ResMut<Catalog>) {
    if Stamp::of(&catalog.dir) != catalog.stamp {
        let dir = catalog.dir.clone();
        let lang = catalog.lang;
        *catalog = Catalog::read(&dir, lang);
        info!("scenarios folder changed: read again");
    }
}

/// The window's own pace, kept while the new-game screen wakes it once a poll.
#[derive(Resource, Default)]
struct Resting(Option<(UpdateMode, UpdateMode)>);

/// The window sleeps until something happens; while the new-game screen is open it wakes
/// once a poll, so that a changed file shows without the mouse being moved.
fn wake_every_poll(settings: Option<ResMut<WinitSettings>>, mut resting: ResMut<Resting>) {
    let Some(mut settings) = settings else { return };
    let poll = Duration::from_secs_f32(POLL_SECONDS);
    let sooner = |mode: UpdateMode| match mode {
        UpdateMode::Reactive {
            wait,
            react_to_device_events,
            react_to_user_events,
            react_to_window_events,
        } => UpdateMode::Reactive {
            wait: wait.min(poll),
            react_to_device_events,
            react_to_user_events,
            react_to_window_events,
        },
        continuous => continuous,
    };
    resting.0 = Some((settings.focused_mode, settings.unfocused_mode));
    settings.focused_mode = sooner(settings.focused_mode);
    settings.unfocused_mode = sooner(settings.unfocused_mode);
}

/// Back to the window's own pace.
fn rest(settings: Option<ResMut<WinitSettings>>, mut resting: ResMut<Resting>) {
    if let (Some(mut settings), Some((focused, unfocused))) = (settings, resting.0.take()) {
        settings.focused_mode = focused;
        settings.unfocused_mode = unfocused;
    }
}
