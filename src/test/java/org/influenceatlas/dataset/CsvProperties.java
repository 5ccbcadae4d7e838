package org.influenceatlas.dataset;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.influenceatlas.base.Nasty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV rows: any bytes are read or reported at a real line of the file, never at "line 0", never with an exception. */
class CsvProperties {

    @Property(tries = 300)
    void any_file_is_read_or_reported_at_a_real_line(@ForAll("files") byte[] bytes) throws Exception {
        Path root = Files.createTempDirectory("csv-fuzz");
        try {
            Path file = root.resolve("countries.csv");
            Files.write(file, bytes);
            Problems problems = new Problems();
            CsvFile csv = CsvFile.read(root, file, Set.of("id", "name"), problems);
            long lines = Math.max(1, new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).split("\n", -1).length);
            for (CsvFile.Row row : csv.rows()) {
                assertThat(row.line()).isBetween(2L, lines);
            }
            try {
                problems.throwIfAny();
            } catch (InvalidDatasetException e) {
                assertThat(e.problems()).allSatisfy(p -> {
                    assertThat(p.file()).isEqualTo("countries.csv");
                    assertThat(p.line()).isBetween(1L, lines);
                });
            }
        } finally {
            try (var walk = Files.walk(root)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<byte[]> files() {
        Arbitrary<String> cell = Arbitraries.oneOf(Nasty.text(), Arbitraries.of("ARM", "\"quoted, cell\"", "\"open", "a\"b", "\"\"",
                "\"x\"y"));
        Arbitrary<String> row = cell.list().ofMinSize(1).ofMaxSize(4).map(cells -> String.join(",", cells));
        Arbitrary<String> text = row.list().ofMaxSize(6).map(rows -> "id,name\n" + String.join("\n", rows) + "\n");
        Arbitrary<byte[]> utf8 = text.map(t -> t.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Arbitrary<byte[]> withBom = text.map(t -> ("\ufeff" + t).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(80).map(b -> {
            byte[] head = "id,name\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            byte[] all = java.util.Arrays.copyOf(head, head.length + b.length);
            System.arraycopy(b, 0, all, head.length, b.length);
            return all;
        });
        return Arbitraries.oneOf(utf8, withBom, raw);
    }
}
