use status_registry::status_registry;

status_registry! {
    pub enum Edge {
        classes EdgeClass {
            400..=499 CLIENT_ERROR "Client Error";
            450..=599 SERVER_ERROR "Server Error";
        }
        444 NO_RESPONSE "No Response";
    }
}

fn main() {}
