// `make bench`: every benchmark of Chiffres in one run, release build, one thread.
runExtractionBench()
runWriterBench()
runJSONLinesBench()
runMoneyBench()
runTrendsBench()
