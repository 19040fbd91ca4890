// The declaration of `NginxStatus`: the one source of truth. The
// crate expands it with the `macros` feature; without it, it includes `generated.rs` beside this
// file, the macro's expansion of it, so that it builds no proc macro. After a change here or to
// the macro's output, run
//
//     cargo test -p status-registry-macros generated_sources
//
// which rewrites `generated.rs` (and fails once, to say so). In CI the same test fails while
// the two differ.

status_registry! {
    /// The HTTP status codes of nginx: every code of [`HttpStatus`](crate::http::HttpStatus),
    /// and the six nginx defines beside them in `src/http/ngx_http_request.h`. None is
    /// registered with IANA; none but 444's name comes from nginx, which names them only by
    /// their C constants (the reference of each gives its constant).
    ///
    /// 494 to 497 are what nginx logs and what `error_page` sees: the client receives 400 Bad
    /// Request (`ngx_http_special_response.c`). 444 and 499 never reach a client: 444 closes
    /// the connection without a response, and 499 is logged when the client closed first.
    #[non_exhaustive]
    pub enum NginxStatus extends crate::http::HttpStatus {
        444 NO_RESPONSE "No Response" "The server closed the connection without sending a response" ["nginx, src/http/ngx_http_request.h: NGX_HTTP_CLOSE"];
        494 REQUEST_HEADER_TOO_LARGE "Request Header Too Large" "The request header or a cookie is too large; the client receives 400" ["nginx, src/http/ngx_http_request.h: NGX_HTTP_REQUEST_HEADER_TOO_LARGE"];
        495 SSL_CERTIFICATE_ERROR "SSL Certificate Error" "An error occurred during the client certificate verification; the client receives 400" ["nginx, src/http/ngx_http_request.h: NGX_HTTPS_CERT_ERROR"];
        496 SSL_CERTIFICATE_REQUIRED "SSL Certificate Required" "The client did not present the required certificate; the client receives 400" ["nginx, src/http/ngx_http_request.h: NGX_HTTPS_NO_CERT"];
        497 HTTP_REQUEST_SENT_TO_HTTPS_PORT "HTTP Request Sent to HTTPS Port" "A plain HTTP request was sent to the HTTPS port; the client receives 400" ["nginx, src/http/ngx_http_request.h: NGX_HTTP_TO_HTTPS"];
        499 CLIENT_CLOSED_REQUEST "Client Closed Request" "The client closed the connection while the server was processing its request" ["nginx, src/http/ngx_http_request.h: NGX_HTTP_CLIENT_CLOSED_REQUEST"];
    }
}
