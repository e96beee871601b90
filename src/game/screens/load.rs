//! Load: the saved games in the profile folder, newest first, each as a student recognises
//! it — its name (or "Autosave"), the scenario, who played whom, when it was saved, the
//! session reached and how it stands. A damaged file is listed with what is wrong with it
//! (and left as it is). A save can be deleted, after a second press to confirm.

use super::what_if::WhatIf;
use super::{Go, Screen};
use crate::engine::records::save;
use crate::game::catalog::Catalog;
use crate::game::paths::Profile;
use crate::game::saves::{self, SavedFile};
use crate::game::session::{LoadGame, LoadProblem};
use crate::game::settings::Language;
use crate::game::theme::Fonts;
use crate::game::theme::palette::*;
use crate::game::theme::widget;
use crate::i18n::Lang;
use crate::tr;
use bevy::prelude::*;
use std::path::PathBuf;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<LoadProblem>();
    app.init_resource::<SaveShelf>();
    app.add_systems(
        OnEnter(Screen::Load),
        (clear_problem, read_the_shelf, spawn_load).chain(),
    );
    app.add_systems(
        Update,
        (
            show_problem.run_if(resource_changed::<LoadProblem>),
            (widget::remember_focus, list_saves)
                .chain()
                .run_if(resource_changed::<SaveShelf>),
            keep_focus_in_view.run_if(resource_changed::<bevy::input_focus::InputFocus>),
        )
            .run_if(in_state(Screen::Load)),
    );
    app.add_observer(ask_to_delete);
    app.add_observer(delete);
}

/// Marks the list of saves, for tests.
#[derive(Component)]
pub struct SaveList;

#[derive(Component)]
struct ProblemText;

/// One save as the list shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct ShelfEntry {
    pub path: PathBuf,
    pub autosave: bool,
    /// When it was written, in words.
    pub when: String,
    /// What is in it, or why it cannot be opened.
    pub summary: Result<Summary, String>,
}

/// What a readable save holds, in the list's words.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// The name the player gave it ("Autosave" for the game's own).
    pub name: String,
    pub scenario: String,
    /// Who played whom.
    pub matchup: String,
    /// "session 5 of 12", and how it stands: "in progress", "treaty signed"…
    pub session: String,
    pub outcome: String,
    /// Whether the talks are still going (the outcome is drawn quieter).
    pub in_progress: bool,
    /// Whether it has turns to decide differently.
    pub has_turns: bool,
    /// For a what-if: the game it branched from, and the turn decided differently.
    pub branch_of: Option<String>,
}

/// The saves read when the screen opened, and the one waiting for its deletion to be
/// confirmed.
#[derive(Resource, Clone, Debug, Default)]
pub struct SaveShelf {
    pub entries: Vec<ShelfEntry>,
    pub deleting: Option<PathBuf>,
}

/// Asks to delete a save (its row then offers Delete again, and Keep).
#[derive(Event, Clone, Debug)]
pub struct AskDeleteSave(pub PathBuf);

/// Deletes a save (after `AskDeleteSave`), or with `None` keeps it.
#[derive(Event, Clone, Debug)]
pub struct DeleteSave(pub Option<PathBuf>);

/// How a save file reads, for the list.
/// Its scenario's prose is in the player's language: from the translations the save holds,
/// or (a save without them) from `catalog` where the catalogue has the same scenario.
pub fn shelf_entry(l: Lang, file: &SavedFile, catalog: Option<&Catalog>) -> ShelfEntry {
    let file_name = file
        .path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let summary = save::load_in(&file.path, l)
        .map(|loaded| {
            let saved = loaded.game.scenario();
            // A save that holds no translations: the folder's, where it has the same scenario.
            let scenario = catalog
                .filter(|_| loaded.translations.is_empty())
                .and_then(|c| c.translation_of(saved))
                .unwrap_or(saved);
            let (reached, sessions) = loaded.session_reached();
            Summary {
                name: match (&loaded.name, file.autosave) {
                    (Some(name), _) => name.clone(),
                    (None, true) => tr!(l, "load-autosave"),
                    // A save named before saves had names: its file name.
                    (None, false) => file_name.clone(),
                },
                scenario: save::clean_name(&scenario.title),
                matchup: saves::matchup(l, scenario, &loaded.seats, loaded.players.as_deref()),
                session: tr!(l, "load-session", reached = reached, sessions = sessions),
                outcome: saves::outcome_words(l, loaded.outcome()),
                in_progress: loaded.outcome() == save::Outcome::InProgress,
                has_turns: !loaded.game.transcript().entries.is_empty(),
                branch_of: loaded
                    .origin
                    .as_ref()
                    .map(|o| tr!(l, "load-branch-of", name = save::clean_name(&o.name), turn = o.at + 1)),
            }
        })
        .map_err(|problem| problem.render_in(l));
    ShelfEntry {
        path: file.path.clone(),
        autosave: file.autosave,
        when: saves::when_saved(l, file.modified),
        summary,
    }
}

