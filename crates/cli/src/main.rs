//! `steunwijzer`: evaluate scenario files from the command line.
//!
//! `steunwijzer evaluate FILE.json` prints the report; several files or a folder evaluate
//! as a batch; `steunwijzer rules` lists every rule parameter with its sources.
//! See `steunwijzer --help`.

mod args;
mod render;
mod today;

use args::{Command, Format, LangArg, Options};
use eligibility::text::Lang;
use eligibility::{Date, InputError, Report};
use serde::Serialize;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Exit status when a scenario (or the command line) is refused.
const EXIT_INPUT: u8 = 2;

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    match args::parse(argv) {
        Err(e) => {
            eprintln!("steunwijzer: {e}\nTry `steunwijzer --help`.");
            ExitCode::from(EXIT_INPUT)
        }
        Ok(Command::Help) => emit(args::HELP),
        Ok(Command::Version) => emit(&format!(
            "steunwijzer {} (rules {}, scenario format v1)\n",
            env!("CARGO_PKG_VERSION"),
            eligibility::RULES_VERSION
        )),
        Ok(Command::Evaluate { inputs, options }) => run_evaluate(&inputs, &options),
        Ok(Command::Rules { options }) => run_rules(&options),
    }
}

/// Writes `text` to stdout; a closed pipe (`| head`) is not an error.
fn emit(text: &str) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("steunwijzer: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The engine's language for a `--lang` value.
pub fn lang(arg: LangArg) -> Lang {
    match arg {
        LangArg::Nl => Lang::Nl,
        LangArg::En => Lang::En,
        LangArg::Fr => Lang::Fr,
    }
}

/// Where a scenario comes from.
#[derive(Debug, Clone)]
enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    /// The name shown in batch output and error messages.
    fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File(p) => p.display().to_string(),
        }
    }
}

/// Why one scenario gave no report.
#[derive(Debug)]
enum Failure {
    /// The file could not be read (missing, a folder, no permission...).
    Read(String),
    /// The file is not UTF-8 text.
    NotUtf8,
    /// The engine refused the scenario.
    Input(InputError),
}

impl Failure {
    fn message(&self, lang: Lang) -> String {
        match self {
            Failure::Read(detail) => {
                eligibility::text::word_with("cli.read-error", &[("detail", detail)], lang)
            }
            Failure::NotUtf8 => eligibility::text::word("cli.not-utf8", lang).to_string(),
            Failure::Input(e) => e.message(lang),
        }
    }

    fn to_error_json(&self, lang: Lang) -> ErrorJson {
        match self {
            Failure::Read(_) | Failure::NotUtf8 => ErrorJson {
                path: String::new(),
                code: "read",
                message: self.message(lang),
            },
            Failure::Input(e) => ErrorJson {
                path: e.path.clone(),
                code: e.code.code(),
                message: self.message(lang),
            },
        }
    }
}

/// An error in batch JSON output.
#[derive(Serialize)]
struct ErrorJson {
    path: String,
    code: &'static str,
    message: String,
}

/// One entry of batch JSON output: `{file, report}` or `{file, error}`.
#[derive(Serialize)]
struct BatchItem<'a> {
    file: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    report: Option<&'a Report>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<ErrorJson>,
}

/// `steunwijzer rules --format json`.
#[derive(Serialize)]
struct RulesJson {
    rules_version: &'static str,
    parameters: Vec<eligibility::RuleParameter>,
    sources: Vec<eligibility::Source>,
}

/// Expands the command-line inputs: a folder means its `*.json` files, sorted by name.
fn expand_inputs(inputs: &[String]) -> Result<Vec<Source>, String> {
    let mut sources = Vec::new();
    let mut stdin_used = false;
    for input in inputs {
        if input == "-" {
            if stdin_used {
                return Err("`-` (standard input) can be given only once".into());
            }
            stdin_used = true;
            sources.push(Source::Stdin);
            continue;
        }
        let path = Path::new(input);
        if path.is_dir() {
            let entries = std::fs::read_dir(path).map_err(|e| format!("{input}: {e}"))?;
            let mut files: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "json"))
                .collect();
            if files.is_empty() {
                return Err(format!("{input}: no *.json file in this folder"));
            }
            files.sort();
            sources.extend(files.into_iter().map(Source::File));
        } else {
            sources.push(Source::File(path.to_path_buf()));
        }
    }
    Ok(sources)
}

