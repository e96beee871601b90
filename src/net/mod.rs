//! The class on the network: the wire protocol a seat speaks, the class server that keeps
//! the tables (`portsmouth serve`), and the client a student's game or an outside agent
//! uses. No Bevy here: the server runs the engine alone.

pub mod client;
pub mod dashboard;
pub mod lang;
pub mod loadtest;
pub mod protocol;
pub mod server;
