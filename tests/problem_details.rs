//! The `problem` feature without a server: an error catalogue's problem types, its problems
//! written as RFC 9457 JSON and read back, every way a body or response can be wrong, RFC 9457's
//! own examples, and random and adversarial bodies.
#![deny(warnings)]

use std::panic::{catch_unwind, AssertUnwindSafe};

use serde_json::{json, Value};
use status_registry::problem::{
    problem_types, Catalogue, Problem, ProblemError, MAX_BODY_LEN, MEDIA_TYPE,
};
use status_registry::{HttpStatus, StatusCode};
use status_registry_suite::catalogue::{ApiError, ApiErrorCode};
use status_registry_suite::SplitMix64;

fn response(status: u16, content_type: Option<&str>, body: &str) -> http::Response<Vec<u8>> {
    let mut builder = http::Response::builder().status(status);
    if let Some(content_type) = content_type {
        builder = builder.header("content-type", content_type);
    }
    builder.body(body.as_bytes().to_vec()).unwrap()
}

#[test]
fn each_entry_is_a_problem_type() {
    let types: Vec<_> = problem_types::<ApiError>().collect();
    assert_eq!(types.len(), ApiError::COUNT);
    let user = &types[1];
    assert_eq!(user.entry, ApiError::USER_NOT_FOUND);
    assert_eq!(user.status, StatusCode::NOT_FOUND);
    assert_eq!(
        user.problem_type,
        "https://shop.example.com/problems/user-not-found"
    );
    assert_eq!(user.title, "User not found");
    // A status of its own beats the class's; a type of its own beats the base.
    assert_eq!(ApiError::ORDER_GONE.status(), StatusCode::GONE);
    assert_eq!(
        ApiError::ORDER_GONE.problem_type(),
        "https://shop.example.com/problems/gone"
    );
    assert_eq!(ApiError::OUT_OF_STOCK.status().code(), 422);
    assert_eq!(ApiError::EMAIL_TAKEN.status(), StatusCode::CONFLICT);
    assert_eq!(
        ApiError::DATABASE_DOWN.status(),
        StatusCode::INTERNAL_SERVER_ERROR
    );
    // Registries of HTTP codes are catalogues of about:blank problems with their own phrase.
    assert_eq!(HttpStatus::NOT_FOUND.problem_type(), "about:blank");
    assert_eq!(HttpStatus::NOT_FOUND.title(), Some("Not Found"));
    assert_eq!(
        HttpStatus::CONTENT_TOO_LARGE.title(),
        Some("Content Too Large")
    );
    let unregistered = StatusCode::new(499).unwrap();
    assert_eq!(unregistered.status().code(), 499);
    assert_eq!(unregistered.title(), None);
}

#[test]
fn a_problem_is_written_as_rfc_9457_json() {
    let problem = Problem::new(ApiError::USER_NOT_FOUND)
        .with_detail("No user has the id 42")
        .with_instance("/users/42")
        .with_extension("user_id", 42)
        .unwrap()
        .with_extension("retry", json!({"after": 5}))
        .unwrap();
    let body = String::from_utf8(problem.to_body()).unwrap();
    assert_eq!(
        body,
        r#"{"type":"https://shop.example.com/problems/user-not-found","status":404,"title":"User not found","detail":"No user has the id 42","instance":"/users/42","code":40401,"user_id":42,"retry":{"after":5}}"#
    );
    assert_eq!(
        problem.to_string(),
        "404 User not found: No user has the id 42"
    );
    let about_blank = String::from_utf8(Problem::new(HttpStatus::IM_A_TEAPOT).to_body()).unwrap();
    assert_eq!(
        about_blank,
        r#"{"type":"about:blank","status":418,"title":"I'm a Teapot"}"#
    );
    let response = problem.to_http_response();
    assert_eq!(response.status(), 404);
    assert_eq!(response.headers()["content-type"], MEDIA_TYPE);
    assert_eq!(response.body(), body.as_bytes());
}

#[test]
fn extension_names_follow_rfc_9457() {
    let problem = || Problem::new(ApiError::EMAIL_TAKEN);
    for reserved in ["type", "status", "title", "detail", "instance", "code"] {
        let error = problem().with_extension(reserved, 1).unwrap_err();
        assert!(
            error.to_string().contains("not an extension member"),
            "{error}"
        );
    }
    for name in ["id", "1st", "_private", "with-dash", "naïve", ""] {
        let error = problem().with_extension(name, 1).unwrap_err();
        assert!(error.to_string().contains("section 4"), "{name}: {error}");
    }
    // `code` is an extension of a problem of HTTP codes, which carry none.
    assert!(Problem::new(HttpStatus::OK)
        .with_extension("code", 1)
        .is_ok());
    // A second extension of the same name replaces the first.
    let twice = problem()
        .with_extension("abc", 1)
        .unwrap()
        .with_extension("abc", 2)
        .unwrap();
    assert_eq!(twice.extensions().collect::<Vec<_>>(), [("abc", &json!(2))]);
}

