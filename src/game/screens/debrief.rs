//! The debrief: the outcome and its epilogue, ratification and the reaction at home, a
//! clause-by-clause comparison with the treaty of 5 September 1905, both sides' utilities
//! on a chart of the Pareto frontier with the Nash point and the historical outcome, and a
//! timeline of concessions per article.

use super::what_if::WhatIfThisGame;
use super::{Go, Screen};
use crate::engine::analysis;
use crate::engine::analysis::report::{Favours, Report};
use crate::engine::analysis::timeline;
use crate::engine::classroom::branch::Comparison;
use crate::engine::play::side::Side;
use crate::engine::records::narrate;
use crate::engine::records::plain;
use crate::engine::records::transcript::What;
use crate::game::session::{Export, SaveGame, Session};
use crate::game::settings::Language;
use crate::game::theme::Fonts;
use crate::game::theme::note;
use crate::game::theme::palette::*;
use crate::game::theme::widget;
use crate::i18n::Lang;
use crate::tr;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        OnEnter(Screen::Debrief),
        spawn_debrief.run_if(resource_exists::<Session>),
    );
    app.add_systems(
        Update,
        show_notice.run_if(in_state(Screen::Debrief).and_then(resource_changed::<Session>)),
    );
}

/// The notice line before any notice: a no-break space, so the line keeps its height and
/// the buttons above it do not jump when a message appears.
pub const NO_NOTICE: &str = "\u{a0}";

/// Marks the line that says where an export or a save went.
#[derive(Component)]
pub struct DebriefNotice;

/// Marks a computer delegation's last move and its reason, for tests.
#[derive(Component)]
pub struct LastWords(pub Side);

/// Marks the comparison of a what-if branch with its original, for tests.
#[derive(Component)]
pub struct WhatIfComparison;

fn show_notice(session: Res<Session>, mut texts: Query<&mut Text, With<DebriefNotice>>) {
    for mut text in &mut texts {
        text.0 = session.notice.clone().unwrap_or_else(|| NO_NOTICE.to_string());
    }
}

/// For a what-if branch: how it ended beside how the original did, and the articles that
/// came out differently.
fn what_if(col: &mut ChildSpawnerCommands, f: &Fonts, l: Lang, session: &Session, report: &Report) {
    let Some(origin) = &session.origin else { return };
    let game = &session.game;
    let scenario = game.scenario();
    let original = match origin.replay(scenario.clone(), game.seed(), game.rules()) {
        Ok(original) => original,
        Err(problem) => {
            col.spawn(widget::text(
                f,
                tr!(l, "debrief-original-broken", problem = problem.to_string()),
                15.0,
                SEAL_RED,
            ));
            return;
        }
    };
    let comparison = Comparison::of(game, &original);
    let outcome_title = |r: &Report| {
        r.outcome.map_or_else(
            || tr!(l, "debrief-no-outcome-lower"),
            |o| scenario.outcomes[o].title.clone(),
        )
    };
    col.spawn((widget::panel("What if", widget::column(3.0)), WhatIfComparison))
        .with_children(|panel| {
            panel.spawn(widget::italic(
                f,
                tr!(
                    l,
                    "debrief-what-if",
                    player = scenario.party(origin.changed).player_title.clone(),
                    turn = origin.at + 1,
                    original = origin.name.clone()
                ),
                15.0,
                SEAL_RED,
            ));
            let original_line = match &comparison.original {
                Some(r) => tr!(
                    l,
                    "debrief-original",
                    outcome = outcome_title(r),
                    japan = percent(r.utility[0]),
                    russia = percent(r.utility[1])
                ),
                None => tr!(l, "debrief-original-unfinished", session = comparison.original_sessions),
            };
            panel.spawn(widget::text(f, original_line, 15.0, SEPIA));
            panel.spawn(widget::text(
                f,
                tr!(
                    l,
                    "debrief-this-branch",
                    outcome = outcome_title(report),
                    japan = percent(report.utility[0]),
                    russia = percent(report.utility[1])
                ),
                15.0,
                INK,
            ));
            let differing: Vec<String> = comparison
                .differing()
                .map(|c| {
                    let label = |o: Option<u8>| {
                        o.map_or("—".to_string(), |o| scenario.option_label(c.article, o).to_string())
                    };
                    tr!(
                        l,
                        "debrief-differing",
                        article = scenario.articles[c.article].title.clone(),
                        ours = label(c.ours),
                        original = label(c.signed)
                    )
                })
                .collect();
            let summary = comparison.summary_in(l).unwrap_or_else(|| differing.join("\n"));
            panel.spawn(widget::text(f, summary, 14.0, INK));
        });
}

