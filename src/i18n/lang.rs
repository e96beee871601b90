//! The languages the game speaks, and how a locale string ("ja_JP.UTF-8", "ru-RU") names one.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A language of the interface. `Pseudo` is English with every word accented and about 40 %
/// longer: it is for checking that nothing is left untranslated and that every box has room,
/// and is never chosen from the system's locale.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "en")]
    English,
    #[serde(rename = "ja")]
    Japanese,
    #[serde(rename = "ru")]
    Russian,
    #[serde(rename = "da")]
    Danish,
    #[serde(rename = "en-XA")]
    Pseudo,
}

impl Lang {
    /// The languages a player is offered, in the picker's order.
    pub const OFFERED: [Lang; 4] = [Lang::English, Lang::Japanese, Lang::Russian, Lang::Danish];
    /// Every language the catalogue holds, the pseudo-locale last.
    pub const ALL: [Lang; 5] = [Lang::English, Lang::Japanese, Lang::Russian, Lang::Danish, Lang::Pseudo];

    /// The BCP 47 code: also the folder of its translation files.
    pub fn code(self) -> &'static str {
        match self {
            Lang::English => "en",
            Lang::Japanese => "ja",
            Lang::Russian => "ru",
            Lang::Danish => "da",
            Lang::Pseudo => "en-XA",
        }
    }

    /// The folder under `assets/locales` and the suffix of a scenario's translation file.
    /// The pseudo-locale is made from English, so it has no files of its own.
    pub fn files(self) -> &'static str {
        match self {
            Lang::Pseudo => "en",
            other => other.code(),
        }
    }

    /// The language's name in itself, as a picker shows it to someone who reads only it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::English => "English",
            Lang::Japanese => "日本語",
            Lang::Russian => "Русский",
            Lang::Danish => "Dansk",
            Lang::Pseudo => "[Ƥšéüðö]",
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// The language a locale string names: "ja", "ja-JP", "ja_JP.UTF-8", "da-DK",
    /// "en-XA" or "pseudo". `None` for a language the game does not speak.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let locale = locale.trim();
        if locale.eq_ignore_ascii_case("pseudo") || locale.eq_ignore_ascii_case("en-XA") {
            return Some(Lang::Pseudo);
        }
        let language = locale.split(['-', '_', '.', '@']).next()?.to_ascii_lowercase();
        match language.as_str() {
            "en" => Some(Lang::English),
            "ja" => Some(Lang::Japanese),
            "ru" => Some(Lang::Russian),
            "da" => Some(Lang::Danish),
            _ => None,
        }
    }

    /// The system's language if the game speaks it, else English. "C" and "POSIX" (a bare
    /// server or a CI machine) read as English.
    pub fn from_system() -> Lang {
        sys_locale::get_locales()
            .find_map(|locale| Lang::from_locale(&locale))
            .unwrap_or(Lang::English)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language named on the command line that the game does not speak.
#[derive(Debug, thiserror::Error)]
#[error("\"{0}\" is not a language the game speaks: use en, ja, ru, da or pseudo")]
pub struct UnknownLang(String);

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(code: &str) -> Result<Lang, UnknownLang> {
        Lang::from_locale(code).ok_or_else(|| UnknownLang(code.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_strings_name_their_language() {
        assert_eq!(Lang::from_locale("ja_JP.UTF-8"), Some(Lang::Japanese));
        assert_eq!(Lang::from_locale("ru-RU"), Some(Lang::Russian));
        assert_eq!(Lang::from_locale("da"), Some(Lang::Danish));
        assert_eq!(Lang::from_locale("en-GB"), Some(Lang::English));
        assert_eq!(Lang::from_locale("pseudo"), Some(Lang::Pseudo));
        assert_eq!(Lang::from_locale("C"), None);
        assert_eq!(Lang::from_locale("de_DE@euro"), None);
        assert_eq!(Lang::from_locale(""), None);
    }

    #[test]
    fn codes_read_back_and_serialise_as_codes() {
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse::<Lang>().unwrap(), lang);
            let written = ron::to_string(&lang).unwrap();
            assert_eq!(ron::from_str::<Lang>(&written).unwrap(), lang);
        }
        assert!(
            "klingon"
                .parse::<Lang>()
                .unwrap_err()
                .to_string()
                .contains("en, ja, ru, da")
        );
    }
}
