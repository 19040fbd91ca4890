//! `serde_config`: statuses in a config file that people write, read with serde.
//!
//! ```text
//! cargo run --example serde_config             # the built-in config below
//! cargo run --example serde_config -- FILE     # a JSON file of the same shape
//! ```
//!
//! A status may be written as its code (`502`), as the code in a string (`"503"`) or by name
//! (`"GATEWAY_TIMEOUT"`, or an alias such as `"REQUEST_ENTITY_TOO_LARGE"`), in lists, as map keys
//! and in fields; a private registry's codes work the same. The program prints what it read and
//! then the config as serde writes it back, every status as its code. A typo or an unknown code
//! is an error that says which string or code, and which registry: exit 1.

use std::collections::BTreeMap;
use std::process::ExitCode;
use std::{env, fs};

use serde::{Deserialize, Serialize};
use status_registry::{status_registry, HttpStatus};

status_registry! {
    /// What the edge answers besides the standard codes.
    pub enum EdgeStatus {
        444 NO_RESPONSE "No Response" ["nginx"];
        499 CLIENT_CLOSED_REQUEST "Client Closed Request" ["nginx"];
    }
}

/// A gateway's error handling.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Config {
    /// Upstream answers worth a second try.
    retry_on: Vec<HttpStatus>,
    /// What to answer while the service is down for maintenance.
    maintenance: HttpStatus,
    /// The page to show for an error status.
    error_pages: BTreeMap<HttpStatus, String>,
    /// What to log when the client leaves before the answer.
    client_gone: EdgeStatus,
}

/// The config as an operator would write it: codes and names mixed.
const BUILT_IN: &str = r#"{
    "retry_on": [502, "503", "GATEWAY_TIMEOUT"],
    "maintenance": "SERVICE_UNAVAILABLE",
    "error_pages": {
        "404": "/errors/missing.html",
        "REQUEST_ENTITY_TOO_LARGE": "/errors/too-large.html",
        "500": "/errors/sorry.html"
    },
    "client_gone": "CLIENT_CLOSED_REQUEST"
}"#;

/// What the program prints for a config text, or the error to report.
fn run(text: &str) -> Result<String, String> {
    let config: Config = serde_json::from_str(text).map_err(|error| format!("error: {error}"))?;
    let mut out = String::new();
    let retry: Vec<String> = config.retry_on.iter().map(ToString::to_string).collect();
    out += &format!("retry on:     {}\n", retry.join(", "));
    out += &format!("maintenance:  {}\n", config.maintenance);
    for (status, page) in &config.error_pages {
        out += &format!("error page:   {status} -> {page}\n");
    }
    out += &format!("client gone:  {}\n", config.client_gone);
    let canonical = serde_json::to_string_pretty(&config).map_err(|error| error.to_string())?;
    out += &format!("\nas serde writes it:\n{canonical}");
    Ok(out)
}

fn main() -> ExitCode {
    let text = match env::args().nth(1) {
        Some(path) => match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(error) => {
                eprintln!("error: cannot read {path}: {error}");
                return ExitCode::from(2);
            }
        },
        None => BUILT_IN.to_owned(),
    };
    match run(&text) {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes_strings_names_and_aliases() {
        let config: Config = serde_json::from_str(BUILT_IN).unwrap();
        assert_eq!(
            config,
            Config {
                retry_on: vec![
                    HttpStatus::BAD_GATEWAY,
                    HttpStatus::SERVICE_UNAVAILABLE,
                    HttpStatus::GATEWAY_TIMEOUT
                ],
                maintenance: HttpStatus::SERVICE_UNAVAILABLE,
                error_pages: BTreeMap::from([
                    (HttpStatus::NOT_FOUND, "/errors/missing.html".to_owned()),
                    (
                        HttpStatus::CONTENT_TOO_LARGE,
                        "/errors/too-large.html".to_owned()
                    ),
                    (
                        HttpStatus::INTERNAL_SERVER_ERROR,
                        "/errors/sorry.html".to_owned()
                    ),
                ]),
                client_gone: EdgeStatus::CLIENT_CLOSED_REQUEST,
            }
        );
    }

    #[test]
    fn prints_what_it_read_and_the_canonical_form() {
        let out = run(BUILT_IN).unwrap();
        assert!(out.starts_with(
            "retry on:     502 Bad Gateway, 503 Service Unavailable, 504 Gateway Timeout\n\
             maintenance:  503 Service Unavailable\n\
             error page:   404 Not Found -> /errors/missing.html\n\
             error page:   413 Content Too Large -> /errors/too-large.html\n\
             error page:   500 Internal Server Error -> /errors/sorry.html\n\
             client gone:  499 Client Closed Request\n"
        ));
        let canonical = out.split_once("as serde writes it:\n").unwrap().1;
        let compact: String = canonical.split_whitespace().collect();
        assert_eq!(
            compact,
            r#"{"retry_on":[502,503,504],"maintenance":503,"error_pages":{"404":"/errors/missing.html","413":"/errors/too-large.html","500":"/errors/sorry.html"},"client_gone":499}"#
        );
        assert_eq!(
            serde_json::from_str::<Config>(canonical).unwrap(),
            serde_json::from_str::<Config>(BUILT_IN).unwrap()
        );
    }

    #[test]
    fn typos_and_unknown_codes_name_the_input_and_the_registry() {
        let typo = BUILT_IN.replace("\"SERVICE_UNAVAILABLE\"", "\"SERVICE_UNAVAILIBLE\"");
        let error = run(&typo).unwrap_err();
        assert!(
            error.starts_with(&format!(
                "error: \"SERVICE_UNAVAILIBLE\": {} at line 3",
                "SERVICE_UNAVAILIBLE".parse::<HttpStatus>().unwrap_err()
            )),
            "{error}"
        );
        let unknown = BUILT_IN.replace("[502,", "[599,");
        assert_eq!(
            run(&unknown).unwrap_err(),
            "error: 599 is not a registered HttpStatus code at line 2 column 20"
        );
        let private = BUILT_IN.replace("\"CLIENT_CLOSED_REQUEST\"", "\"498\"");
        assert!(run(&private)
            .unwrap_err()
            .starts_with("error: \"498\": 498 is not a registered EdgeStatus code"));
    }
}
