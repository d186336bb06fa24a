package org.iraqkg.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iraqkg.lexicon.Lexicon;
import org.iraqkg.lexicon.MonthName;
import org.iraqkg.lexicon.NumberWord;
import org.iraqkg.lexicon.TimeWord;
import org.iraqkg.text.ArabicFolding;
import org.iraqkg.text.Clitics;
import org.iraqkg.text.Numbers;
import org.iraqkg.text.PhraseMatcher;
import org.iraqkg.text.PhraseMatcher.Match;
import org.iraqkg.text.Span;
import org.iraqkg.text.TextAnalysis;
import org.iraqkg.text.Token;

/**
 * Finds date expressions and resolves them against the document's date: day-month-year dates with month
 * names of every region, combined forms ("مارس/آذار", "يونيو (حزيران)"), Hijri dates, years, weekdays,
 * "اليوم", "أمس", "الشهر الجاري", "العام الماضي", "قبل عشرة أيام", "بعده بيومين" (kept for the event
 * stage), and future spans ("خلال الأسبوعين المقبلين"). When the document has no publication date, the
 * reference year and month are inferred where the text allows it ("أغسطس 2023" and "أغسطس من العام
 * الماضي" make the document's year 2024; "24 مارس الجاري" makes its month March), and dates keep honest
 * precision otherwise ("--08-05").
 */
public final class TimeTagger {
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    private final PhraseMatcher<MonthName> months = new PhraseMatcher<>(PhraseMatcher.Options.NAMES);
    private final PhraseMatcher<TimeWord> words = new PhraseMatcher<>(PhraseMatcher.Options.NAMES);
    private final Map<String, Integer> cardinals = new HashMap<>();
    private final Map<String, Integer> ordinals = new HashMap<>();

    public TimeTagger(Lexicon lexicon) {
        for (MonthName m : lexicon.months()) {
            months.add(m.name(), m);
        }
        for (TimeWord w : lexicon.timeWords()) {
            words.add(w.phrase(), w);
        }
        for (NumberWord n : lexicon.numbers()) {
            (n.ordinal() ? ordinals : cardinals).put(ArabicFolding.foldString(n.word()), n.value());
        }
    }

    /** Raw findings before the reference date is known. */
    private static final class Raw {
        int first;
        int end;
        Integer year;
        Integer month;
        Integer day;
        Integer weekday;
        String unit;          // day, week, month, year for unit words; "ago" for "قبل N أيام"
        int unitOffset;
        Integer modifier;     // -1 past, 0 current, +1 next
        boolean approximate;
        boolean yearFromReference; // "من هذا العام" (0) / "من العام الماضي" (-1)
        boolean sameMonth;         // "في السابع من الشهر نفسه": the month of the date before
        int yearOffset;
        TimeExpression.Kind kind = TimeExpression.Kind.ABSOLUTE;
        int offsetDays;
        boolean hijri;
    }

