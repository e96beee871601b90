//! The articles board: every article, its state and how far apart the two delegations'
//! standing offers are on it; the standing offers of the other side and of the mediator
//! (each a button that cycles the answer to its package), with what each term is worth to
//! the player and whether the player's instructions forbid it, terms turned down shown
//! greyed until replaced, and ground taken back said in words; and the player's proposal
//! being built — an option per article, grouped into packages, beside the one standing on
//! the table, with what each choice is worth to the player. Worth has one unit everywhere:
//! percent, 0 the player's worst and 100 the best (explained in the board's first line).

use crate::engine::play::moves::{Proposal, Terms};
use crate::engine::play::side::Side;
use crate::engine::play::state::{Author, Status};
use crate::engine::play::view::SideView;
use crate::engine::records::offers::Offers;
use crate::engine::records::retraction::{self, Retraction};
use crate::engine::records::transcript::What;
use crate::engine::scenario::Scenario;
use crate::game::draft::{Answer, Draft, Edit, Offeror, PACKAGES};
use crate::game::session::Session;
use crate::game::theme::Fonts;
use crate::game::theme::note;
use crate::game::theme::palette::*;
use crate::game::theme::widget::{self, Activated, ButtonLabel};
use crate::i18n::Lang;
use crate::tr;
use bevy::prelude::*;

/// Marks the board, for tests.
#[derive(Component)]
pub struct Board;

/// Column widths, in percent of a row and in the order of the header: shares of the
/// board's width, so the board narrows with the window and the UI scale (its texts wrap)
/// rather than spill past the side column. (They were 150, 54, 165, 125, 196, 24 and 36 px
/// of an 800 px column.) The gaps between cells take the rest.
const WIDTHS: [f32; 7] = [18.8, 6.8, 20.6, 15.6, 24.5, 3.0, 4.5];

fn cell(width: f32) -> Node {
    Node {
        width: percent(width),
        min_width: px(0),
        flex_shrink: 0.0,
        flex_wrap: FlexWrap::Wrap,
        align_items: AlignItems::Center,
        column_gap: px(3),
        ..default()
    }
}

/// A cell whose lines stack: the term, then small notes under it.
fn stacked(width: f32) -> Node {
    Node {
        width: percent(width),
        min_width: px(0),
        flex_shrink: 0.0,
        flex_direction: FlexDirection::Column,
        row_gap: px(1),
        ..default()
    }
}

/// How a small note under a term reads.
const NOTE: f32 = 12.0;

/// Under the title of an article whose offer the player is setting aside in this turn (in
/// English: the mark is `board-set-aside-mark` in each language).
pub const SET_ASIDE_MARK: &str = "set aside for now";

/// Marks the "set aside for now" note on the board, for tests.
#[derive(Component)]
pub struct SetAsideMark;

/// How far apart two terms are, in words.
pub fn gap_words(l: Lang, theirs: u8, yours: u8) -> String {
    tr!(l, "board-gap", steps = theirs.abs_diff(yours))
}

/// Sentences one after another: a space between them, none in Japanese.
fn sentences(l: Lang, parts: &[String]) -> String {
    let parts: Vec<&str> = parts.iter().map(String::as_str).filter(|p| !p.is_empty()).collect();
    parts.join(if l == Lang::Japanese { "" } else { " " })
}

/// What an option is worth to the viewing side on its article: percent of the way from its
/// worst option there (0) to its best (100).
pub fn option_worth(view: &SideView<'_>, article: usize, option: u8) -> i32 {
    let count = view.public().articles[article].options.len() as u8;
    let (lo, hi) = (0..count)
        .map(|x| view.own_points(article, x))
        .fold((i32::MAX, i32::MIN), |(lo, hi), p| (lo.min(p), hi.max(p)));
    if hi <= lo {
        return 100;
    }
    (100.0 * (view.own_points(article, option) - lo) as f64 / (hi - lo) as f64).round() as i32
}

