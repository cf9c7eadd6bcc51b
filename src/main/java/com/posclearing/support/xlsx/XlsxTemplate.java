package com.posclearing.support.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.Deflater;

/**
 * Everything of a workbook that does not depend on its rows, built and deflated once: content types, relationships,
 * document properties (a fixed creation time, so files are reproducible), the workbook with its sheet names and the
 * style sheet. Each {@link #open} copies those bytes into a new file and streams only the sheets. Immutable and
 * shared by the writer threads; it also keeps their deflaters for reuse.
 *
 * <p>The styles, by index: 0 default, {@link #HEADER} bold on a grey fill, {@link #TEXT} {@code @},
 * {@link #MONEY} {@code #,##0.00}, {@link #COUNT} {@code 0}, {@link #DATE} {@code yyyy-mm-dd},
 * {@link #DATE_TIME} {@code yyyy-mm-dd hh:mm:ss}, {@link #TITLE} bold 14 pt, then text, money and count in bold for
 * a totals row: eleven in all, whatever the number of cells.
 *
 * <p>The workbook part ({@code xl/workbook.xml}) is the one constant part written last, after the sheets: its
 * defined names hold each table's autofilter range, known when its rows are.
 */
public final class XlsxTemplate {
    static final int HEADER = 1;
    static final int TEXT = 2;
    static final int MONEY = 3;
    static final int COUNT = 4;
    static final int DATE = 5;
    static final int DATE_TIME = 6;
    static final int TITLE = 7;
    static final int TOTAL_TEXT = 8;
    static final int TOTAL_MONEY = 9;
    static final int TOTAL_COUNT = 10;
    static final int STYLE_COUNT = 11;
    static final String WORKBOOK_PART = "xl/workbook.xml";

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String STYLES = "<styleSheet xmlns=\"" + MAIN + "\">"
            + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd hh:mm:ss\"/></numFmts>"
            + "<fonts count=\"3\"><font><sz val=\"11\"/><color indexed=\"8\"/><name val=\"Calibri\"/><family val=\"2\"/>"
            + "<scheme val=\"minor\"/></font><font><b/><sz val=\"11\"/><color indexed=\"8\"/><name val=\"Calibri\"/>"
            + "<family val=\"2\"/><scheme val=\"minor\"/></font><font><b/><sz val=\"14\"/><color indexed=\"8\"/>"
            + "<name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font></fonts>"
            + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/>"
            + "</fill><fill><patternFill patternType=\"solid\"><fgColor indexed=\"22\"/><bgColor indexed=\"64\"/>"
            + "</patternFill></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"" + STYLE_COUNT + "\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\"/>"
            + numberXf(49, 0) + numberXf(4, 0) + numberXf(1, 0) + numberXf(164, 0) + numberXf(165, 0)
            + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + numberXf(49, 1) + numberXf(4, 1) + numberXf(1, 1) + "</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";
    private static final String CORE = "<cp:coreProperties"
            + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:creator>pos-clearing</dc:creator>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z</dcterms:created></cp:coreProperties>";
    private static final String APP = "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>pos-clearing</Application></Properties>";
    private static final String ROOT_RELS = "<Relationships xmlns=\"" + PKG_REL + "\">"
            + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"" + PKG_REL + "/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"" + REL + "/extended-properties\" Target=\"docProps/app.xml\"/>"
            + "</Relationships>";

    private final List<String> sheetNames;
    private final int level;
    private final int maxRowsPerSheet;
    private final List<XlsxZip.Precompressed> parts = new ArrayList<>();
    /** {@code xl/workbook.xml} up to its defined names. */
    private final String workbookHead;
    private final ConcurrentLinkedQueue<Deflater> deflaters = new ConcurrentLinkedQueue<>();

    /**
     * @param sheetNames the sheets, in order; every workbook opened from this template writes exactly these
     * @param level      the deflate level of the sheets (1 is fastest; the constant parts always get the best)
     */
    public XlsxTemplate(List<String> sheetNames, int level) {
        this(sheetNames, level, XlsxLimits.MAX_ROWS);
    }

