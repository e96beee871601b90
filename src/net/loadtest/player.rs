//! One protocol client playing one seat to the end: the load test's players, and the fault
//! tests' clients that lose the server (or drop their own connection) and come back with the
//! seat's token.
//!
//! The strategy is the Python example agent's (examples/agents/python/agent.py): a target
//! that falls with the side's turns from 1 to what breaking off is worth; accept the other
//! side's standing offer when the treaty it makes is worth the target, else offer the best
//! allowed terms conceded, a step at a time and cheapest first, down to the target; a refused
//! move falls back to passing.

use crate::engine::play::moves::TurnSpec;
use crate::engine::play::side::Side;
use crate::engine::play::state::{Author, Status};
use crate::engine::play::view::{SeatState, SeatView};
use crate::i18n::Lang;
use crate::net::protocol::{Bid, PartyMessage, ServerMessage};
use crate::tr;
use futures_util::{SinkExt, StreamExt};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tokio_tungstenite::tungstenite::Message;

type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// How a player behaves besides its strategy.
#[derive(Clone, Debug)]
pub struct PlayOptions {
    /// A pause before each move, to spread a test's moves out in time.
    pub think: Duration,
    /// Close the connection once this many own moves are acknowledged, then reconnect with
    /// the seat's token (a student's dropped network).
    pub drop_after_own_moves: Option<usize>,
    /// How long to keep trying to reconnect after losing the connection (0: give up at once).
    pub reconnect_for: Duration,
    /// The longest silence from the server before the player gives up.
    pub silence: Duration,
    /// Counts own moves acknowledged, across players, for a test that watches progress.
    pub acknowledged: Option<Arc<AtomicUsize>>,
}

impl Default for PlayOptions {
    fn default() -> Self {
        PlayOptions {
            think: Duration::ZERO,
            drop_after_own_moves: None,
            reconnect_for: Duration::ZERO,
            silence: Duration::from_secs(60),
            acknowledged: None,
        }
    }
}

/// What one player saw of its game.
#[derive(Clone, Debug, Default)]
pub struct SeatReport {
    pub side: Option<Side>,
    /// The outcome's title and this side's utility, once `Finished` came.
    pub finished: Option<(String, f64)>,
    /// Send → the `ActionDone` of that move, per acknowledged own move.
    pub round_trips: Vec<Duration>,
    /// Own moves acknowledged by an `ActionDone`.
    pub own_moves: usize,
    /// Own moves the server refused (each followed by a pass).
    pub refused: usize,
    /// The most moves of the table (both sides) this player saw acknowledged.
    pub moves_seen: u32,
    /// Moves of the table in each `Settings` after a reconnect: where the table resumed.
    pub resumed_at: Vec<u32>,
    /// Moves of the table this player had seen acknowledged when each connection was lost.
    pub seen_before_loss: Vec<u32>,
    /// Why the player stopped before the end, if it did.
    pub error: Option<Failure>,
}

/// Why a player stopped before the end. Its `Display` is English, for programs (the load
/// test's `--json` `first_failure`); `in_lang` words it for people. What the server or the
/// network said is quoted as they said it.
#[derive(Clone, Debug, PartialEq)]
pub enum Failure {
    CannotConnect {
        url: String,
        reason: String,
    },
    /// The server said nothing for this long.
    Silent(Duration),
    Lost(Loss),
    /// A frame the protocol does not know: the parser's reason and the frame.
    UnknownFrame {
        reason: String,
        frame: String,
    },
    TurnBeforeSettings,
    /// The server refused the seat or a move: its `kind` and `message`.
    Refused {
        kind: String,
        message: String,
    },
    PassRefused {
        kind: String,
        message: String,
    },
    SeatTaken(String),
    /// The player's task failed (a panic): the runtime's reason.
    Crashed(String),
}

/// How a connection was lost.
#[derive(Clone, Debug, PartialEq)]
pub enum Loss {
    Closed,
    ClosedByServer,
    DroppedOnPurpose,
    /// The network's reason, as the WebSocket library gives it.
    Network(String),
}

