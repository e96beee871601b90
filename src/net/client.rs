//! A seat's connection to the class server, on a thread of its own: the window hands it
//! moves and reads what the server said through channels, so a slow or lost network never
//! holds up a frame. The thread runs a small tokio runtime with one WebSocket; when the
//! connection drops it reconnects by itself with the seat's token (`Connect { token }`),
//! waiting a little longer each time, and says how it stands (`LinkStatus`).

use crate::i18n::Lang;
use crate::net::protocol::{PartyMessage, ServerMessage};
use futures_util::{SinkExt, StreamExt};
use std::sync::mpsc;
use std::time::Duration;
use tokio::sync::mpsc as tokio_mpsc;
use tokio_tungstenite::tungstenite::Message;

/// How long an attempt to reach the server may take before it counts as failed.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Waits between attempts to reconnect: doubling from the first, never above the last.
const FIRST_RETRY: Duration = Duration::from_millis(250);
const LONGEST_RETRY: Duration = Duration::from_secs(5);
/// After this many failed attempts in a row the connection counts as lost (it keeps trying).
const ATTEMPTS_BEFORE_LOST: u32 = 6;
/// An idle connection is kept open with a ping this often.
const PING_EVERY: Duration = Duration::from_secs(20);

/// Where the server is, as the student typed it, checked and made a WebSocket URL.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AddressError {
    #[error("Type the server's address, as the teacher gave it (for example 192.168.1.20:7905).")]
    Empty,
    #[error("“{0}” is not an address: it should look like 192.168.1.20:7905 or school-server:7905.")]
    Malformed(String),
    #[error("The port in “{0}” should be a number from 1 to 65535.")]
    BadPort(String),
}

impl AddressError {
    /// What the student reads, in their language.
    pub fn in_lang(&self, l: Lang) -> String {
        match self {
            AddressError::Empty => crate::tr!(l, "class-status-no-address"),
            AddressError::Malformed(address) => crate::tr!(l, "class-status-bad-address", address = address.as_str()),
            AddressError::BadPort(address) => crate::tr!(l, "class-status-bad-port", address = address.as_str()),
        }
    }
}

/// The WebSocket URL of the server at `address`: `host:port`, `http://host:port`, or a
/// `ws://` URL; the port defaults to 7905 and the path to `/ws`.
pub fn websocket_url(address: &str) -> Result<String, AddressError> {
    let address = address.trim();
    if address.is_empty() {
        return Err(AddressError::Empty);
    }
    let rest = ["ws://", "http://"]
        .iter()
        .find_map(|scheme| address.strip_prefix(scheme))
        .unwrap_or(address);
    if ["wss://", "https://"].iter().any(|s| address.starts_with(s)) {
        return Err(AddressError::Malformed(address.into()));
    }
    let (host_port, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let (host, port) = match host_port.rsplit_once(':') {
        // An IPv6 address in brackets keeps its colons.
        Some((host, port)) if !port.contains(']') => (host, Some(port)),
        _ => (host_port, None),
    };
    let host_ok = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '[' | ']' | ':'));
    if !host_ok {
        return Err(AddressError::Malformed(address.into()));
    }
    let port = match port {
        None => 7905,
        Some(p) => match p.parse::<u16>() {
            Ok(p) if p > 0 => p,
            _ => return Err(AddressError::BadPort(address.into())),
        },
    };
    let path = if path.is_empty() || path == "/" { "/ws" } else { path };
    Ok(format!("ws://{host}:{port}{path}"))
}

/// How a seat is taken when the link opens.
#[derive(Clone, Debug)]
pub enum Hello {
    /// A student joining a table by its code, under a name, perhaps asking for a side.
    Join {
        code: String,
        name: String,
        side: Option<crate::engine::play::side::Side>,
    },
    /// A seat taken again by its token (after a restart of the game).
    Token(String),
}

/// How the connection stands, for the table to show.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkStatus {
    Connecting,
    Connected,
    /// The connection dropped; trying again (attempt counts from 1).
    Reconnecting {
        attempt: u32,
        reason: String,
    },
    /// No answer for a while: still trying, but the player should know.
    Lost {
        reason: String,
    },
    /// The server refused the seat or took it away: no more attempts.
    Refused {
        reason: String,
    },
    /// The talks are over and the server closed the connection.
    Closed,
}

/// What the link tells the window.
#[derive(Clone, Debug)]
pub enum LinkEvent {
    Status(LinkStatus),
    Message(ServerMessage),
    /// A message could not be sent: the connection was down.
    Unsent(PartyMessage),
}

/// The window's end of a connection. Dropping it closes the connection and ends its thread.
pub struct Link {
    outgoing: tokio_mpsc::UnboundedSender<PartyMessage>,
    incoming: mpsc::Receiver<LinkEvent>,
}

/// Called after the link has news, to wake a window that sleeps until something happens.
pub type Waker = Box<dyn Fn() + Send + 'static>;