/// What the board says of the offers on the table, read once per redraw.
struct Table<'a> {
    offers: Offers,
    /// What the other side took back in its latest proposal.
    their_retractions: Vec<Retraction>,
    /// What the drafted proposal would take back.
    own_retractions: Vec<Retraction>,
    scenario: &'a Scenario,
}

impl<'a> Table<'a> {
    fn read(session: &'a Session, draft: &Draft) -> Table<'a> {
        let scenario = session.game.scenario();
        let transcript = session.game.transcript();
        let view = session.view();
        let side = session.viewer;
        let latest = transcript.entries.iter().rev().find(|e| match &e.what {
            What::Moved { side: s, turn, .. } => *s == side.other() && turn.propose.is_some(),
            _ => false,
        });
        let their_retractions = latest.map_or_else(Vec::new, |e| retraction::of_entry(scenario, transcript, e));
        let turn = draft.turn(&view);
        let own_retractions = match &turn.propose {
            Some(p) => retraction::of_draft(scenario, transcript, side, p, &turn),
            None => Vec::new(),
        };
        Table {
            offers: Offers::after(&transcript.entries),
            their_retractions,
            own_retractions,
            scenario,
        }
    }

    /// The term taken back on `article`, if `found` takes one back.
    fn taken_back(&self, found: &[Retraction], article: usize) -> Option<&'a str> {
        let r = found.iter().find(|r| r.article == article)?;
        Some(self.scenario.option_label(article, r.from))
    }
}

fn next_answer(answer: Option<Answer>) -> Option<Answer> {
    match answer {
        None => Some(Answer::Accept),
        Some(Answer::Accept) => Some(Answer::Reject),
        Some(Answer::Reject) => Some(Answer::SetAside),
        Some(Answer::SetAside) => None,
    }
}

/// The answer given to a term, as the board's selector names it.
fn answer_word(answer: Option<Answer>) -> &'static str {
    match answer {
        None => "none",
        Some(Answer::Accept) => "accept",
        Some(Answer::Reject) => "reject",
        Some(Answer::SetAside) => "set-aside",
    }
}

pub(super) fn spawn(parent: &mut ChildSpawnerCommands, f: &Fonts, l: Lang, session: &Session, draft: &Draft) {
    let rows = Rows::read(l, session, draft);
    let (view, scenario, mine) = (&rows.view, rows.scenario, rows.mine);
    let them = scenario.party(session.viewer.other());
    parent
        .spawn((
            widget::panel(
                "Articles board",
                Node {
                    padding: UiRect::axes(px(8), px(6)),
                    ..widget::column(1.0)
                },
            ),
            Board,
        ))
        .with_children(|board| {
            summary(board, (f, l), session, view, mine);
            board.spawn(widget::row(4.0)).with_children(|head| {
                let titles = [
                    tr!(l, "board-column-article"),
                    tr!(l, "board-column-state"),
                    tr!(l, "board-column-their-offer", them = them.player_title.as_str()),
                    scenario.mediator.name.clone(),
                    tr!(l, "board-column-your-proposal"),
                    tr!(l, "board-column-package"),
                    tr!(l, "board-column-worth"),
                ];
                for (title, width) in titles.into_iter().zip(WIDTHS) {
                    head.spawn((cell(width), children![widget::italic(f, title, 14.0, SEPIA)]));
                }
            });
            for (a, article) in scenario.articles.iter().enumerate() {
                board
                    .spawn((
                        Name::new(format!("Article: {}", article.id)),
                        widget::row(4.0),
                        BoardRow(a),
                    ))
                    .with_children(|row| rows.cells(row, f, a));
                if let Some(n) = &article.note {
                    board.spawn(note::note_body((f, l), &format!("board-{}", article.id), scenario, n));
                }
            }
        });
}

/// One article's row on the board, by index: drawn again on its own when its key changes.
#[derive(Component, Clone, Copy, Debug, PartialEq, Eq)]
pub struct BoardRow(pub usize);

