import FuzzChecks

runFuzzer("log", FuzzOracle.log)
