//! The likely answer in the table's footer: the meter in words for the draft, the player's
//! own red-line breaches flagged before sending, "What would it take?" and Adopt, the coarse
//! note at the hardest level, and reasons that cite what is publicly known of him — never a
//! percentage of what a treaty is worth to him.

use crate::common::*;
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use portsmouth::engine::analysis::estimate::{self, Meter};
use portsmouth::engine::play::moves::{Terms, Turn};
use portsmouth::engine::play::side::Side;
use portsmouth::engine::play::view::SideView;
use portsmouth::game::draft::{Draft, Edit, SendDraft};
use portsmouth::game::screens::table::likely::{
    self, BreachFlag, CoarseNote, LikelyAnswer, LikelyShown, MeterWords, ShowLikely,
};
use portsmouth::game::session::{Difficulty, Opponent, Session};
use portsmouth::game::settings::Settings;
use portsmouth::game::theme::widget::{FocusKey, Tip};
use portsmouth::i18n::Lang;

const METER_WORDS: [Meter; 4] = [Meter::FarApart, Meter::Apart, Meter::Close, Meter::LikelySign];

fn at_the_table(side: Side, level: u8, seed: u64) -> App {
    let mut app = app();
    begin_at_the_table(&mut app, side, Opponent::Computer(Difficulty::Level(level)), seed);
    until_their_terms_are_on_the_table(&mut app);
    app
}

fn all_of<C: Component>(app: &mut App) -> Vec<Entity> {
    let world = app.world_mut();
    let mut query = world.query_filtered::<Entity, With<C>>();
    query.iter(world).collect()
}

/// The texts of `entity` and everything under it.
fn texts_under(app: &App, entity: Entity) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![entity];
    while let Some(at) = stack.pop() {
        if let Some(text) = app.world().get::<Text>(at) {
            found.push(text.0.clone());
        }
        if let Some(children) = app.world().get::<Children>(at) {
            stack.extend(children.iter());
        }
    }
    found
}

/// The reasons on hover under `entity`.
fn tips_under(app: &App, entity: Entity) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![entity];
    while let Some(at) = stack.pop() {
        if let Some(tip) = app.world().get::<Tip>(at) {
            found.push(tip.0.clone());
        }
        if let Some(children) = app.world().get::<Children>(at) {
            stack.extend(children.iter());
        }
    }
    found
}

fn likely_panel(app: &mut App) -> Entity {
    let panels = all_of::<LikelyAnswer>(app);
    assert_eq!(panels.len(), 1, "one likely answer in the footer");
    panels[0]
}

fn meter_shown(app: &mut App) -> String {
    let meters = all_of::<MeterWords>(app);
    assert_eq!(meters.len(), 1, "the meter is shown once");
    texts_under(app, meters[0]).join(" ")
}

/// Puts every negotiable article in the proposal with the `pick`ed option of those the
/// player's instructions allow.
fn draft_every_article(app: &mut App, pick: impl Fn(&[u8]) -> u8) {
    let session = app.world().resource::<Session>();
    let view = session.view();
    let edits: Vec<Edit> = view
        .negotiable()
        .iter()
        .map(|a| {
            let count = view.public().articles[a].options.len() as u8;
            let allowed: Vec<u8> = (0..count).filter(|o| view.forbidden(a) & (1 << o) == 0).collect();
            Edit::Choose {
                article: a,
                option: Some(pick(&allowed)),
            }
        })
        .collect();
    for edit in edits {
        send(app, edit);
    }
}

fn click(app: &mut App, key: &str) {
    let world = app.world_mut();
    let mut keys = world.query::<(Entity, &FocusKey)>();
    let entity = keys
        .iter(world)
        .find(|(_, k)| k.0 == key)
        .map(|(e, _)| e)
        .unwrap_or_else(|| panic!("no {key} button"));
    app.world_mut().trigger(Activate { entity });
    app.update();
}

/// A draft of one allowed term whose counter-draft differs from it, if the player's view
/// has one now.
fn draft_with_a_counter(app: &App) -> Option<(usize, u8)> {
    let session = app.world().resource::<Session>();
    let view = session.view();
    let precision = likely::precision(session);
    view.negotiable().iter().find_map(|a| {
        let count = view.public().articles[a].options.len() as u8;
        (0..count)
            .filter(|o| view.forbidden(a) & (1 << o) == 0)
            .find(|&o| {
                let mut terms = Terms::EMPTY;
                terms.set(a, o);
                estimate::what_would_it_take(&view, &terms, precision).is_some_and(|t| t != terms)
            })
            .map(|o| (a, o))
    })
}

