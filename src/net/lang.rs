//! Which language the class server speaks to whom: a page's visitor by `?lang=xx`, else by
//! the browser's `Accept-Language`, else the server's own `--lang`; a protocol client by the
//! optional `lang` of its `Join` or `Connect`, or a later `Language`, else English (programs
//! written before the field read English, as they always did).
//!
//! Everything here reads input from anyone on the network, so it reads a bounded prefix and
//! a bounded number of entries, and never fails: a language it cannot read is no language.

use crate::i18n::Lang;

/// The most bytes of an `Accept-Language` header or a query string looked at; real ones are
/// well under 200.
const MAX_INPUT: usize = 1024;
/// The most comma-separated entries (or `&`-separated pairs) looked at.
const MAX_ENTRIES: usize = 32;
/// The longest language tag read (BCP 47 allows 35 characters in practice).
const MAX_TAG: usize = 35;

/// The language a language tag names, if the server speaks it; `pseudo` and `en-XA` give the
/// pseudo-locale (a tester's choice, by name only).
pub fn from_tag(tag: &str) -> Option<Lang> {
    let tag = tag.trim();
    if tag.is_empty() || tag.len() > MAX_TAG {
        return None;
    }
    Lang::from_locale(tag)
}

/// `lang=xx` from a query string (`a=b&lang=ja`), if it names a language the server speaks.
pub fn from_query(query: &str) -> Option<Lang> {
    bounded(query)
        .split('&')
        .take(MAX_ENTRIES)
        .filter_map(|pair| pair.split_once('='))
        .find(|(name, _)| *name == "lang")
        .and_then(|(_, value)| from_tag(value))
}

/// What a browser's `Accept-Language` asks for: `Some(language)` for the spoken language
/// with the highest weight (the first of equals); `Some(English)` when it names only
/// languages the server does not speak; `None` when it names none at all (empty, `*`, or
/// unreadable), so that the server's own language applies.
pub fn from_accept_language(header: &str) -> Option<Lang> {
    let mut best: Option<(Lang, u32)> = None;
    let mut named_any = false;
    for entry in bounded(header).split(',').take(MAX_ENTRIES) {
        let mut parts = entry.split(';');
        let tag = parts.next().unwrap_or("").trim();
        let Some(weight) = weight(parts) else { continue };
        if tag.is_empty() || tag == "*" || weight == 0 {
            continue;
        }
        named_any = true;
        // The pseudo-locale is for testers who name it; a browser never asks for it.
        let Some(lang) = from_tag(tag).filter(|l| Lang::OFFERED.contains(l)) else {
            continue;
        };
        if best.is_none_or(|(_, w)| weight > w) {
            best = Some((lang, weight));
        }
    }
    best.map(|(lang, _)| lang).or(named_any.then_some(Lang::English))
}

/// The weight (`q`) of an entry in thousandths: 1000 without one, `None` if it is malformed.
fn weight<'a>(mut params: impl Iterator<Item = &'a str>) -> Option<u32> {
    let Some(param) = params.find(|p| p.trim_start().starts_with("q=")) else {
        return Some(1000);
    };
    let value = param.trim().strip_prefix("q=")?.trim();
    // RFC 9110: 0 to 1 with at most three decimals.
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = format!("{fraction:0<3}").parse::<u32>().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// The first `MAX_INPUT` bytes of `text`, cut at a character boundary.
fn bounded(text: &str) -> &str {
    if text.len() <= MAX_INPUT {
        return text;
    }
    let mut end = MAX_INPUT;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// A page's language: `?lang=` first, then `Accept-Language`, then the server's.
pub fn for_page(query: Option<&str>, accept_language: Option<&str>, server: Lang) -> Lang {
    query
        .and_then(from_query)
        .or_else(|| accept_language.and_then(from_accept_language))
        .unwrap_or(server)
}

/// A request's language, from its address and headers (see `for_page`).
pub fn of_request(uri: &axum::http::Uri, headers: &axum::http::HeaderMap, server: Lang) -> Lang {
    let accept = headers
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    for_page(uri.query(), accept, server)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_highest_weight_among_spoken_languages_wins() {
        assert_eq!(from_accept_language("ja"), Some(Lang::Japanese));
        assert_eq!(
            from_accept_language("de-DE,de;q=0.9,ru;q=0.8,en;q=0.7"),
            Some(Lang::Russian)
        );
        assert_eq!(from_accept_language("en;q=0.5, da-DK"), Some(Lang::Danish));
        assert_eq!(from_accept_language("ru;q=0.5, ja;q=0.5"), Some(Lang::Russian));
        assert_eq!(from_accept_language("ja;q=0, ru"), Some(Lang::Russian));
        assert_eq!(from_accept_language("ja-JP;q=1.000"), Some(Lang::Japanese));
    }

    #[test]
    fn unknown_languages_read_as_english_and_no_language_as_none() {
        assert_eq!(from_accept_language("de, fr;q=0.8"), Some(Lang::English));
        assert_eq!(from_accept_language(""), None);
        assert_eq!(from_accept_language("*"), None);
        assert_eq!(from_accept_language(";;;,,,"), None);
        // A malformed weight leaves its entry out.
        assert_eq!(from_accept_language("ja;q=2, ru;q=abc, da;q=0.1234"), None);
        // The pseudo-locale is never a browser's choice.
        assert_eq!(from_accept_language("en-XA"), Some(Lang::English));
    }

    #[test]
    fn the_query_names_the_language() {
        assert_eq!(from_query("key=abc&lang=ru"), Some(Lang::Russian));
        assert_eq!(from_query("lang=pseudo"), Some(Lang::Pseudo));
        assert_eq!(from_query("lang=xx"), None);
        assert_eq!(from_query("lang"), None);
        assert_eq!(for_page(Some("lang=da"), Some("ja"), Lang::Russian), Lang::Danish);
        assert_eq!(for_page(Some("lang=zz"), Some("ja"), Lang::Russian), Lang::Japanese);
        assert_eq!(for_page(None, None, Lang::Russian), Lang::Russian);
        assert_eq!(for_page(None, Some("de"), Lang::Russian), Lang::English);
    }

    #[test]
    fn hostile_input_is_read_in_bounded_pieces() {
        // One unreadable tag, cut short: a language the server does not speak.
        let huge = "x-".repeat(1_000_000) + ",ja";
        assert_eq!(from_accept_language(&huge), Some(Lang::English));
        let many = "de;q=0.1,".repeat(10_000) + "ja";
        // Only the first entries count: the Japanese at the end is never reached.
        assert_eq!(from_accept_language(&many), Some(Lang::English));
        let multibyte = "ё".repeat(5_000);
        assert_eq!(from_accept_language(&multibyte), Some(Lang::English));
        assert_eq!(from_query(&"lang=".repeat(100_000)), None);
        assert_eq!(from_tag(&"j".repeat(100)), None);
        assert_eq!(from_accept_language("ja;q=99999999999999999999"), None);
        assert_eq!(from_accept_language("ja;q=0.ééé"), None);
    }
}
