//! Clap's argument errors in the chosen language. English, the help and version displays and
//! the rarer kinds are clap's own output; the common mistakes (an unknown argument or
//! subcommand, a missing one, a bad value, an argument given twice) are written from the
//! error's context in the same shape as clap's: the message, a tip naming what was probably
//! meant, the usage line and where to read more. The exit code stays clap's (2).

use clap::error::{ContextKind, ContextValue, ErrorKind};
use portsmouth::engine::agents::{BUILT_IN, UnknownAgent};
use portsmouth::i18n::{Lang, UnknownLang};
use portsmouth::tr;
use std::net::AddrParseError;
use std::num::ParseIntError;
use std::process::ExitCode;

/// A side named on the command line that is not one (`--viewer`, `--side`): its own type so
/// that the error can say so in the chosen language.
#[derive(Debug, thiserror::Error)]
pub enum UnknownSide {
    #[error("choose japan or russia")]
    NotJapanOrRussia,
    #[error("choose japan, russia or both")]
    NotJapanRussiaOrBoth,
}

/// Prints `error` (in `lang` where it is a common mistake) and gives the exit code.
pub fn report(error: clap::Error, lang: Lang) -> ExitCode {
    let code = u8::try_from(error.exit_code()).unwrap_or(2);
    match translated(&error, lang) {
        Some(message) => crate::cli::out::errln!("{message}"),
        // Clap's output as it is: help and version on stdout, errors on stderr.
        None => {
            let _ = error.print();
        }
    }
    ExitCode::from(code)
}

/// The whole message in `lang`, or `None` where clap's own is printed.
fn translated(error: &clap::Error, lang: Lang) -> Option<String> {
    if lang == Lang::English {
        return None;
    }
    let mut message = tr!(lang, "cli-help-error", message = what_went_wrong(error, lang)?);
    let tips = tips(error, lang);
    if !tips.is_empty() {
        message.push('\n');
        for tip in tips {
            message.push_str("\n  ");
            message.push_str(&tip);
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let line = usage.strip_prefix("Usage:").unwrap_or(&usage);
        message.push_str("\n\n");
        message.push_str(&tr!(lang, "cli-help-heading-usage"));
        message.push(':');
        message.push_str(line);
    }
    message.push_str("\n\n");
    message.push_str(&tr!(lang, "cli-help-error-try-help", flag = "--help"));
    Some(message)
}

fn string(error: &clap::Error, kind: ContextKind) -> Option<&str> {
    match error.get(kind) {
        Some(ContextValue::String(text)) => Some(text),
        _ => None,
    }
}

fn strings(error: &clap::Error, kind: ContextKind) -> Option<Vec<String>> {
    match error.get(kind) {
        Some(ContextValue::String(text)) => Some(vec![text.clone()]),
        Some(ContextValue::Strings(texts)) => Some(texts.clone()),
        _ => None,
    }
}

/// A name the user typed or could type, in the language's quotation marks.
fn quoted(lang: Lang, text: &str) -> String {
    tr!(lang, "cli-help-error-quoted", text = text)
}

fn quoted_list(lang: Lang, texts: &[String]) -> String {
    texts
        .iter()
        .map(|text| quoted(lang, text))
        .collect::<Vec<_>>()
        .join(&tr!(lang, "cli-help-error-list-separator"))
}

/// The first line (or lines) of the message, for the kinds translated.
fn what_went_wrong(error: &clap::Error, lang: Lang) -> Option<String> {
    let argument = || string(error, ContextKind::InvalidArg).map(|arg| quoted(lang, arg));
    let value = || string(error, ContextKind::InvalidValue);
    Some(match error.kind() {
        ErrorKind::UnknownArgument => tr!(lang, "cli-help-error-unknown-argument", argument = argument()?),
        ErrorKind::InvalidSubcommand => tr!(
            lang,
            "cli-help-error-unknown-subcommand",
            subcommand = quoted(lang, string(error, ContextKind::InvalidSubcommand)?)
        ),
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(error, ContextKind::InvalidArg)?;
            let mut text = tr!(lang, "cli-help-error-missing", count = missing.len());
            for arg in missing {
                text.push_str("\n  ");
                text.push_str(&arg);
            }
            text
        }
        ErrorKind::InvalidValue if value()?.is_empty() => {
            tr!(lang, "cli-help-error-value-required", argument = argument()?)
        }
        ErrorKind::InvalidValue => {
            let mut text = tr!(
                lang,
                "cli-help-error-invalid-value",
                value = quoted(lang, value()?),
                argument = argument()?
            );
            if let Some(valid) = strings(error, ContextKind::ValidValue).filter(|valid| !valid.is_empty()) {
                text.push_str("\n  ");
                text.push_str(&tr!(lang, "cli-help-error-possible-values", values = valid.join(", ")));
            }
            text
        }
        ErrorKind::ValueValidation => tr!(
            lang,
            "cli-help-error-invalid-value-because",
            value = quoted(lang, value()?),
            argument = argument()?,
            reason = reason(error, lang)
        ),
        ErrorKind::ArgumentConflict => {
            let arg = string(error, ContextKind::InvalidArg)?;
            let prior = strings(error, ContextKind::PriorArg).unwrap_or_default();
            if prior.iter().all(|other| other == arg) {
                tr!(lang, "cli-help-error-repeated", argument = quoted(lang, arg))
            } else {
                tr!(
                    lang,
                    "cli-help-error-conflict",
                    argument = quoted(lang, arg),
                    others = quoted_list(lang, &prior)
                )
            }
        }
        ErrorKind::TooManyValues => tr!(
            lang,
            "cli-help-error-unexpected-value",
            value = quoted(lang, value()?),
            argument = argument()?
        ),
        _ => return None,
    })
}