/// A cell of an article's row whose contents follow the draft: drawn again on its own
/// when its key changes. The rest of a row comes from the game, and a change there redraws
/// the whole board; the buttons in a row (the arrows, the answers, the package letter) are
/// kept, their labels changed in place, so the one pressed keeps the focus.
#[derive(Component, Clone, Copy, Debug, PartialEq, Eq)]
pub struct BoardCell {
    pub article: usize,
    pub part: CellPart,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellPart {
    /// The title, greyed while the player sets the article's offer aside.
    Title,
    /// The drafted term between the arrows.
    Term,
    /// Under the drafted term: the proposal on the table, or ground taken back.
    Notes,
    /// The package letter's place.
    Package,
    /// What the drafted term is worth.
    Worth,
}

/// What a cell showed of the draft when it was drawn.
#[derive(Component, Clone, Copy, Debug, PartialEq, Eq)]
pub struct CellKey([Option<u8>; 3]);

/// An answer button on a standing offer (`offer`: 0 the other side's, 1 the mediator's).
#[derive(Component, Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnswerButton {
    offer: usize,
    article: usize,
}

/// The package letter's button.
#[derive(Component, Clone, Copy, Debug, PartialEq, Eq)]
pub struct PackageButton(usize);

/// What the rows are drawn from, read once.
pub(super) struct Rows<'a> {
    l: Lang,
    session: &'a Session,
    draft: &'a Draft,
    view: SideView<'a>,
    scenario: &'a Scenario,
    mine: bool,
    offers: [Proposal; 2],
    table: Table<'a>,
    own: Proposal,
}

