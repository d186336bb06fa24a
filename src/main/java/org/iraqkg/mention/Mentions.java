package org.iraqkg.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The mention stage's result: names of actors and places, and title phrases, in text order. */
public record Mentions(List<Mention> names, List<TitleMention> titles, List<NationalityMention> nationalities) {

    public Mentions {
        List<Mention> n = new ArrayList<>(names);
        n.sort(Comparator.comparing(Mention::span));
        names = List.copyOf(n);
        List<TitleMention> t = new ArrayList<>(titles);
        t.sort(Comparator.comparing(TitleMention::span));
        titles = List.copyOf(t);
        nationalities = List.copyOf(nationalities);
    }

    /** The name mention covering token {@code i}, or {@code null}. */
    public Mention nameAtToken(int i) {
        for (Mention m : names) {
            if (m.firstToken() <= i && i < m.endToken()) {
                return m;
            }
        }
        return null;
    }

    /** The title mention covering token {@code i}, or {@code null}. */
    public TitleMention titleAtToken(int i) {
        for (TitleMention t : titles) {
            if (t.firstToken() <= i && i < t.endToken()) {
                return t;
            }
        }
        return null;
    }
}
