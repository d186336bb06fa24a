package org.iraqkg.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.iraqkg.text.ArabicFolding;

/**
 * The data researchers edit, read from {@code data/lexicon/}: known actors and places, time-bounded roles,
 * titles, nationality adjectives, head words of unknown names, reporting verbs, event triggers, month
 * names, relative time words, channel and relay cues, and function words. Immutable once loaded.
 */
public final class Lexicon {
    /** The files of a lexicon directory. */
    public static final List<String> FILES = List.of("actors.tsv", "roles.tsv", "titles.tsv",
            "nationalities.tsv", "head-words.tsv", "reporting-verbs.tsv", "event-triggers.tsv", "months.tsv",
            "time-words.tsv", "numbers.tsv", "cues.tsv", "function-words.tsv");
    /** Optional: personal given names, which make names after titles more certain. */
    public static final String GIVEN_NAMES = "given-names.tsv";
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_\\-]*");
    private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern CAMEO = Pattern.compile("\\d{2,4}");

    private final Map<String, ActorEntry> actors;
    private final List<RoleEntry> roles;
    private final List<TitleEntry> titles;
    private final List<NationalityEntry> nationalities;
    private final List<HeadWord> headWords;
    private final List<ReportingVerb> reportingVerbs;
    private final List<TriggerEntry> triggers;
    private final List<MonthName> months;
    private final List<TimeWord> timeWords;
    private final List<NumberWord> numbers;
    private final Map<String, List<String>> cues;
    private final Set<String> functionWords;
    private final Set<String> givenNames;
    private final String digest;
    private final Map<String, NationalityEntry> nationalityByFolded;

    private Lexicon(Builder b) {
        this.actors = Collections.unmodifiableMap(new LinkedHashMap<>(b.actors));
        this.roles = List.copyOf(b.roles);
        this.titles = List.copyOf(b.titles);
        this.nationalities = List.copyOf(b.nationalities);
        this.headWords = List.copyOf(b.headWords);
        this.reportingVerbs = List.copyOf(b.reportingVerbs);
        this.triggers = List.copyOf(b.triggers);
        this.months = List.copyOf(b.months);
        this.timeWords = List.copyOf(b.timeWords);
        this.numbers = List.copyOf(b.numbers);
        Map<String, List<String>> c = new HashMap<>();
        b.cues.forEach((k, v) -> c.put(k, List.copyOf(v)));
        this.cues = Collections.unmodifiableMap(c);
        Set<String> fw = new HashSet<>();
        b.functionWords.forEach(w -> fw.add(ArabicFolding.foldString(w)));
        this.functionWords = Collections.unmodifiableSet(fw);
        Set<String> gn = new HashSet<>();
        b.givenNames.forEach(w -> gn.add(ArabicFolding.foldString(w)));
        this.givenNames = Collections.unmodifiableSet(gn);
        this.digest = b.digest;
        Map<String, NationalityEntry> nat = new HashMap<>();
        for (NationalityEntry e : nationalities) {
            nat.putIfAbsent(ArabicFolding.foldString(e.adjective()), e);
        }
        this.nationalityByFolded = Collections.unmodifiableMap(nat);
    }

    // ---- Loading

    /** Reads a lexicon directory (every file of {@link #FILES} must exist). */
    public static Lexicon load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new LexiconException(dir + ": lexicon directory not found");
        }
        return load(name -> {
            Path p = dir.resolve(name);
            if (!Files.isRegularFile(p)) {
                throw new LexiconException(p + ": lexicon file not found");
            }
            try {
                return Files.newInputStream(p);
            } catch (IOException e) {
                throw new LexiconException(p + ": cannot read: " + e.getMessage());
            }
        }, dir.toString());
    }

    /** Reads the copy of {@code data/lexicon/} packaged in the jar. */
    public static Lexicon fromClasspath() {
        return load(name -> {
            InputStream in = Lexicon.class.getResourceAsStream("/lexicon/" + name);
            if (in == null) {
                throw new LexiconException("lexicon/" + name + ": not found on the classpath");
            }
            return in;
        }, "classpath:lexicon");
    }

    /**
     * Reads a lexicon from the contents of its files (each name of {@link #FILES}, and {@link #GIVEN_NAMES} when
     * there is one, to its bytes), as read from a
     * directory or the jar and sent elsewhere (to the workers of a distributed run); the same contents give the
     * same lexicon and digest as {@link #load(Path)}. {@code where} names the source in messages.
     */
    public static Lexicon fromContents(java.util.Map<String, byte[]> files, String where) {
        return load(name -> {
            byte[] b = files.get(name);
            if (b == null) {
                throw new LexiconException(where + "/" + name + ": lexicon file not found");
            }
            return new java.io.ByteArrayInputStream(b);
        }, where);
    }

    /** The lexicon of the project: {@code data/lexicon} under {@code kg.home} or the working directory when
     * present, else the copy in the jar. */
    public static Lexicon standard() {
        for (String base : new String[] {System.getProperty("kg.home"), System.getProperty("kg.project.dir"),
                "."}) {
            if (base != null) {
                Path dir = Path.of(base, "data", "lexicon");
                if (Files.isRegularFile(dir.resolve("actors.tsv"))) {
                    return load(dir);
                }
            }
        }
        return fromClasspath();
    }

    interface Opener {
        InputStream open(String name);
    }

    private static Lexicon load(Opener raw, String where) {
        Builder b = new Builder();
        java.security.MessageDigest md;
        try {
            md = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Opener opener = name -> {
            try (InputStream in = raw.open(name)) {
                byte[] bytes = in.readAllBytes();
                md.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update(bytes);
                return new java.io.ByteArrayInputStream(bytes);
            } catch (IOException e) {
                throw new LexiconException(where + "/" + name + ": cannot read: " + e.getMessage());
            }
        };
        java.util.function.BiFunction<String, String[], List<Tsv.Row>> read = (name, cols) -> {
            try (InputStream in = opener.open(name)) {
                return Tsv.read(where + "/" + name, in, cols);
            } catch (IOException e) {
                throw new LexiconException(where + "/" + name + ": " + e.getMessage());
            }
        };
        for (Tsv.Row r : read.apply("actors.tsv", new String[] {"key", "type", "ar", "en", "aliases", "wikidata",
            "props"})) {
            String key = r.required("key");
            if (!KEY.matcher(key).matches()) {
                throw r.error("key \"" + key + "\" must be lower-case ASCII letters, digits, - or _");
            }
            EntityType type;
            try {
                type = EntityType.parse(r.required("type"));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
            String wd = r.get("wikidata");
            if (!wd.isEmpty() && !wd.matches("Q\\d+")) {
                throw r.error("wikidata \"" + wd + "\" is not an item id like Q796");
            }
            ActorEntry e = new ActorEntry(key, type, r.required("ar"), r.get("en"), Tsv.multi(r.get("aliases")), wd,
                    Tsv.props(r, r.get("props")));
            if (!wd.isEmpty() && e.prop("wikidataSource").isEmpty()) {
                throw r.error("wikidata " + wd + " has no source (add the property wikidataSource=SOURCE:FEATURE)");
            }
            if (b.actors.put(key, e) != null) {
                throw r.error("duplicate key \"" + key + "\"");
            }
        }
        for (Tsv.Row r : read.apply("roles.tsv", new String[] {"holder", "position", "roleIn", "ar", "en", "start",
            "end"})) {
            String holder = r.required("holder");
            if (!b.actors.containsKey(holder)) {
                throw r.error("holder \"" + holder + "\" is not a key of actors.tsv");
            }
            String in = r.get("roleIn");
            if (!in.isEmpty() && !b.actors.containsKey(in)) {
                throw r.error("roleIn \"" + in + "\" is not a key of actors.tsv");
            }
            for (String d : new String[] {r.get("start"), r.get("end")}) {
                if (!d.isEmpty() && !PARTIAL_DATE.matcher(d).matches()) {
                    throw r.error("date \"" + d + "\" is not YYYY, YYYY-MM or YYYY-MM-DD");
                }
            }
            b.roles.add(new RoleEntry(holder, r.required("position"), in, r.get("ar"), r.get("en"), r.get("start"),
                    r.get("end")));
        }
        for (Tsv.Row r : read.apply("titles.tsv", new String[] {"phrase", "position", "gender", "kind", "en"})) {
            TitleEntry.Kind kind;
            try {
                kind = TitleEntry.Kind.valueOf(r.required("kind").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("kind must be office, rank, honorific or generic");
            }
            b.titles.add(new TitleEntry(r.required("phrase"), r.get("position"), gender(r), kind, r.get("en")));
        }
        for (Tsv.Row r : read.apply("nationalities.tsv", new String[] {"adjective", "country", "gender"})) {
            String c = r.required("country");
            if (!b.actors.containsKey(c)) {
                throw r.error("country \"" + c + "\" is not a key of actors.tsv");
            }
            b.nationalities.add(new NationalityEntry(r.required("adjective"), c, gender(r)));
        }
        for (Tsv.Row r : read.apply("head-words.tsv", new String[] {"word", "type", "name"})) {
            EntityType type;
            try {
                type = EntityType.parse(r.required("type"));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
            HeadWord.Naming naming;
            try {
                naming = HeadWord.Naming.valueOf(r.required("name").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("name must be whole, rest or adj");
            }
            b.headWords.add(new HeadWord(r.required("word"), type, naming));
        }
        for (Tsv.Row r : read.apply("reporting-verbs.tsv", new String[] {"form", "lemma", "gender", "number",
            "kind"})) {
            ReportingVerb.Kind kind;
            try {
                kind = ReportingVerb.Kind.valueOf(r.required("kind").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("kind must be past, present, participle or passive");
            }
            String number = r.get("number");
            b.reportingVerbs.add(new ReportingVerb(r.required("form"), r.required("lemma"), gender(r),
                    number.equals("pl") || number.equals("du"), kind));
        }
        for (Tsv.Row r : read.apply("event-triggers.tsv", new String[] {"phrase", "class", "cameo", "status",
            "pos"})) {
            String cameo = r.required("cameo");
            if (!CAMEO.matcher(cameo).matches()) {
                throw r.error("cameo \"" + cameo + "\" is not a CAMEO code of 2 to 4 digits");
            }
            String status = r.get("status");
            if (!status.isEmpty() && !status.equals("planned") && !status.equals("occurred")) {
                throw r.error("status must be empty, occurred or planned");
            }
            String pos = r.required("pos");
            if (!pos.equals("noun") && !pos.equals("verb")) {
                throw r.error("pos must be noun or verb");
            }
            b.triggers.add(new TriggerEntry(r.required("phrase"), r.required("class"), cameo,
                    status.equals("planned"), pos.equals("verb")));
        }
        for (Tsv.Row r : read.apply("months.tsv", new String[] {"name", "month", "calendar"})) {
            int m;
            try {
                m = Integer.parseInt(r.required("month"));
            } catch (NumberFormatException e) {
                throw r.error("month must be a number 1-12");
            }
            if (m < 1 || m > 12) {
                throw r.error("month must be a number 1-12");
            }
            String cal = r.required("calendar");
            if (!cal.equals("gregorian") && !cal.equals("hijri")) {
                throw r.error("calendar must be gregorian or hijri");
            }
            b.months.add(new MonthName(r.required("name"), m, cal.equals("hijri"), r.get("ambiguous").equals("yes")));
        }
        for (Tsv.Row r : read.apply("time-words.tsv", new String[] {"phrase", "unit", "value"})) {
            String unit = r.required("unit");
            if (!Set.of("day", "week", "month", "year", "weekday", "modifier", "now").contains(unit)) {
                throw r.error("unit must be day, week, month, year, weekday, modifier or now");
            }
            try {
                b.timeWords.add(new TimeWord(r.required("phrase"), unit, Integer.parseInt(r.required("value"))));
            } catch (NumberFormatException e) {
                throw r.error("value must be an integer");
            }
        }
        for (Tsv.Row r : read.apply("numbers.tsv", new String[] {"word", "value", "kind"})) {
            String kind = r.required("kind");
            if (!kind.equals("cardinal") && !kind.equals("ordinal")) {
                throw r.error("kind must be cardinal or ordinal");
            }
            try {
                b.numbers.add(new NumberWord(r.required("word"), Integer.parseInt(r.required("value")),
                        kind.equals("ordinal")));
            } catch (NumberFormatException e) {
                throw r.error("value must be an integer");
            }
        }
        for (Tsv.Row r : read.apply("cues.tsv", new String[] {"kind", "phrase"})) {
            b.cues.computeIfAbsent(r.required("kind"), k -> new ArrayList<>()).add(r.required("phrase"));
        }
        for (Tsv.Row r : read.apply("function-words.tsv", new String[] {"word"})) {
            b.functionWords.add(r.required("word"));
        }
        InputStream names = null;
        try {
            names = opener.open(GIVEN_NAMES);
        } catch (LexiconException e) {
            // optional file
        }
        if (names != null) {
            try (InputStream in = names) {
                for (Tsv.Row r : Tsv.read(where + "/" + GIVEN_NAMES, in, "name")) {
                    b.givenNames.add(r.required("name"));
                }
            } catch (IOException e) {
                throw new LexiconException(where + "/" + GIVEN_NAMES + ": " + e.getMessage());
            }
        }
        checkReferences(b);
        b.digest = java.util.HexFormat.of().formatHex(md.digest());
        return new Lexicon(b);
    }

    private static void checkReferences(Builder b) {
        for (ActorEntry e : b.actors.values()) {
            for (String p : new String[] {"country", "capitalOf", "locatedIn", "memberOf"}) {
                String v = e.prop(p);
                if (!v.isEmpty() && !b.actors.containsKey(v)) {
                    throw new LexiconException("actors.tsv: " + e.key() + ": " + p + "=" + v
                            + " is not a key of actors.tsv");
                }
            }
        }
    }

    private static char gender(Tsv.Row r) {
        String g = r.get("gender");
        if (g.isEmpty() || g.equals("-")) {
            return 0;
        }
        if (!g.equals("m") && !g.equals("f")) {
            throw r.error("gender must be m, f or empty");
        }
        return g.charAt(0);
    }

    private static final class Builder {
        final Map<String, ActorEntry> actors = new LinkedHashMap<>();
        final List<RoleEntry> roles = new ArrayList<>();
        final List<TitleEntry> titles = new ArrayList<>();
        final List<NationalityEntry> nationalities = new ArrayList<>();
        final List<HeadWord> headWords = new ArrayList<>();
        final List<ReportingVerb> reportingVerbs = new ArrayList<>();
        final List<TriggerEntry> triggers = new ArrayList<>();
        final List<MonthName> months = new ArrayList<>();
        final List<TimeWord> timeWords = new ArrayList<>();
        final List<NumberWord> numbers = new ArrayList<>();
        final Map<String, List<String>> cues = new HashMap<>();
        final List<String> functionWords = new ArrayList<>();
        final List<String> givenNames = new ArrayList<>();
        String digest = "";
    }

    // ---- Access

    public Map<String, ActorEntry> actors() {
        return actors;
    }

    public ActorEntry actor(String key) {
        return actors.get(key);
    }

    public List<RoleEntry> roles() {
        return roles;
    }

    public List<TitleEntry> titles() {
        return titles;
    }

    public List<NationalityEntry> nationalities() {
        return nationalities;
    }

    /** The nationality adjective with this folded form, or {@code null}. */
    public NationalityEntry nationality(String folded) {
        return nationalityByFolded.get(folded);
    }

    public List<HeadWord> headWords() {
        return headWords;
    }

    public List<ReportingVerb> reportingVerbs() {
        return reportingVerbs;
    }

    public List<TriggerEntry> triggers() {
        return triggers;
    }

    public List<MonthName> months() {
        return months;
    }

    public List<TimeWord> timeWords() {
        return timeWords;
    }

    public List<NumberWord> numbers() {
        return numbers;
    }

    /** Cue phrases of a kind (e.g. {@code interview}, {@code relay}); empty when none. */
    public List<String> cues(String kind) {
        return cues.getOrDefault(kind, List.of());
    }

    public Set<String> cueKinds() {
        return cues.keySet();
    }

    /** A digest of the lexicon's files, to tell whether two loads used the same lexicon. */
    public String digest() {
        return digest;
    }

    /** True when the folded word (or words) is a known personal given name ("محمد", "عبد الله", "جو"). */
    public boolean isGivenName(String folded) {
        return givenNames.contains(folded);
    }

    /** True when a list of given names was loaded. */
    public boolean hasGivenNames() {
        return !givenNames.isEmpty();
    }

    /** True when the folded word is a function word (it never starts or continues a name). */
    public boolean isFunctionWord(String folded) {
        return functionWords.contains(folded);
    }

    /** The holders of a position (in an organisation or country) on a date; all holders when date is null. */
    public List<RoleEntry> holders(String position, String roleIn, LocalDate date) {
        List<RoleEntry> out = new ArrayList<>();
        for (RoleEntry r : roles) {
            if (!r.position().equals(position) || (roleIn != null && !roleIn.equals(r.roleIn()))) {
                continue;
            }
            if (date == null || (startsBy(r.start(), date) && !endedBefore(r.end(), date))) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean startsBy(String start, LocalDate d) {
        return start.isEmpty() || lower(start).compareTo(d) <= 0;
    }

    private static boolean endedBefore(String end, LocalDate d) {
        return !end.isEmpty() && upper(end).isBefore(d);
    }

    private static LocalDate lower(String partial) {
        String[] p = partial.split("-");
        return LocalDate.of(Integer.parseInt(p[0]), p.length > 1 ? Integer.parseInt(p[1]) : 1,
                p.length > 2 ? Integer.parseInt(p[2]) : 1);
    }

    private static LocalDate upper(String partial) {
        String[] p = partial.split("-");
        int y = Integer.parseInt(p[0]);
        if (p.length == 1) {
            return LocalDate.of(y, 12, 31);
        }
        int m = Integer.parseInt(p[1]);
        return p.length > 2 ? LocalDate.of(y, m, Integer.parseInt(p[2])) : LocalDate.of(y, m, 1).plusMonths(1)
                .minusDays(1);
    }
}
