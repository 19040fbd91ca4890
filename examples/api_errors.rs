//! An API whose errors are an error catalogue: each entry names the HTTP status it is answered
//! with, and a handler returns the entry, or a `Problem` of it with a detail and extension
//! members, as an RFC 9457 problem detail (`application/problem+json`). A client reads each
//! problem back into the catalogue, an unknown code into its open code type.
//!
//! ```text
//! cargo run --example api_errors -- 127.0.0.1:3000
//! curl -i http://127.0.0.1:3000/users/1        # HTTP/1.1 200 OK, and the user
//! curl -i http://127.0.0.1:3000/users/2        # HTTP/1.1 404 Not Found, USER_NOT_FOUND
//! curl -i -X POST http://127.0.0.1:3000/users/taken@example.com
//!                                              # HTTP/1.1 409 Conflict, EMAIL_TAKEN
//! curl -i -X POST http://127.0.0.1:3000/users/not-an-email
//!                                              # HTTP/1.1 400 Bad Request, INVALID_EMAIL
//! curl -i http://127.0.0.1:3000/orders/7       # HTTP/1.1 410 Gone, ORDER_GONE with order_id
//! curl -i http://127.0.0.1:3000/teapot         # HTTP/1.1 418 I'm a Teapot, about:blank
//! ```
//!
//! `cargo run --example api_errors -- 127.0.0.1:3000 client` serves on the address and reads
//! every route's problem back with hyper's client, printing what it read.

use axum::extract::Path;
use axum::routing::get;
use axum::{Json, Router};
use http_body_util::{BodyExt, Empty, Limited};
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use status_registry::problem::{Problem, MAX_BODY_LEN};
use status_registry::{status_registry, HttpStatus};

status_registry! {
    /// The errors of the users API: the one place each is written.
    pub enum ApiError: u32 {
        type "https://api.example.com/problems/";
        classes ApiErrorClass {
            40000..=40099 BAD_REQUEST "Bad Request" => BAD_REQUEST;
            40400..=40499 NOT_FOUND "Not Found" => NOT_FOUND;
            40900..=40999 CONFLICT "Conflict" => CONFLICT;
        }
        /// Any code a newer server may answer with.
        open ApiErrorCode in 0..=99_999;
        40001 INVALID_EMAIL "Invalid email" "The email address is not valid";
        40401 USER_NOT_FOUND "User not found" "No user has this id";
        40402 ORDER_GONE "Order gone" "The order was deleted" => GONE;
        40901 EMAIL_TAKEN "Email taken" "Another user has this email address";
    }
}

/// The user with this id, or `USER_NOT_FOUND`: the entry is the response.
async fn user(Path(id): Path<u32>) -> Result<Json<String>, ApiError> {
    match id {
        1 => Ok(Json("ada@example.com".to_owned())),
        _ => Err(ApiError::USER_NOT_FOUND),
    }
}

/// A new user with this email, or a problem with a detail.
async fn create_user(Path(email): Path<String>) -> Result<Json<u32>, Problem<ApiError>> {
    if !email.contains('@') {
        return Err(
            Problem::new(ApiError::INVALID_EMAIL).with_detail(format!("`{email}` has no `@`"))
        );
    }
    if email == "taken@example.com" {
        return Err(Problem::new(ApiError::EMAIL_TAKEN).with_instance(format!("/users/{email}")));
    }
    Ok(Json(2))
}

/// An order that is gone, with its id as an extension member.
async fn order(Path(id): Path<u32>) -> Result<Json<u32>, Problem<ApiError>> {
    let problem = Problem::new(ApiError::ORDER_GONE).with_detail("Orders are kept 90 days");
    Err(problem
        .with_extension("order_id", id)
        .map_err(|_| Problem::new(ApiError::ORDER_GONE))?)
}

/// The service.
fn app() -> Router {
    Router::new()
        .route("/users/{key}", get(user).post(create_user))
        .route("/orders/{id}", get(order))
        .route(
            "/teapot",
            get(|| async { Problem::new(HttpStatus::IM_A_TEAPOT) }),
        )
}

/// The client: `GET` or `POST` `path` with hyper, the body read up to `MAX_BODY_LEN`, and the
/// problem read back from the response (or why it is none).
async fn read_problem(
    address: std::net::SocketAddr,
    method: &str,
    path: &str,
) -> Result<Problem<ApiError>, Box<dyn std::error::Error + Send + Sync>> {
    let stream = tokio::net::TcpStream::connect(address).await?;
    let (mut sender, connection) =
        hyper::client::conn::http1::handshake(TokioIo::new(stream)).await?;
    tokio::spawn(connection);
    let request = http::Request::builder()
        .method(method)
        .uri(path)
        .header("host", "api.example.com")
        .body(Empty::<Bytes>::new())?;
    let (parts, body) = sender.send_request(request).await?.into_parts();
    let body = Limited::new(body, MAX_BODY_LEN).collect().await?.to_bytes();
    Ok(Problem::from_response(&http::Response::from_parts(
        parts, body,
    ))?)
}

