//! The class server over loopback: protocol clients (tokio-tungstenite) and a small HTTP
//! client for the teacher's API, against servers started on ephemeral ports.

mod fuzz;
mod game;
mod language_change;
mod languages;
mod refusals;
mod restart;
mod seat_languages;
mod teacher;

use futures_util::{SinkExt, StreamExt};
use portsmouth::engine::play::side::Side;
use portsmouth::engine::play::view::SeatView;
use portsmouth::engine::scenario::Scenario;
use portsmouth::net::protocol::{Bid, PartyMessage, ServerMessage};
use portsmouth::net::server::{self, Config, Running};
use serde_json::Value;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_tungstenite::tungstenite::Message;

pub type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// A fresh, empty folder for one test's class.
pub fn class_dir(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "portsmouth-serve-{name}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

pub fn scenarios_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios")
}

/// A server in this process on a free loopback port, keeping its class in `dir`.
pub async fn start(dir: &Path) -> Running {
    start_with(config(dir)).await
}

pub fn config(dir: &Path) -> Config {
    Config::new("127.0.0.1".parse().unwrap(), 0, dir.to_path_buf(), scenarios_dir())
}

pub async fn start_with(config: Config) -> Running {
    server::start(config).await.expect("the server starts")
}

// ---------------------------------------------------------------------------------------
// The teacher's API

pub struct Http {
    pub status: u16,
    pub body: String,
}