    /** @param maxRowsPerSheet Excel's {@value XlsxLimits#MAX_ROWS}, or fewer (a test's split without a million rows) */
    public XlsxTemplate(List<String> sheetNames, int level, int maxRowsPerSheet) {
        int least = SheetWriter.HEAD_ROWS + 2; // a row and a totals row
        if (maxRowsPerSheet < least || maxRowsPerSheet > XlsxLimits.MAX_ROWS) {
            throw new IllegalArgumentException("rows per sheet: " + least + " to " + XlsxLimits.MAX_ROWS + ", got "
                    + maxRowsPerSheet);
        }
        XlsxLimits.checkSheetNames(sheetNames);
        this.sheetNames = List.copyOf(sheetNames);
        this.level = level;
        this.maxRowsPerSheet = maxRowsPerSheet;
        StringBuilder types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\""
                + " ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "<Override PartName=\"/docProps/app.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>");
        StringBuilder workbook = new StringBuilder("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">"
                + "<workbookPr date1904=\"false\"/><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        StringBuilder rels = new StringBuilder("<Relationships xmlns=\"" + PKG_REL + "\">");
        for (int i = 1; i <= this.sheetNames.size(); i++) {
            String name = this.sheetNames.get(i - 1);
            types.append("<Override PartName=\"/").append(sheetPart(i)).append("\" ContentType=")
                    .append("\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            workbook.append("<sheet name=\"").append(escape(name)).append("\" sheetId=\"").append(i)
                    .append("\" r:id=\"rId").append(i).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        rels.append("<Relationship Id=\"rId").append(this.sheetNames.size() + 1).append("\" Type=\"").append(REL)
                .append("/styles\" Target=\"styles.xml\"/></Relationships>");
        part("[Content_Types].xml", types.append("</Types>").toString());
        part("_rels/.rels", ROOT_RELS);
        part("docProps/core.xml", CORE);
        part("docProps/app.xml", APP);
        workbookHead = DECLARATION + workbook.append("</sheets>");
        part("xl/_rels/workbook.xml.rels", rels.toString());
        part("xl/styles.xml", STYLES);
    }

    /** Starts a workbook on {@code out} under {@code title}: the constant parts are written at once, the sheets follow. */
    public XlsxWorkbook open(OutputStream out, TitleBlock title) throws IOException {
        Deflater deflater = deflaters.poll();
        if (deflater == null) {
            deflater = new Deflater(level, true);
        }
        XlsxZip zip = new XlsxZip(out, deflater);
        try {
            for (XlsxZip.Precompressed part : parts) {
                zip.add(part);
            }
        } catch (IOException | RuntimeException e) {
            release(deflater);
            throw e;
        }
        return new XlsxWorkbook(this, zip, deflater, title);
    }

    /** {@code xl/workbook.xml} with the sheets' defined names ({@code <definedName>} elements, or none). */
    byte[] workbook(String definedNames) {
        String names = definedNames.isEmpty() ? "" : "<definedNames>" + definedNames + "</definedNames>";
        return (workbookHead + names + "</workbook>").getBytes(StandardCharsets.UTF_8);
    }

    List<String> sheetNames() {
        return sheetNames;
    }

    public int maxRowsPerSheet() {
        return maxRowsPerSheet;
    }

    static String sheetPart(int number) {
        return "xl/worksheets/sheet" + number + ".xml";
    }

    void release(Deflater deflater) {
        deflater.reset();
        deflaters.add(deflater);
    }

    private void part(String name, String xml) {
        parts.add(XlsxZip.Precompressed.of(name, (DECLARATION + xml).getBytes(StandardCharsets.UTF_8)));
    }

    private static String numberXf(int numFmtId, int fontId) {
        return "<xf numFmtId=\"" + numFmtId + "\" fontId=\"" + fontId + "\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
                + (fontId == 0 ? "" : " applyFont=\"1\"") + " applyNumberFormat=\"1\"/>";
    }

    /** The bold style of a totals row's cell of {@code style}. */
    static int bold(int style) {
        return switch (style) {
            case TEXT -> TOTAL_TEXT;
            case MONEY -> TOTAL_MONEY;
            case COUNT -> TOTAL_COUNT;
            default -> style;
        };
    }

    static String escape(String attribute) {
        return attribute.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