fn clear_problem(mut problem: ResMut<LoadProblem>) {
    problem.0 = None;
}

fn read_the_shelf(
    mut shelf: ResMut<SaveShelf>,
    profile: Res<Profile>,
    language: Res<Language>,
    catalog: Option<Res<Catalog>>,
) {
    *shelf = SaveShelf {
        entries: saves::saves_in(&profile.saves())
            .iter()
            .map(|file| shelf_entry(language.0, file, catalog.as_deref()))
            .collect(),
        deleting: None,
    };
}

fn spawn_load(mut commands: Commands, fonts: Res<Fonts>, profile: Res<Profile>, language: Res<Language>) {
    let f = fonts.as_ref();
    let l = language.0;
    commands
        .spawn(super::screen_root(
            "Load screen",
            Screen::Load,
            Node {
                flex_direction: FlexDirection::Column,
                padding: UiRect::all(px(28)),
                row_gap: px(10),
                ..default()
            },
        ))
        .with_children(|page| {
            page.spawn(widget::text(f, tr!(l, "load-heading"), 40.0, INK));
            page.spawn(widget::italic(
                f,
                tr!(
                    l,
                    "load-explain",
                    folder = profile.saves().display().to_string(),
                    kept = saves::AUTOSAVES_KEPT
                ),
                15.0,
                SEPIA,
            ));
            page.spawn((
                widget::scrolling_panel(
                    "Saves",
                    Node {
                        flex_grow: 1.0,
                        min_height: px(0),
                        ..widget::column(12.0)
                    },
                ),
                SaveList,
            ));
            page.spawn((ProblemText, widget::italic(f, "", 15.0, SEAL_RED)));
            page.spawn(widget::row(0.0)).with_children(|bar| {
                let back = tr!(l, "load-back");
                bar.spawn(widget::keyed_button(
                    f,
                    &back,
                    &back,
                    "Back",
                    &tr!(l, "load-back.tip"),
                    Go(Screen::Title),
                ));
            });
        });
}

fn list_saves(
    mut commands: Commands,
    fonts: Res<Fonts>,
    language: Res<Language>,
    shelf: Res<SaveShelf>,
    lists: Query<Entity, With<SaveList>>,
) {
    let Ok(list) = lists.single() else { return };
    let f = fonts.as_ref();
    let l = language.0;
    commands.entity(list).despawn_related::<Children>();
    commands.entity(list).with_children(|list| {
        if shelf.entries.is_empty() {
            list.spawn(widget::italic(f, tr!(l, "load-none"), 17.0, SEPIA));
        }
        for (i, entry) in shelf.entries.iter().enumerate() {
            let deleting = shelf.deleting.as_ref() == Some(&entry.path);
            list.spawn((Name::new("Save"), widget::row(12.0))).with_children(|row| {
                save_row(row, f, l, (i, entry), deleting);
            });
        }
    });
}

