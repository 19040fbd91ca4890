use status_registry::status_registry;

status_registry! {
    pub enum Edge {
        200 OK "OK"
        open EdgeCode in 100..=999;
    }
}

fn main() {
    // The open type is still declared: its uses raise no second error.
    let _ = EdgeCode::new(499);
}
