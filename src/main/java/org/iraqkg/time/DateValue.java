package org.iraqkg.time;

import java.time.LocalDate;

/**
 * A calendar date known to some precision: a full day, a month, a year, or a month and day whose year the
 * text does not give. Absent parts are {@code null}.
 */
public record DateValue(Integer year, Integer month, Integer day) {

    /** How precise a date is. */
    public enum Precision { DAY, MONTH, YEAR, MONTH_DAY, MONTH_ONLY }

    public DateValue {
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month " + month);
        }
        if (day != null && (day < 1 || day > 31 || month == null)) {
            throw new IllegalArgumentException("day " + day);
        }
        if (year == null && month == null) {
            throw new IllegalArgumentException("a date needs a year or a month");
        }
    }

    public static DateValue of(LocalDate d) {
        return new DateValue(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    public static DateValue ofYear(int y) {
        return new DateValue(y, null, null);
    }

    public static DateValue ofMonth(int y, int m) {
        return new DateValue(y, m, null);
    }

    public Precision precision() {
        if (year == null) {
            return day == null ? Precision.MONTH_ONLY : Precision.MONTH_DAY;
        }
        if (month == null) {
            return Precision.YEAR;
        }
        return day == null ? Precision.MONTH : Precision.DAY;
    }

    /** The full date, when the precision is a day. */
    public LocalDate toLocalDate() {
        return precision() == Precision.DAY ? LocalDate.of(year, month, day) : null;
    }

    /** ISO 8601 with reduced precision: 2024-08-05, 2024-08, 2024, --08-05, --08. */
    public String iso() {
        return switch (precision()) {
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
            case MONTH -> String.format("%04d-%02d", year, month);
            case YEAR -> String.format("%04d", year);
            case MONTH_DAY -> String.format("--%02d-%02d", month, day);
            case MONTH_ONLY -> String.format("--%02d", month);
        };
    }

    /** True when the day exists in its month (and year, when known). */
    public boolean isValid() {
        if (day == null) {
            return true;
        }
        int y = year == null ? 2024 : year; // a leap year allows 29 February
        return day <= LocalDate.of(y, month, 1).lengthOfMonth();
    }

    @Override
    public String toString() {
        return iso();
    }
}
