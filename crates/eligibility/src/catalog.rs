//! Texts as data: one file per language (`texts/<lang>.ftl`, plus the input-error texts in
//! `texts/<lang>.errors.ftl`, the sources' titles in `texts/<lang>.rules.ftl`, the rules'
//! public notes in `texts/<lang>.notes.ftl` and the context panel's words in
//! `texts/<lang>.context.ftl`),
//! in a small subset of Fluent:
//!
//! ```text
//! # A comment (a line starting with `#`).
//! lang = nl
//! reason.kmo.item.aid = Steun { $aid_before_ceiling } vóór het jaarplafond,
//!     { $aid } erna.
//! ```
//!
//! - `key = text`: a key starts at the beginning of the line (letters, digits, `.`, `_`,
//!   `-`); the text runs to the end of the line;
//! - an indented line continues the text before it (joined with one space);
//! - `{ $field }` is replaced by a value (of a reason, formatted by its type); in reason
//!   texts a `[ … ]` segment is left out when a value it names is absent;
//! - every file names its language with the key `lang`.
//!
//! The built-in files are compiled in per cargo feature (`lang-nl`, `lang-en`, `lang-fr`,
//! all on by default), so a shell can carry only one language and load the others at run
//! time: `Catalog::parse(&fetched_text)`, then render with that catalog
//! (`catalog.reason(&r)`, `catalog.status(s)`, `catalog.error_message(&e)`, …).

use crate::lang::Lang;
use std::cmp::Ordering;

/// The texts of one language: key to text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    lang: Lang,
    /// Sorted by key, keys unique.
    entries: Vec<(Box<str>, Box<str>)>,
    /// A compiled-in file read in place, without parsing (the input-error texts and the
    /// rules' texts, so that the JavaScript API carries no parser and none of the report's
    /// texts); empty for a parsed catalog.
    file: &'static str,
}

/// Why a language file was refused: the line (from 1) and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// Line number, from 1 (0: the file as a whole).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

fn is_key_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')
}

