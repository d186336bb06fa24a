package org.iraqkg.endpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Content negotiation for the linked-data pages (RFC 9110, section 12.5.1). Each offered representation
 * gets the quality of the most specific {@code Accept} range that matches it (an exact type beats
 * {@code type/*}, which beats any type); the highest quality above 0 wins, and among equals the
 * representation listed first by the caller. No {@code Accept} header means any type. A {@code ?format=}
 * parameter overrides the header.
 */
final class Negotiation {
    private static final Logger LOG = LoggerFactory.getLogger(Negotiation.class);

    private Negotiation() {}

    /** The outcome: the representation chosen, or why none was. */
    record Choice(Representation representation, String badFormat) {
        boolean acceptable() {
            return representation != null;
        }
    }

    /** One range of an Accept header. */
    private record Range(String type, String subtype, double q) {
        /** 3 for an exact match, 2 for {@code type/*}, 1 for any type, 0 for no match. */
        int specificity(String mediaType) {
            int slash = mediaType.indexOf('/');
            String t = mediaType.substring(0, slash);
            String s = mediaType.substring(slash + 1);
            if (type.equals("*")) {
                return 1;
            }
            if (!type.equals(t)) {
                return 0;
            }
            if (subtype.equals("*")) {
                return 2;
            }
            return subtype.equals(s) ? 3 : 0;
        }
    }

    /** Chooses among {@code offers} for {@code req}, honouring {@code ?format=} first. */
    static Choice choose(HttpServletRequest req, List<Representation> offers) {
        String format = req.getParameter("format");
        if (format != null && !format.isBlank()) {
            Representation r = Representation.byFormatName(format);
            if (r == null || !offers.contains(r)) {
                return new Choice(null, format);
            }
            return new Choice(r, null);
        }
        return new Choice(choose(req.getHeader("Accept"), offers, false), null);
    }

    /**
     * The offer the Accept header rates best, or null when it accepts none of them. When {@code explicitOnly},
     * an offer matched only by a wildcard range does not count (for "did the client ask for this kind").
     */
    static Representation choose(String accept, List<Representation> offers, boolean explicitOnly) {
        List<Range> ranges = parse(accept);
        Representation best = null;
        double bestQ = 0;
        for (Representation offer : offers) {
            double q = quality(ranges, offer, explicitOnly);
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return best;
    }

    private static double quality(List<Range> ranges, Representation offer, boolean explicitOnly) {
        double best = 0;
        List<String> types = new ArrayList<>();
        types.add(offer.mediaType);
        types.addAll(offer.aliases);
        for (String type : types) {
            int bestSpecificity = 0;
            double q = 0;
            for (Range r : ranges) {
                int s = r.specificity(type);
                if (s > bestSpecificity) {
                    bestSpecificity = s;
                    q = r.q();
                }
            }
            if (explicitOnly && bestSpecificity < 3) {
                q = 0;
            }
            // An alias counts a little less than the offer's own type, so that "application/json" alone
            // still chooses JSON-LD but never outranks a type the client named.
            best = Math.max(best, type.equals(offer.mediaType) ? q : q * 0.999);
        }
        return best;
    }

    private static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        if (accept == null || accept.isBlank()) {
            ranges.add(new Range("*", "*", 1.0));
            return ranges;
        }
        for (String part : accept.split(",")) {
            String[] params = part.split(";");
            if (params.length == 0) {
                // ";" alone: nothing before the parameters
                LOG.debug("ignoring malformed Accept range '{}'", part);
                continue;
            }
            String mt = params[0].strip().toLowerCase(Locale.ROOT);
            int slash = mt.indexOf('/');
            if (slash <= 0 || slash == mt.length() - 1) {
                if (mt.equals("*")) {
                    ranges.add(new Range("*", "*", qOf(params)));
                } else if (!mt.isEmpty()) {
                    LOG.debug("ignoring malformed Accept range '{}'", part);
                }
                continue;
            }
            ranges.add(new Range(mt.substring(0, slash), mt.substring(slash + 1), qOf(params)));
        }
        return ranges;
    }

    private static double qOf(String[] params) {
        for (int i = 1; i < params.length; i++) {
            String p = params[i].strip();
            if (p.length() > 2 && (p.charAt(0) == 'q' || p.charAt(0) == 'Q') && p.charAt(1) == '=') {
                try {
                    double q = Double.parseDouble(p.substring(2).strip());
                    return Math.max(0, Math.min(1, q));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1.0;
    }
}
