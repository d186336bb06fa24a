package org.iraqkg.text;

/** A half-open range [begin, end) of UTF-16 indices in a document's text. */
public record Span(int begin, int end) implements Comparable<Span> {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + "," + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean contains(int index) {
        return begin <= index && index < end;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    public String of(String text) {
        return text.substring(begin, end);
    }

    public Span union(Span other) {
        return new Span(Math.min(begin, other.begin), Math.max(end, other.end));
    }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }
}
