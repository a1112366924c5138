import FuzzChecks

runFuzzer("front-matter", FuzzOracle.frontMatter)
