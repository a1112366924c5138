// Only the header: libFuzzer (linked by -sanitize=fuzzer) defines the driver.