#[test]
fn problems_round_trip() {
    for &entry in ApiError::ALL {
        let problem = Problem::new(entry)
            .with_detail(format!("{entry:?} happened"))
            .with_extension("nested", json!([1, {"a": null}, "x"]))
            .unwrap();
        let body = problem.to_body();
        let read = Problem::<ApiError>::from_body(&body).unwrap();
        assert_eq!(read, problem);
        assert_eq!(read.entry(), Some(entry));
        let http = problem.to_http_response();
        assert_eq!(Problem::<ApiError>::from_response(&http).unwrap(), problem);
        let serde: Problem<ApiError> = serde_json::from_slice(&body).unwrap();
        assert_eq!(serde, problem);
    }
    for &status in HttpStatus::ALL {
        let problem = Problem::new(status);
        let read = Problem::<HttpStatus>::from_body(&problem.to_body()).unwrap();
        assert_eq!(read, problem);
    }
}

#[test]
fn an_unknown_code_is_kept_in_the_open_code_type() {
    let body = r#"{"type":"https://shop.example.com/problems/new-thing","status":409,"title":"New thing","code":40999,"extra":true}"#;
    let problem = Problem::<ApiError>::from_body(body.as_bytes()).unwrap();
    assert_eq!(problem.entry(), None);
    assert_eq!(problem.code(), ApiErrorCode::new(40999).unwrap());
    assert_eq!(problem.status(), Some(StatusCode::CONFLICT));
    assert_eq!(
        problem.problem_type(),
        "https://shop.example.com/problems/new-thing"
    );
    assert_eq!(problem.title(), Some("New thing"));
    assert_eq!(problem.extension("extra"), Some(&json!(true)));
    // Written back without loss.
    let again: Value = serde_json::from_slice(&problem.to_body()).unwrap();
    assert_eq!(again, serde_json::from_str::<Value>(body).unwrap());
}

