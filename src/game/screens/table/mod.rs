//! The negotiating table, the main screen: the calendar of sessions, the articles board
//! with the proposal builder, the counterpart's last move and reason, the turn being
//! drafted with its actions, and a side column of meters and tabs (map, dispatches,
//! transcript). It is laid out once; each part is drawn again from the engine's state only
//! when what it shows changes — all of them when the game moves on, the board's touched rows
//! and the footer when the draft changes, the side column when the tab does.

mod actions;
mod board;
pub mod classroom;
mod header;
pub mod last_look;
pub mod likely;
pub mod presenter;
mod side;
pub mod teacher;

use super::Screen;
use crate::game::draft::{Draft, Edit, Offeror, SendDraft};
use crate::game::session::{SaveGame, Session};
use crate::game::theme::Fonts;
use crate::game::theme::widget;
use crate::i18n::Lang;
use bevy::input_focus::tab_navigation::TabGroup;
use bevy::prelude::*;

pub(super) use actions::spawn_move_spoken;
pub use actions::{AcceptanceBreach, CounterpartReply, ReadBack};
pub use board::{Board, BoardRow, SET_ASIDE_MARK, SetAsideMark, gap_words};
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

/// The parts of the table drawn on their own: each is a node spawned once with the table,
/// whose contents are drawn again only when what it shows has changed — a click on an arrow
/// redraws the board and the decision under it, not the transcript or the map beside them.
#[derive(Component, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// The session, the calendar and the header's buttons.
    Header,
    /// The articles board (in its scrolling area).
    Board,
    /// The footer: the counterpart's last move, the turn's actions, the read-back and the
    /// likely answer.
    Decision,
    /// The meters, the tabs and the open tab.
    Side,
    /// The whole presenter view, which has its own layout.
    Presenter,
}

impl Part {
    const EVERY: [Part; 5] = [Part::Header, Part::Board, Part::Decision, Part::Side, Part::Presenter];
}

/// How the table is laid out now: the desk (board and side column) or the presenter view.
/// Changing it lays the table out again; anything else redraws only parts.
#[derive(Component, Clone, Copy, Debug, PartialEq, Eq)]
struct Layout {
    presenter: bool,
}

/// Everything the table is drawn from besides the game itself.
#[derive(bevy::ecs::system::SystemParam)]
struct Looks<'w> {
    fonts: Res<'w, Fonts>,
    draft: Res<'w, Draft>,
    panel: Res<'w, Panel>,
    view: Res<'w, classroom::TableView>,
    settings: Res<'w, crate::game::settings::Settings>,
    likely: Res<'w, likely::LikelyShown>,
    language: Res<'w, crate::game::settings::Language>,
}

impl Looks<'_> {
    /// The fonts (loaded once), the settings (the teacher's tools) and the language show
    /// everywhere.
    fn show_everywhere(&self) -> bool {
        self.fonts.is_changed() || self.settings.is_changed() || self.language.is_changed()
    }

    /// The parts whose inputs changed since the last frame, besides the game itself.
    fn stale(&self) -> Vec<Part> {
        if self.show_everywhere() {
            return Part::EVERY.to_vec();
        }
        let mut parts = Vec::new();
        if self.draft.is_changed() {
            parts.extend([Part::Board, Part::Decision]);
        }
        if self.likely.is_changed() && !parts.contains(&Part::Decision) {
            parts.push(Part::Decision);
        }
        if self.panel.is_changed() || self.view.is_changed() {
            parts.extend([Part::Side, Part::Presenter]);
        }
        parts
    }
}

fn needs_redraw(session: Option<Res<Session>>, fresh: Query<(), Added<TableRoot>>, looks: Looks) -> bool {
    session.is_some_and(|s| s.is_changed()) || !fresh.is_empty() || !looks.stale().is_empty()
}

/// What the parts are drawn from, read once per redraw.
struct Drawing<'a> {
    f: &'a Fonts,
    l: Lang,
    session: &'a Session,
    draft: &'a Draft,
    likely: likely::LikelyShown,
    panel: Panel,
    map_aspect: f32,
    tools: bool,
    eye: Option<crate::engine::analysis::zone::TeacherView>,
}

