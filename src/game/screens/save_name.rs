//! Save asks for a name: a small dialog over the table (or the debrief) with a name already
//! filled in ("Komura v Steady Witte — session 5"). Typing replaces it, Enter saves, Esc
//! cancels without writing; a save that cannot be written says why and keeps the dialog
//! open. While it is open the screen's own shortcuts are held, so typing a name never
//! answers an offer.

use super::Screen;
use crate::game::paths::Profile;
use crate::game::session::{SaveGame, Session, save_named};
use crate::game::theme::Fonts;
use crate::game::theme::palette::*;
use crate::game::theme::widget::{self, Activated};
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::input_focus::{FocusCause, InputFocus, InputFocusVisible};
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<SaveName>();
    app.add_observer(open);
    app.add_observer(submit);
    app.add_observer(cancel);
    app.add_systems(
        PreUpdate,
        hold_the_screens_keys
            .after(bevy::input::InputSystems)
            .run_if(any_with_component::<SaveDialog>),
    );
    app.add_systems(
        Update,
        (type_the_name, show_the_name.run_if(resource_changed::<SaveName>))
            .chain()
            .run_if(any_with_component::<SaveDialog>),
    );
}

/// The dialog on screen.
#[derive(Component, Debug)]
pub struct SaveDialog;

/// The name field.
#[derive(Component, Debug)]
pub struct SaveNameField;

#[derive(Component)]
struct SaveProblemText;

/// The name being typed. `fresh` while it is still the one filled in: the first letter
/// typed replaces it, as a selected field would.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct SaveName {
    pub text: String,
    pub fresh: bool,
    /// Why the last attempt to save failed.
    pub problem: Option<String>,
}

/// Saves under the name typed (Enter, or the Save button).
#[derive(Event, Clone, Copy, Debug, Default)]
pub struct SubmitSaveName;

/// Closes the dialog without saving (Esc, or the Cancel button).
#[derive(Event, Clone, Copy, Debug, Default)]
pub struct CancelSaveName;

const MAX_NAME_CHARS: usize = crate::engine::records::save::MAX_SAVE_NAME_CHARS;

fn open(
    _: On<SaveGame>,
    mut commands: Commands,
    fonts: Res<Fonts>,
    (screen, dialogs): (Res<State<Screen>>, Query<(), With<SaveDialog>>),
    session: Option<ResMut<Session>>,
    mut name: ResMut<SaveName>,
    (mut focus, mut focus_visible): (ResMut<InputFocus>, ResMut<InputFocusVisible>),
) {
    let Some(mut session) = session else { return };
    if session.class.is_some() {
        session.notice =
            Some("A class game is kept by the class server, not on this machine: your teacher can download it.".into());
        return;
    }
    if !dialogs.is_empty() {
        return;
    }
    *name = SaveName {
        text: crate::game::saves::default_name(&session),
        fresh: true,
        problem: None,
    };
    let f = fonts.as_ref();
    let mut field = None;
    commands
        .spawn((
            Name::new("Save dialog"),
            SaveDialog,
            DespawnOnExit(*screen.get()),
            widget::modal_veil(),
        ))
        .with_children(|veil| {
            veil.spawn(widget::panel(
                "Save",
                Node {
                    padding: UiRect::all(px(24)),
                    max_width: px(760),
                    ..widget::column(12.0)
                },
            ))
            .with_children(|panel| {
                panel.spawn(widget::text(f, "Save this game", 24.0, INK));
                panel.spawn(widget::italic(
                    f,
                    "Name it as you will find it in Load. Type to replace the name; Enter saves, Esc cancels.",
                    16.0,
                    SEPIA,
                ));
                field = Some(
                    panel
                        .spawn((
                            widget::text_field(
                                f,
                                ("Save name field", "save-name", 600.0),
                                "The save's name, as the Load list shows it; Backspace removes a letter",
                                format!("Save name: {}", name.text),
                                name.text.clone(),
                            ),
                            SaveNameField,
                        ))
                        .id(),
                );
                panel.spawn((SaveProblemText, widget::italic(f, "", 15.0, SEAL_RED)));
                panel.spawn(widget::row(16.0)).with_children(|row| {
                    row.spawn(widget::button(
                        f,
                        "Save",
                        "Save under this name (Enter)",
                        |_: Activated, mut commands: Commands| commands.trigger(SubmitSaveName),
                    ));
                    row.spawn(widget::button(
                        f,
                        "Cancel",
                        "Close without saving (Esc)",
                        |_: Activated, mut commands: Commands| commands.trigger(CancelSaveName),
                    ));
                });
            });
        });
    if let Some(field) = field {
        focus.set(field, FocusCause::Navigated);
        focus_visible.0 = true;
    }
}