#[test]
fn the_meter_words_the_draft_and_what_it_would_take_is_adopted() {
    let mut app = at_the_table(Side::Japan, 1, 5);
    // At a level that does not hide its hand, the reading is fine: no coarse note.
    assert!(all_of::<CoarseNote>(&mut app).is_empty());

    // Every article drafted: the meter shows one of its words, and the reasons cite what is
    // publicly known of him, with no percentage anywhere.
    draft_every_article(&mut app, |allowed| allowed[0]);
    let shown = meter_shown(&mut app);
    assert!(
        METER_WORDS.iter().any(|m| shown == m.words()),
        "a meter word is shown: {shown}"
    );
    // The table works the estimate out at each redraw, uncached: it must be quick with
    // every article of the largest scenario drafted.
    {
        let session = app.world().resource::<Session>();
        let terms = app.world().resource::<Draft>().terms();
        let start = std::time::Instant::now();
        std::hint::black_box(estimate::estimate_and_nearest(
            &session.view(),
            &terms,
            likely::precision(session),
        ));
        let took = start.elapsed();
        println!(
            "estimate and counter-draft, {} articles drafted: {took:?}",
            terms.articles().len()
        );
        assert!(took.as_millis() < 100, "{took:?}");
    }
    send(&mut app, ShowLikely(LikelyShown::ByArticle));
    let panel = likely_panel(&mut app);
    let tips = tips_under(&app, panel);
    let everything: Vec<String> = texts_under(&app, panel).into_iter().chain(tips.clone()).collect();
    assert!(
        everything.iter().all(|t| !t.contains('%')),
        "no percentage in the likely answer: {everything:?}"
    );
    let position = {
        let session = app.world().resource::<Session>();
        session.game.scenario().party(Side::Russia).public_position.clone()
    };
    assert!(
        tips.iter().any(|t| t.contains(&position)),
        "the meter's reasons cite his public position: {tips:?}"
    );
    assert!(
        tips.iter().any(|t| t.contains("known")),
        "the articles' reasons cite what is known of him: {tips:?}"
    );

    // A draft he would answer with something else, within a few sessions.
    let mut found = None;
    for _ in 0..6 {
        found = draft_with_a_counter(&app);
        if found.is_some() {
            break;
        }
        send(&mut app, SendDraft);
        await_turn(&mut app);
    }
    let (article, option) = found.expect("a draft with a counter-draft within six sessions");
    let drafted: Vec<usize> = app.world().resource::<Draft>().terms().articles().iter().collect();
    for a in drafted {
        send(
            &mut app,
            Edit::Choose {
                article: a,
                option: None,
            },
        );
    }
    send(
        &mut app,
        Edit::Choose {
            article,
            option: Some(option),
        },
    );

    // What would it take? Then Adopt: the draft becomes the engine's counter-draft.
    send(&mut app, ShowLikely(LikelyShown::WhatItTakes));
    let expected = {
        let session = app.world().resource::<Session>();
        let terms = app.world().resource::<Draft>().terms();
        estimate::what_would_it_take(&session.view(), &terms, likely::precision(session))
    }
    .expect("his counter-draft");
    let words = {
        let panel = likely_panel(&mut app);
        texts_under(&app, panel).join("\n")
    };
    assert!(words.contains("(changed)"), "the differences are marked: {words}");
    click(&mut app, "likely-adopt");
    assert_eq!(
        app.world().resource::<Draft>().terms(),
        expected,
        "Adopt takes his draft"
    );
    let words = {
        let panel = likely_panel(&mut app);
        texts_under(&app, panel).join("\n")
    };
    assert!(
        words.contains("already one"),
        "the adopted draft is one he would likely sign: {words}"
    );
}

#[test]
fn a_red_line_breach_is_flagged_before_sending() {
    let mut app = at_the_table(Side::Japan, 1, 2);
    let (article, option) = {
        let session = app.world().resource::<Session>();
        let view = session.view();
        view.negotiable()
            .iter()
            .find_map(|a| {
                let forbidden = view.forbidden(a);
                (0..8u8).find(|o| forbidden & (1 << o) != 0).map(|o| (a, o))
            })
            .expect("an article on the table where Japan's instructions forbid something")
    };
    assert!(
        all_of::<BreachFlag>(&mut app).is_empty(),
        "the standing draft breaks nothing"
    );
    send(
        &mut app,
        Edit::Choose {
            article,
            option: Some(option),
        },
    );
    let flags = all_of::<BreachFlag>(&mut app);
    assert_eq!(flags.len(), 1, "the breach is flagged");
    let words = texts_under(&app, flags[0]).join(" ");
    assert!(
        words.contains("Not allowed") && words.contains("forbid"),
        "it names the player's instruction: {words}"
    );
    let tip = tips_under(&app, flags[0]).join(" ");
    assert!(tip.contains("refuse"), "and says the table would refuse it: {tip}");
}