/// Marks the frontier chart, for tests.
#[derive(Component)]
pub struct FrontierChart;

/// Marks the clause comparison, for tests.
#[derive(Component)]
pub struct Clauses;

/// Marks the plain-words lead under the debrief's title, for tests.
#[derive(Component)]
pub struct PlainLead;

/// Marks the part for the teacher (frontier, Nash point, utilities), for tests.
#[derive(Component)]
pub struct ForTheTeacher;

/// Marks the timeline of concessions, for tests.
#[derive(Component)]
pub struct Concessions;

const CHART: f32 = 250.0;
/// The 1905 treaty on the chart: a blue ring.
const HISTORY: Color = Color::srgb(0.1, 0.25, 0.6);

fn spawn_debrief(mut commands: Commands, fonts: Res<Fonts>, session: Res<Session>, language: Res<Language>) {
    let f = fonts.as_ref();
    let l = language.0;
    if let Some(class) = &session.class {
        class_debrief(&mut commands, (f, l), &session, class);
        return;
    }
    let game = &session.game;
    let scenario = game.scenario().clone();
    let Some(report) = Report::of(game) else {
        commands.trigger(Go(Screen::Table));
        return;
    };
    commands
        .spawn(super::screen_root(
            "Debrief screen",
            Screen::Debrief,
            Node {
                flex_direction: FlexDirection::Column,
                padding: UiRect::all(px(14)),
                row_gap: px(8),
                ..default()
            },
        ))
        .with_children(|page| {
            let (title, epilogue) = report.outcome.map_or_else(
                || (tr!(l, "debrief-no-outcome"), String::new()),
                |o| {
                    (
                        scenario.outcomes[o].title.clone(),
                        scenario.outcomes[o].epilogue.clone(),
                    )
                },
            );
            page.spawn(widget::text(f, title, 30.0, INK));
            // "You" only when one side was played by a person; else both sides, by name.
            let humans: Vec<Side> = Side::BOTH
                .into_iter()
                .filter(|s| session.seats[s.index()] == crate::engine::records::save::Seat::Human)
                .collect();
            let viewer = match humans.as_slice() {
                [one] => Some(*one),
                _ => None,
            };
            page.spawn((
                PlainLead,
                widget::text(f, plain::lead_in(l, &scenario, &report, viewer).join(" "), 18.0, INK),
            ));
            page.spawn(columns()).with_children(|row| {
                row.spawn(outcome_panel()).with_children(|col| {
                    what_if(col, f, l, &session, &report);
                    col.spawn(widget::text(f, epilogue, 16.0, INK));
                    let outcome = report.outcome.map(|o| &scenario.outcomes[o]);
                    if let Some(outcome) = outcome
                        && let Some(n) = &outcome.note
                    {
                        let key = format!("outcome-{}", outcome.id);
                        col.spawn(widget::row(6.0)).with_children(|line| {
                            line.spawn(note::note_button((f, l), &key, &outcome.title, n));
                        });
                        col.spawn(note::note_body((f, l), &key, &scenario, n));
                    }
                    last_words(col, (f, l), &session, viewer);
                    if let Some(outcome) = outcome {
                        col.spawn(widget::italic(f, tr!(l, "debrief-at-home"), 16.0, SEPIA));
                        for side in Side::BOTH {
                            if let Some(a) = report.aftermath[side.index()] {
                                let entry = &outcome.aftermath[a];
                                let line = match entry.result {
                                    Some(r) => tr!(
                                        l,
                                        "debrief-aftermath-result",
                                        side = side.name(),
                                        result = ratification(r),
                                        text = entry.text.clone()
                                    ),
                                    None => tr!(l, "debrief-aftermath", side = side.name(), text = entry.text.clone()),
                                };
                                col.spawn(widget::text(f, line, 15.0, INK));
                            }
                        }
                    }
                    col.spawn(widget::italic(f, tr!(l, "debrief-clauses"), 16.0, SEPIA));
                    col.spawn((widget::column(1.0), Clauses)).with_children(|table| {
                        for clause in report.clauses(&scenario) {
                            let label = |o: Option<u8>| {
                                o.map_or("—".to_string(), |o| {
                                    scenario.option_label(clause.article, o).to_string()
                                })
                            };
                            let (word, colour) = match clause.favours {
                                Favours::Same => (tr!(l, "debrief-as-in-1905"), SEPIA),
                                Favours::Japan => (tr!(l, "debrief-better-for-japan"), JAPAN),
                                Favours::Russia => (tr!(l, "debrief-better-for-russia"), RUSSIA),
                                Favours::Both => (tr!(l, "debrief-better-for-both"), AGREED),
                                Favours::Neither => (tr!(l, "debrief-differs"), SEPIA),
                            };
                            let article = &scenario.articles[clause.article];
                            let key = format!("clause-{}", article.id);
                            table.spawn(widget::row(6.0)).with_children(|line| {
                                for (text, width, c) in [
                                    // Narrow enough to leave room for the note button
                                    // inside the panel at 1280 pixels wide.
                                    (article.title.clone(), 112.0, INK),
                                    (label(clause.ours), 128.0, INK),
                                    (label(clause.signed), 128.0, SEPIA),
                                    (word, 84.0, colour),
                                ] {
                                    line.spawn((
                                        Node {
                                            width: px(width),
                                            flex_shrink: 0.0,
                                            ..default()
                                        },
                                        children![widget::text(f, text, 13.0, c)],
                                    ));
                                }
                                if let Some(n) = &article.note {
                                    line.spawn(note::note_button((f, l), &key, &article.title, n));
                                }
                            });
                            if let Some(n) = &article.note {
                                table.spawn(note::note_body((f, l), &key, &scenario, n));
                            }
                        }
                    });
                });
                row.spawn(widget::scrolling_panel(
                    "Analysis",
                    // What the outcome leaves, and at least the concessions grid's width.
                    Node {
                        flex_basis: px(0),
                        flex_grow: 1.0,
                        min_width: px(600),
                        ..widget::column(6.0)
                    },
                ))
                .with_children(|col| {
                    col.spawn(widget::italic(f, tr!(l, "debrief-how-each-moved"), 16.0, SEPIA));
                    concessions(col, f, l, &session);
                    behind_the_table(col, f, l, &session);
                    what_chance_decided(col, f, l, &session);
                    col.spawn((ForTheTeacher, widget::column(4.0)))
                        .with_children(|teacher| {
                            teacher.spawn(widget::italic(f, tr!(l, "debrief-for-the-teacher"), 16.0, SEPIA));
                            teacher.spawn(widget::text(f, plain::for_the_teacher(l), 13.0, INK));
                            teacher
                                .spawn(Node {
                                    flex_wrap: FlexWrap::Wrap,
                                    row_gap: px(6),
                                    ..widget::row(12.0)
                                })
                                .with_children(|line| {
                                    chart(line, (f, l), &scenario, &report);
                                    line.spawn(widget::column(3.0)).with_children(|notes| {
                                        notes.spawn(widget::text(f, tr!(l, "debrief-this-game"), 15.0, SEAL_RED));
                                        notes.spawn(widget::text(f, tr!(l, "debrief-nash"), 15.0, AGREED));
                                        notes.spawn(widget::text(f, tr!(l, "debrief-treaty-ring"), 15.0, HISTORY));
                                        notes.spawn(widget::text(f, tr!(l, "debrief-pareto"), 15.0, SEPIA));
                                        for side in Side::BOTH {
                                            let s = side.index();
                                            notes.spawn(widget::italic(
                                                f,
                                                tr!(
                                                    l,
                                                    "debrief-side-utility",
                                                    side = side.name(),
                                                    utility = percent(report.utility[s]),
                                                    walk_away = percent(report.reservation[s])
                                                ),
                                                14.0,
                                                INK,
                                            ));
                                        }
                                        let pareto = if report.pareto_optimal {
                                            tr!(l, "debrief-on-frontier")
                                        } else {
                                            tr!(l, "debrief-inside-frontier")
                                        };
                                        notes.spawn(widget::italic(f, pareto, 14.0, INK));
                                    });
                                });
                        });
                });
            });
            page.spawn(widget::row(10.0)).with_children(|bar| {
                bar.spawn(keyed(
                    f,
                    &tr!(l, "debrief-new-game"),
                    "New game",
                    &tr!(l, "debrief-new-game.tip"),
                    Go(Screen::NewGame),
                ));
                bar.spawn(keyed(
                    f,
                    &tr!(l, "debrief-save"),
                    "Save",
                    &tr!(l, "debrief-save.tip"),
                    SaveGame,
                ));
                bar.spawn(keyed(
                    f,
                    &tr!(l, "debrief-export-minutes"),
                    "Export minutes",
                    &tr!(l, "debrief-export-minutes.tip"),
                    Export::Minutes,
                ));
                bar.spawn(keyed(
                    f,
                    &tr!(l, "debrief-export-result"),
                    "Export result",
                    &tr!(l, "debrief-export-result.tip"),
                    Export::Result,
                ));
                bar.spawn(keyed(
                    f,
                    &tr!(l, "debrief-what-if-button"),
                    "What if…",
                    &tr!(l, "debrief-what-if-button.tip"),
                    WhatIfThisGame,
                ));
                bar.spawn(keyed(
                    f,
                    &tr!(l, "debrief-title"),
                    "Title",
                    &tr!(l, "debrief-title.tip"),
                    Go(Screen::Title),
                ));
            });
            page.spawn((DebriefNotice, widget::italic(f, NO_NOTICE, 14.0, SEAL_RED)));
        });
}

