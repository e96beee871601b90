//! The teacher's API: the key guards every route; pause, time, more time and handing a seat
//! to the computer act on the live tables; agent seats get tokens; a seat nobody takes goes
//! to the computer after the table's time.

use super::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_api_route_needs_the_teacher_key_and_errors_are_json() {
    let dir = class_dir("auth");
    let running = start(&dir).await;
    for (method, path) in [
        ("GET", "/api/class"),
        ("GET", "/api/scenarios"),
        ("POST", "/api/tables"),
        ("POST", "/api/pause"),
        ("GET", "/api/gradebook.csv"),
        ("GET", "/api/tables/1/save"),
        ("POST", "/api/tables/1/seats/japan/computer"),
        ("POST", "/api/tables/1/seats/japan/reopen"),
    ] {
        for key in [None, Some("wrong")] {
            let reply = http(running.addr, method, path, key, Some("{}")).await;
            assert_eq!(reply.status, 401, "{method} {path} with {key:?}");
            assert!(reply.json()["error"].is_string());
        }
    }
    let page = http(running.addr, "GET", "/", None, None).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Join a class"), "the students' page says what to do");
    let by_query = http(
        running.addr,
        "GET",
        &format!("/api/class?key={}", running.key),
        None,
        None,
    )
    .await;
    assert_eq!(by_query.status, 200);
    assert_eq!(by_query.json()["paused"], false);

    let key = Some(running.key.as_str());
    let scenarios = http(running.addr, "GET", "/api/scenarios", key, None).await.json();
    let portsmouth = scenarios
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "portsmouth-1905")
        .expect("the shipped scenario is offered");
    assert_eq!(portsmouth["file"], "portsmouth-1905.ron");
    assert!(portsmouth["levels"].as_array().unwrap().contains(&"Steady".into()));

    for (body, needle) in [
        ("{", "body"),
        (
            r#"{"scenario":"nope","japan":{"kind":"student"},"russia":{"kind":"student"}}"#,
            "nope",
        ),
        (
            r#"{"scenario":"portsmouth-1905","japan":{"kind":"computer","level":"Godlike"},"russia":{"kind":"student"}}"#,
            "Godlike",
        ),
        (
            r#"{"scenario":"portsmouth-1905","japan":{"kind":"robot"},"russia":{"kind":"student"}}"#,
            "body",
        ),
        (
            r#"{"scenario":"portsmouth-1905","japan":{"kind":"student"},"russia":{"kind":"student"},"count":1000}"#,
            "count",
        ),
    ] {
        let reply = http(running.addr, "POST", "/api/tables", key, Some(body)).await;
        assert_eq!(reply.status, 400, "{body}");
        let error = reply.json()["error"].as_str().unwrap().to_string();
        assert!(error.contains(needle), "{body}: {error}");
    }
    for path in ["/api/tables/99/save", "/api/tables/x/minutes", "/api/nothing"] {
        let reply = http(running.addr, "GET", path, key, None).await;
        assert_eq!(reply.status, 404, "{path}");
        assert!(reply.json()["error"].is_string());
    }
    running.abort();
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pause_time_and_handing_a_seat_to_the_computer() {
    let dir = class_dir("teacher");
    let running = start(&dir).await;
    let key = Some(running.key.as_str());
    let body = r#"{"scenario":"portsmouth-1905","seed":5,"name":"Pair","japan":{"kind":"student"},"russia":{"kind":"agent"},"count":2}"#;
    let created = http(running.addr, "POST", "/api/tables", key, Some(body)).await.json();
    let tables = created["tables"].as_array().unwrap();
    assert_eq!(tables.len(), 2);
    let code = tables[0]["code"].as_str().unwrap();
    let token = tables[0]["tokens"]["Russia"].as_str().unwrap();
    assert!(
        tables[0]["tokens"]["Japan"].is_null(),
        "only agent seats get a token here"
    );

    let mut japan = Party::connect(running.addr).await;
    japan.join(code, "Aiko", None).await;
    let mut agent = Party::connect(running.addr).await;
    agent
        .send(&PartyMessage::Connect {
            token: token.into(),
            lang: None,
        })
        .await;
    assert!(matches!(agent.next().await, Some(ServerMessage::Settings(_))));
    assert!(matches!(japan.next().await, Some(ServerMessage::YourTurn { .. })));

    // Paused: every party is told, moves are refused; resumed, they are played.
    let reply = http(running.addr, "POST", "/api/pause", key, Some(r#"{"paused":true}"#)).await;
    assert_eq!(reply.status, 200);
    assert!(matches!(
        japan.next().await,
        Some(ServerMessage::Paused { paused: true })
    ));
    assert!(matches!(
        agent.next().await,
        Some(ServerMessage::Paused { paused: true })
    ));
    let pass = PartyMessage::Turn {
        turn: Default::default(),
        text: Some("We wait.".into()),
    };
    japan.send(&pass).await;
    japan.expect_error("paused").await;
    let class = http(running.addr, "GET", "/api/class", key, None).await.json();
    assert_eq!(class["paused"], true);
    http(running.addr, "POST", "/api/pause", key, Some(r#"{"paused":false}"#)).await;
    assert!(matches!(
        japan.next().await,
        Some(ServerMessage::Paused { paused: false })
    ));
    japan.send(&pass).await;
    let Some(ServerMessage::ActionDone(done)) = japan.next().await else {
        panic!("played once resumed")
    };
    assert_eq!(done.text.as_deref(), Some("We wait."));

    // Time per turn and more time show on the dashboard's snapshot.
    http(running.addr, "POST", "/api/time", key, Some(r#"{"turn_seconds":60}"#)).await;
    let id = tables[0]["id"].as_i64().unwrap();
    let reply = http(
        running.addr,
        "POST",
        &format!("/api/tables/{id}/more-time"),
        key,
        Some(r#"{"seconds":120}"#),
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    let class = http(running.addr, "GET", "/api/class", key, None).await.json();
    assert_eq!(class["turn_seconds"], 60);
    let table = &class["tables"][0];
    assert_eq!(table["turn_limit"], 180);
    assert_eq!(table["to_move"], "Russia");
    assert_eq!(table["seats"][1]["kind"], "agent");
    assert_eq!(table["seats"][1]["token"], token);
    assert_eq!(table["seats"][1]["connected"], true);
    assert_eq!(table["status"], "playing");
    assert_eq!(class["tables"][1]["status"], "waiting");
    assert_eq!(class["tables"][1]["overdue"], false);

    // Past the time per turn the dashboard is told; nobody is replaced without the teacher.
    http(running.addr, "POST", "/api/time", key, Some(r#"{"turn_seconds":1}"#)).await;
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    let class = http(running.addr, "GET", "/api/class", key, None).await.json();
    let waiting = &class["tables"][1];
    assert!(waiting["waiting_secs"].as_i64().unwrap() >= 2);
    assert_eq!(
        (&waiting["overdue"], &waiting["to_move"]),
        (&true.into(), &"Japan".into())
    );
    assert_eq!(waiting["seats"][0]["kind"], "student");

    // A seat handed over with no level plays the delegate at full strength: the dashboard
    // names the level that plays so, in the page's language (it read "Default", in English).
    let waiting_id = waiting["id"].as_i64().unwrap();
    let reply = http(
        running.addr,
        "POST",
        &format!("/api/tables/{waiting_id}/seats/japan/computer"),
        key,
        None,
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    for (lang, said) in [("en", "Shrewd"), ("ru", "Искушённый"), ("ja", "老練")] {
        let class = http(running.addr, "GET", &format!("/api/class?lang={lang}"), key, None)
            .await
            .json();
        let handed = class["tables"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["id"] == waiting_id)
            .unwrap();
        assert_eq!(handed["seats"][0]["level"], said, "{lang}");
    }

    // The agent's seat goes to the computer: it is told and let go; the computer plays on.
    let reply = http(
        running.addr,
        "POST",
        &format!("/api/tables/{id}/seats/russia/computer"),
        key,
        Some(r#"{"level":"Shrewd"}"#),
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    loop {
        match agent.next().await {
            Some(ServerMessage::SeatTaken { .. }) => break,
            Some(_) => continue,
            None => panic!("SeatTaken comes before the connection closes"),
        }
    }
    assert!(agent.next().await.is_none(), "the connection closes");
    let mut back = Party::connect(running.addr).await;
    back.send(&PartyMessage::Connect {
        token: token.into(),
        lang: None,
    })
    .await;
    assert!(matches!(back.next().await, Some(ServerMessage::SeatTaken { .. })));
    play_to_end(&mut japan, 2000).await;
    let class = http(running.addr, "GET", "/api/class", key, None).await.json();
    assert_eq!(class["tables"][0]["seats"][1]["kind"], "computer");
    assert_eq!(class["tables"][0]["seats"][1]["level"], "Shrewd");
    assert_eq!(class["tables"][0]["status"], "finished");
    running.abort();
    let _ = std::fs::remove_dir_all(&dir);
}

/// The presenter view's table: the articles still open and the last moves as the class may
/// read them on the projector — no cable home, none of either side's confidential words.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_table_for_the_projector_holds_no_secret_of_either_side() {
    let dir = class_dir("detail");
    let running = start(&dir).await;
    let computer = r#"{"kind":"computer","level":"Shrewd"}"#;
    let (id, _, _) = create_table(&running, computer, computer, 11).await;
    let key = Some(running.key.as_str());
    let mut detail = Value::Null;
    for _ in 0..200 {
        detail = http(running.addr, "GET", &format!("/api/tables/{id}"), key, None)
            .await
            .json();
        if detail["table"]["status"] == "finished" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(detail["table"]["status"], "finished", "{detail}");
    let moves = detail["moves"].as_array().unwrap();
    assert!(!moves.is_empty() && moves.len() <= 12, "{} moves", moves.len());
    assert!(
        moves
            .iter()
            .all(|m| m["lines"].as_array().is_some_and(|l| !l.is_empty()))
    );
    let agreed = detail["table"]["agreed"].as_array().unwrap().len();
    assert_eq!(agreed + detail["open"].as_array().unwrap().len(), 12);
    let text = detail.to_string();
    let scenario = crate::common::load("portsmouth-1905.ron");
    for side in Side::BOTH {
        for secret in private_strings(&scenario, side) {
            assert!(!text.contains(&secret), "the projector shows {side:?}'s `{secret}`");
        }
    }
    let missing = http(running.addr, "GET", "/api/tables/999", key, None).await;
    assert_eq!(missing.status, 404);
    assert!(missing.json()["error"].is_string());
}

/// A student seat nobody takes goes to the computer once the table's time has run from
/// the other seat's taking: the student across the table is told, the dashboard says so,
/// and a restart keeps both the setting and what it did. A table whose second student came
/// in time, and a table nobody came to, are left alone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_seat_nobody_takes_goes_to_the_computer_after_the_tables_time() {
    let dir = class_dir("empty-seat");
    let running = start(&dir).await;
    let key = Some(running.key.as_str());
    let too_short =
        r#"{"scenario":"portsmouth-1905","japan":{"kind":"student"},"russia":{"kind":"student"},"empty_seat_secs":0}"#;
    let reply = http(running.addr, "POST", "/api/tables", key, Some(too_short)).await;
    assert_eq!(reply.status, 400, "{}", reply.body);
    assert!(reply.json()["error"].as_str().unwrap().contains("empty_seat_secs"));
    let body = r#"{"scenario":"portsmouth-1905","seed":3,"japan":{"kind":"student"},"russia":{"kind":"student"},"empty_seat_secs":1,"count":3}"#;
    let created = http(running.addr, "POST", "/api/tables", key, Some(body)).await.json();
    let code = |i: usize| created["tables"][i]["code"].as_str().unwrap().to_string();
    let class = http(running.addr, "GET", "/api/class", key, None).await.json();
    assert_eq!(class["tables"][0]["empty_seat_secs"], 1);
    assert!(
        class["tables"][0]["empty_seat_in"].is_null(),
        "no clock before a seat is taken"
    );

    // Table 1: Aiko alone. Table 2: both students, the second a moment later.
    let mut aiko = Party::connect(running.addr).await;
    assert_eq!(aiko.join(&code(0), "Aiko", Some(Side::Japan)).await, Side::Japan);
    let mut ben = Party::connect(running.addr).await;
    ben.join(&code(1), "Ben", Some(Side::Japan)).await;
    let mut chloe = Party::connect(running.addr).await;
    chloe.join(&code(1), "Chloe", None).await;
    let class = http(running.addr, "GET", "/api/class", key, None).await.json();
    assert!(class["tables"][0]["empty_seat_in"].as_i64().unwrap() <= 1);
    assert!(class["tables"][1]["empty_seat_in"].is_null(), "no seat is empty");

    // Aiko plays; when her time is up she is told, and the computer answers her moves.
    let pass = PartyMessage::Turn {
        turn: Default::default(),
        text: None,
    };
    let mut notice = None;
    for _ in 0..30 {
        match aiko.next().await.expect("the connection stays open") {
            ServerMessage::YourTurn { .. } => aiko.send(&pass).await,
            ServerMessage::Notice { text } => notice = Some(text),
            ServerMessage::ActionDone(done) if done.by == Side::Russia => {
                assert!(notice.is_some(), "told before the computer moves");
                break;
            }
            ServerMessage::ActionDone(_) => {}
            other => panic!("unexpected {other:?}"),
        }
    }
    let notice = notice.expect("Aiko is told");
    assert!(notice.contains("No one took Russia's seat"), "{notice}");
    let mut late = Party::connect(running.addr).await;
    late.send(&PartyMessage::Join {
        code: code(0),
        name: "Dan".into(),
        side: None,
        lang: None,
    })
    .await;
    late.expect_error("table_full").await;

    let seats = |class: &Value, i: usize| {
        let seats = &class["tables"][i]["seats"];
        [0, 1].map(|s| {
            (
                seats[s]["kind"].as_str().unwrap().to_string(),
                seats[s]["nobody_came"].as_bool().unwrap(),
            )
        })
    };
    let student = ("student".to_string(), false);
    let check = |class: &Value| {
        assert_eq!(seats(class, 0), [student.clone(), ("computer".to_string(), true)]);
        assert_eq!(seats(class, 1), [student.clone(), student.clone()]);
        assert_eq!(
            seats(class, 2),
            [student.clone(), student.clone()],
            "nobody came to table 3: it waits"
        );
        assert_eq!(class["tables"][2]["empty_seat_secs"], 1);
    };
    let class = http(running.addr, "GET", "/api/class", key, None).await.json();
    check(&class);

    // Started again from its folder: the same.
    running.abort();
    drop((aiko, ben, chloe, late));
    let again = start(&dir).await;
    let class = http(again.addr, "GET", "/api/class", Some(&again.key), None)
        .await
        .json();
    check(&class);
    again.abort();
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_seat_opened_again_is_taken_by_its_student_from_another_machine_where_the_talks_stand() {
    let dir = class_dir("reopen");
    let running = start(&dir).await;
    let key = Some(running.key.as_str());
    let (id, code, _) = create_table(&running, STUDENT, STUDENT, 5).await;
    let mut aiko = Party::connect(running.addr).await;
    aiko.join(&code, "Aiko", Some(Side::Japan)).await;
    let mut ben = Party::connect(running.addr).await;
    ben.join(&code, "Ben", Some(Side::Russia)).await;
    // Japan opens; Russia's turn comes.
    let pass = PartyMessage::Turn {
        turn: Default::default(),
        text: None,
    };
    loop {
        match aiko.next().await.expect("open") {
            ServerMessage::YourTurn { .. } => break,
            _ => continue,
        }
    }
    aiko.send(&pass).await;
    // The move is played before the teacher acts: the server's echo of it says so. (Without
    // this wait the reopening could overtake the move on a busy machine.)
    loop {
        match aiko.next().await.expect("the move is echoed") {
            ServerMessage::ActionDone(done) if done.by == Side::Japan => break,
            _ => continue,
        }
    }
    let lost_token = ben.token.clone();

    // Ben's machine fails and his token with it: the teacher opens his seat again.
    let reply = http(
        running.addr,
        "POST",
        &format!("/api/tables/{id}/seats/russia/reopen"),
        key,
        None,
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    let mut told = None;
    while let Some(message) = ben.next().await {
        if let ServerMessage::SeatTaken { reason } = message {
            told = Some(reason);
        }
    }
    assert!(
        told.expect("the old connection is told")
            .contains("join with the table's code")
    );
    let mut notice = None;
    for _ in 0..10 {
        if let Some(ServerMessage::Notice { text }) = aiko.next().await {
            notice = Some(text);
            break;
        }
    }
    assert!(
        notice
            .expect("Aiko is told")
            .contains("Russia's seat waits for its student")
    );

    // The old token no longer opens the seat; a join by code takes it, where the talks stand.
    let mut old = Party::connect(running.addr).await;
    old.send(&PartyMessage::Connect {
        token: lost_token.clone(),
        lang: None,
    })
    .await;
    let refusal = old.expect_error("bad_token").await;
    assert!(refusal.contains("join with the table's code"), "{refusal}");
    let mut again = Party::connect(running.addr).await;
    assert_eq!(again.join(&code, "Ben", None).await, Side::Russia);
    assert_ne!(again.token, lost_token);
    let view = again.view.clone().expect("settings carry the view");
    assert_eq!(view.talks.turns_played, 1, "the move before the seat was opened stands");
    assert!(
        matches!(again.next().await, Some(ServerMessage::YourTurn { .. })),
        "Russia's turn is his"
    );

    // An agent's seat is not opened again (it rejoins with its token); the new token holds after a restart.
    let (agent_table, _, _) = create_table(&running, STUDENT, r#"{"kind":"agent"}"#, 6).await;
    let reply = http(
        running.addr,
        "POST",
        &format!("/api/tables/{agent_table}/seats/russia/reopen"),
        key,
        None,
    )
    .await;
    assert_eq!(reply.status, 400, "{}", reply.body);
    let wrong_side = format!("/api/tables/{id}/seats/prussia/reopen");
    for (path, status) in [
        ("/api/tables/999/seats/russia/reopen", 404),
        (wrong_side.as_str(), 404),
        ("/api/tables/x/seats/russia/reopen", 404),
    ] {
        let reply = http(running.addr, "POST", path, key, None).await;
        assert_eq!(reply.status, status, "{path}: {}", reply.body);
        assert!(reply.json()["error"].is_string(), "{path}");
    }
    let token = again.token.clone();
    running.abort();
    drop((aiko, again, old));
    let restarted = start(&dir).await;
    let mut back = Party::connect(restarted.addr).await;
    back.send(&PartyMessage::Connect { token, lang: None }).await;
    assert!(
        matches!(back.next().await, Some(ServerMessage::Settings(_))),
        "the new token survives a restart"
    );
    let mut stale = Party::connect(restarted.addr).await;
    stale
        .send(&PartyMessage::Connect {
            token: lost_token,
            lang: None,
        })
        .await;
    stale.expect_error("bad_token").await;
    restarted.abort();
    let _ = std::fs::remove_dir_all(&dir);
}