impl Catalog {
    /// Parses a language file. Refuses a line that is neither a comment, an entry nor a
    /// continuation, a key given twice, an empty text, and a file without `lang`.
    pub fn parse(text: &str) -> Result<Catalog, ParseError> {
        let err = |line: usize, message: String| ParseError { line, message };
        let mut entries: Vec<(Box<str>, Box<str>)> = Vec::new();
        // The entry being read (key, text, line), finished by the next key or the end.
        let mut pending: Option<(&str, String, usize)> = None;
        let mut finish = |entry: Option<(&str, String, usize)>| -> Result<(), ParseError> {
            let Some((key, value, line)) = entry else {
                return Ok(());
            };
            if value.is_empty() {
                return Err(err(line, format!("`{key}` has no text")));
            }
            // Kept sorted as it is built: a binary search finds the place (or a duplicate).
            match entries.binary_search_by(|(k, _)| k.as_ref().cmp(key)) {
                Ok(_) => Err(err(line, format!("`{key}` given twice"))),
                Err(i) => {
                    entries.insert(i, (key.into(), value.into_boxed_str()));
                    Ok(())
                }
            }
        };
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            if raw.trim().is_empty() || raw.starts_with('#') {
                continue;
            }
            if raw.starts_with([' ', '\t']) {
                let Some((_, value, _)) = pending.as_mut() else {
                    return Err(err(line, "continuation line without an entry".into()));
                };
                value.push(' ');
                value.push_str(raw.trim());
                continue;
            }
            let Some((key, value)) = raw.split_once('=') else {
                return Err(err(line, format!("expected `key = text`: {raw}")));
            };
            let key = key.trim_end();
            if key.is_empty() || !key.chars().all(is_key_char) {
                return Err(err(line, format!("bad key `{key}`")));
            }
            finish(pending.take())?;
            pending = Some((key, value.trim().to_string(), line));
        }
        finish(pending.take())?;
        let lang = entries
            .binary_search_by(|(k, _)| k.as_ref().cmp("lang"))
            .ok()
            .and_then(|i| Lang::from_code(&entries[i].1))
            .ok_or_else(|| err(0, "no `lang = nl|en|fr` entry".into()))?;
        Ok(Catalog {
            lang,
            entries,
            file: "",
        })
    }

    /// The language of the texts.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Adds the entries of `other` (same language); `other` wins on a shared key.
    pub fn merge(&mut self, other: Catalog) {
        for (k, v) in other.entries {
            match self.entries.binary_search_by(|(key, _)| key.cmp(&k)) {
                Ok(i) => self.entries[i].1 = v,
                Err(i) => self.entries.insert(i, (k, v)),
            }
        }
    }

    /// The text of `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.get_parts(&[key])
    }

    /// The text of the key made of `parts` joined (`["status.", "eligible"]`), without
    /// building the key.
    pub fn get_parts(&self, parts: &[&str]) -> Option<&str> {
        let cmp = |key: &str| compare_parts(key, parts);
        if let Ok(i) = self.entries.binary_search_by(|(k, _)| cmp(k)) {
            return Some(&self.entries[i].1);
        }
        // A file read in place: one entry a line.
        self.file.lines().find_map(|line| {
            let (key, value) = line.split_once('=')?;
            let plain = !line.starts_with(['#', ' ', '\t']);
            (plain && cmp(key.trim_end()) == Ordering::Equal).then(|| value.trim())
        })
    }

    /// Every key, sorted.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(k, _)| k.as_ref())
    }

    /// The built-in texts of `lang` (report, input errors and rules), when that language is
    /// compiled in (features `lang-nl`, `lang-en`, `lang-fr`).
    pub fn builtin(lang: Lang) -> Option<&'static Catalog> {
        use std::sync::OnceLock;
        if let Some(loaded) = LOADED[lang as usize].get() {
            return Some(loaded);
        }
        static CATALOGS: [OnceLock<Option<Catalog>>; 3] =
            [OnceLock::new(), OnceLock::new(), OnceLock::new()];
        CATALOGS[lang as usize]
            .get_or_init(|| {
                let mut c = Catalog::parse(builtin_report_file(lang)?).ok()?;
                c.merge(Catalog::parse(builtin_errors_file(lang)?).ok()?);
                c.merge(Catalog::parse(builtin_rules_file(lang)?).ok()?);
                if let Some(notes) = builtin_notes_file(lang) {
                    c.merge(Catalog::parse(notes).ok()?);
                }
                Some(c)
            })
            .as_ref()
    }

    /// The built-in input-error texts of `lang` alone (what the JavaScript API needs), read
    /// in place.
    pub fn builtin_errors(lang: Lang) -> Option<&'static Catalog> {
        if let Some(loaded) = LOADED[lang as usize].get() {
            return Some(loaded);
        }
        builtin_errors_file(lang).map(|_| &ERRORS[lang as usize])
    }

    /// The built-in texts of the rules of `lang` alone (`param.<id>`, `source.<id>`: what
    /// the JavaScript API's `rules()` and `sources()` need), read in place; for a language
    /// not compiled in, the installed texts.
    pub fn builtin_rules(lang: Lang) -> Option<&'static Catalog> {
        match builtin_rules_file(lang) {
            Some(_) => Some(&RULES[lang as usize]),
            None => LOADED[lang as usize].get(),
        }
    }

    /// The rules' public notes of `lang` (`param.<id>`: what the rules page and the
    /// JavaScript API's `rules()` show), read in place when compiled in (features
    /// `lang-<lang>` and `rule-notes`), else the notes installed with
    /// [`Catalog::install_notes`].
    pub fn builtin_notes(lang: Lang) -> Option<&'static Catalog> {
        match builtin_notes_file(lang) {
            Some(_) => Some(&NOTES[lang as usize]),
            None => LOADED_NOTES[lang as usize].get(),
        }
    }

    /// Like [`Catalog::builtin_or_fallback`], for the rules' notes alone; an empty catalog
    /// (no note) while the notes of `lang` are not at hand.
    pub(crate) fn notes_or_fallback(lang: Lang) -> &'static Catalog {
        Catalog::builtin_notes(lang).unwrap_or_else(empty)
    }

    /// Installs the rules' notes of a language loaded at run time (`<lang>.notes.ftl`), for
    /// a shell built without the `rule-notes` feature. Returns the language; notes already
    /// installed stay.
    pub fn install_notes(file: &str) -> Result<Lang, ParseError> {
        let notes = Catalog::parse(file)?;
        let lang = notes.lang;
        let _ = LOADED_NOTES[lang as usize].set(notes);
        Ok(lang)
    }

    /// Whether the rules' notes of `lang` are at hand (compiled in or installed).
    pub fn has_notes(lang: Lang) -> bool {
        Catalog::builtin_notes(lang).is_some()
    }

    /// The texts of `lang` if compiled in, else those of the first language that is, else
    /// an empty catalog (texts then show their keys).
    pub(crate) fn builtin_or_fallback(lang: Lang) -> &'static Catalog {
        Catalog::builtin(lang)
            .or_else(|| Lang::ALL.into_iter().find_map(Catalog::builtin))
            .unwrap_or_else(empty)
    }

    /// Like [`Catalog::builtin_or_fallback`], for the input-error texts alone.
    pub(crate) fn errors_or_fallback(lang: Lang) -> &'static Catalog {
        Catalog::builtin_errors(lang)
            .or_else(|| Lang::ALL.into_iter().find_map(Catalog::builtin_errors))
            .unwrap_or_else(empty)
    }

    /// Like [`Catalog::builtin_or_fallback`], for the rules' texts alone.
    pub(crate) fn rules_or_fallback(lang: Lang) -> &'static Catalog {
        Catalog::builtin_rules(lang)
            .or_else(|| Lang::ALL.into_iter().find_map(Catalog::builtin_rules))
            .unwrap_or_else(empty)
    }

    /// The built-in texts of the context panel of `lang` alone (`context.*`, parsed on first
    /// use); for a language not compiled in, the installed texts. Only the context module
    /// calls it, so a shell that never shows the panel does not carry them.
    pub fn builtin_context(lang: Lang) -> Option<&'static Catalog> {
        use std::sync::OnceLock;
        static CONTEXT: [OnceLock<Option<Catalog>>; 3] =
            [OnceLock::new(), OnceLock::new(), OnceLock::new()];
        match builtin_context_file(lang) {
            Some(file) => CONTEXT[lang as usize]
                .get_or_init(|| Catalog::parse(file).ok())
                .as_ref(),
            None => LOADED[lang as usize].get(),
        }
    }

    /// Like [`Catalog::builtin_or_fallback`], for the context panel's texts alone.
    pub(crate) fn context_or_fallback(lang: Lang) -> &'static Catalog {
        Catalog::builtin_context(lang)
            .or_else(|| Lang::ALL.into_iter().find_map(Catalog::builtin_context))
            .unwrap_or_else(empty)
    }
}

