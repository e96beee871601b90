//! The class results wall: a folder of result files side by side — how often each outcome
//! came about against the historical one, how each article ended across the games, and
//! which delegations did better or worse than Komura and Witte did in 1905. The figures
//! come from `engine::classroom::wall`; this screen only draws them, large enough for a projector.

use super::{Go, Screen};
use crate::engine::classroom::wall::{self, Spread, Standing, Versus1905, Wall};
use crate::engine::play::side::Side;
use crate::game::paths::Profile;
use crate::game::settings::Language;
use crate::game::theme::Fonts;
use crate::game::theme::palette::*;
use crate::game::theme::widget;
use crate::i18n::{self, Lang};
use crate::tr;
use bevy::prelude::*;
use std::path::PathBuf;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Wall), (read_results, spawn_wall).chain());
    app.add_observer(show_scenario);
}

/// Shows the wall of another scenario whose results are in the same folder.
#[derive(Event, Clone, Debug)]
pub struct ShowWallScenario(pub String);

fn show_scenario(event: On<ShowWallScenario>, mut commands: Commands, figures: Option<Res<WallFigures>>) {
    let Some(figures) = figures else { return };
    commands.insert_resource(WallSource {
        folder: figures.folder.clone(),
        scenario: Some(event.event().0.clone()),
    });
    // Entering the screen again reads the folder afresh.
    commands.trigger(Go(Screen::Wall));
}

/// The folder the wall shows, and the scenario (the one most results are from if `None`).
/// Without it, the profile's results folder.
#[derive(Resource, Clone, Debug)]
pub struct WallSource {
    pub folder: PathBuf,
    pub scenario: Option<String>,
}

/// What the wall shows: its figures, and the files it had to leave off.
#[derive(Resource, Clone, Debug, Default)]
pub struct WallFigures {
    pub wall: Option<Wall>,
    pub problems: Vec<String>,
    pub folder: PathBuf,
    /// Every scenario with results in the folder: id, title, count.
    pub scenarios: Vec<(String, String, usize)>,
}

/// Marks the wall's panels, for tests: outcomes, articles, delegations.
#[derive(Component, Clone, Copy, Debug, PartialEq, Eq)]
pub enum WallPanel {
    Outcomes,
    Articles,
    Delegations,
}

/// Marks a delegation's line in words on the wall, for tests.
#[derive(Component)]
pub struct StandingWords;

/// Rows of delegations listed on the wall (the best and the worst against 1905 show).
const DELEGATIONS_SHOWN: usize = 12;

fn read_results(
    mut commands: Commands,
    source: Option<Res<WallSource>>,
    profile: Res<Profile>,
    language: Res<Language>,
) {
    let (folder, scenario) = match source {
        Some(s) => (s.folder.clone(), s.scenario.clone()),
        None => (profile.results(), None),
    };
    let figures = match wall::read_folder(&folder) {
        Ok(read) => WallFigures {
            wall: Wall::of(&read.results, scenario.as_deref()),
            problems: read.problems.iter().map(|p| p.render_in(language.0)).collect(),
            folder,
            scenarios: wall::scenarios(&read.results),
        },
        // A missing folder is simply an empty wall, with where to put the files.
        Err(_) => WallFigures {
            wall: None,
            problems: Vec::new(),
            folder,
            scenarios: Vec::new(),
        },
    };
    commands.insert_resource(figures);
}

