use status_registry::status_registry;

status_registry! {
    pub enum Edge {
        classes EdgeClass {
            200..=299 range "Success";
        }
        201 CREATED "Created";
    }
}

fn main() {}
