package io.newswire.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.parser.Parser;

/** Reads the Reuters-21578 SGML files (latin-1, one {@code <REUTERS>} element per story). */
final class Reuters21578 {

    /** One story; absent parts are {@code null}. */
    record Story(int newId, String split, String date, String title, String dateline, String body,
            List<String> places) {
    }

    private static final Pattern STORY = Pattern.compile("<REUTERS ([^>]*)>(.*?)</REUTERS>", Pattern.DOTALL);
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern D = Pattern.compile("<D>(.*?)</D>", Pattern.DOTALL);

    private Reuters21578() {
    }

    static List<Story> read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("reut2-\\d{3}\\.sgm")).sorted().toList();
        }
        List<Story> out = new ArrayList<>();
        for (Path f : files) {
            String sgml = Files.readString(f, StandardCharsets.ISO_8859_1);
            Matcher m = STORY.matcher(sgml);
            while (m.find()) {
                String attrs = m.group(1);
                String inner = m.group(2);
                String split = null;
                int newId = -1;
                Matcher a = ATTR.matcher(attrs);
                while (a.find()) {
                    if (a.group(1).equals("LEWISSPLIT")) {
                        split = a.group(2);
                    } else if (a.group(1).equals("NEWID")) {
                        newId = Integer.parseInt(a.group(2));
                    }
                }
                List<String> places = new ArrayList<>();
                String placesXml = element(inner, "PLACES");
                if (placesXml != null) {
                    Matcher d = D.matcher(placesXml);
                    while (d.find()) {
                        places.add(d.group(1));
                    }
                }
                out.add(new Story(newId, split, text(element(inner, "DATE")), text(element(inner, "TITLE")),
                        text(element(inner, "DATELINE")), text(element(inner, "BODY")), places));
            }
        }
        return out;
    }

    private static String element(String s, String name) {
        int open = s.indexOf("<" + name + ">");
        if (open < 0) {
            return null;
        }
        int close = s.indexOf("</" + name + ">", open);
        return close < 0 ? null : s.substring(open + name.length() + 2, close);
    }

    /** SGML character references decoded; the &#2;/&#3; start/end markers dropped. */
    private static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.replace("&#2;", "").replace("&#3;", "").replace("&#5;", "").replace("&#22;", "")
                .replace("&#1;", "").replace("&#31;", "").replace("&#30;", "").replace("&#127;", "");
        return Parser.unescapeEntities(s, false);
    }
}
