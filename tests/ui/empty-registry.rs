use status_registry::status_registry;

status_registry! {
    pub enum Edge {}
}

fn main() {}
