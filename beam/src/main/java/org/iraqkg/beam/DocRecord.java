package org.iraqkg.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.util.VarInt;
import org.iraqkg.document.NewsDocument;

/**
 * A document as read, with its place in the input: the index of its file among the inputs and its index within
 * the file. Of two records with the same id the later one wins, as in {@code kg load}.
 */
record DocRecord(long file, long index, NewsDocument doc) {

    /** Whether this record comes after {@code other} in the input. */
    boolean after(DocRecord other) {
        return file != other.file ? file > other.file : index > other.index;
    }

    /**
     * Encodes a record field by field (a {@link NewsDocument} is not {@code Serializable}); strings as their UTF-16
     * code units, so that a text with an unpaired surrogate reaches the extraction as {@code kg load} reads it
     * (UTF-8 would turn it into '?').
     */
    static final class Coder extends AtomicCoder<DocRecord> {
        private static final long serialVersionUID = 1L;
        static final Coder INSTANCE = new Coder();
        private static final VarLongCoder LONG = VarLongCoder.of();

        @Override
        public void encode(DocRecord r, OutputStream out) throws IOException {
            LONG.encode(r.file, out);
            LONG.encode(r.index, out);
            NewsDocument d = r.doc;
            for (String s : new String[] {d.id(), d.fileName(), d.title(), d.text(), d.url(), d.source(),
                d.published(), d.origin()}) {
                VarInt.encode(s.length(), out);
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    out.write(c >>> 8);
                    out.write(c & 0xFF);
                }
            }
        }

        @Override
        public DocRecord decode(InputStream in) throws IOException {
            long file = LONG.decode(in);
            long index = LONG.decode(in);
            String[] f = new String[8];
            for (int i = 0; i < f.length; i++) {
                int n = VarInt.decodeInt(in);
                byte[] b = in.readNBytes(2 * n);
                if (b.length != 2 * n) {
                    throw new java.io.EOFException("document record cut short");
                }
                char[] cs = new char[n];
                for (int j = 0; j < n; j++) {
                    cs[j] = (char) ((b[2 * j] & 0xFF) << 8 | b[2 * j + 1] & 0xFF);
                }
                f[i] = new String(cs);
            }
            return new DocRecord(file, index, new NewsDocument(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]));
        }

        @Override
        public void verifyDeterministic() {
            // field by field deterministically
        }
    }
}