    /** Tags and resolves the dates of a document; {@code published} may be {@code null}. */
    public DocumentTime analyze(TextAnalysis text, LocalDate published) {
        List<Token> tokens = text.tokens();
        List<Raw> raws = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Raw r = at(tokens, i);
            if (r != null) {
                raws.add(r);
                i = r.end;
            } else {
                i++;
            }
        }
        DateValue reference = published != null ? DateValue.of(published) : infer(raws);
        List<TimeExpression> out = new ArrayList<>();
        DateValue previousMonth = null;
        for (Raw r : raws) {
            if (r.sameMonth) {
                if (previousMonth == null) {
                    continue;
                }
                r.month = previousMonth.month();
                r.year = previousMonth.year();
            }
            DateValue v = resolve(r, reference);
            if (v != null && v.month() != null) {
                previousMonth = v;
            }
            Span span = new Span(tokens.get(r.first).begin(), tokens.get(r.end - 1).end());
            DateValue future = v;
            if (r.weekday != null && r.modifier == null && reference != null && reference.toLocalDate() != null) {
                future = DateValue.of(reference.toLocalDate().with(TemporalAdjusters.nextOrSame(
                        DayOfWeek.of(r.weekday))));
            }
            out.add(new TimeExpression(span, text.text(span), r.first, r.end, v, r.kind, r.offsetDays, future));
        }
        return new DocumentTime(reference, published != null, out);
    }

    // ---- recognition

    private Raw at(List<Token> tokens, int i) {
        int n = tokens.size();
        Token t = tokens.get(i);
        // "5 أغسطس", "24 مارس/آذار الجاري", "10 فبراير/شباط"
        Integer num = number(t);
        if (num != null && t.isNumber() && num >= 1 && num <= 31 && i + 1 < n) {
            Match<MonthName> m = month(tokens, i + 1);
            if (m != null && m.prefix().isEmpty()) {
                Raw r = new Raw();
                r.first = i;
                r.day = num;
                monthTail(tokens, m, r);
                return r.month == null ? null : r;
            }
        }
        Raw od = ordinalDay(tokens, i);
        if (od != null) {
            return od;
        }
        Match<MonthName> m = month(tokens, i);
        if (m != null) {
            Raw r = new Raw();
            r.first = i;
            monthTail(tokens, m, r);
            boolean anchored = r.year != null || r.modifier != null || r.yearFromReference || combined(tokens, m)
                    || (i > 0 && is(tokens.get(i - 1), "شهر"));
            if (m.value().ambiguous() && !anchored) {
                return null;
            }
            if (m.value().hijri() && r.year == null) {
                return null; // a Hijri month without a year cannot be placed
            }
            if (!anchored && !m.prefix().isEmpty() && !m.prefix().endsWith("و") && !m.prefix().endsWith("ف")) {
                // "بمارس" is unusual; accept only a bare or conjunction-prefixed month name
                return null;
            }
            return r;
        }
        List<Match<TimeWord>> ws = words.matchesAt(tokens, i, n);
        if (!ws.isEmpty()) {
            Match<TimeWord> w = ws.get(0);
            TimeWord tw = w.value();
            switch (tw.unit()) {
                case "day" -> {
                    Raw r = new Raw();
                    r.first = i;
                    r.end = w.end();
                    r.unit = "day";
                    r.unitOffset = tw.value();
                    r.kind = TimeExpression.Kind.RELATIVE;
                    // "اليوم الأحد", "اليوم (الثلاثاء)": the weekday confirms the day
                    int k = skipParen(tokens, r.end);
                    List<Match<TimeWord>> wd = k < n ? words.matchesAt(tokens, k, n) : List.of();
                    if (!wd.isEmpty() && wd.get(0).value().unit().equals("weekday")) {
                        r.end = closeParen(tokens, wd.get(0).end());
                        if (tw.value() <= 0) {
                            // "أمس الأحد" in a paper dated Tuesday: the day named is the day meant (the article
                            // was written the day before it is dated); the most recent such day, not a later one
                            r.weekday = wd.get(0).value().value();
                            r.modifier = 0;
                        }
                    }
                    if (tw.value() == 0 && !w.prefix().isEmpty() && !Clitics.onlyConjunction(w.prefix())) {
                        return null; // "باليوم"
                    }
                    return r;
                }
                case "weekday" -> {
                    Raw r = new Raw();
                    r.first = i > 0 && is(tokens.get(i - 1), "يوم") ? i - 1 : i;
                    r.end = w.end();
                    r.weekday = tw.value();
                    r.kind = TimeExpression.Kind.RELATIVE;
                    Integer mod = modifier(tokens, r.end);
                    if (mod != null) {
                        r.modifier = mod;
                        r.end++;
                    }
                    return r;
                }
                case "week", "month", "year" -> {
                    int k = w.end();
                    // "عام 2017", "العام 2014"
                    if (tw.unit().equals("year") && k < n && year(tokens.get(k)) != null) {
                        Raw r = new Raw();
                        r.first = i;
                        r.end = k + 1;
                        r.year = year(tokens.get(k));
                        return r;
                    }
                    Integer mod = k < n ? modifier(tokens, k) : null;
                    if (mod != null && !is(tokens.get(k), "هذا") && !is(tokens.get(k), "هذه")) {
                        Raw r = new Raw();
                        r.first = i;
                        r.end = k + 1;
                        r.unit = tw.unit();
                        r.unitOffset = mod;
                        r.kind = TimeExpression.Kind.RELATIVE;
                        return r;
                    }
                    return null;
                }
                case "modifier" -> {
                    // "هذا العام", "هذا الشهر"
                    if ((is(t, "هذا") || is(t, "هذه")) && i + 1 < n) {
                        List<Match<TimeWord>> u = words.matchesAt(tokens, i + 1, n);
                        if (!u.isEmpty() && List.of("week", "month", "year").contains(u.get(0).value().unit())) {
                            Raw r = new Raw();
                            r.first = i;
                            r.end = u.get(0).end();
                            r.unit = u.get(0).value().unit();
                            r.unitOffset = 0;
                            r.kind = TimeExpression.Kind.RELATIVE;
                            return r;
                        }
                    }
                    return null;
                }
                default -> {
                    return null;
                }
            }
        }
        // "قبل (حوالى) عشرة أيام"
        if (isConj(t, "قبل") && i + 1 < n) {
            int k = i + 1;
            boolean approx = false;
            if (isAny(tokens.get(k), "حوالي", "حوالى", "نحو", "قرابة", "زهاء")) {
                approx = true;
                k++;
            }
            Integer count = k < n ? number(tokens.get(k)) : null;
            String unit = null;
            if (count != null && k + 1 < n) {
                unit = unitOf(tokens.get(k + 1));
                k += 2;
            } else if (k < n) {
                unit = unitOf(tokens.get(k));
                count = dualOrOne(tokens.get(k));
                k += 1;
            }
            if (unit != null && count != null) {
                Raw r = new Raw();
                r.first = i;
                r.end = k;
                r.unit = "ago-" + unit;
                r.unitOffset = count;
                r.approximate = approx;
                r.kind = TimeExpression.Kind.RELATIVE;
                return r;
            }
        }
        // "خلال الأسبوعين المقبلين", "خلال أسبوعين"
        if (isConj(t, "خلال") && i + 1 < n) {
            int k = i + 1;
            Integer count = number(tokens.get(k));
            if (count != null && k + 1 < n) {
                k++;
            }
            if (unitOf(tokens.get(k)) != null) {
                int end = k + 1;
                Integer mod = end < n ? modifier(tokens, end) : null;
                if (mod != null && mod > 0) {
                    end++;
                }
                // "خلال أسبوعين", "خلال 3 أيام", "خلال الأسبوعين المقبلين" — not "خلال شهر أغسطس", "خلال عام 2023"
                boolean followedByDate = end < n && (month(tokens, end) != null || year(tokens.get(end)) != null);
                boolean counted = count != null || dualOrOne(tokens.get(k)) != null && dualOrOne(tokens.get(k)) == 2;
                if (!followedByDate && (mod != null && mod > 0 || counted)) {
                    Raw r = new Raw();
                    r.first = i;
                    r.end = end;
                    r.kind = TimeExpression.Kind.FUTURE;
                    return r;
                }
            }
        }
        // "بعد يومين من هجوم …", "بعد أسبوع من …"
        if (isConj(t, "بعد") && i + 2 < n) {
            int k = i + 1;
            Integer count = number(tokens.get(k));
            String unit;
            if (count != null && k + 1 < n) {
                unit = unitOf(tokens.get(k + 1));
                k += 2;
            } else {
                unit = unitOf(tokens.get(k));
                count = dualOrOne(tokens.get(k));
                k += 1;
            }
            if (unit != null && count != null && (unit.equals("day") || unit.equals("week")) && k < n
                    && is(tokens.get(k), "من")) {
                Raw r = new Raw();
                r.first = i;
                r.end = k + 1;
                r.kind = TimeExpression.Kind.BEFORE_EVENT;
                r.offsetDays = unit.equals("week") ? 7 * count : count;
                return r;
            }
        }
        // "بعده بيومين", "بعدها بثلاثة أيام"
        if (isAny(t, "بعده", "بعدها", "وبعده", "وبعدها") && i + 1 < n) {
            Token u = tokens.get(i + 1);
            String f = u.folded();
            if (f.startsWith("ب")) {
                Integer days = null;
                int end = i + 2;
                String rest = f.substring(1);
                if (rest.equals("يوم") || rest.equals("يوما")) {
                    days = 1;
                } else if (rest.equals("يومين")) {
                    days = 2;
                } else if (number(new Token(0, 0, 0, 0, rest, rest, Token.Kind.WORD)) != null && end < n
                        && unitOf(tokens.get(end)) != null && unitOf(tokens.get(end)).equals("day")) {
                    days = number(new Token(0, 0, 0, 0, rest, rest, Token.Kind.WORD));
                    end++;
                }
                if (days != null) {
                    Raw r = new Raw();
                    r.first = i;
                    r.end = end;
                    r.kind = TimeExpression.Kind.AFTER_EVENT;
                    r.offsetDays = days;
                    return r;
                }
            }
        }
        // a year on its own: "في 2014", "عام 2017", "مطلع 2017"
        Integer y = year(t);
        if (y != null && i > 0 && isAny(tokens.get(i - 1), "في", "منذ", "عام", "سنة", "مطلع", "أوائل", "منتصف",
                "أواخر", "نهاية", "بداية", "حتى", "العام", "لعام", "وفي", "خلال", "أواسط")) {
            Raw r = new Raw();
            r.first = i;
            r.end = i + 1;
            r.year = y;
            if (i + 1 < tokens.size() && isAny(tokens.get(i + 1), "هـ", "ه")) {
                return null; // a Hijri year alone is not placed
            }
            return r;
        }
        return null;
    }

    /** "السابع من أكتوبر", "السابع عشر من أكتوبر/تشرين الأول الماضي", "الحادي والعشرين من الشهر نفسه". */
    private Raw ordinalDay(List<Token> tokens, int i) {
        int n = tokens.size();
        Integer base = ordinals.get(tokens.get(i).folded());
        if (base == null) {
            return null;
        }
        int k = i + 1;
        int day = base;
        if (k < n && isAny(tokens.get(k), "عشر", "عشرة")) {
            day = base + 10;
            k++;
        } else if (k < n && isAny(tokens.get(k), "والعشرين")) {
            day = base + 20;
            k++;
        } else if (k < n && isAny(tokens.get(k), "والثلاثين")) {
            day = base + 30;
            k++;
        }
        if (day < 1 || day > 31 || k + 1 >= n || !isAny(tokens.get(k), "من")) {
            return null;
        }
        k++;
        Match<MonthName> m = month(tokens, k);
        Raw r = new Raw();
        r.first = i;
        r.day = day;
        if (m != null) {
            monthTail(tokens, m, r);
            return r;
        }
        if (isAny(tokens.get(k), "الشهر") && k + 1 < n) {
            if (isAny(tokens.get(k + 1), "نفسه", "ذاته")) {
                r.sameMonth = true;
                r.end = k + 2;
                return r;
            }
            Integer mod = modifier(tokens, k + 1);
            if (mod != null) {
                r.unit = "month-day";
                r.unitOffset = mod;
                r.kind = TimeExpression.Kind.RELATIVE;
                r.end = k + 2;
                return r;
            }
        }
        return null;
    }

    private Match<MonthName> month(List<Token> tokens, int i) {
        List<Match<MonthName>> ms = months.matchesAt(tokens, i, tokens.size());
        return ms.isEmpty() ? null : ms.get(0);
    }

    /** True when a month name is written with a second one: "أغسطس/آب", "يونيو (حزيران)". */
    private boolean combined(List<Token> tokens, Match<MonthName> m) {
        int k = m.end();
        if (k + 1 < tokens.size() && tokens.get(k).isPunct("/(")) {
            return month(tokens, k + 1) != null;
        }
        int b = m.first();
        return b >= 2 && tokens.get(b - 1).isPunct("/(") && month(tokens, b - 2) != null;
    }

    /** After a month name: a second name, a year, or "الماضي"/"الجاري"/"من العام الماضي". */
    private void monthTail(List<Token> tokens, Match<MonthName> m, Raw r) {
        int n = tokens.size();
        r.month = m.value().month();
        r.hijri = m.value().hijri();
        int k = m.end();
        // a second month name: "/آب", "(حزيران)"
        if (k + 1 < n && tokens.get(k).isPunct("/(")) {
            Match<MonthName> second = month(tokens, k + 1);
            if (second != null && second.value().month() == r.month) {
                k = second.end();
                if (k < n && tokens.get(k).isPunct(")")) {
                    k++;
                }
            }
        }
        // year: "2024", "عام 2014", "من عام 2014", "1445 هـ"
        int j = k;
        if (j < n && isAny(tokens.get(j), "من", "عام", "سنة", "لعام")) {
            j++;
            if (j < n && isAny(tokens.get(j), "عام", "سنة")) {
                j++;
            }
        }
        if (j < n && year(tokens.get(j)) != null) {
            r.year = year(tokens.get(j));
            k = j + 1;
            if (k < n && isAny(tokens.get(k), "هـ", "ه") || r.hijri) {
                if (k < n && isAny(tokens.get(k), "هـ", "ه")) {
                    k++;
                }
                r.hijri = true;
            }
            r.end = k;
            return;
        }
        if (r.hijri && j < n) {
            Integer hy = number(tokens.get(j));
            if (hy != null && hy > 1300 && hy < 1600) {
                r.year = hy;
                k = j + 1;
                if (k < n && isAny(tokens.get(k), "هـ", "ه")) {
                    k++;
                }
                r.end = k;
                return;
            }
        }
        // "من العام الماضي", "من هذا العام", "من العام الجاري"
        if (k + 2 < n && is(tokens.get(k), "من")) {
            Token a = tokens.get(k + 1);
            Token b = tokens.get(k + 2);
            if (isAny(a, "العام", "السنة") && modifier(tokens, k + 2) != null) {
                r.yearFromReference = true;
                r.yearOffset = modifier(tokens, k + 2);
                r.end = k + 3;
                return;
            }
            if (isAny(a, "هذا", "هذه") && isAny(b, "العام", "السنة")) {
                r.yearFromReference = true;
                r.yearOffset = 0;
                r.end = k + 3;
                return;
            }
        }
        Integer mod = k < n ? modifier(tokens, k) : null;
        if (mod != null && !isAny(tokens.get(k), "هذا", "هذه")) {
            r.modifier = mod;
            k++;
        }
        r.end = k;
    }

    private Integer modifier(List<Token> tokens, int k) {
        if (k >= tokens.size()) {
            return null;
        }
        List<Match<TimeWord>> ws = words.matchesAt(tokens, k, tokens.size());
        if (!ws.isEmpty() && ws.get(0).value().unit().equals("modifier") && ws.get(0).prefix().isEmpty()) {
            return ws.get(0).value().value();
        }
        return null;
    }

    private static int skipParen(List<Token> tokens, int k) {
        return k < tokens.size() && tokens.get(k).isPunct("(") ? k + 1 : k;
    }

    private static int closeParen(List<Token> tokens, int k) {
        return k < tokens.size() && tokens.get(k).isPunct(")") ? k + 1 : k;
    }

    private Integer number(Token t) {
        return t.isNumber() ? Numbers.intValue(t) : cardinals.get(t.folded());
    }

    private static Integer year(Token t) {
        Integer v = Numbers.intValue(t);
        if (v == null || t.folded().length() != 4) {
            return null;
        }
        int y = v;
        return y >= MIN_YEAR && y <= MAX_YEAR || y > 1300 && y < 1600 ? y : null;
    }

    private static String unitOf(Token t) {
        String f = Clitics.withoutArticle(t.folded());
        return switch (f) {
            case "يوم", "يوما", "ايام", "يومين" -> "day";
            case "اسبوع", "اسبوعين", "اسابيع" -> "week";
            case "شهر", "شهرين", "اشهر", "شهور" -> "month";
            case "عام", "عامين", "اعوام", "سنه", "سنتين", "سنوات" -> "year";
            default -> null;
        };
    }

    private static Integer dualOrOne(Token t) {
        String f = Clitics.withoutArticle(t.folded());
        if (f.endsWith("ين") && (f.startsWith("يوم") || f.startsWith("اسبوع") || f.startsWith("شهر")
                || f.startsWith("عام") || f.startsWith("سنت"))) {
            return 2;
        }
        return f.equals("يوم") || f.equals("اسبوع") || f.equals("شهر") || f.equals("عام") || f.equals("سنه") ? 1 : null;
    }

    private static boolean is(Token t, String word) {
        return t.folded().equals(ArabicFolding.foldWord(word));
    }

    /** The word, alone or after the conjunction و or ف: "وقبل", "فبعد". */
    private static boolean isConj(Token t, String word) {
        String f = t.folded();
        String w = ArabicFolding.foldWord(word);
        return f.equals(w) || f.length() == w.length() + 1 && (f.charAt(0) == 'و' || f.charAt(0) == 'ف')
                && f.endsWith(w);
    }

    private static boolean isAny(Token t, String... ws) {
        for (String w : ws) {
            if (is(t, w)) {
                return true;
            }
        }
        return false;
    }

    // ---- the document's date when the metadata has none

    private static DateValue infer(List<Raw> raws) {
        Integer year = null;
        Integer month = null;
        int maxYear = 0;
        for (Raw r : raws) {
            if (r.year != null && !r.hijri) {
                maxYear = Math.max(maxYear, r.year);
            }
        }
        // "أغسطس 2023" … "أغسطس من العام الماضي": the document is of 2024
        for (Raw rel : raws) {
            if (rel.month == null || !rel.yearFromReference) {
                continue;
            }
            for (Raw abs : raws) {
                if (abs.year != null && !abs.hijri && abs.month != null && abs.month.equals(rel.month)) {
                    year = abs.year - rel.yearOffset;
                }
            }
        }
        // "الجاري" after a month name gives the document's month
        for (Raw r : raws) {
            if (r.month != null && r.modifier != null && r.modifier == 0 && r.year == null) {
                month = r.month;
            }
        }
        // "هذا العام" or "العام الجاري" and the latest year written out
        if (year == null && maxYear > 0) {
            for (Raw r : raws) {
                boolean thisYear = r.yearFromReference && r.yearOffset == 0
                        || "year".equals(r.unit) && r.unitOffset == 0;
                if (thisYear) {
                    year = maxYear;
                }
            }
        }
        if (year == null && month == null) {
            return null;
        }
        return new DateValue(year, month, null);
    }

    // ---- resolution

    private static DateValue resolve(Raw r, DateValue ref) {
        Integer ry = ref == null ? null : ref.year();
        Integer rm = ref == null ? null : ref.month();
        LocalDate rd = ref == null ? null : ref.toLocalDate();
        try {
            if (r.kind == TimeExpression.Kind.FUTURE || r.kind == TimeExpression.Kind.AFTER_EVENT
                    || r.kind == TimeExpression.Kind.BEFORE_EVENT) {
                return null;
            }
            if (r.hijri) {
                if (r.year == null || r.month == null) {
                    return null;
                }
                HijrahDate h = HijrahDate.of(r.year, r.month, r.day == null ? 1 : r.day);
                LocalDate g = LocalDate.from(h);
                return r.day == null ? DateValue.ofMonth(g.getYear(), g.getMonthValue()) : DateValue.of(g);
            }
            if (r.month != null) {
                Integer y = r.year;
                if (y == null && r.yearFromReference && ry != null) {
                    y = ry + r.yearOffset;
                }
                if (y == null && ry != null && rm != null) {
                    int mod = r.modifier == null ? 9 : r.modifier;
                    if (mod == 0) {
                        y = ry;
                    } else if (mod == -1) {
                        y = r.month < rm ? ry : ry - 1;
                    } else if (mod == 1) {
                        y = r.month > rm ? ry : ry + 1;
                    } else {
                        y = r.month <= rm ? ry : ry - 1; // a bare month: the latest one up to the document's
                    }
                } else if (y == null && ry != null && r.modifier != null && r.modifier == 0) {
                    y = ry;
                }
                DateValue v = new DateValue(y, r.month, r.day);
                return v.isValid() ? v : null;
            }
            if (r.weekday != null) {
                if (rd == null) {
                    return null;
                }
                DayOfWeek dow = DayOfWeek.of(r.weekday);
                int mod = r.modifier == null ? -9 : r.modifier;
                LocalDate d = switch (mod) {
                    case -1 -> rd.with(TemporalAdjusters.previous(dow));
                    case 1 -> rd.with(TemporalAdjusters.next(dow));
                    default -> rd.with(TemporalAdjusters.previousOrSame(dow));
                };
                return DateValue.of(d);
            }
            if (r.unit != null) {
                if (r.unit.startsWith("ago-")) {
                    if (rd == null) {
                        return null;
                    }
                    String u = r.unit.substring(4);
                    LocalDate d = switch (u) {
                        case "day" -> rd.minusDays(r.unitOffset);
                        case "week" -> rd.minusWeeks(r.unitOffset);
                        case "month" -> rd.minusMonths(r.unitOffset);
                        default -> rd.minusYears(r.unitOffset);
                    };
                    if (u.equals("year")) {
                        return DateValue.ofYear(d.getYear());
                    }
                    return r.approximate || !u.equals("day") ? DateValue.ofMonth(d.getYear(), d.getMonthValue())
                            : DateValue.of(d);
                }
                switch (r.unit) {
                    case "day" -> {
                        return rd == null ? null : DateValue.of(rd.plusDays(r.unitOffset));
                    }
                    case "week" -> {
                        if (rd == null) {
                            return null;
                        }
                        LocalDate d = rd.plusWeeks(r.unitOffset);
                        return DateValue.ofMonth(d.getYear(), d.getMonthValue());
                    }
                    case "month", "month-day" -> {
                        if (rm == null) {
                            return null;
                        }
                        // without a year, "الشهر الماضي" is still a month: --11
                        LocalDate d = LocalDate.of(ry == null ? 2000 : ry, rm, 1).plusMonths(r.unitOffset);
                        Integer year = ry == null ? null : d.getYear();
                        if (r.unit.equals("month-day")) {
                            DateValue v = new DateValue(year, d.getMonthValue(), r.day);
                            return v.isValid() ? v : null;
                        }
                        return year == null ? new DateValue(null, d.getMonthValue(), null)
                                : DateValue.ofMonth(year, d.getMonthValue());
                    }
                    case "year" -> {
                        return ry == null ? null : DateValue.ofYear(ry + r.unitOffset);
                    }
                    default -> {
                        return null;
                    }
                }
            }
            if (r.year != null) {
                return DateValue.ofYear(r.year);
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    /** The date {@code days} after {@code base}, at the base's precision when it is a full day. */
    public static DateValue after(DateValue base, int days) {
        if (base == null) {
            return null;
        }
        if (base.precision() == DateValue.Precision.DAY) {
            return DateValue.of(base.toLocalDate().plusDays(days));
        }
        if (base.precision() == DateValue.Precision.MONTH_DAY) {
            LocalDate d = LocalDate.of(2024, base.month(), base.day()).plusDays(days);
            return new DateValue(null, d.getMonthValue(), d.getDayOfMonth());
        }
        return base;
    }
}
