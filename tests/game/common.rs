//! A headless app with the game's plugins: what the screens need, without a window, and
//! helpers that play through the UI's own events.

use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::input_focus::{FocusCause, InputFocus, InputFocusVisible};
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use bevy::ui_widgets::Activate;
use portsmouth::game::Screen;
use portsmouth::game::paths::Profile;
use portsmouth::game::session::Session;
use portsmouth::game::theme::widget::FocusKey;
use portsmouth::i18n::Lang;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A fresh, empty profile folder for one test (tests run in parallel).
pub fn scratch_profile() -> PathBuf {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "portsmouth-test-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

pub fn app() -> App {
    app_with_profile(scratch_profile())
}

pub fn app_with_profile(profile: PathBuf) -> App {
    app_with(profile, |_| {})
}

/// The headless app with `engines` added before the game's plugins (Bevy's UI layout, for
/// instance, which needs its font loader in place before the game asks for its fonts).
pub fn app_with(profile: PathBuf, engines: impl FnOnce(&mut App)) -> App {
    app_on_a_system_speaking(Lang::English, profile, engines)
}

/// The headless app on a machine whose system language is `system` (the game follows it
/// until the player chooses one).
pub fn app_on_a_system_speaking(system: Lang, profile: PathBuf, engines: impl FnOnce(&mut App)) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin, AssetPlugin::default()));
    engines(&mut app);
    text_input_engines(&mut app);
    app.init_resource::<ButtonInput<KeyCode>>();
    app.add_message::<bevy::input::keyboard::KeyboardInput>();
    app.init_resource::<InputFocus>();
    app.init_resource::<InputFocusVisible>();
    app.insert_resource(Profile(profile));
    // The tests read the language they ask for (English, mostly), whatever the machine's.
    app.insert_resource(portsmouth::game::settings::SystemLanguage(system));
    app.add_plugins(portsmouth::game::plugin);
    app.init_resource::<ExitSeen>();
    app.add_systems(Last, see_exit);
    app.update();
    app
}

/// The last exit the game asked for. Bevy drops a message two updates after it is written
/// once a fixed-time step has run, and on a busy machine one runs between any two updates:
/// reading `Messages<AppExit>` afterwards could miss it, so a system keeps it.
#[derive(Resource, Default)]
struct ExitSeen(Option<AppExit>);

fn see_exit(mut exits: MessageReader<AppExit>, mut seen: ResMut<ExitSeen>) {
    if let Some(exit) = exits.read().last() {
        seen.0 = Some(exit.clone());
    }
}

/// What the text fields need without `DefaultPlugins`: Bevy's text (which applies the
/// edits), the dispatch of keys to the focused control and the text input's own plugin, and
/// a primary window for keys to go to when nothing has focus (a `Window` entity: the keys
/// bubble up to it and stop there).
pub fn text_input_engines(app: &mut App) {
    if !app.is_plugin_added::<bevy::text::TextPlugin>() {
        app.add_plugins(bevy::text::TextPlugin);
    }
    app.add_plugins((
        bevy::input_focus::InputDispatchPlugin,
        bevy::ui_widgets::EditableTextInputPlugin,
    ));
    app.init_resource::<ButtonInput<Key>>();
    app.init_resource::<bevy::ui::UiScale>();
    app.add_message::<bevy::window::Ime>();
    // The dispatch passes on the mouse wheel and gamepad buttons too.
    app.add_message::<KeyboardInput>();
    app.add_message::<bevy::input::mouse::MouseWheel>();
    app.add_message::<bevy::input::gamepad::GamepadButtonChangedEvent>();
    app.add_message::<bevy::picking::events::Pointer<bevy::picking::events::Release>>();
    let world = app.world_mut();
    if world
        .query_filtered::<(), With<bevy::window::PrimaryWindow>>()
        .iter(world)
        .next()
        .is_none()
    {
        world.spawn((
            Name::new("Window (a stand-in)"),
            bevy::window::Window::default(),
            bevy::window::PrimaryWindow,
        ));
    }
}

/// A key as the window sends it: the key held for the shortcuts while the frame runs, and
/// the text it types (`text`), which the focused field takes.
pub fn key(app: &mut App, logical_key: Key, code: KeyCode, text: Option<&str>) {
    app.world_mut().resource_mut::<ButtonInput<KeyCode>>().press(code);
    app.world_mut()
        .resource_mut::<ButtonInput<Key>>()
        .press(logical_key.clone());
    app.world_mut().write_message(KeyboardInput {
        key_code: code,
        logical_key,
        state: ButtonState::Pressed,
        text: text.map(Into::into),
        repeat: false,
        window: Entity::PLACEHOLDER,
    });
    app.update();
    let mut keys = app.world_mut().resource_mut::<ButtonInput<KeyCode>>();
    keys.release_all();
    keys.clear();
    let mut keys = app.world_mut().resource_mut::<ButtonInput<Key>>();
    keys.release_all();
    keys.clear();
    app.update();
}

/// Types `text` a character at a time, as key presses, into whatever has focus.
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        let typed = c.to_string();
        if c == ' ' {
            key(app, Key::Space, KeyCode::Space, Some(" "));
        } else {
            let code = if c.is_ascii_digit() {
                KeyCode::Digit0
            } else {
                KeyCode::KeyA
            };
            key(app, Key::Character(typed.clone().into()), code, Some(&typed));
        }
    }
}

/// An input method (Japanese, Chinese...) committing `text` to the focused field.
pub fn ime_commit(app: &mut App, text: &str) {
    app.world_mut().write_message(bevy::window::Ime::Commit {
        window: Entity::PLACEHOLDER,
        value: text.to_string(),
    });
    app.update();
}

