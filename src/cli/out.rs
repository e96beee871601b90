//! Printing that never panics, and never passes on a terminal's escape sequences. A reader
//! that goes away (`| head -1`) ends the printing quietly while the command's work and files
//! complete; any other failure (a full disk behind `> file`) is kept and reported when the
//! command ends. Everything printed carries text from files someone else wrote (titles,
//! transcripts, error messages quoting a line), so all of it goes through `printable`.

use portsmouth::engine::records::printable::printable;
use portsmouth::i18n::Lang;
use portsmouth::tr;
use std::fmt;
use std::io::{self, Write};
use std::process::ExitCode;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

/// Nothing more is printed: the reader has gone or writing failed.
static STOPPED: AtomicBool = AtomicBool::new(false);
/// The first failure other than a reader that went away.
static FAILURE: Mutex<Option<io::Error>> = Mutex::new(None);

pub fn print(args: fmt::Arguments<'_>) {
    if STOPPED.load(Ordering::Relaxed) {
        return;
    }
    let text = args.to_string();
    if let Err(e) = io::stdout().lock().write_all(printable(&text).as_bytes()) {
        stop(e);
    }
}

/// Messages on the error stream; if it is closed there is no one to tell.
pub fn print_err(args: fmt::Arguments<'_>) {
    let text = args.to_string();
    let _ = io::stderr().lock().write_all(printable(&text).as_bytes());
}

fn stop(e: io::Error) {
    STOPPED.store(true, Ordering::Relaxed);
    if e.kind() != io::ErrorKind::BrokenPipe {
        FAILURE
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .get_or_insert(e);
    }
}

/// Ends the command: flushes what was printed and turns a failure to print into a message
/// (in `lang`) and a failing exit code.
pub fn finish(code: ExitCode, lang: Lang) -> ExitCode {
    if !STOPPED.load(Ordering::Relaxed)
        && let Err(e) = io::stdout().lock().flush()
    {
        stop(e);
    }
    let failure = FAILURE.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).take();
    match failure {
        None => code,
        Some(e) => {
            print_err(format_args!(
                "{}\n    {}\n",
                tr!(lang, "cli-could-not-print", error = crate::cli::reason(&e, lang)),
                tr!(lang, "cli-could-not-print-help")
            ));
            ExitCode::FAILURE
        }
    }
}

/// `println!` that cannot panic; see the module.
macro_rules! outln {
    () => { $crate::cli::out::print(format_args!("\n")) };
    ($($arg:tt)*) => { $crate::cli::out::print(format_args!("{}\n", format_args!($($arg)*))) };
}

/// `print!` that cannot panic.
macro_rules! out {
    ($($arg:tt)*) => { $crate::cli::out::print(format_args!($($arg)*)) };
}

/// `eprintln!` that cannot panic.
macro_rules! errln {
    ($($arg:tt)*) => { $crate::cli::out::print_err(format_args!("{}\n", format_args!($($arg)*))) };
}

pub(crate) use {errln, out, outln};
