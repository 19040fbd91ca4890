use status_registry::status_registry;

status_registry! {
    pub enum Close {
        open CloseCode 1000..=4999;
        1000 NORMAL_CLOSURE "Normal Closure";
    }
}

fn main() {}
