import FuzzChecks

runFuzzer("vcard", FuzzOracle.vCard)
