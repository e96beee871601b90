//! The tour's networked table: a class server on loopback inside the tour, one table of a
//! student seat against the computer, joined as a student joins it, and a few exchanges
//! played before the picture, so it shows the computer's answer as the server sent it.

use super::{Hold, TOUR_SEED};
use crate::engine::agents::{self, AgentSpec};
use crate::engine::play::side::Side;
use crate::engine::play::view::SideView;
use crate::game::class::JoinClass;
use crate::game::screens::{BeginNegotiating, Screen};
use crate::game::session::{SendTurn, Session};
use crate::game::settings::Settings;
use crate::net::loadtest::http::Server;
use crate::net::server::{Config, start};
use bevy::prelude::*;
use std::path::PathBuf;
use std::time::Duration;

/// Turns both sides have played when the picture is taken.
const EXCHANGES: u32 = 4;

/// Starts the class server, makes the table and joins it as Komura's student.
pub fn step(world: &mut World) {
    let dir = world.resource::<crate::game::paths::Profile>().0.join("class");
    let scenarios = crate::game::paths::data_root().join("scenarios");
    let (address, code) = match serve(dir, scenarios) {
        Ok(table) => table,
        Err(problem) => {
            error!("tour: the class server for the networked table: {problem}");
            world.write_message(AppExit::from_code(5));
            return;
        }
    };
    // The stop before it was drawn for a projector: back to the window everyone else sees.
    *world.resource_mut::<Settings>() = Settings::default();
    let mut windows = world.query_filtered::<&mut Window, With<bevy::window::PrimaryWindow>>();
    for mut window in windows.iter_mut(world) {
        window.resolution.set(1280.0, 720.0);
    }
    world.trigger(JoinClass {
        address,
        code,
        name: "Aiko".into(),
        side: Some(Side::Japan),
    });
    world.insert_resource(Hold(at_the_table));
}

/// Ready once the seat has played a few exchanges and has the turn again: from the briefing
/// it goes to the table, and the seat's turns are played as the computer would play them.
fn at_the_table(world: &mut World) -> bool {
    match world.resource::<State<Screen>>().get() {
        Screen::Briefing => {
            world.trigger(BeginNegotiating);
            false
        }
        Screen::Table => {
            let Some(session) = world.get_resource::<Session>().filter(|s| s.class.is_some()) else {
                return false;
            };
            if !session.viewer_to_move() {
                return false;
            }
            if session.game.state().turns_played >= EXCHANGES {
                return true;
            }
            let scenario = session.game.scenario();
            let Ok(mut delegate) = agents::make(&AgentSpec::Delegate, Side::Japan, TOUR_SEED, scenario) else {
                return false;
            };
            let turn = delegate.decide(&SideView::new(&session.game, Side::Japan)).turn;
            world.trigger(SendTurn(turn));
            false
        }
        _ => false,
    }
}

/// The class server on a loopback port, on its own thread for the rest of the tour, with one
/// table: a student as Japan, the computer (Steady) as Russia. Its address and the table's code.
fn serve(dir: PathBuf, scenarios: PathBuf) -> Result<(String, String), String> {
    let (tx, rx) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("tour class server".into())
        .spawn(move || {
            let runtime = match tokio::runtime::Builder::new_multi_thread()
                .worker_threads(1)
                .enable_all()
                .build()
            {
                Ok(runtime) => runtime,
                Err(e) => {
                    let _ = tx.send(Err(e.to_string()));
                    return;
                }
            };
            runtime.block_on(async move {
                let config = Config::new(std::net::Ipv4Addr::LOCALHOST.into(), 0, dir, scenarios);
                let running = match start(config).await {
                    Ok(running) => running,
                    Err(e) => {
                        let _ = tx.send(Err(e));
                        return;
                    }
                };
                let address = running.addr.to_string();
                let table = async {
                    let server = Server::parse(&format!("http://{address}")).map_err(|e| e.to_string())?;
                    let student = serde_json::json!({ "kind": "student" });
                    let computer = serde_json::json!({ "kind": "computer", "level": "Steady" });
                    let tables = server
                        .create_tables(&running.key, "portsmouth-1905", Some(TOUR_SEED), student, computer, 1)
                        .await
                        .map_err(|e| e.to_string())?;
                    let first = tables.into_iter().next().ok_or("the server made no table")?;
                    Ok::<_, String>((address.clone(), first.code))
                };
                let _ = tx.send(table.await);
                let _ = running.wait().await;
            });
        });
    spawned.map_err(|e| e.to_string())?;
    rx.recv_timeout(Duration::from_secs(30))
        .map_err(|_| "the server did not start within 30 s".to_string())?
}
