//! `portsmouth serve`: the class server. Prints the address students join and the teacher's
//! dashboard link with its key, then serves until stopped (Ctrl-C).

use super::out::{errln, outln};
use portsmouth::net::server::{self, Config};
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
    /// Folder of scenario files the teacher may open tables on
    #[arg(long, default_value = "scenarios")]
    scenarios: PathBuf,
}

pub fn run(args: Args) -> Result<(), String> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the server's threads: {e}"))?;
    runtime.block_on(async {
        let config = Config {
            bind: args.bind,
            port: args.port,
            dir: args.dir.clone(),
            scenarios: args.scenarios.clone(),
        };
        let running = server::start(config).await?;
        for warning in &running.warnings {
            errln!("warning: {warning}");
        }
        let shown = if running.addr.ip().is_unspecified() {
            // Students need an address of this machine on their network; the teacher knows it.
            format!("http://<this machine's address>:{}", running.addr.port())
        } else {
            format!("http://{}", running.addr)
        };
        outln!("Portsmouth 1905 class server — class folder {}", args.dir.display());
        if running.tables > 0 {
            outln!("Resumed {} table(s) where they stood.", running.tables);
        }
        outln!("Students: open the game, choose Join a class, and give the address {shown}");
        outln!(
            "Teacher's dashboard (keep the key to yourself): {shown}/teacher?key={}",
            running.key
        );
        if running.addr.ip().is_loopback() {
            outln!("Listening on this machine only; use --bind 0.0.0.0 to let the class's machines join.");
        }
        running.wait().await.map_err(|e| format!("the server stopped: {e}"))
    })
}
