status_registry::status_registry! {
    pub enum Edge extends status_registry::HttpStatus {
        499 CLIENT_CLOSED_REQUEST "Client Closed Request";
    }
}

fn main() {}
