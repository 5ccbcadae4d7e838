package org.influenceatlas.dataset;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
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
 * file, line and field. A missing required column is a problem of line 1.
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
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            for (String column : requiredColumns) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    problems.add(name, 1, column, "column is missing from the header");
                }
            }
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
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
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            problems.add(name, 0, null, "cannot be read as CSV: " + e.getMessage());
        }
        return new CsvFile(name, rows);
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
