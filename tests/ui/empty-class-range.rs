use status_registry::status_registry;

status_registry! {
    pub enum Edge {
        classes EdgeClass {
            499..=400 CLIENT_ERROR "Client Error";
        }
        444 NO_RESPONSE "No Response";
    }
}

fn main() {}
