//! The load test's players and the class server under load and faults. The players'
//! strategy is checked against the engine alone; the rest starts the real `portsmouth serve`
//! on a loopback port in a temporary folder.

use crate::common::{load, portsmouth};
use crate::loadtest_server::{ClassServer, class_dir, exported, runtime};
use portsmouth::engine::play::game::Game;
use portsmouth::engine::play::moves::{ReplySpec, TurnSpec};
use portsmouth::engine::play::side::Side;
use portsmouth::engine::play::view::SideView;
use portsmouth::net::loadtest::player::{self, PlayOptions, SeatReport};
use portsmouth::net::protocol::{PartyMessage, packages_in_ids};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// What the server makes of a party's message, for the strategy test without a server:
/// `Offer` one package, `Accept` every article of the other side's standing proposal.
fn as_turn(message: &PartyMessage, game: &Game, side: Side) -> TurnSpec {
    match message {
        PartyMessage::Offer { bid, .. } => TurnSpec {
            propose: Some(vec![bid.clone()]),
            ..TurnSpec::default()
        },
        PartyMessage::Accept { .. } => {
            let view = SideView::new(game, side);
            let accept = packages_in_ids(view.opponent_proposal(), view.public())
                .into_iter()
                .flat_map(|package| package.into_keys())
                .collect();
            TurnSpec {
                reply: Some(ReplySpec {
                    accept,
                    ..ReplySpec::default()
                }),
                ..TurnSpec::default()
            }
        }
        PartyMessage::Turn { turn, .. } => turn.clone(),
        other => panic!("a player sent {other:?} on its turn"),
    }
}

#[test]
fn the_load_test_players_play_whole_games_with_the_engine() {
    let scenario = load("portsmouth-1905.ron");
    for seed in [1, 1905, 77] {
        let mut game = Game::new(Arc::clone(&scenario), seed);
        let views = Side::BOTH.map(|side| SideView::new(&game, side).snapshot());
        let (mut moves, mut refused, mut offers, mut accepts) = (0, 0, 0, 0);
        while let Some(side) = game.to_move() {
            let state = SideView::new(&game, side).snapshot().talks;
            let message = player::choose(&views[side.index()], &state);
            match message {
                PartyMessage::Offer { .. } => offers += 1,
                PartyMessage::Accept { .. } => accepts += 1,
                _ => {}
            }
            let turn = as_turn(&message, &game, side)
                .compile(&scenario, side)
                .expect("ids of the scenario");
            if game.play(side, turn).is_err() {
                refused += 1;
                game.play(side, TurnSpec::default().compile(&scenario, side).unwrap())
                    .expect("a pass is always allowed");
            }
            moves += 1;
            assert!(moves < 200, "seed {seed}: the game does not end");
        }
        assert!(game.is_over());
        // Both concede to what breaking off is worth by the last session: they meet.
        assert!(game.treaty().is_some(), "seed {seed}: no treaty");
        assert!(
            offers > 0 && accepts > 0,
            "seed {seed}: {offers} offers, {accepts} accepts"
        );
        assert!(refused * 4 < moves, "seed {seed}: {refused} of {moves} moves refused");
    }
}

