//! Join a class: the class server's address, the table's code, the student's name and,
//! if they like, the delegation they would rather sit for. The form says plainly what is
//! wrong before anything is sent, and how the connection stands while it is made; the
//! briefing follows once the server gives the seat.

use super::{Go, Screen};
use crate::engine::play::side::Side;
use crate::game::class::{JoinClass, Joining, LeaveClass};
use crate::game::theme::Fonts;
use crate::game::theme::palette::*;
use crate::game::theme::widget::{self, Activated};
use crate::net::client::LinkStatus;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::input_focus::InputFocus;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<JoinForm>();
    app.add_systems(OnEnter(Screen::Join), spawn_root);
    app.add_systems(
        Update,
        (
            type_into_fields,
            (widget::remember_focus, redraw).chain().run_if(
                resource_changed::<JoinForm>
                    .or_else(resource_changed::<Joining>)
                    .or_else(any_with_component::<Fresh>),
            ),
        )
            .chain()
            .run_if(in_state(Screen::Join)),
    );
    app.add_observer(edit);
    app.add_observer(submit);
    app.add_observer(cancel);
}

/// What the student has typed.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct JoinForm {
    pub address: String,
    pub code: String,
    pub name: String,
    /// The delegation asked for; none: whichever seat is free.
    pub side: Option<Side>,
}

/// Which field a text box edits.
#[derive(Component, Clone, Copy, Debug, PartialEq, Eq)]
pub enum JoinField {
    Address,
    Code,
    Name,
}

/// Changes to the form that are not typing.
#[derive(Event, Clone, Copy, Debug, PartialEq)]
pub enum JoinEdit {
    Side(Option<Side>),
}

/// Checks the form and, if it is right, dials the server.
#[derive(Event, Clone, Copy, Debug, Default)]
pub struct SubmitJoin;

/// Gives up joining and goes back to the title.
#[derive(Event, Clone, Copy, Debug, Default)]
pub struct CancelJoin;

#[derive(Component)]
struct JoinRoot;

/// A root not yet filled.
#[derive(Component)]
struct Fresh;

const MAX_FIELD_CHARS: usize = 60;

fn spawn_root(mut commands: Commands) {
    commands.spawn((
        super::screen_root(
            "Join screen",
            Screen::Join,
            Node {
                flex_direction: FlexDirection::Column,
                padding: UiRect::all(px(36)),
                row_gap: px(12),
                ..default()
            },
        ),
        JoinRoot,
        Fresh,
    ));
}

fn edit(event: On<JoinEdit>, mut form: ResMut<JoinForm>) {
    match *event.event() {
        JoinEdit::Side(side) => form.side = side,
    }
}

fn submit(_: On<SubmitJoin>, mut commands: Commands, form: Res<JoinForm>) {
    commands.trigger(JoinClass {
        address: form.address.clone(),
        code: form.code.clone(),
        name: form.name.clone(),
        side: form.side,
    });
}

fn cancel(_: On<CancelJoin>, mut commands: Commands, session: Option<Res<crate::game::session::Session>>) {
    // Leaving the form lets go of a connection still being made, not of a game in play.
    if session.is_none_or(|s| s.class.is_none()) {
        commands.trigger(LeaveClass);
    }
    commands.trigger(Go(Screen::Title));
}

/// Text typed while a field has focus goes into it; Enter sends the form.
fn type_into_fields(
    mut commands: Commands,
    mut keys: MessageReader<KeyboardInput>,
    focus: Res<InputFocus>,
    fields: Query<&JoinField>,
    mut form: ResMut<JoinForm>,
) {
    let field = focus.get().and_then(|e| fields.get(e).ok()).copied();
    for key in keys.read() {
        if !key.state.is_pressed() {
            continue;
        }
        let Some(field) = field else { continue };
        if key.logical_key == Key::Enter {
            commands.trigger(SubmitJoin);
            continue;
        }
        let text = match field {
            JoinField::Address => &mut form.address,
            JoinField::Code => &mut form.code,
            JoinField::Name => &mut form.name,
        };
        match &key.logical_key {
            Key::Character(typed) => {
                for c in typed.chars().filter(|c| !c.is_control()) {
                    if text.chars().count() < MAX_FIELD_CHARS {
                        text.push(c);
                    }
                }
            }
            Key::Space if field == JoinField::Name && text.chars().count() < MAX_FIELD_CHARS => text.push(' '),
            Key::Backspace => {
                text.pop();
            }
            _ => {}
        }
    }
}

