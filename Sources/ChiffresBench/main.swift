// `make bench`: every benchmark of Chiffres in one run, release build, one thread unless a line says otherwise.
// `ChiffresBench trends` (or any list of extraction, writer, workbook, jsonlines, money, trends, forecast) runs only those;
// `ChiffresBench extraction-gzip` runs only the CLI against gzip -1 on the corpus as one text file.
let only = Set(CommandLine.arguments.dropFirst())
func wanted(_ name: String) -> Bool { only.isEmpty || only.contains(name) }
if only.contains("forecast-explore") {
    runForecastExplore()
} else if only.contains("trends-child") {
    runTrendsChild()
} else {
    if wanted("extraction") { runExtractionBench() }
    if only.contains("extraction-gzip") { runExtractionAgainstGzip() }
    if wanted("writer") { runWriterBench() }
    if wanted("workbook") { runWorkbookBench() }
    if wanted("jsonlines") { runJSONLinesBench() }
    if wanted("money") { runMoneyBench() }
    if wanted("trends") { runTrendsBench() }
    if wanted("forecast") { runForecastBench() }
}
