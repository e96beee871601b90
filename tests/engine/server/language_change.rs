//! A seat that changes language mid-class (`Language`): the server sends its view again in
//! the new language and speaks it from then on; old `Join` and `Connect` messages read as
//! before; a hostile language costs nothing and reads as English; the game's own link sends
//! the change and keeps it for its reconnections.

use super::{Party, STUDENT, class_dir, create_table, start};
use portsmouth::engine::play::side::Side;
use portsmouth::i18n::Lang;
use portsmouth::net::client::{Hello, Link, LinkEvent};
use portsmouth::net::protocol::{MAX_PARTY_FRAME, PartyMessage, ServerMessage, Settings};
use std::time::{Duration, Instant};

fn cyrillic(text: &str) -> bool {
    text.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

/// The next `Settings`, skipping what comes between.
async fn next_settings(party: &mut Party) -> Box<Settings> {
    loop {
        match party.next().await.expect("the connection stays open") {
            ServerMessage::Settings(settings) => return settings,
            _ => continue,
        }
    }
}

/// The next `Error`, skipping what comes between: (kind, message).
async fn next_error(party: &mut Party) -> (String, String) {
    loop {
        if let ServerMessage::Error { kind, message } = party.next().await.expect("the connection stays open") {
            return (kind, message);
        }
    }
}

const PASS: &str = r#"{"Turn":{"turn":{}}}"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_seat_that_changes_language_hears_the_server_in_the_new_one() {
    let dir = class_dir("language-change");
    let running = start(&dir).await;
    let addr = running.addr;
    let (_, code, _) = create_table(&running, STUDENT, STUDENT, 11).await;

    // Joined as a client written before `lang` existed: English.
    let mut vera = Party::connect(addr).await;
    vera.send_raw(&format!(
        r#"{{"Join":{{"code":"{code}","name":"Vera","side":"Russia"}}}}"#
    ))
    .await;
    let english = next_settings(&mut vera).await;
    assert!(!english.lines.is_empty());
    assert!(!english.lines.iter().any(|l| cyrillic(l)), "{:?}", english.lines);
    assert!(!cyrillic(&english.view.public.title));
    let mut aiko = Party::connect(addr).await;
    aiko.join(&code, "Aiko", Some(Side::Japan)).await;
    vera.send_raw(PASS).await;
    assert_eq!(
        next_error(&mut vera).await,
        ("not_your_turn".into(), "it is the other delegation's turn".into())
    );

    // Russian from now on: the view again, the scenario's prose and the whole transcript in
    // Russian, then refusals in Russian.
    vera.send_raw(r#"{"Language":{"lang":"ru-RU"}}"#).await;
    let russian = next_settings(&mut vera).await;
    assert_eq!(russian.token, english.token, "the same seat");
    assert_eq!(russian.lines.len(), english.lines.len(), "the whole transcript, once");
    assert!(
        russian.lines.iter().any(|l| l.starts_with("Заседание 1")),
        "{:?}",
        russian.lines
    );
    assert!(cyrillic(&russian.view.public.title), "{}", russian.view.public.title);
    assert!(russian.profile.issues.iter().any(|i| cyrillic(&i.title)));
    vera.send_raw(PASS).await;
    assert_eq!(
        next_error(&mut vera).await,
        ("not_your_turn".into(), "сейчас ход другой делегации".into())
    );
    // The other seat is not touched: it still reads English.
    aiko.send_raw(r#"{"Accept":{}}"#).await;
    let (kind, message) = next_error(&mut aiko).await;
    assert_eq!(kind, "refused");
    assert!(!cyrillic(&message), "{message}");

    // A language no one speaks, a huge or garbled tag: English, as `Connect` reads them; the
    // connection goes on and nothing is kept of the tag.
    for lang in [
        "tlh".to_string(),
        "x".repeat(MAX_PARTY_FRAME - 40),
        "\u{0}\u{ffff}é".into(),
    ] {
        vera.send(&PartyMessage::Language { lang: lang.clone() }).await;
        let back = next_settings(&mut vera).await;
        assert!(!back.lines.iter().any(|l| cyrillic(l)), "{:.40}", lang);
        vera.send(&PartyMessage::Language { lang: "ru".into() }).await;
        assert!(next_settings(&mut vera).await.lines.iter().any(|l| cyrillic(l)));
    }
    // Larger than a party's frame: refused, the language stays Russian.
    vera.send(&PartyMessage::Language {
        lang: "x".repeat(MAX_PARTY_FRAME),
    })
    .await;
    let (kind, message) = next_error(&mut vera).await;
    assert_eq!(kind, "too_large");
    assert!(cyrillic(&message), "{message}");
    vera.send_raw(r#"{"Language":{"lang":17}}"#).await;
    assert_eq!(next_error(&mut vera).await.0, "malformed");

    // A change of language costs the server a whole view: it counts against the rate.
    for _ in 0..60 {
        vera.send_raw(r#"{"Language":{"lang":"da"}}"#).await;
    }
    let started = Instant::now();
    let mut too_fast = false;
    while !too_fast && started.elapsed() < Duration::from_secs(10) {
        if let ServerMessage::Error { kind, .. } = vera.next().await.expect("open") {
            too_fast = kind == "too_fast";
        }
    }
    assert!(too_fast, "sixty changes at once are paced");
    running.abort();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn old_hellos_still_read_and_a_language_before_a_seat_sets_the_refusals() {
    // Both hellos as clients wrote them before `lang` and `Language` existed.
    for old in [
        r#"{"Join":{"code":"AB","name":"x","side":"Japan"}}"#,
        r#"{"Connect":{"token":"t"}}"#,
    ] {
        assert!(serde_json::from_str::<PartyMessage>(old).is_ok(), "{old}");
    }
    let dir = class_dir("language-before-seat");
    let running = start(&dir).await;
    let mut party = Party::connect(running.addr).await;
    party.send_raw(r#"{"Connect":{"token":"no-such-token"}}"#).await;
    let english = party.expect_error("bad_token").await;
    assert!(english.starts_with("no seat has this token"), "{english}");
    // Not seated: no answer, only the refusals change.
    party.send_raw(r#"{"Language":{"lang":"ru"}}"#).await;
    party.send_raw(r#"{"Connect":{"token":"no-such-token"}}"#).await;
    let russian = party.expect_error("bad_token").await;
    assert!(russian.starts_with("места с таким токеном нет"), "{russian}");
    // A hello's own `lang` still decides.
    party
        .send_raw(r#"{"Connect":{"token":"no-such-token","lang":"en"}}"#)
        .await;
    assert_eq!(party.expect_error("bad_token").await, english);
    running.abort();
}

/// Waits (10 s at most) for the link's next message that `wanted` accepts; panics on a move
/// reported unsent.
fn wait_for<T>(link: &Link, mut wanted: impl FnMut(&ServerMessage) -> Option<T>) -> T {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(10) {
        match link.try_recv() {
            Some(LinkEvent::Message(message)) => {
                if let Some(found) = wanted(&message) {
                    return found;
                }
            }
            Some(LinkEvent::Unsent(message)) => panic!("reported unsent: {message:?}"),
            Some(LinkEvent::Status(_)) => {}
            None => std::thread::sleep(Duration::from_millis(10)),
        }
    }
    panic!("the link heard nothing wanted within 10 s");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_game_s_link_asks_for_the_new_language() {
    let dir = class_dir("link-language");
    let running = start(&dir).await;
    let (_, code, _) = create_table(&running, STUDENT, STUDENT, 11).await;
    let mut aiko = Party::connect(running.addr).await;
    aiko.join(&code, "Aiko", Some(Side::Japan)).await;
    let url = format!("ws://{}/ws", running.addr);
    let hello = Hello::Join {
        code,
        name: "Vera".into(),
        side: Some(Side::Russia),
    };
    let link = Link::open_in(url, hello, Some(Lang::English), Box::new(|| {})).expect("the link opens");
    tokio::task::spawn_blocking(move || {
        let lines = wait_for(&link, |m| match m {
            ServerMessage::Settings(s) => Some(s.lines.clone()),
            _ => None,
        });
        assert!(!lines.iter().any(|l| cyrillic(l)), "{lines:?}");
        link.set_language(Lang::Russian);
        let lines = wait_for(&link, |m| match m {
            ServerMessage::Settings(s) => Some(s.lines.clone()),
            _ => None,
        });
        assert!(lines.iter().any(|l| l.starts_with("Заседание 1")), "{lines:?}");
        link.send(serde_json::from_str(PASS).unwrap());
        let refusal = wait_for(&link, |m| match m {
            ServerMessage::Error { message, .. } => Some(message.clone()),
            _ => None,
        });
        assert_eq!(refusal, "сейчас ход другой делегации");
    })
    .await
    .expect("the link's checks pass");
    running.abort();
}
