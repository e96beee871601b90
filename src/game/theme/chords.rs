//! A shortcut held with a modifier (Ctrl+Enter sends the turn) is a shortcut only. Bevy's
//! buttons take Enter and Space as a press of the focused button, whatever modifier is
//! held, so Ctrl+Enter also pressed the last clicked button again as the turn went out:
//! the sent turn lost the action the read-back showed, or changed a package letter.
//! Focus is set aside while such a chord is dispatched, and given back straight after.

use bevy::input::ButtonState;
use bevy::input::keyboard::KeyboardInput;
use bevy::input_focus::{FocusCause, InputFocus, InputFocusSystems};
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<SetAside>();
    app.add_systems(
        PreUpdate,
        (
            set_focus_aside
                .after(bevy::input::InputSystems)
                .before(InputFocusSystems::Dispatch),
            give_focus_back.after(InputFocusSystems::Dispatch),
        ),
    );
}

/// The control whose focus is set aside during a chord.
#[derive(Resource, Default)]
struct SetAside(Option<Entity>);

const MODIFIERS: [KeyCode; 6] = [
    KeyCode::ControlLeft,
    KeyCode::ControlRight,
    KeyCode::AltLeft,
    KeyCode::AltRight,
    KeyCode::SuperLeft,
    KeyCode::SuperRight,
];

/// Keys a focused button takes as a press.
fn presses_a_button(key: KeyCode) -> bool {
    matches!(key, KeyCode::Enter | KeyCode::NumpadEnter | KeyCode::Space)
}

fn set_focus_aside(
    keys: Res<ButtonInput<KeyCode>>,
    mut inputs: MessageReader<KeyboardInput>,
    mut focus: ResMut<InputFocus>,
    mut aside: ResMut<SetAside>,
) {
    let chord = keys.any_pressed(MODIFIERS);
    let pressing = inputs
        .read()
        .any(|input| input.state == ButtonState::Pressed && presses_a_button(input.key_code));
    if chord
        && pressing
        && let Some(focused) = focus.get()
    {
        aside.0 = Some(focused);
        focus.clear();
    }
}

fn give_focus_back(mut focus: ResMut<InputFocus>, mut aside: ResMut<SetAside>) {
    if let Some(focused) = aside.0.take() {
        focus.set(focused, FocusCause::Navigated);
    }
}
