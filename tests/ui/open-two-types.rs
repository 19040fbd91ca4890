use status_registry::status_registry;

status_registry! {
    pub enum Close {
        open CloseCode in 1000..=4999;
        open OtherCode in 1000..=1999;
        1000 NORMAL_CLOSURE "Normal Closure";
    }
}

fn main() {}
