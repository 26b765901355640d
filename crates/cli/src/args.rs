//! Hand-written command-line parsing (no dependencies).

use std::fmt;

/// Output language of texts (reasons, labels, error messages).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LangArg {
    /// Dutch (default).
    Nl,
    /// English.
    En,
    /// French.
    Fr,
}

impl LangArg {
    fn parse(text: &str) -> Option<LangArg> {
        match text.to_ascii_lowercase().as_str() {
            "nl" => Some(LangArg::Nl),
            "en" => Some(LangArg::En),
            "fr" => Some(LangArg::Fr),
            _ => None,
        }
    }
}

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Pretty JSON (default).
    Json,
    /// A readable table followed by the reasons.
    Text,
}

/// Options shared by the subcommands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Language of texts.
    pub lang: LangArg,
    /// Output format; `None`: the command's default (JSON for evaluate, text for rules).
    pub format: Option<Format>,
    /// `--date YYYY-MM-DD`: overrides today (not the scenario's own `date`).
    pub today: Option<String>,
    /// `--measures ID,ID`: only these measures are asked about (totals, questions,
    /// assumptions and the timeline cover only them).
    pub measures: Option<Vec<eligibility::MeasureId>>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            lang: LangArg::Nl,
            format: None,
            today: None,
            measures: None,
        }
    }
}

/// What the command line asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `--help`, `-h` or `help`.
    Help,
    /// `--version`, `-V`.
    Version,
    /// `evaluate PATH...`: `-` is stdin; a folder means each `*.json` file in it.
    Evaluate {
        /// Files, folders or `-`, in the order given.
        inputs: Vec<String>,
        /// Shared options.
        options: Options,
    },
    /// `rules`: every parameter with its periods and sources.
    Rules {
        /// Shared options.
        options: Options,
    },
}

/// A command line that cannot be understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError(pub String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn usage(message: impl Into<String>) -> UsageError {
    UsageError(message.into())
}

/// The text of `steunwijzer --help`.
pub const HELP: &str = "\
steunwijzer: which public support a company in Flanders can get for AI, digitalisation
and cybersecurity, and how much, every euro explained and sourced.

USAGE:
    steunwijzer evaluate [OPTIONS] FILE.json|FOLDER|- ...
    steunwijzer rules [--lang nl|en|fr] [--format text|json]
    steunwijzer --help | --version