/// Why a value was refused: in `lang` for the refusals the command line's own types give,
/// else the value parser's words.
fn reason(error: &clap::Error, lang: Lang) -> String {
    let Some(source) = std::error::Error::source(error) else {
        return String::new();
    };
    if let Some(side) = source.downcast_ref::<UnknownSide>() {
        match side {
            UnknownSide::NotJapanOrRussia => tr!(lang, "cli-help-error-choose-side"),
            UnknownSide::NotJapanRussiaOrBoth => tr!(lang, "cli-help-error-choose-side-or-both"),
        }
    } else if source.is::<UnknownAgent>() {
        let agents = BUILT_IN
            .map(|agent| agent.to_string())
            .join(&tr!(lang, "cli-help-error-list-separator"));
        tr!(lang, "cli-help-error-unknown-agent", agents = agents)
    } else if source.is::<UnknownLang>() {
        tr!(lang, "cli-help-error-unknown-lang")
    } else if source.is::<ParseIntError>() {
        tr!(lang, "cli-help-error-not-a-number")
    } else if source.is::<AddrParseError>() {
        tr!(lang, "cli-help-error-not-an-address")
    } else {
        let reason = source.to_string();
        // Clap's number parsers refuse a number out of their range in these words.
        match reason.split_once(" is not in ") {
            Some((_, range)) if range.contains("..") => tr!(lang, "cli-help-error-out-of-range", range = range),
            _ => reason,
        }
    }
}

/// "A similar subcommand exists: 'simulate'", and clap's other tips as it words them.
fn tips(error: &clap::Error, lang: Lang) -> Vec<String> {
    let mut tips = Vec::new();
    for (kind, what) in [
        (ContextKind::SuggestedSubcommand, "subcommand"),
        (ContextKind::SuggestedArg, "argument"),
        (ContextKind::SuggestedValue, "value"),
    ] {
        if let Some(similar) = strings(error, kind).filter(|similar| !similar.is_empty()) {
            tips.push(tr!(
                lang,
                "cli-help-error-similar",
                what = what,
                count = similar.len(),
                names = quoted_list(lang, &similar)
            ));
        }
    }
    if let Some(ContextValue::StyledStrs(others)) = error.get(ContextKind::Suggested) {
        tips.extend(others.iter().map(|tip| other_tip(&tip.to_string(), lang)));
    }
    tips
}

/// One of clap's own tips, which it gives only as English text: the ones it words for an
/// argument typed where a value was expected are translated, any other is printed as it is.
fn other_tip(tip: &str, lang: Lang) -> String {
    let as_value = tip
        .strip_prefix("to pass '")
        .and_then(|rest| rest.split_once("' as a value, use '"))
        .and_then(|(value, rest)| Some((value, rest.strip_suffix('\'')?)));
    if let Some((value, instead)) = as_value {
        return tr!(
            lang,
            "cli-help-error-tip-as-value",
            value = quoted(lang, value),
            instead = quoted(lang, instead)
        );
    }
    tr!(lang, "cli-help-error-tip", tip = tip)
}
