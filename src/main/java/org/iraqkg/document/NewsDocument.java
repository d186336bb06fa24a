package org.iraqkg.document;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from the input: its identity, metadata and text. The text is kept exactly as
 * read (after decoding); every offset the pipeline produces points into it.
 *
 * @param id        stable identity: the JSONL record's {@code id}, or the file name of a {@code .txt} article
 * @param fileName  the name researchers see in results ({@code file} column): the file name, or the record id
 * @param title     headline, or empty
 * @param text      the article body
 * @param url       source URL, or empty
 * @param source    publisher or source code as given (e.g. {@code skynews}), or empty
 * @param published publication time as given (ISO 8601), or empty
 * @param origin    where it was read from, for messages: {@code path} or {@code path:line}
 */
public record NewsDocument(String id, String fileName, String title, String text, String url, String source,
                           String published, String origin) {

    public NewsDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        fileName = fileName == null || fileName.isBlank() ? id : fileName;
        title = title == null ? "" : title;
        url = url == null ? "" : url;
        source = source == null ? "" : source;
        published = published == null ? "" : published.strip();
        origin = origin == null ? id : origin;
    }

    /** The publication date, when {@link #published} holds a parseable ISO date or date-time. */
    public LocalDate publishedDate() {
        return PublicationDates.parseDate(published);
    }
}
