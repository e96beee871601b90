//! A headless app with the game's plugins: what the screens need, without a window.

use bevy::input_focus::{InputFocus, InputFocusVisible};
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;

pub fn app() -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin, AssetPlugin::default()));
    app.init_asset::<Font>();
    app.init_resource::<ButtonInput<KeyCode>>();
    app.init_resource::<InputFocus>();
    app.init_resource::<InputFocusVisible>();
    app.add_plugins(portsmouth::game::plugin);
    app.update();
    app
}

/// The texts of every `Text` entity, in spawn order.
pub fn texts(app: &mut App) -> Vec<String> {
    let world = app.world_mut();
    let mut query = world.query::<(Entity, &Text)>();
    let mut found: Vec<(Entity, String)> = query.iter(world).map(|(e, t)| (e, t.0.clone())).collect();
    found.sort_by_key(|(e, _)| *e);
    found.into_iter().map(|(_, t)| t).collect()
}

pub fn exit_requested(app: &App) -> Option<AppExit> {
    let messages = app.world().resource::<Messages<AppExit>>();
    messages.get_cursor().read(messages).last().cloned()
}
