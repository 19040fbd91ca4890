use status_registry::status_registry;

status_registry! {
    pub enum ApiError: u32 {
        type "https://api.example.com/problems/";
        49901 CLIENT_GONE "Client gone" => 499;
    }
}

fn main() {}
