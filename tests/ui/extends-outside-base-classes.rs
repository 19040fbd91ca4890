use status_registry::{status_registry, HttpStatus};

status_registry! {
    pub enum Edge extends HttpStatus {
        699 BEYOND "Beyond";
    }
}

fn main() {}
