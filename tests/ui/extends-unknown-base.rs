use status_registry::status_registry;

status_registry! {
    pub enum Edge extends HttpStatuss {
        499 CLIENT_CLOSED_REQUEST "Client Closed Request";
    }
}

fn main() {}