#[test]
fn members_of_the_wrong_type_are_ignored() {
    // RFC 9457, section 3.1: "If a member's value type does not match the specified type, the
    // member MUST be ignored".
    let body = r#"{"type":"https://shop.example.com/problems/new","status":"409","title":7,"detail":["x"],"instance":{},"code":40998}"#;
    let problem = Problem::<ApiError>::from_body(body.as_bytes()).unwrap();
    assert_eq!(problem.status(), None);
    assert_eq!(problem.title(), None);
    assert_eq!(problem.detail(), None);
    assert_eq!(problem.instance(), None);
    assert_eq!(problem.extensions().count(), 0);
    // A `type` that is not a string is absent, so about:blank.
    let problem = Problem::<HttpStatus>::from_body(br#"{"type":1,"status":404}"#).unwrap();
    assert_eq!(problem.problem_type(), "about:blank");
    assert_eq!(problem.entry(), Some(HttpStatus::NOT_FOUND));
    assert_eq!(problem.title(), None);
}

#[track_caller]
fn error(result: Result<Problem<ApiError>, ProblemError>) -> ProblemError {
    match result {
        Ok(problem) => panic!("expected an error, read {problem:?}"),
        Err(error) => error,
    }
}

#[test]
fn each_way_a_problem_is_wrong_has_its_own_error() {
    let ok =
        r#"{"type":"https://shop.example.com/problems/user-not-found","status":404,"code":40401}"#;
    let from = |status, content_type, body| {
        error(Problem::<ApiError>::from_response(&response(
            status,
            content_type,
            body,
        )))
    };
    let read = |body: &str| error(Problem::<ApiError>::from_body(body.as_bytes()));

    assert!(matches!(
        from(404, Some("application/json"), ok),
        ProblemError::NotProblemJson { content_type: Some(ref t) } if t == "application/json"
    ));
    assert!(matches!(
        from(404, None, ok),
        ProblemError::NotProblemJson { content_type: None }
    ));
    // Parameters and case do not matter.
    for content_type in [
        "application/problem+json",
        "Application/Problem+JSON; charset=utf-8",
    ] {
        let problem =
            Problem::<ApiError>::from_response(&response(404, Some(content_type), ok)).unwrap();
        assert_eq!(problem.entry(), Some(ApiError::USER_NOT_FOUND));
    }
    for malformed in [
        "",
        "{",
        "[]",
        "null",
        "\"x\"",
        "{} {}",
        "{\"code\":1,}",
        "\u{feff}{}",
    ] {
        assert!(
            matches!(read(malformed), ProblemError::Malformed(_)),
            "{malformed:?}"
        );
    }
    let long = format!("{{\"pad\":\"{}\"}}", "x".repeat(MAX_BODY_LEN));
    assert!(matches!(read(&long), ProblemError::TooLarge { len } if len == long.len()));
    for wrong in [
        r#"{"code":"40401"}"#,
        r#"{"code":404.5}"#,
        r#"{"code":null}"#,
    ] {
        assert!(
            matches!(read(wrong), ProblemError::WrongType { member: "code", .. }),
            "{wrong}"
        );
    }
    assert!(matches!(
        read(r#"{"status":404}"#),
        ProblemError::MissingCode
    ));
    for (body, code) in [
        (r#"{"code":-1}"#, -1),
        (r#"{"code":100000}"#, 100_000),
        (
            r#"{"code":18446744073709551615}"#,
            18_446_744_073_709_551_615,
        ),
    ] {
        assert!(
            matches!(read(body), ProblemError::CodeOutside { code: c, type_name: "ApiErrorCode" } if c == code),
            "{body}"
        );
    }
    assert!(matches!(
        from(410, Some(MEDIA_TYPE), ok),
        ProblemError::StatusMismatch {
            member: 404,
            response: 410
        }
    ));
    assert!(matches!(
        read(
            r#"{"type":"https://shop.example.com/problems/user-not-found","status":500,"code":40401}"#
        ),
        ProblemError::EntryStatusMismatch {
            code: 40401,
            status: 500,
            expected: 404
        }
    ));
    // With no `status` member, the response's is the problem's.
    let no_status = r#"{"type":"https://shop.example.com/problems/user-not-found","code":40401}"#;
    assert!(matches!(
        from(500, Some(MEDIA_TYPE), no_status),
        ProblemError::EntryStatusMismatch {
            status: 500,
            expected: 404,
            ..
        }
    ));
    match read(r#"{"type":"https://elsewhere.example/x","code":40401}"#) {
        ProblemError::TypeMismatch {
            code: 40401,
            expected,
            found,
        } => {
            assert_eq!(expected, "https://shop.example.com/problems/user-not-found");
            assert_eq!(found, "https://elsewhere.example/x");
        }
        other => panic!("{other:?}"),
    }
    // No `type`: about:blank, which is not the entry's.
    assert!(matches!(
        read(r#"{"code":40401}"#),
        ProblemError::TypeMismatch { .. }
    ));
    // A registry with no open code type reads no code it does not know.
    assert!(matches!(
        Problem::<HttpStatus>::from_body(br#"{"status":499}"#),
        Err(ProblemError::CodeOutside {
            code: 499,
            type_name: "HttpStatus"
        })
    ));
    assert!(Problem::<StatusCode>::from_body(br#"{"status":499}"#).is_ok());
    // Every error says what was wrong.
    let message = from(404, Some("text/html"), ok).to_string();
    assert_eq!(
        message,
        "the response's Content-Type is `text/html`, not `application/problem+json`"
    );
}

/// RFC 9457 section 3's two responses, verbatim, read as problems of HTTP codes.
#[test]
fn rfc_9457_examples_parse_with_their_extension_members() {
    let out_of_credit = r#"{
 "type": "https://example.com/probs/out-of-credit",
 "title": "You do not have enough credit.",
 "detail": "Your current balance is 30, but that costs 50.",
 "instance": "/account/12345/msgs/abc",
 "balance": 30,
 "accounts": ["/account/12345",
              "/account/67890"]
}"#;
    let problem = Problem::<HttpStatus>::from_response(&response(
        403,
        Some("application/problem+json"),
        out_of_credit,
    ))
    .unwrap();
    assert_eq!(problem.entry(), Some(HttpStatus::FORBIDDEN));
    assert_eq!(
        problem.problem_type(),
        "https://example.com/probs/out-of-credit"
    );
    assert_eq!(problem.title(), Some("You do not have enough credit."));
    assert_eq!(
        problem.detail(),
        Some("Your current balance is 30, but that costs 50.")
    );
    assert_eq!(problem.instance(), Some("/account/12345/msgs/abc"));
    assert_eq!(problem.extension("balance"), Some(&json!(30)));
    assert_eq!(
        problem.extension("accounts"),
        Some(&json!(["/account/12345", "/account/67890"]))
    );

    let validation = r##"{
 "type": "https://example.net/validation-error",
 "title": "Your request is not valid.",
 "errors": [
             {
               "detail": "must be a positive integer",
               "pointer": "#/age"
             },
             {
               "detail": "must be 'green', 'red' or 'blue'",
               "pointer": "#/profile/color"
             }
          ]
}"##;
    let problem = Problem::<HttpStatus>::from_response(&response(
        422,
        Some("application/problem+json"),
        validation,
    ))
    .unwrap();
    assert_eq!(problem.entry(), Some(HttpStatus::UNPROCESSABLE_CONTENT));
    assert_eq!(
        problem.extension("errors").unwrap()[1]["pointer"],
        "#/profile/color"
    );
    // Written back, each example is the same JSON object, with the status it came with.
    let mut expected: Value = serde_json::from_str(validation).unwrap();
    expected["status"] = json!(422);
    let written: Value = serde_json::from_slice(&problem.to_body()).unwrap();
    assert_eq!(written, expected);
}

/// How many random and adversarial bodies `random_and_adversarial_bodies` reads:
/// `PROBLEM_CASES`, else 2,000. The release run:
/// `PROBLEM_CASES=100000 cargo test --release --test problem_details random -- --nocapture`.
fn cases() -> usize {
    std::env::var("PROBLEM_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(2_000)
}

/// A body built to probe the reader: a valid problem mutated byte by byte, deep nesting, long
/// strings and numbers, duplicate and odd members, or random bytes.
fn hostile_body(random: &mut SplitMix64) -> Vec<u8> {
    const PIECES: &[&str] = &[
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"",
        "\\",
        "\\u0000",
        "\\ud800",
        "null",
        "true",
        "-0",
        "1e999",
        "40401",
        "18446744073709551616",
        "-9223372036854775809",
        "\"code\"",
        "\"type\"",
        "\"status\"",
        "\"title\"",
        "404",
        "1.5",
        "\u{1F600}",
        "\u{0}",
        " ",
    ];
    let valid = Problem::new(ApiError::ALL[random.below(ApiError::COUNT)])
        .with_detail("d")
        .with_extension("ext", json!({"a": [1, 2]}))
        .unwrap()
        .to_body();
    match random.below(6) {
        0 => {
            let mut body = valid;
            for _ in 0..=random.below(4) {
                let at = random.below(body.len() + 1);
                match random.below(3) {
                    0 if at < body.len() => {
                        body.remove(at);
                    }
                    1 if at < body.len() => body[at] = random.next_u64() as u8,
                    _ => {
                        let piece = PIECES[random.below(PIECES.len())].as_bytes();
                        body.splice(at..at, piece.iter().copied());
                    }
                }
            }
            body
        }
        1 => {
            let depth = random.below(400);
            let open = if random.chance(50) { "[" } else { "{\"a\":" };
            let mut body = String::from("{\"code\":40401,\"x\":");
            body.push_str(&open.repeat(depth));
            body.push('1');
            body.into_bytes()
        }
        2 => {
            let mut body = String::from("{");
            for i in 0..random.below(50) {
                if i > 0 {
                    body.push(',');
                }
                body.push_str(PIECES[random.below(PIECES.len())]);
                body.push(':');
                body.push_str(PIECES[random.below(PIECES.len())]);
            }
            body.push('}');
            body.into_bytes()
        }
        3 => format!(
            "{{\"code\":{},\"status\":{},\"type\":\"{}\"}}",
            random.next_u64() as i64 % 200_000,
            random.below(1200),
            "x".repeat(random.below(3000))
        )
        .into_bytes(),
        4 => (0..random.below(200))
            .map(|_| random.next_u64() as u8)
            .collect(),
        _ => {
            let mut body = valid;
            body.truncate(random.below(body.len() + 1));
            body
        }
    }
}

#[test]
fn random_and_adversarial_bodies() {
    let mut random = SplitMix64::seeded_by("problem bodies");
    let (mut read, mut refused) = (0, 0);
    for case in 0..cases() {
        let body = hostile_body(&mut random);
        let outcome = catch_unwind(AssertUnwindSafe(|| Problem::<ApiError>::from_body(&body)));
        let Ok(result) = outcome else {
            panic!(
                "case {case} panicked on {:?}",
                String::from_utf8_lossy(&body)
            );
        };
        match result {
            Ok(problem) => {
                read += 1;
                // What was read writes back to a body that reads as the same problem.
                let again = Problem::<ApiError>::from_body(&problem.to_body());
                assert_eq!(again.ok().as_ref(), Some(&problem), "case {case}");
            }
            Err(error) => {
                refused += 1;
                assert!(!error.to_string().is_empty());
            }
        }
    }
    println!("{read} bodies read, {refused} refused");
    assert!(read > 0 && refused > 0, "{read} read, {refused} refused");
}