fn spawn_wall(mut commands: Commands, fonts: Res<Fonts>, figures: Res<WallFigures>, language: Res<Language>) {
    let f = fonts.as_ref();
    let l = language.0;
    commands
        .spawn(super::screen_root(
            "Class results screen",
            Screen::Wall,
            Node {
                flex_direction: FlexDirection::Column,
                padding: UiRect::all(px(16)),
                row_gap: px(8),
                ..default()
            },
        ))
        .with_children(|page| {
            let Some(wall) = &figures.wall else {
                page.spawn(widget::text(f, tr!(l, "wall-heading"), 40.0, INK));
                page.spawn(widget::text(
                    f,
                    tr!(l, "wall-empty", folder = figures.folder.display().to_string()),
                    18.0,
                    INK,
                ));
                problems(page, (f, l), &figures.problems);
                back(page, (f, l));
                return;
            };
            page.spawn(widget::row(14.0)).with_children(|head| {
                head.spawn(widget::text(f, tr!(l, "wall-heading"), 40.0, INK));
                head.spawn(widget::text(
                    f,
                    tr!(
                        l,
                        "wall-summary",
                        scenario = wall.scenario_title.clone(),
                        games = wall.games,
                        share_1905 = format!("{:.0}%", 100.0 * wall.historical_share())
                    ),
                    24.0,
                    SEPIA,
                ));
            });
            page.spawn(widget::body("Wall")).with_children(|columns| {
                outcomes(columns, (f, l), wall);
                articles(columns, (f, l), wall);
                delegations(columns, (f, l), wall);
            });
            page.spawn(widget::row(12.0)).with_children(|bar| {
                bar.spawn(widget::italic(
                    f,
                    if wall.other_scenarios > 0 {
                        tr!(
                            l,
                            "wall-from-others-left-off",
                            folder = figures.folder.display().to_string(),
                            others = wall.other_scenarios
                        )
                    } else {
                        tr!(l, "wall-from", folder = figures.folder.display().to_string())
                    },
                    15.0,
                    SEPIA,
                ));
            });
            problems(page, (f, l), &figures.problems);
            page.spawn(widget::row(8.0)).with_children(|bar| {
                bar.spawn(back_button(f, l));
                for (id, title, count) in figures.scenarios.iter().filter(|(id, _, _)| *id != wall.scenario_id) {
                    bar.spawn(widget::keyed_button(
                        f,
                        &format!("{title} ({count})"),
                        &tr!(l, "wall-show-scenario-accessible", title = title.clone()),
                        &format!("wall-{id}"),
                        &tr!(l, "wall-show-scenario-tip"),
                        ShowWallScenario(id.clone()),
                    ));
                }
            });
        });
}

fn back(page: &mut ChildSpawnerCommands, (f, l): (&Fonts, Lang)) {
    page.spawn(widget::row(8.0)).with_children(|bar| {
        bar.spawn(back_button(f, l));
    });
}

/// Back to the title; its focus key is "Back" in every language.
fn back_button(f: &Fonts, l: Lang) -> impl Bundle {
    let label = tr!(l, "wall-back");
    widget::keyed_button(f, &label, &label, "Back", &tr!(l, "wall-back.tip"), Go(Screen::Title))
}

fn problems(page: &mut ChildSpawnerCommands, (f, l): (&Fonts, Lang), problems: &[String]) {
    if let Some(first) = problems.first() {
        let more = problems.len() - 1;
        let text = if more > 0 {
            tr!(l, "wall-left-off-more", first = first.clone(), more = more)
        } else {
            tr!(l, "wall-left-off", first = first.clone())
        };
        page.spawn(widget::italic(f, text, 13.0, SEAL_RED));
    }
}

fn heading(col: &mut ChildSpawnerCommands, f: &Fonts, text: String) {
    col.spawn(widget::text(f, text, 24.0, INK));
}

/// A bar `share` of `full` pixels wide.
fn bar(share: f64, full: f32, color: Color) -> impl Bundle {
    (
        Node {
            width: px((share.clamp(0.0, 1.0) as f32 * full).max(2.0)),
            height: px(16),
            ..default()
        },
        BackgroundColor(color),
    )
}

/// A column taking `percent` of the wall's width whatever its content, so the delegations'
/// lines are not squeezed to a word each by the articles' bars.
fn share(percent: f32) -> Node {
    Node {
        flex_basis: px(0),
        flex_grow: percent,
        min_width: px(0),
        ..widget::column(6.0)
    }
}

