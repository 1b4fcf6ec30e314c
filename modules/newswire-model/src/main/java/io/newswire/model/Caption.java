package io.newswire.model;

import static java.util.Objects.requireNonNull;

/**
 * A picture's caption on an HTML page ({@code <figcaption>}, or a block whose class names it a caption),
 * kept out of the article's {@code text}: a caption repeats names out of reading order, and its credit
 * names a photographer or an agency who is not in the story.
 *
 * @param text   the caption, without its credit, never blank
 * @param credit the photo credit when the page marks it apart ({@code <span class="credit">}, {@code <cite>},
 *               {@code <small>}), as written ("Photo: Ana Ruiz/AFP"), or {@code null}
 */
public record Caption(String text, String credit) {

    public Caption {
        requireNonNull(text, "text");
    }
}
