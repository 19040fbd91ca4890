use status_registry::status_registry;

status_registry! {
    pub enum Edge {
        classes EdgeClass {
            200..=299 SUCCESS "Success";
        };
        200 OK "OK";
    }
}

fn main() {}
