//! An axum service that serves its own OpenAPI 3.1 document, written by utoipa: its error
//! catalogue lists every error a handler answers with (`responses(ApiError)`: one
//! `application/problem+json` response per HTTP status, with the schema of the body and an
//! example per entry), and `HttpStatus` and `StatusCode` are components like any derived type,
//! each code with its phrase and description.
//!
//! ```text
//! cargo run --example openapi -- 127.0.0.1:3000
//! curl -s http://127.0.0.1:3000/openapi.json   # the OpenAPI document
//! curl -i http://127.0.0.1:3000/users/1        # HTTP/1.1 200 OK, the user
//! curl -i http://127.0.0.1:3000/users/2        # HTTP/1.1 404 Not Found, USER_NOT_FOUND
//! curl -i http://127.0.0.1:3000/users/0        # HTTP/1.1 400 Bad Request, INVALID_ID
//! curl -i http://127.0.0.1:3000/orders/7       # HTTP/1.1 410 Gone, ORDER_GONE
//! curl -i http://127.0.0.1:3000/upstream       # HTTP/1.1 200 OK, a status and a code
//! ```

use axum::extract::Path;
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use status_registry::problem::Problem;
use status_registry::{status_registry, HttpStatus, StatusCode};
use utoipa::{OpenApi, ToSchema};

status_registry! {
    /// The errors of the users API: the one place each is written.
    pub enum ApiError: u32 {
        type "https://api.example.com/problems/";
        classes ApiErrorClass {
            40000..=40099 BAD_REQUEST "Bad Request" => BAD_REQUEST;
            40400..=40499 NOT_FOUND "Not Found" => NOT_FOUND;
        }
        /// Any code a newer server may answer with.
        open ApiErrorCode in 0..=99_999;
        40001 INVALID_ID "Invalid id" "Ids start at 1";
        40401 USER_NOT_FOUND "User not found" "No user has this id";
        40402 ORDER_NOT_FOUND "Order not found" "No order has this id";
        40403 ORDER_GONE "Order gone" "The order was deleted" => GONE;
    }
}

/// A user.
#[derive(Serialize, ToSchema)]
struct User {
    /// The user's id.
    id: u32,
    /// The user's email address.
    email: String,
}

/// What the upstream service last answered.
#[derive(Serialize, ToSchema)]
struct Upstream {
    /// The status it answered with, one of `HttpStatus`.
    status: HttpStatus,
    /// The code it answered with, registered or not.
    code: StatusCode,
}

/// The user with this id.
#[utoipa::path(
    get,
    path = "/users/{id}",
    params(("id" = u32, Path, description = "The user's id")),
    responses((status = 200, description = "The user", body = User), ApiError)
)]
async fn user(Path(id): Path<u32>) -> Result<Json<User>, ApiError> {
    match id {
        0 => Err(ApiError::INVALID_ID),
        1 => Ok(Json(User {
            id,
            email: "ada@example.com".to_owned(),
        })),
        _ => Err(ApiError::USER_NOT_FOUND),
    }
}

/// The order with this id: every order is gone.
#[utoipa::path(
    get,
    path = "/orders/{id}",
    params(("id" = u32, Path, description = "The order's id")),
    responses((status = 200, description = "The order's id", body = u32), ApiError)
)]
async fn order(Path(id): Path<u32>) -> Result<Json<u32>, Problem<ApiError>> {
    let problem = Problem::new(ApiError::ORDER_GONE).with_detail("Orders are kept 90 days");
    Err(problem
        .with_extension("order_id", id)
        .map_err(|_| Problem::new(ApiError::ORDER_GONE))?)
}

/// What the upstream service last answered.
#[utoipa::path(
    get,
    path = "/upstream",
    responses((status = 200, description = "The upstream's answer", body = Upstream))
)]
async fn upstream() -> Json<Upstream> {
    Json(Upstream {
        status: HttpStatus::BAD_GATEWAY,
        code: StatusCode::new(520).unwrap_or(StatusCode::BAD_GATEWAY),
    })
}

/// The service's OpenAPI document.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Users",
        description = "A users API whose errors are an error catalogue"
    ),
    paths(user, order, upstream),
    components(schemas(HttpStatus, StatusCode, ApiError, ApiErrorCode))
)]
struct ApiDoc;

