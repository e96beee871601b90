//! What a party may not do is answered with a typed error and changes nothing: out of turn,
//! illegal moves, malformed and oversized frames, bad tokens, a second connection.

use super::*;
use portsmouth::net::protocol::MAX_PARTY_FRAME;
use portsmouth::net::server::MAX_TRANSPORT_FRAME;

fn pass() -> PartyMessage {
    PartyMessage::Turn {
        turn: Default::default(),
        text: None,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusals_are_typed_and_leave_the_game_as_it_was() {
    let dir = class_dir("refusals");
    let running = start(&dir).await;
    let (_, code, _) = create_table(&running, STUDENT, STUDENT, 11).await;

    let mut stranger = Party::connect(running.addr).await;
    stranger.send(&PartyMessage::Accept { text: None }).await;
    stranger.expect_error("not_joined").await;
    stranger
        .send(&PartyMessage::Connect {
            token: "0".repeat(32),
            lang: None,
        })
        .await;
    stranger.expect_error("bad_token").await;
    stranger
        .send(&PartyMessage::Join {
            code: "ZZZZZ".into(),
            name: "X".into(),
            side: None,
            lang: None,
        })
        .await;
    stranger.expect_error("unknown_code").await;
    stranger
        .send(&PartyMessage::Join {
            code: code.clone(),
            name: "x".repeat(41),
            side: None,
            lang: None,
        })
        .await;
    stranger.expect_error("malformed").await;

    let mut japan = Party::connect(running.addr).await;
    japan.join(&code, "Aiko", Some(Side::Japan)).await;
    let mut russia = Party::connect(running.addr).await;
    russia.join(&code, "Boris", Some(Side::Russia)).await;
    stranger
        .send(&PartyMessage::Join {
            code: code.clone(),
            name: "Carl".into(),
            side: None,
            lang: None,
        })
        .await;
    stranger.expect_error("table_full").await;

    // Japan opens the talks.
    assert!(matches!(japan.next().await, Some(ServerMessage::YourTurn { .. })));
    russia.send(&pass()).await;
    russia.expect_error("not_your_turn").await;
    japan
        .send(&PartyMessage::Offer {
            bid: Bid::from([("no_such_article".to_string(), "x".to_string())]),
            text: None,
        })
        .await;
    assert!(japan.expect_error("refused").await.contains("no_such_article"));
    japan.send(&PartyMessage::Accept { text: None }).await;
    japan.expect_error("refused").await;
    japan.send_raw("{not json").await;
    japan.expect_error("malformed").await;
    japan.send_raw(r#"{"Accept":{"txt":"typo"}}"#).await;
    japan.expect_error("malformed").await;
    japan.ws.send(Message::binary(vec![1u8, 2, 3])).await.unwrap();
    japan.expect_error("malformed").await;
    japan
        .send_raw(&format!(r#"{{"Ping":"{}"}}"#, "x".repeat(MAX_PARTY_FRAME)))
        .await;
    japan.expect_error("too_large").await;
    japan
        .send(&PartyMessage::Join {
            code: code.clone(),
            name: "Again".into(),
            side: None,
            lang: None,
        })
        .await;
    japan.expect_error("malformed").await;

    // A second connection for a held seat is refused; the first keeps it.
    let mut twin = Party::connect(running.addr).await;
    twin.send(&PartyMessage::Connect {
        token: japan.token.clone(),
        lang: None,
    })
    .await;
    twin.expect_error("seat_in_use").await;

    // None of it moved the game: Japan's turn still, and it plays.
    japan.send(&pass()).await;
    let Some(ServerMessage::ActionDone(done)) = japan.next().await else {
        panic!("Japan's pass is played")
    };
    assert_eq!((done.by, done.state.turns_played), (Side::Japan, 1));

    // Too fast: a burst far beyond the limit gets `too_fast`, then the connection calms.
    for _ in 0..80 {
        russia.send(&PartyMessage::Ping).await;
    }
    let mut too_fast = 0;
    let mut pongs = 0;
    while too_fast + pongs < 80 {
        match russia.next().await.unwrap() {
            ServerMessage::Error { kind, .. } if kind == "too_fast" => too_fast += 1,
            ServerMessage::Pong => pongs += 1,
            _ => {}
        }
    }
    assert!(too_fast > 0 && pongs >= 20, "{too_fast} refused, {pongs} answered");

    // A frame beyond the transport's limit closes that connection only.
    japan.send_raw(&"x".repeat(MAX_TRANSPORT_FRAME + 1)).await;
    while japan.next().await.is_some() {}
    // Its seat is free again: the student reconnects with the token and is told it is not its turn.
    let mut again = Party::connect(running.addr).await;
    let mut connected = false;
    for _ in 0..50 {
        again
            .send(&PartyMessage::Connect {
                token: japan.token.clone(),
                lang: None,
            })
            .await;
        match again.next().await {
            Some(ServerMessage::Settings(s)) => {
                assert_eq!(s.side, Side::Japan);
                assert!(!s.lines.is_empty(), "the transcript so far comes with the settings");
                connected = true;
                break;
            }
            Some(ServerMessage::Error { kind, .. }) if kind == "seat_in_use" => {
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            }
            other => panic!("{other:?}"),
        }
    }
    assert!(connected, "the seat is let go when its connection closes");
    running.abort();
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn well_formed_but_hostile_moves_are_refused_or_played_and_the_server_goes_on() {
    let dir = class_dir("hostile");
    let running = start(&dir).await;
    let (_, code, _) = create_table(&running, STUDENT, r#"{"kind":"computer"}"#, 3).await;
    let mut japan = Party::connect(running.addr).await;
    japan.join(&code, "Eve", Some(Side::Japan)).await;
    let hostile = [
        r#"{"Turn":{"turn":{"propose":[{"korea":"free_hand"},{"korea":"no_recognition"}]}}}"#,
        r#"{"Turn":{"turn":{"propose":[]}}}"#,
        r#"{"Turn":{"turn":{"propose":[{}]}}}"#,
        r#"{"Turn":{"turn":{"action":{"Ultimatum":{"terms":{},"by_session":0}}}}}"#,
        r#"{"Turn":{"turn":{"action":{"Ultimatum":{"terms":{"korea":"free_hand"},"by_session":255}}}}}"#,
        r#"{"Turn":{"turn":{"action":{"CableHome":"not_an_inch"}}}}"#,
        r#"{"Turn":{"turn":{"action":{"Press":"open_sessions"}}}}"#,
        r#"{"Turn":{"turn":{"reply":{"accept":["korea"],"reject":["korea"]}}}}"#,
        r#"{"Turn":{"turn":{"mediator_reply":{"set_aside":["korea","sakhalin"]}}}}"#,
        r#"{"Turn":{"turn":{"break_off":false,"propose":[{"sakhalin":"whole_island","korea":"free_hand"}],"action":"AskMediator"}}}"#,
        r#"{"Offer":{"bid":{"korea":"free_hand","sakhalin":"whole_island","evacuation":"russia_only"},"text":"\u0000\u202e"}}"#,
        r#"{"Offer":{"bid":{}}}"#,
        r#"{"Turn":{"turn":{"break_off":true,"propose":[{"korea":"free_hand"}]}}}"#,
    ];
    let mut played = 0;
    for frame in hostile {
        japan.send_raw(frame).await;
        // Each is answered: an error, or the move played (then the computer answers).
        loop {
            match japan.next().await.expect("the connection stays open") {
                ServerMessage::Error { .. } => break,
                ServerMessage::ActionDone(done) if done.by == Side::Japan => {
                    played += 1;
                    break;
                }
                ServerMessage::Finished(_) => break,
                _ => continue,
            }
        }
    }
    assert!(played < hostile.len(), "most of these are refused");
    japan.send(&PartyMessage::Ping).await;
    loop {
        match japan.next().await.expect("still served") {
            ServerMessage::Pong => break,
            _ => continue,
        }
    }
    let class = http(running.addr, "GET", "/api/class", Some(&running.key), None).await;
    assert_eq!(class.status, 200);
    running.abort();
    let _ = std::fs::remove_dir_all(&dir);
}
