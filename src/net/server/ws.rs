//! One task per WebSocket connection. The first message must be `Join` or `Connect`; after
//! that the connection speaks for one seat (a `Language` may change its words at any time).
//! Frames are limited in size and rate; anything malformed is answered with an `Error` and
//! changes nothing. Messages for the seat come from its table through a bounded channel, in
//! order.
//!
//! One connection per seat: a second connection with the same token is refused
//! (`seat_in_use`), never handed the seat. A connection that stops answering pings is let
//! go after `SILENT_LIMIT`, so a student whose network dropped can connect again.

use super::class::Class;
use super::table::{Conn, OUTBOX, Outgoing, Refusal};
use crate::engine::play::side::Side;
use crate::i18n::Lang;
use crate::net::protocol::{MAX_PARTY_FRAME, PartyMessage, ServerMessage};
use crate::tr;
use axum::extract::ws::{Message, Utf8Bytes, WebSocket};
use futures_util::{SinkExt, StreamExt};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::Instant;

/// Frames above this close the connection outright (the transport refuses them); frames
/// between `MAX_PARTY_FRAME` and this are answered with `too_large`.
pub const MAX_TRANSPORT_FRAME: usize = 4 * MAX_PARTY_FRAME;

/// A token bucket: this many messages a second by default, with bursts of twice as many.
/// A move the game plays, or a seat taken, gives its token back: those are paced by the
/// game itself (one move a turn), and an agent may play its turns as fast as it likes.
pub const MESSAGES_PER_SECOND: u32 = 20;
/// Refused messages after which a connection that keeps flooding is closed.
const STRIKES: u32 = 200;

const PING_EVERY: Duration = Duration::from_secs(15);
const SILENT_LIMIT: Duration = Duration::from_secs(45);
/// A connection that has not taken a seat by then is closed: idle connections cost memory.
const JOIN_LIMIT: Duration = Duration::from_secs(120);

struct Bucket {
    rate: f64,
    tokens: f64,
    last: Instant,
}

impl Bucket {
    fn new(rate: u32) -> Bucket {
        Bucket {
            rate: f64::from(rate),
            tokens: 2.0 * f64::from(rate),
            last: Instant::now(),
        }
    }

    fn take(&mut self) -> bool {
        let now = Instant::now();
        let burst = 2.0 * self.rate;
        self.tokens = (self.tokens + now.duration_since(self.last).as_secs_f64() * self.rate).min(burst);
        self.last = now;
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }

    fn give_back(&mut self) {
        self.tokens = (self.tokens + 1.0).min(2.0 * self.rate);
    }
}

