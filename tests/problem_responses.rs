//! The `problem` feature on the wire: an axum server on 127.0.0.1 answers with an error
//! catalogue's entries and problems; a raw TCP client reads the exact status lines and headers,
//! hyper's client reads each problem back, and every body validates against RFC 9457's JSON
//! Schema (Appendix A) with Python's `jsonschema`, a validator that is not ours (`.ci/run`
//! installs it).
//!
//! Every test runs under a timeout, on an ephemeral port.
#![deny(warnings)]

mod server;

use axum::extract::rejection::JsonRejection;
use axum::extract::Path;
use axum::routing::{get, post};
use axum::{Json, Router};
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Bytes;
use serde_json::json;
use server::with_server;
use status_registry::problem::{Problem, MAX_BODY_LEN};
use status_registry::{HttpStatus, StatusCode};
use status_registry_suite::catalogue::ApiError;
use status_registry_suite::python;

/// A user, or `USER_NOT_FOUND`: an entry returned as it is.
async fn user(Path(id): Path<u32>) -> Result<Json<u32>, ApiError> {
    if id == 1 {
        Ok(Json(id))
    } else {
        Err(ApiError::USER_NOT_FOUND)
    }
}

/// An order, or `ORDER_NOT_FOUND` with a detail, an instance and an extension member.
async fn order(Path(id): Path<u32>) -> Result<Json<u32>, Problem<ApiError>> {
    Err(order_problem(id))
}

fn order_problem(id: u32) -> Problem<ApiError> {
    Problem::new(ApiError::ORDER_NOT_FOUND)
        .with_detail(format!("No order has the id {id}"))
        .with_instance(format!("/orders/{id}"))
        .with_extension("order_id", id)
        .unwrap_or_else(|_| Problem::new(ApiError::DATABASE_DOWN))
}

/// A new user from a JSON body: axum's rejection of a body that is not JSON answers as a problem.
async fn create_user(
    payload: Result<Json<serde_json::Value>, JsonRejection>,
) -> Result<Json<serde_json::Value>, Problem<StatusCode>> {
    let Json(user) = payload.map_err(Problem::from_rejection)?;
    Ok(Json(user))
}

fn app() -> Router {
    Router::new()
        .route("/users", post(create_user))
        .route("/users/{id}", get(user))
        .route("/orders/{id}", get(order))
        .route("/gone", get(|| async { ApiError::ORDER_GONE }))
        .route("/stock", get(|| async { ApiError::OUT_OF_STOCK }))
        .route(
            "/teapot",
            get(|| async { Problem::new(HttpStatus::IM_A_TEAPOT).with_detail("Short and stout") }),
        )
        .route(
            "/large",
            get(|| async { Problem::new(HttpStatus::CONTENT_TOO_LARGE) }),
        )
}

/// `GET path` with hyper's client over HTTP/1.1, the body read up to [`MAX_BODY_LEN`].
async fn hyper_get(address: std::net::SocketAddr, path: &str) -> http::Response<Bytes> {
    read_body(server::get_http1(address, path).await).await
}

/// `POST path` with this body, with hyper's client over HTTP/1.1, the answer's body read up to
/// [`MAX_BODY_LEN`].
async fn hyper_post(
    address: std::net::SocketAddr,
    path: &str,
    content_type: &str,
    body: &'static str,
) -> http::Response<Bytes> {
    let request = http::Request::post(path)
        .header("host", "localhost")
        .header("content-type", content_type)
        .body(Full::new(Bytes::from_static(body.as_bytes())))
        .unwrap();
    read_body(server::send_http1(address, request).await).await
}

/// The response with its body read, up to [`MAX_BODY_LEN`].
async fn read_body(response: http::Response<hyper::body::Incoming>) -> http::Response<Bytes> {
    let (parts, body) = response.into_parts();
    let body = Limited::new(body, MAX_BODY_LEN)
        .collect()
        .await
        .unwrap()
        .to_bytes();
    http::Response::from_parts(parts, body)
}

