//! The likely answer, before sending: from the engine's estimate (the player's own view
//! only: the public record and the player's instructions), a worded meter for the whole
//! draft with its reasons on hover, how the counterpart is likely to take each article,
//! the player's own red lines the draft would break, and "What would it take?" — his
//! likely counter-draft beside the player's, one click to adopt. A summary line keeps the
//! footer short; the articles and the counter-draft open below it on demand.

use crate::engine::analysis::estimate::{self, Estimate, Meter, Precision, Reception};
use crate::engine::play::moves::Terms;
use crate::engine::play::view::SideView;
use crate::engine::scenario::PublicScenario;
use crate::game::draft::{Draft, Edit};
use crate::game::session::Session;
use crate::game::theme::Fonts;
use crate::game::theme::glossary::Explains;
use crate::game::theme::palette::*;
use crate::game::theme::widget::{self, Tip};
use crate::i18n::Lang;
use crate::tr;
use bevy::input_focus::tab_navigation::TabIndex;
use bevy::picking::hover::Hovered;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<LikelyShown>();
    app.add_observer(show_likely);
}

/// What the likely answer shows under its summary line.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum LikelyShown {
    /// The summary line only.
    #[default]
    Summary,
    /// How he is likely to take each article of the draft.
    ByArticle,
    /// His likely counter-draft beside the player's.
    WhatItTakes,
}

/// Opens a part of the likely answer; asking for the part already open closes it.
#[derive(Event, Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShowLikely(pub LikelyShown);

fn show_likely(event: On<ShowLikely>, mut shown: ResMut<LikelyShown>) {
    let asked = event.event().0;
    *shown = if *shown == asked { LikelyShown::Summary } else { asked };
}

/// Marks the likely-answer panel, for tests.
#[derive(Component)]
pub struct LikelyAnswer;

/// Marks the meter's words, for tests.
#[derive(Component)]
pub struct MeterWords;

/// Marks a flagged breach of the player's own instructions, for tests.
#[derive(Component)]
pub struct BreachFlag;

/// Marks the note that the reading is coarse at this level, for tests.
#[derive(Component)]
pub struct CoarseNote;

/// How finely the table reads the counterpart: by the level of whoever sits across.
pub fn precision(session: &Session) -> Precision {
    let across = &session.seats[session.viewer.other().index()];
    Precision::against(across, &session.game.scenario().difficulties)
}

fn meter_colour(meter: Meter) -> Color {
    match meter {
        Meter::NoAnswer => SEPIA,
        Meter::FarApart => SEAL_RED,
        Meter::Apart => SET_ASIDE,
        Meter::Close => INK,
        Meter::LikelySign => AGREED,
    }
}

/// Words with their reasons on hover (and on keyboard focus: reachable by Tab), and the
/// glossary's explanation of any term in them, underlined as everywhere terms are.
fn with_reasons(
    (f, l): (&Fonts, Lang),
    public: &PublicScenario,
    key: String,
    words: String,
    colour: Color,
    reasons: String,
) -> impl Bundle + use<> {
    let terms: Vec<String> = public
        .terms_in_lang(l, &words)
        .iter()
        .map(|t| t.term.to_string())
        .collect();
    let underline = if terms.is_empty() {
        Color::NONE
    } else {
        SEPIA.with_alpha(0.7)
    };
    let tip = match public.explain_in_lang(l, &words) {
        Some(lines) if reasons.is_empty() => lines,
        Some(lines) => format!("{reasons}\n{lines}"),
        None => reasons,
    };
    (
        Name::new(format!("Reasons: {key}")),
        Node {
            border: UiRect::bottom(px(1)),
            ..default()
        },
        BorderColor::all(underline),
        Explains(terms),
        TabIndex(0),
        Hovered::default(),
        AccessibleLabel::new(tr!(l, "likely-accessible", words = words.as_str(), tip = tip.as_str())),
        Tip(tip),
        widget::FocusKey(format!("likely-{key}")),
        children![widget::text(f, words, 14.0, colour)],
    )
}

fn article_title(view: &SideView<'_>, article: usize) -> String {
    view.public()
        .articles
        .get(article)
        .map_or_else(String::new, |a| a.title.clone())
}

fn option_label(l: Lang, view: &SideView<'_>, article: usize, option: Option<u8>) -> String {
    let Some(option) = option else {
        return tr!(l, "board-not-proposed");
    };
    view.public()
        .articles
        .get(article)
        .and_then(|a| a.options.get(option as usize))
        .map_or_else(String::new, |o| o.label.clone())
}

