//! Numbers with decimals as each language writes them: Danish and Russian put a comma where
//! English and Japanese put a point. Only for people to read: files other programs read
//! (CSV, JSON, saves) keep the point.

use super::Lang;

/// `value` with `places` decimals, as `lang` writes it.
pub fn decimal(lang: Lang, value: f64, places: usize) -> String {
    in_lang(lang, format!("{value:.places$}"))
}

/// `value` with `places` decimals and always a sign, as `lang` writes it ("+0,251").
pub fn signed_decimal(lang: Lang, value: f64, places: usize) -> String {
    in_lang(lang, format!("{value:+.places$}"))
}

fn in_lang(lang: Lang, written: String) -> String {
    match lang {
        Lang::Danish | Lang::Russian => written.replace('.', ","),
        Lang::English | Lang::Japanese | Lang::Pseudo => written,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_and_russian_write_a_decimal_comma() {
        assert_eq!(decimal(Lang::English, 0.5916, 3), "0.592");
        assert_eq!(decimal(Lang::Japanese, 0.5916, 3), "0.592");
        assert_eq!(decimal(Lang::Danish, 0.5916, 3), "0,592");
        assert_eq!(decimal(Lang::Russian, 0.27, 2), "0,27");
        assert_eq!(signed_decimal(Lang::Russian, 0.2514, 3), "+0,251");
        assert_eq!(signed_decimal(Lang::English, -0.014, 3), "-0.014");
    }
}
