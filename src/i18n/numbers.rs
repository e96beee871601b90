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

/// A share (0 to 1) as a percentage with `places` decimals, as `lang` writes it ("94,0%").
pub fn percent(lang: Lang, share: f64, places: usize) -> String {
    format!("{}%", decimal(lang, 100.0 * share, places))
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
        assert_eq!(percent(Lang::Danish, 0.9406, 1), "94,1%");
        assert_eq!(percent(Lang::Japanese, 0.5, 0), "50%");
    }
}