/// The service, with its document at `/openapi.json`.
fn app() -> Router {
    Router::new()
        .route("/openapi.json", get(|| async { Json(ApiDoc::openapi()) }))
        .route("/users/{id}", get(user))
        .route("/orders/{id}", get(order))
        .route("/upstream", get(upstream))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let address = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:3000".to_owned());
    let listener = tokio::net::TcpListener::bind(&address).await?;
    println!("serving on http://{}/openapi.json", listener.local_addr()?);
    Ok(axum::serve(listener, app()).await?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use status_registry_suite::python;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    /// The head and body of `GET path`'s response from the service on `address`.
    async fn get_raw(address: std::net::SocketAddr, path: &str) -> (String, String) {
        let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
        let request = format!("GET {path} HTTP/1.1\r\nHost: api\r\nConnection: close\r\n\r\n");
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut response = Vec::new();
        stream.read_to_end(&mut response).await.unwrap();
        let response = String::from_utf8(response).unwrap();
        let (head, body) = response.split_once("\r\n\r\n").unwrap_or_default();
        (head.to_owned(), body.to_owned())
    }

    /// Runs tests/data/check_openapi.py: how many examples and bodies it validated, or why not.
    fn check_openapi(input: &serde_json::Value) -> Result<usize, String> {
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/check_openapi.py");
        let report = python(&[script], &serde_json::to_vec(input).unwrap())?;
        Ok(report.trim().parse().unwrap())
    }

    /// The document the service serves, and the error bodies it answers with, each with the
    /// path (as the document writes it) and status.
    async fn served() -> (serde_json::Value, Vec<serde_json::Value>) {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let server = tokio::spawn(async move { axum::serve(listener, app()).await });
        let fetch = async {
            let (head, document) = get_raw(address, "/openapi.json").await;
            assert_eq!(head.lines().next(), Some("HTTP/1.1 200 OK"));
            let mut bodies = Vec::new();
            for (path, template, status) in [
                ("/users/0", "/users/{id}", 400),
                ("/users/2", "/users/{id}", 404),
                ("/orders/7", "/orders/{id}", 410),
            ] {
                let (head, body) = get_raw(address, path).await;
                assert!(head.starts_with(&format!("HTTP/1.1 {status} ")), "{head}");
                let body: serde_json::Value = serde_json::from_str(&body).unwrap();
                bodies.push(serde_json::json!([template, status, body]));
            }
            (serde_json::from_str(&document).unwrap(), bodies)
        };
        let served = tokio::time::timeout(std::time::Duration::from_secs(20), fetch)
            .await
            .expect("the service answered in time");
        server.abort();
        served
    }

    #[tokio::test]
    async fn the_document_is_openapi_3_1_and_every_problem_validates_against_it() {
        let (document, bodies) = served().await;
        // 4 entries' examples on each of the two paths, and 3 bodies.
        let input = serde_json::json!({ "document": document, "bodies": bodies });
        assert_eq!(check_openapi(&input), Ok(4 * 2 + 3));
        // A body the document does not allow fails: USER_NOT_FOUND's code on a 400.
        let wrong = serde_json::json!({
            "document": document,
            "bodies": [["/users/{id}", 400, {
                "type": "https://api.example.com/problems/user-not-found",
                "status": 400, "title": "User not found", "code": 40401,
            }]],
        });
        assert!(check_openapi(&wrong).unwrap_err().contains("40401"));
    }

    #[tokio::test]
    async fn the_catalogue_lists_one_response_per_status_with_an_example_per_entry() {
        let (document, _) = served().await;
        let responses = &document["paths"]["/users/{id}"]["get"]["responses"];
        let statuses: Vec<&str> = responses
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(statuses, ["200", "400", "404", "410"]);
        let not_found = &responses["404"]["content"]["application/problem+json"];
        let examples: Vec<&str> = not_found["examples"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(examples, ["ORDER_NOT_FOUND", "USER_NOT_FOUND"]);
        assert_eq!(
            not_found["examples"]["USER_NOT_FOUND"]["value"],
            serde_json::json!({
                "type": "https://api.example.com/problems/user-not-found",
                "status": 404, "title": "User not found", "code": 40401,
            })
        );
        assert_eq!(
            not_found["schema"]["properties"]["code"]["enum"],
            serde_json::json!([40401, 40402])
        );
        // The registries are components, each code with its phrase.
        let schemas = &document["components"]["schemas"];
        assert_eq!(schemas["HttpStatus"]["oneOf"][26]["title"], "Not Found");
        assert_eq!(
            schemas["ApiError"]["oneOf"][0]["description"],
            "Ids start at 1"
        );
        assert_eq!(
            schemas["Upstream"]["properties"]["status"]["$ref"],
            "#/components/schemas/HttpStatus"
        );
    }
}
