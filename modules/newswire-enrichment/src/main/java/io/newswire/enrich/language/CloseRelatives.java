package io.newswire.enrich.language;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells close relatives apart where character trigrams cannot: Malay and Indonesian, Bosnian and
 * Croatian, Bokmål, Nynorsk and Danish share nearly all their trigrams, and differ instead in a
 * known set of words ("kerana"/"karena", "tisuća"/"hiljada", "ikkje"/"ikke"/"ikk'"). Each marker
 * word votes for the languages that write it so; the trigram choice stands unless another member
 * of its group has strictly more votes.
 *
 * <p>The word lists come from the standard descriptions of how these languages differ (spelling,
 * month names, everyday vocabulary, function words), not from any evaluation set; topic words
 * ("Hrvatska", "Malaysia") are left out on purpose, since a Bosnian text may well be about Croatia.
 */
final class CloseRelatives {

    /** Marker word -> the languages of its group that use it. */
    private static final Map<String, Set<String>> MARKERS;
    /** Language -> the group it belongs to. */
    private static final Map<String, Set<String>> GROUP_OF;

    static {
        Map<String, Set<String>> m = new HashMap<>();
        Map<String, Set<String>> g = new HashMap<>();
        // Malay / Indonesian
        group(g, "ms", "id");
        words(m, "ms", "kerana bahawa iaitu wang pejabat kereta polis sahaja percuma bilik selepas mahkamah tentera "
                + "universiti sokongan manakala sebarang antarabangsa kakitangan syarikat menerusi akhbar filem "
                + "muzik projek kualiti aktiviti komuniti cuba baharu mahu kenderaan kempen bahagian pelbagai kanak "
                + "bermula jurulatih perlawanan identiti realiti majoriti fasiliti kapasiti");
        words(m, "id", "karena bahwa yaitu uang bisa kantor mobil polisi kemarin kamar setelah pengadilan tentara "
                + "universitas dukungan internasional perusahaan film musik proyek kualitas aktivitas komunitas "
                + "coba mau kendaraan kampanye mantan pemerintah provinsi kabupaten kecamatan serikat bagian "
                + "berbagai identitas realitas mayoritas fasilitas kapasitas");
        // Bosnian / Croatian (Serbian is written in Cyrillic in our data, and told apart by script)
        group(g, "bs", "hr");
        words(m, "hr", "tisuća tisuću tisuće tjedan tjedna tjedno povijest povijesti povijesni povijesne kruh "
                + "sveučilište sveučilišta sveučilištu zrakoplov zrakoplova kolodvor glazba glazbe glazbeni "
                + "tvornica tvornice znanost znanosti znanstveni obitelj obitelji točno tijekom izvješće tko "
                + "milijun milijuna europski europska europske europskoj europskog europa europe europi obrana "
                + "obrane obrambeni gospodarstvo gospodarstva gospodarski kazalište kazališta vlak vlaka uvjet "
                + "uvjeti uvjeta udruga udruge mirovina siječanj siječnja veljača veljače ožujak ožujka travanj "
                + "travnja svibanj svibnja lipanj lipnja srpanj srpnja kolovoz kolovoza rujan rujna listopad "
                + "listopada studeni studenoga prosinac prosinca uopće nogomet nogometni nogometna nogometne "
                + "nogometaš");
        words(m, "bs", "hiljada hiljadu hiljade sedmica sedmice sedmično historija historije historiji historijski "
                + "historijske hljeb univerzitet univerziteta univerzitetu avion aviona muzika muzike muzički fabrika "
                + "fabrike nauka nauke naučni porodica porodice porodici tačno tokom izvještaj ko milion miliona "
                + "evropski evropska evropske evropskoj evropskog evropa evrope evropi odbrana odbrane odbrambeni "
                + "privreda privrede privredni pozorište pozorišta voz voza uslov uslovi uslova udruženje penzija "
                + "januar januara februar februara mart marta aprila maja juna jula augusta septembar septembra "
                + "oktobar oktobra novembar novembra decembar decembra uopšte fudbal fudbalski fudbalska fudbalske "
                + "fudbaler takođe šta lahko kahva sahat");
        // Bokmål / Nynorsk / Danish
        group(g, "nb", "nn", "da");
        words(m, "nn", "ikkje eg dei kva korleis kvifor berre frå meir mykje noko nokon nokre sjølv heile eit ein "
                + "òg medan utan vere vore kjem seier fekk gjekk saman kvar hjå difor vart mellom gjennom "
                + "hennar deira av etter meg deg seg hos nå");
        words(m, "nb", "ikke jeg de hva hvordan hvorfor bare fra mer mye noe noen selv hele et også mens uten være "
                + "vært kommer sier fikk gikk sammen hver hos derfor ble mellom gjennom etter av meg deg seg nå "
                + "hennes deres veldig");
        words(m, "da", "ikke jeg de hvad hvordan hvorfor kun fra mere meget noget nogen nogle selv hele et også "
                + "mens uden være været kommer siger fik gik sammen hver hos derfor blev bliver mellem gennem efter "
                + "af mig dig sig nu hendes deres");
        MARKERS = Map.copyOf(m);
        GROUP_OF = Map.copyOf(g);
    }

