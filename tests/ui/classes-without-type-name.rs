use status_registry::status_registry;

status_registry! {
    pub enum Edge {
        classes {
            200..=299 SUCCESS "Success";
        }
        201 CREATED "Created";
    }
}

fn main() {}
