use status_registry::{status_registry, HttpStatus};

status_registry! {
    pub enum Edge extends HttpStatus {
        classes EdgeClass {
            400..=499 CLIENT_ERROR "Client Error";
        }
        499 CLIENT_CLOSED_REQUEST "Client Closed Request";
    }
}

fn main() {}
