//! The class server (`portsmouth serve`): an authoritative server on the engine. Students'
//! games and outside agents speak the protocol of `net::protocol` over a WebSocket at `/ws`;
//! the teacher's dashboard pages (`net::dashboard`) call the JSON API under `/api`. The
//! class lives in `DIR/class.sqlite`; a server killed and started again resumes every table.
//!
//! - `db`: the SQLite file; `catalog`: the scenarios; `secrets`: tokens and codes;
//! - `table`: one live game and what each seat is sent; `class`: all tables, pause, time,
//!   computer delegations; `ws`: one task per connection; `teacher`: the JSON API;
//!   `snapshot`: the class as the dashboard reads it; `export`: saves, minutes, gradebook
//!   (the other side's confidential words are kept out of what a seat is sent by the
//!   engine's `records::confidential`);
//! - `prose`: the scenario in each seat's language, compiled once; `shape`: the check that a
//!   translation changed words only.

mod catalog;
mod class;
mod db;
mod export;
mod prose;
mod secrets;
mod shape;
mod snapshot;
mod table;
mod teacher;
mod ws;

pub use class::{MAX_NAME_CHARS, MAX_TABLES};
pub use table::MAX_TEXT_CHARS;
pub use ws::{MAX_TRANSPORT_FRAME, MESSAGES_PER_SECOND};

