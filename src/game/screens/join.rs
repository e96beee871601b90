//! Join a class: the class server's address, the table's code, the student's name and,
//! if they like, the delegation they would rather sit for. The form says plainly what is
//! wrong before anything is sent, and how the connection stands while it is made; the
//! briefing follows once the server gives the seat.

use super::{Go, Screen};
use crate::engine::play::side::Side;
use crate::game::class::{JoinClass, Joining, LeaveClass};
use crate::game::settings::Language;
use crate::game::theme::Fonts;
use crate::game::theme::palette::*;
use crate::game::theme::widget::{self, Activated, ButtonLabel};
use crate::i18n::Lang;
use crate::i18n::phrases::unjoined;
use crate::net::client::LinkStatus;
use crate::tr;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::input_focus::FocusedInput;
use bevy::prelude::*;
use bevy::text::{EditableText, TextEditChange};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<JoinForm>();
    app.add_systems(OnEnter(Screen::Join), spawn_screen);
    app.add_systems(
        Update,
        (
            show_side.run_if(resource_changed::<JoinForm>),
            show_status.run_if(resource_changed::<Joining>),
        )
            .run_if(in_state(Screen::Join)),
    );
    app.add_observer(read_field);
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

/// A delegation button: the side it asks for, and its plain label.
#[derive(Component, Clone, Debug)]
struct AsksFor(Option<Side>, String);

/// The line saying how the connection stands.
#[derive(Component)]
struct StatusLine;

const MAX_FIELD_CHARS: usize = 60;

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

/// What is typed into a field reaches the form; the form's last complaint goes once the
/// student corrects it (it would read, under a typed address, "Type the server's address").
fn read_field(
    event: On<TextEditChange>,
    fields: Query<(&EditableText, &JoinField)>,
    form: Option<ResMut<JoinForm>>,
    joining: Option<ResMut<Joining>>,
) {
    let (Ok((field, which)), Some(mut form)) = (fields.get(event.event_target()), form) else {
        return;
    };
    let value = widget::field_value(field);
    let text = match which {
        JoinField::Address => &form.address,
        JoinField::Code => &form.code,
        JoinField::Name => &form.name,
    };
    if *text != value {
        match which {
            JoinField::Address => form.address = value,
            JoinField::Code => form.code = value,
            JoinField::Name => form.name = value,
        }
        if let Some(mut joining) = joining
            && joining.problem.is_some()
        {
            joining.problem = None;
        }
    }
}

/// Enter in a field sends the form (not while an input method is composing: there Enter
/// takes the composed word).
fn enter_sends(mut input: On<FocusedInput<KeyboardInput>>, mut commands: Commands, fields: Query<&EditableText>) {
    let key = &input.event().input;
    if key.state.is_pressed()
        && key.logical_key == Key::Enter
        && fields
            .get(input.event().focused_entity)
            .is_ok_and(|f| !f.is_composing())
    {
        input.propagate(false);
        commands.trigger(SubmitJoin);
    }
}

/// The connection while joining, in words, with what to do.
fn joining_line(l: Lang, joining: &Joining) -> Option<(String, Color)> {
    if let Some(problem) = &joining.problem {
        return Some((problem.clone(), SEAL_RED));
    }
    let url = joining.url.clone().unwrap_or_else(|| tr!(l, "join-the-server"));
    Some(match joining.status.as_ref()? {
        LinkStatus::Connecting | LinkStatus::Connected => (tr!(l, "join-connecting", url = url), SEPIA),
        LinkStatus::Reconnecting { attempt, reason } => (
            tr!(
                l,
                "join-reconnecting",
                url = url,
                reason = reason.clone(),
                attempt = *attempt
            ),
            SEAL_RED,
        ),
        LinkStatus::Lost { reason } => (tr!(l, "join-lost", url = url, reason = reason.clone()), SEAL_RED),
        LinkStatus::Refused { reason } => (tr!(l, "join-refused", reason = reason.clone()), SEAL_RED),
        LinkStatus::Closed => (tr!(l, "join-closed"), SEAL_RED),
    })
}