impl<'a> Rows<'a> {
    pub(super) fn read(l: Lang, session: &'a Session, draft: &'a Draft) -> Rows<'a> {
        let view = session.view();
        Rows {
            l,
            session,
            draft,
            scenario: session.game.scenario(),
            // At the mediator's last look the only move is an answer to his amendment, given
            // in its own panel: the board is read-only.
            mine: session.viewer_to_move() && !super::last_look::pending(session),
            offers: [*view.opponent_proposal(), *view.mediator_proposal()],
            table: Table::read(session, draft),
            own: *view.own_proposal(),
            view,
        }
    }

    /// What cell `part` of article `a` shows of the draft.
    fn cell_key(&self, a: usize, part: CellPart) -> CellKey {
        let draft = self.draft;
        let answer = |i: usize| draft.answers[i][a].map(|x| x as u8);
        CellKey(match part {
            CellPart::Title => [answer(0), answer(1), None],
            CellPart::Term | CellPart::Worth => [draft.options[a], None, None],
            CellPart::Notes => [
                draft.options[a],
                self.table
                    .own_retractions
                    .iter()
                    .find(|r| r.article == a)
                    .map(|r| r.from),
                None,
            ],
            CellPart::Package => [draft.options[a].map(|_| 0), None, None],
        })
    }

    /// A cell's node, marked with its part and key.
    fn cell_node(&self, a: usize, part: CellPart, node: Node) -> impl Bundle {
        (node, BoardCell { article: a, part }, self.cell_key(a, part))
    }

    /// An answer button's label: the answer given, then the term.
    fn answer_label(&self, i: usize, a: usize, option: u8) -> ButtonLabel {
        let answer = self.draft.answers[i][a];
        let l = self.l;
        let term = self.scenario.option_label(a, option);
        let label = tr!(l, "board-answer", answer = answer_word(answer), term = term);
        let article = self.scenario.articles[a].in_sentence();
        ButtonLabel {
            accessible: tr!(l, "board-answer-accessible", label = label.as_str(), article = article),
            shown: label,
            chosen: None,
        }
    }

    fn package_label(&self, a: usize) -> ButtonLabel {
        let letter = (b'A' + self.draft.package[a].min(PACKAGES - 1)) as char;
        ButtonLabel {
            shown: letter.to_string(),
            accessible: tr!(
                self.l,
                "board-package-accessible",
                letter = letter.to_string(),
                article = self.scenario.articles[a].in_sentence()
            ),
            chosen: None,
        }
    }

    /// Fills cell `part` of article `a`.
    fn fill(&self, c: &mut ChildSpawnerCommands, f: &Fonts, a: usize, part: CellPart) {
        let (view, draft, scenario, l) = (&self.view, self.draft, self.scenario, self.l);
        let article = &scenario.articles[a];
        match part {
            CellPart::Title => {
                let number = article.demand.map_or(String::new(), |d| format!("{d}. "));
                // An offer the player sets aside greys its article, as a term turned down is.
                let set_aside = (0..2)
                    .any(|i| draft.answers[i][a] == Some(Answer::SetAside) && self.offers[i].terms.get(a).is_some());
                // Hook (glossary, map): the title explains its terms and lights its places.
                crate::game::theme::glossary::spawn_label(
                    c,
                    (f, l),
                    scenario,
                    format!("{number}{}", article.title),
                    (15.0, if set_aside { RULE } else { INK }),
                )
                .insert(crate::game::map::ArticleFocus(a));
                if set_aside {
                    c.spawn((
                        SetAsideMark,
                        widget::italic(f, tr!(l, "board-set-aside-mark"), NOTE, RULE),
                    ));
                }
                if let Some(n) = &article.note {
                    c.spawn(note::note_button(
                        (f, l),
                        &format!("board-{}", article.id),
                        &article.title,
                        n,
                    ));
                }
            }
            CellPart::Term => {
                let label = draft.options[a].map_or_else(
                    || tr!(l, "board-not-proposed"),
                    |o| scenario.option_label(a, o).to_string(),
                );
                let colour = if draft.options[a].is_some() { INK } else { RULE };
                c.spawn(widget::text(f, label, 13.0, colour));
            }
            CellPart::Notes => standing_notes(c, (f, l), &self.table, (self.session.viewer, &self.own), draft, a),
            CellPart::Package => {
                if draft.options[a].is_some() && self.mine {
                    c.spawn((
                        PackageButton(a),
                        widget::small_labelled_button(
                            f,
                            self.package_label(a),
                            &format!("package-{a}"),
                            &tr!(l, "board-package.tip"),
                            Edit::NextPackage { article: a },
                        ),
                    ));
                }
            }
            CellPart::Worth => {
                let worth = draft.options[a].map(|o| tr!(l, "board-percent", percent = option_worth(view, a, o)));
                c.spawn(widget::text(f, worth.unwrap_or_default(), 13.0, SEPIA));
            }
        }
    }

    /// The cells of article `a`'s row.
    fn cells(&self, row: &mut ChildSpawnerCommands, f: &Fonts, a: usize) {
        let Rows {
            session,
            ref view,
            scenario,
            mine,
            ref offers,
            ref table,
            ref own,
            l,
            ..
        } = *self;
        let authors = [Author::of(session.viewer.other()), Author::Mediator];
        row.spawn(self.cell_node(a, CellPart::Title, cell(WIDTHS[0])))
            .with_children(|c| self.fill(c, f, a, CellPart::Title));
        let (state, colour) = match view.status(a) {
            Status::Open => (tr!(l, "board-state-open"), SEPIA),
            Status::Agreed(_) => (tr!(l, "board-state-agreed"), AGREED),
            Status::SetAside => (tr!(l, "board-state-set-aside"), SET_ASIDE),
        };
        row.spawn(stacked(WIDTHS[1])).with_children(|c| {
            c.spawn(widget::text(f, state, 13.0, colour));
            // How far apart the two delegations' standing offers are.
            if let (Some(theirs), Some(yours)) = (offers[0].terms.get(a), own.terms.get(a)) {
                c.spawn(widget::italic(f, gap_words(l, theirs, yours), NOTE, SEPIA));
            }
        });
        for (i, (to, offer)) in [Offeror::Counterpart, Offeror::Mediator]
            .into_iter()
            .zip(offers)
            .enumerate()
        {
            row.spawn(stacked(WIDTHS[2 + i]))
                .with_children(|c| match offer.terms.get(a) {
                    Some(o) => {
                        let package = offer.package_of(a);
                        let label = self.answer_label(i, a, o);
                        let others: Vec<&str> = package
                            .iter()
                            .filter(|&x| x != a)
                            .map(|x| scenario.articles[x].in_sentence())
                            .collect();
                        if mine {
                            let tip = if others.is_empty() {
                                tr!(l, "board-answer-tip")
                            } else {
                                tr!(l, "board-answer-tip-linked", others = others.join(", "))
                            };
                            // The answer it gives is the next after the one in the draft when
                            // pressed: the button stays while its label follows the draft.
                            c.spawn((
                                AnswerButton { offer: i, article: a },
                                widget::small_button(
                                    f,
                                    &label.shown,
                                    label.accessible.clone(),
                                    format!("answer-{i}-{a}"),
                                    &tip,
                                    move |_: Activated, draft: Res<Draft>, mut commands: Commands| {
                                        commands.trigger(Edit::Answer {
                                            to,
                                            article: a,
                                            answer: next_answer(draft.answers[i][a]),
                                        });
                                    },
                                ),
                                label,
                            ));
                        } else {
                            c.spawn(widget::text(f, label.shown, 13.0, INK));
                        }
                        offer_notes(c, (f, l), view, a, o, others.len());
                        if i == 0
                            && let Some(was) = table.taken_back(&table.their_retractions, a)
                        {
                            c.spawn(widget::italic(
                                f,
                                tr!(l, "board-taken-back", term = was),
                                NOTE,
                                SEAL_RED,
                            ));
                        }
                    }
                    None => match table.offers.turned_down(authors[i]).get(a) {
                        // Turned down: greyed until its author replaces it.
                        Some(o) => {
                            c.spawn(widget::italic(
                                f,
                                tr!(l, "board-turned-down", term = scenario.option_label(a, o)),
                                13.0,
                                RULE,
                            ));
                        }
                        None => {
                            let withdrawn = (i == 0)
                                .then(|| table.taken_back(&table.their_retractions, a))
                                .flatten();
                            match withdrawn {
                                Some(was) => c.spawn(widget::italic(
                                    f,
                                    tr!(l, "board-taken-back", term = was),
                                    NOTE,
                                    SEAL_RED,
                                )),
                                None => c.spawn(widget::text(f, "—", 13.0, RULE)),
                            };
                        }
                    },
                });
        }
        row.spawn(stacked(WIDTHS[4])).with_children(|cell_column| {
            // The arrows and the term on one line, the term wrapping between them
            // (the cell's own share is already taken by the column around it).
            cell_column
                .spawn(Node {
                    width: percent(100),
                    align_items: AlignItems::Center,
                    column_gap: px(3),
                    ..default()
                })
                .with_children(|c| self.draft_term(c, f, a));
            if !matches!(view.status(a), Status::Agreed(_)) {
                cell_column
                    .spawn(self.cell_node(a, CellPart::Notes, widget::column(1.0)))
                    .with_children(|c| self.fill(c, f, a, CellPart::Notes));
            }
        });
        row.spawn(self.cell_node(a, CellPart::Package, cell(WIDTHS[5])))
            .with_children(|c| self.fill(c, f, a, CellPart::Package));
        row.spawn(self.cell_node(a, CellPart::Worth, cell(WIDTHS[6])))
            .with_children(|c| self.fill(c, f, a, CellPart::Worth));
    }

    /// The player's drafted term on an article, with `<` and `>` to change it: the arrows
    /// are drawn with the board, the term between them as a cell of its own.
    fn draft_term(&self, c: &mut ChildSpawnerCommands, f: &Fonts, a: usize) {
        let (view, mine, l) = (&self.view, self.mine, self.l);
        let scenario = view.public();
        let article = &scenario.articles[a];
        if let Status::Agreed(o) = view.status(a) {
            c.spawn(widget::text(f, scenario.option_label(a, o).to_string(), 13.0, AGREED));
            return;
        }
        if !view.negotiable().contains(a) {
            c.spawn(widget::italic(f, tr!(l, "board-not-on-agenda"), 13.0, RULE));
            return;
        }
        if mine {
            c.spawn(widget::keyed_button(
                f,
                "<",
                &tr!(l, "board-previous", article = article.in_sentence()),
                &format!("prev-{a}"),
                &tr!(l, "board-previous.tip"),
                Edit::Step { article: a, by: -1 },
            ));
        }
        c.spawn(self.cell_node(
            a,
            CellPart::Term,
            Node {
                flex_grow: 1.0,
                flex_shrink: 1.0,
                min_width: px(0),
                ..default()
            },
        ))
        .with_children(|c| self.fill(c, f, a, CellPart::Term));
        if mine {
            c.spawn(widget::keyed_button(
                f,
                ">",
                &tr!(l, "board-next", article = article.in_sentence()),
                &format!("next-{a}"),
                &tr!(l, "board-next.tip"),
                Edit::Step { article: a, by: 1 },
            ));
        }
    }
}

