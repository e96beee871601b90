//! The teacher's JSON API under `/api`. Every route needs the teacher's key, as
//! `Authorization: Bearer KEY` or `?key=KEY`; errors are JSON `{ "error": "..." }` with a
//! 4xx status. Bodies are read as bytes and parsed here, so a bad body gets the same JSON
//! error as any other mistake.

use super::class::{Class, MAX_COUNT, NewTable, SeatChoice, lock};
use super::secrets;
use super::snapshot;
use super::{export, table::Table};
use crate::engine::play::side::Side;
use crate::i18n::Lang;
use crate::tr;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{FromRequestParts, Path, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Json, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::json;
use std::collections::BTreeMap;
use std::sync::Arc;

pub struct ApiError(StatusCode, String);

impl ApiError {
    fn bad(message: impl Into<String>) -> ApiError {
        ApiError(StatusCode::BAD_REQUEST, message.into())
    }

    fn not_found(message: impl Into<String>) -> ApiError {
        ApiError(StatusCode::NOT_FOUND, message.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, Json(json!({ "error": self.1 }))).into_response()
    }
}

type ApiResult = Result<Response, ApiError>;

/// The asker's language: `?lang=`, else `Accept-Language` (the dashboard's script sends
/// its page's), else the server's. Errors for people are written in it.
struct Asker(Lang);

impl FromRequestParts<Arc<Class>> for Asker {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, class: &Arc<Class>) -> Result<Asker, Self::Rejection> {
        Ok(Asker(crate::net::lang::of_request(
            &parts.uri,
            &parts.headers,
            class.lang,
        )))
    }
}

pub fn routes(class: Arc<Class>) -> Router<Arc<Class>> {
    Router::new()
        .route("/class", get(class_snapshot))
        .route("/scenarios", get(scenarios))
        .route("/tables", post(create_tables))
        .route("/pause", post(pause))
        .route("/time", post(time))
        .route("/tables/{id}", get(table_detail))
        .route("/tables/{id}/more-time", post(more_time))
        .route("/tables/{id}/seats/{side}/computer", post(to_computer))
        .route("/tables/{id}/seats/{side}/reopen", post(reopen))
        .route("/tables/{id}/save", get(save))
        .route("/tables/{id}/minutes", get(minutes))
        .route("/tables/{id}/result", get(result))
        .route("/gradebook.csv", get(gradebook))
        .fallback(|Asker(lang): Asker| async move { ApiError::not_found(tr!(lang, "class-server-api-no-route")) })
        .route_layer(middleware::from_fn_with_state(class, authorize))
}

/// The teacher's key from the header or the address, compared in constant time.
async fn authorize(State(class): State<Arc<Class>>, request: Request, next: Next) -> Response {
    let from_header = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    let from_query = request.uri().query().and_then(|q| {
        q.split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(k, _)| *k == "key")
            .map(|(_, v)| v)
    });
    let given = from_header.or(from_query);
    let lang = crate::net::lang::of_request(request.uri(), request.headers(), class.lang);
    match given {
        Some(key) if secrets::same(key, &class.key) => next.run(request).await,
        Some(_) => ApiError(StatusCode::UNAUTHORIZED, tr!(lang, "class-server-api-wrong-key")).into_response(),
        None => ApiError(StatusCode::UNAUTHORIZED, tr!(lang, "class-server-api-no-key")).into_response(),
    }
}

fn body<T: DeserializeOwned>(bytes: &Bytes, lang: Lang) -> Result<T, ApiError> {
    serde_json::from_slice(bytes)
        .map_err(|e| ApiError::bad(tr!(lang, "class-server-api-bad-body", reason = e.to_string())))
}

fn table_id(id: &str, lang: Lang) -> Result<i64, ApiError> {
    id.parse().map_err(|_| no_table(lang, format!("`{id}`")))
}

fn no_table(lang: Lang, id: impl ToString) -> ApiError {
    ApiError::not_found(tr!(lang, "class-server-api-no-table", table = id.to_string()))
}

fn side_of(side: &str, lang: Lang) -> Result<Side, ApiError> {
    Side::parse(side).ok_or_else(|| ApiError::not_found(tr!(lang, "class-server-api-no-side", side = side)))
}

