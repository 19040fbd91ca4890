use status_registry::status_registry;

status_registry! {
    pub enum Edge {
        classes EdgeClass {
            200..=299 CLIENT_ERROR "Success";
            300..=399 ClientError "Success";
        }
        201 CREATED "Created";
    }
}

fn main() {}
