// The declaration of `HttpStatus`, `StatusClass` and `StatusCode`: the one source of truth.
// The crate expands it with the `macros` feature; without it, it includes `generated.rs` beside
// this file, the macro's expansion of it, so that it builds no proc macro. After a change here
// or to the macro's output, run
//
//     cargo test -p status-registry-macros generated_sources
//
// which rewrites `generated.rs` (and fails once, to say so). In CI the same test fails while
// the two differ.

status_registry! {
    /// An HTTP status code: the codes of CPython's `http.HTTPStatus`, in its order, with its
    /// names, reason phrases and descriptions, and IANA's reference for each code.
    ///
    /// Like Python's `IntEnum`, a status compares and orders by its code, also against a plain
    /// `u16` (`HttpStatus::OK == 200`). Codes outside the set, such as nginx's 499, are not
    /// values of this type: [`HttpStatus::from_code`] returns `None` for them; declare a registry
    /// of your own with [`status_registry!`](crate::status_registry!) for private codes.
    ///
    /// The type is `#[non_exhaustive]`: later CPython or IANA codes may be added in a minor
    /// release, so a `match` on it needs a `_` arm.
    // Other crates extend it (`enum Edge extends HttpStatus`): its replay macro is exported.
    #[status_registry(export)]
    #[non_exhaustive]
    pub enum HttpStatus: u16 {
        /// The five classes of RFC 9110, section 15, as Python 3.12's `HTTPStatus` properties
        /// (`is_informational`, `is_success`, `is_redirection`, `is_client_error`,
        /// `is_server_error`) test them: by the code's range.
        classes StatusClass {
            100..=199 INFORMATIONAL "Informational";
            200..=299 SUCCESS "Success";
            300..=399 REDIRECTION "Redirection";
            400..=499 CLIENT_ERROR "Client Error";
            500..=599 SERVER_ERROR "Server Error";
        }

        /// Any status code a response can carry, registered in [`HttpStatus`] or not: the three
        /// digits of RFC 9110, section 15 (the window of the `http` crate's `StatusCode` too).
        /// A proxy or a log keeps nginx's 499 or Cloudflare's 520 as they are, and
        /// [`StatusCode::understood_as`] gives the standard status a client must act on.
        open StatusCode in 100..=999;

        100 CONTINUE "Continue" "Request received, please continue" ["RFC9110, Section 15.2.1"];
        101 SWITCHING_PROTOCOLS "Switching Protocols" "Switching to new protocol; obey Upgrade header" ["RFC9110, Section 15.2.2"];
        102 PROCESSING "Processing" "Server is processing the request" ["RFC2518"];
        103 EARLY_HINTS "Early Hints" "Headers sent to prepare for the response" ["RFC8297"];
        200 OK "OK" "Request fulfilled, document follows" ["RFC9110, Section 15.3.1"];
        201 CREATED "Created" "Document created, URL follows" ["RFC9110, Section 15.3.2"];
        202 ACCEPTED "Accepted" "Request accepted, processing continues off-line" ["RFC9110, Section 15.3.3"];
        203 NON_AUTHORITATIVE_INFORMATION "Non-Authoritative Information" "Request fulfilled from cache" ["RFC9110, Section 15.3.4"];
        204 NO_CONTENT "No Content" "Request fulfilled, nothing follows" ["RFC9110, Section 15.3.5"];
        205 RESET_CONTENT "Reset Content" "Clear input form for further input" ["RFC9110, Section 15.3.6"];
        206 PARTIAL_CONTENT "Partial Content" "Partial content follows" ["RFC9110, Section 15.3.7"];
        207 MULTI_STATUS "Multi-Status" "Response contains multiple statuses in the body" ["RFC4918"];
        208 ALREADY_REPORTED "Already Reported" "Operation has already been reported" ["RFC5842"];
        226 IM_USED "IM Used" "Request completed using instance manipulations" ["RFC3229"];
        300 MULTIPLE_CHOICES "Multiple Choices" "Object has several resources -- see URI list" ["RFC9110, Section 15.4.1"];
        301 MOVED_PERMANENTLY "Moved Permanently" "Object moved permanently -- see URI list" ["RFC9110, Section 15.4.2"];
        302 FOUND "Found" "Object moved temporarily -- see URI list" ["RFC9110, Section 15.4.3"];
        303 SEE_OTHER "See Other" "Object moved -- see Method and URL list" ["RFC9110, Section 15.4.4"];
        304 NOT_MODIFIED "Not Modified" "Document has not changed since given time" ["RFC9110, Section 15.4.5"];
        305 USE_PROXY "Use Proxy" "You must use proxy specified in Location to access this resource" ["RFC9110, Section 15.4.6"];
        307 TEMPORARY_REDIRECT "Temporary Redirect" "Object moved temporarily -- see URI list" ["RFC9110, Section 15.4.8"];
        308 PERMANENT_REDIRECT "Permanent Redirect" "Object moved permanently -- see URI list" ["RFC9110, Section 15.4.9"];
        400 BAD_REQUEST "Bad Request" "Bad request syntax or unsupported method" ["RFC9110, Section 15.5.1"];
        401 UNAUTHORIZED "Unauthorized" "No permission -- see authorization schemes" ["RFC9110, Section 15.5.2"];
        402 PAYMENT_REQUIRED "Payment Required" "No payment -- see charging schemes" ["RFC9110, Section 15.5.3"];
        403 FORBIDDEN "Forbidden" "Request forbidden -- authorization will not help" ["RFC9110, Section 15.5.4"];
        404 NOT_FOUND "Not Found" "Nothing matches the given URI" ["RFC9110, Section 15.5.5"];
        405 METHOD_NOT_ALLOWED "Method Not Allowed" "Specified method is invalid for this resource" ["RFC9110, Section 15.5.6"];
        406 NOT_ACCEPTABLE "Not Acceptable" "URI not available in preferred format" ["RFC9110, Section 15.5.7"];
        407 PROXY_AUTHENTICATION_REQUIRED "Proxy Authentication Required" "You must authenticate with this proxy before proceeding" ["RFC9110, Section 15.5.8"];
        408 REQUEST_TIMEOUT "Request Timeout" "Request timed out; try again later" ["RFC9110, Section 15.5.9"];
        409 CONFLICT "Conflict" "Request conflict" ["RFC9110, Section 15.5.10"];
        410 GONE "Gone" "URI no longer exists and has been permanently removed" ["RFC9110, Section 15.5.11"];
        411 LENGTH_REQUIRED "Length Required" "Client must specify Content-Length" ["RFC9110, Section 15.5.12"];
        412 PRECONDITION_FAILED "Precondition Failed" "Precondition in headers is false" ["RFC9110, Section 15.5.13"];
        413 CONTENT_TOO_LARGE "Content Too Large" "Content is too large" ["RFC9110, Section 15.5.14"];
        /// The name before Python 3.13, which renamed the entry `CONTENT_TOO_LARGE` (RFC 9110's name) and kept this one as an alias.
        alias REQUEST_ENTITY_TOO_LARGE = CONTENT_TOO_LARGE;
        414 URI_TOO_LONG "URI Too Long" "URI is too long" ["RFC9110, Section 15.5.15"];
        /// The name before Python 3.13, which renamed the entry `URI_TOO_LONG` (RFC 9110's name) and kept this one as an alias.
        alias REQUEST_URI_TOO_LONG = URI_TOO_LONG;
        415 UNSUPPORTED_MEDIA_TYPE "Unsupported Media Type" "Entity body in unsupported format" ["RFC9110, Section 15.5.16"];
        416 RANGE_NOT_SATISFIABLE "Range Not Satisfiable" "Cannot satisfy request range" ["RFC9110, Section 15.5.17"];
        /// The name before Python 3.13, which renamed the entry `RANGE_NOT_SATISFIABLE` (RFC 9110's name) and kept this one as an alias.
        alias REQUESTED_RANGE_NOT_SATISFIABLE = RANGE_NOT_SATISFIABLE;
        417 EXPECTATION_FAILED "Expectation Failed" "Expect condition could not be satisfied" ["RFC9110, Section 15.5.18"];
        418 IM_A_TEAPOT "I'm a Teapot" "Server refuses to brew coffee because it is a teapot" ["RFC9110, Section 15.5.19"];
        421 MISDIRECTED_REQUEST "Misdirected Request" "Server is not able to produce a response" ["RFC9110, Section 15.5.20"];
        422 UNPROCESSABLE_CONTENT "Unprocessable Content" "Server is not able to process the contained instructions" ["RFC9110, Section 15.5.21"];
        /// The name before Python 3.13, which renamed the entry `UNPROCESSABLE_CONTENT` (RFC 9110's name) and kept this one as an alias.
        alias UNPROCESSABLE_ENTITY = UNPROCESSABLE_CONTENT;
        423 LOCKED "Locked" "Resource of a method is locked" ["RFC4918"];
        424 FAILED_DEPENDENCY "Failed Dependency" "Dependent action of the request failed" ["RFC4918"];
        425 TOO_EARLY "Too Early" "Server refuses to process a request that might be replayed" ["RFC8470"];
        426 UPGRADE_REQUIRED "Upgrade Required" "Server refuses to perform the request using the current protocol" ["RFC9110, Section 15.5.22"];
        428 PRECONDITION_REQUIRED "Precondition Required" "The origin server requires the request to be conditional" ["RFC6585"];
        429 TOO_MANY_REQUESTS "Too Many Requests" "The user has sent too many requests in a given amount of time (\"rate limiting\")" ["RFC6585"];
        431 REQUEST_HEADER_FIELDS_TOO_LARGE "Request Header Fields Too Large" "The server is unwilling to process the request because its header fields are too large" ["RFC6585"];
        451 UNAVAILABLE_FOR_LEGAL_REASONS "Unavailable For Legal Reasons" "The server is denying access to the resource as a consequence of a legal demand" ["RFC7725"];
        500 INTERNAL_SERVER_ERROR "Internal Server Error" "Server got itself in trouble" ["RFC9110, Section 15.6.1"];
        501 NOT_IMPLEMENTED "Not Implemented" "Server does not support this operation" ["RFC9110, Section 15.6.2"];
        502 BAD_GATEWAY "Bad Gateway" "Invalid responses from another server/proxy" ["RFC9110, Section 15.6.3"];
        503 SERVICE_UNAVAILABLE "Service Unavailable" "The server cannot process the request due to a high load" ["RFC9110, Section 15.6.4"];
        504 GATEWAY_TIMEOUT "Gateway Timeout" "The gateway server did not receive a timely response" ["RFC9110, Section 15.6.5"];
        505 HTTP_VERSION_NOT_SUPPORTED "HTTP Version Not Supported" "Cannot fulfill request" ["RFC9110, Section 15.6.6"];
        506 VARIANT_ALSO_NEGOTIATES "Variant Also Negotiates" "Server has an internal configuration error" ["RFC2295"];
        507 INSUFFICIENT_STORAGE "Insufficient Storage" "Server is not able to store the representation" ["RFC4918"];
        508 LOOP_DETECTED "Loop Detected" "Server encountered an infinite loop while processing a request" ["RFC5842"];
        510 NOT_EXTENDED "Not Extended" "Request does not meet the resource access policy" ["RFC2774; status-change-http-experiments-to-historic"];
        511 NETWORK_AUTHENTICATION_REQUIRED "Network Authentication Required" "The client needs to authenticate to gain network access" ["RFC6585"];
    }
}
