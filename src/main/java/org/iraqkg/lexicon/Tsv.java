package org.iraqkg.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the lexicon's tab-separated files: a header row naming the columns, then one entry per line.
 * Lines starting with {@code #} and blank lines are comments. Cells are trimmed.
 */
final class Tsv {
    private Tsv() {}

    /** One data row, with its source for error messages. */
    record Row(String file, int line, Map<String, String> cells) {
        String get(String column) {
            return cells.getOrDefault(column, "");
        }

        String required(String column) {
            String v = get(column);
            if (v.isBlank()) {
                throw error("column \"" + column + "\" is empty");
            }
            return v;
        }

        LexiconException error(String reason) {
            return new LexiconException(file + ":" + line + ": " + reason);
        }
    }

    static List<Row> read(String name, InputStream in, String... requiredColumns) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = null;
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = cells;
                    for (int i = 0; i < header.length; i++) {
                        header[i] = header[i].strip();
                    }
                    for (String req : requiredColumns) {
                        if (!List.of(header).contains(req)) {
                            throw new LexiconException(name + ":" + n + ": header lacks column \"" + req
                                    + "\" (columns are tab-separated)");
                        }
                    }
                    continue;
                }
                if (cells.length > header.length) {
                    throw new LexiconException(name + ":" + n + ": " + cells.length + " cells but the header has "
                            + header.length + " columns (columns are tab-separated)");
                }
                Map<String, String> m = new HashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    m.put(header[i], cells[i].strip());
                }
                rows.add(new Row(name, n, m));
            }
            if (header == null) {
                throw new LexiconException(name + ": empty file (a header row is needed)");
            }
        } catch (IOException e) {
            throw new LexiconException(name + ": cannot read: " + e.getMessage());
        }
        return rows;
    }

    /** Splits a multi-valued cell on {@code |}, trimming and dropping empties. */
    static List<String> multi(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** Parses {@code a=1; b=2} into a map. */
    static Map<String, String> props(Row row, String cell) {
        Map<String, String> out = new HashMap<>();
        for (String p : cell.split(";")) {
            if (p.isBlank()) {
                continue;
            }
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw row.error("property \"" + p.strip() + "\" is not of the form name=value");
            }
            out.put(p.substring(0, eq).strip(), p.substring(eq + 1).strip());
        }
        return out;
    }
}
