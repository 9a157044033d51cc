print("bench: nothing yet")
runTrendsBench()
