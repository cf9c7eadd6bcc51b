package com.posclearing.report.internal;

import static com.posclearing.support.i18n.Label.*;

import com.posclearing.kernel.Outcome;
import com.posclearing.report.DailyOutcomes;
import com.posclearing.support.i18n.Codes;
import com.posclearing.support.i18n.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.LocaleUtil;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The chart sheet: a table of the last business dates (breaks per break outcome, match rate) and two native Excel
 * charts drawn from it — breaks by outcome as columns side by side, the match rate as a line.
 */
final class TrendChart {
    static final List<Outcome> BREAK_OUTCOMES = Arrays.stream(Outcome.values()).filter(Outcome::isBreak).toList();
    private static final int CHART_WIDTH_COLS = 10;
    private static final int CHART_HEIGHT_ROWS = 18;

    private TrendChart() {
    }

    static void write(ReportBook book, List<DailyOutcomes> trend) {
        XSSFSheet sheet = book.memorySheet(SHEET_CHARTS);
        ReportSheet table = book.sheet(sheet);
        List<String> headers = new ArrayList<>();
        headers.add(DATE.in(book.language));
        BREAK_OUTCOMES.forEach(o -> headers.add(Codes.name(o.name(), book.language)));
        headers.add(MATCH_RATE.in(book.language));
        table.headerTexts(headers);
        for (DailyOutcomes d : trend) {
            table.row().text(d.date().toString());
            BREAK_OUTCOMES.forEach(o -> table.count(d.breaks(o.name())));
            table.percent(d.matchRate());
        }
        table.finish(false);
        if (trend.isEmpty()) {
            return;
        }
        int last = trend.size();
        int left = headers.size() + 1;
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XDDFDataSource<String> dates = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(1, last, 0, 0));

        XSSFChart bars = chart(drawing, left, 0, BREAKS_BY_OUTCOME.in(book.language), book.language);
        XDDFBarChartData columns = (XDDFBarChartData) bars.createData(ChartTypes.BAR, bars.createCategoryAxis(AxisPosition.BOTTOM),
                valueAxis(bars, "0"));
        columns.setBarDirection(BarDirection.COL);
        // clustered: stacking needs an overlap of 100, whose schema type poi-ooxml-lite does not carry
        columns.setBarGrouping(BarGrouping.CLUSTERED);
        for (int i = 0; i < BREAK_OUTCOMES.size(); i++) {
            series(columns, sheet, dates, i + 1, last);
        }
        bars.plot(columns);

        XSSFChart line = chart(drawing, left, CHART_HEIGHT_ROWS + 1, MATCH_RATE.in(book.language), book.language);
        XDDFChartData rate = line.createData(ChartTypes.LINE, line.createCategoryAxis(AxisPosition.BOTTOM),
                valueAxis(line, "0.00%"));
        series(rate, sheet, dates, headers.size() - 1, last);
        line.plot(rate);
    }

    private static XSSFChart chart(XSSFDrawing drawing, int col, int row, String title, Language language) {
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, col, row, col + CHART_WIDTH_COLS,
                row + CHART_HEIGHT_ROWS));
        // POI tags the title with the JVM's locale: pin it to the report's, so the bytes do not depend on the host
        Locale saved = LocaleUtil.getUserLocale();
        LocaleUtil.setUserLocale(language == Language.ENGLISH ? Locale.US : Locale.SIMPLIFIED_CHINESE);
        try {
            chart.setTitleText(title);
        } finally {
            LocaleUtil.setUserLocale(saved);
        }
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    private static XDDFValueAxis valueAxis(XSSFChart chart, String format) {
        XDDFValueAxis axis = chart.createValueAxis(AxisPosition.LEFT);
        axis.setCrosses(AxisCrosses.AUTO_ZERO);
        axis.setNumberFormat(format);
        return axis;
    }

    private static void series(XDDFChartData data, XSSFSheet sheet, XDDFDataSource<String> dates, int col, int last) {
        XDDFChartData.Series s = data.addSeries(dates,
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, last, col, col)));
        s.setTitle(sheet.getRow(0).getCell(col).getStringCellValue(),
                new CellReference(sheet.getSheetName(), 0, col, true, true));
    }
}