/// The connection while joining, in words, with what to do.
fn joining_line(joining: &Joining) -> Option<(String, Color)> {
    if let Some(problem) = &joining.problem {
        return Some((problem.clone(), SEAL_RED));
    }
    let url = joining.url.as_deref().unwrap_or("the server");
    Some(match joining.status.as_ref()? {
        LinkStatus::Connecting | LinkStatus::Connected => (format!("Connecting to {url}…"), SEPIA),
        LinkStatus::Reconnecting { attempt, reason } => (
            format!(
                "No answer yet from {url} ({reason}); trying again (attempt {attempt}). Check the address with your teacher."
            ),
            SEAL_RED,
        ),
        LinkStatus::Lost { reason } => (
            format!(
                "Cannot reach {url} ({reason}). Check the address and this machine's network; the game keeps trying."
            ),
            SEAL_RED,
        ),
        LinkStatus::Refused { reason } => (format!("The server refused: {reason}"), SEAL_RED),
        LinkStatus::Closed => ("The server closed the connection.".into(), SEAL_RED),
    })
}

fn redraw(
    mut commands: Commands,
    fonts: Res<Fonts>,
    form: Res<JoinForm>,
    joining: Res<Joining>,
    roots: Query<Entity, With<JoinRoot>>,
) {
    let Ok(root) = roots.single() else { return };
    let f = fonts.as_ref();
    commands.entity(root).remove::<Fresh>().despawn_related::<Children>();
    commands.entity(root).with_children(|page| {
        page.spawn(widget::text(f, "Join a class", 40.0, INK));
        page.spawn(widget::text(
            f,
            "Your teacher runs the class server and gives each table a code. Type the server's address, \
             your table's code and your name; your delegation's papers come from the server, and only yours.",
            18.0,
            INK,
        ));
        for (field, label, key, tip, value) in [
            (
                JoinField::Address,
                "Server address (for example 192.168.1.20:7905)",
                "address",
                "The address the teacher's server printed; Backspace removes a letter",
                &form.address,
            ),
            (
                JoinField::Code,
                "Table code",
                "code",
                "The short code of your table, as the teacher gave it",
                &form.code,
            ),
            (
                JoinField::Name,
                "Your name",
                "name",
                "Your name, as the teacher will see it beside your table",
                &form.name,
            ),
        ] {
            page.spawn(widget::italic(f, label, 16.0, SEPIA));
            page.spawn(widget::row(0.0)).with_children(|line| {
                line.spawn((
                    widget::text_field(
                        f,
                        (
                            match field {
                                JoinField::Address => "Address field",
                                JoinField::Code => "Code field",
                                JoinField::Name => "Name field",
                            },
                            key,
                            360.0,
                        ),
                        tip,
                        format!("{label}: {value}"),
                        value.clone(),
                    ),
                    field,
                ));
            });
        }
        page.spawn(widget::italic(f, "Your delegation (optional)", 16.0, SEPIA));
        page.spawn(widget::row(8.0)).with_children(|line| {
            for (side, label, tip) in [
                (None, "Either", "Whichever seat is free at the table"),
                (Some(Side::Japan), "Japan", "Ask for Japan's seat: Komura"),
                (Some(Side::Russia), "Russia", "Ask for Russia's seat: Witte"),
            ] {
                let chosen = form.side == side;
                let shown = if chosen {
                    format!("• {label}")
                } else {
                    label.to_string()
                };
                let accessible = if chosen {
                    format!("{label} (chosen)")
                } else {
                    label.to_string()
                };
                line.spawn(widget::keyed_button(
                    f,
                    &shown,
                    &accessible,
                    &format!("side-{label}"),
                    tip,
                    JoinEdit::Side(side),
                ));
            }
        });
        // The form's two actions in the title screen's large buttons: this screen is reached
        // from there and is mostly empty, and small ones were easy to miss on a projector.
        page.spawn(widget::row(16.0)).with_children(|bar| {
            bar.spawn(widget::button(
                f,
                "Join",
                "Connect to the class server and take a seat at the table (Enter)",
                |_: Activated, mut commands: Commands| commands.trigger(SubmitJoin),
            ));
            bar.spawn(widget::button(
                f,
                "Back",
                "Back to the title screen (Esc)",
                |_: Activated, mut commands: Commands| commands.trigger(CancelJoin),
            ));
        });
        if let Some((line, colour)) = joining_line(&joining) {
            page.spawn((Name::new("Join status"), widget::italic(f, line, 16.0, colour)));
        }
    });
}