/// Each computer delegation's last move, with the reason it gave. The talks end on a move,
/// and the screens that follow would otherwise never show it: in 1905's record, Komura's
/// last reply, the day he called "Minatogawa".
fn last_words(col: &mut ChildSpawnerCommands, (f, l): (&Fonts, Lang), session: &Session, viewer: Option<Side>) {
    let game = &session.game;
    let scenario = game.scenario();
    let computers = Side::BOTH
        .into_iter()
        .filter(|s| session.seats[s.index()] != crate::engine::records::save::Seat::Human);
    for side in computers {
        let last = game.transcript().last_move(side);
        // A delegation that last waited and said nothing has no last word to show.
        let Some(entry) = last.filter(|e| !matches!(e.what, What::Moved { turn, note: None, .. } if turn.is_pass()))
        else {
            continue;
        };
        let lines = narrate::entry_lines_in(l, scenario, game.transcript(), entry, viewer, false);
        let them = scenario.party(side).player_title.as_str();
        col.spawn((LastWords(side), widget::column(0.0)))
            .with_children(|words| {
                words.spawn(widget::italic(f, tr!(l, "debrief-last-word", them = them), 16.0, SEPIA));
                super::table::spawn_move_spoken(words, (f, l), scenario, &lines);
            });
    }
}

