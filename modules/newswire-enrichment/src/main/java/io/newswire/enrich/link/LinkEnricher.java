package io.newswire.enrich.link;

import io.newswire.enrich.api.Enricher;
import io.newswire.enrich.entities.EntitiesEnricher;
import io.newswire.enrich.entities.Salience;
import io.newswire.enrich.gazetteer.Gazetteer;
import io.newswire.enrich.geo.PlaceWords;
import io.newswire.enrich.text.Folding;
import io.newswire.model.Article;
import io.newswire.model.Country;
import io.newswire.model.Entity;
import io.newswire.model.EntityType;
import io.newswire.model.Mention;
import io.newswire.model.Place;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The link stage, after the entities and geo stages: the one place that gives entities their ids and
 * salience, and lists them by salience.
 *
 * <ol>
 *   <li>People whose names are spellings of one name ({@link Folding#isVariant}) become one entity
 *   ({@link #joinPersonVariants}).</li>
 *   <li>Ids ({@link EntityIds}): an entity the entities stage recognised from its alias table keeps
 *   that table's id; every other one gets the type prefix and the transliteration key of its name
 *   ({@code per:mohamad-bakari}), the same in every article.</li>
 *   <li>Salience ({@link Salience}), the same formula for every entity.</li>
 *   <li>Places: every LOCATION entity with a mention inside a place or country the geo stage resolved
 *   gets the id {@code geonames:<id>} and that entry's name, and entities that land on one id become
 *   one ("Iran", "Iranian" and "Islamic Republic of Iran"; "Balochistan" and "Baluchistan"; "Sistan"
 *   and "Baluchestan" cut out of "Sistan and Baluchestan"). An ORGANIZATION whose mentions are all a
 *   resolved place plus a generic word ("Farah Province") or exactly a resolved country ("US",
 *   "Philippines") is a LOCATION: the tagger's ORGANIZATION for a country is usually metonymy ("the
 *   US said"), and users filter by where. A resolved place no entity covers becomes a LOCATION entity
 *   (the tagger missed it). Entities nothing resolved are left as they were.</li>
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class LinkEnricher implements Enricher {

    private final Gazetteer gaz;

    /** Loads the gazetteer now (it names each country's GeoNames id), at pipeline start-up. */
    public LinkEnricher() {
        this.gaz = Gazetteer.get();
    }

    @Override
    public String name() {
        return "link";
    }

    @Override
    public Article enrich(Article article) {
        List<Entity> entities = article.entities();
        String text = article.text();
        // the entities stage scored against the part it read: the same length here
        int scoredLength = Math.min(text.length(), EntitiesEnricher.MAX_CHARS);
        List<Entity> scored = scored(joinPersonVariants(entities), scoredLength, article.title());
        List<Entity> linked = linkLocations(scored, article.places(), article.countries(), text);
        return article.toBuilder().entities(linked).build();
    }

    /**
     * People whose names are spellings of one name ({@link Folding#isVariant}: "Abdulaziz al-Saud" and
     * "Abd al-Aziz al-Saud", "Haidar al-Abadi" and "Heydar al-Abadi") become one entity, under the name,
     * id and title of the part with most mentions, so that its id is one a part would have had anyway
     * (ids are built from {@link Folding#nameKey}, which this does not change). The entities stage
     * already joins names with one {@code nameKey} or one edit apart; this joins what romanisation
     * spreads further. Only full names of two words or more are joined: a lone "Hassan" says too little.
     */
    static List<Entity> joinPersonVariants(List<Entity> entities) {
        // the common case (no two people share a variant key) allocates one long[] and nothing else
        long[] keys = new long[entities.size()];
        boolean shared = false;
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            if (e.type() == EntityType.PERSON && e.id() == null && e.name().indexOf(' ') > 0) {
                keys[i] = Folding.variantKeyHash(e.name(), 0, e.name().length(), 1);
                for (int j = 0; j < i && !shared; j++) {
                    shared = keys[j] != 0 && keys[j] == keys[i];
                }
            }
        }
        if (!shared) {
            return entities;
        }
        Map<Long, List<Entity>> byKey = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            if (keys[i] != 0) {
                byKey.computeIfAbsent(keys[i], k -> new ArrayList<>(2)).add(entities.get(i));
            }
        }
        Map<Entity, Entity> into = new HashMap<>();
        for (List<Entity> group : byKey.values()) {
            if (group.size() < 2) {
                continue;
            }
            group.sort(Comparator.comparingInt((Entity e) -> -e.count())
                    .thenComparingInt(e -> e.mentions().isEmpty() ? Integer.MAX_VALUE : e.mentions().get(0).start()));
            Entity head = group.get(0);
            for (int i = 1; i < group.size(); i++) {
                if (Folding.isVariant(head.name(), group.get(i).name())) {
                    into.put(group.get(i), head);
                }
            }
        }
        if (into.isEmpty()) {
            return entities;
        }
        Map<Entity, List<Entity>> parts = new LinkedHashMap<>();
        for (Map.Entry<Entity, Entity> m : into.entrySet()) {
            parts.computeIfAbsent(m.getValue(), k -> new ArrayList<>()).add(m.getKey());
        }
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            if (into.containsKey(e)) {
                continue;
            }
            List<Entity> more = parts.get(e);
            if (more == null) {
                out.add(e);
                continue;
            }
            TreeMap<Integer, Mention> mentions = new TreeMap<>();
            Set<String> aliases = new java.util.LinkedHashSet<>(e.aliasesSeen());
            double salience = e.salience();
            for (Mention m : e.mentions()) {
                mentions.putIfAbsent(m.start(), m);
            }
            for (Entity p : more) {
                aliases.addAll(p.aliasesSeen());
                salience = Math.max(salience, p.salience());
                for (Mention m : p.mentions()) {
                    mentions.putIfAbsent(m.start(), m);
                }
            }
            int count = e.count();
            for (Entity p : more) {
                count += p.count();
            }
            out.add(new Entity(e.id(), e.name(), e.type(), e.title(), List.copyOf(aliases),
                    List.copyOf(mentions.values()), Math.max(count, mentions.size()), salience));
        }
        return out;
    }

    /** Every entity with its id and salience, by salience (ties: first mention first). */
    private static List<Entity> scored(List<Entity> entities, int textLength, String headline) {
        int maxCount = Salience.maxCount(entities);
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            int first = e.mentions().isEmpty() ? 0 : e.mentions().get(0).start();
            double salience = Salience.of(e.count(), maxCount, first, textLength,
                    Salience.inHeadline(e.aliasesSeen(), headline));
            out.add(new Entity(EntityIds.of(e), e.name(), e.type(), e.title(), e.aliasesSeen(), e.mentions(),
                    e.count(), salience));
        }
        out.sort(BY_SALIENCE);
        return out;
    }

    private static final Comparator<Entity> BY_SALIENCE = Comparator.comparingDouble((Entity e) -> -e.salience())
            .thenComparingInt(e -> e.mentions().isEmpty() ? Integer.MAX_VALUE : e.mentions().get(0).start());

    /** A span the geo stage resolved, and what to: a GeoNames entry (a place, or a country). */
    private record Resolved(int start, int end, String id, String name, boolean country) {
    }

    private List<Entity> linkLocations(List<Entity> entities, List<Place> places, List<Country> countries,
            String text) {
        List<Resolved> resolved = new ArrayList<>();
        for (Place p : places) {
            if (p.geonameId() != null) {
                for (Mention m : p.mentions()) {
                    resolved.add(new Resolved(m.start(), m.end(), EntityIds.geonames(p.geonameId()), p.name(),
                            "PCLI".equals(p.featureCode())));
                }
            }
        }
        for (Country c : countries) {
            Long id = gaz.countryGeonameId(c.code());
            if (id != null) {
                for (Mention m : c.mentions()) {
                    // a town's mention also counts for its country: the town, listed first, wins
                    resolved.add(new Resolved(m.start(), m.end(), EntityIds.geonames(id), c.name(), true));
                }
            }
        }
        if (resolved.isEmpty()) {
            return entities;
        }
        // Merged entities keep the position of their first part; the list stays by salience below.
        Map<String, List<Entity>> parts = new LinkedHashMap<>();
        Map<String, Resolved> target = new HashMap<>();
        List<Object> order = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            Resolved to = e.type() == EntityType.LOCATION ? majority(e, resolved, text, false)
                    : e.type() == EntityType.ORGANIZATION ? majority(e, resolved, text, true) : null;
            if (to == null) {
                order.add(e);
                continue;
            }
            if (!parts.containsKey(to.id())) {
                order.add(to.id());
                parts.put(to.id(), new ArrayList<>());
                target.put(to.id(), to);
            }
            parts.get(to.id()).add(e);
        }
        // A place the stage resolved that no entity covers is a LOCATION entity the tagger missed
        // ("Bajwa visited Tehran"): the gazetteer and the context said place, so it is one.
        Set<Integer> seen = new HashSet<>();
        for (Resolved res : resolved) {
            if (!seen.add(res.start()) || overlapsAny(entities, res) || res.end() > text.length()) {
                continue;
            }
            if (!parts.containsKey(res.id())) {
                order.add(res.id());
                parts.put(res.id(), new ArrayList<>());
                target.put(res.id(), res);
            }
            String surface = text.substring(res.start(), res.end());
            parts.get(res.id()).add(new Entity(res.id(), res.name(), EntityType.LOCATION, null, List.of(surface),
                    List.of(new Mention(res.start(), res.end(), surface)), 1, 0.0));
        }
        if (parts.isEmpty()) {
            return entities;
        }
        int maxCount = Salience.maxCount(entities);
        List<Entity> out = new ArrayList<>(entities.size() + parts.size());
        for (Object o : order) {
            out.add(o instanceof Entity e ? e
                    : merged(target.get((String) o), parts.get((String) o), resolved, text, maxCount));
        }
        out.sort(BY_SALIENCE);
        return out;
    }

    /**
     * The resolved entry most of an entity's mentions fall inside, or {@code null} when none does. For
     * an organisation ({@code strict}), every mention must be a resolved place plus a generic word
     * ("Farah Province"), or nothing.
     */
    private static Resolved majority(Entity e, List<Resolved> resolved, String text, boolean strict) {
        Map<String, Integer> votes = new HashMap<>();
        Map<String, Resolved> first = new HashMap<>();
        for (Mention m : e.mentions()) {
            Resolved hit = null;
            for (Resolved r : resolved) {
                boolean inside = m.start() >= r.start() && m.end() <= r.end();
                boolean placePlusGeneric = r.start() == m.start() && r.end() < m.end()
                        && m.end() <= text.length()
                        && PlaceWords.isGeneric(Folding.folded(text.substring(r.end(), m.end())));
                // "Co. Cork", "County Clare": the division word before the place's own mention
                boolean prefixPlusPlace = r.end() == m.end() && r.start() > m.start() && m.start() >= 0
                        && m.end() <= text.length()
                        && PlaceWords.isDivisionPrefix(Folding.folded(text.substring(m.start(), r.start())));
                boolean country = strict && r.country() && r.start() == m.start() && r.end() == m.end();
                // the geo stage may already have read the generic word into the place's mention ("Borno State")
                boolean wholeWithGeneric = strict && r.start() == m.start() && r.end() == m.end()
                        && m.text().lastIndexOf(' ') > 0
                        && PlaceWords.isGeneric(Folding.folded(m.text().substring(m.text().lastIndexOf(' ') + 1)));
                if (strict ? placePlusGeneric || country || wholeWithGeneric
                        : inside || placePlusGeneric || prefixPlusPlace) {
                    hit = r;
                    break;
                }
            }
            if (hit == null) {
                if (strict) {
                    return null;
                }
                continue;
            }
            votes.merge(hit.id(), 1, Integer::sum);
            first.putIfAbsent(hit.id(), hit);
        }
        String best = null;
        for (Map.Entry<String, Integer> v : votes.entrySet()) {
            if (best == null || v.getValue() > votes.get(best)) {
                best = v.getKey();
            }
        }
        return best == null ? null : first.get(best);
    }

    private static boolean overlapsAny(List<Entity> entities, Resolved r) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.start() < r.end() && r.start() < m.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * One LOCATION entity from the parts that resolved to {@code to}. A mention that is part of a
     * resolved span ("Sistan" in "Sistan and Baluchestan") becomes the whole span. Its salience is the
     * highest of its parts' or its own without the headline term (a part the tagger did not find was
     * never scored against the headline), whichever is higher.
     */
    private static Entity merged(Resolved to, List<Entity> parts, List<Resolved> resolved, String text,
            int maxCount) {
        TreeMap<Integer, Mention> mentions = new TreeMap<>();
        double salience = 0;
        for (Entity e : parts) {
            salience = Math.max(salience, e.salience());
            for (Mention m : e.mentions()) {
                Mention whole = m;
                for (Resolved r : resolved) {
                    if (r.id().equals(to.id()) && m.start() >= r.start() && m.end() <= r.end()
                            && r.end() <= text.length()) {
                        whole = new Mention(r.start(), r.end(), text.substring(r.start(), r.end()));
                        break;
                    }
                }
                mentions.putIfAbsent(whole.start(), whole);
            }
        }
        List<String> aliases = mentions.values().stream().map(Mention::text).distinct().toList();
        salience = Salience.merged(salience, mentions.size(), maxCount, mentions.firstKey(), text.length());
        return new Entity(to.id(), to.name(), EntityType.LOCATION, null, aliases, List.copyOf(mentions.values()),
                mentions.size(), salience);
    }
}