/// Compares `key` with the concatenation of `parts`, byte by byte (without building it).
fn compare_parts(key: &str, parts: &[&str]) -> Ordering {
    let mut rest = key.as_bytes();
    for part in parts {
        let p = part.as_bytes();
        let n = p.len().min(rest.len());
        match rest[..n].cmp(&p[..n]) {
            Ordering::Equal if n < p.len() => return Ordering::Less,
            Ordering::Equal => rest = &rest[n..],
            other => return other,
        }
    }
    if rest.is_empty() {
        Ordering::Equal
    } else {
        Ordering::Greater
    }
}

/// The rules' notes installed at run time ([`Catalog::install_notes`]).
static LOADED_NOTES: [std::sync::OnceLock<Catalog>; 3] = [
    std::sync::OnceLock::new(),
    std::sync::OnceLock::new(),
    std::sync::OnceLock::new(),
];

/// One catalog per language, in [`Lang`] order, over the compiled-in files `$file` gives.
macro_rules! in_place {
    ($file:ident) => {
        [
            file_in_place(Lang::Nl, $file(Lang::Nl)),
            file_in_place(Lang::En, $file(Lang::En)),
            file_in_place(Lang::Fr, $file(Lang::Fr)),
        ]
    };
}

/// The compiled-in input-error texts, the rules' texts and the rules' notes, read in place
/// (an empty file for a language not compiled in, never handed out: see
/// [`Catalog::builtin_errors`], [`Catalog::builtin_rules`], [`Catalog::builtin_notes`]).
static ERRORS: [Catalog; 3] = in_place!(builtin_errors_file);
static RULES: [Catalog; 3] = in_place!(builtin_rules_file);
static NOTES: [Catalog; 3] = in_place!(builtin_notes_file);

/// A catalog read in place from a compiled-in file (empty when there is none).
const fn file_in_place(lang: Lang, file: Option<&'static str>) -> Catalog {
    Catalog {
        lang,
        entries: Vec::new(),
        file: match file {
            Some(file) => file,
            None => "",
        },
    }
}

/// The compiled-in file `texts/<lang><suffix>.ftl` of a language, when that language (and
/// the extra feature, if one is named) is compiled in.
macro_rules! builtin_file {
    ($lang:expr, $suffix:literal $(, $feature:literal)?) => {
        match $lang {
            #[cfg(all(feature = "lang-nl" $(, feature = $feature)?))]
            Lang::Nl => Some(include_str!(concat!("../texts/nl", $suffix, ".ftl"))),
            #[cfg(all(feature = "lang-en" $(, feature = $feature)?))]
            Lang::En => Some(include_str!(concat!("../texts/en", $suffix, ".ftl"))),
            #[cfg(all(feature = "lang-fr" $(, feature = $feature)?))]
            Lang::Fr => Some(include_str!(concat!("../texts/fr", $suffix, ".ftl"))),
            #[allow(unreachable_patterns)]
            _ => None,
        }
    };
}

