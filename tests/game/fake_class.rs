//! A stand-in class server for the client's tests, speaking `net::protocol` on a loopback
//! port: one table (code `GOOD`) of the 1905 scenario, the student's seat and a computer
//! delegation across the table, refereed by the engine as the real server does. It keeps
//! every frame it sent, so a test can look for what must never reach the student, and can
//! cut the connection once to test reconnecting.

use futures_util::{SinkExt, StreamExt};
use portsmouth::engine::agents::{self, Agent, AgentSpec};
use portsmouth::engine::play::game::Game;
use portsmouth::engine::play::side::Side;
use portsmouth::engine::play::view::SideView;
use portsmouth::engine::records::narrate;
use portsmouth::engine::scenario::Scenario;
use portsmouth::net::protocol::{ActionDone, Finished, PartyMessage, Profile, ServerMessage, Settings};
use std::sync::{Arc, Mutex};
use tokio_tungstenite::tungstenite::Message;

pub const CODE: &str = "GOOD";
const TOKEN: &str = "seat-token-for-the-test";

pub struct FakeClass {
    pub address: String,
    pub scenario: Arc<Scenario>,
    /// Every frame sent to the student, as text.
    pub sent: Arc<Mutex<Vec<String>>>,
    table: Arc<Mutex<Table>>,
}

struct Table {
    game: Game,
    computer: Box<dyn Agent>,
    student: Option<Side>,
    /// Cut the connection after the next `Settings`, once.
    drop_once: bool,
    /// A pause before each frame after the first of a reply, as a slow network spaces them:
    /// the window may draw between a move's `ActionDone` and the `YourTurn` or `Finished`
    /// that follows it.
    lag: std::time::Duration,
    /// Lines of the transcript already sent.
    told: usize,
}

impl FakeClass {
    /// Starts the server on its own thread; `drop_once` cuts the first connection after
    /// its `Settings`.
    pub fn start(scenario: Arc<Scenario>, drop_once: bool) -> FakeClass {
        Self::start_lagging(scenario, drop_once, std::time::Duration::ZERO)
    }

    /// As `start`, with `lag` between the frames of each reply (see `Table::lag`).
    pub fn start_lagging(scenario: Arc<Scenario>, drop_once: bool, lag: std::time::Duration) -> FakeClass {
        let computer = AgentSpec::Delegate;
        let seed = 1905;
        let table = Arc::new(Mutex::new(Table {
            game: Game::new(Arc::clone(&scenario), seed),
            computer: agents::make(&computer, Side::Russia, seed, &scenario).unwrap(),
            student: None,
            drop_once,
            lag,
            told: 0,
        }));
        let sent = Arc::new(Mutex::new(Vec::new()));
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let address = listener.local_addr().unwrap().to_string();
        let (t, s) = (Arc::clone(&table), Arc::clone(&sent));
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).unwrap();
                while let Ok((stream, _)) = listener.accept().await {
                    let (t, s) = (Arc::clone(&t), Arc::clone(&s));
                    tokio::spawn(async move {
                        if let Ok(socket) = tokio_tungstenite::accept_async(stream).await {
                            serve(socket, t, s).await;
                        }
                    });
                }
            });
        });
        FakeClass {
            address,
            scenario,
            sent,
            table,
        }
    }

    /// The ids of the press statements the computer has made (public once made).
    pub fn spoken_press(&self) -> Vec<String> {
        let table = self.table.lock().unwrap();
        let scenario = table.game.scenario();
        table
            .game
            .transcript()
            .moves()
            .filter_map(|(_, turn, _)| match turn.action {
                Some(portsmouth::engine::play::moves::SideAction::Press(p)) => {
                    Some(scenario.press_line(p as usize).id.clone())
                }
                _ => None,
            })
            .collect()
    }

    pub fn is_over(&self) -> bool {
        self.table.lock().unwrap().game.is_over()
    }

    /// The kinds of the last `n` frames sent (`ActionDone`, `YourTurn`, …), oldest first:
    /// what a stalled test says it was last told.
    pub fn last_frames(&self, n: usize) -> Vec<String> {
        let sent = self.sent.lock().unwrap();
        let kind = |f: &String| {
            f.trim_start_matches(['{', '"'])
                .split('"')
                .next()
                .unwrap_or("")
                .to_string()
        };
        sent[sent.len().saturating_sub(n)..].iter().map(kind).collect()
    }

    pub fn turns_played(&self) -> u32 {
        self.table.lock().unwrap().game.state().turns_played
    }
}

async fn serve(
    mut socket: tokio_tungstenite::WebSocketStream<tokio::net::TcpStream>,
    table: Arc<Mutex<Table>>,
    sent: Arc<Mutex<Vec<String>>>,
) {
    while let Some(Ok(frame)) = socket.next().await {
        let Message::Text(text) = frame else { continue };
        let Ok(message) = serde_json::from_str::<PartyMessage>(text.as_str()) else {
            continue;
        };
        let (replies, cut, lag) = {
            let mut table = table.lock().unwrap();
            let (replies, cut) = answer(&mut table, message);
            (replies, cut, table.lag)
        };
        for (i, reply) in replies.into_iter().enumerate() {
            if i > 0 && !lag.is_zero() {
                tokio::time::sleep(lag).await;
            }
            let json = serde_json::to_string(&reply).unwrap();
            sent.lock().unwrap().push(json.clone());
            if socket.send(Message::text(json)).await.is_err() {
                return;
            }
        }
        if cut {
            return;
        }
    }
}

