//! The teacher's dashboard: static pages the class server serves, whose script reads the
//! teacher's key from the address and calls the server's JSON API.

use axum::Router;
use axum::response::Html;
use axum::routing::get;

/// The dashboard's pages, for any router state.
pub fn routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new().route(
        "/teacher",
        get(|| async { Html("<!doctype html><title>Portsmouth 1905 — class</title>") }),
    )
}
