//! [`Answer`]: a registry of a tool, its type erased, and how the tool answers from it.

use status_registry::Registry;

use crate::args::Request;
use crate::explain::Explain;
use crate::outcome::{Exit, Outcome};
use crate::query::{self, Query};
use crate::{export, print};

/// A registry of the tool, its type erased: what the tool does with any of them.
pub(crate) trait Answer {
    /// The flag that picks it, without its `--`.
    fn flag(&self) -> &'static str;
    /// Its lines in `--help`.
    fn help(&self) -> String;
    /// The lines of `--help` that say what a query is, with examples from the registry.
    fn query_help(&self) -> String;
    /// Answers `request` from the registry, the tool's default one if `default`.
    fn answer(&self, tool: &str, default: bool, request: Request) -> Outcome;
}

impl<R: Registry> Answer for Explain<R> {
    fn flag(&self) -> &'static str {
        Explain::flag(self)
    }

    fn help(&self) -> String {
        print::registry_help(self)
    }

    fn query_help(&self) -> String {
        print::query_help(self)
    }

    fn answer(&self, tool: &str, default: bool, request: Request) -> Outcome {
        let out = print::Printer {
            tool,
            explain: self,
            default,
        };
        match request {
            Request::List { class, json } => {
                let class = match class.map(|class| query::class(self, &class)).transpose() {
                    Ok(class) => class,
                    Err(error) => return out.usage_error(&error),
                };
                Outcome::found(out.list(&query::list(self, class), json))
            }
            Request::Lookup { queries, json } => {
                let queries = match queries
                    .iter()
                    .map(|query| Query::parse(self, query))
                    .collect::<Result<Vec<_>, _>>()
                {
                    Ok(queries) => queries,
                    Err(error) => return out.usage_error(&error),
                };
                let answers = query::answer(self, &queries);
                let mut outcome = Outcome::found(out.hits(&answers.hits, json));
                for miss in &answers.misses {
                    outcome.stderr.push_str(&out.miss(miss));
                }
                for cut in &answers.cuts {
                    outcome.stderr.push_str(&out.cut(cut));
                }
                if !answers.all_found(self) {
                    outcome.exit = Exit::NothingFound;
                }
                outcome
            }
            Request::Export(format) => match export::export(self, format) {
                Ok(text) => Outcome::found(text),
                Err(error) => out.usage_error(&error),
            },
        }
    }
}