/// The screen, spawned once: the fields keep what is typed; the delegation's mark and the
/// connection's line change in place.
fn spawn_screen(
    mut commands: Commands,
    fonts: Res<Fonts>,
    form: Res<JoinForm>,
    joining: Res<Joining>,
    language: Res<Language>,
) {
    let f = fonts.as_ref();
    let l = language.0;
    let root = commands
        .spawn(super::screen_root(
            "Join screen",
            Screen::Join,
            Node {
                flex_direction: FlexDirection::Column,
                padding: UiRect::all(px(36)),
                row_gap: px(12),
                ..default()
            },
        ))
        .id();
    commands.entity(root).with_children(|page| {
        page.spawn(widget::text(f, tr!(l, "join-heading"), 40.0, INK));
        page.spawn(widget::text(f, tr!(l, "join-explain"), 18.0, INK));
        for (field, name, label, tip, value) in [
            (
                JoinField::Address,
                "Address field",
                tr!(l, "join-address"),
                tr!(l, "join-address.tip"),
                &form.address,
            ),
            (
                JoinField::Code,
                "Code field",
                tr!(l, "join-code"),
                tr!(l, "join-code.tip"),
                &form.code,
            ),
            (
                JoinField::Name,
                "Name field",
                tr!(l, "join-name"),
                tr!(l, "join-name.tip"),
                &form.name,
            ),
        ] {
            page.spawn(widget::italic(f, label.clone(), 16.0, SEPIA));
            page.spawn(widget::row(0.0)).with_children(|line| {
                line.spawn((
                    widget::text_field(f, (name, 360.0, MAX_FIELD_CHARS), &tip, &label, value),
                    field,
                ))
                .observe(enter_sends);
            });
        }
        page.spawn(widget::italic(f, tr!(l, "join-delegation"), 16.0, SEPIA));
        page.spawn(widget::row(8.0)).with_children(|line| {
            for (side, key, label, tip) in [
                (None, "Either", tr!(l, "join-either"), tr!(l, "join-either.tip")),
                (
                    Some(Side::Japan),
                    "Japan",
                    tr!(l, "join-japan"),
                    tr!(l, "join-japan.tip"),
                ),
                (
                    Some(Side::Russia),
                    "Russia",
                    tr!(l, "join-russia"),
                    tr!(l, "join-russia.tip"),
                ),
            ] {
                line.spawn((
                    AsksFor(side, label.clone()),
                    widget::small_labelled_button(
                        f,
                        ButtonLabel::choice(l, &label, &label, form.side == side),
                        &format!("side-{key}"),
                        &tip,
                        JoinEdit::Side(side),
                    ),
                ));
            }
        });
        // The form's two actions in the title screen's large buttons: this screen is reached
        // from there and is mostly empty, and small ones were easy to miss on a projector.
        page.spawn(widget::row(16.0)).with_children(|bar| {
            bar.spawn(widget::button(
                f,
                &tr!(l, "join-join"),
                &tr!(l, "join-join.tip"),
                |_: Activated, mut commands: Commands| commands.trigger(SubmitJoin),
            ));
            bar.spawn(widget::button(
                f,
                &tr!(l, "join-back"),
                &tr!(l, "join-back.tip"),
                |_: Activated, mut commands: Commands| commands.trigger(CancelJoin),
            ));
        });
        let (line, colour, display) = status(l, &joining);
        page.spawn((
            Name::new("Join status"),
            StatusLine,
            widget::italic(f, line, 16.0, colour),
            Node { display, ..default() },
        ));
    });
}

/// The status line's words, colour and whether it shows.
fn status(l: Lang, joining: &Joining) -> (String, Color, Display) {
    match joining_line(l, joining) {
        Some((line, colour)) => (line, colour, Display::Flex),
        None => (String::new(), SEPIA, Display::None),
    }
}

fn show_side(form: Res<JoinForm>, language: Res<Language>, mut buttons: Query<(&AsksFor, &mut ButtonLabel)>) {
    for (AsksFor(side, label), mut shown) in &mut buttons {
        shown.set_if_neq(ButtonLabel::choice(language.0, label, label, form.side == *side));
    }
}

fn show_status(
    joining: Res<Joining>,
    language: Res<Language>,
    mut lines: Query<(&mut Text, &mut TextColor, &mut Node), With<StatusLine>>,
) {
    let (line, colour, display) = status(language.0, &joining);
    for (mut text, mut text_colour, mut node) in &mut lines {
        if unjoined(&text.0) != line {
            text.0 = line.clone();
        }
        // Through the palette, so high contrast applies (it recolours what changed).
        text_colour.set_if_neq(TextColor(colour));
        if node.display != display {
            node.display = display;
        }
    }
}