impl Http {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

/// One HTTP/1.1 request; `key` is sent as a bearer token.
pub async fn http(addr: SocketAddr, method: &str, path: &str, key: Option<&str>, body: Option<&str>) -> Http {
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let mut request = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    if let Some(key) = key {
        request += &format!("Authorization: Bearer {key}\r\n");
    }
    let body = body.unwrap_or("");
    request += &format!(
        "Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.unwrap();
    let text = String::from_utf8(raw).unwrap();
    let (head, rest) = text.split_once("\r\n\r\n").unwrap();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    let body = if head.to_ascii_lowercase().contains("transfer-encoding: chunked") {
        dechunk(rest)
    } else {
        rest.to_string()
    };
    Http { status, body }
}

fn dechunk(mut rest: &str) -> String {
    let mut out = String::new();
    while let Some((size, after)) = rest.split_once("\r\n") {
        let size = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        out += &after[..size];
        rest = &after[size + 2..];
    }
    out
}

/// Creates one table; returns (id, code, agent tokens by side name).
pub async fn create_table(running: &Running, japan: &str, russia: &str, seed: u64) -> (i64, String, Value) {
    let body = format!(r#"{{"scenario":"portsmouth-1905","seed":{seed},"japan":{japan},"russia":{russia}}}"#);
    let reply = http(running.addr, "POST", "/api/tables", Some(&running.key), Some(&body)).await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    let table = &reply.json()["tables"][0];
    (
        table["id"].as_i64().unwrap(),
        table["code"].as_str().unwrap().to_string(),
        table["tokens"].clone(),
    )
}

pub const STUDENT: &str = r#"{"kind":"student"}"#;

// ---------------------------------------------------------------------------------------
// Protocol clients

pub struct Party {
    pub ws: Socket,
    /// Every text frame received, as sent.
    pub frames: Vec<String>,
    pub view: Option<SeatView>,
    pub token: String,
}

impl Party {
    pub async fn connect(addr: SocketAddr) -> Party {
        let (ws, _) = tokio_tungstenite::connect_async(format!("ws://{addr}/ws"))
            .await
            .expect("the WebSocket opens");
        Party {
            ws,
            frames: Vec::new(),
            view: None,
            token: String::new(),
        }
    }

    pub async fn send(&mut self, message: &PartyMessage) {
        self.send_raw(&serde_json::to_string(message).unwrap()).await;
    }

    pub async fn send_raw(&mut self, text: &str) {
        self.ws.send(Message::text(text.to_string())).await.expect("sent");
    }

    /// The next server message (10 s at most); `None` when the connection closed.
    pub async fn next(&mut self) -> Option<ServerMessage> {
        loop {
            let frame = tokio::time::timeout(Duration::from_secs(10), self.ws.next())
                .await
                .expect("the server answers within 10 s");
            match frame {
                Some(Ok(Message::Text(text))) => {
                    self.frames.push(text.to_string());
                    let message: ServerMessage =
                        serde_json::from_str(&text).expect("the server sends protocol messages");
                    if let ServerMessage::Settings(settings) = &message {
                        self.view = Some(settings.view.clone());
                        self.token = settings.token.clone();
                    }
                    return Some(message);
                }
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => return None,
                Some(Ok(_)) => continue,
            }
        }
    }

    pub async fn expect_error(&mut self, kind: &str) -> String {
        match self.next().await {
            Some(ServerMessage::Error { kind: k, message }) => {
                assert_eq!(k, kind, "{message}");
                message
            }
            other => panic!("expected error {kind}, got {other:?}"),
        }
    }

    /// Joins by code; returns its side once `Settings` arrives.
    pub async fn join(&mut self, code: &str, name: &str, side: Option<Side>) -> Side {
        self.send(&PartyMessage::Join {
            code: code.into(),
            name: name.into(),
            side,
            lang: None,
        })
        .await;
        match self.next().await {
            Some(ServerMessage::Settings(s)) => s.side,
            other => panic!("expected Settings, got {other:?}"),
        }
    }
}

/// A simple student: accept what the other side (or the mediator's last look) tables; else table this side's favourite
/// term on the first open article it may agree to; else pass.
pub fn choose(view: &SeatView, state: &portsmouth::engine::play::view::SeatState) -> PartyMessage {
    let other = view.side.other().index();
    // The mediator's last amendment is the one offer standing then: SAOP's accept takes it.
    if !state.proposals[other].is_empty() || state.last_look.awaiting() == Some(view.side) {
        return PartyMessage::Accept {
            text: Some("We accept these terms.".into()),
        };
    }
    for (a, article) in view.public.articles.iter().enumerate() {
        if !matches!(state.statuses[a], portsmouth::engine::play::state::Status::Open) {
            continue;
        }
        let allowed = (0..article.options.len()).filter(|&o| state.forbidden[a] & (1 << o) == 0);
        if let Some(o) = allowed.max_by_key(|&o| view.mandate.valuation.points(a, o as u8)) {
            let bid = Bid::from([(article.id.clone(), article.options[o].id.clone())]);
            return PartyMessage::Offer {
                bid,
                text: Some(format!("We propose terms on {}.", article.title)),
            };
        }
    }
    PartyMessage::Turn {
        turn: Default::default(),
        text: None,
    }
}

/// Answers the party's turns until the talks end: returns the `Finished` message's outcome.
/// A refused move is followed by a pass. At most `limit` messages are read.
pub async fn play_to_end(party: &mut Party, limit: usize) -> String {
    for _ in 0..limit {
        match party.next().await.expect("the connection stays open") {
            ServerMessage::YourTurn { state, .. } => {
                let message = choose(party.view.as_ref().unwrap(), &state);
                party.send(&message).await;
            }
            ServerMessage::Error { kind, message } => {
                assert_eq!(kind, "refused", "{message}");
                party
                    .send(&PartyMessage::Turn {
                        turn: Default::default(),
                        text: None,
                    })
                    .await;
            }
            ServerMessage::Finished(finished) => {
                assert!(finished.ending.is_some(), "Finished says how the talks ended");
                return finished.outcome;
            }
            _ => {}
        }
    }
    panic!("the talks did not end within {limit} messages");
}

/// Every private string of a side's mandate that stays private all game (as in
/// tests/engine/views.rs: briefing, red lines, cable answers, dispatches), JSON-escaped as
/// it would appear inside a frame.
pub fn private_strings(scenario: &Scenario, side: Side) -> Vec<String> {
    let mandate = scenario.mandate(side);
    let mut out = vec![mandate.briefing.clone(), mandate.no_treaty.text.clone()];
    for red_line in &mandate.red_lines {
        out.push(red_line.text.clone());
        if let Some(cable) = &red_line.cable {
            out.extend([cable.yes.clone(), cable.no.clone()]);
        }
    }
    // Press lines are left out: a statement made to the press is public once made.
    for private in &mandate.dispatches {
        out.extend([private.title.clone(), private.dispatch.text.clone()]);
    }
    out.retain(|s| s.len() > 12);
    out.into_iter()
        .map(|s| {
            let json = serde_json::to_string(&s).unwrap();
            json[1..json.len() - 1].to_string()
        })
        .collect()
}