/// The routes the client reads.
const ROUTES: [(&str, &str); 4] = [
    ("GET", "/users/2"),
    ("POST", "/users/taken@example.com"),
    ("POST", "/users/not-an-email"),
    ("GET", "/orders/7"),
];

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let mut args = std::env::args().skip(1);
    let address = args.next().unwrap_or_else(|| "127.0.0.1:3000".to_owned());
    let listener = tokio::net::TcpListener::bind(&address).await?;
    let local = listener.local_addr()?;
    println!("serving on http://{local}");
    if args.next().as_deref() != Some("client") {
        return Ok(axum::serve(listener, app()).await?);
    }
    tokio::spawn(async move { axum::serve(listener, app()).await });
    for (method, path) in ROUTES {
        let problem = read_problem(local, method, path).await?;
        println!("{method} {path}: {problem} ({:?})", problem.entry());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    /// The head of `METHOD path`'s response, and its body, against the service on an
    /// ephemeral port.
    async fn raw(method: &str, path: &str) -> (String, String) {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let server = tokio::spawn(async move { axum::serve(listener, app()).await });
        let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
        let request = format!("{method} {path} HTTP/1.1\r\nHost: api\r\nConnection: close\r\n\r\n");
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut response = Vec::new();
        stream.read_to_end(&mut response).await.unwrap();
        server.abort();
        let response = String::from_utf8(response).unwrap();
        let (head, body) = response.split_once("\r\n\r\n").unwrap_or_default();
        (head.to_owned(), body.to_owned())
    }

    #[tokio::test]
    async fn every_route_answers_as_its_doc_comment_says() {
        let expected = [
            ("GET", "/users/1", "HTTP/1.1 200 OK", "\"ada@example.com\""),
            (
                "GET",
                "/users/2",
                "HTTP/1.1 404 Not Found",
                r#"{"type":"https://api.example.com/problems/user-not-found","status":404,"title":"User not found","code":40401}"#,
            ),
            (
                "POST",
                "/users/taken@example.com",
                "HTTP/1.1 409 Conflict",
                r#"{"type":"https://api.example.com/problems/email-taken","status":409,"title":"Email taken","instance":"/users/taken@example.com","code":40901}"#,
            ),
            (
                "POST",
                "/users/not-an-email",
                "HTTP/1.1 400 Bad Request",
                r#"{"type":"https://api.example.com/problems/invalid-email","status":400,"title":"Invalid email","detail":"`not-an-email` has no `@`","code":40001}"#,
            ),
            (
                "GET",
                "/orders/7",
                "HTTP/1.1 410 Gone",
                r#"{"type":"https://api.example.com/problems/order-gone","status":410,"title":"Order gone","detail":"Orders are kept 90 days","code":40402,"order_id":7}"#,
            ),
            (
                "GET",
                "/teapot",
                "HTTP/1.1 418 I'm a Teapot",
                r#"{"type":"about:blank","status":418,"title":"I'm a Teapot"}"#,
            ),
        ];
        let checks = async {
            for (method, path, status_line, body) in expected {
                let (head, received) = raw(method, path).await;
                assert_eq!(head.lines().next(), Some(status_line), "{method} {path}");
                assert_eq!(received, body, "{method} {path}");
                if status_line != "HTTP/1.1 200 OK" {
                    assert!(
                        head.contains("content-type: application/problem+json"),
                        "{head}"
                    );
                }
            }
        };
        tokio::time::timeout(std::time::Duration::from_secs(20), checks)
            .await
            .expect("the service answered in time");
    }

    #[tokio::test]
    async fn the_client_reads_every_problem_back() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let server = tokio::spawn(async move { axum::serve(listener, app()).await });
        let read = async {
            let mut entries = Vec::new();
            for (method, path) in ROUTES {
                let problem = read_problem(address, method, path).await.unwrap();
                entries.push(problem.entry());
            }
            let order = read_problem(address, "GET", "/orders/7").await.unwrap();
            assert_eq!(order.extension("order_id"), Some(&serde_json::json!(7)));
            entries
        };
        let entries = tokio::time::timeout(std::time::Duration::from_secs(20), read)
            .await
            .expect("the service answered in time");
        server.abort();
        assert_eq!(
            entries,
            [
                Some(ApiError::USER_NOT_FOUND),
                Some(ApiError::EMAIL_TAKEN),
                Some(ApiError::INVALID_EMAIL),
                Some(ApiError::ORDER_GONE),
            ]
        );
        // A code a newer server answers with is kept in the open code type.
        let newer = br#"{"type":"https://api.example.com/problems/new","status":409,"code":40999}"#;
        let problem = Problem::<ApiError>::from_body(newer).unwrap();
        assert_eq!(
            (problem.entry(), problem.code()),
            (None, ApiErrorCode::new(40999).unwrap())
        );
    }
}
