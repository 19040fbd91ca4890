//! What the end-to-end tests share: an axum service on 127.0.0.1, on an ephemeral port, while a
//! client runs against it, everything under a timeout; and a `GET` with hyper's client.

use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;

use http_body_util::Empty;
use hyper::body::{Bytes, Incoming};
use hyper_util::rt::TokioIo;
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
    let stream = TcpStream::connect(address).await.unwrap();
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .unwrap();
    tokio::spawn(connection);
    let request = http::Request::get(path)
        .header("host", "localhost")
        .body(Empty::<Bytes>::new())
        .unwrap();
    sender.send_request(request).await.unwrap()
}
