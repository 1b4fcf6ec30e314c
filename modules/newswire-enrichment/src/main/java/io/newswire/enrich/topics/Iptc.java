package io.newswire.enrich.topics;

import java.util.List;

/**
 * The top level of IPTC Media Topics (https://iptc.org/standards/media-topics/, CC BY 4.0): the 17
 * subjects, their codes and English labels.
 */
public final class Iptc {

    /** One top-level subject. */
    public record Subject(String code, String label) {
    }

    public static final Subject ARTS = new Subject("medtop:01000000", "arts, culture, entertainment and media");
    public static final Subject CRIME = new Subject("medtop:02000000", "crime, law and justice");
    public static final Subject DISASTER = new Subject("medtop:03000000", "disaster, accident and emergency incident");
    public static final Subject ECONOMY = new Subject("medtop:04000000", "economy, business and finance");
    public static final Subject EDUCATION = new Subject("medtop:05000000", "education");
    public static final Subject ENVIRONMENT = new Subject("medtop:06000000", "environment");
    public static final Subject HEALTH = new Subject("medtop:07000000", "health");
    public static final Subject HUMAN_INTEREST = new Subject("medtop:08000000", "human interest");
    public static final Subject LABOUR = new Subject("medtop:09000000", "labour");
    public static final Subject LIFESTYLE = new Subject("medtop:10000000", "lifestyle and leisure");
    public static final Subject POLITICS = new Subject("medtop:11000000", "politics");
    public static final Subject RELIGION = new Subject("medtop:12000000", "religion");
    public static final Subject SCIENCE = new Subject("medtop:13000000", "science and technology");
    public static final Subject SOCIETY = new Subject("medtop:14000000", "society");
    public static final Subject SPORT = new Subject("medtop:15000000", "sport");
    public static final Subject CONFLICT = new Subject("medtop:16000000", "conflict, war and peace");
    public static final Subject WEATHER = new Subject("medtop:17000000", "weather");

    /** The 17 subjects in code order. */
    public static final List<Subject> TOP_LEVEL = List.of(ARTS, CRIME, DISASTER, ECONOMY, EDUCATION, ENVIRONMENT,
            HEALTH, HUMAN_INTEREST, LABOUR, LIFESTYLE, POLITICS, RELIGION, SCIENCE, SOCIETY, SPORT, CONFLICT, WEATHER);

    private Iptc() {
    }

    /** The subject with this code, or {@code null}. */
    public static Subject byCode(String code) {
        for (Subject s : TOP_LEVEL) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        return null;
    }

    /** The subject's index in {@link #TOP_LEVEL}, or -1. */
    public static int indexOf(String code) {
        Subject s = byCode(code);
        return s == null ? -1 : TOP_LEVEL.indexOf(s);
    }
}