fn outcomes(columns: &mut ChildSpawnerCommands, (f, l): (&Fonts, Lang), wall: &Wall) {
    columns
        .spawn((
            // Scrolls when large text makes the outcomes taller than the window.
            widget::scrolling_panel("Outcomes", share(25.0)),
            WallPanel::Outcomes,
        ))
        .with_children(|col| {
            heading(col, f, tr!(l, "wall-how-ended"));
            for outcome in &wall.outcomes {
                let share = outcome.games as f64 / wall.games.max(1) as f64;
                col.spawn(widget::text(
                    f,
                    if outcome.historical {
                        tr!(l, "wall-as-in-1905", outcome = outcome.title.clone())
                    } else {
                        outcome.title.clone()
                    },
                    18.0,
                    if outcome.historical { SEAL_RED } else { INK },
                ));
                col.spawn(widget::row(8.0)).with_children(|line| {
                    line.spawn(bar(share, 180.0, if outcome.historical { SEAL_RED } else { SEPIA }));
                    line.spawn(widget::text(
                        f,
                        format!("{} ({:.0}%)", outcome.games, 100.0 * share),
                        18.0,
                        INK,
                    ));
                });
            }
        });
}

fn articles(columns: &mut ChildSpawnerCommands, (f, l): (&Fonts, Lang), wall: &Wall) {
    columns
        .spawn((
            widget::scrolling_panel(
                "Articles",
                Node {
                    row_gap: px(4),
                    ..share(45.0)
                },
            ),
            WallPanel::Articles,
        ))
        .with_children(|col| {
            heading(col, f, tr!(l, "wall-articles"));
            col.spawn(widget::italic(f, tr!(l, "wall-articles-explain"), 13.0, SEPIA));
            for spread in &wall.articles {
                article_row(col, (f, l), spread, wall.games);
            }
        });
}

/// One article: a segmented bar over its options, widths by how many treaties chose each.
fn article_row(col: &mut ChildSpawnerCommands, (f, l): (&Fonts, Lang), spread: &Spread, games: usize) {
    const WIDTH: f32 = 160.0;
    let mut summary: Vec<String> = spread
        .counts
        .iter()
        .enumerate()
        .filter(|&(_, &n)| n > 0)
        .map(|(o, n)| format!("{} ×{n}", spread.options[o]))
        .collect();
    if spread.open > 0 {
        summary.push(tr!(l, "wall-no-treaty", count = spread.open));
    }
    // The summary goes under the title and bar, across the column: beside them, in a row
    // that wraps, its box was measured for one line fewer than a long summary took (a
    // Russian one spilled out of it).
    col.spawn(Node {
        flex_wrap: FlexWrap::Wrap,
        ..widget::row(8.0)
    })
    .with_children(|line| {
        line.spawn((
            Node {
                width: px(150),
                flex_shrink: 0.0,
                ..default()
            },
            children![widget::text(f, spread.title.clone(), 18.0, INK)],
        ));
        line.spawn((
            Name::new(format!("Spread: {}", spread.article)),
            Node {
                width: px(WIDTH),
                height: px(18),
                flex_shrink: 0.0,
                border: UiRect::all(px(1)),
                ..default()
            },
            BorderColor::all(RULE),
        ))
        .with_children(|segments| {
            let options = spread.options.len().max(1);
            for (o, &count) in spread.counts.iter().enumerate() {
                if count == 0 && spread.signed_1905 != Some(o) {
                    continue;
                }
                // From Japan's colour to Russia's along the options.
                let t = o as f32 / (options.saturating_sub(1)).max(1) as f32;
                let color = JAPAN.mix(&RUSSIA, t);
                let width = (count as f32 / games.max(1) as f32 * (WIDTH - 2.0)).max(3.0);
                let mut segment = segments.spawn((
                    Node {
                        width: px(width),
                        height: percent(100),
                        border: UiRect::all(px(if spread.signed_1905 == Some(o) { 2 } else { 0 })),
                        ..default()
                    },
                    BackgroundColor(if count == 0 { Color::NONE } else { color }),
                ));
                if spread.signed_1905 == Some(o) {
                    segment.insert(BorderColor::all(INK));
                }
            }
        });
        line.spawn((
            Node {
                width: percent(100),
                ..default()
            },
            children![widget::text(f, summary.join(" · "), 15.0, INK)],
        ));
    });
}

