package org.iraqkg.document;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads the ISO 8601 publication dates found in article metadata. */
public final class PublicationDates {
    private PublicationDates() {}

    /** The calendar date of an ISO date or date-time ({@code 2018-03-01}, {@code 2018-03-01T13:18:27+00:00},
     * {@code 2015-08-04T18:06:11}, {@code 2015-08-04 18:06:11}); {@code null} when absent or unreadable. */
    public static LocalDate parseDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            // not with an offset
        }
        try {
            return LocalDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            // not a local date-time
        }
        try {
            return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** True when the value is a full date-time with an offset (so it can be typed xsd:dateTime). */
    public static boolean isOffsetDateTime(String value) {
        try {
            OffsetDateTime.parse(value.strip().replace(' ', 'T'));
            return true;
        } catch (DateTimeParseException | NullPointerException e) {
            return false;
        }
    }

    /** True when the value is a local date-time without offset. */
    public static boolean isLocalDateTime(String value) {
        try {
            LocalDateTime.parse(value.strip().replace(' ', 'T'));
            return true;
        } catch (DateTimeParseException | NullPointerException e) {
            return false;
        }
    }
}