impl Link {
    /// Opens a connection to `url` (see `websocket_url`) on its own thread; the server's
    /// words come in English.
    pub fn open(url: String, hello: Hello, wake: Waker) -> std::io::Result<Link> {
        Link::open_in(url, hello, None, wake)
    }

    /// Opens a connection whose server words (refusals, notices) come in `lang`: the
    /// language goes with every `Join` and `Connect`, reconnections included.
    pub fn open_in(url: String, hello: Hello, lang: Option<Lang>, wake: Waker) -> std::io::Result<Link> {
        let (outgoing, from_window) = tokio_mpsc::unbounded_channel();
        let (to_window, incoming) = mpsc::channel();
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
        std::thread::Builder::new().name("class-link".into()).spawn(move || {
            let mut worker = Worker {
                url,
                hello,
                lang,
                token: None,
                finished: false,
                to_window,
                wake,
            };
            runtime.block_on(worker.run(from_window));
        })?;
        Ok(Link { outgoing, incoming })
    }

    /// The player now reads `lang`: the server is told at once if the line is up (it sends
    /// the seat's view again in that language), and every later `Join` or `Connect` asks for
    /// it. Never reported as unsent: a connection made later carries it anyway.
    pub fn set_language(&self, lang: Lang) {
        self.send(PartyMessage::Language {
            lang: lang.code().to_string(),
        });
    }

    /// Sends a message to the server (or, with the connection down, says it was not sent).
    pub fn send(&self, message: PartyMessage) {
        // The thread ends only when this end is dropped, so the channel is open.
        let _ = self.outgoing.send(message);
    }

    /// The next thing the link has to say, without waiting.
    pub fn try_recv(&self) -> Option<LinkEvent> {
        self.incoming.try_recv().ok()
    }
}

struct Worker {
    url: String,
    hello: Hello,
    /// The language asked of the server, if any.
    lang: Option<Lang>,
    /// The seat's token, once the server gave it (or the one the link opened with).
    token: Option<String>,
    finished: bool,
    to_window: mpsc::Sender<LinkEvent>,
    wake: Waker,
}

/// Why a connection ended.
enum Ended {
    /// The window dropped its end: stop.
    WindowGone,
    /// The network failed or the server closed: try again.
    Dropped(String),
    /// The server refused the seat for good.
    Refused(String),
}

impl Worker {
    /// Keeps the language a `Language` message names for the connections to come; true if
    /// the message was one (it is then never reported unsent).
    fn remember_language(&mut self, message: &PartyMessage) -> bool {
        match message {
            PartyMessage::Language { lang } => {
                self.lang = crate::net::lang::from_tag(lang).or(self.lang);
                true
            }
            _ => false,
        }
    }

    fn tell(&self, event: LinkEvent) -> bool {
        let sent = self.to_window.send(event).is_ok();
        (self.wake)();
        sent
    }

    async fn run(&mut self, mut from_window: tokio_mpsc::UnboundedReceiver<PartyMessage>) {
        if let Hello::Token(token) = &self.hello {
            self.token = Some(token.clone());
        }
        self.tell(LinkEvent::Status(LinkStatus::Connecting));
        let mut failures = 0u32;
        loop {
            let reason = match self.connection(&mut from_window, &mut failures).await {
                Ended::WindowGone => return,
                Ended::Refused(reason) => {
                    self.tell(LinkEvent::Status(LinkStatus::Refused { reason }));
                    // Wait for the window to let go, answering moves with "not sent".
                    while let Some(message) = from_window.recv().await {
                        if !self.remember_language(&message) {
                            self.tell(LinkEvent::Unsent(message));
                        }
                    }
                    return;
                }
                Ended::Dropped(_) if self.finished => {
                    self.tell(LinkEvent::Status(LinkStatus::Closed));
                    while from_window.recv().await.is_some() {}
                    return;
                }
                Ended::Dropped(reason) => reason,
            };
            failures += 1;
            let status = if failures > ATTEMPTS_BEFORE_LOST {
                LinkStatus::Lost { reason }
            } else {
                LinkStatus::Reconnecting {
                    attempt: failures,
                    reason,
                }
            };
            if !self.tell(LinkEvent::Status(status)) {
                return;
            }
            let wait = FIRST_RETRY
                .saturating_mul(1 << (failures - 1).min(8))
                .min(LONGEST_RETRY);
            // Moves made while the line is down are not kept: the table is shown afresh
            // from what the server says on reconnecting.
            let sleep = tokio::time::sleep(wait);
            tokio::pin!(sleep);
            loop {
                tokio::select! {
                    _ = &mut sleep => break,
                    message = from_window.recv() => match message {
                        Some(message) => {
                            if !self.remember_language(&message) {
                                self.tell(LinkEvent::Unsent(message));
                            }
                        }
                        None => return,
                    },
                }
            }
        }
    }

