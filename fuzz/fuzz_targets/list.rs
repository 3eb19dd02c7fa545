#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| timpush::fuzzing::list(data));
