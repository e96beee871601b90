//! Whole games through the server: two students to the end, a student against the
//! computer; each seat sees its own view only; the export replays the same moves.

use super::*;
use crate::common::load;
use portsmouth::engine::records::save;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_students_play_a_whole_game_and_see_only_their_own_side() {
    let dir = class_dir("game");
    let running = start(&dir).await;
    let (id, code, _) = create_table(&running, STUDENT, STUDENT, 1905).await;
    let mut japan = Party::connect(running.addr).await;
    let mut russia = Party::connect(running.addr).await;
    assert_eq!(japan.join(&code, "Aiko", Some(Side::Japan)).await, Side::Japan);
    // Codes are case-insensitive; the free seat is taken.
    assert_eq!(russia.join(&code.to_lowercase(), "Boris", None).await, Side::Russia);
    let (a, b) = tokio::join!(play_to_end(&mut japan, 2000), play_to_end(&mut russia, 2000));
    assert_eq!(a, b, "both seats hear the same outcome");
    // The treaty the two students agreed is off the frontier: the mediator's amendment came to
    // each seat in its `standing`, and SAOP's accept took it.
    for party in [&japan, &russia] {
        assert!(party.frames.iter().any(|f| f.contains(r#""last_look":true"#)));
    }
    assert!(japan.frames.iter().any(|f| f.contains(r#""mediator_reply":{"accept""#)));

    let scenario = load("portsmouth-1905.ron");
    for (party, side) in [(&japan, Side::Japan), (&russia, Side::Russia)] {
        let all = party.frames.join("\n");
        assert!(party.frames.len() > 20, "a whole game's messages");
        for theirs in private_strings(&scenario, side.other()) {
            assert!(!all.contains(&theirs), "{side} was sent the other side's {theirs}");
        }
        let own = private_strings(&scenario, side);
        assert!(all.contains(&own[0]), "{side} was sent its own briefing");
    }

    let class = http(running.addr, "GET", "/api/class", Some(&running.key), None)
        .await
        .json();
    let table = &class["tables"][0];
    assert_eq!(table["id"], id);
    assert_eq!(table["status"], "finished");
    assert_eq!(table["seats"][0]["name"], "Aiko");
    assert_eq!(table["seats"][1]["kind"], "student");
    assert!(table["result"]["japan_utility"].is_f64());
    assert!(table["to_move"].is_null());

    // The export is an ordinary save with every move played.
    let saved = http(
        running.addr,
        "GET",
        &format!("/api/tables/{id}/save"),
        Some(&running.key),
        None,
    )
    .await;
    assert_eq!(saved.status, 200);
    let loaded = save::load_text("table.ron", saved.body).expect("the export loads as a save");
    assert!(loaded.game.is_over());
    let moves = loaded.game.transcript().moves().count();
    let done = japan
        .frames
        .iter()
        .filter(|f| f.starts_with(r#"{"ActionDone""#))
        .count();
    assert_eq!(moves, done, "the save holds every move the seats were told of");
    assert_eq!(loaded.players.as_deref(), Some("Aiko and Boris"));

    for (route, needle) in [("minutes", "minutes of the conference"), ("result", "Result(")] {
        let reply = http(
            running.addr,
            "GET",
            &format!("/api/tables/{id}/{route}"),
            Some(&running.key),
            None,
        )
        .await;
        assert_eq!(reply.status, 200, "{route}");
        assert!(reply.body.contains(needle), "{route}: {}", reply.body);
    }
    let grades = http(running.addr, "GET", "/api/gradebook.csv", Some(&running.key), None).await;
    let rows: Vec<&str> = grades.body.lines().collect();
    assert_eq!(rows[0], "name,table,delegation,outcome,utility,utility_1905,sessions");
    assert_eq!(rows.len(), 3);
    assert!(rows[1].starts_with("Aiko,Table 1,") && rows[2].starts_with("Boris,Table 1,"));
    running.abort();
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_student_plays_the_computer_and_hears_its_reasons() {
    let dir = class_dir("computer");
    let running = start(&dir).await;
    let (_, code, _) = create_table(&running, r#"{"kind":"computer","level":"Steady"}"#, STUDENT, 7).await;
    let mut russia = Party::connect(running.addr).await;
    assert_eq!(russia.join(&code, "Boris", None).await, Side::Russia);
    play_to_end(&mut russia, 2000).await;
    let reasons = russia
        .frames
        .iter()
        .filter(|f| f.contains(r#""by":"Japan""#) && f.contains(r#""text":"#))
        .count();
    assert!(reasons > 0, "the computer's moves come with its reasons in words");
    let scenario = load("portsmouth-1905.ron");
    for theirs in private_strings(&scenario, Side::Japan) {
        for frame in &russia.frames {
            assert!(!frame.contains(&theirs), "Russia was sent Japan's {theirs} in {frame}");
        }
    }
    let class = http(running.addr, "GET", "/api/class", Some(&running.key), None)
        .await
        .json();
    assert_eq!(class["tables"][0]["seats"][0]["level"], "Steady");
    assert_eq!(class["tables"][0]["status"], "finished");
    running.abort();
    let _ = std::fs::remove_dir_all(&dir);
}
