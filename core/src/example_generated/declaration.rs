status_registry! {
    /// The outcome of a job in a build queue: an example registry.
    pub enum JobStatus: u16 {
        /// Where a job is: its code's hundreds.
        classes JobClass {
            100..=199 PENDING "Pending";
            200..=299 DONE "Done";
            400..=499 FAILED "Failed";
        }

        /// Any code a worker may report, registered or not.
        open JobCode in 100..=499;

        100 QUEUED "Queued" "Waiting for a worker";
        101 RUNNING "Running" "A worker has the job";
        200 SUCCEEDED "Succeeded" ["Build API, section 3"];
        /// The inputs had not changed since the last run.
        204 UP_TO_DATE "Up To Date";
        404 NO_SUCH_JOB "No Such Job";
        408 TIMED_OUT "Timed Out" "The job ran past its deadline" ["Build API, section 4"];
        alias TIMEOUT = TIMED_OUT;
    }
}