impl Failure {
    /// The reason in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        match self {
            Failure::CannotConnect { url, reason } => tr!(
                lang,
                "cli-loadtest-failure-cannot-connect",
                url = url.as_str(),
                reason = reason.as_str()
            ),
            Failure::Silent(silence) => {
                let seconds = format!("{:.1}", silence.as_secs_f64());
                tr!(lang, "cli-loadtest-failure-silent", seconds = seconds)
            }
            Failure::Lost(loss) => tr!(lang, "cli-loadtest-failure-lost", reason = loss.in_lang(lang)),
            Failure::UnknownFrame { reason, frame } => tr!(
                lang,
                "cli-loadtest-failure-unknown-frame",
                reason = reason.as_str(),
                frame = frame.as_str()
            ),
            Failure::TurnBeforeSettings => tr!(lang, "cli-loadtest-failure-turn-before-settings"),
            Failure::Refused { kind, message } => format!("{kind}: {message}"),
            Failure::PassRefused { kind, message } => tr!(
                lang,
                "cli-loadtest-failure-pass-refused",
                kind = kind.as_str(),
                message = message.as_str()
            ),
            Failure::SeatTaken(reason) => tr!(lang, "cli-loadtest-failure-seat-taken", reason = reason.as_str()),
            Failure::Crashed(reason) => tr!(lang, "cli-loadtest-failure-crashed", reason = reason.as_str()),
        }
    }
}

impl Loss {
    fn in_lang(&self, lang: Lang) -> String {
        match self {
            Loss::Closed => tr!(lang, "cli-loadtest-loss-closed"),
            Loss::ClosedByServer => tr!(lang, "cli-loadtest-loss-closed-by-server"),
            Loss::DroppedOnPurpose => tr!(lang, "cli-loadtest-loss-dropped"),
            Loss::Network(reason) => reason.clone(),
        }
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_lang(Lang::English))
    }
}

