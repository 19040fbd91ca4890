//! The registries of HTTP codes that the web-stack tests and the benchmark share: an edge
//! proxy's, `HttpStatus` and two private codes with an open code type of `http`'s window, and a
//! private one with an open code type inside that window.

use status_registry::{status_registry, HttpStatus};

status_registry! {
    /// HttpStatus and an edge proxy's own codes.
    pub enum Edge extends HttpStatus {
        /// Any code an upstream answers with.
        open EdgeCode in 100..=999;
        499 CLIENT_CLOSED_REQUEST "Client Closed Request";
        599 NETWORK_CONNECT_TIMEOUT "Network Connect Timeout Error";
    }
}

status_registry! {
    /// A private registry of HTTP codes, with an open type inside `http`'s window.
    pub enum Api: u16 {
        open ApiCode in 200..=499;
        200 FINE "Fine";
        299 PARTIAL "Partial Success";
        460 QUOTA "Quota Exceeded";
    }
}
