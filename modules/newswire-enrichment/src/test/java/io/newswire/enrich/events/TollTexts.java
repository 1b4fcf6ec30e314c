package io.newswire.enrich.events;

import io.newswire.model.Article;
import io.newswire.model.Event;
import io.newswire.model.Toll;
import java.util.ArrayList;
import java.util.List;

/** The events tests' view of an article's casualty figures, one string per toll. */
final class TollTexts {

    private TollTexts() {
    }

    /** Every figure of an article as "kind=min..max qualifier". */
    static List<String> of(Article a) {
        List<String> out = new ArrayList<>();
        for (Event e : a.events()) {
            add(out, "killed", e.casualties().killed());
            add(out, "injured", e.casualties().injured());
            add(out, "missing", e.casualties().missing());
            add(out, "kidnapped", e.casualties().kidnapped());
            add(out, "arrested", e.casualties().arrested());
        }
        return out;
    }

    private static void add(List<String> out, String kind, List<Toll> tolls) {
        for (Toll t : tolls) {
            out.add(kind + "=" + t.min() + ".." + t.max() + " " + t.qualifier());
        }
    }
}