/// The compiled-in rules' notes of `lang`.
const fn builtin_notes_file(lang: Lang) -> Option<&'static str> {
    builtin_file!(lang, ".notes", "rule-notes")
}

/// Texts of languages installed at run time ([`Catalog::install`]).
static LOADED: [std::sync::OnceLock<Catalog>; 3] = [
    std::sync::OnceLock::new(),
    std::sync::OnceLock::new(),
    std::sync::OnceLock::new(),
];

impl Catalog {
    /// Installs the texts of a language loaded at run time, for a shell built without that
    /// language's feature (the web app fetches `<lang>.ftl`, `<lang>.errors.ftl`,
    /// `<lang>.rules.ftl` and `<lang>.context.ftl`): from then on [`Catalog::builtin`] and
    /// the free functions of [`crate::text`] speak it. Returns the language; a language
    /// already installed keeps its first texts.
    pub fn install(report: &str, errors: &str) -> Result<Lang, ParseError> {
        Catalog::install_files(&[report, errors])
    }

    /// Like [`Catalog::install`], for any number of files of one language (all four of
    /// them: report, errors, rules, context panel).
    pub fn install_files(files: &[&str]) -> Result<Lang, ParseError> {
        let mut parsed = files.iter().map(|f| Catalog::parse(f));
        let mut catalog = parsed.next().ok_or_else(|| ParseError {
            line: 0,
            message: "no file".into(),
        })??;
        for other in parsed {
            let other = other?;
            if other.lang != catalog.lang {
                return Err(ParseError {
                    line: 0,
                    message: "the files name different languages".into(),
                });
            }
            catalog.merge(other);
        }
        let lang = catalog.lang;
        let _ = LOADED[lang as usize].set(catalog);
        Ok(lang)
    }

    /// Whether the texts of `lang` are at hand (compiled in or installed).
    pub fn has(lang: Lang) -> bool {
        LOADED[lang as usize].get().is_some() || builtin_report_file(lang).is_some()
    }
}

fn empty() -> &'static Catalog {
    static EMPTY: Catalog = Catalog {
        lang: Lang::Nl,
        entries: Vec::new(),
        file: "",
    };
    &EMPTY
}

/// The compiled-in report texts of `lang` (a separate function from the error texts, so a
/// shell that renders only input errors, like the JavaScript API, does not carry them).
const fn builtin_report_file(lang: Lang) -> Option<&'static str> {
    builtin_file!(lang, "")
}

/// The compiled-in input-error texts of `lang`.
const fn builtin_errors_file(lang: Lang) -> Option<&'static str> {
    builtin_file!(lang, ".errors")
}

/// The compiled-in texts of the rules of `lang`.
const fn builtin_rules_file(lang: Lang) -> Option<&'static str> {
    builtin_file!(lang, ".rules")
}

/// The compiled-in texts of the context panel of `lang` (referenced only through
/// [`Catalog::builtin_context`], so that LTO drops them from a shell without the panel).
const fn builtin_context_file(lang: Lang) -> Option<&'static str> {
    builtin_file!(lang, ".context")
}

/// The placeholders (`{ $name }`) of a text, in order.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some((name, _, after)) = next_placeholder(rest) {
        out.push(name);
        rest = after;
    }
    out
}