#[test]
fn at_shrewd_the_screen_says_the_reading_is_coarse() {
    let mut app = at_the_table(Side::Russia, 2, 7);
    draft_every_article(&mut app, |allowed| allowed[0]);
    assert_eq!(all_of::<CoarseNote>(&mut app).len(), 1, "the coarse note shows");
    let shown = meter_shown(&mut app);
    assert!(
        shown == Meter::FarApart.words() || shown == Meter::Close.words(),
        "a coarse meter: {shown}"
    );
    // The list by article says only "he insists" or "he may give".
    send(&mut app, ShowLikely(LikelyShown::ByArticle));
    let words = {
        let panel = likely_panel(&mut app);
        texts_under(&app, panel)
    }
    .join("\n");
    assert!(words.contains("he insists") || words.contains("he may give"), "{words}");
    assert!(!words.contains("he would accept"), "{words}");
}

/// The papers at the table are the side to move's: in hot-seat, each player's likely
/// answer reads the other from their own view, and nothing there hides its hand.
#[test]
fn in_hot_seat_the_likely_answer_is_for_the_side_to_move() {
    use portsmouth::game::Screen;
    use portsmouth::game::screens::{Begin, BeginNegotiating, Go, NewGameEdit, TakeSeat};
    let mut app = app();
    send(&mut app, Go(Screen::NewGame));
    send(&mut app, NewGameEdit::Side(Side::Japan));
    send(&mut app, NewGameEdit::Opponent(Opponent::Human));
    send(&mut app, NewGameEdit::Seed(3));
    send(&mut app, Begin);
    let mut read = Vec::new();
    for _ in 0..6 {
        // The same side may move twice running; else the seat is handed over.
        if screen(&app) == Screen::Handover {
            send(&mut app, TakeSeat);
        }
        if screen(&app) == Screen::Briefing {
            send(&mut app, BeginNegotiating);
        }
        assert_eq!(screen(&app), Screen::Table);
        draft_every_article(&mut app, |allowed| allowed[allowed.len() - 1]);
        let (he, precision) = {
            let session = app.world().resource::<Session>();
            let scenario = session.game.scenario();
            (
                scenario.party(session.viewer.other()).player_title.clone(),
                likely::precision(session),
            )
        };
        assert_eq!(precision, estimate::Precision::Fine, "a second player is read finely");
        let words = {
            let panel = likely_panel(&mut app);
            texts_under(&app, panel).join("\n")
        };
        let drafted = !app.world().resource::<Draft>().terms().is_empty();
        if drafted {
            assert!(
                words.contains(&format!("How {he} is likely to answer")),
                "the other side is read: {words}"
            );
            read.push(app.world().resource::<Session>().viewer);
        }
        // An empty turn: the talks go on without this test playing them.
        send(&mut app, Edit::Reset);
        send(&mut app, SendDraft);
        let notice = app.world().resource::<Session>().notice.clone();
        assert!(notice.is_none(), "the empty turn was played: {notice:?}");
    }
    assert!(
        read.contains(&Side::Japan) && read.contains(&Side::Russia),
        "both players saw a likely answer: {read:?}"
    );
}

/// The reasons on hover in the player's language: the counterpart's
/// title in its Japanese or Russian form and none of the English sentences.
#[test]
fn the_reasons_on_hover_are_in_the_players_language() {
    const ENGLISH: [&str; 8] = [
        "As far as we can tell",
        "is known to care",
        "public position",
        "has put nothing on the table",
        "talks are",
        "has never offered",
        "Your instructions from",
        "publicly known to favour",
    ];
    for (lang, his_title) in [(Lang::Japanese, "ウィッテ"), (Lang::Russian, "Витте")] {
        let mut app = app();
        app.world_mut().resource_mut::<Settings>().language = Some(lang);
        app.update();
        begin_at_the_table(&mut app, Side::Japan, Opponent::Computer(Difficulty::Level(1)), 5);
        until_their_terms_are_on_the_table(&mut app);
        // Every article at the first option the instructions allow: a reason for each.
        draft_every_article(&mut app, |allowed| allowed[0]);
        send(&mut app, ShowLikely(LikelyShown::ByArticle));
        let panel = likely_panel(&mut app);
        let tips = tips_under(&app, panel);
        assert!(tips.len() > 5, "{lang:?}: reasons on hover: {tips:?}");
        assert!(
            tips.iter().any(|t| t.contains(his_title)),
            "{lang:?}: the reasons name {his_title}: {tips:#?}"
        );
        for tip in &tips {
            for english in ENGLISH {
                assert!(!tip.contains(english), "{lang:?}: still in English: {tip:?}");
            }
        }
    }
}

