//! `kill -9` and start again: the real binary, its class folder, and students reconnecting
//! with their tokens to the same game.

use super::*;
use portsmouth::engine::agents;
use portsmouth::engine::play::game::{Game, Rules};
use portsmouth::engine::records::save::{self, SaveFile, Seat};
use portsmouth::engine::scenario::{self, Loaded};
use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};

/// `portsmouth serve` on a free port; returns the child, its address and the teacher's key.
fn serve(dir: &Path) -> (Child, SocketAddr, String) {
    let mut child = crate::common::cli()
        .args(["serve", "--port", "0", "--dir"])
        .arg(dir)
        .arg("--scenarios")
        .arg(scenarios_dir())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the binary runs");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let link = lines
        .by_ref()
        .map_while(Result::ok)
        .find(|l| l.starts_with("Teacher's dashboard"))
        .expect("the server prints the dashboard link");
    let url = link.split_whitespace().last().unwrap();
    let rest = url.strip_prefix("http://").unwrap();
    let (addr, query) = rest.split_once("/teacher?key=").unwrap();
    (child, addr.parse().unwrap(), query.to_string())
}

async fn create(addr: SocketAddr, key: &str, japan: &str) -> String {
    let body = format!(r#"{{"scenario":"portsmouth-1905","seed":77,"japan":{japan},"russia":{{"kind":"student"}}}}"#);
    let body = body.as_str();
    let reply = http(addr, "POST", "/api/tables", Some(key), Some(body)).await;
    reply.json()["tables"][0]["code"].as_str().unwrap().to_string()
}

/// Plays until `moves` of the party's own moves are played, then returns the state it was
/// last sent (with the answer to its last move).
async fn play_some(party: &mut Party, moves: usize) -> String {
    let mut played = 0;
    let mut last = String::new();
    while played < moves {
        match party.next().await.expect("open") {
            ServerMessage::YourTurn { state, .. } => {
                last = serde_json::to_string(&state).unwrap();
                party.send(&choose(party.view.as_ref().unwrap(), &state)).await;
            }
            ServerMessage::ActionDone(done) => {
                last = serde_json::to_string(&done.state).unwrap();
                if done.by == party.view.as_ref().unwrap().side {
                    played += 1;
                }
            }
            ServerMessage::Error { .. } => {
                party
                    .send(&PartyMessage::Turn {
                        turn: Default::default(),
                        text: None,
                    })
                    .await
            }
            _ => {}
        }
    }
    last
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_killed_mid_game_resumes_every_table_where_it_stood() {
    let dir = class_dir("restart");
    let (mut first, addr, key) = serve(&dir);
    let code = create(addr, &key, STUDENT).await;
    let versus_computer = create(addr, &key, r#"{"kind":"computer","level":"Steady"}"#).await;
    let mut alone = Party::connect(addr).await;
    alone.join(&versus_computer, "Carl", None).await;
    play_some(&mut alone, 3).await;
    let mut japan = Party::connect(addr).await;
    japan.join(&code, "Aiko", Some(Side::Japan)).await;
    let mut russia = Party::connect(addr).await;
    russia.join(&code, "Boris", Some(Side::Russia)).await;
    let (_, russia_state) = tokio::join!(play_some(&mut japan, 5), play_some(&mut russia, 5));
    let before = http(addr, "GET", "/api/class", Some(&key), None).await.json();
    let (japan_token, russia_token) = (japan.token.clone(), russia.token.clone());
    let alone_token = alone.token.clone();

    first.kill().expect("kill -9");
    first.wait().unwrap();
    // What was sent before the crash is read, then the connection is found closed.
    while japan.next().await.is_some() {}

    let (mut second, addr, key_again) = serve(&dir);
    assert_eq!(key_again, key, "the teacher's key is kept");
    let after = http(addr, "GET", "/api/class", Some(&key), None).await.json();
    for field in ["code", "seed", "session", "agreed", "to_move", "seats"] {
        let strip = |v: &Value| {
            let mut v = v.clone();
            if let Some(seats) = v.as_array_mut() {
                for s in seats {
                    s["connected"] = Value::Null;
                }
            }
            v
        };
        assert_eq!(
            strip(&after["tables"][0][field]),
            strip(&before["tables"][0][field]),
            "{field}"
        );
    }

    let mut japan = Party::connect(addr).await;
    japan
        .send(&PartyMessage::Connect {
            token: japan_token,
            lang: None,
        })
        .await;
    let mut russia = Party::connect(addr).await;
    russia
        .send(&PartyMessage::Connect {
            token: russia_token,
            lang: None,
        })
        .await;
    let Some(ServerMessage::Settings(settings)) = russia.next().await else {
        panic!("Settings on reconnecting")
    };
    assert_eq!(settings.name, "Boris");
    assert_eq!(
        serde_json::to_string(&settings.view.talks).unwrap(),
        russia_state,
        "the same state as before the crash"
    );
    assert!(japan.next().await.is_some());
    let (a, b) = tokio::join!(play_to_end(&mut japan, 2000), play_to_end(&mut russia, 2000));
    assert_eq!(a, b);
    // The student playing the computer carries on too; the computer resumes its thinking.
    let mut alone = Party::connect(addr).await;
    alone
        .send(&PartyMessage::Connect {
            token: alone_token,
            lang: None,
        })
        .await;
    assert!(matches!(alone.next().await, Some(ServerMessage::Settings(_))));
    play_to_end(&mut alone, 2000).await;
    second.kill().unwrap();
    second.wait().unwrap();

    // Started a third time, the finished table is found as it ended.
    let (mut third, addr, key) = serve(&dir);
    let class = http(addr, "GET", "/api/class", Some(&key), None).await.json();
    assert_eq!(class["tables"][0]["status"], "finished");
    assert_eq!(class["tables"][1]["status"], "finished");
    assert_eq!(class["tables"][1]["seats"][1]["name"], "Carl");
    third.kill().unwrap();
    third.wait().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn clear_errors_for_a_damaged_database_a_port_in_use_and_a_folder_that_cannot_be_made() {
    let dir = class_dir("damaged");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("class.sqlite"),
        "this is not a database, but long enough to look like a file header",
    )
    .unwrap();
    let out = crate::common::portsmouth(&[
        "serve",
        "--port",
        "0",
        "--dir",
        dir.to_str().unwrap(),
        "--scenarios",
        scenarios_dir().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("class.sqlite") && err.contains("help:"), "{err}");

    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let fresh = class_dir("port");
    let out = crate::common::portsmouth(&[
        "serve",
        "--port",
        &port,
        "--dir",
        fresh.to_str().unwrap(),
        "--scenarios",
        scenarios_dir().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&port) && err.contains("--port"), "{err}");

    // A class folder that cannot be made (a file stands in its way).
    let blocked = dir.join("class.sqlite").join("class");
    let out = crate::common::portsmouth(&["serve", "--port", "0", "--dir", blocked.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("class folder") && err.contains("--dir"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&fresh);
}

/// The turns of a game between two delegates played by `rules`, and the game.
fn played_by(rules: Rules, seed: u64, loaded: &Loaded) -> (Game, Vec<save::SavedTurn>) {
    let mut game = Game::under(loaded.scenario.clone(), seed, rules);
    let mut japan = crate::common::agent("delegate", Side::Japan, seed, &loaded.scenario);
    let mut russia = crate::common::agent("delegate", Side::Russia, seed, &loaded.scenario);
    agents::play_out(&mut game, [japan.as_mut(), russia.as_mut()]);
    let seat = || Seat::Computer("delegate".parse().unwrap());
    let turns = SaveFile::of(&game, &loaded.files, [seat(), seat()]).turns;
    (game, turns)
}

/// A seed whose game, played by `rules`, does not replay by `other`: a table whose rules
/// cannot be mistaken.
fn telling_seed(rules: Rules, other: Rules, loaded: &Loaded) -> (u64, Game, Vec<save::SavedTurn>) {
    (1..=40)
        .find_map(|seed| {
            let (game, turns) = played_by(rules, seed, loaded);
            save::replay(loaded.scenario.clone(), seed, other, &turns)
                .is_err()
                .then_some((seed, game, turns))
        })
        .unwrap_or_else(|| panic!("no game of 40 played by {rules:?} is refused by {other:?}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tables_stored_before_they_kept_their_rules_replay_by_the_rules_they_were_played_by() {
    let loaded = scenario::load(&crate::common::scenario_path("portsmouth-1905.ron")).unwrap();
    let (old_seed, old_game, old_turns) = telling_seed(Rules::AnswersBeforeNews, Rules::NewsFirst, &loaded);
    let (new_seed, new_game, new_turns) = telling_seed(Rules::NewsFirst, Rules::AnswersBeforeNews, &loaded);

    // A class of schema 3, as the versions before this column wrote it: two tables with
    // their moves and no rules.
    let dir = class_dir("unlabelled");
    let running = start(&dir).await;
    let (old_id, ..) = create_table(&running, STUDENT, STUDENT, old_seed).await;
    let (new_id, ..) = create_table(&running, STUDENT, STUDENT, new_seed).await;
    let (unplayed_id, ..) = create_table(&running, STUDENT, STUDENT, 5).await;
    // Moves no rules allow: the old game's first turn played twice by the same side.
    let (broken_id, ..) = create_table(&running, STUDENT, STUDENT, old_seed).await;
    let broken_turns = vec![old_turns[0].clone(), old_turns[0].clone()];
    running.abort();
    let db = rusqlite::Connection::open(dir.join("class.sqlite")).unwrap();
    for (id, turns) in [(old_id, &old_turns), (new_id, &new_turns), (broken_id, &broken_turns)] {
        for (n, turn) in turns.iter().enumerate() {
            db.execute(
                "INSERT INTO moves (table_id, n, side, turn, note, said, at) VALUES (?1, ?2, ?3, ?4, NULL, ?5, ?6)",
                rusqlite::params![
                    id,
                    n as i64,
                    turn.side.name(),
                    serde_json::to_string(&turn.turn).unwrap(),
                    turn.said.map(|s| serde_json::to_string(&s).unwrap()),
                    n as i64 + 10,
                ],
            )
            .unwrap();
        }
    }
    db.execute_batch("ALTER TABLE tables DROP COLUMN rules; PRAGMA user_version = 3;")
        .unwrap();
    drop(db);

    let running = start(&dir).await;
    assert_eq!(running.tables, 3, "{:?}", running.warnings);
    // The table no rules replay is left out and named, with the older rules' reason.
    let [left_out] = &running.warnings[..] else {
        panic!("one table left out: {:?}", running.warnings)
    };
    assert!(
        left_out.contains(&format!("table {broken_id} ")) && left_out.contains("turn 2"),
        "{left_out}"
    );
    for (id, game, rules) in [
        (old_id, &old_game, Rules::AnswersBeforeNews),
        (new_id, &new_game, Rules::NewsFirst),
    ] {
        let saved = http(
            running.addr,
            "GET",
            &format!("/api/tables/{id}/save"),
            Some(&running.key),
            None,
        )
        .await;
        let back = save::load_text("table.ron", saved.body).expect("the export loads");
        assert_eq!(back.game.rules(), rules, "table {id}");
        assert_eq!(back.game.state(), game.state(), "table {id} as it was played");
    }
    running.abort();

    // The rules found are kept: the database names them now. A table not yet begun is
    // played by today's.
    let db = rusqlite::Connection::open(dir.join("class.sqlite")).unwrap();
    let stored: Vec<Option<String>> = db
        .prepare("SELECT rules FROM tables ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        stored,
        [Some("AnswersBeforeNews"), Some("NewsFirst"), Some("NewsFirst"), None].map(|r| r.map(String::from)),
        "the table left out is left untouched"
    );
    assert!(unplayed_id > new_id);
    let version: i64 = db.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(version, 4);
    drop(db);
    let _ = std::fs::remove_dir_all(&dir);
}
