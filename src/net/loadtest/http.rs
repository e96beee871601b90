//! Just enough HTTP/1.1 to call the class server's teacher API: one request per connection
//! (`Connection: close`), a JSON body, the body of the answer (plain or chunked). The crate
//! has no HTTP client, and the load test needs four calls; a client library would be a large
//! dependency for them.

use crate::i18n::Lang;
use crate::tr;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// The largest answer read: a save of a long game is well under a megabyte.
const MAX_ANSWER: usize = 32 * 1024 * 1024;
const TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Debug, thiserror::Error)]
pub enum HttpError {
    #[error("{0}: not an address of the class server (give http://HOST:PORT, or ws://HOST:PORT/ws)")]
    BadUrl(String),
    #[error("cannot reach {0}: {1}")]
    Connect(String, std::io::Error),
    #[error("{0}: no answer within {TIMEOUT:?}")]
    Timeout(String),
    #[error("{0}: a broken HTTP answer")]
    Broken(String),
    #[error("{path}: the server answered {status}: {body}")]
    Status { path: String, status: u16, body: String },
    #[error("{path}: an answer the load test does not understand: {error}")]
    Json { path: String, error: serde_json::Error },
}

impl HttpError {
    /// The error in `lang` (its English is the Display's); the system's and the server's own
    /// words in it stay as they came.
    pub fn render_in(&self, lang: Lang) -> String {
        match self {
            HttpError::BadUrl(url) => tr!(lang, "cli-loadtest-bad-url", url = url.as_str()),
            HttpError::Connect(server, e) => tr!(
                lang,
                "cli-loadtest-cannot-reach",
                server = server.as_str(),
                error = crate::engine::source::diagnostic::system_reason(e).in_lang(lang)
            ),
            HttpError::Timeout(path) => tr!(
                lang,
                "cli-loadtest-timeout",
                path = path.as_str(),
                timeout = format!("{TIMEOUT:?}")
            ),
            HttpError::Broken(path) => tr!(lang, "cli-loadtest-broken-answer", path = path.as_str()),
            HttpError::Status { path, status, body } => tr!(
                lang,
                "cli-loadtest-status",
                path = path.as_str(),
                status = status.to_string(),
                body = body.as_str()
            ),
            HttpError::Json { path, error } => tr!(
                lang,
                "cli-loadtest-not-understood",
                path = path.as_str(),
                error = error.to_string()
            ),
        }
    }
}

/// Where the class server listens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Server {
    /// `HOST:PORT`, as given.
    pub authority: String,
    pub host: String,
    pub port: u16,
}

impl Server {
    /// Reads `http://HOST:PORT[/...]`, `ws://HOST:PORT/ws` or plain `HOST:PORT`.
    pub fn parse(url: &str) -> Result<Server, HttpError> {
        let bad = || HttpError::BadUrl(url.to_string());
        let rest = match url.split_once("://") {
            Some(("http" | "ws", rest)) => rest,
            Some(_) => return Err(bad()),
            None => url,
        };
        let authority = rest.split('/').next().unwrap_or_default();
        let (host, port) = authority.rsplit_once(':').ok_or_else(bad)?;
        let port: u16 = port.parse().map_err(|_| bad())?;
        let host = host.trim_start_matches('[').trim_end_matches(']');
        if host.is_empty() {
            return Err(bad());
        }
        Ok(Server {
            authority: authority.to_string(),
            host: host.to_string(),
            port,
        })
    }

    /// The protocol's WebSocket address.
    pub fn ws_url(&self) -> String {
        format!("ws://{}/ws", self.authority)
    }

    /// Whether the server runs on this machine, where its process can be measured.
    pub fn is_loopback(&self) -> bool {
        self.host == "localhost" || self.host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
    }

    /// One request with the teacher's key; the body of a 2xx answer, else an error.
    pub async fn request(&self, method: &str, path: &str, key: &str, body: Option<&str>) -> Result<String, HttpError> {
        tokio::time::timeout(TIMEOUT, self.exchange(method, path, key, body))
            .await
            .map_err(|_| HttpError::Timeout(path.to_string()))?
    }