/// Both sides pass, in the engine, until it is the player's move and `until` holds of the
/// player's view; then the screen redraws.
fn pass_until(app: &mut App, until: impl Fn(&SideView<'_>) -> bool) {
    {
        let mut session = app.world_mut().resource_mut::<Session>();
        while !(session.viewer_to_move() && until(&session.view())) {
            let mover = session.game.to_move().expect("the talks run to their last turn");
            session.game.play(mover, Turn::PASS).unwrap();
        }
    }
    app.update();
}

/// On the last turn of the talks, where nothing proposed can be answered, the header says so
/// and the likely answer says he cannot answer — it neither rates the draft nor offers a
/// counter-draft he "would sign".
#[test]
fn on_the_last_turn_the_table_says_he_cannot_answer() {
    let mut app = at_the_table(Side::Russia, 1, 5);
    // Both sides pass, in the engine: first to Witte's last proposal Komura can answer (his
    // second-to-last turn: Russia moves second in the last session), then to his last turn,
    // when Komura has none left.
    pass_until(&mut app, |view| view.is_last_answerable_proposal());
    let all = all_text(&mut app);
    assert!(all.contains("your last proposal Komura can still answer"), "{all}");
    pass_until(&mut app, |view| view.is_final_turn());
    let all = all_text(&mut app);
    assert!(
        all.contains("the last of the talks: a proposal now cannot be answered"),
        "{all}"
    );
    draft_every_article(&mut app, |allowed| allowed[0]);
    app.update();
    assert_eq!(meter_shown(&mut app), Meter::NoAnswer.words());
    let panel = likely_panel(&mut app);
    let tips = tips_under(&app, panel).join("\n");
    assert!(tips.contains("Komura has no turn left"), "{tips}");
    click(&mut app, "likely-take");
    let panel = likely_panel(&mut app);
    let shown = texts_under(&app, panel).join("\n");
    assert!(shown.contains("Nothing near your proposal"), "{shown}");
    assert!(shown.contains("Komura has no turn left"), "{shown}");
}

#[test]
fn at_1280x720_the_board_keeps_its_rows_when_the_draft_breaks_several_instructions() {
    for lang in [None, Some(portsmouth::i18n::Lang::Japanese)] {
        board_keeps_its_rows_in(lang);
    }
}

/// The board's height at 1280×720 when Witte counters from Komura's opening, in `lang`
/// (`None`: English), checked to keep four or five rows.
fn board_keeps_its_rows_in(lang: Option<portsmouth::i18n::Lang>) {
    let mut app = crate::fit::layout_app(1280, 720, 1.0);
    app.world_mut()
        .resource_mut::<portsmouth::game::settings::Settings>()
        .language = lang;
    begin_at_the_table(&mut app, Side::Russia, Opponent::Computer(Difficulty::Level(2)), 9);
    until_their_terms_are_on_the_table(&mut app);
    // Witte counters from Komura's opening, as a student starts: it keeps every term his
    // instructions forbid (the island, the money, the fleet) until he changes them.
    send(&mut app, Edit::CounterFromOffer);
    for _ in 0..4 {
        app.update();
    }
    if lang.is_some() {
        let text = crate::common::all_text(&mut app);
        assert!(text.contains("条項"), "the table is drawn in Japanese: {text}");
    }
    let breaches = all_of::<BreachFlag>(&mut app).len();
    assert!(breaches >= 3, "three or more breaches flagged: {breaches}");
    let board = {
        let world = app.world_mut();
        let mut q = world.query_filtered::<&ComputedNode, With<portsmouth::game::screens::table::BoardScroll>>();
        q.single(world).unwrap().size()
    };
    // A third of the window at least: four or five rows of the board, not two.
    assert!(
        board.y >= 720.0 / 3.0,
        "{lang:?}: the board is squeezed to {:.0} px",
        board.y
    );
}
