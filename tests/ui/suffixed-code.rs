use status_registry::status_registry;

status_registry! {
    pub enum Edge {
        404u16 NOT_FOUND "Not Found";
    }
}

fn main() {}