/// Runs `f` on a table under its lock.
fn with_table<R>(class: &Class, id: &str, lang: Lang, f: impl FnOnce(&Table) -> R) -> Result<R, ApiError> {
    let id = table_id(id, lang)?;
    let table = class.table(id).ok_or_else(|| no_table(lang, id))?;
    let t = lock(&table);
    Ok(f(&t))
}

fn download(text: String, content_type: &'static str, file_name: String) -> Response {
    let mut headers = HeaderMap::new();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    // Names are built from table ids and fixed words only, so always a valid header.
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    (headers, text).into_response()
}

async fn class_snapshot(State(class): State<Arc<Class>>, Asker(lang): Asker) -> ApiResult {
    Ok(Json(snapshot::of_class(&class, lang)).into_response())
}

async fn table_detail(State(class): State<Arc<Class>>, Asker(lang): Asker, Path(id): Path<String>) -> ApiResult {
    let turn_seconds = class.turn_seconds();
    let now = super::class::now();
    let detail = with_table(&class, &id, lang, |t| snapshot::detail_of(t, turn_seconds, now, lang))?;
    Ok(Json(detail).into_response())
}

/// The scenarios, titled in the asker's language (`?lang=`, else `Accept-Language`, else
/// the server's). `levels` stay as the scenario names them (a new table's `level` takes
/// them); `level_names` are the same levels in the asker's language, for people.
async fn scenarios(State(class): State<Arc<Class>>, uri: Uri, headers: HeaderMap) -> ApiResult {
    let lang = crate::net::lang::of_request(&uri, &headers, class.lang);
    let list: Vec<_> = class
        .catalog()
        .offered()
        .iter()
        .map(|c| {
            let words = c.words(lang);
            json!({
                "id": c.scenario.id,
                "title": words.title,
                "file": c.file,
                "levels": c.scenario.difficulties.iter().map(|d| d.label.clone()).collect::<Vec<_>>(),
                "level_names": words.levels,
            })
        })
        .collect();
    Ok(Json(list).into_response())
}

#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase", deny_unknown_fields)]
enum SeatBody {
    Student,
    Computer {
        #[serde(default)]
        level: Option<String>,
    },
    Agent,
}

