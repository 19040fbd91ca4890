use status_registry::status_registry;

status_registry! {
    pub enum Close {
        open CloseCode in 4999..=1000;
        1000 NORMAL_CLOSURE "Normal Closure";
    }
}

fn main() {}