fn delegations(columns: &mut ChildSpawnerCommands, (f, l): (&Fonts, Lang), wall: &Wall) {
    columns
        .spawn((
            widget::scrolling_panel(
                "Delegations",
                Node {
                    row_gap: px(5),
                    ..share(30.0)
                },
            ),
            WallPanel::Delegations,
        ))
        .with_children(|col| {
            heading(col, f, tr!(l, "wall-delegations"));
            for side in Side::BOTH {
                let [better, same, worse] = wall.tally(side);
                col.spawn(widget::text(
                    f,
                    tr!(
                        l,
                        "wall-tally",
                        side = side.name(),
                        better = better,
                        same = same,
                        worse = worse
                    ),
                    18.0,
                    if side == Side::Japan { JAPAN } else { RUSSIA },
                ));
            }
            col.spawn(widget::italic(
                f,
                tr!(
                    l,
                    "wall-delegations-explain",
                    about = i18n::decimal(l, crate::engine::records::plain::ABOUT_THE_SAME, 2),
                    much = i18n::decimal(l, crate::engine::records::plain::MUCH, 2)
                ),
                13.0,
                SEPIA,
            ));
            // Equal results of the same delegation are one row, counted.
            let mut rows: Vec<(&Standing, usize)> = Vec::new();
            for standing in &wall.delegations {
                let same = |(row, _): &&mut (&Standing, usize)| {
                    row.side == standing.side
                        && row.name == standing.name
                        && (row.utility - standing.utility).abs() < 1e-9
                };
                match rows.iter_mut().find(same) {
                    Some((_, n)) => *n += 1,
                    None => rows.push((standing, 1)),
                }
            }
            for &(standing, count) in rows.iter().take(DELEGATIONS_SHOWN) {
                standing_row(col, (f, l), standing, count);
            }
            if rows.len() > DELEGATIONS_SHOWN {
                // Two lines by design (the catalogue breaks it): as one, a translation just
                // the panel's width was laid out on two lines in a box measured for one.
                col.spawn(widget::italic(
                    f,
                    tr!(l, "wall-more", more = rows.len() - DELEGATIONS_SHOWN),
                    13.0,
                    SEPIA,
                ));
            }
        });
}

/// A diverging bar: right of the line for better than 1905, left for worse.
fn standing_row(col: &mut ChildSpawnerCommands, (f, l): (&Fonts, Lang), standing: &Standing, count: usize) {
    const HALF: f32 = 36.0;
    let margin = standing.utility - standing.utility_1905.unwrap_or(standing.utility);
    let length = (margin.abs() as f32 / 0.25 * HALF).clamp(2.0, HALF);
    let color = match standing.versus_1905 {
        Some(Versus1905::Better) => AGREED,
        Some(Versus1905::Worse) => SEAL_RED,
        _ => SEPIA,
    };
    col.spawn(widget::row(6.0)).with_children(|line| {
        let spacer = if margin >= 0.0 { HALF } else { HALF - length };
        line.spawn((
            Node {
                width: px(2.0 * HALF),
                height: px(14),
                flex_shrink: 0.0,
                ..default()
            },
            children![
                Node {
                    width: px(spacer),
                    ..default()
                },
                (
                    Node {
                        width: px(length),
                        height: percent(100),
                        ..default()
                    },
                    BackgroundColor(color),
                )
            ],
        ));
        // Who and how, in words; the figure only small, after them.
        let who = if standing.human {
            // Players are told apart by their result file's name.
            format!("{} ({})", standing.who, standing.file)
        } else {
            standing.who_in(l)
        };
        let side = crate::engine::records::narrate::side_name(l, standing.side);
        let words = match standing.compared {
            Some(compared) => tr!(
                l,
                "wall-standing-compared",
                side = side,
                who = who,
                count = count,
                compared = against_1905(l, compared)
            ),
            None => tr!(l, "wall-standing", side = side, who = who, count = count),
        };
        line.spawn((StandingWords, widget::text(f, words, 15.0, INK)));
        line.spawn(widget::text(f, i18n::signed_decimal(l, margin, 2), 13.0, SEPIA));
    });
}

/// "about as well as 1905", in `l`.
fn against_1905(l: Lang, compared: crate::engine::records::plain::Compared) -> String {
    use crate::engine::records::plain::Compared;
    match compared {
        Compared::MuchBetter => tr!(l, "wall-much-better"),
        Compared::LittleBetter => tr!(l, "wall-little-better"),
        Compared::AboutTheSame => tr!(l, "wall-about-the-same"),
        Compared::LittleWorse => tr!(l, "wall-little-worse"),
        Compared::MuchWorse => tr!(l, "wall-much-worse"),
    }
}
