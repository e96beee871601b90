//! The teacher's dashboard as the class server serves it: the pages come with a strict
//! content policy, carry no data of their own (nothing a request puts in the address is
//! echoed back), load only this server's own scripts, label their fields, call only the
//! teacher API's routes, and put what the API returns on the page as text only (names are
//! typed by students). The pages running in a real browser: tests/browser/dashboard.sh.

use portsmouth::net::dashboard;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::OnceLock;
use std::time::Duration;

/// The dashboard's routes alone, on a loopback port, for the whole test run.
fn server() -> SocketAddr {
    static ADDR: OnceLock<SocketAddr> = OnceLock::new();
    *ADDR.get_or_init(|| {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime");
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                    .await
                    .expect("a loopback port");
                tx.send(listener.local_addr().expect("its address"))
                    .expect("the test waits");
                axum::serve(listener, dashboard::routes::<()>(portsmouth::i18n::Lang::English))
                    .await
                    .expect("serves");
            });
        });
        rx.recv_timeout(Duration::from_secs(10)).expect("the server starts")
    })
}

struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Reply {
    fn header(&self, name: &str) -> &str {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }
}

fn get(path: &str) -> Reply {
    let (reply, body) = get_bytes(path);
    Reply {
        body: String::from_utf8(body).expect("a text"),
        ..reply
    }
}

/// A reply whose body may not be text (a font), beside it.
fn get_bytes(path: &str) -> (Reply, Vec<u8>) {
    let mut stream = TcpStream::connect(server()).expect("connects");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("a timeout");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .expect("sends");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("an answer");
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("headers, then a body");
    let head = String::from_utf8(raw[..split].to_vec()).expect("text headers");
    let body = raw[split + 4..].to_vec();
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .expect("a status line");
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    (
        Reply {
            status,
            headers,
            body: String::new(),
        },
        body,
    )
}

