//! The teacher's dashboard: static pages the class server serves, whose script reads the
//! teacher's key from the address and calls the server's JSON API (`/api/*`).
//!
//! The pages carry no data of the class: everything shown comes from the API and reaches the
//! page as text (names are typed by students), so the pages can be cached, and a strict
//! content security policy forbids inline scripts and any other origin (the classroom may
//! be offline: nothing is fetched from elsewhere).
//!
//! The pages speak the visitor's language (`?lang=xx`, else the browser's, else the
//! server's: see `net::lang`); `words` fills them from the catalogue.

mod words;

pub use words::escape;

use crate::i18n::Lang;
use axum::Router;
use axum::extract::{Path, Request};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

/// A file of the dashboard, compiled into the binary.
struct Asset {
    body: &'static str,
    content_type: &'static str,
}

const DASHBOARD: Asset = Asset {
    body: include_str!("dashboard.html"),
    content_type: "text/html; charset=utf-8",
};

const PRESENTER: Asset = Asset {
    body: include_str!("presenter.html"),
    content_type: "text/html; charset=utf-8",
};

/// The scripts and the style sheet, by the name the pages use under `/teacher/assets/`.
const ASSETS: [(&str, Asset); 4] = [
    (
        "common.js",
        Asset {
            body: include_str!("common.js"),
            content_type: "text/javascript; charset=utf-8",
        },
    ),
    (
        "dashboard.js",
        Asset {
            body: include_str!("dashboard.js"),
            content_type: "text/javascript; charset=utf-8",
        },
    ),
    (
        "presenter.js",
        Asset {
            body: include_str!("presenter.js"),
            content_type: "text/javascript; charset=utf-8",
        },
    ),
    (
        "dashboard.css",
        Asset {
            body: include_str!("dashboard.css"),
            content_type: "text/css; charset=utf-8",
        },
    ),
];

/// Scripts and styles from this server only, none inline; calls to this server only; the
/// page never framed by another site. The key travels in the address, so no referrer.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
     connect-src 'self'; img-src 'self' data: blob:; font-src 'self'; base-uri 'none'; \
     form-action 'none'; frame-ancestors 'none'";

/// The game's Japanese type, for a browser whose machine has none (the pages in Japanese,
/// or only the language link, were boxes): the style sheet asks for it for Japanese
/// characters only. Read from the game's files.
const JAPANESE_FONT: &str = "japanese.otf";
const JAPANESE_FONT_FILE: &str = "assets/fonts/NotoSerifJP-Subset.otf";

/// The dashboard's pages, for any router state; `server` is the language of a visitor who
/// names none (the server's `--lang`).
pub fn routes<S: Clone + Send + Sync + 'static>(server: Lang) -> Router<S> {
    // Each page with the catalogue's message for its title.
    let page = move |asset: &'static Asset, title: &'static str| {
        move |request: Request| async move { serve_page(asset, title, &request, server) }
    };
    Router::new()
        .route("/teacher", get(page(&DASHBOARD, "dashboard-page-title")))
        .route("/teacher/", get(page(&DASHBOARD, "dashboard-page-title")))
        // The table's id is read by the page's script from the address.
        .route(
            "/teacher/table/{id}",
            get(page(&PRESENTER, "dashboard-presenter-title")),
        )
        .route(
            "/teacher/assets/{file}",
            get(move |path: Path<String>, request: Request| asset(path, request, server)),
        )
}

/// A page in the visitor's language.
fn serve_page(asset: &Asset, title: &str, request: &Request, server: Lang) -> Response {
    let lang = crate::net::lang::of_request(request.uri(), request.headers(), server);
    with_headers(asset.content_type, words::fill(asset.body, title, lang))
}

async fn asset(Path(file): Path<String>, request: Request, server: Lang) -> Response {
    if file == JAPANESE_FONT {
        return japanese_font().await;
    }
    if file == "strings.js" {
        let lang = crate::net::lang::of_request(request.uri(), request.headers(), server);
        return with_headers("text/javascript; charset=utf-8", words::strings_script(lang));
    }
    match ASSETS.iter().find(|(name, _)| *name == file) {
        Some((_, asset)) => serve(asset),
        None => (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "no such file",
        )
            .into_response(),
    }
}

/// The Japanese font from the game's files; without them, none (the machine's own type).
async fn japanese_font() -> Response {
    // Off the async threads: some megabytes from the disk.
    let read = tokio::task::spawn_blocking(|| std::fs::read(crate::game_files::data_root().join(JAPANESE_FONT_FILE)));
    match read.await {
        Ok(Ok(bytes)) => (
            [
                (header::CONTENT_TYPE, "font/otf"),
                // The same file for the server's life: fetched once a browser, not each load.
                (header::CACHE_CONTROL, "max-age=86400"),
                (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            ],
            bytes,
        )
            .into_response(),
        _ => (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "no Japanese font among the game's files",
        )
            .into_response(),
    }
}

fn serve(asset: &Asset) -> Response {
    with_headers(asset.content_type, asset.body.to_string())
}

fn with_headers(content_type: &'static str, body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            // Revalidated on each load, so a new server version's pages are never mixed
            // with an old script.
            (header::CACHE_CONTROL, "no-cache"),
            (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::REFERRER_POLICY, "no-referrer"),
            // The same address reads differently in another browser's language.
            (header::VARY, "Accept-Language"),
        ],
        body,
    )
        .into_response()
}
