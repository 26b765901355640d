//! The display languages. Texts live in the language files (see [`crate::catalog`]).

/// A display language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Nederlands (default).
    #[default]
    Nl,
    /// English.
    En,
    /// Français.
    Fr,
}

impl Lang {
    /// Every language, Dutch first.
    pub const ALL: [Lang; 3] = [Lang::Nl, Lang::En, Lang::Fr];
    /// ISO code: `nl`, `en`, `fr`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }
    /// From an ISO code (`"nl"`, `"en"`, `"fr"`, case-insensitive; also `nl-BE` etc.).
    pub fn from_code(code: &str) -> Option<Lang> {
        let c = code.get(..2)?.to_ascii_lowercase();
        match c.as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }
}