pub(super) fn spawn(
    parent: &mut ChildSpawnerCommands,
    (f, l): (&Fonts, Lang),
    session: &Session,
    draft: &Draft,
    shown: LikelyShown,
) {
    // Nothing is drafted at the mediator's last look: there is no proposal to read.
    if session.game.is_over() || !session.viewer_to_move() || super::last_look::pending(session) {
        return;
    }
    let view = session.view();
    let public = view.public();
    let them = public.party(view.side().other());
    let terms = draft.terms();
    parent
        .spawn((
            LikelyAnswer,
            widget::panel(
                "Likely answer",
                Node {
                    padding: UiRect::axes(px(8), px(4)),
                    ..widget::column(2.0)
                },
            ),
        ))
        .with_children(|panel| {
            if terms.is_empty() {
                panel.spawn(widget::italic(
                    f,
                    tr!(l, "likely-empty", them = them.player_title.as_str()),
                    14.0,
                    SEPIA,
                ));
                return;
            }
            // Worked out only when the table is redrawn: when the game or the draft changes.
            let (estimate, counter) = estimate::estimate_and_nearest(&view, &terms, precision(session));
            summary(panel, (f, l), &view, &estimate, shown);
            if !estimate.breaches.is_empty() {
                // The breaches scroll within a few lines: a counter-draft keeping three of his
                // forbidden terms once left the board two rows at 1280×720. The board marks
                // each forbidden term as well.
                panel
                    .spawn(widget::scrolling(
                        "Likely answer: not allowed",
                        Node {
                            max_height: px(56),
                            ..widget::column(1.0)
                        },
                    ))
                    .with_children(|list| {
                        for breach in &estimate.breaches {
                            let refusal = breach.refusal(view.side()).describe_in(l, session.game.scenario());
                            list.spawn((
                                BreachFlag,
                                with_reasons(
                                    (f, l),
                                    view.public(),
                                    format!("breach-{}-{}", breach.article, breach.option),
                                    tr!(l, "likely-not-allowed", breach = breach.describe_in(l, &view)),
                                    SEAL_RED,
                                    tr!(l, "likely-refusal", refusal = refusal),
                                ),
                            ));
                        }
                    });
            }
            if estimate.is_coarse() {
                panel.spawn((
                    CoarseNote,
                    widget::italic(
                        f,
                        tr!(l, "likely-coarse", them = them.player_title.as_str()),
                        13.0,
                        SEPIA,
                    ),
                ));
            }
            match shown {
                LikelyShown::Summary => {}
                LikelyShown::ByArticle => by_article(panel, (f, l), &view, &estimate),
                LikelyShown::WhatItTakes => what_it_takes(panel, (f, l), &view, &estimate, &terms, counter),
            }
        });
}

/// One line: the meter in words (its reasons on hover), where he insists, and the buttons
/// that open the rest.
fn summary(
    panel: &mut ChildSpawnerCommands,
    (f, l): (&Fonts, Lang),
    view: &SideView<'_>,
    estimate: &Estimate,
    shown: LikelyShown,
) {
    let public = view.public();
    let he = public.party(estimate.counterpart).player_title.as_str();
    let reasons: Vec<String> = estimate
        .reasons
        .iter()
        .map(|r| r.describe_in(l, public, estimate.counterpart))
        .collect();
    // Counted, not named, to keep the summary on one line: the reasons and the list by
    // article name them.
    let insists = estimate
        .articles
        .iter()
        .filter(|a| a.reception == Reception::Insists)
        .count();
    panel
        .spawn((
            Name::new("Likely answer: summary"),
            Node {
                flex_wrap: FlexWrap::Wrap,
                row_gap: px(2),
                ..widget::row(6.0)
            },
        ))
        .with_children(|row| {
            row.spawn(widget::italic(f, tr!(l, "likely-how", them = he), 14.0, SEPIA));
            row.spawn((
                MeterWords,
                with_reasons(
                    (f, l),
                    public,
                    "meter".into(),
                    estimate.meter.words_in(l),
                    meter_colour(estimate.meter),
                    reasons.join("\n"),
                ),
            ));
            if insists > 0 {
                row.spawn(widget::text(f, tr!(l, "likely-insists", count = insists), 14.0, INK));
            }
            let (articles_label, articles_tip) = if shown == LikelyShown::ByArticle {
                (tr!(l, "likely-hide-articles"), tr!(l, "likely-hide-articles.tip"))
            } else {
                (tr!(l, "likely-by-article"), tr!(l, "likely-by-article.tip"))
            };
            row.spawn(widget::keyed_button(
                f,
                &articles_label,
                &tr!(l, "likely-by-article-accessible"),
                "likely-articles",
                &articles_tip,
                ShowLikely(LikelyShown::ByArticle),
            ));
            let (take_label, take_tip) = if shown == LikelyShown::WhatItTakes {
                (tr!(l, "likely-hide-draft"), tr!(l, "likely-hide-draft.tip"))
            } else {
                (tr!(l, "likely-take"), tr!(l, "likely-take.tip"))
            };
            row.spawn(widget::keyed_button(
                f,
                &take_label,
                &tr!(l, "likely-take"),
                "likely-take",
                &take_tip,
                ShowLikely(LikelyShown::WhatItTakes),
            ));
        });
}