/// The board's cells and buttons that follow the draft, as drawn.
#[derive(bevy::ecs::system::SystemParam)]
pub(super) struct DrawnCells<'w, 's> {
    cells: Query<'w, 's, (Entity, &'static BoardCell, &'static CellKey)>,
    answers: Query<'w, 's, (Entity, &'static AnswerButton, &'static ButtonLabel)>,
    packages: Query<'w, 's, (Entity, &'static PackageButton, &'static ButtonLabel)>,
}

/// Draws again the cells whose part of the draft changed, and only those, and relabels the
/// row's buttons in place: after a click on an arrow, its term, notes and worth.
pub(super) fn refresh(
    commands: &mut Commands,
    drawn: &DrawnCells,
    (f, l): (&Fonts, Lang),
    session: &Session,
    draft: &Draft,
) {
    let DrawnCells {
        cells,
        answers,
        packages,
    } = drawn;
    let read = Rows::read(l, session, draft);
    for (entity, cell, drawn) in cells {
        let key = read.cell_key(cell.article, cell.part);
        if key != *drawn {
            commands.entity(entity).insert(key).despawn_related::<Children>();
            commands
                .entity(entity)
                .with_children(|c| read.fill(c, f, cell.article, cell.part));
        }
    }
    for (entity, button, shown) in answers {
        if let Some(option) = read.offers[button.offer].terms.get(button.article) {
            let label = read.answer_label(button.offer, button.article, option);
            if label != *shown {
                commands.entity(entity).insert(label);
            }
        }
    }
    for (entity, PackageButton(a), shown) in packages {
        let label = read.package_label(*a);
        if label != *shown {
            // (A package cell drawn again above has already replaced this button.)
            commands.entity(entity).try_insert(label);
        }
    }
}

