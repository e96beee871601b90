//! The real class server for the load, fault and agent tests: `portsmouth serve` started as
//! a process on a loopback port in a temporary folder, killed with SIGKILL when dropped.

use portsmouth::engine::records::save;
use portsmouth::net::loadtest::http::Server;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

pub struct ClassServer {
    child: Child,
    /// `127.0.0.1:PORT`
    pub addr: String,
    pub key: String,
}

/// A fresh folder for one test's class.
pub fn class_dir(name: &str) -> PathBuf {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "portsmouth-{name}-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    dir
}

impl ClassServer {
    /// Starts a server on `dir`, on `port` (0: a free one), and waits for its address and key.
    pub fn start(dir: &Path, port: u16) -> ClassServer {
        let scenarios = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
        ClassServer::start_with(dir, port, |command| {
            command.arg("--scenarios").arg(&scenarios);
        })
    }

    /// Starts a server as `start` does, its command first shaped by `shape`.
    pub fn start_with(dir: &Path, port: u16, shape: impl FnOnce(&mut Command)) -> ClassServer {
        let mut command = crate::common::cli();
        command
            .arg("serve")
            .args(["--bind", "127.0.0.1", "--port", &port.to_string()])
            .arg("--dir")
            .arg(dir.join("class"));
        shape(&mut command);
        let mut child = command
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the server starts");
        let mut lines = BufReader::new(child.stdout.take().expect("piped"));
        let started = Instant::now();
        let mut line = String::new();
        let (addr, key) = loop {
            line.clear();
            let read = lines.read_line(&mut line).unwrap_or(0);
            assert!(read > 0, "the server ended before printing its dashboard link");
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "the server took a minute to start"
            );
            // "Teacher's dashboard (keep the key to yourself): http://127.0.0.1:PORT/teacher?key=KEY"
            if let Some(link) = line.split("http://").nth(1)
                && let Some((addr, key)) = link.trim().split_once("/teacher?key=")
            {
                break (addr.to_string(), key.to_string());
            }
        };
        // Keep reading what it prints, so that it never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines.lines() {});
        ClassServer { child, addr, key }
    }

    pub fn port(&self) -> u16 {
        self.server().port
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn server(&self) -> Server {
        Server::parse(&self.addr).expect("the printed address")
    }

    pub fn ws_url(&self) -> String {
        self.server().ws_url()
    }

    /// `kill -9`: no chance to flush or say goodbye.
    pub fn kill(mut self) {
        self.child.kill().expect("SIGKILL");
        self.child.wait().expect("reaped");
    }
}

impl Drop for ClassServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A table's exported save: moves played and whether the talks are over, after checking that
/// it loads and replays as an ordinary save.
pub async fn exported(server: &ClassServer, table: u64) -> (u32, bool, String) {
    let text = server
        .server()
        .save(&server.key, table)
        .await
        .unwrap_or_else(|e| panic!("table {table}: {e}"));
    let loaded = save::load_text("exported.ron", text.clone()).unwrap_or_else(|e| panic!("table {table}: {e}"));
    (loaded.game.state().turns_played, loaded.game.is_over(), text)
}

/// A runtime for a test that talks to the server.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a tokio runtime")
}
