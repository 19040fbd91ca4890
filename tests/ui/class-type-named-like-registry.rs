use status_registry::status_registry;

status_registry! {
    pub enum Edge {
        classes Edge {
            400..=499 CLIENT_ERROR "Client Error";
        }
        444 NO_RESPONSE "No Response";
    }
}

fn main() {}
