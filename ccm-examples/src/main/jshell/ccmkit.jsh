// ccmkit JShell start-up: imports the library and loads the catalogues and the published record (lap, vcap, record,
// data, evaluator: see org.ccmkit.examples.ShellSession). Open it with ./jshell from the repository's root.
import java.time.*;
import java.math.*;
import org.ccmkit.model.*;
import org.ccmkit.model.convention.*;
import org.ccmkit.model.state.*;
import org.ccmkit.model.obligation.*;
import org.ccmkit.model.calendar.*;
import org.ccmkit.model.plan.*;
import org.ccmkit.indicators.*;
import org.ccmkit.indicators.data.*;
import org.ccmkit.indicators.result.*;
import org.ccmkit.indicators.report.*;
import org.ccmkit.indicators.reporting.*;
import org.ccmkit.io.*;
import org.ccmkit.io.record.*;
import org.ccmkit.io.read.*;
import org.ccmkit.io.table.*;
import org.ccmkit.io.write.*;
import org.ccmkit.io.chart.*;
import org.ccmkit.io.sdmx.*;
import org.ccmkit.io.fhir.*;
import static org.ccmkit.examples.ShellSession.*;

System.out.println(loaded() + """

    Try this (Tab completes; after an open parenthesis, Tab shows the signatures and Tab again the Javadoc):
      var cycle = data.cycleOrThrow("13MSP");
      var e = evaluator.evaluate(lap.indicatorOrThrow("LAP-30.1"), data, cycle);
      e.status(); e.numerator();       // who was counted, each with its facts and sources
      evaluator.reportingRate(data, cycle, ReportKind.INITIAL).notReceived();
      System.out.print(EvaluationWriter.markdown(e));
      System.out.print(doc(Catalogues.class, "lausanne"));   // a member's Javadoc, from the sources
      /open ccm-examples/src/main/jshell/walkthrough.jsh   // the notebook-style walk-through
    """);