/// What each computer delegation kept to itself this game, once the game is over.
fn behind_the_table(col: &mut ChildSpawnerCommands, f: &Fonts, l: Lang, session: &Session) {
    use crate::engine::records::behind;
    let game = &session.game;
    let paragraphs = behind::behind_the_table_in(l, game.scenario(), game.seed(), &session.seats);
    section(col, f, (behind::title(l), behind::note(l)), paragraphs);
}

/// How the events the scenario leaves to chance fell this game, beside 1905.
fn what_chance_decided(col: &mut ChildSpawnerCommands, f: &Fonts, l: Lang, session: &Session) {
    use crate::engine::records::chance;
    let lines = chance::lines_in(l, session.game.scenario(), session.game.state());
    section(col, f, (chance::title(l), chance::note(l)), lines);
}

/// A section after the game: its title and what it is, then its lines; nothing without lines.
fn section(col: &mut ChildSpawnerCommands, f: &Fonts, (title, note): (String, String), lines: Vec<String>) {
    if lines.is_empty() {
        return;
    }
    col.spawn(widget::italic(f, title, 16.0, SEPIA));
    col.spawn(widget::text(f, note, 13.0, SEPIA));
    for line in lines {
        col.spawn(widget::text(f, line, 14.0, INK));
    }
}