use crate::engine::source::diagnostic::system_reason;
use crate::i18n::Lang;
use crate::tr;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State, WebSocketUpgrade};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::serve::ListenerExt;
use class::Class;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The most connections served at once; more are turned away with 503 (a class is a few
/// dozen; this keeps a flood from exhausting memory).
const MAX_CONNECTIONS: usize = 2_000;

/// Where the server listens and keeps its class.
#[derive(Clone, Debug)]
pub struct Config {
    pub bind: IpAddr,
    /// 0 for any free port (the tests).
    pub port: u16,
    /// The class's folder: `class.sqlite` lives there.
    pub dir: PathBuf,
    pub scenarios: PathBuf,
    /// Messages a connection may send per second (twice as many in a burst).
    pub messages_per_second: u32,
    /// The language of the pages for a browser that names none (`--lang`); protocol
    /// clients that name none read English.
    pub lang: Lang,
}

impl Config {
    /// The teacher's defaults (`portsmouth serve`) for a place and a port.
    pub fn new(bind: IpAddr, port: u16, dir: PathBuf, scenarios: PathBuf) -> Config {
        Config {
            bind,
            port,
            dir,
            scenarios,
            messages_per_second: ws::MESSAGES_PER_SECOND,
            lang: Lang::English,
        }
    }
}

/// A server started: where it listens, the teacher's key, and what it noticed on start.
pub struct Running {
    pub addr: SocketAddr,
    pub key: String,
    /// Scenario files left out, tables that no longer replay: each a sentence.
    pub warnings: Vec<String>,
    pub tables: usize,
    server: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Running {
    /// Serves until the server fails (it does not stop on its own).
    pub async fn wait(self) -> std::io::Result<()> {
        self.server.await.unwrap_or_else(|e| Err(std::io::Error::other(e)))
    }

    /// Stops serving at once (the tests' way of dropping a server).
    pub fn abort(&self) {
        self.server.abort();
    }
}

#[derive(Clone)]
struct AppState {
    class: Arc<Class>,
    connections: Arc<AtomicUsize>,
}

/// Opens the class in `config.dir`, binds, and starts serving on the current tokio runtime.
/// Errors are sentences naming the place and what to do, in `config.lang` (for the teacher
/// at the terminal), as are the warnings about scenario files left out.
pub async fn start(config: Config) -> Result<Running, String> {
    let lang = config.lang;
    let folder = config.dir.display().to_string();
    std::fs::create_dir_all(&config.dir).map_err(|e| {
        with_help(
            tr!(
                lang,
                "cli-serve-no-class-folder",
                folder = folder.as_str(),
                error = system_reason(&e).in_lang(lang)
            ),
            tr!(lang, "cli-serve-no-class-folder-help"),
        )
    })?;
    let (catalog, mut warnings) = catalog::Catalog::read(&config.scenarios, lang)?;
    if catalog.offered().is_empty() {
        return Err(with_help(
            tr!(
                lang,
                "cli-serve-no-scenario",
                folder = config.scenarios.display().to_string()
            ),
            tr!(lang, "cli-serve-no-scenario-help"),
        ));
    }
    let db_path = config.dir.join("class.sqlite");
    let db = db::Db::open(&db_path).map_err(|e| {
        with_help(
            tr!(
                lang,
                "cli-serve-cannot-open-db",
                path = db_path.display().to_string(),
                error = e.to_string()
            ),
            tr!(lang, "cli-serve-cannot-open-db-help"),
        )
    })?;
    let (class, problems) = Class::open(db, catalog, config.messages_per_second.max(1), lang).map_err(|e| {
        with_help(
            tr!(
                lang,
                "cli-serve-cannot-read-db",
                path = db_path.display().to_string(),
                error = e.to_string()
            ),
            tr!(lang, "cli-serve-cannot-read-db-help"),
        )
    })?;
    warnings.extend(problems);
    let class = Arc::new(class);
    let listener = tokio::net::TcpListener::bind((config.bind, config.port))
        .await
        .map_err(|e| {
            let help = if e.kind() == std::io::ErrorKind::AddrInUse {
                tr!(lang, "cli-serve-port-in-use-help")
            } else {
                tr!(lang, "cli-serve-cannot-listen-help")
            };
            with_help(
                tr!(
                    lang,
                    "cli-serve-cannot-listen",
                    address = config.bind.to_string(),
                    port = config.port.to_string(),
                    error = system_reason(&e).in_lang(lang)
                ),
                help,
            )
        })?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let tables = class.tables().len();
    class.kick_all();
    let key = class.key.clone();
    let clock = Arc::clone(&class);
    let app = router(AppState {
        class,
        connections: Arc::new(AtomicUsize::new(0)),
    });
    // Small messages each way, one at a time: without TCP_NODELAY, Nagle's algorithm and
    // the peer's delayed acknowledgement hold a move's answer back some 40 ms.
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    // The class's clock runs in the server's task, so that stopping the server stops it.
    let server = tokio::spawn(async move {
        tokio::select! {
            served = axum::serve(listener, app).into_future() => served,
            never = class_clock(clock) => match never {},
        }
    });
    Ok(Running {
        addr,
        key,
        warnings,
        tables,
        server,
    })
}

/// A message with its help line indented under it, as the command line writes them.
fn with_help(message: String, help: String) -> String {
    format!("{message}\n    {help}")
}

fn router(state: AppState) -> Router {
    let api = teacher::routes(state.class.clone()).with_state(state.class.clone());
    let lang = state.class.lang;
    Router::new()
        .route(
            "/",
            get(move |request: Request| async move { student_page(&request, lang) }),
        )
        .route("/ws", get(websocket).with_state(state))
        .nest("/api", api)
        .merge(crate::net::dashboard::routes(lang))
        // Teacher requests are small JSON; nothing the API takes comes near this.
        .layer(DefaultBodyLimit::max(64 * 1024))
}

async fn websocket(State(state): State<AppState>, upgrade: WebSocketUpgrade) -> Response {
    if state.connections.fetch_add(1, Ordering::SeqCst) >= MAX_CONNECTIONS {
        state.connections.fetch_sub(1, Ordering::SeqCst);
        return (axum::http::StatusCode::SERVICE_UNAVAILABLE, "too many connections").into_response();
    }
    let guard = ConnectionGuard(state.connections.clone());
    upgrade
        .max_message_size(MAX_TRANSPORT_FRAME)
        .max_frame_size(MAX_TRANSPORT_FRAME)
        .on_upgrade(move |socket| async move {
            ws::serve(socket, state.class).await;
            drop(guard);
        })
}

/// Counts a connection until its task ends (or its upgrade fails).
struct ConnectionGuard(Arc<AtomicUsize>);

impl Drop for ConnectionGuard {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// How often the class looks for student seats left empty past their table's time.
const CLOCK_TICK: std::time::Duration = std::time::Duration::from_millis(500);

/// Hands empty seats to the computer when their time comes (see `Table::empty_seat_deadline`).
async fn class_clock(class: Arc<Class>) -> std::convert::Infallible {
    let mut tick = tokio::time::interval(CLOCK_TICK);
    loop {
        tick.tick().await;
        class.hand_over_empty_seats(class::now());
    }
}

/// The students' page in the visitor's language: `{{key}}` is the key's message, its
/// `**words**` in bold; `{{lang}}` the language's code; `{{languages}}` links to the others.
fn student_page(request: &Request, server: Lang) -> Response {
    let lang = crate::net::lang::of_request(request.uri(), request.headers(), server);
    let mut page = String::new();
    let mut rest = include_str!("student.html");
    while let Some(start) = rest.find("{{") {
        let Some(len) = rest[start..].find("}}") else { break };
        page.push_str(&rest[..start]);
        let key = &rest[start + 2..start + len];
        match key {
            "lang" => page.push_str(lang.code()),
            "languages" => {
                for other in Lang::OFFERED {
                    let current = if other == lang { " aria-current=\"page\"" } else { "" };
                    let code = other.code();
                    page.push_str(&format!(
                        "<a href=\"/?lang={code}\" hreflang=\"{code}\" lang=\"{code}\"{current}>{}</a>",
                        other.native_name()
                    ));
                }
            }
            key => page.push_str(&bold(&crate::net::dashboard::escape(&crate::i18n::text(lang, key)))),
        }
        rest = &rest[start + len + 2..];
    }
    page.push_str(rest);
    let mut response = Html(page).into_response();
    response.headers_mut().insert(
        axum::http::header::VARY,
        axum::http::HeaderValue::from_static("Accept-Language"),
    );
    response
}

/// `**words**` in bold: the translations mark the words a student looks for on screen.
fn bold(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (i, piece) in text.split("**").enumerate() {
        if i % 2 == 1 {
            out.push_str("<strong>");
            out.push_str(piece);
            out.push_str("</strong>");
        } else {
            out.push_str(piece);
        }
    }
    out
}