/// Nothing behind the dialog hears the keys: the screen's shortcuts (A, R, Backspace, Esc
/// leaving the table) read these, and the name reads the typed text instead.
fn hold_the_screens_keys(mut keys: ResMut<ButtonInput<KeyCode>>) {
    keys.clear();
}

fn type_the_name(
    mut commands: Commands,
    mut keys: MessageReader<KeyboardInput>,
    focus: Res<InputFocus>,
    fields: Query<(), With<SaveNameField>>,
    mut name: ResMut<SaveName>,
) {
    let in_field = focus.get().is_none_or(|e| fields.contains(e));
    for key in keys.read() {
        if !key.state.is_pressed() {
            continue;
        }
        match &key.logical_key {
            Key::Escape => {
                commands.trigger(CancelSaveName);
                return;
            }
            Key::Enter if in_field => {
                commands.trigger(SubmitSaveName);
                return;
            }
            Key::Character(typed) if in_field => {
                let typed: String = typed.chars().filter(|c| !c.is_control()).collect();
                if typed.is_empty() {
                    continue;
                }
                if name.fresh {
                    name.text.clear();
                    name.fresh = false;
                }
                for c in typed.chars() {
                    if name.text.chars().count() < MAX_NAME_CHARS {
                        name.text.push(c);
                    }
                }
            }
            Key::Space if in_field => {
                name.fresh = false;
                if name.text.chars().count() < MAX_NAME_CHARS {
                    name.text.push(' ');
                }
            }
            Key::Backspace if in_field => {
                if name.fresh {
                    name.text.clear();
                    name.fresh = false;
                } else {
                    name.text.pop();
                }
            }
            _ => {}
        }
    }
}

fn show_the_name(
    mut commands: Commands,
    name: Res<SaveName>,
    fields: Query<(Entity, &Children), With<SaveNameField>>,
    mut texts: Query<&mut Text, Without<SaveProblemText>>,
    mut problems: Query<&mut Text, With<SaveProblemText>>,
) {
    for (field, children) in &fields {
        // The label is immutable: replaced whole, so assistive tools hear the new name.
        commands
            .entity(field)
            .insert(AccessibleLabel::new(format!("Save name: {}", name.text)));
        for child in children.iter() {
            if let Ok(mut text) = texts.get_mut(child) {
                text.0 = name.text.clone();
            }
        }
    }
    for mut text in &mut problems {
        text.0 = name.problem.clone().unwrap_or_default();
    }
}

fn submit(
    _: On<SubmitSaveName>,
    mut commands: Commands,
    session: Option<ResMut<Session>>,
    profile: Option<Res<Profile>>,
    mut name: ResMut<SaveName>,
    dialogs: Query<Entity, With<SaveDialog>>,
) {
    let Some(mut session) = session else { return };
    if dialogs.is_empty() {
        return;
    }
    let profile = profile.map_or_else(Profile::from_env, |p| p.clone());
    let chosen = crate::engine::records::save::clean_name(&name.text);
    if chosen.is_empty() {
        name.problem = Some("Give the save a name (or Esc to leave it unsaved).".into());
        return;
    }
    match save_named(&mut session, &profile, &chosen) {
        Ok(_) => {
            for dialog in &dialogs {
                commands.entity(dialog).despawn();
            }
        }
        Err(problem) => name.problem = Some(format!("Not saved: {problem}")),
    }
}

fn cancel(_: On<CancelSaveName>, mut commands: Commands, dialogs: Query<Entity, With<SaveDialog>>) {
    for dialog in &dialogs {
        commands.entity(dialog).despawn();
    }
}
