use status_registry::status_registry;

status_registry! {
    pub enum ApiError extends status_registry::HttpStatus {
        type "https://api.example.com/problems/";
        499 CLIENT_GONE "Client gone" => BAD_REQUEST;
    }
}

fn main() {}
