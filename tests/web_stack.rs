//! The `axum` feature on the wire: an axum server on 127.0.0.1 returns `HttpStatus`, a registry
//! extending it, a private registry and open codes; a raw TCP client reads the exact status
//! lines, and hyper's client, over HTTP/1.1 and HTTP/2, reads the codes back without loss.
//!
//! Every test runs under a timeout, on an ephemeral port.
#![deny(warnings)]

mod server;

use axum::extract::Path;
use axum::routing::get;
use axum::{Json, Router};
use http_body_util::{BodyExt, Empty};
use hyper::body::Bytes;
use hyper::ext::ReasonPhrase;
use hyper_util::rt::{TokioExecutor, TokioIo};
use server::with_server;
use status_registry::{HttpStatus, StatusCode};
use status_registry_suite::web::{Api, ApiCode, Edge, EdgeCode};
use tokio::net::TcpStream;

fn app() -> Router {
    Router::new()
        .route("/http/413", get(|| async { HttpStatus::CONTENT_TOO_LARGE }))
        .route("/http/404", get(|| async { HttpStatus::NOT_FOUND }))
        .route("/http/200", get(|| async { HttpStatus::OK }))
        .route("/edge/499", get(|| async { Edge::CLIENT_CLOSED_REQUEST }))
        .route("/api/299", get(|| async { Api::PARTIAL }))
        .route(
            "/created",
            get(|| async { HttpStatus::CREATED.with_body(Json([1, 2, 3])) }),
        )
        .route(
            "/edge/{code}",
            get(|Path(code): Path<u16>| async move {
                EdgeCode::new(code).ok_or(HttpStatus::BAD_REQUEST)
            }),
        )
        .route(
            "/status/{code}",
            get(|Path(code): Path<u16>| async move {
                StatusCode::new(code).ok_or(HttpStatus::BAD_REQUEST)
            }),
        )
        .route(
            "/api/{code}",
            get(|Path(code): Path<u16>| async move {
                ApiCode::new(code).ok_or(HttpStatus::BAD_REQUEST)
            }),
        )
}

/// The status line of a `GET path` over HTTP/1.1, read byte for byte from the socket.
async fn status_line(address: std::net::SocketAddr, path: &str) -> String {
    let (head, _) = server::raw_get(address, path).await;
    head.into_iter().next().unwrap_or_default()
}

#[tokio::test]
async fn the_status_line_carries_the_registry_s_phrase() {
    with_server(app(), |address| async move {
        let expected = [
            ("/http/413", "HTTP/1.1 413 Content Too Large"),
            ("/http/404", "HTTP/1.1 404 Not Found"),
            ("/http/200", "HTTP/1.1 200 OK"),
            ("/edge/499", "HTTP/1.1 499 Client Closed Request"),
            ("/edge/599", "HTTP/1.1 599 Network Connect Timeout Error"),
            ("/edge/418", "HTTP/1.1 418 I'm a Teapot"),
            ("/edge/422", "HTTP/1.1 422 Unprocessable Content"),
            ("/api/299", "HTTP/1.1 299 Partial Success"),
            ("/api/200", "HTTP/1.1 200 Fine"),
            ("/status/413", "HTTP/1.1 413 Content Too Large"),
            ("/created", "HTTP/1.1 201 Created"),
            // A code no registry has goes out as hyper writes it.
            ("/status/299", "HTTP/1.1 299 <none>"),
            ("/api/404", "HTTP/1.1 404 Not Found"),
        ];
        for (path, line) in expected {
            assert_eq!(status_line(address, path).await, line, "GET {path}");
        }
    })
    .await;
}

/// `GET path` with hyper's client over HTTP/1.1: the status and the phrase it read, if the
/// phrase was not `http`'s own.
async fn get_http1(
    address: std::net::SocketAddr,
    path: &str,
) -> (http::StatusCode, Option<String>) {
    let response = server::get_http1(address, path).await;
    let phrase = response
        .extensions()
        .get::<ReasonPhrase>()
        .map(|reason| String::from_utf8(reason.as_bytes().to_vec()).unwrap());
    (response.status(), phrase)
}

#[tokio::test]
async fn an_http1_client_reads_the_codes_back_without_loss() {
    with_server(app(), |address| async move {
        let (status, phrase) = get_http1(address, "/edge/404").await;
        assert_eq!(HttpStatus::try_from(status), Ok(HttpStatus::NOT_FOUND));
        assert_eq!(phrase, None);

        let (status, phrase) = get_http1(address, "/edge/499").await;
        assert_eq!(Edge::try_from(status), Ok(Edge::CLIENT_CLOSED_REQUEST));
        assert_eq!(phrase.as_deref(), Some("Client Closed Request"));

        let (status, phrase) = get_http1(address, "/edge/599").await;
        let code = EdgeCode::from(status);
        assert_eq!(code.known(), Some(Edge::NETWORK_CONNECT_TIMEOUT));
        assert_eq!(phrase.as_deref(), code.phrase());

        let (status, phrase) = get_http1(address, "/api/299").await;
        assert_eq!(ApiCode::try_from(status), Ok(ApiCode::PARTIAL));
        assert_eq!(phrase.as_deref(), Some(Api::PARTIAL.phrase()));

        let (status, _) = get_http1(address, "/status/299").await;
        let code = StatusCode::from(status);
        assert_eq!((code.code(), code.known()), (299, None));
    })
    .await;
}

#[tokio::test]
async fn an_http2_client_reads_the_codes_without_phrases() {
    with_server(app(), |address| async move {
        let stream = TcpStream::connect(address).await.unwrap();
        let (mut sender, connection) =
            hyper::client::conn::http2::handshake(TokioExecutor::new(), TokioIo::new(stream))
                .await
                .unwrap();
        tokio::spawn(connection);
        for (path, code) in [
            ("/edge/404", 404),
            ("/edge/499", 499),
            ("/edge/599", 599),
            ("/api/299", 299),
        ] {
            let request = http::Request::get(format!("http://localhost{path}"))
                .body(Empty::<Bytes>::new())
                .unwrap();
            let response = sender.send_request(request).await.unwrap();
            assert_eq!(response.version(), http::Version::HTTP_2);
            assert_eq!(EdgeCode::from(response.status()).code(), code, "GET {path}");
            assert!(response.extensions().get::<ReasonPhrase>().is_none());
        }
    })
    .await;
}

#[tokio::test]
async fn a_status_with_a_body_keeps_the_body() {
    with_server(app(), |address| async move {
        let stream = TcpStream::connect(address).await.unwrap();
        let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .unwrap();
        tokio::spawn(connection);
        let request = http::Request::get("/created")
            .header("host", "localhost")
            .body(Empty::<Bytes>::new())
            .unwrap();
        let response = sender.send_request(request).await.unwrap();
        assert_eq!(response.status(), HttpStatus::CREATED);
        assert_eq!(response.headers()["content-type"], "application/json");
        let body = response.into_body().collect().await.unwrap().to_bytes();
        assert_eq!(&body[..], b"[1,2,3]");
    })
    .await;
}
