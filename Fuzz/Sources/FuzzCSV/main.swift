import FuzzChecks

runFuzzer("csv", FuzzOracle.csv)
