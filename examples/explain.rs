//! A command-line tool for a registry of your own, as `httpstatus` is for HTTP: the error codes
//! of a shop's API, looked up by code, name, class or words, with "did you mean", `--list`,
//! `--json` and `httpstatus`'s exit codes; and HTTP's statuses beside them, behind `--http`.
//! In a crate of your own, this is `src/bin/shoperr.rs`.
//!
//! ```text
//! cargo run --example explain -- 2002
//! cargo run --example explain -- card "out of stock" 3xxx
//! cargo run --example explain -- --json --list payment
//! cargo run --example explain -- --http 402
//! ```

use std::process::ExitCode;

use status_registry::status_registry;
use status_registry_cli::{Explain, Tool};

status_registry! {
    /// The errors the shop's API answers with, one range of codes per area.
    pub enum ShopError {
        /// The part of the shop an error comes from.
        classes Area {
            1000..=1999 ACCOUNT "Account";
            2000..=2999 PAYMENT "Payment";
            3000..=3999 ORDER "Order";
        }

        /// Any code the API may send, known to this build or not.
        open ShopCode in 1000..=3999;

        1001 INVALID_CREDENTIALS "Invalid Credentials" "The email or the password is wrong" ["docs/errors.md#1001"];
        1002 ACCOUNT_LOCKED "Account Locked" "Too many failed sign-ins; the account is locked for an hour" ["docs/errors.md#1002"];
        2001 CARD_DECLINED "Card Declined" "The bank declined the card" ["docs/errors.md#2001"];
        alias CARD_REJECTED = CARD_DECLINED;
        2002 CARD_EXPIRED "Card Expired" "The card's expiry date has passed" ["docs/errors.md#2002"];
        3001 OUT_OF_STOCK "Out of Stock" "An item of the order is out of stock" ["docs/errors.md#3001"];
        3002 ORDER_SHIPPED "Order Shipped" "The order has shipped and can no longer change" ["docs/errors.md#3002"];
    }
}

/// The tool: the shop's errors by default, HTTP's statuses with `--http`.
fn shoperr() -> Tool {
    Tool::new("shoperr", env!("CARGO_PKG_VERSION"))
        .registry(
            Explain::<ShopError>::new("shop", "a shop error")
                .about("the errors of the shop's API")
                .classes()
                .open::<ShopCode>(),
        )
        .registry(status_registry_cli::http())
}

fn main() -> ExitCode {
    shoperr().main()
}

#[cfg(test)]
mod tests {
    use status_registry_cli::{Exit, Outcome};

    use super::*;

    /// Runs the tool on `arguments`, as `main` does.
    fn run(arguments: &[&str]) -> Outcome {
        shoperr().run(arguments)
    }

    #[track_caller]
    fn found(arguments: &[&str], stdout: &str) {
        let outcome = run(arguments);
        assert_eq!(
            (
                outcome.exit,
                outcome.stdout.as_str(),
                outcome.stderr.as_str()
            ),
            (Exit::Found, stdout, ""),
            "{arguments:?}"
        );
    }

    const CARD_DECLINED: &str = "\
2001 Card Declined
  code         2001
  name         CARD_DECLINED (`CARD_REJECTED` is an alias)
  phrase       Card Declined
  description  The bank declined the card
  reference    docs/errors.md#2001
  class        PAYMENT (Payment)
  aliases      CARD_REJECTED
";

    #[test]
    fn looks_up_codes_names_and_aliases() {
        found(
            &["2002"],
            "\
2002 Card Expired
  code         2002
  name         CARD_EXPIRED
  phrase       Card Expired
  description  The card's expiry date has passed
  reference    docs/errors.md#2002
  class        PAYMENT (Payment)
",
        );
        found(&["card-rejected"], CARD_DECLINED);
        // Words find the entry itself, not an alias.
        found(
            &["declined"],
            &CARD_DECLINED.replace(" (`CARD_REJECTED` is an alias)", ""),
        );
    }