fn read_source(source: &Source) -> Result<String, Failure> {
    let bytes = match source {
        Source::Stdin => {
            let mut buf = Vec::new();
            std::io::stdin()
                .lock()
                .read_to_end(&mut buf)
                .map_err(|e| Failure::Read(e.to_string()))?;
            buf
        }
        Source::File(path) => std::fs::read(path).map_err(|e| Failure::Read(e.to_string()))?,
    };
    String::from_utf8(bytes).map_err(|_| Failure::NotUtf8)
}

/// Reads, parses and evaluates one scenario.
fn evaluate_source(source: &Source, today: Date) -> Result<Report, Failure> {
    let text = read_source(source)?;
    let scenario = eligibility::parse_scenario(&text).map_err(Failure::Input)?;
    eligibility::evaluate(&scenario, today).map_err(Failure::Input)
}

fn run_evaluate(inputs: &[String], options: &Options) -> ExitCode {
    let lang = lang(options.lang);
    let today = match &options.today {
        Some(text) => match Date::parse(text) {
            Some(d) => d,
            None => {
                eprintln!("steunwijzer: --date: `{text}` is not a valid date YYYY-MM-DD");
                return ExitCode::from(EXIT_INPUT);
            }
        },
        None => match Date::parse(&today::today_utc()) {
            Some(d) => d,
            None => {
                eprintln!("steunwijzer: the system clock gives no usable date; use --date");
                return ExitCode::from(EXIT_INPUT);
            }
        },
    };
    let sources = match expand_inputs(inputs) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("steunwijzer: {e}");
            return ExitCode::from(EXIT_INPUT);
        }
    };
    let batch = sources.len() > 1 || inputs.iter().any(|i| Path::new(i).is_dir());
    let results: Vec<(String, Result<Report, Failure>)> = sources
        .iter()
        .map(|s| (s.name(), evaluate_source(s, today)))
        .collect();

    let mut failed = false;
    for (name, result) in &results {
        if let Err(f) = result {
            failed = true;
            eprintln!("steunwijzer: {name}: {}", f.message(lang));
        }
    }

    let output = if batch {
        match options.format.unwrap_or(Format::Json) {
            Format::Json => {
                let items: Vec<BatchItem> = results
                    .iter()
                    .map(|(name, result)| match result {
                        Ok(report) => BatchItem {
                            file: name,
                            report: Some(report),
                            error: None,
                        },
                        Err(f) => BatchItem {
                            file: name,
                            report: None,
                            error: Some(f.to_error_json(lang)),
                        },
                    })
                    .collect();
                pretty(&items)
            }
            Format::Text => {
                let mut out = String::new();
                for (i, (name, result)) in results.iter().enumerate() {
                    if i > 0 {
                        out.push('\n');
                    }
                    out.push_str(&render::file_header(name));
                    match result {
                        Ok(report) => out.push_str(&render::report_text(report, lang)),
                        Err(f) => {
                            out.push_str(&render::error_line(lang, &f.message(lang)));
                        }
                    }
                }
                out
            }
        }
    } else {
        match &results[0].1 {
            Ok(report) => match options.format.unwrap_or(Format::Json) {
                Format::Json => pretty(report),
                Format::Text => render::report_text(report, lang),
            },
            // Already on stderr.
            Err(_) => String::new(),
        }
    };
    let status = emit(&output);
    if failed {
        ExitCode::from(EXIT_INPUT)
    } else {
        status
    }
}

/// Pretty JSON with a final newline.
fn pretty<T: Serialize + ?Sized>(value: &T) -> String {
    match serde_json::to_string_pretty(value) {
        Ok(mut s) => {
            s.push('\n');
            s
        }
        Err(e) => format!("{{\"error\": \"{e}\"}}\n"),
    }
}

fn run_rules(options: &Options) -> ExitCode {
    let lang = lang(options.lang);
    let output = match options.format.unwrap_or(Format::Text) {
        Format::Json => pretty(&RulesJson {
            rules_version: eligibility::RULES_VERSION,
            parameters: eligibility::rules_by_id(),
            sources: eligibility::sources(),
        }),
        Format::Text => render::rules_text(lang),
    };
    emit(&output)
}
