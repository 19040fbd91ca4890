use status_registry::{status_registry, HttpStatus};

status_registry! {
    pub enum Edge extends HttpStatus {
        404 MISSING "Missing";
    }
}

fn main() {}
