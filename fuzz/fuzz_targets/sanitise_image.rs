//! Any bytes, as any supported image type: the sanitiser returns a clean copy or an error,
//! never panics, and a clean copy sanitises to itself.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    tadamun::evidence::strip::fuzz_one(data);
});
