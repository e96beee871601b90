//! What the read-back shows is what is sent: Ctrl+Enter sends the turn and nothing else,
//! even when the last clicked button still has keyboard focus (Bevy's buttons take Enter
//! as a press of the focused button).

use crate::common::*;
use bevy::input_focus::{FocusCause, InputFocus};
use bevy::prelude::*;
use bevy::ui_widgets::{Activate, ButtonPlugin};
use bevy::window::PrimaryWindow;
use portsmouth::engine::play::moves::{SideAction, Turn};
use portsmouth::engine::play::side::Side;
use portsmouth::game::draft::{Draft, SendDraft};
use portsmouth::game::session::{Difficulty, Opponent, SendTurn, Session};
use portsmouth::game::theme::widget::FocusKey;

/// The turns sent to the table, in order, each with the draft as it stood when sent.
#[derive(Resource, Default)]
struct Sent(Vec<(Turn, Draft)>);

/// A table with keyboard dispatch to the focused control, as in the window.
fn table_with_keyboard(side: Side) -> (App, Entity) {
    let mut app = app();
    // (`common::app` has the dispatch and a stand-in window.)
    app.add_plugins(ButtonPlugin);
    let window = {
        let world = app.world_mut();
        world
            .query_filtered::<Entity, With<PrimaryWindow>>()
            .single(world)
            .unwrap()
    };
    app.init_resource::<Sent>();
    app.add_observer(|sent: On<SendTurn>, draft: Res<Draft>, mut log: ResMut<Sent>| {
        log.0.push((sent.event().0, draft.clone()));
    });
    begin_at_the_table(&mut app, side, Opponent::Computer(Difficulty::Level(1)), 1);
    await_turn(&mut app);
    (app, window)
}

fn button(app: &mut App, key: &str) -> Option<Entity> {
    let world = app.world_mut();
    let mut keys = world.query::<(Entity, &FocusKey)>();
    keys.iter(world).find(|(_, k)| k.0 == key).map(|(e, _)| e)
}

/// The first article the player may propose on (it has a "next option" button).
fn first_negotiable(app: &mut App) -> Option<usize> {
    let world = app.world_mut();
    let mut keys = world.query::<&FocusKey>();
    keys.iter(world)
        .filter_map(|k| k.0.strip_prefix("next-")?.parse().ok())
        .min()
}

/// A click: the button takes focus (as the pointer gives it) and is activated.
fn click(app: &mut App, key: &str) -> bool {
    let Some(entity) = button(app, key) else { return false };
    app.world_mut()
        .resource_mut::<InputFocus>()
        .set(entity, FocusCause::Pressed);
    app.world_mut().trigger(Activate { entity });
    app.update();
    true
}

/// The turn the read-back shows: the one the draft makes now.
fn read_back(app: &App) -> (Draft, Turn) {
    let draft = app.world().resource::<Draft>().clone();
    let turn = draft.turn(&app.world().resource::<Session>().view());
    (draft, turn)
}

/// Sends with Ctrl+Enter and checks the sent turn is the one read back before.
fn send_and_check(app: &mut App, window: Entity, what: &str) -> Turn {
    let (draft, shown) = read_back(app);
    let sent_before = app.world().resource::<Sent>().0.len();
    ctrl_enter(app, window);
    let sent = &app.world().resource::<Sent>().0;
    assert_eq!(sent.len(), sent_before + 1, "{what}: Ctrl+Enter sends one turn");
    assert_eq!(sent[sent_before].0, shown, "{what}: the sent turn is the read-back's");
    assert_eq!(
        sent[sent_before].1, draft,
        "{what}: the draft was not changed by the keys"
    );
    await_turn(app);
    shown
}

#[test]
fn ctrl_enter_sends_exactly_the_read_back_after_any_button() {
    let (mut app, window) = table_with_keyboard(Side::Japan);

    // A package letter clicked twice (A, B, C), then Ctrl+Enter: it must stay C.
    // On to the first session with articles on the agenda.
    let mut article = None;
    for _ in 0..10 {
        article = first_negotiable(&mut app);
        if article.is_some() {
            break;
        }
        send(&mut app, SendDraft);
        await_turn(&mut app);
    }
    let article = article.expect("articles come on the agenda");
    if app.world().resource::<Draft>().options[article].is_none() {
        assert!(
            click(&mut app, &format!("next-{article}")),
            "the first article can be proposed"
        );
    }
    let key = format!("package-{article}");
    assert!(
        click(&mut app, &key) && click(&mut app, &key),
        "the package letter is on the board"
    );
    assert_eq!(
        app.world().resource::<Draft>().package[article],
        2,
        "two clicks make it C"
    );
    let turn = send_and_check(&mut app, window, "package letter");
    assert!(turn.propose.is_some(), "a changed package is a new proposal");

    // The last clicked button is each side action in turn: it must go out as shown.
    let mut actions_sent = 0;
    for key in ["press", "cable", "ask"] {
        if app.world().resource::<Session>().game.is_over() || !click(&mut app, key) {
            continue;
        }
        let (_, shown) = read_back(&app);
        assert!(shown.action.is_some(), "{key}: the click chose an action");
        let turn = send_and_check(&mut app, window, key);
        assert_eq!(turn.action, shown.action);
        if key == "ask" {
            assert_eq!(turn.action, Some(SideAction::AskMediator));
        }
        actions_sent += 1;
    }
    assert!(
        actions_sent >= 2,
        "at least the press and one more action were tried: {actions_sent}"
    );
}

/// The worth of a draft counts the articles still open beside it as the end of the talks
/// would settle them, and says so while there are any: in the tutorial's first sitting a
/// student's best term on Korea read as worth less than breaking off, with nothing said of
/// the island and the money still to come.
#[test]
fn the_worth_of_a_draft_says_how_it_counts_the_articles_still_open() {
    use portsmouth::game::draft::Edit;
    let mut app = app();
    begin_at_the_table(&mut app, Side::Russia, Opponent::Computer(Difficulty::Level(1)), 1);
    until_their_terms_are_on_the_table(&mut app);
    send(
        &mut app,
        Edit::Choose {
            article: 0,
            option: Some(3),
        },
    );
    let text = all_text(&mut app);
    assert!(
        text.contains("If your proposal were agreed and the talks ended there"),
        "{text}"
    );
    send(&mut app, Edit::CounterFromOffer);
    let text = all_text(&mut app);
    assert!(
        text.contains("If your proposal were agreed, the treaty would be worth"),
        "{text}"
    );
    assert!(!text.contains("the talks ended there"), "{text}");
}