fn text_of(message: &ServerMessage) -> Message {
    // Server messages are plain data; serialising them cannot fail.
    let json =
        serde_json::to_string(message).unwrap_or_else(|_| r#"{"Error":{"kind":"server_error","message":""}}"#.into());
    Message::Text(Utf8Bytes::from(json))
}

fn error(kind: &'static str, message: impl Into<String>) -> Message {
    text_of(&Refusal::new(kind, message).to_message())
}

/// The language a `Join`, `Connect` or `Language` asks for: English when it names none the
/// server speaks. The tag is read only if short (see `lang::from_tag`), so a huge or garbled
/// one costs nothing past the frame limit and reads as English.
fn asked_lang(lang: Option<&String>) -> Lang {
    lang.and_then(|tag| crate::net::lang::from_tag(tag))
        .unwrap_or(Lang::English)
}

/// Serves one connection until it closes.
pub async fn serve(socket: WebSocket, class: Arc<Class>) {
    let conn_id = class.next_conn();
    let (mut sink, mut stream) = socket.split();
    let mut seat: Option<(i64, Side)> = None;
    // The table's channel to this connection; only the seat holds its sender, so when the
    // table lets the connection go the channel closes.
    let mut inbox: Option<mpsc::Receiver<Outgoing>> = None;
    let mut bucket = Bucket::new(class.rate);
    // The language of this connection's words, from its Join or Connect (English until then).
    let mut lang = Lang::English;
    let mut strikes = 0u32;
    let mut ping = tokio::time::interval(PING_EVERY);
    let mut last_heard = Instant::now();
    let opened = Instant::now();
    loop {
        let outgoing = async {
            match inbox.as_mut() {
                Some(rx) => rx.recv().await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            incoming = stream.next() => {
                let Some(Ok(message)) = incoming else { break };
                last_heard = Instant::now();
                let reply = match message {
                    Message::Text(text) => {
                        if !bucket.take() {
                            strikes += 1;
                            if strikes > STRIKES {
                                break;
                            }
                            Some(error("too_fast", tr!(lang, "class-server-too-fast", rate = class.rate)))
                        } else if text.len() > MAX_PARTY_FRAME {
                            Some(error("too_large", tr!(lang, "class-server-too-large", bytes = MAX_PARTY_FRAME)))
                        } else {
                            let (reply, paced) = handle(&class, conn_id, &mut seat, &mut inbox, &mut lang, text.as_str());
                            if paced {
                                bucket.give_back();
                            }
                            reply
                        }
                    }
                    Message::Binary(_) => Some(error("malformed", tr!(lang, "class-server-binary"))),
                    Message::Close(_) => break,
                    // Answered by the transport.
                    Message::Ping(_) | Message::Pong(_) => None,
                };
                if let Some(reply) = reply
                    && sink.send(reply).await.is_err()
                {
                    break;
                }
            }
            out = outgoing => {
                let (message, last) = match out {
                    Some(Outgoing::Send(m)) => (m, false),
                    Some(Outgoing::Close(m)) => (m, true),
                    None => break,
                };
                if sink.send(text_of(&message)).await.is_err() || last {
                    break;
                }
            }
            _ = ping.tick() => {
                if last_heard.elapsed() > SILENT_LIMIT
                    || (seat.is_none() && opened.elapsed() > JOIN_LIMIT)
                    || sink.send(Message::Ping(Default::default())).await.is_err()
                {
                    break;
                }
            }
        }
    }
    if let Some((table, side)) = seat {
        class.detach(table, side, conn_id);
    }
    let _ = sink.close().await;
}

/// One text message: binds the connection to a seat, plays a move for it, or changes its
/// language. Returns the direct answer, if any (messages for the seat arrive through its
/// channel), and whether the message was paced by the game (a move played, a seat taken), so
/// that it gives its token back. A change of language is not: each costs the server the
/// seat's whole view, so it counts against the connection's rate like any message.
fn handle(
    class: &Arc<Class>,
    conn_id: u64,
    seat: &mut Option<(i64, Side)>,
    inbox: &mut Option<mpsc::Receiver<Outgoing>>,
    lang: &mut Lang,
    text: &str,
) -> (Option<Message>, bool) {
    let message: PartyMessage = match serde_json::from_str(text) {
        Ok(m) => m,
        Err(e) => {
            let reply = error(
                "malformed",
                tr!(*lang, "class-server-malformed", reason = e.to_string()),
            );
            return (Some(reply), false);
        }
    };
    if let PartyMessage::Language { lang: asked } = &message {
        let asked = asked_lang(Some(asked));
        let Some((table, side)) = *seat else {
            *lang = asked;
            return (None, false);
        };
        // Refused, the connection keeps its language: its seat's words stay in one.
        return match class.change_language(table, side, conn_id, asked) {
            Ok(()) => {
                *lang = asked;
                (None, false)
            }
            Err(refusal) => (Some(text_of(&refusal.to_message())), false),
        };
    }
    let reply = seat_or_move(class, conn_id, seat, inbox, lang, &message);
    let paced = reply.is_none();
    (reply, paced)
}

/// A `Join` or `Connect` (which sets the connection's `lang`), a `Ping`, or a move.
fn seat_or_move(
    class: &Arc<Class>,
    conn_id: u64,
    seat: &mut Option<(i64, Side)>,
    inbox: &mut Option<mpsc::Receiver<Outgoing>>,
    lang: &mut Lang,
    message: &PartyMessage,
) -> Option<Message> {
    match (message, *seat) {
        (PartyMessage::Ping, _) => Some(text_of(&ServerMessage::Pong)),
        (PartyMessage::Join { .. } | PartyMessage::Connect { .. }, Some(_)) => {
            Some(error("malformed", tr!(*lang, "class-server-already-seated")))
        }
        (
            PartyMessage::Join {
                code,
                name,
                side,
                lang: asked,
            },
            None,
        ) => {
            // Without a `lang`, the connection's own: English, or what a `Language` before set.
            *lang = asked.as_ref().map_or(*lang, |tag| asked_lang(Some(tag)));
            let (tx, rx) = mpsc::channel(OUTBOX);
            let conn = Conn {
                id: conn_id,
                tx,
                lang: *lang,
            };
            match class.join(code, name, *side, conn) {
                Ok(bound) => {
                    *seat = Some(bound);
                    *inbox = Some(rx);
                    None
                }
                Err(refusal) => Some(text_of(&refusal.to_message())),
            }
        }
        (PartyMessage::Connect { token, lang: asked }, None) => {
            // Without a `lang`, the connection's own: English, or what a `Language` before set.
            *lang = asked.as_ref().map_or(*lang, |tag| asked_lang(Some(tag)));
            let (tx, rx) = mpsc::channel(OUTBOX);
            let conn = Conn {
                id: conn_id,
                tx,
                lang: *lang,
            };
            match class.connect(token, conn) {
                Ok(bound) => {
                    *seat = Some(bound);
                    *inbox = Some(rx);
                    None
                }
                Err(refusal) if refusal.kind == "seat_taken" => {
                    // The seat's SeatTaken is in the channel: deliver it, then close.
                    *inbox = Some(rx);
                    None
                }
                Err(refusal) => Some(text_of(&refusal.to_message())),
            }
        }
        (_, None) => Some(error("not_joined", tr!(*lang, "class-server-not-joined"))),
        (_, Some((table, side))) => match class.submit(table, side, conn_id, *lang, message) {
            Ok(()) => None,
            Err(refusal) => Some(text_of(&refusal.to_message())),
        },
    }
}