    private CloseRelatives() {
    }

    private static void group(Map<String, Set<String>> groups, String... members) {
        Set<String> group = Set.of(members);
        for (String code : members) {
            groups.put(code, group);
        }
    }

    private static void words(Map<String, Set<String>> markers, String language, String list) {
        for (String w : list.split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            markers.merge(w, Set.of(language), (a, b) -> {
                java.util.HashSet<String> both = new java.util.HashSet<>(a);
                both.addAll(b);
                return Set.copyOf(both);
            });
        }
    }

    /** Whether {@code code} has close relatives this class can tell it from. */
    static boolean hasRelatives(String code) {
        return GROUP_OF.containsKey(code);
    }

    /** The members of {@code code}'s group, or an empty list. */
    static List<String> group(String code) {
        Set<String> g = GROUP_OF.get(code);
        return g == null ? List.of() : List.copyOf(g);
    }

    /**
     * The call for a text: the language, and how many marker words in it speak against it (a
     * Croatian text quoting a Bosnian source has some).
     */
    record Call(String code, int against) {
    }

    /**
     * The language of {@code code}'s group whose marker words the first {@code end} characters of
     * the text hold most of, or {@code code} itself when none holds strictly more than it does.
     */
    static Call resolve(String code, CharSequence text, int end) {
        Set<String> group = GROUP_OF.get(code);
        if (group == null) {
            return new Call(code, 0);
        }
        Map<String, Integer> votes = new HashMap<>();
        List<Set<String>> seen = new java.util.ArrayList<>();
        StringBuilder word = new StringBuilder(16);
        for (int i = 0; i <= end; ) {
            int cp = i < end ? Character.codePointAt(text, i) : ' ';
            i += i < end ? Character.charCount(cp) : 1;
            if (Character.isLetter(cp)) {
                if (word.length() < 32) {
                    word.appendCodePoint(Character.toLowerCase(cp));
                }
                continue;
            }
            if (word.length() > 0) {
                Set<String> users = MARKERS.get(word.toString());
                if (users != null) {
                    seen.add(users);
                    for (String l : users) {
                        if (group.contains(l)) {
                            votes.merge(l, 1, Integer::sum);
                        }
                    }
                }
                word.setLength(0);
            }
        }
        String best = code;
        int bestVotes = votes.getOrDefault(code, 0);
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (e.getValue() > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue();
            }
        }
        int against = 0;
        for (Set<String> users : seen) {
            if (!users.contains(best)) {
                against++;
            }
        }
        return new Call(best, against);
    }
}
