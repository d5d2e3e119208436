// A notebook-style walk-through of ccmkit. Run after ccmkit.jsh (see the README's JShell section).

// 1. Load: the catalogues and the record are already in lap, vcap, record, data.
var indicator = lap.indicator("LAP-23.2").get();
System.out.println(indicator.id() + ": " + indicator.text());
var cycle = data.cycle("13MSP").get();
System.out.println(cycle + " — populations are computed on " + cycle.date());

// 2. Evaluate on the published record: the population is computed from the register and the obligations. The
//    documents print LAP-23.2's count but name none of its States, so the value is the printed one, by the headline
//    rule. For LAP-28.1 the Review Document names the States (para 118), partly for the whole review period: the count
//    computed from them is a bound of the period, set beside the exact figure printed for the cycle (para 124).
var onRecord = evaluator.evaluate(indicator, data, cycle);
System.out.println("status " + onRecord.status() + "; population " + onRecord.initialPopulation().size()
    + " affected States Parties; published " + onRecord.published().size() + " figure(s)");
var riskEducation = evaluator.evaluate(lap.indicator("LAP-28.1").get(), data, cycle);
var para124 = riskEducation.published().stream().filter(p -> p.published().source().locator().equals("para 124")
    && p.published().isExact()).findFirst().get();
System.out.println("LAP-28.1 " + riskEducation.status() + " " + riskEducation.score().get() + "; computed from "
    + riskEducation.numerator().get(0).facts().get(0).source() + ": " + para124.computedBound().get().symbol() + " "
    + para124.computed().get() + " over " + para124.computedPeriod().get() + ", " + para124.agreement()
    + " with RD para 124");
var initialReports = evaluator.reportingRate(data, cycle, ReportKind.INITIAL);
System.out.println("initial reports overdue: " + initialReports.notReceived().stream().map(r -> r.state()).toList());

// 3. Add what the States reported, read from a CSV file through the same reader a user's data goes through, checked
//    against the record's register, cycles and the data elements. The file is illustrative: UNIDIR counts nine of the
//    ten affected States Parties for 2025 but does not name them.
var reader = MonitoringDataReader.create().with(ReadContext.of(data, Catalogues.dataElements()));
var read = reader.readFacts(Input.of(org.ccmkit.examples.EvaluateIndicator.class.getResource("lap-23.2-facts.csv")));
System.out.println(read.summary());
var facts = read.orThrow();
var withReports = MonitoringDataset.builder().from(data).addAllFacts(facts).build();
var evaluation = evaluator.evaluate(indicator, withReports, cycle);
System.out.println("value " + evaluation.score().get());

// 4. Inspect the subjects: who was counted, who was not, and the facts behind each.
System.out.println("counted: " + evaluation.numeratorCodes());
evaluation.noData().forEach(s -> System.out.println("no data: " + s.subject()));
evaluation.numerator().stream().limit(2).forEach(s -> System.out.println(s.subject() + " <- " + s.facts()));

// 5. A progress report for the plan and the cycle, grouped by thematic area.
var report = evaluator.progressReport(lap, withReports, cycle);
System.out.println(report.sections().size() + " thematic areas in the progress report");
System.out.println(ProgressReportWriter.markdown(report).lines().filter(l -> l.contains("LAP-23.2")).findFirst().get());