/// Both sides' utilities: the frontier, the Nash point, 1905 and this game.
fn chart(
    parent: &mut ChildSpawnerCommands,
    (f, l): (&Fonts, Lang),
    scenario: &crate::engine::scenario::Scenario,
    report: &Report,
) {
    let dot = |u: [f64; 2], size: f32, colour: Color| {
        (
            Node {
                position_type: PositionType::Absolute,
                left: px(u[0] as f32 * CHART - size / 2.0),
                bottom: px(u[1] as f32 * CHART - size / 2.0),
                width: px(size),
                height: px(size),
                border_radius: BorderRadius::MAX,
                ..default()
            },
            BackgroundColor(colour),
        )
    };
    parent
        .spawn((
            Name::new("Frontier chart"),
            FrontierChart,
            Node {
                width: px(CHART),
                height: px(CHART),
                border: UiRect::new(px(1), px(0), px(0), px(1)),
                margin: UiRect::new(px(18), px(0), px(4), px(18)),
                ..default()
            },
            BorderColor::all(INK),
        ))
        .with_children(|c| {
            let front = scenario.frontier();
            let step = (front.len() / 300).max(1);
            for p in front.iter().step_by(step) {
                c.spawn(dot(analysis::utilities(&scenario.space, p.points), 3.0, SEPIA));
            }
            c.spawn(dot(report.reservation, 6.0, RULE));
            if let Some((_, u)) = report.nash {
                c.spawn(dot(u, 10.0, AGREED));
            }
            c.spawn(dot(report.utility, 10.0, SEAL_RED));
            // 1905 as a ring, so it stays visible when this game reached the same treaty.
            if let Some(h) = &scenario.history {
                let u = [
                    scenario.space.utility(Side::Japan, &h.treaty),
                    scenario.space.utility(Side::Russia, &h.treaty),
                ];
                let (node, _) = dot(u, 18.0, Color::NONE);
                c.spawn((
                    Node {
                        border: UiRect::all(px(2)),
                        ..node
                    },
                    BorderColor::all(HISTORY),
                ));
            }
            c.spawn((
                Node {
                    position_type: PositionType::Absolute,
                    bottom: px(-18),
                    right: px(0),
                    ..default()
                },
                children![widget::italic(f, tr!(l, "debrief-axis-japan"), 13.0, SEPIA)],
            ));
            c.spawn((
                Node {
                    position_type: PositionType::Absolute,
                    top: px(0),
                    left: px(-16),
                    ..default()
                },
                children![widget::italic(f, "↑", 13.0, SEPIA)],
            ));
            c.spawn((
                Node {
                    position_type: PositionType::Absolute,
                    top: px(-2),
                    left: px(4),
                    ..default()
                },
                children![widget::italic(f, tr!(l, "debrief-axis-russia"), 13.0, SEPIA)],
            ));
        });
}

/// How each article moved, in words: who asked for what and when, and the agreement.
fn concessions(parent: &mut ChildSpawnerCommands, f: &Fonts, l: Lang, session: &Session) {
    let game = &session.game;
    let scenario = game.scenario();
    let lines = timeline::concessions(scenario, game.transcript());
    parent.spawn((Concessions, widget::column(3.0))).with_children(|list| {
        for (title, words) in timeline::in_words_in(l, scenario, &lines) {
            list.spawn(widget::row(6.0)).with_children(|row| {
                row.spawn((
                    Node {
                        width: px(120),
                        flex_shrink: 0.0,
                        ..default()
                    },
                    children![widget::text(f, title, 13.0, INK)],
                ));
                row.spawn((
                    Node {
                        flex_shrink: 1.0,
                        ..default()
                    },
                    children![widget::text(f, words, 13.0, INK)],
                ));
            });
        }
    });
}

