//! What the end-to-end tests share: an axum service on 127.0.0.1, on an ephemeral port, while a
//! client runs against it, everything under a timeout; and a `GET` with hyper's client.

use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;

use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What a test may take, server and client together.
const LIMIT: Duration = Duration::from_secs(20);

/// Serves `app` on 127.0.0.1 (an ephemeral port) while `client` runs against its address,
/// everything within [`LIMIT`].
pub async fn with_server<F, Fut>(app: axum::Router, client: F)
where
    F: FnOnce(SocketAddr) -> Fut,
    Fut: Future<Output = ()>,
{
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    let outcome = tokio::time::timeout(LIMIT, client(address)).await;
    server.abort();
    outcome.expect("the test ran out of time");
}

/// `GET path` with hyper's client over HTTP/1.1: the response, its body still to read.
pub async fn get_http1(address: SocketAddr, path: &str) -> http::Response<Incoming> {
    let request = http::Request::get(path)
        .header("host", "localhost")
        .body(Full::default())
        .unwrap();
    send_http1(address, request).await
}

/// Sends `request` with hyper's client over HTTP/1.1: the response, its body still to read.
pub async fn send_http1(
    address: SocketAddr,
    request: http::Request<Full<Bytes>>,
) -> http::Response<Incoming> {
    let stream = TcpStream::connect(address).await.unwrap();
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .unwrap();
    tokio::spawn(connection);
    sender.send_request(request).await.unwrap()
}

/// The response to `GET path` over HTTP/1.1, byte for byte: its head's lines and its body.
pub async fn raw_get(address: SocketAddr, path: &str) -> (Vec<String>, Vec<u8>) {
    let mut stream = TcpStream::connect(address).await.unwrap();
    let request = format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).await.unwrap();
    let end = response
        .windows(4)
        .position(|window| window == b"\r\n\r\n")
        .expect("a head ends in an empty line");
    let head = String::from_utf8(response[..end].to_vec()).unwrap();
    let lines = head.split("\r\n").map(str::to_owned).collect();
    (lines, response[end + 4..].to_vec())
}