impl From<SeatBody> for SeatChoice {
    fn from(body: SeatBody) -> SeatChoice {
        match body {
            SeatBody::Student => SeatChoice::Student,
            SeatBody::Computer { level } => SeatChoice::Computer(level),
            SeatBody::Agent => SeatChoice::Agent,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CreateBody {
    scenario: String,
    #[serde(default)]
    seed: Option<u64>,
    #[serde(default)]
    name: Option<String>,
    japan: SeatBody,
    russia: SeatBody,
    #[serde(default)]
    count: Option<usize>,
    /// A student seat still empty this many seconds after the other seat was taken goes to
    /// the computer; absent or null: it waits for the teacher.
    #[serde(default)]
    empty_seat_secs: Option<u32>,
}

async fn create_tables(State(class): State<Arc<Class>>, Asker(lang): Asker, bytes: Bytes) -> ApiResult {
    let request: CreateBody = body(&bytes, lang)?;
    let count = request.count.unwrap_or(1);
    if count == 0 || count > MAX_COUNT {
        return Err(ApiError::bad(tr!(lang, "class-server-api-count", max = MAX_COUNT)));
    }
    if request.empty_seat_secs.is_some_and(|s| !(1..=24 * 3600).contains(&s)) {
        return Err(ApiError::bad(tr!(lang, "class-server-api-empty-seat")));
    }
    let new = NewTable {
        scenario: request.scenario,
        seed: request.seed,
        name: request.name,
        seats: [request.japan.into(), request.russia.into()],
        empty_seat_secs: request.empty_seat_secs,
    };
    let mut tables = Vec::new();
    for i in 0..count {
        // Several tables from one request: numbered names, and seeds one apart so that the
        // class does not play the same game at every table.
        let one = NewTable {
            scenario: new.scenario.clone(),
            seed: new.seed.map(|s| s.wrapping_add(i as u64)),
            name: new
                .name
                .as_ref()
                .map(|n| if count > 1 { format!("{n} {}", i + 1) } else { n.clone() }),
            seats: new.seats.clone(),
            empty_seat_secs: new.empty_seat_secs,
        };
        let created = class.create(&one, lang).map_err(ApiError::bad)?;
        let tokens: BTreeMap<String, String> = created
            .tokens
            .into_iter()
            .map(|(side, token)| (side.name().to_string(), token))
            .collect();
        tables.push(json!({ "id": created.id, "code": created.code, "tokens": tokens }));
    }
    Ok((StatusCode::CREATED, Json(json!({ "tables": tables }))).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PauseBody {
    paused: bool,
}

async fn pause(State(class): State<Arc<Class>>, Asker(lang): Asker, bytes: Bytes) -> ApiResult {
    let request: PauseBody = body(&bytes, lang)?;
    class.set_paused(request.paused).map_err(ApiError::bad)?;
    Ok(Json(json!({ "paused": request.paused })).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TimeBody {
    turn_seconds: Option<u32>,
}

async fn time(State(class): State<Arc<Class>>, Asker(lang): Asker, bytes: Bytes) -> ApiResult {
    let request: TimeBody = body(&bytes, lang)?;
    if request.turn_seconds == Some(0) {
        return Err(ApiError::bad(tr!(lang, "class-server-api-time")));
    }
    class.set_turn_seconds(request.turn_seconds).map_err(ApiError::bad)?;
    Ok(Json(json!({ "turn_seconds": request.turn_seconds })).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MoreTimeBody {
    seconds: i64,
}

async fn more_time(
    State(class): State<Arc<Class>>,
    Asker(lang): Asker,
    Path(id): Path<String>,
    bytes: Bytes,
) -> ApiResult {
    let request: MoreTimeBody = body(&bytes, lang)?;
    if !(1..=24 * 3600).contains(&request.seconds) {
        return Err(ApiError::bad(tr!(lang, "class-server-api-seconds")));
    }
    let id = table_id(&id, lang)?;
    class
        .more_time(id, request.seconds, lang)
        .map_err(ApiError::not_found)?;
    Ok(Json(json!({ "id": id, "added": request.seconds })).into_response())
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ComputerBody {
    #[serde(default)]
    level: Option<String>,
}

async fn to_computer(
    State(class): State<Arc<Class>>,
    Asker(lang): Asker,
    Path((id, side)): Path<(String, String)>,
    bytes: Bytes,
) -> ApiResult {
    // An empty body means the default persona.
    let request: ComputerBody = if bytes.iter().all(u8::is_ascii_whitespace) {
        ComputerBody::default()
    } else {
        body(&bytes, lang)?
    };
    let id = table_id(&id, lang)?;
    let side = side_of(&side, lang)?;
    if class.table(id).is_none() {
        return Err(no_table(lang, id));
    }
    class
        .hand_to_computer(id, side, request.level.as_deref(), lang)
        .map_err(ApiError::bad)?;
    Ok(Json(json!({ "id": id, "side": side })).into_response())
}

async fn reopen(
    State(class): State<Arc<Class>>,
    Asker(lang): Asker,
    Path((id, side)): Path<(String, String)>,
) -> ApiResult {
    let id = table_id(&id, lang)?;
    let side = side_of(&side, lang)?;
    if class.table(id).is_none() {
        return Err(no_table(lang, id));
    }
    class.reopen_seat(id, side, lang).map_err(ApiError::bad)?;
    Ok(Json(json!({ "id": id, "side": side })).into_response())
}

async fn save(State(class): State<Arc<Class>>, Asker(lang): Asker, Path(id): Path<String>) -> ApiResult {
    let text = with_table(&class, &id, lang, export::save)?;
    Ok(download(text, "text/plain; charset=utf-8", format!("table-{id}.ron")))
}

async fn minutes(State(class): State<Arc<Class>>, Asker(lang): Asker, Path(id): Path<String>) -> ApiResult {
    let text = with_table(&class, &id, lang, export::minutes)?;
    Ok(download(
        text,
        "text/markdown; charset=utf-8",
        format!("table-{id}-minutes.md"),
    ))
}

async fn result(State(class): State<Arc<Class>>, Asker(lang): Asker, Path(id): Path<String>) -> ApiResult {
    let text = with_table(&class, &id, lang, export::result)?
        .ok_or_else(|| ApiError(StatusCode::CONFLICT, tr!(lang, "class-server-api-not-over")))?;
    Ok(download(
        text,
        "text/plain; charset=utf-8",
        format!("table-{id}-result.ron"),
    ))
}

async fn gradebook(State(class): State<Arc<Class>>) -> ApiResult {
    Ok(download(
        export::gradebook(&class),
        "text/csv; charset=utf-8",
        "gradebook.csv".into(),
    ))
}