/// Each article of the draft: the term asked and how he is likely to take it, with the
/// reasons on hover.
fn by_article(panel: &mut ChildSpawnerCommands, (f, l): (&Fonts, Lang), view: &SideView<'_>, estimate: &Estimate) {
    let public = view.public();
    panel
        .spawn(widget::scrolling(
            "Likely answer: by article",
            Node {
                max_height: px(96),
                flex_wrap: FlexWrap::Wrap,
                column_gap: px(14),
                row_gap: px(1),
                ..widget::row(0.0)
            },
        ))
        .with_children(|list| {
            for article in &estimate.articles {
                let reasons: Vec<String> = article
                    .reasons
                    .iter()
                    .map(|r| r.describe_in(l, public, estimate.counterpart, article.article))
                    .collect();
                let colour = match article.reception {
                    Reception::Insists => SEAL_RED,
                    Reception::MayGive => INK,
                    Reception::WouldAccept => AGREED,
                };
                list.spawn(with_reasons(
                    (f, l),
                    public,
                    format!("article-{}", article.article),
                    tr!(
                        l,
                        "likely-article",
                        article = article_title(view, article.article),
                        term = option_label(l, view, article.article, Some(article.option)),
                        reception = article.reception.words_in(l)
                    ),
                    colour,
                    reasons.join("\n"),
                ));
            }
        });
}

/// His likely counter-draft beside the player's, article by article, the changes marked,
/// and Adopt.
fn what_it_takes(
    panel: &mut ChildSpawnerCommands,
    (f, l): (&Fonts, Lang),
    view: &SideView<'_>,
    estimate: &Estimate,
    terms: &Terms,
    counter: Option<Terms>,
) {
    let public = view.public();
    let he = public.party(estimate.counterpart).player_title.as_str();
    let Some(counter) = counter else {
        panel.spawn(widget::italic(
            f,
            tr!(l, "likely-nothing-near", them = he),
            14.0,
            SEAL_RED,
        ));
        for reason in &estimate.reasons {
            if matches!(
                reason,
                estimate::DraftReason::NoCommonGround { .. } | estimate::DraftReason::NoTurnLeft
            ) {
                panel.spawn(widget::italic(
                    f,
                    reason.describe_in(l, public, estimate.counterpart),
                    13.0,
                    SEPIA,
                ));
            }
        }
        return;
    };
    if counter == *terms {
        panel.spawn(widget::italic(f, tr!(l, "likely-already", them = he), 14.0, AGREED));
        return;
    }
    panel
        .spawn(widget::scrolling(
            "Likely answer: his counter-draft",
            Node {
                max_height: px(96),
                ..widget::column(1.0)
            },
        ))
        .with_children(|list| {
            list.spawn(widget::row(6.0)).with_children(|head| {
                head.spawn(column_cell(
                    240.0,
                    widget::italic(f, tr!(l, "likely-column-article"), 13.0, SEPIA),
                ));
                head.spawn(column_cell(
                    230.0,
                    widget::italic(f, tr!(l, "likely-column-yours"), 13.0, SEPIA),
                ));
                head.spawn(column_cell(
                    280.0,
                    widget::italic(f, tr!(l, "likely-column-his", them = he), 13.0, SEPIA),
                ));
            });
            for article in terms.articles().union(counter.articles()).iter() {
                let (yours, his) = (terms.get(article), counter.get(article));
                let changed = yours != his;
                list.spawn(widget::row(6.0)).with_children(|row| {
                    row.spawn(column_cell(
                        240.0,
                        widget::text(f, article_title(view, article), 14.0, INK),
                    ));
                    row.spawn(column_cell(
                        230.0,
                        widget::text(f, option_label(l, view, article, yours), 14.0, INK),
                    ));
                    let (his_words, colour) = if changed {
                        let term = option_label(l, view, article, his);
                        (tr!(l, "likely-changed", term = term), SEAL_RED)
                    } else {
                        (tr!(l, "likely-same"), SEPIA)
                    };
                    row.spawn(column_cell(280.0, widget::text(f, his_words, 14.0, colour)));
                });
            }
        });
    panel.spawn(widget::row(6.0)).with_children(|row| {
        row.spawn(widget::keyed_button(
            f,
            &tr!(l, "likely-adopt"),
            &tr!(l, "likely-adopt-accessible"),
            "likely-adopt",
            &tr!(l, "likely-adopt.tip"),
            Edit::Adopt(counter),
        ));
        let note = if estimate.is_coarse() {
            tr!(l, "likely-rough")
        } else {
            tr!(l, "likely-estimate")
        };
        row.spawn(widget::italic(f, note, 13.0, SEPIA));
    });
}

fn column_cell(width: f32, content: impl Bundle) -> impl Bundle {
    (
        Node {
            width: px(width),
            flex_shrink: 0.0,
            ..default()
        },
        children![content],
    )
}
