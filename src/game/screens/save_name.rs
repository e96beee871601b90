//! Save asks for a name: a small dialog over the table (or the debrief) with a name already
//! filled in ("Komura v Steady Witte — session 5"). Typing replaces it, Enter saves, Esc
//! cancels without writing; a save that cannot be written says why and keeps the dialog
//! open. While it is open the screen's own shortcuts are held, so typing a name never
//! answers an offer.

use super::Screen;
use crate::game::paths::Profile;
use crate::game::session::{SaveGame, Session, save_named};
use crate::game::settings::Language;
use crate::game::theme::Fonts;
use crate::game::theme::palette::*;
use crate::game::theme::widget::{self, Activated};
use crate::i18n::phrases::unjoined;
use crate::tr;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::input_focus::{FocusCause, FocusedInput, InputFocus, InputFocusVisible};
use bevy::prelude::*;
use bevy::text::{EditableText, TextEdit, TextEditChange};
use bevy::ui_widgets::SelectAllOnFocus;
use bevy::window::Ime;

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
        (
            replace_on_composing,
            enter_or_escape,
            show_the_problem.run_if(resource_changed::<SaveName>),
        )
            .chain()
            .run_if(any_with_component::<SaveDialog>),
    );
    app.add_observer(read_the_name);
}

/// The dialog on screen.
#[derive(Component, Debug)]
pub struct SaveDialog;

/// The name field.
#[derive(Component, Debug)]
pub struct SaveNameField;

#[derive(Component)]
struct SaveProblemText;

/// The name being typed. `fresh` while it is still the one filled in (shown selected, so
/// the first letter typed replaces it).
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
    (fonts, language): (Res<Fonts>, Res<Language>),
    (screen, dialogs): (Res<State<Screen>>, Query<(), With<SaveDialog>>),
    session: Option<ResMut<Session>>,
    mut name: ResMut<SaveName>,
    (mut focus, mut focus_visible): (ResMut<InputFocus>, ResMut<InputFocusVisible>),
) {
    let Some(mut session) = session else { return };
    let l = language.0;
    if session.class.is_some() {
        session.notice = Some(tr!(l, "save-name-class-game"));
        return;
    }
    if !dialogs.is_empty() {
        return;
    }
    *name = SaveName {
        text: crate::game::saves::default_name(language.0, &session),
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
                panel.spawn(widget::text(f, tr!(l, "save-name-heading"), 24.0, INK));
                panel.spawn(widget::italic(f, tr!(l, "save-name-explain"), 16.0, SEPIA));
                let editable = widget::text_field(
                    f,
                    ("Save name field", 600.0, MAX_NAME_CHARS),
                    &tr!(l, "save-name-field.tip"),
                    &tr!(l, "save-name-field"),
                    &name.text,
                );
                field = Some(
                    panel
                        .spawn((editable, SaveNameField, SelectAllOnFocus))
                        .observe(replace_the_fresh_name)
                        .observe(|_: On<Pointer<Press>>, mut name: ResMut<SaveName>| name.fresh = false)
                        .id(),
                );
                panel.spawn((SaveProblemText, widget::italic(f, "", 15.0, SEAL_RED)));
                panel.spawn(widget::row(16.0)).with_children(|row| {
                    row.spawn(widget::button(
                        f,
                        &tr!(l, "save-name-save"),
                        &tr!(l, "save-name-save.tip"),
                        |_: Activated, mut commands: Commands| commands.trigger(SubmitSaveName),
                    ));
                    row.spawn(widget::button(
                        f,
                        &tr!(l, "save-name-cancel"),
                        &tr!(l, "save-name-cancel.tip"),
                        |_: Activated, mut commands: Commands| commands.trigger(CancelSaveName),
                    ));
                });
            });
        });
    if let Some(field) = field {
        // Selected, so the first letter typed replaces the name offered.
        commands
            .entity(field)
            .entry::<EditableText>()
            .and_modify(|mut e| e.queue_edit(TextEdit::SelectAll));
        focus.set(field, FocusCause::Navigated);
        focus_visible.0 = true;
    }
}

/// Nothing behind the dialog hears the keys: the screen's shortcuts (A, R, Backspace, Esc
/// leaving the table) read these, and the name reads the typed text instead.
fn hold_the_screens_keys(mut keys: ResMut<ButtonInput<KeyCode>>) {
    keys.clear();
}

