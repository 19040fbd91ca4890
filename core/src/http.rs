//! The standard HTTP status codes.

use crate::status_registry;

status_registry! {
    /// HTTP status codes.
    #[non_exhaustive]
    pub enum HttpStatus: u16 {
        classes StatusClass {
            100..=199 INFORMATIONAL "Informational";
            200..=299 SUCCESS "Success";
            300..=399 REDIRECTION "Redirection";
            400..=499 CLIENT_ERROR "Client Error";
            500..=599 SERVER_ERROR "Server Error";
        }
        100 CONTINUE "Continue" "Request received, please continue" ["RFC9110, Section 15.2.1"];
        200 OK "OK" "Request fulfilled, document follows" ["RFC9110, Section 15.3.1"];
        404 NOT_FOUND "Not Found" "Nothing matches the given URI" ["RFC9110, Section 15.5.5"];
        413 CONTENT_TOO_LARGE "Content Too Large" "Content is too large" ["RFC9110, Section 15.5.14"];
        alias REQUEST_ENTITY_TOO_LARGE = CONTENT_TOO_LARGE;
        500 INTERNAL_SERVER_ERROR "Internal Server Error" "Server got itself in trouble" ["RFC9110, Section 15.6.1"];
    }
}
