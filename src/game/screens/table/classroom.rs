//! The teacher's controls at the table: step, auto-play and pause for the computer's moves,
//! taking over either side from the computer (and handing it back), the teacher's eye and
//! the presenter view — with their keys N, P, T and F5.

use crate::engine::play::side::Side;
use crate::engine::records::save::Seat;
use crate::game::session::{Demonstrate, Pace, Session};
use crate::game::settings::Settings;
use crate::game::theme::Fonts;
use crate::game::theme::palette::*;
use crate::game::theme::widget;
use crate::i18n::Lang;
use crate::tr;
use bevy::prelude::*;

/// How the table is shown: the presenter view, the teacher's eye. Belongs to one game.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TableView {
    pub presenter: bool,
    pub teacher_eye: bool,
    /// The game (`Session::serial`) these choices were made in.
    pub serial: Option<u64>,
}

/// Switches a part of the table's view.
#[derive(Event, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ToggleView {
    Presenter,
    TeacherEye,
}

/// Marks the classroom controls, for tests.
#[derive(Component)]
pub struct ClassroomControls;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<TableView>();
    app.add_observer(toggle);
}

fn toggle(
    event: On<ToggleView>,
    mut view: ResMut<TableView>,
    mut panel: ResMut<super::Panel>,
    session: Option<Res<Session>>,
    settings: Res<Settings>,
) {
    match event.event() {
        ToggleView::Presenter => view.presenter = !view.presenter,
        // The eye opens only for the teacher: never in a student's game.
        ToggleView::TeacherEye => {
            let allowed = session.is_some_and(|s| s.teacher_tools(&settings));
            view.teacher_eye = allowed && !view.teacher_eye;
            if view.teacher_eye {
                *panel = super::Panel::Teacher;
            }
        }
    }
}

/// A new game starts in the view the settings ask for, with the eye closed.
pub(super) fn view_for_game(mut view: ResMut<TableView>, session: Res<Session>, settings: Res<Settings>) {
    if view.serial != Some(session.serial) {
        *view = TableView {
            presenter: settings.presenter,
            teacher_eye: false,
            serial: Some(session.serial),
        };
    }
}

/// The keys of the teacher's controls.
pub(super) fn shortcuts(
    keys: Res<ButtonInput<KeyCode>>,
    mut commands: Commands,
    session: Res<Session>,
    settings: Res<Settings>,
) {
    let pressed = |k| keys.just_pressed(k);
    if pressed(KeyCode::F5) {
        commands.trigger(ToggleView::Presenter);
    }
    if !session.teacher_tools(&settings) || keys.any_pressed([KeyCode::ControlLeft, KeyCode::ControlRight]) {
        return;
    }
    if pressed(KeyCode::KeyT) {
        commands.trigger(ToggleView::TeacherEye);
    }
    if pressed(KeyCode::KeyN) {
        commands.trigger(Demonstrate::Step);
    }
    if pressed(KeyCode::KeyP) {
        commands.trigger(Demonstrate::TogglePause);
    }
    if pressed(KeyCode::BracketLeft) {
        commands.trigger(Demonstrate::Pace(1));
    }
    if pressed(KeyCode::BracketRight) {
        commands.trigger(Demonstrate::Pace(-1));
    }
}

/// The controls, where the teacher's tools are on; else just the presenter switch.
pub(super) fn controls(
    parent: &mut ChildSpawnerCommands,
    (f, l): (&Fonts, Lang),
    session: &Session,
    tools: bool,
    text: f32,
) {
    parent
        .spawn((
            widget::panel(
                "Classroom controls",
                Node {
                    padding: UiRect::axes(px(6), px(4)),
                    flex_wrap: FlexWrap::Wrap,
                    ..widget::row(5.0)
                },
            ),
            ClassroomControls,
        ))
        .with_children(|bar| {
            bar.spawn(widget::keyed_button(
                f,
                &tr!(l, "classroom-presenter"),
                &tr!(l, "classroom-presenter"),
                "presenter",
                &tr!(l, "classroom-presenter.tip"),
                ToggleView::Presenter,
            ));
            if !tools {
                return;
            }
            bar.spawn(widget::keyed_button(
                f,
                &tr!(l, "classroom-teacher-eye"),
                &tr!(l, "classroom-teacher-eye"),
                "teacher-eye",
                &tr!(l, "classroom-teacher-eye.tip"),
                ToggleView::TeacherEye,
            ));
            let computers = Side::BOTH.iter().any(|&s| !session.is_human(s));
            if computers {
                bar.spawn(widget::keyed_button(
                    f,
                    &tr!(l, "classroom-step"),
                    &tr!(l, "classroom-step"),
                    "step",
                    &tr!(l, "classroom-step.tip"),
                    Demonstrate::Step,
                ));
                let (label, tip) = match session.pace {
                    Pace::Paused => (tr!(l, "classroom-auto-play"), tr!(l, "classroom-auto-play.tip")),
                    Pace::Auto { .. } => (tr!(l, "classroom-pause"), tr!(l, "classroom-pause.tip")),
                };
                bar.spawn(widget::keyed_button(
                    f,
                    &label,
                    &label,
                    "pace",
                    &tip,
                    Demonstrate::TogglePause,
                ));
                if let Pace::Auto { delay } = session.pace
                    && delay > 0.0
                {
                    bar.spawn(widget::keyed_button(
                        f,
                        &tr!(l, "classroom-slower"),
                        &tr!(l, "classroom-slower"),
                        "slower",
                        &tr!(l, "classroom-slower.tip"),
                        Demonstrate::Pace(1),
                    ));
                    bar.spawn(widget::keyed_button(
                        f,
                        &tr!(l, "classroom-faster"),
                        &tr!(l, "classroom-faster"),
                        "faster",
                        &tr!(l, "classroom-faster.tip"),
                        Demonstrate::Pace(-1),
                    ));
                }
            }
            for side in Side::BOTH {
                let title = session.game.scenario().party(side).player_title.as_str();
                let (label, tip, event) = match &session.seats[side.index()] {
                    Seat::Computer(_) => (
                        tr!(l, "classroom-take-over", title = title),
                        tr!(l, "classroom-take-over-tip", title = title),
                        Demonstrate::TakeOver(side),
                    ),
                    Seat::Human => (
                        tr!(l, "classroom-hand-back", title = title),
                        tr!(l, "classroom-hand-back-tip", title = title),
                        Demonstrate::HandBack(side),
                    ),
                };
                bar.spawn(widget::keyed_button(
                    f,
                    &label,
                    &label,
                    &format!("seat-{}", side.name()),
                    &tip,
                    event,
                ));
            }
            if computers {
                let status = match session.pace {
                    Pace::Paused if session.move_waiting() => tr!(l, "classroom-paused-ready"),
                    Pace::Paused => tr!(l, "classroom-paused"),
                    Pace::Auto { delay } if delay > 0.0 => {
                        tr!(l, "classroom-auto-every", seconds = format!("{delay:.0}"))
                    }
                    Pace::Auto { .. } => tr!(l, "classroom-auto-at-once"),
                };
                bar.spawn(widget::italic(f, status, text, SEAL_RED));
            }
        });
}
