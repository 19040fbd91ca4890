use status_registry::{status_registry, HttpStatus};

status_registry! {
    pub enum Edge: u32 extends HttpStatus {
        499 CLIENT_CLOSED_REQUEST "Client Closed Request";
    }
}

fn main() {}
