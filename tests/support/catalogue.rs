//! An error catalogue, as an API declares one: what the problem tests, the `problem` end-to-end
//! test and the benchmark answer and read back.

use status_registry::status_registry;

status_registry! {
    /// The errors of a shop's API.
    pub enum ApiError: u32 {
        type "https://shop.example.com/problems/";
        classes ApiErrorClass {
            40000..=40099 BAD_REQUEST "Bad Request" => BAD_REQUEST;
            40400..=40499 NOT_FOUND "Not Found" => NOT_FOUND;
            40900..=40999 CONFLICT "Conflict" => CONFLICT;
            42200..=42299 UNPROCESSABLE "Unprocessable";
            50000..=50099 INTERNAL "Internal" => INTERNAL_SERVER_ERROR;
        }
        open ApiErrorCode in 0..=99_999;
        40001 INVALID_EMAIL "Invalid email" "The email address is not valid";
        40401 USER_NOT_FOUND "User not found" "No user has this id";
        40402 ORDER_NOT_FOUND "Order not found" "No order has this id";
        40403 ORDER_GONE "Order gone" => GONE type "https://shop.example.com/problems/gone";
        40901 EMAIL_TAKEN "Email taken" "Another user has this email address";
        42201 OUT_OF_STOCK "Out of stock" => 422;
        50001 DATABASE_DOWN "Database down";
    }
}