#[tokio::test]
async fn problems_go_out_with_their_status_line_headers_and_body() {
    with_server(app(), |address| async move {
        let cases = [
            (
                "/users/2",
                "HTTP/1.1 404 Not Found",
                r#"{"type":"https://shop.example.com/problems/user-not-found","status":404,"title":"User not found","code":40401}"#,
            ),
            (
                "/orders/7",
                "HTTP/1.1 404 Not Found",
                r#"{"type":"https://shop.example.com/problems/order-not-found","status":404,"title":"Order not found","detail":"No order has the id 7","instance":"/orders/7","code":40402,"order_id":7}"#,
            ),
            (
                "/gone",
                "HTTP/1.1 410 Gone",
                r#"{"type":"https://shop.example.com/problems/gone","status":410,"title":"Order gone","code":40403}"#,
            ),
            // The status line carries HttpStatus's phrase where hyper's differs.
            (
                "/stock",
                "HTTP/1.1 422 Unprocessable Content",
                r#"{"type":"https://shop.example.com/problems/out-of-stock","status":422,"title":"Out of stock","code":42201}"#,
            ),
            (
                "/teapot",
                "HTTP/1.1 418 I'm a Teapot",
                r#"{"type":"about:blank","status":418,"title":"I'm a Teapot","detail":"Short and stout"}"#,
            ),
            (
                "/large",
                "HTTP/1.1 413 Content Too Large",
                r#"{"type":"about:blank","status":413,"title":"Content Too Large"}"#,
            ),
        ];
        let mut bodies = Vec::new();
        for (path, status_line, body) in cases {
            let (head, received) = server::raw_get(address, path).await;
            assert_eq!(head[0], status_line, "GET {path}");
            let headers: Vec<String> = head[1..].iter().map(|line| line.to_lowercase()).collect();
            assert!(
                headers.contains(&"content-type: application/problem+json".to_owned()),
                "GET {path}: {headers:?}"
            );
            assert!(
                headers.contains(&format!("content-length: {}", body.len())),
                "GET {path}: {headers:?}"
            );
            assert_eq!(String::from_utf8(received.clone()).unwrap(), body, "GET {path}");
            bodies.push(received);
        }
        // A success is no problem.
        let (head, body) = server::raw_get(address, "/users/1").await;
        assert_eq!(head[0], "HTTP/1.1 200 OK");
        assert_eq!(body, b"1");
        validate_against_rfc_9457_schema(&bodies);
    })
    .await;
}

#[tokio::test]
async fn a_client_reads_each_problem_back() {
    with_server(app(), |address| async move {
        let response = hyper_get(address, "/orders/7").await;
        let problem = Problem::<ApiError>::from_response(&response).unwrap();
        assert_eq!(problem, order_problem(7));
        assert_eq!(problem.extension("order_id"), Some(&json!(7)));

        let response = hyper_get(address, "/users/2").await;
        let problem = Problem::<ApiError>::from_response(&response).unwrap();
        assert_eq!(problem, Problem::new(ApiError::USER_NOT_FOUND));

        let response = hyper_get(address, "/teapot").await;
        let problem = Problem::<HttpStatus>::from_response(&response).unwrap();
        assert_eq!(problem.entry(), Some(HttpStatus::IM_A_TEAPOT));
        assert_eq!(problem.detail(), Some("Short and stout"));

        // A problem of another catalogue's status is told apart: 410's type is not 404's.
        let response = hyper_get(address, "/gone").await;
        assert_eq!(
            Problem::<ApiError>::from_response(&response)
                .unwrap()
                .entry(),
            Some(ApiError::ORDER_GONE)
        );
        // An extractor's rejection is a problem too.
        let rejected = hyper_post(address, "/users", "text/plain", "{}").await;
        let problem = Problem::<StatusCode>::from_response(&rejected).unwrap();
        assert_eq!(problem.status(), Some(StatusCode::UNSUPPORTED_MEDIA_TYPE));
        assert_eq!(problem.title(), Some("Unsupported Media Type"));
        assert!(
            problem.detail().unwrap().contains("Content-Type"),
            "{problem:?}"
        );
        let rejected = hyper_post(address, "/users", "application/json", "{").await;
        let problem = Problem::<StatusCode>::from_response(&rejected).unwrap();
        assert_eq!(problem.status(), Some(StatusCode::BAD_REQUEST));

        // A success is not a problem.
        let response = hyper_get(address, "/users/1").await;
        let error = Problem::<ApiError>::from_response(&response).unwrap_err();
        assert!(error.to_string().contains("application/json"), "{error}");
    })
    .await;
}

/// Validates every body against RFC 9457 Appendix A's JSON Schema (`tests/data/`, verbatim
/// but for RFC 8792's line wrapping) with Python's `jsonschema`, in Draft 2020-12.
fn validate_against_rfc_9457_schema(bodies: &[Vec<u8>]) {
    let documents: Vec<serde_json::Value> = bodies
        .iter()
        .map(|body| serde_json::from_slice(body).unwrap())
        .collect();
    let (valid, report) = python_jsonschema(&json!(documents));
    assert!(valid, "a body does not validate: {report}");
    assert_eq!(report.trim(), bodies.len().to_string());
    // The validator refuses what the schema refuses: a status outside 100..=599.
    let (valid, _) = python_jsonschema(&json!([{ "type": "about:blank", "status": 600 }]));
    assert!(!valid);
}

/// Whether Python's `jsonschema` finds every document of `documents` valid, and what it said:
/// how many it read, or why one is not valid.
fn python_jsonschema(documents: &serde_json::Value) -> (bool, String) {
    let script = r#"
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
documents = json.load(sys.stdin)
for document in documents:
    validator.validate(document)
print(len(documents))
"#;
    let schema = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/rfc9457_problem.schema.json"
    );
    let input = serde_json::to_vec(documents).unwrap();
    match python(&["-c", script, schema], &input) {
        Ok(report) => (true, report),
        Err(report) => (false, report),
    }
}