/// Esc cancels wherever the focus is; Enter in the field saves (not while an input method
/// is composing: there Enter takes the composed word). The letters go to the field.
fn enter_or_escape(
    mut commands: Commands,
    mut keys: MessageReader<KeyboardInput>,
    focus: Res<InputFocus>,
    fields: Query<&EditableText, With<SaveNameField>>,
) {
    let field = focus.get().and_then(|e| fields.get(e).ok());
    let in_field = focus.get().is_none() || field.is_some();
    let composing = field.is_some_and(EditableText::is_composing);
    for key in keys.read() {
        if !key.state.is_pressed() {
            continue;
        }
        match &key.logical_key {
            Key::Escape if !composing => {
                commands.trigger(CancelSaveName);
                return;
            }
            Key::Enter if in_field && !composing => {
                commands.trigger(SubmitSaveName);
                return;
            }
            _ => {}
        }
    }
}

/// The first letter typed (or Backspace) replaces the name offered, as it replaces the
/// selection showing it; moving in the name with the arrows keeps it to edit. (Done here
/// as well as by the selection, which needs the text laid out by the window.)
fn replace_the_fresh_name(
    input: On<FocusedInput<KeyboardInput>>,
    held: Option<Res<ButtonInput<Key>>>,
    mut name: ResMut<SaveName>,
    mut fields: Query<&mut EditableText, With<SaveNameField>>,
    mut contexts: widget::TextContexts,
) {
    let key = &input.event().input;
    if !name.fresh
        || !key.state.is_pressed()
        || held.is_some_and(|h| h.any_pressed([Key::Control, Key::Super, Key::Alt]))
    {
        return;
    }
    let Ok(mut field) = fields.get_mut(input.event().focused_entity) else {
        return;
    };
    match &key.logical_key {
        Key::Character(_) | Key::Space if key.text.as_ref().is_some_and(|t| !t.is_empty()) => {
            widget::set_field(&mut field, "", &mut contexts);
            name.fresh = false;
        }
        Key::Backspace | Key::Delete => {
            widget::set_field(&mut field, "", &mut contexts);
            name.fresh = false;
        }
        Key::ArrowLeft | Key::ArrowRight | Key::Home | Key::End => name.fresh = false,
        _ => {}
    }
}

/// An input method starting a word replaces the name offered too.
fn replace_on_composing(
    mut ime: MessageReader<Ime>,
    focus: Res<InputFocus>,
    mut name: ResMut<SaveName>,
    mut fields: Query<&mut EditableText, With<SaveNameField>>,
    mut contexts: widget::TextContexts,
) {
    let words = ime.read().any(|ime| match ime {
        Ime::Preedit { value, .. } | Ime::Commit { value, .. } => !value.is_empty(),
        _ => false,
    });
    if words
        && name.fresh
        && let Some(mut field) = focus.get().and_then(|e| fields.get_mut(e).ok())
    {
        widget::set_field(&mut field, "", &mut contexts);
        name.fresh = false;
    }
}

/// What is typed reaches the name; once it differs from the name offered, it is no longer
/// fresh.
fn read_the_name(
    event: On<TextEditChange>,
    fields: Query<&EditableText, With<SaveNameField>>,
    mut name: ResMut<SaveName>,
) {
    let Ok(field) = fields.get(event.event_target()) else {
        return;
    };
    let typed = widget::field_value(field);
    if name.text != typed {
        name.text = typed;
        name.fresh = false;
    }
}

fn show_the_problem(name: Res<SaveName>, mut problems: Query<&mut Text, With<SaveProblemText>>) {
    for mut text in &mut problems {
        let wanted = name.problem.clone().unwrap_or_default();
        if unjoined(&text.0) != wanted {
            text.0 = wanted;
        }
    }
}

fn submit(
    _: On<SubmitSaveName>,
    mut commands: Commands,
    (session, language): (Option<ResMut<Session>>, Res<Language>),
    profile: Option<Res<Profile>>,
    mut name: ResMut<SaveName>,
    dialogs: Query<Entity, With<SaveDialog>>,
    fields: Query<&EditableText, With<SaveNameField>>,
) {
    let Some(mut session) = session else { return };
    if dialogs.is_empty() {
        return;
    }
    // The field as it is now: a letter typed in the same frame as Enter has not reached
    // the name yet.
    if let Ok(field) = fields.single() {
        let typed = widget::field_value(field);
        if name.text != typed {
            name.text = typed;
            name.fresh = false;
        }
    }
    let profile = profile.map_or_else(Profile::from_env, |p| p.clone());
    let chosen = crate::engine::records::save::clean_name(&name.text);
    if chosen.is_empty() {
        name.problem = Some(tr!(language.0, "save-name-empty"));
        return;
    }
    match save_named(language.0, &mut session, &profile, &chosen) {
        Ok(_) => {
            for dialog in &dialogs {
                commands.entity(dialog).despawn();
            }
        }
        Err(problem) => name.problem = Some(tr!(language.0, "save-name-not-saved", problem = problem.to_string())),
    }
}

fn cancel(_: On<CancelSaveName>, mut commands: Commands, dialogs: Query<Entity, With<SaveDialog>>) {
    for dialog in &dialogs {
        commands.entity(dialog).despawn();
    }
}
