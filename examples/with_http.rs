//! `with_http`: `HttpStatus` beside the `http` crate, as a server and a client using it would.
//!
//! ```text
//! cargo run --example with_http
//! ```
//!
//! A handler picks its answer as an `HttpStatus` and gives it to `http`'s response builder as is;
//! a client reads any `http::StatusCode` into our `StatusCode` without loss, which knows the
//! `HttpStatus` of a registered code (its name, description and class) and what a client must
//! take an unregistered one for (nginx's 499 as 400 Bad Request).

use status_registry::{HttpStatus, StatusCode};

/// The server side: the status is an `HttpStatus`, the response an `http::Response`.
fn respond(path: &str) -> http::Response<&'static str> {
    let (status, body) = match path {
        "/" => (HttpStatus::OK, "welcome"),
        "/old" => (HttpStatus::MOVED_PERMANENTLY, ""),
        "/coffee" => (HttpStatus::IM_A_TEAPOT, "short and stout"),
        _ => (HttpStatus::NOT_FOUND, "no such page"),
    };
    // `From<HttpStatus> for http::StatusCode` is what the builder's `status` takes.
    http::Response::builder()
        .status(status)
        .body(body)
        .expect("a status and a body make a valid response")
}

/// The client side: one line about an `http::StatusCode`, whatever its code.
fn describe(status: http::StatusCode) -> String {
    // `From`: both hold exactly the codes 100..=999.
    let code = StatusCode::from(status);
    match code.known() {
        Some(known) => format!(
            "{known} [{}, {}] {}",
            known.name(),
            known.class().phrase(),
            known.description()
        ),
        None => format!("{code}, understood as {}", code.understood_as()),
    }
}

fn main() {
    for path in ["/", "/old", "/coffee", "/missing"] {
        let response = respond(path);
        println!("GET {path:<9} {}", describe(response.status()));
    }
    println!();
    for code in [499, 599, 999] {
        let status = http::StatusCode::from_u16(code).expect("http takes any code in 100..=999");
        println!("upstream      {}", describe(status));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn responses_carry_the_status_and_compare_with_it() {
        let response = respond("/coffee");
        assert_eq!(response.status(), http::StatusCode::IM_A_TEAPOT);
        assert!(response.status() == HttpStatus::IM_A_TEAPOT);
        assert!(HttpStatus::NOT_FOUND == respond("/nowhere").status());
        assert_eq!(
            HttpStatus::try_from(respond("/").status()),
            Ok(HttpStatus::OK)
        );
        // `TryFrom`: `HttpStatus` lacks most codes `http` holds, and says which.
        let nginx = http::StatusCode::from_u16(499).unwrap();
        assert_eq!(
            HttpStatus::try_from(nginx).unwrap_err().to_string(),
            "499 is not a registered HttpStatus code"
        );
        assert!(StatusCode::from(nginx) == nginx);
    }

    #[test]
    fn describes_registered_and_unregistered_codes() {
        assert_eq!(
            describe(respond("/old").status()),
            "301 Moved Permanently [MOVED_PERMANENTLY, Redirection] Object moved permanently -- see URI list"
        );
        let code = |code| http::StatusCode::from_u16(code).unwrap();
        assert_eq!(
            describe(code(499)),
            "499 (unregistered), understood as 400 Bad Request"
        );
        assert_eq!(
            describe(code(999)),
            "999 (unregistered), understood as 500 Internal Server Error"
        );
    }
}
