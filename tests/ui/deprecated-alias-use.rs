// A deprecated alias warns where it is used, under the registry's own name.
#![deny(deprecated)]

use status_registry::status_registry;

status_registry! {
    pub enum Edge {
        444 NO_RESPONSE "No Response";
        #[deprecated = "say NO_RESPONSE"]
        alias EMPTY = NO_RESPONSE;
    }
}

fn main() {
    let _ = Edge::NO_RESPONSE;
    let _ = Edge::EMPTY;
}
