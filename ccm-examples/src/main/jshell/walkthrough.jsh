// A notebook-style walk-through of ccmkit. Run after ccmkit.jsh (see the README's JShell section).

// 1. Load: the catalogues and the record are already in lap, vcap, record, data.
var indicator = lap.indicator("LAP-23.2").get();
System.out.println(indicator.id() + ": " + indicator.text());
var cycle = data.cycle("13MSP").get();
System.out.println(cycle + " — populations are computed on " + cycle.date());

// 2. Evaluate on the published record: the population is computed from the register and the obligations;
//    the record holds no State-level reports, so the published figures stand beside the computed population.
var onRecord = evaluator.evaluate(indicator, data, cycle);
System.out.println("status " + onRecord.status() + "; population " + onRecord.initialPopulation().size()
    + " affected States Parties; published " + onRecord.published().size() + " figure(s)");

// 3. Add what the States reported (here: nine of the ten affected States Parties report gender and diversity in
//    clearance planning, as UNIDIR counts for 2025) and evaluate again.
var source = SourceRef.of("EXAMPLE", "walkthrough.jsh");
var reporting = java.util.List.of("AFG", "TCD", "CHL", "DEU", "IRQ", "LAO", "LBN", "MRT", "SOM");
var facts = reporting.stream()
    .map(s -> Fact.of(s, "13MSP", "gender.integrated-in-clearance-planning", FactValue.of(true), source)).toList();
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
