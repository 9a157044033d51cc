runExtractionBench()
