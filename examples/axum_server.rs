//! An edge service in axum: it extends `HttpStatus` with the codes it answers with of its own,
//! and its handlers return statuses as they are. Every response's status line carries the
//! registry's phrase, standard and private codes alike.
//!
//! ```text
//! cargo run --example axum_server -- 127.0.0.1:3000
//! curl -i http://127.0.0.1:3000/orders/7      # HTTP/1.1 200 OK, and the order
//! curl -i http://127.0.0.1:3000/orders/8      # HTTP/1.1 404 Not Found
//! curl -i -X POST http://127.0.0.1:3000/orders  # HTTP/1.1 201 Created, and the order
//! curl -i http://127.0.0.1:3000/upload        # HTTP/1.1 413 Content Too Large
//! curl -i http://127.0.0.1:3000/origin        # HTTP/1.1 522 Origin Connection Timed Out
//! curl -i http://127.0.0.1:3000/upstream/499  # HTTP/1.1 499 Client Closed Request
//! ```
//!
//! `hyper` alone would write `413 Payload Too Large`, `522 <none>` and `499 <none>`.

use axum::extract::Path;
use axum::response::Response;
use axum::routing::get;
use axum::{Json, Router};
use status_registry::{status_registry, HttpStatus};

status_registry! {
    /// Every standard HTTP status, and the codes this edge answers with of its own.
    pub enum Edge extends HttpStatus {
        /// Any code an upstream answers with, registered or not.
        open EdgeCode in 100..=999;

        499 CLIENT_CLOSED_REQUEST "Client Closed Request"
            "The client closed the connection before the edge answered";
        522 ORIGIN_TIMED_OUT "Origin Connection Timed Out"
            "The edge could not reach the origin in time";
    }
}

/// The service: its handlers return `Edge`, `EdgeCode`, and an `Edge` with a body.
fn app() -> Router {
    Router::new()
        .route("/orders/{id}", get(order))
        .route("/orders", axum::routing::post(create_order))
        .route("/upload", get(|| async { Edge::CONTENT_TOO_LARGE }))
        .route("/origin", get(|| async { Edge::ORIGIN_TIMED_OUT }))
        .route("/upstream/{code}", get(upstream))
}

/// An order, or `404 Not Found`.
async fn order(Path(id): Path<u32>) -> Result<Json<[u32; 2]>, Edge> {
    if id % 2 == 1 {
        Ok(Json([id, 100]))
    } else {
        Err(Edge::NOT_FOUND)
    }
}

/// `201 Created` with the new order: a status with a body.
async fn create_order() -> Response {
    Edge::CREATED.with_body(Json([9, 100]))
}

/// The code an upstream answered with, passed on as it came, with its phrase if the edge knows
/// it (`499 Client Closed Request`); a code outside `100..=999` is the client's mistake.
async fn upstream(Path(code): Path<u16>) -> Result<EdgeCode, Edge> {
    EdgeCode::new(code).ok_or(Edge::BAD_REQUEST)
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::io::Result<()> {
    let address = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:3000".to_owned());
    let listener = tokio::net::TcpListener::bind(&address).await?;
    println!("serving on http://{}", listener.local_addr()?);
    axum::serve(listener, app()).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    /// The status line of `METHOD path` against the service on an ephemeral port.
    async fn status_line(method: &str, path: &str) -> String {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let server = tokio::spawn(async move { axum::serve(listener, app()).await });
        let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
        let request =
            format!("{method} {path} HTTP/1.1\r\nHost: edge\r\nConnection: close\r\n\r\n");
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut response = Vec::new();
        stream.read_to_end(&mut response).await.unwrap();
        server.abort();
        let response = String::from_utf8(response).unwrap();
        response.lines().next().unwrap_or_default().to_owned()
    }

    #[tokio::test]
    async fn every_route_answers_with_the_registry_s_phrase() {
        let expected = [
            ("GET", "/orders/7", "HTTP/1.1 200 OK"),
            ("GET", "/orders/8", "HTTP/1.1 404 Not Found"),
            ("POST", "/orders", "HTTP/1.1 201 Created"),
            ("GET", "/upload", "HTTP/1.1 413 Content Too Large"),
            ("GET", "/origin", "HTTP/1.1 522 Origin Connection Timed Out"),
            ("GET", "/upstream/499", "HTTP/1.1 499 Client Closed Request"),
            ("GET", "/upstream/1000", "HTTP/1.1 400 Bad Request"),
        ];
        let checks = async {
            for (method, path, line) in expected {
                assert_eq!(status_line(method, path).await, line, "{method} {path}");
            }
        };
        tokio::time::timeout(std::time::Duration::from_secs(20), checks)
            .await
            .expect("the service answered in time");
    }
}
