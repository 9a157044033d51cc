runWriterBench()
