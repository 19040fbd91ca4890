// The declaration of `CloudflareStatus`: the one source of truth. The
// crate expands it with the `macros` feature; without it, it includes `generated.rs` beside this
// file, the macro's expansion of it, so that it builds no proc macro. After a change here or to
// the macro's output, run
//
//     cargo test -p status-registry-macros generated_sources
//
// which rewrites `generated.rs` (and fails once, to say so). In CI the same test fails while
// the two differ.

status_registry! {
    /// The HTTP status codes of Cloudflare's proxy: every code of
    /// [`HttpStatus`](crate::http::HttpStatus), and the 5xx codes Cloudflare answers with when
    /// it cannot get a response from the origin server, each documented on its page of
    /// Cloudflare's docs ("Cloudflare 5xx errors"). None is registered with IANA.
    ///
    /// The phrase is the heading of the code's page, capitalized as a reason phrase. 530's page
    /// has no name in its heading ("Error 530"): its phrase is ours, the page's first sentence
    /// in short. 527 (Railgun) has no page among them and is not an entry.
    #[non_exhaustive]
    pub enum CloudflareStatus extends crate::http::HttpStatus {
        520 WEB_SERVER_RETURNS_AN_UNKNOWN_ERROR "Web Server Returns an Unknown Error" "The origin server returned an empty, unknown, or unexpected response to Cloudflare" ["Cloudflare docs, Cloudflare 5xx errors: Error 520"];
        521 WEB_SERVER_IS_DOWN "Web Server Is Down" "The origin web server refused connections from Cloudflare" ["Cloudflare docs, Cloudflare 5xx errors: Error 521"];
        522 CONNECTION_TIMED_OUT "Connection Timed Out" "Cloudflare timed out contacting the origin web server" ["Cloudflare docs, Cloudflare 5xx errors: Error 522"];
        523 ORIGIN_IS_UNREACHABLE "Origin Is Unreachable" "Cloudflare cannot contact the origin web server" ["Cloudflare docs, Cloudflare 5xx errors: Error 523"];
        524 A_TIMEOUT_OCCURRED "A Timeout Occurred" "Cloudflare connected to the origin web server, but the origin did not provide an HTTP response in time" ["Cloudflare docs, Cloudflare 5xx errors: Error 524"];
        525 SSL_HANDSHAKE_FAILED "SSL Handshake Failed" "The SSL handshake between Cloudflare and the origin web server failed" ["Cloudflare docs, Cloudflare 5xx errors: Error 525"];
        526 INVALID_SSL_CERTIFICATE "Invalid SSL Certificate" "Cloudflare is unable to verify the SSL certificate on the origin server" ["Cloudflare docs, Cloudflare 5xx errors: Error 526"];
        530 ORIGIN_HOSTNAME_NOT_RESOLVED "Origin Hostname Not Resolved" "Cloudflare is unable to resolve the origin hostname" ["Cloudflare docs, Cloudflare 5xx errors: Error 530"];
    }
}