/// The next placeholder of `text`: its name, the text before it, the text after it. A `{`
/// not followed by `$name }` is literal text.
pub(crate) fn next_placeholder(text: &str) -> Option<(&str, &str, &str)> {
    let mut from = 0;
    while let Some(i) = text[from..].find('{') {
        let start = from + i;
        let inner = &text[start + 1..];
        if let Some(close) = inner.find('}') {
            let name = inner[..close].trim();
            if let Some(name) = name.strip_prefix('$') {
                if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    return Some((name, &text[..start], &inner[close + 1..]));
                }
            }
        }
        from = start + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_installed_at_run_time_is_used_and_mixed_files_are_refused() {
        let mixed = Catalog::install(
            include_str!("../texts/nl.ftl"),
            include_str!("../texts/en.errors.ftl"),
        );
        assert!(mixed.is_err());
        // The same texts as the compiled-in ones, so other tests see no difference.
        let lang = Catalog::install_files(&[
            include_str!("../texts/en.ftl"),
            include_str!("../texts/en.errors.ftl"),
            include_str!("../texts/en.rules.ftl"),
            include_str!("../texts/en.notes.ftl"),
            include_str!("../texts/en.context.ftl"),
        ]);
        assert_eq!(lang, Ok(Lang::En));
        assert!(Catalog::has(Lang::En));
        let installed = Catalog::builtin(Lang::En).unwrap();
        assert_eq!(installed.lang(), Lang::En);
        assert_eq!(
            installed.get("lang"),
            Catalog::builtin_errors(Lang::En).unwrap().get("lang")
        );
    }

    #[test]
    fn notes_installed_at_run_time_are_found() {
        assert!(Catalog::install_notes("lang = en\nparam.x = y").is_ok());
        // English notes are compiled in (default features): they stay.
        assert_eq!(
            Catalog::builtin_notes(Lang::En).unwrap().get("param.x"),
            None
        );
        assert!(Catalog::has_notes(Lang::En));
        assert!(Catalog::install_notes("no language").is_err());
    }

    #[test]
    fn parses_entries_comments_and_continuations() {
        let c =
            Catalog::parse("# comment\nlang = en\n\na.b = Hello { $name },\n    welcome.\nc-d=x\n")
                .unwrap();
        assert_eq!(c.lang(), Lang::En);
        assert_eq!(c.get("a.b"), Some("Hello { $name }, welcome."));
        assert_eq!(
            c.get_parts(&["a", ".", "b"]),
            Some("Hello { $name }, welcome.")
        );
        assert_eq!(c.get("c-d"), Some("x"));
        assert_eq!(c.get("a"), None);
        assert_eq!(placeholders(c.get("a.b").unwrap()), ["name"]);
        assert_eq!(placeholders("un objet { } { $x }"), ["x"]);
    }

    #[test]
    fn comparing_with_parts_is_comparing_with_their_concatenation() {
        let words = ["", "a", "ab", "abc", "b", "reason.", "reason.kmo", ".fail"];
        for key in words {
            for a in words {
                for b in words {
                    let joined = format!("{a}{b}");
                    assert_eq!(
                        compare_parts(key, &[a, b]),
                        key.cmp(joined.as_str()),
                        "{key} {a} {b}"
                    );
                }
            }
        }
    }

    #[test]
    fn refuses_bad_files_with_the_line() {
        assert_eq!(
            Catalog::parse("lang = nl\nno equals sign")
                .unwrap_err()
                .line,
            2
        );
        assert_eq!(Catalog::parse("  continued").unwrap_err().line, 1);
        assert_eq!(
            Catalog::parse("lang = nl\nbad key = x").unwrap_err().line,
            2
        );
        assert!(Catalog::parse("lang = nl\na = x\na = y").is_err());
        assert!(Catalog::parse("lang = nl\na =").is_err());
        assert!(Catalog::parse("a = x").is_err());
    }

    #[test]
    fn every_builtin_file_parses() {
        for lang in Lang::ALL {
            let c = Catalog::builtin(lang).expect("compiled in");
            assert_eq!(c.lang(), lang);
            let errors = Catalog::builtin_errors(lang).unwrap();
            assert_eq!(errors.lang(), lang);
            // Read in place, the error file gives the same texts as parsed.
            let parsed = Catalog::parse(builtin_errors_file(lang).unwrap()).unwrap();
            assert_eq!(parsed.lang(), lang);
            for key in parsed.keys() {
                assert_eq!(errors.get(key), parsed.get(key), "{key}");
            }
            // The same for the rules' texts.
            let rules = Catalog::builtin_rules(lang).unwrap();
            let parsed = Catalog::parse(builtin_rules_file(lang).unwrap()).unwrap();
            assert_eq!(parsed.lang(), lang);
            assert!(parsed
                .keys()
                .all(|k| k == "lang" || k.starts_with("source.")));
            assert!(parsed.keys().count() > 15);
            for key in parsed.keys() {
                assert_eq!(rules.get(key), parsed.get(key), "{key}");
                assert_eq!(c.get(key), parsed.get(key), "{key}");
            }
            // And for the rules' notes.
            let notes = Catalog::builtin_notes(lang).unwrap();
            let parsed = Catalog::parse(builtin_notes_file(lang).unwrap()).unwrap();
            assert_eq!(parsed.lang(), lang);
            assert!(parsed
                .keys()
                .all(|k| k == "lang" || k.starts_with("param.")));
            assert!(parsed.keys().count() > 50);
            for key in parsed.keys() {
                assert_eq!(notes.get(key), parsed.get(key), "{key}");
                assert_eq!(c.get(key), parsed.get(key), "{key}");
            }
        }
    }
}