fn error(kind: &str, message: &str) -> ServerMessage {
    ServerMessage::Error {
        kind: kind.into(),
        message: message.into(),
    }
}

/// The server's answers to one message, and whether to cut the connection after them.
fn answer(table: &mut Table, message: PartyMessage) -> (Vec<ServerMessage>, bool) {
    match message {
        PartyMessage::Join { code, name, .. } => {
            if code != CODE {
                return (vec![error("unknown_code", "No table has that code.")], false);
            }
            table.student = Some(Side::Japan);
            let mut replies = vec![settings(table, name)];
            replies.extend(your_turn(table));
            let cut = std::mem::take(&mut table.drop_once);
            (replies, cut)
        }
        PartyMessage::Connect { token, .. } if token == TOKEN => {
            let mut replies = vec![settings(table, "again".into())];
            replies.extend(your_turn(table));
            (replies, false)
        }
        PartyMessage::Connect { .. } => (vec![error("bad_token", "That seat token is not known.")], false),
        PartyMessage::Turn { turn, text } => {
            let Some(side) = table.student else {
                return (vec![error("not_joined", "Join a table first.")], false);
            };
            if table.game.to_move() != Some(side) {
                return (vec![error("not_your_turn", "It is not your turn.")], false);
            }
            let compiled = match turn.compile(table.game.scenario(), side) {
                Ok(t) => t,
                Err(problem) => return (vec![error("malformed", &problem.to_string())], false),
            };
            if let Err(refused) = table.game.play_noted(side, compiled, text.clone()) {
                let words = refused.describe(table.game.scenario());
                return (vec![error("refused", &words)], false);
            }
            let mut replies = vec![action_done(table, side, turn, text)];
            // The computer answers until the student is to move again.
            while let Some(other) = table.game.to_move().filter(|&s| s != side) {
                let decision = table.computer.decide(&SideView::new(&table.game, other));
                agents::play_decision(&mut table.game, other, &decision);
                let last = table.game.state().last_turn[other.index()].unwrap();
                let spec = portsmouth::engine::play::moves::TurnSpec::describe(&last, table.game.scenario());
                replies.push(action_done(table, other, spec, None));
            }
            replies.extend(your_turn(table));
            if table.game.is_over() {
                replies.push(finished(table, side));
            }
            (replies, false)
        }
        PartyMessage::Ping => (vec![ServerMessage::Pong], false),
        _ => (vec![error("malformed", "Not in this test.")], false),
    }
}

fn settings(table: &Table, name: String) -> ServerMessage {
    let side = table.student.unwrap();
    let view = SideView::new(&table.game, side).snapshot();
    ServerMessage::Settings(Box::new(Settings {
        protocol: portsmouth::net::protocol::PROTOCOL_VERSION,
        table: "Table 1".into(),
        side,
        token: TOKEN.into(),
        name,
        seed: table.game.seed(),
        profile: Profile::of(&view),
        view,
        lines: Vec::new(),
        last_said: [None, None],
    }))
}

fn your_turn(table: &Table) -> Option<ServerMessage> {
    let side = table.student?;
    (table.game.to_move() == Some(side)).then(|| {
        let view = SideView::new(&table.game, side);
        ServerMessage::YourTurn {
            state: Box::new(view.talks()),
            standing: Box::new(portsmouth::net::protocol::Standing::of(&view)),
        }
    })
}

fn action_done(
    table: &mut Table,
    by: Side,
    turn: portsmouth::engine::play::moves::TurnSpec,
    text: Option<String>,
) -> ServerMessage {
    let side = table.student.unwrap();
    let game = &table.game;
    let entries = &game.transcript().entries[table.told..];
    let lines = entries
        .iter()
        .flat_map(|e| narrate::entry_lines(game.scenario(), game.transcript(), e, Some(side), false))
        .collect();
    table.told = game.transcript().entries.len();
    let turn = if by == side {
        turn
    } else {
        // A cable home is not seen across the table.
        let seen = SideView::new(game, side).last_turn(by).unwrap();
        portsmouth::engine::play::moves::TurnSpec::describe(&seen, game.scenario())
    };
    ServerMessage::ActionDone(Box::new(ActionDone {
        by,
        session: game.state().session + 1,
        turn,
        text,
        lines,
        state: SideView::new(game, side).snapshot().talks,
    }))
}

fn finished(table: &Table, side: Side) -> ServerMessage {
    let game = &table.game;
    let view = SideView::new(game, side);
    let treaty = game.treaty();
    let utility = treaty.map_or(view.reservation(), |t| view.utility(&t));
    ServerMessage::Finished(Box::new(Finished {
        outcome: if treaty.is_some() {
            "A treaty".into()
        } else {
            "No treaty".into()
        },
        // As an older server: no ending given, so the client works it out.
        ending: None,
        agreement: treaty.map(|t| {
            t.iter()
                .map(|(a, o)| {
                    let article = &game.scenario().articles[a];
                    (article.id.clone(), article.options[o as usize].id.clone())
                })
                .collect()
        }),
        utility,
        utility_1905: None,
        state: view.snapshot().talks,
    }))
}