    async fn exchange(&self, method: &str, path: &str, key: &str, body: Option<&str>) -> Result<String, HttpError> {
        let mut stream = tokio::net::TcpStream::connect((self.host.as_str(), self.port))
            .await
            .map_err(|e| HttpError::Connect(self.authority.clone(), e))?;
        let body = body.unwrap_or("");
        let request = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nAuthorization: Bearer {key}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            self.authority,
            body.len()
        );
        let broken = || HttpError::Broken(path.to_string());
        stream.write_all(request.as_bytes()).await.map_err(|_| broken())?;
        let mut answer = Vec::new();
        (&mut stream)
            .take(MAX_ANSWER as u64)
            .read_to_end(&mut answer)
            .await
            .map_err(|_| broken())?;
        let (status, body) = parse_answer(&answer).ok_or_else(broken)?;
        if !(200..300).contains(&status) {
            return Err(HttpError::Status {
                path: path.to_string(),
                status,
                body,
            });
        }
        Ok(body)
    }

    /// `POST /api/tables`: `count` tables of `scenario`, each seat as `japan`/`russia` say
    /// (`{"kind":"agent"}`, `{"kind":"computer","level":"Steady"}`, ...).
    pub async fn create_tables(
        &self,
        key: &str,
        scenario: &str,
        seed: Option<u64>,
        japan: serde_json::Value,
        russia: serde_json::Value,
        count: usize,
    ) -> Result<Vec<CreatedTable>, HttpError> {
        let body = serde_json::json!({
            "scenario": scenario, "seed": seed, "japan": japan, "russia": russia, "count": count,
        });
        let path = "/api/tables";
        let answer = self.request("POST", path, key, Some(&body.to_string())).await?;
        let created: Created = json(path, &answer)?;
        Ok(created.tables)
    }

    /// `GET /api/tables/{id}/save`: the table's game as an ordinary save (RON).
    pub async fn save(&self, key: &str, table: u64) -> Result<String, HttpError> {
        self.request("GET", &format!("/api/tables/{table}/save"), key, None)
            .await
    }
}

fn json<T: serde::de::DeserializeOwned>(path: &str, text: &str) -> Result<T, HttpError> {
    serde_json::from_str(text).map_err(|error| HttpError::Json {
        path: path.to_string(),
        error,
    })
}

#[derive(Deserialize)]
struct Created {
    tables: Vec<CreatedTable>,
}

/// A table the teacher API made: its id, the students' code, and the tokens of its
/// outside-agent seats by side ("Japan", "Russia").
#[derive(Deserialize, Debug, Clone)]
pub struct CreatedTable {
    pub id: u64,
    pub code: String,
    #[serde(default)]
    pub tokens: BTreeMap<String, String>,
}

/// The status and the body of an HTTP/1.1 answer read to its end.
fn parse_answer(answer: &[u8]) -> Option<(u16, String)> {
    let split = answer.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = std::str::from_utf8(&answer[..split]).ok()?;
    let raw = &answer[split + 4..];
    let mut lines = head.split("\r\n");
    let status: u16 = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let chunked = lines.any(|line| {
        line.split_once(':').is_some_and(|(name, value)| {
            name.trim().eq_ignore_ascii_case("transfer-encoding") && value.to_ascii_lowercase().contains("chunked")
        })
    });
    let body = if chunked { dechunk(raw)? } else { raw.to_vec() };
    Some((status, String::from_utf8_lossy(&body).into_owned()))
}

fn dechunk(mut raw: &[u8]) -> Option<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let line_end = raw.windows(2).position(|w| w == b"\r\n")?;
        let size_text = std::str::from_utf8(&raw[..line_end]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        raw = &raw[line_end + 2..];
        if size == 0 {
            return Some(body);
        }
        body.extend_from_slice(raw.get(..size)?);
        raw = raw.get(size + 2..)?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_in_every_form_name_the_same_server() {
        for url in [
            "http://127.0.0.1:7905",
            "ws://127.0.0.1:7905/ws",
            "127.0.0.1:7905",
            "http://127.0.0.1:7905/",
        ] {
            let server = Server::parse(url).unwrap();
            assert_eq!((server.host.as_str(), server.port), ("127.0.0.1", 7905), "{url}");
            assert_eq!(server.ws_url(), "ws://127.0.0.1:7905/ws");
            assert!(server.is_loopback());
        }
        assert!(!Server::parse("http://192.0.2.7:80").unwrap().is_loopback());
        for bad in [
            "https://example.org:443",
            "http://nohost",
            "http://:80",
            "ws://h:99999/ws",
        ] {
            assert!(Server::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn plain_and_chunked_answers_are_read_whole() {
        let plain = b"HTTP/1.1 201 Created\r\ncontent-length: 2\r\n\r\n{}";
        assert_eq!(parse_answer(plain), Some((201, "{}".to_string())));
        let chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n";
        assert_eq!(parse_answer(chunked), Some((200, "abcde".to_string())));
        assert_eq!(parse_answer(b"HTTP/1.1 200 OK\r\n"), None);
    }
}