#[test]
fn the_load_test_plays_every_table_to_the_end_and_measures_the_server() {
    let dir = class_dir("loadtest");
    let server = ClassServer::start(&dir, 0);
    let url = format!("http://{}", server.addr);
    let output = portsmouth(&[
        "loadtest",
        "--url",
        &url,
        "--tables",
        "4",
        "--seed",
        "7",
        "--json",
        "--key",
        &server.key,
    ]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: serde_json::Value = serde_json::from_str(stdout.trim()).expect("one JSON line");
    assert_eq!(report["tables"], 4);
    assert_eq!(report["finished"], 4, "{report}");
    assert_eq!(report["failed_seats"], 0, "{report}");
    // A game is at least a few moves a side, every one of them timed.
    assert!(report["moves"].as_u64().unwrap() >= 4 * 10, "{report}");
    let (p50, p99) = (report["p50_ms"].as_f64().unwrap(), report["p99_ms"].as_f64().unwrap());
    assert!(
        p50 > 0.0 && p99 >= p50 && report["max_ms"].as_f64().unwrap() >= p99,
        "{report}"
    );
    // The server is on this machine: found by its port and measured.
    assert_eq!(report["server_pid"], server.pid(), "{report}");
    assert!(report["cpu_seconds"].as_f64().unwrap() > 0.0, "{report}");
    assert!(report["peak_mb"].as_f64().unwrap() > 1.0, "{report}");

    // The text report, the key read from the class folder, and a wrong key refused with the
    // server's word for it.
    let class = dir.join("class");
    let class = class.to_str().expect("a UTF-8 path");
    let output = portsmouth(&["loadtest", "--url", &url, "--tables", "1", "--dir", class]);
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success() && text.contains("games finished: 1 of 1"),
        "{text}"
    );
    let output = portsmouth(&["loadtest", "--url", &url, "--tables", "1", "--key", "wrong"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success() && stderr.contains("401"), "{stderr}");
    let output = portsmouth(&["loadtest", "--url", &url, "--tables", "1"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success() && stderr.contains("--key KEY"), "{stderr}");
    drop(server);
    let _ = std::fs::remove_dir_all(dir);
}

/// Makes `count` tables whose two seats are outside agents; their ids and tokens.
async fn agent_tables(server: &ClassServer, count: usize, seed: u64) -> Vec<(u64, [String; 2])> {
    let agent = serde_json::json!({ "kind": "agent" });
    let tables = server
        .server()
        .create_tables(&server.key, "portsmouth-1905", Some(seed), agent.clone(), agent, count)
        .await
        .expect("tables made");
    tables
        .into_iter()
        .map(|t| (t.id, [t.tokens["Japan"].clone(), t.tokens["Russia"].clone()]))
        .collect()
}

#[test]
fn a_server_killed_mid_game_resumes_every_table_from_its_last_move() {
    let dir = class_dir("restart");
    let server = ClassServer::start(&dir, 0);
    let (port, key) = (server.port(), server.key.clone());
    let runtime = runtime();
    let tables = runtime.block_on(agent_tables(&server, 3, 11));
    let acknowledged = Arc::new(AtomicUsize::new(0));
    let options = PlayOptions {
        // Slow enough that the kill lands mid-game, in a debug build too.
        think: Duration::from_millis(15),
        reconnect_for: Duration::from_secs(60),
        acknowledged: Some(Arc::clone(&acknowledged)),
        ..PlayOptions::default()
    };
    let mut players = Vec::new();
    for (id, tokens) in &tables {
        for token in tokens {
            let (url, token, options) = (server.ws_url(), token.clone(), options.clone());
            players.push((
                *id,
                runtime.spawn(async move { player::play(&url, &token, &options).await }),
            ));
        }
    }
    let started = Instant::now();
    while acknowledged.load(Ordering::Relaxed) < 15 {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the tables did not get going"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    server.kill();
    let at_kill = acknowledged.load(Ordering::Relaxed);
    let server = ClassServer::start(&dir, port);
    assert_eq!(server.key, key, "the class (and its key) came back from the database");
    let reports: Vec<(u64, SeatReport)> = players
        .into_iter()
        .map(|(id, handle)| (id, runtime.block_on(handle).expect("the player ran")))
        .collect();
    assert!(
        at_kill < reports.iter().map(|(_, r)| r.own_moves).sum(),
        "the kill came after the games"
    );
    for (id, report) in &reports {
        assert!(report.error.is_none(), "table {id}: {:?}", report.error);
        assert!(report.finished.is_some(), "table {id}: the player did not see the end");
        // Every player lost the server once and took its seat again with its token, and the
        // table stood where it had seen it last, or a move further (one on its way at the kill).
        assert_eq!(report.resumed_at.len(), 1, "table {id}: {report:?}");
        assert!(
            report.resumed_at[0] >= report.seen_before_loss[0],
            "table {id}: moves lost: {report:?}"
        );
    }
    for (id, _) in &tables {
        let (moves, over, _) = runtime.block_on(exported(&server, *id));
        assert!(over, "table {id}: the exported game is not over");
        // Nothing lost and nothing doubled: the save holds exactly the moves both players saw.
        for (_, report) in reports.iter().filter(|(table, _)| table == id) {
            assert_eq!(moves, report.moves_seen, "table {id}");
        }
    }
    drop(server);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_client_that_drops_mid_game_rejoins_with_its_token_and_plays_on() {
    let dir = class_dir("rejoin");
    let server = ClassServer::start(&dir, 0);
    let runtime = runtime();
    let tables = runtime.block_on(agent_tables(&server, 1, 5));
    let (id, [japan, russia]) = tables[0].clone();
    let dropping = PlayOptions {
        drop_after_own_moves: Some(3),
        reconnect_for: Duration::from_secs(30),
        ..PlayOptions::default()
    };
    let (url, steady) = (server.ws_url(), PlayOptions::default());
    let (japan, russia) = runtime.block_on(async {
        tokio::join!(
            player::play(&url, &japan, &dropping),
            player::play(&url, &russia, &steady)
        )
    });
    for report in [&japan, &russia] {
        assert!(report.error.is_none() && report.finished.is_some(), "{report:?}");
    }
    assert_eq!(japan.seen_before_loss.len(), 1, "{japan:?}");
    // The table stood where Japan left it, or a Russian move or two further (Russia plays
    // on until it is Japan's turn again).
    assert_eq!(japan.resumed_at.len(), 1, "{japan:?}");
    assert!(japan.resumed_at[0] >= japan.seen_before_loss[0], "{japan:?}");
    assert!(japan.own_moves > 3, "Japan played on after rejoining: {japan:?}");
    let (moves, over, _) = runtime.block_on(exported(&server, id));
    assert!(over);
    assert_eq!((moves, moves), (japan.moves_seen, russia.moves_seen));
    drop(server);
    let _ = std::fs::remove_dir_all(dir);
}