/// Plays the seat behind `token` at the server's WebSocket `ws_url` until the talks end.
pub async fn play(ws_url: &str, token: &str, options: &PlayOptions) -> SeatReport {
    let mut report = SeatReport::default();
    let mut seat: Option<Seat> = None;
    let mut connection = 0usize;
    let mut in_use_since: Option<Instant> = None;
    loop {
        let socket = match connect(ws_url, token, options, connection > 0).await {
            Ok(socket) => socket,
            Err(e) => {
                report.error = Some(e);
                return report;
            }
        };
        let ended = session(socket, &mut seat, &mut report, options, connection > 0).await;
        match ended {
            Ended::Finished => return report,
            Ended::Fatal(e) => {
                report.error = Some(e);
                return report;
            }
            Ended::Lost(why) => {
                report.seen_before_loss.push(report.moves_seen);
                if options.reconnect_for.is_zero() {
                    report.error = Some(Failure::Lost(why));
                    return report;
                }
                in_use_since = None;
            }
            Ended::SeatInUse(why) => {
                // The server has not yet seen the old connection go: try again shortly.
                let since = *in_use_since.get_or_insert_with(Instant::now);
                if since.elapsed() > options.reconnect_for {
                    report.error = Some(why);
                    return report;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
        connection += 1;
    }
}

/// What the player knows of its seat: fixed for the game.
struct Seat {
    side: Side,
    view: SeatView,
}

enum Ended {
    Finished,
    Lost(Loss),
    /// Refused with `seat_in_use` on reconnecting.
    SeatInUse(Failure),
    Fatal(Failure),
}

/// Opens a connection and takes the seat; when reconnecting, retries until the server is
/// back (or the seat is free again) or `reconnect_for` has passed.
async fn connect(ws_url: &str, token: &str, options: &PlayOptions, again: bool) -> Result<Socket, Failure> {
    let deadline = Instant::now() + if again { options.reconnect_for } else { Duration::ZERO };
    loop {
        let attempt = async {
            // No Nagle: a move is one small frame, and its round trip is what is measured.
            let (mut socket, _) = tokio_tungstenite::connect_async_with_config(ws_url, None, true)
                .await
                .map_err(|e| Failure::CannotConnect {
                    url: ws_url.to_string(),
                    reason: e.to_string(),
                })?;
            send(
                &mut socket,
                &PartyMessage::Connect {
                    token: token.to_string(),
                    lang: None,
                },
            )
            .await
            .map_err(|reason| Failure::Lost(Loss::Network(reason)))?;
            Ok::<Socket, Failure>(socket)
        };
        match attempt.await {
            Ok(socket) => return Ok(socket),
            Err(e) if Instant::now() >= deadline => return Err(e),
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
}

/// Plays on one connection until the talks end or the connection is lost.
async fn session(
    mut socket: Socket,
    seat: &mut Option<Seat>,
    report: &mut SeatReport,
    options: &PlayOptions,
    reconnected: bool,
) -> Ended {
    // The move sent and not yet answered: when, and whether it was the fallback pass.
    let mut pending: Option<(Instant, bool)> = None;
    let mut seated = false;
    loop {
        let frame = match tokio::time::timeout(options.silence, socket.next()).await {
            Err(_) => return Ended::Fatal(Failure::Silent(options.silence)),
            Ok(None) => return Ended::Lost(Loss::Closed),
            Ok(Some(Err(e))) => return Ended::Lost(Loss::Network(e.to_string())),
            Ok(Some(Ok(frame))) => frame,
        };
        let text = match frame {
            Message::Text(text) => text,
            Message::Close(_) => return Ended::Lost(Loss::ClosedByServer),
            _ => continue,
        };
        let message: ServerMessage = match serde_json::from_str(text.as_str()) {
            Ok(message) => message,
            Err(e) => {
                return Ended::Fatal(Failure::UnknownFrame {
                    reason: e.to_string(),
                    frame: text.to_string(),
                });
            }
        };
        match message {
            ServerMessage::Settings(settings) => {
                seated = true;
                if reconnected {
                    report.resumed_at.push(settings.view.talks.turns_played);
                }
                report.moves_seen = report.moves_seen.max(settings.view.talks.turns_played);
                report.side = Some(settings.side);
                *seat = Some(Seat {
                    side: settings.side,
                    view: settings.view,
                });
            }
            ServerMessage::YourTurn { state, .. } => {
                let Some(seat) = seat.as_ref() else {
                    return Ended::Fatal(Failure::TurnBeforeSettings);
                };
                if !options.think.is_zero() {
                    tokio::time::sleep(options.think).await;
                }
                let message = choose(&seat.view, &state);
                pending = Some((Instant::now(), false));
                if let Err(e) = send(&mut socket, &message).await {
                    return Ended::Lost(Loss::Network(e));
                }
            }
            ServerMessage::ActionDone(done) => {
                report.moves_seen = report.moves_seen.max(done.state.turns_played);
                if seat.as_ref().is_some_and(|s| s.side == done.by)
                    && let Some((sent, _)) = pending.take()
                {
                    report.round_trips.push(sent.elapsed());
                    report.own_moves += 1;
                    if let Some(counter) = &options.acknowledged {
                        counter.fetch_add(1, Ordering::Relaxed);
                    }
                    if options.drop_after_own_moves == Some(report.own_moves) {
                        let _ = socket.close(None).await;
                        return Ended::Lost(Loss::DroppedOnPurpose);
                    }
                }
            }
            ServerMessage::Finished(finished) => {
                report.moves_seen = report.moves_seen.max(finished.state.turns_played);
                report.finished = Some((finished.outcome, finished.utility));
                let _ = socket.close(None).await;
                return Ended::Finished;
            }
            ServerMessage::Error { kind, message } => {
                if !seated {
                    // The old connection may not be closed on the server's side yet.
                    let in_use = kind == "seat_in_use";
                    let refused = Failure::Refused { kind, message };
                    if in_use && reconnected {
                        return Ended::SeatInUse(refused);
                    }
                    return Ended::Fatal(refused);
                }
                match pending {
                    Some((_, false)) if kind != "not_your_turn" && kind != "paused" => {
                        report.refused += 1;
                        pending = Some((Instant::now(), true));
                        let pass = PartyMessage::Turn {
                            turn: TurnSpec::default(),
                            text: Some("We have nothing to add today.".into()),
                        };
                        if let Err(e) = send(&mut socket, &pass).await {
                            return Ended::Lost(Loss::Network(e));
                        }
                    }
                    Some((_, true)) => return Ended::Fatal(Failure::PassRefused { kind, message }),
                    _ => {}
                }
            }
            ServerMessage::SeatTaken { reason } => return Ended::Fatal(Failure::SeatTaken(reason)),
            ServerMessage::Paused { .. } | ServerMessage::Notice { .. } | ServerMessage::Pong => {}
        }
    }
}

async fn send(socket: &mut Socket, message: &PartyMessage) -> Result<(), String> {
    let json = serde_json::to_string(message).map_err(|e| e.to_string())?;
    socket.send(Message::text(json)).await.map_err(|e| e.to_string())
}

/// The move for this turn: accept the other side's standing offer if the treaty it makes is
/// worth the target now (and no term of it is forbidden by the instructions), else offer the terms a greedy concession reaches at the target.
pub fn choose(view: &SeatView, state: &SeatState) -> PartyMessage {
    let side = view.side;
    let (done, total) = state.turn_progress;
    let time = if total <= 1 {
        1.0
    } else {
        (done as f64 / (total - 1) as f64).min(1.0)
    };
    let target = 1.0 - (1.0 - state.reservation.clamp(0.0, 1.0)) * time;
    if state.last_look.awaiting() == Some(side) {
        // The treaty is complete: the mediator's amendment is taken if it costs nothing.
        let agreed = agreed(view, state);
        let mut amended = agreed.clone();
        for (article, option) in state.proposals[Author::Mediator.index()].terms.iter() {
            amended[article] = Some(option);
        }
        if utility(view, &amended) >= utility(view, &agreed) {
            return PartyMessage::Accept {
                text: Some("The amendment costs my government nothing.".into()),
            };
        }
        return PartyMessage::Turn {
            turn: TurnSpec::default(),
            text: Some("We keep the treaty as agreed.".into()),
        };
    }
    let theirs = &state.proposals[side.other().index()];
    let forbidden =
        |(article, option): (usize, u8)| state.forbidden.get(article).is_some_and(|f| f & (1 << option) != 0);
    if !theirs.terms.is_empty() && !theirs.terms.iter().any(forbidden) {
        let mut terms = agreed(view, state);
        for (article, option) in theirs.terms.iter() {
            terms[article] = Some(option);
        }
        if utility(view, &terms) >= target {
            return PartyMessage::Accept {
                text: Some("These terms are acceptable to my government.".into()),
            };
        }
    }
    let bid = bid_at(view, state, target);
    if bid.is_empty() {
        return PartyMessage::Turn {
            turn: TurnSpec::default(),
            text: Some("We await your proposal.".into()),
        };
    }
    PartyMessage::Offer {
        bid,
        text: Some("We propose these terms.".into()),
    }
}

/// Per article, the option agreed so far.
fn agreed(view: &SeatView, state: &SeatState) -> Vec<Option<u8>> {
    (0..view.public.articles.len())
        .map(|a| match state.statuses.get(a) {
            Some(Status::Agreed(option)) => Some(*option),
            _ => None,
        })
        .collect()
}

fn points(view: &SeatView, article: usize, option: u8) -> i32 {
    view.mandate.valuation.points(article, option)
}

/// Own utility of a treaty, an article left open counted at its worst option for this side
/// (the profile's formula: `(points − min_total) / (max_total − min_total)`).
fn utility(view: &SeatView, terms: &[Option<u8>]) -> f64 {
    let valuation = &view.mandate.valuation;
    let total: i32 = terms
        .iter()
        .enumerate()
        .map(|(article, option)| match option {
            Some(option) => points(view, article, *option),
            None => (0..view.public.articles[article].options.len() as u8)
                .map(|o| points(view, article, o))
                .min()
                .unwrap_or(0),
        })
        .sum();
    let (min, max) = (valuation.min_total(), valuation.max_total());
    if max == min {
        1.0
    } else {
        f64::from(total - min) / f64::from(max - min)
    }
}

/// The best allowed option on every article open for proposals now, then, while the treaty
/// stays worth the target, the one step down (to a lower allowed option on one article) that
/// costs the fewest points.
fn bid_at(view: &SeatView, state: &SeatState, target: f64) -> Bid {
    let Some(session) = view.public.sessions.get(state.session) else {
        return Bid::new();
    };
    let mut terms = agreed(view, state);
    let open: Vec<usize> = session.tabled.iter().filter(|&a| terms[a].is_none()).collect();
    let allowed = |article: usize| {
        let forbidden = state.forbidden.get(article).copied().unwrap_or(0);
        (0..view.public.articles[article].options.len() as u8).filter(move |&o| forbidden & (1 << o) == 0)
    };
    for &article in &open {
        terms[article] = allowed(article).max_by_key(|&o| points(view, article, o));
    }
    loop {
        let step = open
            .iter()
            .filter_map(|&article| {
                let now = points(view, article, terms[article]?);
                allowed(article)
                    .filter(|&o| points(view, article, o) < now)
                    .max_by_key(|&o| points(view, article, o))
                    .map(|o| (now - points(view, article, o), article, o))
            })
            .filter(|&(_, article, option)| {
                let mut lower = terms.clone();
                lower[article] = Some(option);
                utility(view, &lower) >= target
            })
            .min();
        match step {
            Some((_, article, option)) => terms[article] = Some(option),
            None => break,
        }
    }
    open.iter()
        .filter_map(|&article| {
            let option = terms[article]?;
            let article = &view.public.articles[article];
            Some((article.id.clone(), article.options[option as usize].id.clone()))
        })
        .collect()
}