impl Drawing<'_> {
    fn fill(&self, part: Part, into: &mut ChildSpawnerCommands) {
        let Drawing {
            f, l, session, draft, ..
        } = *self;
        match part {
            Part::Header => header::spawn(into, f, l, session),
            Part::Board => board::spawn(into, f, l, session, draft),
            Part::Decision => {
                actions::spawn(into, f, l, session, draft);
                likely::spawn(into, (f, l), session, draft, self.likely);
                actions::buttons(into, f, l, session, draft);
            }
            Part::Side => side::fill(
                into,
                (f, l),
                session,
                self.panel,
                self.map_aspect,
                self.tools,
                self.eye.as_ref(),
            ),
            Part::Presenter => presenter::spawn(into, (f, l), session, self.tools, self.eye.as_ref()),
        }
    }

    /// Lays the table out: the nodes of every part, each filled.
    fn lay_out(&self, page: &mut ChildSpawnerCommands, presenter: bool) {
        if presenter {
            page.spawn((
                Name::new("Presenter"),
                Part::Presenter,
                Node {
                    width: percent(100),
                    height: percent(100),
                    ..widget::column(6.0)
                },
            ))
            .with_children(|p| self.fill(Part::Presenter, p));
            return;
        }
        page.spawn((
            Name::new("Header part"),
            Part::Header,
            Node {
                flex_shrink: 0.0,
                ..widget::column(6.0)
            },
        ))
        .with_children(|p| self.fill(Part::Header, p));
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
                    Part::Board,
                    Node {
                        flex_grow: 1.0,
                        flex_shrink: 1.0,
                        min_height: px(0),
                        overflow: Overflow::scroll_y(),
                        ..widget::column(0.0)
                    },
                    bevy::ui_widgets::ScrollArea,
                ))
                .with_children(|p| self.fill(Part::Board, p));
                left.spawn((
                    Name::new("Decision"),
                    Decision,
                    Part::Decision,
                    Node {
                        flex_shrink: 0.0,
                        ..widget::column(6.0)
                    },
                ))
                .with_children(|p| self.fill(Part::Decision, p));
            });
            body.spawn((side::column(), Part::Side))
                .with_children(|p| self.fill(Part::Side, p));
        });
    }
}

fn redraw(
    mut commands: Commands,
    session: Option<Res<Session>>,
    looks: Looks,
    map: Res<crate::game::map::MapData>,
    roots: Query<(Entity, Option<&Layout>), With<TableRoot>>,
    parts: Query<(Entity, &Part)>,
    cells: board::DrawnCells,
) {
    let (Ok((root, layout)), Some(session)) = (roots.single(), session) else {
        return;
    };
    // A change of the game shows everywhere; a change of the draft alone redraws only the
    // board's rows it touches.
    let whole = session.is_changed() || looks.show_everywhere();
    let stale = if whole { Part::EVERY.to_vec() } else { looks.stale() };
    let tools = session.teacher_tools(&looks.settings);
    let view = &looks.view;
    // Worked out only while the teacher looks: a frontier search per option.
    let eye = (tools && view.teacher_eye && (stale.contains(&Part::Side) || stale.contains(&Part::Presenter)))
        .then(|| crate::engine::analysis::zone::TeacherView::of(&session.game));
    // The teacher's tab shows only with the teacher's tools.
    let panel = if *looks.panel == Panel::Teacher && !(tools && view.teacher_eye) {
        Panel::Transcript
    } else {
        *looks.panel
    };
    let drawing = Drawing {
        f: looks.fonts.as_ref(),
        l: looks.language.0,
        session: &session,
        draft: &looks.draft,
        likely: *looks.likely,
        panel,
        map_aspect: map.0.as_ref().map_or(1.0, |m| m.size().x / m.size().y),
        tools,
        eye,
    };
    let wanted = Layout {
        presenter: view.presenter,
    };
    if layout != Some(&wanted) {
        commands.entity(root).insert(wanted).despawn_related::<Children>();
        commands
            .entity(root)
            .with_children(|page| drawing.lay_out(page, wanted.presenter));
        return;
    }
    for (node, part) in &parts {
        if *part == Part::Board && !whole {
            board::refresh(&mut commands, &cells, (drawing.f, drawing.l), &session, &looks.draft);
        } else if stale.contains(part) {
            commands.entity(node).despawn_related::<Children>();
            commands.entity(node).with_children(|p| drawing.fill(*part, p));
        }
    }
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
    // At the mediator's last look the draft is not sent: the two answers are buttons of their own.
    if !session.viewer_to_move() || last_look::pending(&session) {
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
