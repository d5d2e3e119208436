// ccmkit JShell start-up: imports the library and loads the catalogues and the published record.
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

var lap = Catalogues.lausanne();
var vcap = Catalogues.vientianeCapital();
var record = Datasets.publishedRecord();
var data = record.dataset();
var evaluator = IndicatorEvaluator.of(Catalogues.dataElements());
System.out.println("ccmkit loaded: lap (" + lap.actions().size() + " actions, " + lap.indicators().size()
    + " indicators), vcap (" + vcap.actions().size() + " actions, " + vcap.indicators().size()
    + " indicators), record, data, evaluator");
