runWriterBench()
runJSONLinesBench()