    /// One connection, from dialling to its end.
    async fn connection(
        &mut self,
        from_window: &mut tokio_mpsc::UnboundedReceiver<PartyMessage>,
        failures: &mut u32,
    ) -> Ended {
        let dialled = tokio::time::timeout(CONNECT_TIMEOUT, tokio_tungstenite::connect_async(self.url.as_str())).await;
        let mut socket = match dialled {
            Err(_) => return Ended::Dropped("the server did not answer in time".into()),
            Ok(Err(problem)) => return Ended::Dropped(describe(&problem)),
            Ok(Ok((socket, _))) => socket,
        };
        let lang = self.lang.map(|l| l.code().to_string());
        let hello = match (&self.token, &self.hello) {
            (Some(token), _) | (None, Hello::Token(token)) => PartyMessage::Connect {
                token: token.clone(),
                lang,
            },
            (None, Hello::Join { code, name, side }) => PartyMessage::Join {
                code: code.clone(),
                name: name.clone(),
                side: *side,
                lang,
            },
        };
        if let Err(problem) = socket.send(frame(&hello)).await {
            return Ended::Dropped(describe(&problem));
        }
        let mut seated = false;
        let mut ping = tokio::time::interval(PING_EVERY);
        ping.tick().await;
        loop {
            tokio::select! {
                received = socket.next() => {
                    let text = match received {
                        None => return Ended::Dropped("the server closed the connection".into()),
                        Some(Err(problem)) => return Ended::Dropped(describe(&problem)),
                        Some(Ok(Message::Text(text))) => text,
                        Some(Ok(Message::Close(_))) => return Ended::Dropped("the server closed the connection".into()),
                        Some(Ok(_)) => continue,
                    };
                    let message: ServerMessage = match serde_json::from_str(text.as_str()) {
                        Ok(message) => message,
                        // A message this version does not know: the game goes on without it.
                        Err(_) => continue,
                    };
                    match &message {
                        ServerMessage::Settings(settings) => {
                            self.token = Some(settings.token.clone());
                            if !seated {
                                seated = true;
                                *failures = 0;
                                self.tell(LinkEvent::Status(LinkStatus::Connected));
                            }
                        }
                        ServerMessage::Finished(_) => self.finished = true,
                        ServerMessage::SeatTaken { reason } => return Ended::Refused(reason.clone()),
                        ServerMessage::Error { kind, message } if !seated => {
                            // A seat that is still held by a dropped connection frees up soon.
                            let retry = kind == "seat_in_use" && self.token.is_some();
                            if !retry && is_refusal_of_seat(kind) {
                                return Ended::Refused(message.clone());
                            }
                        }
                        _ => {}
                    }
                    if !self.tell(LinkEvent::Message(message)) {
                        return Ended::WindowGone;
                    }
                }
                outgoing = from_window.recv() => {
                    let Some(message) = outgoing else { return Ended::WindowGone };
                    let language = self.remember_language(&message);
                    if let Err(problem) = socket.send(frame(&message)).await {
                        if !language {
                            self.tell(LinkEvent::Unsent(message));
                        }
                        return Ended::Dropped(describe(&problem));
                    }
                }
                _ = ping.tick() => {
                    if let Err(problem) = socket.send(frame(&PartyMessage::Ping)).await {
                        return Ended::Dropped(describe(&problem));
                    }
                }
            }
        }
    }
}

/// Errors that mean the seat will not be given, whatever the network does.
fn is_refusal_of_seat(kind: &str) -> bool {
    matches!(
        kind,
        "unknown_code" | "table_full" | "bad_token" | "seat_in_use" | "finished"
    )
}

fn frame(message: &PartyMessage) -> Message {
    Message::text(serde_json::to_string(message).expect("party messages serialise"))
}

fn describe(problem: &tokio_tungstenite::tungstenite::Error) -> String {
    use tokio_tungstenite::tungstenite::Error;
    match problem {
        Error::Io(io) => match io.kind() {
            std::io::ErrorKind::ConnectionRefused => "nothing answers at that address (is the server running?)".into(),
            std::io::ErrorKind::ConnectionReset | std::io::ErrorKind::ConnectionAborted => {
                "the connection was cut".into()
            }
            _ => format!("the network failed ({io})"),
        },
        Error::Http(response) => format!("the server answered {} (is that the class server?)", response.status()),
        Error::Url(_) => "that address is not a server address".into(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_become_websocket_urls() {
        assert_eq!(websocket_url("127.0.0.1:7905").unwrap(), "ws://127.0.0.1:7905/ws");
        assert_eq!(websocket_url(" school-server ").unwrap(), "ws://school-server:7905/ws");
        assert_eq!(websocket_url("http://10.0.0.2:8080/").unwrap(), "ws://10.0.0.2:8080/ws");
        assert_eq!(websocket_url("ws://localhost:1/ws").unwrap(), "ws://localhost:1/ws");
        assert_eq!(websocket_url(""), Err(AddressError::Empty));
        assert!(matches!(
            websocket_url("not an address"),
            Err(AddressError::Malformed(_))
        ));
        assert!(matches!(websocket_url("host:99999"), Err(AddressError::BadPort(_))));
        assert!(matches!(websocket_url("host:0"), Err(AddressError::BadPort(_))));
    }
}
