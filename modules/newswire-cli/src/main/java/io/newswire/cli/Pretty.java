package io.newswire.cli;

import io.newswire.model.Article;
import io.newswire.model.Dateline;
import io.newswire.model.Entity;
import java.util.Locale;
import java.util.stream.Collectors;

/** A readable few-line summary of an enriched article, for {@code --pretty}. */
final class Pretty {

    private Pretty() {
    }

    static String summary(Article a) {
        StringBuilder sb = new StringBuilder();
        sb.append("── ").append(a.title() == null ? "(untitled)" : a.title()).append('\n');
        sb.append("   id ").append(a.id());
        if (a.source().domain() != null) {
            sb.append("  source ").append(a.source().domain());
        }
        sb.append("  language ").append(a.language().code() == null ? "?" : a.language().code())
                .append(String.format(" (%.2f)", a.language().confidence()));
        if (a.publishedAt() != null) {
            sb.append("  published ").append(a.publishedAt());
        }
        sb.append('\n');
        Dateline d = a.dateline();
        if (d != null) {
            sb.append("   dateline ").append(dateline(d)).append('\n');
        }
        if (a.attribution() != null) {
            sb.append("   via ").append(a.attribution().originalSource()).append('\n');
        }
        if (a.license() != null) {
            sb.append("   licence ").append(a.license().spdx() != null ? a.license().spdx() : a.license().text())
                    .append('\n');
        }
        if (!a.entities().isEmpty()) {
            sb.append("   entities ").append(a.entities().stream().limit(10)
                    .map(Pretty::entity).collect(Collectors.joining(", "))).append('\n');
        }
        if (!a.countries().isEmpty()) {
            sb.append("   countries ").append(a.countries().stream()
                    .map(c -> c.code() + (c.focus() ? "*" : "")).collect(Collectors.joining(" "))).append('\n');
        }
        String text = a.text().replace('\n', ' ');
        sb.append("   ").append(text, 0, Math.min(160, text.length())).append(text.length() > 160 ? "…" : "");
        sb.append('\n').append(String.format("   %d words, %d stages, %d errors",
                a.stats().words(), a.provenance().stages().size(), a.provenance().errors().size()));
        return sb.toString();
    }

    /**
     * Place, date and agency, each only when the dateline has it: UPI's and Reuters' "Nov. 29 (UPI) --"
     * has no place, and printed "null, 2026-11-29 (UPI)" before.
     */
    static String dateline(Dateline d) {
        StringBuilder line = new StringBuilder();
        String place = d.locationDisplay() != null ? d.locationDisplay() : d.location();
        if (place != null) {
            line.append(place);
        }
        // A story filed from several bureaus ("GAZA CITY/JERUSALEM"): the others after the first, as one line.
        for (String other : d.otherLocations()) {
            line.append(line.length() > 0 ? " / " : "").append(display(other));
        }
        if (d.resolvedDate() != null) {
            line.append(line.length() > 0 ? ", " : "").append(d.resolvedDate());
        } else if (d.date() != null) {
            line.append(line.length() > 0 ? ", " : "").append(d.date());
        }
        if (d.agency() != null) {
            line.append(line.length() > 0 ? " " : "").append('(').append(d.agency()).append(')');
        }
        return line.length() > 0 ? line.toString() : "-";
    }

    /**
     * A place as written, or in title case when written in capitals ("JERUSALEM" -> "Jerusalem", "NEW DELHI" ->
     * "New Delhi"), as {@code locationDisplay} shows the first place; the other places carry no display form.
     */
    static String display(String place) {
        if (!place.equals(place.toUpperCase(Locale.ROOT))) {
            return place;
        }
        StringBuilder out = new StringBuilder(place.length());
        int letters = 0; // letters of the current word so far
        boolean start = true;
        for (int k = 0; k < place.length(); ) {
            int cp = place.codePointAt(k);
            out.appendCodePoint(start ? cp : Character.toLowerCase(cp));
            boolean apostrophe = cp == '\'' || cp == '’';
            // a word starts after a space, a hyphen or a full stop, and after an elided one-letter article
            // ("N'Djamena", "L'Aquila"), not after a possessive ("St. John's")
            start = !Character.isLetter(cp) && (!apostrophe || letters == 1);
            letters = Character.isLetter(cp) ? letters + 1 : apostrophe ? letters : 0;
            k += Character.charCount(cp);
        }
        return out.toString();
    }

    private static String entity(Entity e) {
        return e.name() + " [" + e.type().name().charAt(0) + "]";
    }
}
