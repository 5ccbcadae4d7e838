package org.influenceatlas.dataset;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A dataset CSV file whose rows know their line number, so that every problem can name the
 * file, line and field. A missing required column is a problem of line 1; a file that is not
 * UTF-8 or whose quoting is broken is reported at the line where it goes wrong.
 */
final class CsvFile {

    private final String name;
    private final List<Row> rows;

    private CsvFile(String name, List<Row> rows) {
        this.name = name;
        this.rows = rows;
    }

    static CsvFile read(Path root, Path file, Set<String> requiredColumns, Problems problems) {
        String name = root.relativize(file).toString().replace('\\', '/');
        List<Row> rows = new ArrayList<>();
        String text;
        try {
            text = decode(Files.readAllBytes(file), name, problems);
        } catch (IOException e) {
            problems.brokenFile(name, 0, "cannot be read: " + e.getClass().getSimpleName());
            return new CsvFile(name, rows);
        }
        if (text == null) {
            return new CsvFile(name, rows);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        long line = 1;
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            for (String column : requiredColumns) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    problems.add(name, 1, column, "column is missing from the header");
                }
            }
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                if (!record.isConsistent()) {
                    problems.add(name, line, null, "has " + record.size() + " cells, the header has "
                            + parser.getHeaderMap().size());
                    continue;
                }
                rows.add(new Row(name, line, record, problems));
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
            // commons-csv reports a quote never closed only at the end of the file; the record began here.
            String what = String.valueOf(e.getMessage()).contains("EOF reached before encapsulated token finished")
                    ? "a quoted cell starts in this row and its closing quote is missing"
                    : String.valueOf(e.getMessage()).contains("invalid char between encapsulated token and delimiter")
                    ? "text follows a quoted cell's closing quote (a quote inside a cell must be doubled: \"\")"
                    : "cannot be read as CSV";
            problems.brokenFile(name, line, what);
        }
        return new CsvFile(name, rows);
    }

    /**
     * The file as text: strict UTF-8 (an invalid byte is reported at its line, not replaced), with
     * a byte-order mark at the start dropped (spreadsheets write one; it would otherwise make the
     * first column's name differ). Null when the file is not UTF-8.
     */
    static String decode(byte[] bytes, String name, Problems problems) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            long line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            problems.brokenFile(name, line, String.format("is not valid UTF-8: byte 0x%02X at byte %d of the line; save the file as UTF-8",
                    bytes[at] & 0xff, at - lineStart + 1));
            return null;
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    String name() {
        return name;
    }

    List<Row> rows() {
        return rows;
    }

    /** One data row. Getters return empty text, never null, for blank cells. */
    static final class Row {
        private final String file;
        private final long line;
        private final CSVRecord record;
        private final Problems problems;

        Row(String file, long line, CSVRecord record, Problems problems) {
            this.file = file;
            this.line = line;
            this.record = record;
            this.problems = problems;
        }

        String file() {
            return file;
        }

        long line() {
            return line;
        }

        String text(String column) {
            return record.isMapped(column) && record.isSet(column) ? record.get(column).trim() : "";
        }

        String textOrNull(String column) {
            String value = text(column);
            return value.isEmpty() ? null : value;
        }

        /** A required cell run through a parser; blank or rejected cells become problems. */
        <T> Optional<T> parse(String column, Function<String, T> parser) {
            String value = text(column);
            if (value.isEmpty()) {
                problem(column, "is missing");
                return Optional.empty();
            }
            return problems.attempt(file, line, column, () -> parser.apply(value));
        }

        /** An optional cell: blank is fine, a bad value is a problem. */
        <T> Optional<T> parseOptional(String column, Function<String, T> parser) {
            String value = text(column);
            return value.isEmpty() ? Optional.empty() : problems.attempt(file, line, column, () -> parser.apply(value));
        }

        void problem(String column, String message) {
            problems.add(file, line, column, message);
        }
    }
}