/// The one entity with component `C`.
pub fn the<C: Component>(app: &mut App) -> Entity {
    let world = app.world_mut();
    world.query_filtered::<Entity, With<C>>().single(world).unwrap()
}

/// Gives the keyboard focus to `entity`, as Tab would.
pub fn focus(app: &mut App, entity: Entity) {
    app.world_mut()
        .resource_mut::<InputFocus>()
        .set(entity, bevy::input_focus::FocusCause::Navigated);
}

/// What a text field holds.
pub fn field_text(app: &App, field: Entity) -> String {
    app.world()
        .get::<bevy::text::EditableText>(field)
        .expect("a text field")
        .value()
        .to_string()
}

/// The texts of every `Text` entity and text field, in spawn order, as they read (without
/// the word joiners that keep Japanese phrases on one line).
pub fn texts(app: &mut App) -> Vec<String> {
    let world = app.world_mut();
    let mut query = world.query::<(Entity, &Text)>();
    let mut found: Vec<(Entity, String)> = query
        .iter(world)
        .map(|(e, t)| (e, portsmouth::i18n::phrases::unjoined(&t.0).into_owned()))
        .collect();
    let mut fields = world.query::<(Entity, &bevy::text::EditableText)>();
    found.extend(fields.iter(world).map(|(e, f)| (e, f.value().to_string())));
    found.sort_by_key(|(e, _)| *e);
    found.into_iter().map(|(_, t)| t).collect()
}

pub fn all_text(app: &mut App) -> String {
    texts(app).join("\n")
}

pub fn exit_requested(app: &App) -> Option<AppExit> {
    app.world().resource::<ExitSeen>().0.clone()
}

pub fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

/// Triggers a UI event and lets the app run a frame.
pub fn send<E: Event>(app: &mut App, event: E)
where
    for<'a> E::Trigger<'a>: Default,
{
    app.world_mut().trigger(event);
    app.update();
}

/// Runs frames until `done` holds (the computer thinks on the task pool), for at most
/// `seconds` (generous: tests share two cores).
pub fn run_until(app: &mut App, seconds: u64, done: impl Fn(&mut App) -> bool) -> bool {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(seconds);
    while std::time::Instant::now() < deadline {
        if done(app) {
            return true;
        }
        app.update();
        std::thread::sleep(std::time::Duration::from_micros(200));
    }
    done(app)
}

/// Waits until the player at the table may move, or the talks are over.
pub fn await_turn(app: &mut App) {
    let ready = run_until(app, 120, |app| {
        let s = screen(app);
        if s != Screen::Table {
            return true;
        }
        app.world()
            .get_resource::<Session>()
            .is_none_or(|session| session.viewer_to_move() || session.game.is_over())
    });
    assert!(ready, "the computer did not move");
    // One more frame for the screen to redraw what the computer did.
    app.update();
}

/// Starts a local game from the new-game screen (`side` against `opponent`, `seed`) and sits
/// down at the table.
pub fn begin_at_the_table(
    app: &mut App,
    side: portsmouth::engine::play::side::Side,
    opponent: portsmouth::game::session::Opponent,
    seed: u64,
) {
    use portsmouth::game::screens::{Begin, BeginNegotiating, Go, NewGameEdit};
    send(app, Go(Screen::NewGame));
    send(app, NewGameEdit::Side(side));
    send(app, NewGameEdit::Opponent(opponent));
    send(app, NewGameEdit::Seed(seed));
    send(app, Begin);
    send(app, BeginNegotiating);
}

/// Plays empty turns until the other side's terms are on the table and it is the player's
/// turn (ten turns at most).
pub fn until_their_terms_are_on_the_table(app: &mut App) {
    for _ in 0..10 {
        await_turn(app);
        if !app.world().resource::<Session>().view().opponent_proposal().is_empty() {
            break;
        }
        send(app, portsmouth::game::draft::SendDraft);
    }
}

/// Every button (and field) of the screen, by focus key.
pub fn controls(app: &mut App) -> Vec<(String, Entity)> {
    let world = app.world_mut();
    let mut found: Vec<(String, Entity)> = world
        .query::<(Entity, &FocusKey)>()
        .iter(world)
        .map(|(e, k)| (k.0.clone(), e))
        .collect();
    found.sort();
    found
}

/// The control with focus key `key` on the screen.
pub fn control(app: &mut App, key: &str) -> Entity {
    controls(app)
        .into_iter()
        .find(|(k, _)| k == key)
        .unwrap_or_else(|| panic!("no control {key}"))
        .1
}

/// A click: the button takes focus, as the pointer gives it, and is activated.
pub fn press(app: &mut App, button: Entity) {
    app.world_mut()
        .resource_mut::<InputFocus>()
        .set(button, FocusCause::Pressed);
    app.world_mut().trigger(Activate { entity: button });
    app.update();
}

/// Ctrl+Enter in `window`: the keys held, and the key's message for the window.
pub fn ctrl_enter(app: &mut App, window: Entity) {
    let mut keys = app.world_mut().resource_mut::<ButtonInput<KeyCode>>();
    keys.press(KeyCode::ControlLeft);
    keys.press(KeyCode::Enter);
    app.world_mut().write_message(KeyboardInput {
        key_code: KeyCode::Enter,
        logical_key: Key::Enter,
        state: ButtonState::Pressed,
        text: None,
        repeat: false,
        window,
    });
    app.update();
    let mut keys = app.world_mut().resource_mut::<ButtonInput<KeyCode>>();
    keys.release_all();
    keys.clear();
}
