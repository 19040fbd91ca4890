use status_registry::status_registry;

status_registry! {
    #[status_registry(crate = )]
    pub enum Edge {
        201 CREATED "Created";
    }
}

fn main() {}
