use status_registry::status_registry;

status_registry! {
    pub enum Edge {
        classes EdgeClass {
            400..=499 CLIENT_ERROR "Client Error";
            500..=599 SERVER_ERROR "";
        }
        444 NO_RESPONSE "No Response";
    }
}

fn main() {}
