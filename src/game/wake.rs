//! The window is drawn only when something happens (reactive mode, see `window_app`), but
//! some things finish between frames with no input to wake it: the fonts load on another
//! thread, a screen is entered the frame after it was asked for, the map is painted the
//! frame after its picture is made, and with pipelined rendering every frame is shown one
//! update late. So the window stayed black, and the map blank, until the mouse moved. Now
//! any such change asks for a few more frames, and frames keep coming while fonts load.

use super::Screen;
use super::draft::Draft;
use super::screens::table::Panel;
use super::session::Session;
use super::theme::Fonts;
use bevy::asset::LoadState;
use bevy::input_focus::InputFocus;
use bevy::prelude::*;
use bevy::window::RequestRedraw;

/// Frames drawn after a change: enough for a chain of deferred steps (screen entered, its
/// picture made, painted) and the one frame that pipelined rendering lags behind.
pub const SETTLE_FRAMES: u8 = 4;

pub(super) fn plugin(app: &mut App) {
    app.add_message::<RequestRedraw>();
    app.insert_resource(Settling(SETTLE_FRAMES));
    app.add_systems(Last, keep_drawing);
}

/// Frames still to ask for.
#[derive(Resource, Debug)]
pub struct Settling(pub u8);

/// What changes what the window shows, besides input (which wakes it by itself).
#[derive(bevy::ecs::system::SystemParam)]
struct Shown<'w, 's> {
    screen: Res<'w, State<Screen>>,
    next: Res<'w, NextState<Screen>>,
    session: Option<Res<'w, Session>>,
    draft: Res<'w, Draft>,
    panel: Res<'w, Panel>,
    // A focus ring and its tooltip are drawn the frame after the focus moves.
    focus: Res<'w, InputFocus>,
    fonts_loaded: MessageReader<'w, 's, AssetEvent<Font>>,
}

impl Shown<'_, '_> {
    fn changed(&mut self) -> bool {
        let fonts = self
            .fonts_loaded
            .read()
            .any(|e| matches!(e, AssetEvent::Added { .. } | AssetEvent::LoadedWithDependencies { .. }));
        fonts
            || self.screen.is_changed()
            || matches!(*self.next, NextState::Pending(_))
            || self.session.as_ref().is_some_and(|s| s.is_changed())
            || self.draft.is_changed()
            || self.panel.is_changed()
            || self.focus.is_changed()
    }
}

fn keep_drawing(
    mut shown: Shown,
    fonts: Res<Fonts>,
    assets: Res<AssetServer>,
    mut settling: ResMut<Settling>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    if shown.changed() {
        settling.0 = SETTLE_FRAMES;
    }
    // Only while loading: a font that fails must not keep the window drawing for ever.
    let loading = [&fonts.regular, &fonts.italic]
        .iter()
        .any(|font| matches!(assets.get_load_state(font.id()), Some(LoadState::Loading)));
    if loading || settling.0 > 0 {
        settling.0 = settling.0.saturating_sub(1);
        redraw.write(RequestRedraw);
    }
}
