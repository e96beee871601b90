//! `portsmouth serve`: the class server. Prints the address students join and the teacher's
//! dashboard link with its key, then serves until stopped (Ctrl-C).

use super::out::{errln, outln};
use portsmouth::i18n::Lang;
use portsmouth::net::server::{self, Config};
use portsmouth::tr;
use std::net::IpAddr;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Port to listen on
    #[arg(long, default_value_t = 7905)]
    port: u16,
    /// Address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for the whole network
    #[arg(long, default_value = "127.0.0.1")]
    bind: IpAddr,
    /// The class's folder: its database (class.sqlite) is kept there, and found again next time
    #[arg(long, default_value = "class")]
    dir: PathBuf,
    /// Folder of scenario files the teacher may open tables on (default: the game's own,
    /// wherever the server starts)
    #[arg(long)]
    scenarios: Option<PathBuf>,
}

pub fn run(args: Args, lang: Lang) -> Result<(), String> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        // Computer delegations decide on these threads; each keeps its own memory of
        // positions (up to some 20 MB once full), so a few threads serve a class.
        .max_blocking_threads(4)
        .enable_all()
        .build()
        .map_err(|e| tr!(lang, "cli-serve-no-threads", error = e.to_string()))?;
    runtime.block_on(async {
        let scenarios = args.scenarios.clone().unwrap_or_else(portsmouth::game_files::scenarios);
        let mut config = Config::new(args.bind, args.port, args.dir.clone(), scenarios);
        config.lang = lang;
        let running = server::start(config).await?;
        for warning in &running.warnings {
            errln!("{}", tr!(lang, "cli-serve-warning", warning = warning.to_string()));
        }
        let shown = if running.addr.ip().is_unspecified() {
            let ip = network_address().map_or_else(|| tr!(lang, "cli-serve-this-machine"), |ip| ip.to_string());
            format!("http://{ip}:{}", running.addr.port())
        } else {
            format!("http://{}", running.addr)
        };
        outln!(
            "{}",
            tr!(lang, "cli-serve-heading", folder = args.dir.display().to_string())
        );
        if running.tables > 0 {
            outln!("{}", tr!(lang, "cli-serve-resumed", count = running.tables));
        }
        outln!("{}", tr!(lang, "cli-serve-students", address = shown.as_str()));
        outln!(
            "{}",
            tr!(
                lang,
                "cli-serve-teacher",
                link = format!("{shown}/teacher?key={}", running.key)
            )
        );
        if running.addr.ip().is_loopback() {
            outln!("{}", tr!(lang, "cli-serve-loopback"));
        }
        running
            .wait()
            .await
            .map_err(|e| tr!(lang, "cli-serve-stopped", error = e.to_string()))
    })
}

/// This machine's address on its network, as students' machines reach it: the source
/// address the system would use for an outside destination. Connecting a UDP socket sends
/// nothing; without a route there is no answer, and the teacher is asked to look it up.
fn network_address() -> Option<IpAddr> {
    let socket = std::net::UdpSocket::bind("0.0.0.0:0").ok()?;
    socket.connect("192.0.2.1:9").ok()?;
    socket
        .local_addr()
        .ok()
        .map(|a| a.ip())
        .filter(|ip| !ip.is_unspecified())
}
