use status_registry::{status_registry, HttpStatus};

status_registry! {
    pub enum Edge extends HttpStatus {
        499 NOT_FOUND "Client Closed Request";
    }
}

fn main() {}