/// The debrief at a class server's table: what this seat knows — the outcome the server
/// announced, what it is worth to this side beside 1905, the treaty's articles beside
/// those of 1905, and the transcript. The other side's values and limits stay with the
/// server (the teacher's dashboard has the class's results), so no frontier is drawn.
fn class_debrief(
    commands: &mut Commands,
    (f, l): (&Fonts, Lang),
    session: &Session,
    class: &crate::game::class::ClassTable,
) {
    let game = &session.game;
    let scenario = game.scenario();
    let Some(finished) = &class.finished else {
        commands.trigger(Go(Screen::Table));
        return;
    };
    let side = class.side;
    let terms = game.treaty();
    commands
        .spawn(super::screen_root(
            "Debrief screen",
            Screen::Debrief,
            Node {
                flex_direction: FlexDirection::Column,
                padding: UiRect::all(px(14)),
                row_gap: px(8),
                ..default()
            },
        ))
        .with_children(|page| {
            page.spawn(widget::text(f, finished.outcome.clone(), 30.0, INK));
            page.spawn(columns()).with_children(|row| {
                row.spawn(outcome_panel()).with_children(|col| {
                    if let Some(outcome) = scenario.outcomes.iter().find(|o| o.title == finished.outcome) {
                        col.spawn(widget::text(f, outcome.epilogue.clone(), 16.0, INK));
                    }
                    let party = scenario.party(side).name.clone();
                    let worth = match finished.utility_1905 {
                        Some(u) => tr!(
                            l,
                            "debrief-worth-beside-1905",
                            party = party,
                            worth = percent(finished.utility),
                            worth_1905 = percent(u)
                        ),
                        None => tr!(l, "debrief-worth", party = party, worth = percent(finished.utility)),
                    };
                    col.spawn(widget::text(f, worth, 17.0, SEAL_RED));
                    col.spawn(widget::italic(f, tr!(l, "debrief-clauses"), 16.0, SEPIA));
                    col.spawn((widget::column(1.0), Clauses)).with_children(|table| {
                        let signed = scenario.history.as_ref().map(|h| h.treaty);
                        for (a, article) in scenario.articles.iter().enumerate() {
                            let label = |o: Option<u8>| {
                                o.map_or("—".to_string(), |o| scenario.option_label(a, o).to_string())
                            };
                            let ours = terms.as_ref().and_then(|t| t.get(a));
                            table.spawn(widget::row(6.0)).with_children(|line| {
                                for (text, width, c) in [
                                    (article.title.clone(), 140.0, INK),
                                    (label(ours), 180.0, INK),
                                    (label(signed.and_then(|t| t.get(a))), 180.0, SEPIA),
                                ] {
                                    line.spawn((
                                        Node {
                                            width: px(width),
                                            flex_shrink: 0.0,
                                            ..default()
                                        },
                                        children![widget::text(f, text, 13.0, c)],
                                    ));
                                }
                            });
                        }
                    });
                    col.spawn(widget::italic(f, tr!(l, "debrief-class-private"), 14.0, SEPIA));
                });
                row.spawn(widget::scrolling_panel(
                    "Transcript",
                    Node {
                        flex_basis: px(0),
                        flex_grow: 1.0,
                        min_width: px(280),
                        ..widget::column(4.0)
                    },
                ))
                .with_children(|col| {
                    col.spawn(widget::italic(
                        f,
                        tr!(l, "debrief-transcript", table = class.table.clone()),
                        15.0,
                        SEPIA,
                    ));
                    col.spawn(widget::text(f, class.lines.join("\n"), 13.0, INK));
                });
            });
            page.spawn(widget::row(10.0)).with_children(|bar| {
                bar.spawn(keyed(
                    f,
                    &tr!(l, "debrief-export-minutes"),
                    "Export minutes",
                    &tr!(l, "debrief-class-export-minutes-tip"),
                    Export::Minutes,
                ));
                bar.spawn(keyed(
                    f,
                    &tr!(l, "debrief-title"),
                    "Title",
                    &tr!(l, "debrief-class-title-tip"),
                    crate::game::class::LeaveTable,
                ));
            });
            page.spawn((DebriefNotice, widget::italic(f, NO_NOTICE, 14.0, SEAL_RED)));
        });
}

/// How the treaty fared at home, as the translations' selector knows it.
fn ratification(result: crate::engine::scenario::file::Ratification) -> &'static str {
    use crate::engine::scenario::file::Ratification;
    match result {
        Ratification::Ratified => "ratified",
        Ratification::RatifiedAmidUnrest => "unrest",
        Ratification::Refused => "refused",
    }
}

/// A share of the utility as the debrief writes it: "66%".
fn percent(share: f64) -> String {
    format!("{:.0}%", 100.0 * share)
}

/// A button whose focus key is its English label, the same in every language.
fn keyed<T: Event + Clone>(f: &Fonts, label: &str, key: &str, tip: &str, event: T) -> impl Bundle + use<T>
where
    for<'a> T::Trigger<'a>: Default,
{
    widget::keyed_button(f, label, label, key, tip, event)
}

/// The debrief's columns side by side, filling the page (a local game's and a class game's).
fn columns() -> impl Bundle {
    Node {
        flex_direction: FlexDirection::Row,
        column_gap: px(12),
        flex_grow: 1.0,
        min_height: px(0),
        ..default()
    }
}

/// The first column: the outcome, its epilogue and the reaction at home.
fn outcome_panel() -> impl Bundle {
    widget::scrolling_panel(
        "Outcome",
        // 560 px when there is room; narrower (its text wraps) at a large UI scale.
        Node {
            flex_basis: px(560),
            flex_shrink: 1.0,
            min_width: px(200),
            ..widget::column(6.0)
        },
    )
}