    #[test]
    fn classes_words_and_tables() {
        let payment = "\
CODE NAME                             PHRASE                           REFERENCE
2001 CARD_DECLINED                    Card Declined                    docs/errors.md#2001
2002 CARD_EXPIRED                     Card Expired                     docs/errors.md#2002
";
        found(&["2xxx"], payment);
        found(&["payment"], payment);
        found(&["--list", "Payment"], payment);
        found(&["card"], payment);
        let listed = run(&["--list"]);
        assert_eq!(listed.exit, Exit::Found);
        assert_eq!(listed.stdout.lines().count(), ShopError::COUNT + 1);
    }

    #[test]
    fn misses_and_unknown_codes() {
        let outcome = run(&["CARD_DECLIEND", "4xxx"]);
        assert_eq!(
            (outcome.exit, outcome.stdout.as_str()),
            (Exit::NothingFound, "")
        );
        assert_eq!(
            outcome.stderr,
            "shoperr: no shop error matches `CARD_DECLIEND`; did you mean CARD_DECLINED?\n\
             shoperr: `4xxx` is not a class of shop errors: they are 1xxx to 3xxx\n"
        );
        // In the open code type's window but not declared: its area, and exit 1.
        let outcome = run(&["1500"]);
        assert_eq!(outcome.exit, Exit::NothingFound);
        assert_eq!(
            outcome.stdout,
            "\
1500 (unregistered)
  code         1500
  registered   no: 1500 is not a registered shop error
  class        ACCOUNT (Account)
"
        );
        let outcome = run(&["404"]);
        assert_eq!(
            (outcome.exit, outcome.stderr.as_str()),
            (
                Exit::Usage,
                "shoperr: `404` is not a shop error code: codes are 1000 to 3999 \
                 (see shoperr --help)\n"
            )
        );
    }

    #[test]
    fn json_is_the_shape_of_httpstatus() {
        let outcome = run(&["--json", "OUT_OF_STOCK", "3999"]);
        assert_eq!(outcome.exit, Exit::NothingFound);
        let value: serde_json::Value = serde_json::from_str(&outcome.stdout).unwrap();
        assert_eq!(
            value,
            serde_json::json!([
                {
                    "code": 3001, "name": "OUT_OF_STOCK", "phrase": "Out of Stock",
                    "description": "An item of the order is out of stock",
                    "reference": "docs/errors.md#3001", "class": "ORDER", "aliases": [],
                    "registered": true,
                },
                {
                    "code": 3999, "name": null, "phrase": null, "description": null,
                    "reference": null, "class": "ORDER", "aliases": [], "registered": false,
                },
            ])
        );
    }

    #[test]
    fn http_behind_its_flag() {
        let outcome = run(&["--http", "402"]);
        assert_eq!(outcome.exit, Exit::Found);
        assert!(outcome.stdout.starts_with("402 Payment Required\n"));
        let outcome = run(&["--http", "paymnet_required"]);
        assert_eq!(
            outcome.stderr,
            "shoperr: no HTTP status matches `paymnet_required`; did you mean PAYMENT_REQUIRED?\n"
        );
        let help = run(&["--help"]);
        assert!(help.stdout.starts_with("shoperr "), "{}", help.stdout);
        for line in [
            "\n  --shop              the errors of the shop's API; 6 shop errors, codes 1000 to 3999,\n",
            "\n                      classes 1xxx to 3xxx\n",
            // The examples of queries are the default registry's.
            "\n  CODE                a code, such as 2002: its entry.",
            " (card_expired, Card-Expired)\n",
            "\n  CLASS               a class, by pattern or name (2xxx, payment): its entries\n",
            " (\"card expired\")\n",
            "\n  --http              CPython's http.HTTPStatus, with IANA's references; 62 HTTP statuses,\n",
        ] {
            assert!(help.stdout.contains(line), "no {line:?} in\n{}", help.stdout);
        }
    }
}