/// Under a term of a standing offer: what it is worth to the player, whether the
/// player's instructions forbid it, and the package it is tied into.
fn offer_notes(
    c: &mut ChildSpawnerCommands,
    (f, l): (&Fonts, Lang),
    view: &SideView<'_>,
    article: usize,
    option: u8,
    linked: usize,
) {
    let forbidden = view.forbidden(article) & (1 << option) != 0;
    let worth = tr!(l, "board-worth-to-you", percent = option_worth(view, article, option));
    c.spawn(widget::italic(f, worth, NOTE, SEPIA));
    if forbidden {
        c.spawn(widget::italic(f, tr!(l, "board-forbidden"), NOTE, SEAL_RED));
    }
    if linked > 0 {
        c.spawn(widget::italic(
            f,
            tr!(l, "board-in-package", count = linked),
            NOTE,
            SEPIA,
        ));
    }
}

/// Under the player's drafted term: the player's own proposal standing on the table (or
/// turned down, greyed), and ground the draft would take back.
fn standing_notes(
    c: &mut ChildSpawnerCommands,
    (f, l): (&Fonts, Lang),
    table: &Table<'_>,
    (side, own): (Side, &Proposal),
    draft: &Draft,
    article: usize,
) {
    let scenario = table.scenario;
    let mine = Author::of(side);
    match (own.terms.get(article), table.offers.turned_down(mine).get(article)) {
        (Some(o), _) if draft.options[article] != Some(o) => {
            c.spawn(widget::italic(
                f,
                tr!(l, "board-on-the-table", term = scenario.option_label(article, o)),
                NOTE,
                SEPIA,
            ));
        }
        (Some(_), _) => {
            c.spawn(widget::italic(f, tr!(l, "board-as-on-the-table"), NOTE, SEPIA));
        }
        (None, Some(o)) => {
            c.spawn(widget::italic(
                f,
                tr!(l, "board-yours-turned-down", term = scenario.option_label(article, o)),
                NOTE,
                RULE,
            ));
        }
        (None, None) => {}
    }
    if let Some(was) = table.taken_back(&table.own_retractions, article) {
        c.spawn(widget::italic(
            f,
            tr!(l, "board-takes-back", term = was),
            NOTE,
            SEAL_RED,
        ));
    }
}

