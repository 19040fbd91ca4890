use status_registry::{status_registry, HttpStatus};

status_registry! {
    pub enum Edge extends HttpStatus {
        499 REQUEST_ENTITY_TOO_LARGE "Client Closed Request";
    }
}

fn main() {}