COMMANDS:
    evaluate    Evaluate scenario files (format v1). `-` reads standard input. Several
                files or a folder (each *.json in it, sorted) evaluate as a batch: JSON
                output is then an array of {\"file\", \"report\"} or {\"file\", \"error\"}.
    rules       List every rule parameter with its validity periods and sources.

OPTIONS:
    --lang nl|en|fr       Language of texts and error messages (default nl).
    --format json|text    evaluate: pretty JSON report (default) or a readable table with
                          the reasons; rules: a table (default) or JSON.
    --date YYYY-MM-DD     Evaluate as if today were this date (a scenario's own
                          \"date\" still wins).
    --measures ID,ID      evaluate: only these measures are asked about, e.g.
                          kmo-portefeuille,cybersecurity-verbetertraject. Totals, missing
                          answers, open questions, assumptions and the timeline cover
                          only them; every measure stays in the report, the others with
                          \"asked\": false.
    -h, --help            Print this help.
    -V, --version         Print the version of the program and of the rules.

EXIT STATUS:
    0  every scenario was evaluated
    2  a scenario was invalid or unreadable (others in a batch are still printed),
       or the command line was not understood
";

/// Parses `kmo-portefeuille,cybersecurity-verbetertraject` into measure ids.
fn parse_measures(text: &str) -> Result<Vec<eligibility::MeasureId>, UsageError> {
    use eligibility::MeasureId;
    let mut ids = Vec::new();
    for code in text.split(',').map(str::trim).filter(|c| !c.is_empty()) {
        let id = MeasureId::ALL
            .into_iter()
            .find(|m| m.code() == code)
            .ok_or_else(|| {
                let known: Vec<&str> = MeasureId::ALL.iter().map(|m| m.code()).collect();
                usage(format!(
                    "--measures: `{code}` is not a measure id ({})",
                    known.join(", ")
                ))
            })?;
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    if ids.is_empty() {
        return Err(usage("--measures needs at least one measure id"));
    }
    Ok(ids)
}

/// Parses the arguments after the program name.
pub fn parse<I, S>(args: I) -> Result<Command, UsageError>
where
    I: IntoIterator<Item = S>,
    S: Into<String>,
{
    let mut args = args.into_iter().map(Into::into).peekable();
    let mut subcommand: Option<String> = None;
    let mut options = Options::default();
    let mut inputs = Vec::new();
    let mut only_paths = false;

    while let Some(arg) = args.next() {
        if only_paths || arg == "-" || !arg.starts_with('-') {
            if subcommand.is_none() {
                match arg.as_str() {
                    "evaluate" | "rules" => subcommand = Some(arg),
                    "help" => return Ok(Command::Help),
                    _ => return Err(usage(format!("unknown command `{arg}`"))),
                }
            } else {
                inputs.push(arg);
            }
            continue;
        }
        // `--name=value` or `--name value`.
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |what: &str| -> Result<String, UsageError> {
            match inline.clone() {
                Some(v) => Ok(v),
                None => args
                    .next()
                    .ok_or_else(|| usage(format!("{name} needs a value ({what})"))),
            }
        };
        match name.as_str() {
            "--" => only_paths = true,
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--lang" => {
                let v = value("nl, en or fr")?;
                options.lang = LangArg::parse(&v)
                    .ok_or_else(|| usage(format!("--lang: `{v}` is not nl, en or fr")))?;
            }
            "--format" => {
                let v = value("json or text")?;
                options.format = match v.as_str() {
                    "json" => Some(Format::Json),
                    "text" => Some(Format::Text),
                    _ => return Err(usage(format!("--format: `{v}` is not json or text"))),
                };
            }
            "--date" => options.today = Some(value("YYYY-MM-DD")?),
            "--measures" => {
                let v = value("measure ids separated by commas")?;
                options.measures = Some(parse_measures(&v)?);
            }
            _ => return Err(usage(format!("unknown option `{arg}`"))),
        }
    }

    match subcommand.as_deref() {
        None => Err(usage("missing command: evaluate or rules")),
        Some("evaluate") => {
            if inputs.is_empty() {
                return Err(usage("evaluate: give a scenario file, a folder or `-`"));
            }
            Ok(Command::Evaluate { inputs, options })
        }
        Some(_) => {
            if let Some(extra) = inputs.first() {
                return Err(usage(format!("rules takes no argument (got `{extra}`)")));
            }
            if options.today.is_some() {
                return Err(usage("rules does not take --date"));
            }
            if options.measures.is_some() {
                return Err(usage("rules does not take --measures"));
            }
            Ok(Command::Rules { options })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(args: &[&str]) -> Command {
        parse(args.iter().copied()).expect("parses")
    }

    #[test]
    fn evaluate_with_defaults() {
        assert_eq!(
            ok(&["evaluate", "a.json"]),
            Command::Evaluate {
                inputs: vec!["a.json".into()],
                options: Options::default()
            }
        );
    }

    #[test]
    fn options_before_or_after_paths_and_inline_values() {
        let expected = Command::Evaluate {
            inputs: vec!["a.json".into(), "-".into(), "dir".into()],
            options: Options {
                lang: LangArg::Fr,
                format: Some(Format::Text),
                today: Some("2026-01-02".into()),
                measures: None,
            },
        };
        assert_eq!(
            ok(&[
                "evaluate",
                "--lang",
                "fr",
                "a.json",
                "-",
                "--format=text",
                "dir",
                "--date",
                "2026-01-02"
            ]),
            expected
        );
        assert_eq!(
            ok(&[
                "--lang=FR",
                "evaluate",
                "--date=2026-01-02",
                "--format",
                "text",
                "a.json",
                "-",
                "dir"
            ]),
            expected
        );
    }

    #[test]
    fn measures_are_read_as_ids_once_each() {
        use eligibility::MeasureId;
        assert_eq!(
            ok(&[
                "evaluate",
                "--measures",
                "kmo-portefeuille, cybersecurity-verbetertraject,kmo-portefeuille",
                "a.json"
            ]),
            Command::Evaluate {
                inputs: vec!["a.json".into()],
                options: Options {
                    measures: Some(vec![
                        MeasureId::KmoPortefeuille,
                        MeasureId::CybersecurityVerbetertraject
                    ]),
                    ..Options::default()
                }
            }
        );
    }

    #[test]
    fn double_dash_ends_options() {
        assert_eq!(
            ok(&["evaluate", "--", "--odd.json"]),
            Command::Evaluate {
                inputs: vec!["--odd.json".into()],
                options: Options::default()
            }
        );
    }

    #[test]
    fn help_version_rules() {
        assert_eq!(ok(&["--help"]), Command::Help);
        assert_eq!(ok(&["evaluate", "-h"]), Command::Help);
        assert_eq!(ok(&["help"]), Command::Help);
        assert_eq!(ok(&["-V"]), Command::Version);
        assert_eq!(
            ok(&["rules", "--lang", "en", "--format", "json"]),
            Command::Rules {
                options: Options {
                    lang: LangArg::En,
                    format: Some(Format::Json),
                    today: None,
                    measures: None,
                }
            }
        );
    }

    #[test]
    fn usage_errors() {
        for bad in [
            &[][..],
            &["evaluate"][..],
            &["frobnicate"][..],
            &["evaluate", "--lang", "de", "a.json"][..],
            &["evaluate", "--format", "xml", "a.json"][..],
            &["evaluate", "a.json", "--lang"][..],
            &["evaluate", "--verbose", "a.json"][..],
            &["rules", "extra"][..],
            &["rules", "--date", "2026-01-01"][..],
            &["rules", "--measures", "efro"][..],
            &["evaluate", "--measures", "kmo", "a.json"][..],
            &["evaluate", "--measures", ",", "a.json"][..],
        ] {
            assert!(parse(bad.iter().copied()).is_err(), "{bad:?} should fail");
        }
    }
}