/// The board's first lines: what the other side's offer, taken whole, is worth to the
/// player and what in it the instructions forbid — before the player answers — with the
/// unit of worth explained once; and the buttons that start a draft from either standing
/// offer.
fn summary(
    board: &mut ChildSpawnerCommands,
    (f, l): (&Fonts, Lang),
    session: &Session,
    view: &SideView<'_>,
    mine: bool,
) {
    let scenario = session.game.scenario();
    let them = scenario.party(session.viewer.other()).player_title.as_str();
    let offer = view.opponent_proposal();
    let said = if offer.is_empty() {
        vec![tr!(l, "board-summary-no-offer", them = them)]
    } else {
        let worth = format!("{:.0}", 100.0 * view.value_if_agreed(&offer.terms));
        let forbidden = forbidden_terms(view, &offer.terms);
        let breach = match forbidden {
            0 => view
                .mandate_violation(&offer.terms)
                .and_then(|r| view.red_line(r))
                .map_or(String::new(), |line| {
                    tr!(l, "board-summary-breach", line = line.text.as_str())
                }),
            n => tr!(l, "board-summary-forbidden", count = n),
        };
        vec![tr!(l, "board-summary-worth", them = them, percent = worth), breach]
    };
    let unit = tr!(l, "board-summary-unit");
    board.spawn(widget::italic(
        f,
        sentences(l, &[said, vec![unit]].concat()),
        13.0,
        SEPIA,
    ));
    if !mine {
        return;
    }
    board.spawn(widget::row(6.0)).with_children(|row| {
        if !offer.is_empty() {
            row.spawn(widget::keyed_button(
                f,
                &tr!(l, "board-counter"),
                &tr!(l, "board-counter-accessible", them = them),
                "counter",
                &tr!(l, "board-counter-tip", them = them),
                Edit::CounterFromOffer,
            ));
        }
        if !view.own_proposal().is_empty() {
            row.spawn(widget::keyed_button(
                f,
                &tr!(l, "board-repeat"),
                &tr!(l, "board-repeat"),
                "repeat",
                &tr!(l, "board-repeat.tip"),
                Edit::RepeatOwn,
            ));
        }
    });
}

/// How many of `terms` the viewer's instructions forbid outright.
fn forbidden_terms(view: &SideView<'_>, terms: &Terms) -> usize {
    terms.iter().filter(|&(a, o)| view.forbidden(a) & (1 << o) != 0).count()
}
