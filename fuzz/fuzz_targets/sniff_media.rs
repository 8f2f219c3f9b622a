//! Any bytes: sniffing the media type and reading capture metadata never panics.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    tadamun::evidence::media::fuzz_one(data);
});
