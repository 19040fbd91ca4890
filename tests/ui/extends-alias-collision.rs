use status_registry::{status_registry, HttpStatus};

status_registry! {
    pub enum Edge extends HttpStatus {
        499 CLIENT_CLOSED_REQUEST "Client Closed Request";
        alias REQUEST_ENTITY_TOO_LARGE = CLIENT_CLOSED_REQUEST;
    }
}

fn main() {}