/// One save: its buttons, then what it is in three lines.
fn save_row(row: &mut ChildSpawnerCommands, f: &Fonts, l: Lang, (i, entry): (usize, &ShelfEntry), deleting: bool) {
    let title = match &entry.summary {
        Ok(s) => s.name.clone(),
        Err(_) => entry
            .path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
    };
    let buttons = Node {
        flex_shrink: 0.0,
        width: px(230),
        ..widget::row(8.0)
    };
    row.spawn(buttons).with_children(|bar| {
        if deleting {
            bar.spawn(widget::keyed_button(
                f,
                &tr!(l, "load-really-delete"),
                &tr!(l, "load-really-delete-accessible", title = title.clone()),
                &format!("really-delete-{i}"),
                &tr!(l, "load-really-delete.tip"),
                DeleteSave(Some(entry.path.clone())),
            ));
            bar.spawn(widget::keyed_button(
                f,
                &tr!(l, "load-keep"),
                &tr!(l, "load-keep-accessible", title = title.clone()),
                &format!("keep-{i}"),
                &tr!(l, "load-keep.tip"),
                DeleteSave(None),
            ));
            return;
        }
        if let Ok(summary) = &entry.summary {
            bar.spawn(widget::keyed_button(
                f,
                &tr!(l, "load-load"),
                &tr!(
                    l,
                    "load-load-accessible",
                    title = title.clone(),
                    scenario = summary.scenario.clone(),
                    matchup = summary.matchup.clone(),
                    when = entry.when.clone(),
                    session = summary.session.clone(),
                    outcome = summary.outcome.clone()
                ),
                &format!("load-{i}"),
                &tr!(l, "load-load.tip"),
                LoadGame(entry.path.clone()),
            ));
            if summary.has_turns {
                bar.spawn(widget::keyed_button(
                    f,
                    &tr!(l, "load-what-if"),
                    &tr!(l, "load-what-if-accessible", title = title.clone()),
                    &format!("what-if-{i}"),
                    &tr!(l, "load-what-if.tip"),
                    WhatIf(entry.path.clone()),
                ));
            }
        }
        bar.spawn(widget::keyed_button(
            f,
            &tr!(l, "load-delete"),
            &tr!(l, "load-delete-accessible", title = title.clone()),
            &format!("delete-{i}"),
            &tr!(l, "load-delete.tip"),
            AskDeleteSave(entry.path.clone()),
        ));
    });
    row.spawn(Node {
        flex_grow: 1.0,
        flex_basis: px(0),
        ..widget::column(2.0)
    })
    .with_children(|lines| match &entry.summary {
        Ok(s) => {
            lines.spawn(widget::row(10.0)).with_children(|head| {
                if entry.autosave {
                    head.spawn(widget::italic(f, tr!(l, "load-autosave"), 19.0, SEPIA));
                } else {
                    head.spawn(widget::text(f, s.name.clone(), 19.0, INK));
                }
                head.spawn(widget::italic(
                    f,
                    tr!(l, "load-saved", when = entry.when.clone()),
                    14.0,
                    SEPIA,
                ));
                if let Some(branch_of) = &s.branch_of {
                    head.spawn(widget::italic(f, branch_of.clone(), 14.0, SEAL_RED));
                }
            });
            lines.spawn(widget::text(f, format!("{} — {}", s.scenario, s.matchup), 16.0, INK));
            let colour = if s.in_progress { SEPIA } else { SEAL_RED };
            lines.spawn(widget::italic(
                f,
                format!("{} · {}", s.session, s.outcome),
                15.0,
                colour,
            ));
            if deleting {
                lines.spawn(widget::italic(f, tr!(l, "load-delete-question"), 15.0, SEAL_RED));
            }
        }
        Err(problem) => {
            lines.spawn(widget::text(
                f,
                tr!(l, "load-broken", title = title.clone(), when = entry.when.clone()),
                17.0,
                SEAL_RED,
            ));
            lines.spawn(widget::text(f, problem.clone(), 14.0, SEAL_RED));
        }
    });
}

fn ask_to_delete(event: On<AskDeleteSave>, mut shelf: ResMut<SaveShelf>) {
    shelf.deleting = Some(event.event().0.clone());
}

fn delete(
    event: On<DeleteSave>,
    mut shelf: ResMut<SaveShelf>,
    mut problem: ResMut<LoadProblem>,
    language: Res<Language>,
) {
    let Some(path) = event.event().0.clone() else {
        shelf.deleting = None;
        return;
    };
    // Only the save whose deletion was asked for, and only a file in the list.
    if shelf.deleting.as_ref() != Some(&path) || !shelf.entries.iter().any(|e| e.path == path) {
        return;
    }
    shelf.deleting = None;
    match std::fs::remove_file(&path) {
        Ok(()) => shelf.entries.retain(|e| e.path != path),
        Err(e) => {
            problem.0 = Some(tr!(
                language.0,
                "load-not-deleted",
                file = path.display().to_string(),
                error = e.to_string()
            ))
        }
    }
}

/// Tab through a long list: the list scrolls to show the button that has focus.
fn keep_focus_in_view(
    focus: Res<bevy::input_focus::InputFocus>,
    parents: Query<&ChildOf>,
    nodes: Query<(&ComputedNode, &UiGlobalTransform)>,
    mut lists: Query<(Entity, &mut ScrollPosition, &ComputedNode, &UiGlobalTransform), With<SaveList>>,
) {
    let Some(focused) = focus.get() else { return };
    let Ok((list, mut scroll, list_node, list_at)) = lists.single_mut() else {
        return;
    };
    if !parents.iter_ancestors(focused).any(|a| a == list) {
        return;
    }
    let Ok((node, at)) = nodes.get(focused) else { return };
    // Physical pixels, from the centres the transforms give.
    let top = at.translation.y - node.size.y / 2.0;
    let bottom = at.translation.y + node.size.y / 2.0;
    let list_top = list_at.translation.y - list_node.size.y / 2.0 + list_node.padding.min_inset.y;
    let list_bottom = list_at.translation.y + list_node.size.y / 2.0 - list_node.padding.max_inset.y;
    let to_logical = list_node.inverse_scale_factor;
    if top < list_top {
        scroll.y -= (list_top - top) * to_logical;
    } else if bottom > list_bottom {
        scroll.y += (bottom - list_bottom) * to_logical;
    }
}

fn show_problem(problem: Res<LoadProblem>, mut texts: Query<&mut Text, With<ProblemText>>) {
    for mut text in &mut texts {
        text.0 = problem.0.clone().unwrap_or_default();
    }
}
