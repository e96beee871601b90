//! The class server finds the game's own scenarios whatever folder the teacher starts it in,
//! as the game's window does, and says what to do when it cannot.

use crate::loadtest_server::{ClassServer, class_dir, runtime};
use std::path::Path;

#[test]
fn the_class_server_started_in_any_folder_offers_the_games_scenarios() {
    let dir = class_dir("serve-anywhere");
    let elsewhere = dir.join("home");
    std::fs::create_dir_all(&elsewhere).unwrap();
    let data = Path::new(env!("CARGO_MANIFEST_DIR"));
    // No --scenarios and no `scenarios` folder where it starts: only PORTSMOUTH_DATA says
    // where the game is, as for a game installed away from its sources.
    let server = ClassServer::start_with(&dir, 0, |command| {
        command
            .current_dir(&elsewhere)
            .env_remove("CARGO_MANIFEST_DIR")
            .env("PORTSMOUTH_DATA", data);
    });
    let listed = runtime()
        .block_on(server.server().request("GET", "/api/scenarios", &server.key, None))
        .expect("the teacher's list of scenarios");
    for file in ["portsmouth-1905.ron", "tutorial.ron"] {
        assert!(listed.contains(file), "{file} is offered: {listed}");
    }
}

#[test]
fn without_the_games_files_the_class_server_says_where_to_point_it() {
    let dir = class_dir("serve-nowhere");
    let elsewhere = dir.join("home");
    std::fs::create_dir_all(&elsewhere).unwrap();
    // A copy of the program away from the sources: a target folder inside the clone would
    // find them beside the program.
    let program = elsewhere.join("portsmouth");
    std::fs::copy(env!("CARGO_BIN_EXE_portsmouth"), &program).expect("a copy of the program");
    let output = crate::common::cli_at(&program)
        .args(["serve", "--bind", "127.0.0.1", "--port", "0", "--dir"])
        .arg(dir.join("class"))
        .current_dir(&elsewhere)
        .env_remove("CARGO_MANIFEST_DIR")
        .env_remove("PORTSMOUTH_DATA")
        .output()
        .expect("the server runs");
    assert!(!output.status.success());
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("cannot read the scenarios folder"), "{said}");
    assert!(
        said.contains("--scenarios DIR") && said.contains("PORTSMOUTH_DATA"),
        "{said}"
    );
}
