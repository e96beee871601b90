//! The negotiating table, the main screen: the calendar of sessions, the articles board
//! with the proposal builder, the counterpart's last move and reason, the turn being
//! drafted with its actions, and a side column of meters and tabs (map, dispatches,
//! transcript). The whole screen is redrawn from the engine's state whenever the game, the
//! draft or the tab changes — and only then.

mod actions;
mod board;
pub mod classroom;
mod header;
pub mod likely;
pub mod presenter;
mod side;
pub mod teacher;

use super::Screen;
use crate::game::draft::{Draft, Edit, Offeror, SendDraft};
use crate::game::session::{SaveGame, Session};
use crate::game::theme::Fonts;
use crate::game::theme::widget;
use bevy::input_focus::tab_navigation::TabGroup;
use bevy::prelude::*;

pub use actions::ReadBack;
pub use board::{Board, SET_ASIDE_MARK, SetAsideMark};
pub use header::SessionLine;
pub use side::Panel;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Panel>();
    app.add_systems(
        OnEnter(Screen::Table),
        (classroom::view_for_game, spawn_root)
            .chain()
            .run_if(resource_exists::<Session>),
    );
    app.add_systems(
        Update,
        (
            (shortcuts, classroom::shortcuts).run_if(super::confirm::no_question),
            (widget::remember_focus, redraw).chain().run_if(needs_redraw),
        )
            .chain()
            .run_if(in_state(Screen::Table).and_then(resource_exists::<Session>)),
    );
    app.add_observer(show_panel);
    app.add_plugins((side::plugin, classroom::plugin, likely::plugin));
}

/// Marks the table's root node; its children are redrawn on every change.
#[derive(Component)]
pub struct TableRoot;

/// The scrolling area around the articles board.
#[derive(Component)]
pub struct BoardScroll;

/// The fixed footer under the board: the counterpart's last move, the turn's actions, the
/// read-back with the worth line and any refusal, and Send.
#[derive(Component)]
pub struct Decision;

/// Switches the side column's tab.
#[derive(Event, Clone, Copy, Debug)]
pub struct ShowPanel(pub Panel);

fn show_panel(event: On<ShowPanel>, mut panel: ResMut<Panel>) {
    *panel = event.event().0;
}

fn spawn_root(mut commands: Commands) {
    commands.spawn((
        Name::new("Table screen"),
        TableRoot,
        // No background: the parchment is the clear colour, so nothing hides the map's camera.
        Node {
            width: percent(100),
            height: percent(100),
            flex_direction: FlexDirection::Column,
            padding: UiRect::all(px(10)),
            row_gap: px(6),
            ..default()
        },
        DespawnOnExit(Screen::Table),
        TabGroup::new(0),
    ));
}

/// Everything the table is drawn from besides the game itself.
#[derive(bevy::ecs::system::SystemParam)]
struct Looks<'w> {
    fonts: Res<'w, Fonts>,
    draft: Res<'w, Draft>,
    panel: Res<'w, Panel>,
    view: Res<'w, classroom::TableView>,
    settings: Res<'w, crate::game::settings::Settings>,
    text_scale: Res<'w, crate::game::theme::TextScale>,
    likely: Res<'w, likely::LikelyShown>,
}

impl Looks<'_> {
    fn changed(&self) -> bool {
        self.fonts.is_changed()
            || self.draft.is_changed()
            || self.panel.is_changed()
            || self.view.is_changed()
            || self.settings.is_changed()
            || self.text_scale.is_changed()
            || self.likely.is_changed()
    }
}

fn needs_redraw(session: Option<Res<Session>>, fresh: Query<(), Added<TableRoot>>, looks: Looks) -> bool {
    session.is_some_and(|s| s.is_changed()) || !fresh.is_empty() || looks.changed()
}

