use status_registry::status_registry;

status_registry! {
    pub enum Edge {
        444 NO_RESPONSE "No Response";
        alias NGINX_NO_RESPONSE = NO_RESPONSE;
        alias EMPTY_RESPONSE = NGINX_NO_RESPONSE;
    }
}

fn main() {}
