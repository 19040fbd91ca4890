use status_registry::status_registry;

status_registry! {
    pub enum Edge {
        classes EdgeClass {
            400..=499 CLIENT_ERROR "Client Error";
        }
        444 NO_RESPONSE "No Response";
        499 is_client_error "Is Client Error";
    }
}

fn main() {}