fn redraw(
    mut commands: Commands,
    session: Option<Res<Session>>,
    looks: Looks,
    map: Res<crate::game::map::MapData>,
    roots: Query<Entity, With<TableRoot>>,
    scrolled: Query<&ScrollPosition, With<BoardScroll>>,
) {
    // Where the board was scrolled to: a click on a low row must not jump it to the top.
    let board_scroll = scrolled.iter().next().map_or(Vec2::ZERO, |p| p.0);
    let Looks {
        fonts,
        draft,
        panel,
        view,
        settings,
        likely,
        ..
    } = looks;
    let (Ok(root), Some(session)) = (roots.single(), session) else {
        return;
    };
    let map_aspect = map.0.as_ref().map_or(1.0, |m| m.size().x / m.size().y);
    let f = fonts.as_ref();
    let tools = session.teacher_tools(&settings);
    // Worked out only while the teacher looks: a frontier search per option.
    let eye = (tools && view.teacher_eye).then(|| crate::engine::analysis::zone::TeacherView::of(&session.game));
    // The teacher's tab shows only with the teacher's tools.
    let panel = if *panel == Panel::Teacher && eye.is_none() {
        Panel::Transcript
    } else {
        *panel
    };
    commands.entity(root).despawn_related::<Children>();
    if view.presenter {
        commands.entity(root).with_children(|page| {
            presenter::spawn(page, f, &session, tools, eye.as_ref());
        });
        return;
    }
    commands.entity(root).with_children(|page| {
        header::spawn(page, f, &session);
        page.spawn(widget::body("Body")).with_children(|body| {
            body.spawn((
                Name::new("Negotiation"),
                // 800 px when there is room; narrower (the board's columns are shares of
                // it) when a large UI scale leaves less, so the side column keeps its own.
                Node {
                    flex_basis: px(800),
                    flex_shrink: 1.0,
                    min_width: px(0),
                    ..widget::column(6.0)
                },
            ))
            .with_children(|left| {
                // The board scrolls; the decision under it stays in view however the
                // board's rows wrap (a refused move once looked like nothing happened).
                left.spawn((
                    Name::new("Board scroll"),
                    BoardScroll,
                    Node {
                        flex_grow: 1.0,
                        flex_shrink: 1.0,
                        min_height: px(0),
                        overflow: Overflow::scroll_y(),
                        ..widget::column(0.0)
                    },
                    ScrollPosition(board_scroll),
                    bevy::ui_widgets::ScrollArea,
                ))
                .with_children(|scroll| board::spawn(scroll, f, &session, &draft));
                left.spawn((
                    Name::new("Decision"),
                    Decision,
                    Node {
                        flex_shrink: 0.0,
                        ..widget::column(6.0)
                    },
                ))
                .with_children(|footer| {
                    actions::spawn(footer, f, &session, &draft);
                    likely::spawn(footer, f, &session, &draft, *likely);
                });
            });
            side::spawn(body, f, &session, panel, map_aspect, tools, eye.as_ref());
        });
    });
}

/// Keyboard shortcuts, named in the tooltips of the buttons they stand for.
fn shortcuts(keys: Res<ButtonInput<KeyCode>>, mut commands: Commands, session: Option<Res<Session>>) {
    let Some(session) = session else { return };
    let ctrl = keys.any_pressed([KeyCode::ControlLeft, KeyCode::ControlRight]);
    let pressed = |k| keys.just_pressed(k);
    if pressed(KeyCode::F1) {
        commands.trigger(ShowPanel(Panel::Map));
    }
    if pressed(KeyCode::F2) {
        commands.trigger(ShowPanel(Panel::Dispatches));
    }
    if pressed(KeyCode::F3) {
        commands.trigger(ShowPanel(Panel::Transcript));
    }
    if ctrl && pressed(KeyCode::KeyS) {
        commands.trigger(SaveGame);
    }
    if !session.viewer_to_move() {
        return;
    }
    if ctrl && pressed(KeyCode::Enter) {
        commands.trigger(SendDraft);
    }
    if ctrl {
        return;
    }
    let answer = |a| Edit::AnswerAll {
        to: Offeror::Counterpart,
        answer: Some(a),
    };
    use crate::game::draft::Answer;
    if pressed(KeyCode::KeyA) {
        commands.trigger(answer(Answer::Accept));
    }
    if pressed(KeyCode::KeyR) {
        commands.trigger(answer(Answer::Reject));
    }
    if pressed(KeyCode::KeyD) {
        commands.trigger(answer(Answer::SetAside));
    }
    if pressed(KeyCode::Backspace) {
        commands.trigger(Edit::Reset);
    }
}