/// The values of `attr="…"` in an HTML text, in order.
fn attribute_values<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let needle = format!(" {attr}=\"");
    html.match_indices(&needle)
        .filter_map(|(at, _)| {
            let rest = &html[at + needle.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

/// Every `<tag …>` opening tag in an HTML text.
fn tags<'a>(html: &'a str, tag: &str) -> Vec<&'a str> {
    let open = format!("<{tag}");
    html.match_indices(&open)
        .filter(|(at, _)| {
            html[at + open.len()..]
                .chars()
                .next()
                .is_some_and(|c| c == ' ' || c == '>')
        })
        .filter_map(|(at, _)| html[at..].find('>').map(|end| &html[at..=at + end]))
        .collect()
}

const PAGES: [&str; 2] = [
    "/teacher?key=k3y-in-the-address",
    "/teacher/table/7?key=k3y-in-the-address",
];

#[test]
fn the_pages_are_served_with_a_strict_policy_and_no_data_of_their_own() {
    for page in PAGES {
        let reply = get(page);
        assert_eq!(reply.status, 200, "{page}");
        assert!(reply.header("content-type").starts_with("text/html"), "{page}");
        let policy = reply.header("content-security-policy");
        assert!(policy.contains("script-src 'self'"), "{page}: {policy}");
        assert!(
            !policy.contains("unsafe-inline") && !policy.contains("unsafe-eval"),
            "{policy}"
        );
        assert_eq!(
            reply.header("referrer-policy"),
            "no-referrer",
            "{page}: the key would leak"
        );
        // Static: nothing of the request, the key least of all, comes back in the page.
        assert!(!reply.body.contains("k3y-in-the-address"), "{page} echoes its address");
        assert!(reply.body.starts_with("<!doctype html>"), "{page}");
        assert!(tags(&reply.body, "html")[0].contains("lang=\"en\""), "{page}");

        // No inline script, handler or style: the policy would refuse them anyway, and a page
        // with none has no place where data could run as code.
        let scripts = tags(&reply.body, "script");
        assert!(!scripts.is_empty(), "{page} loads its scripts");
        for script in &scripts {
            assert!(script.contains(" src=\"/teacher/assets/"), "{page}: inline {script}");
        }
        assert_eq!(
            reply.body.matches("</script>").count(),
            scripts.len(),
            "{page}: a script element with content"
        );
        assert!(!reply.body.contains(" style="), "{page}: an inline style");
        assert!(!reply.body.contains("<style"), "{page}: an inline style sheet");
        for attr in ["onclick", "onload", "onerror", "onsubmit", "onchange"] {
            assert!(!reply.body.contains(&format!(" {attr}=")), "{page}: {attr}");
        }
        // Everything it loads comes from this server (the classroom may be offline).
        for url in attribute_values(&reply.body, "src")
            .into_iter()
            .chain(attribute_values(&reply.body, "href"))
        {
            assert!(
                url.starts_with('/') && !url.starts_with("//") || url.starts_with('#'),
                "{page} refers to {url}"
            );
            if url.starts_with("/teacher/assets/") {
                let asset = get(url);
                assert_eq!(asset.status, 200, "{url}");
                assert!(!asset.body.is_empty(), "{url}");
                let kind = asset.header("content-type");
                // strings.js carries the page's language in its address.
                let expected = if url.split('?').next().is_some_and(|path| path.ends_with(".js")) {
                    "text/javascript"
                } else {
                    "text/css"
                };
                assert!(kind.starts_with(expected), "{url}: {kind}");
                assert_eq!(asset.header("x-content-type-options"), "nosniff", "{url}");
            }
        }
    }
    assert_eq!(get("/teacher/assets/nothing.js").status, 404);
    assert_eq!(get("/teacher/assets/..%2Fmod.rs").status, 404);
}

#[test]
fn every_field_has_a_label_and_every_button_a_type() {
    for page in PAGES {
        let body = get(page).body;
        let labelled: Vec<&str> = attribute_values(&body, "for");
        for field in tags(&body, "input").into_iter().chain(tags(&body, "select")) {
            let id = attribute_values(field, "id");
            let wrapped = body.contains(&format!("<label class=\"check\">{field}"));
            assert!(
                wrapped || id.first().is_some_and(|id| labelled.contains(id)),
                "{page}: {field} has no label"
            );
        }
        for button in tags(&body, "button") {
            assert!(button.contains(" type=\""), "{page}: {button} has no type");
        }
    }
}

fn script(name: &str) -> String {
    let reply = get(&format!("/teacher/assets/{name}"));
    assert_eq!(reply.status, 200, "{name}");
    reply.body
}

const SCRIPTS: [&str; 3] = ["common.js", "dashboard.js", "presenter.js"];

#[test]
fn the_scripts_put_api_data_on_the_page_as_text_only() {
    for name in SCRIPTS {
        let code = script(name);
        // Ways a string becomes markup or code; none may appear at all.
        for sink in [
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
            "createContextualFragment",
            "DOMParser",
            "eval(",
            "new Function",
            "srcdoc",
            "javascript:",
        ] {
            assert!(!code.contains(sink), "{name} uses {sink}");
        }
        // Attributes are set through the one helper in common.js; no event handler attribute
        // and no URL attribute is ever set from a variable elsewhere.
        if name != "common.js" {
            assert!(!code.contains("setAttribute(\"on"), "{name}");
            assert!(!code.contains(".src ="), "{name}");
        }
    }
    // The one element builder writes text as text nodes or textContent.
    let common = script("common.js");
    assert!(common.contains("node.textContent = String(p.text)"));
    assert!(common.contains("document.createTextNode(child)"));
    assert!(common.contains("node.textContent !== text"));
    // Every `.textContent =` or `.href =` outside the helpers is accounted for: hrefs are
    // built from this server's own paths and the key, never from table data.
    for name in ["dashboard.js", "presenter.js"] {
        for line in script(name).lines().filter(|l| l.contains(".href =")) {
            assert!(
                line.contains("\"/teacher") && line.contains("encodeURIComponent(Teacher.key)"),
                "{name}: {line}"
            );
        }
    }
}

#[test]
fn the_scripts_call_only_the_teacher_api_with_the_key_in_a_header() {
    let common = script("common.js");
    assert!(common.contains("Authorization: \"Bearer \" + key"));
    // The key is taken out of the address bar (a projector shows it to the class).
    assert!(common.contains("history.replaceState"));
    let routes = [
        "/api/class",
        "/api/scenarios",
        "/api/tables",
        "/api/pause",
        "/api/time",
        "/api/gradebook.csv",
        "/api/tables/\" + id + \"/more-time",
        "/api/tables/\" + id + \"/save",
        "/api/tables/\" + id + \"/minutes",
        "/api/tables/\" + id + \"/result",
        "/api/tables/\" + table.id + \"/seats/\"",
        "/api/tables/\" + encodeURIComponent(tableId)",
    ];
    let mut called = 0;
    for name in SCRIPTS {
        let code = script(name);
        for (at, _) in code.match_indices("\"/api/") {
            let call = &code[at + 1..];
            assert!(
                routes.iter().any(|r| call.starts_with(r)),
                "{name} calls a route the API does not have: {}",
                &call[..call.find(')').unwrap_or(call.len()).min(60)]
            );
            called += 1;
        }
        assert!(
            !code.contains("fetch(") || name == "common.js",
            "{name} calls fetch itself: every call goes through Teacher's, with the key"
        );
    }
    assert!(called >= 10, "the scripts call the API {called} times");
}

#[test]
fn the_pages_bring_the_games_japanese_type_for_a_machine_without_one() {
    // For Japanese characters only, from this server only; first, so that no substitute
    // for the machine's own families claims them.
    let css = get("/teacher/assets/dashboard.css").body;
    assert!(
        css.contains("url(\"japanese.otf\")") && css.contains("unicode-range"),
        "{css}"
    );
    assert!(
        css.contains("font-family: \"Portsmouth Japanese\", \"DejaVu Sans\""),
        "{css}"
    );
    for page in PAGES {
        assert!(
            get(page).header("content-security-policy").contains("font-src 'self'"),
            "{page}"
        );
    }
    let (reply, font) = get_bytes("/teacher/assets/japanese.otf");
    assert_eq!(reply.status, 200);
    assert_eq!(reply.header("content-type"), "font/otf");
    let game_font = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/fonts/NotoSerifJP-Subset.otf");
    assert!(font == std::fs::read(game_font).unwrap(), "the game's own file");
}
